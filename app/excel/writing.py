"""Writing official workbooks: the document font, formula-safe cells, merged cells, and an atomic save
with a message the clerk understands. Shared by every xlsx the app produces (staff list, class lists
and schedules, annual report)."""

from __future__ import annotations

import os
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
