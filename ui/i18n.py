"""Translation of interface strings. The source language is Vietnamese; English comes from
resources/translations/*.qm (built from .ts by ``make translations``).

Wrap every user-visible literal in ui/ as ``tr("…")`` (a plain call, so pyside6-lupdate finds it).
Messages produced by app/ services (errors naming a row or field) stay Vietnamese."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)
