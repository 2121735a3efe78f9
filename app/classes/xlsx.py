"""Class documents as Excel workbooks, laid out like the PDF (unit header and motto, title, a ruled table
with its header repeated on every printed page, place and date, signing block; A4, Times New Roman), so
a clerk can adjust and print them. Text that a spreadsheet would read as a formula stays text. Written
beside the destination and renamed into place."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.classes.exports import ClassDocument, ScheduleDocument, SheetHeader
from app.classes.pdf import sign_in_pages
from app.dates import format_date
from app.excel.writing import FONT, doc_font, put, save_workbook
from app.scheduling.sessions import weekday_name
from db.enums import DatePrecision, Sex

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)


def _merge(ws: Worksheet, row: int, first: int, last: int, value: Any, font: Font, align: Alignment = _CENTER) -> None:
    put(ws, row, first, value, font=font, align=align)
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _header(ws: Worksheet, header: SheetHeader, ncols: int, titles: Sequence[tuple[str, Font]]) -> int:
    """The unit and motto, the place and date, the titles; returns the next free row."""
    left = max(2, ncols * 2 // 5)
    for i, line in enumerate(header.issuer[:2], 1):
        _merge(ws, i, 1, left, line, doc_font(12, bold=True))
    _merge(ws, 1, left + 1, ncols, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", doc_font(12, bold=True))
    _merge(
        ws, 2, left + 1, ncols, "Độc lập - Tự do - Hạnh phúc", Font(name=FONT, size=13, bold=True, underline="single")
    )
    _merge(ws, 3, left + 1, ncols, header.place_date, doc_font(13, italic=True))
    row = 5
    for text, font in titles:
        if text:
            _merge(ws, row, 1, ncols, text, font)
            ws.row_dimensions[row].height = 20
            row += 1
    return row + 1


def _table_head(ws: Worksheet, row: int, cells: Sequence[tuple[int, int, int, int, str]]) -> None:
    """(row offset, first col, last row offset, last col, text) header cells, boxed."""
    for r0, c0, r1, c1, text in cells:
        put(ws, row + r0, c0, text, font=doc_font(11, bold=True), align=_CENTER)
        if (r0, c0) != (r1, c1):
            ws.merge_cells(start_row=row + r0, start_column=c0, end_row=row + r1, end_column=c1)
    last_row = row + max(c[2] for c in cells)
    last_col = max(c[3] for c in cells)
    for r in range(row, last_row + 1):
        for c in range(1, last_col + 1):
            ws.cell(row=r, column=c).border = _BOX


def _row(ws: Worksheet, r: int, values: Sequence[Any], centred: Sequence[int] = (1,)) -> None:
    for k, value in enumerate(values, start=1):
        cell = put(ws, r, k, value, align=_CENTER if k in centred else _LEFT)
        cell.border = _BOX
        if isinstance(value, date):
            cell.number_format = "dd/mm/yyyy"


def _setup(ws: Worksheet, *, landscape: bool, title_rows: str, last_row: int, ncols: int, freeze: str) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left, ws.page_margins.right = (0.6, 0.4) if landscape else (1.0, 0.6)
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.print_options.horizontalCentered = True
    ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = FONT
    ws.freeze_panes = freeze
    ws.print_area = f"A1:{get_column_letter(ncols)}{last_row}"


def _signing(ws: Worksheet, row: int, ncols: int, left: str, right: str) -> int:
    half = ncols // 2
    _merge(ws, row, 1, half, left, doc_font(13, bold=True))
    _merge(ws, row, half + 1, ncols, right, doc_font(13, bold=True))
    row += 1
    _merge(ws, row, 1, half, "(Ký, ghi rõ họ tên)", doc_font(12, italic=True))
    _merge(ws, row, half + 1, ncols, "(Ký, ghi rõ họ tên, đóng dấu)", doc_font(12, italic=True))
    return row + 5


def _sheet(wb: Workbook, title: str, first: bool) -> Worksheet:
    ws = wb.active if first else wb.create_sheet()
    assert isinstance(ws, Worksheet)
    ws.title = title[:31]
    ws.sheet_view.zoomScale = 90
    return ws


def _birth(r: Any) -> Any:
    if r.date_of_birth is None:
        return None
    if r.dob_precision == DatePrecision.DAY:
        return r.date_of_birth
    return format_date(r.date_of_birth, r.dob_precision)


# ------------------------------------------------------------------------------------------- the list


def write_class_list(doc: ClassDocument, path: Path) -> Path:
    wb = Workbook()
    ws = _sheet(wb, "Danh sách học viên", True)
    ncols = 7
    row = _header(
        ws,
        doc.header,
        ncols,
        [
            ("DANH SÁCH HỌC VIÊN", doc_font(14, bold=True)),
            (f"Lớp {doc.class_label}", doc_font(13, bold=True)),
            (doc.course_name, doc_font(13, bold=True)),
            (doc.info_line, doc_font(12, italic=True)),
        ],
    )
    head = row
    _table_head(
        ws,
        head,
        [
            (0, 1, 1, 1, "STT"),
            (0, 2, 1, 2, "Họ và tên"),
            (0, 3, 0, 4, "Ngày sinh"),
            (1, 3, 1, 3, "Nam"),
            (1, 4, 1, 4, "Nữ"),
            (0, 5, 1, 5, "Chức vụ, chức danh"),
            (0, 6, 1, 6, "Đơn vị"),
            (0, 7, 1, 7, "Ghi chú"),
        ],
    )
    r = head + 2
    for i, p in enumerate(doc.people, 1):
        born = _birth(p)
        _row(
            ws,
            r,
            [
                i,
                p.name,
                born if p.sex == Sex.MALE else None,
                born if p.sex == Sex.FEMALE else None,
                p.position,
                doc.unit_of(p) or None,
                None,
            ],
            centred=(1, 3, 4),
        )
        r += 1
    for k, width in enumerate((6, 26, 12, 12, 26, 30, 12), start=1):
        ws.column_dimensions[get_column_letter(k)].width = width
    put(ws, r + 1, 1, f"Danh sách có {len(doc.people)} học viên./.", font=doc_font(12, italic=True))
    last = _signing(ws, r + 3, ncols, "NGƯỜI LẬP DANH SÁCH", "THỦ TRƯỞNG ĐƠN VỊ")
    _setup(ws, landscape=False, title_rows=f"{head}:{head + 1}", last_row=last, ncols=ncols, freeze=f"C{head + 2}")
    return save_workbook(wb, path)


# ------------------------------------------------------------------------------------------- sign-in


def write_sign_in(doc: ClassDocument, path: Path) -> Path:
    """One sheet per eight sessions, like the printed pages."""
    wb = Workbook()
    chunks = sign_in_pages(len(doc.sessions))
    for n, chunk in enumerate(chunks):
        title = "Ký tên" if len(chunks) == 1 else f"Ký tên {chunk.start + 1}-{chunk.stop}"
        ws = _sheet(wb, title, n == 0)
        sessions = [doc.sessions[i] for i in chunk]
        ncols = 3 + max(len(sessions), 1)
        more = f" (buổi {chunk.start + 1}–{chunk.stop} trong {len(doc.sessions)} buổi)" if len(chunks) > 1 else ""
        row = _header(
            ws,
            doc.header,
            ncols,
            [
                ("DANH SÁCH HỌC VIÊN KÝ TÊN THAM DỰ LỚP HỌC", doc_font(14, bold=True)),
                (f"Lớp {doc.class_label} — {doc.course_name}", doc_font(13, bold=True)),
                (doc.info_line + more, doc_font(12, italic=True)),
            ],
        )
        head = row
        cells = [(0, 1, 1, 1, "STT"), (0, 2, 1, 2, "Họ và tên"), (0, 3, 1, 3, "Đơn vị")]
        if sessions:
            cells.append((0, 4, 0, 3 + len(sessions), "Chữ ký của học viên"))
            cells += [(1, 4 + i, 1, 4 + i, f"{s.block_label}\n{s.day:%d/%m/%Y}") for i, s in enumerate(sessions)]
        else:
            cells.append((0, 4, 1, 4, "Chữ ký"))
        _table_head(ws, head, cells)
        ws.row_dimensions[head + 1].height = 32
        r = head + 2
        for i, p in enumerate(doc.people, 1):
            _row(ws, r, [i, p.name, doc.unit_of(p) or None] + [None] * max(len(sessions), 1))
            ws.row_dimensions[r].height = 28
            r += 1
        for k, width in enumerate([6, 26, 26] + [13] * max(len(sessions), 1), start=1):
            ws.column_dimensions[get_column_letter(k)].width = width
        put(ws, r + 1, 1, f"Tổng số: {len(doc.people)} học viên.", font=doc_font(12, italic=True))
        last = _signing(ws, r + 3, ncols, "NGƯỜI THEO DÕI LỚP", "XÁC NHẬN CỦA ĐƠN VỊ TỔ CHỨC")
        _setup(ws, landscape=True, title_rows=f"{head}:{head + 1}", last_row=last, ncols=ncols, freeze=f"D{head + 2}")
    return save_workbook(wb, path)


# ------------------------------------------------------------------------------------------- schedule


def write_schedule(doc: ScheduleDocument, path: Path) -> Path:
    wb = Workbook()
    ws = _sheet(wb, "Lịch học", True)
    if doc.single_class:
        heads = ["Thứ", "Ngày", "Buổi", "Giờ học", "Nội dung", "Giảng viên", "Địa điểm, phòng"]
        widths = [10, 12, 8, 13, 40, 24, 30]
    else:
        heads = ["Thứ", "Ngày", "Buổi", "Giờ học", "Lớp", "Khóa học", "Nội dung", "Giảng viên", "Địa điểm", "Số HV"]
        widths = [10, 12, 8, 13, 24, 36, 34, 22, 30, 8]
    ncols = len(heads)
    row = _header(
        ws,
        doc.header,
        ncols,
        [
            (doc.title, doc_font(14, bold=True)),
            (doc.subtitle, doc_font(13, bold=True)),
            (doc.period, doc_font(12, italic=True)),
        ],
    )
    head = row
    _table_head(ws, head, [(0, k, 0, k, h) for k, h in enumerate(heads, start=1)])
    r = head + 1
    for line in doc.lines:
        values: list[Any] = [weekday_name(line.day), line.day, line.block, line.hours]
        if not doc.single_class:
            values += [line.class_label, line.course_name]
        values += [line.topic or None, line.teacher or None, line.place or None]
        if not doc.single_class:
            values.append(line.learners)
        _row(ws, r, values, centred=(1, 2, 3, 4, ncols) if not doc.single_class else (1, 2, 3, 4))
        for k in range(5, ncols + 1):
            ws.cell(row=r, column=k).alignment = _TOP_LEFT
        r += 1
    for k, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(k)].width = width
    days = len({line.day for line in doc.lines})
    put(ws, r + 1, 1, f"Tổng cộng: {len(doc.lines)} buổi học trong {days} ngày./.", font=doc_font(12, italic=True))
    _setup(
        ws,
        landscape=not doc.single_class,
        title_rows=f"{head}:{head}",
        last_row=r + 1,
        ncols=ncols,
        freeze=f"C{head + 1}",
    )
    return save_workbook(wb, path)
