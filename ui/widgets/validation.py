"""Marking a field as wrong: a red border and the message as tooltip (the style sheet reads the
``invalid``/``warning`` properties)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def mark(widget: QWidget, error: str | None = None, warning: str | None = None) -> None:
    invalid, warn = bool(error), bool(warning) and not error
    if widget.property("invalid") != invalid or widget.property("warning") != warn:
        widget.setProperty("invalid", invalid)
        widget.setProperty("warning", warn)
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
    widget.setToolTip(error or warning or "")
