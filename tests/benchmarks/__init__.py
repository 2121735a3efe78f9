"""Benchmarks for ``make bench``: never part of ``make test``, never fail on time. Each bench_*.py module
has ``run(ctx) -> None`` and prints its figures through ctx.report, each as a ratio against a raw
baseline measured in the same run."""
