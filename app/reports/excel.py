"""Reports as workbooks a province can consolidate: one sheet per table, the same layout in every unit's
file — unit and title on rows 1–3, the header on rows 5–6 (groups over their columns), the data from
row 7 with a code column that identifies each row, the total line last, the note under it. Values are
numbers (percentages as fractions with a % format), so the sheets add up. A first sheet "Thông tin"
says whose figures, which year and as of which day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.dates import format_date
from app.excel.writing import doc_font, put, save_workbook
from app.reports.tables import Column, Kind, Report, Table

HEADER_ROW = 5
FIRST_DATA_ROW = HEADER_ROW + 2
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="E8EEF7")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="center")
_FORMATS = {
    Kind.INT: "#,##0",
    Kind.MONEY: "#,##0",
    Kind.PERCENT: "0.0%",
    Kind.DECIMAL: "0.00",
    Kind.DATE: "dd/mm/yyyy",
}


def _value(value: Any, kind: Kind) -> Any:
    if value is None:
        return None
    if kind in (Kind.INT, Kind.MONEY):
        return int(value)
    if kind in (Kind.PERCENT, Kind.DECIMAL):
        return round(float(value), 4)
    return value


def _header(ws: Worksheet, columns: Sequence[Column]) -> None:
    top, low = HEADER_ROW, HEADER_ROW + 1
    i = 0
    while i < len(columns):
        col = columns[i]
        if col.group is None:
            put(ws, top, i + 1, col.title, font=doc_font(11, bold=True), align=_CENTER)
            ws.merge_cells(start_row=top, start_column=i + 1, end_row=low, end_column=i + 1)
            i += 1
            continue
        j = i
        while j + 1 < len(columns) and columns[j + 1].group == col.group:
            j += 1
        put(ws, top, i + 1, col.group, font=doc_font(11, bold=True), align=_CENTER)
        if j > i:
            ws.merge_cells(start_row=top, start_column=i + 1, end_row=top, end_column=j + 1)
        for k in range(i, j + 1):
            put(ws, low, k + 1, columns[k].title, font=doc_font(11, bold=True), align=_CENTER)
        i = j + 1
    for row in (top, low):
        for c in range(1, len(columns) + 1):
            cell = ws.cell(row=row, column=c)
            cell.border = _BOX
            cell.fill = _HEAD_FILL
    ws.row_dimensions[top].height = 32
    ws.row_dimensions[low].height = 32


def _row(ws: Worksheet, r: int, values: Sequence[Any], columns: Sequence[Column], *, bold: bool = False) -> None:
    for c, (value, col) in enumerate(zip(values, columns, strict=True), 1):
        cell = put(
            ws,
            r,
            c,
            _value(value, col.kind),
            font=doc_font(11, bold=bold),
            align=_LEFT if col.kind == Kind.TEXT else _RIGHT,
        )
        cell.border = _BOX
        if col.kind in _FORMATS:
            cell.number_format = _FORMATS[col.kind]


def write_table(ws: Worksheet, table: Table, report: Report) -> None:
    n = len(table.columns)
    put(ws, 1, 1, report.scope.unit_name, font=doc_font(12, bold=True))
    put(ws, 2, 1, f"BÁO CÁO {report.title.upper()}", font=doc_font(13, bold=True))
    put(ws, 3, 1, table.heading, font=doc_font(12, bold=True, italic=True))
    _header(ws, table.columns)
    r = FIRST_DATA_ROW
    for values in table.rows:
        _row(ws, r, values, table.columns)
        r += 1
    if table.total is not None:
        _row(ws, r, table.total, table.columns, bold=True)
        r += 1
    if table.note:
        put(ws, r + 1, 1, table.note, font=doc_font(11, italic=True))
    for i, col in enumerate(table.columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = ws.cell(row=FIRST_DATA_ROW, column=1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW + 1}"
    ws.print_area = f"A1:{get_column_letter(n)}{max(r, FIRST_DATA_ROW)}"


def _info_sheet(ws: Worksheet, report: Report, made: date) -> None:
    lines = [
        ("Đơn vị báo cáo", report.scope.unit_name),
        ("Mã đơn vị", report.scope.unit_code or ""),
        ("Năm báo cáo", report.year),
        ("Số liệu tính đến ngày", format_date(report.as_of)),
        ("Ngày lập", format_date(made)),
        ("Nơi nhận", report.scope.recipient),
    ]
    put(ws, 1, 1, f"BÁO CÁO {report.title.upper()}", font=doc_font(13, bold=True))
    for i, (label, value) in enumerate(lines, 3):
        put(ws, i, 1, label, font=doc_font(12, bold=True))
        put(ws, i, 2, value, font=doc_font(12), align=Alignment(horizontal="left"))
    r = len(lines) + 4
    put(ws, r, 1, "Các biểu", font=doc_font(12, bold=True))
    for i, table in enumerate(report.tables, r + 1):
        put(ws, i, 1, table.key, font=doc_font(11))
        put(ws, i, 2, table.heading, font=doc_font(11))
    r = r + len(report.tables) + 2
    for i, sentence in enumerate(report.summary, r):
        put(ws, i, 1, sentence, font=doc_font(11, italic=True))
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 110


def write_report_xlsx(report: Report, path: Path, *, made: date | None = None) -> Path:
    """The report's workbook, written next to ``path`` and renamed into place."""
    wb = Workbook()
    info = wb.active
    assert isinstance(info, Worksheet)
    info.title = "Thông tin"
    _info_sheet(info, report, made or date.today())
    for table in report.tables:
        ws = wb.create_sheet(table.key[:31])
        write_table(ws, table, report)
    save_workbook(wb, Path(path))
    return Path(path)


def write_tables_xlsx(title: str, unit_name: str, tables: Sequence[Table], path: Path) -> Path:
    """Lists (training needs, people not trained, certificates): the same layout, one sheet per table."""
    from app.reports.tables import ReportScope

    scope = ReportScope(None, unit_name, (), "", "")
    report = Report(title=title, year=date.today().year, scope=scope, as_of=date.today(), tables=tuple(tables))
    wb = Workbook()
    first = True
    for table in tables:
        if first:
            ws = wb.active
            assert isinstance(ws, Worksheet)
            ws.title = table.key[:31]
            first = False
        else:
            ws = wb.create_sheet(table.key[:31])
        write_table(ws, table, report)
    save_workbook(wb, Path(path))
    return Path(path)
