"""Times New Roman for printed documents (Decree 30/2020): the system's own on Windows, elsewhere the
bundled Liberation Serif (SIL OFL, metric-compatible: same widths, so lines break where Word breaks
them). Registered once with ReportLab as the family ``DocSerif``; TrueType fonts are always embedded
(as subsets) in the PDF, so the document prints the same on any PC."""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from app.paths import resources_dir

FAMILY = "DocSerif"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic"

_WINDOWS_FILES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
_BUNDLED_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)
_lock = threading.Lock()


@dataclass(frozen=True)
class FontSet:
    name: str  # "Times New Roman" or "Liberation Serif"
    files: tuple[Path, Path, Path, Path]


_registered: FontSet | None = None


def find_fonts() -> FontSet:
    """The Windows Times New Roman when all four styles are present, else the bundled font."""
    if sys.platform == "win32":
        folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        files = tuple(folder / f for f in _WINDOWS_FILES)
        if all(f.exists() for f in files):
            return FontSet("Times New Roman", files)  # type: ignore[arg-type]
    bundled = tuple(resources_dir() / "fonts" / f for f in _BUNDLED_FILES)
    missing = [str(f) for f in bundled if not f.exists()]
    if missing:
        from app.errors import UserError

        raise UserError("Thiếu tệp phông chữ để in văn bản: " + ", ".join(missing))
    return FontSet("Liberation Serif", bundled)  # type: ignore[arg-type]


def register_fonts() -> FontSet:
    """Register the family once per process (thread-safe: PDFs are made in worker threads)."""
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        fonts = find_fonts()
        for name, path in zip((REGULAR, BOLD, ITALIC, BOLD_ITALIC), fonts.files, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        _registered = fonts
        return fonts
