"""Plans and targets: populations, achievements, computed progress, presets from the seed plans."""
