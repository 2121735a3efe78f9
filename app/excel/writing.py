"""Writing official workbooks: the document font, formula-safe cells, merged cells, and an atomic save
with a message the clerk understands. Shared by every xlsx the app produces (staff list, class lists
and schedules, annual report)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from app.errors import UserError

FONT = "Times New Roman"
# Cells starting like a formula are written as text (no formula injection from typed data).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def doc_font(size: float = 12, *, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic)


def put(
    ws: Worksheet, row: int, col: int, value: Any, *, font: Font | None = None, align: Alignment | None = None
) -> Any:
    """Write one cell; text that a spreadsheet would take for a formula stays text."""
    cell = ws.cell(row=row, column=col)
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True
    cell.font = font or doc_font()
    if align is not None:
        cell.alignment = align
    return cell


@lru_cache(maxsize=4096)  # a list repeats its posts, departments and levels on every page
def text_lines(text: str, width_chars: float, size: float = 12) -> int:
    """How many lines ``text`` takes in a wrapping cell ``width_chars`` wide (Excel's column width unit,
    the default font's "0"), set in Times New Roman at ``size`` points: a greedy word wrap measured with
    the metric-compatible font the PDFs use."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.pdf.fonts import REGULAR, register_fonts

    register_fonts()
    inside = (width_chars * 7 + 5) * 0.75 - 4  # pixels of the column → points, less the cell's padding
    space = stringWidth(" ", REGULAR, size)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split():
            w = stringWidth(word, REGULAR, size)
            if used and used + space + w > inside:
                lines += 1
                used = w
            else:
                used += (space if used else 0.0) + w
    return lines


def fit_row_height(ws: Worksheet, row: int, widths: Sequence[float], size: float = 12) -> None:
    """Give a row whose wrapped text needs more than one line the height for it. Excel and LibreOffice
    do not grow rows of a file written by a program: without this, a long post or department name is
    cut off on screen and printed over the next row."""
    lines = 1
    for col, width in enumerate(widths, start=1):
        value = ws.cell(row=row, column=col).value
        if isinstance(value, str) and value:
            lines = max(lines, text_lines(value, width, size))
    if lines > 1:
        ws.row_dimensions[row].height = round(lines * size * 1.3 + 2, 1)


def merge_put(ws: Worksheet, row: int, first: int, last: int, value: Any, font: Font, align: Alignment) -> None:
    """Write ``value`` into columns first..last of a row, merged."""
    put(ws, row, first, value, font=font, align=align)
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def save_workbook(wb: Workbook, path: Path) -> Path:
    """Write to a temporary file and rename it into place (never half a file), with a Vietnamese message
    for the usual failures: wrong extension, missing folder, the file open in Excel."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"Tên tệp xuất phải có đuôi .xlsx (nhận được “{path.name}”).")
    if not path.parent.is_dir():
        raise UserError(f"Thư mục để lưu không tồn tại: {path.parent}")
    tmp = path.with_name(f".{path.name}.part")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except PermissionError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            f"Không ghi được {path.name}: tệp đang mở trong Excel hoặc thư mục không cho ghi. Hãy đóng tệp rồi thử lại."
        ) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Không ghi được {path}: {exc.strerror or exc}") from exc
    return path
