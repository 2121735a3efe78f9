"""The staff list in the official list layout, and a blank template of the same layout.

Unit header and national motto, title, a two-row header with column numbers, people grouped by
category under Roman-numeral sections, totals, place and date, the signature block; A4 landscape,
Times New Roman, the header repeated on every printed page. Text that starts with "=", "+", "-" or "@"
is written as text (a quote-prefixed string), so a name or a note can never become a formula.
The file is written next to its destination and renamed into place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.dates import format_date
from app.errors import UserError
from app.excel.writing import FONT, doc_font, fit_row_height, merge_put, put, save_workbook
from app.labels import CATEGORY_LABELS, STATUS_LABELS
from app.organisation import UnitInfo, own_unit
from app.qualifications import level_label, levels
from app.settings import SIGNER_NAME, get_setting
from app.staff.records import ALL, GAP_LABELS, ON_BOOKS, StaffFilter, StaffRow, filter_rows, list_rows
from app.text import name_sort_key
from db.database import Database
from db.enums import DatePrecision, QualificationKind, Sex, StaffCategory, UnitKind

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
TITLE = "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH"
CATEGORY_ORDER = (
    StaffCategory.CADRE,
    StaffCategory.CIVIL_SERVANT,
    StaffCategory.PUBLIC_EMPLOYEE,
    StaffCategory.PART_TIME,
    StaffCategory.VILLAGE_HEAD,
)
SECTION_TITLES = {
    StaffCategory.CADRE: "CÁN BỘ",
    StaffCategory.CIVIL_SERVANT: "CÔNG CHỨC",
    StaffCategory.PUBLIC_EMPLOYEE: "VIÊN CHỨC",
    StaffCategory.PART_TIME: "NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH",
    StaffCategory.VILLAGE_HEAD: "TRƯỞNG, PHÓ THÔN, TỔ DÂN PHỐ",
}


@dataclass(frozen=True)
class _Col:
    title: str
    group: str | None  # upper header cell spanning several columns
    width: float


COLUMNS: tuple[_Col, ...] = (
    _Col("STT", None, 5),
    _Col("Họ và tên", None, 24),
    _Col("Nam", "Ngày, tháng, năm sinh", 11),
    _Col("Nữ", "Ngày, tháng, năm sinh", 11),
    _Col("Số CCCD", None, 14.5),
    _Col("Chức vụ, chức danh", None, 22),
    _Col("Phòng, ban, đơn vị", None, 20),
    _Col("Chuyên môn", "Trình độ", 20),
    _Col("LLCT", "Trình độ", 10),
    _Col("QLNN", "Trình độ", 12),
    _Col("Tin học", "Trình độ", 11),
    _Col("Ngoại ngữ", "Trình độ", 11),
    _Col("Ghi chú", None, 14),
)
NCOLS = len(COLUMNS)
HEADER_TOP = 7  # 1-based sheet row of the two-row header
FIRST_DATA_ROW = HEADER_TOP + 3  # after the header rows and the column numbers

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)

Progress = Callable[[int, int, str], bool]


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    people: int
    sections: int
    template: bool = False


def _unit_lines(unit: UnitInfo | None) -> tuple[str, str]:
    if unit is None:
        return "ỦY BAN NHÂN DÂN", ""
    if unit.kind == UnitKind.PROVINCE:
        return "ỦY BAN NHÂN DÂN", unit.name.upper()
    return "ỦY BAN NHÂN DÂN", unit.name.upper()


def _place_date(unit: UnitInfo | None, today: date) -> str:
    place = unit.place_name if unit else "………"
    return f"{place}, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}"


def _header(ws: Worksheet, unit: UnitInfo | None, today: date, subtitle: str) -> None:
    left_end, right_start = 5, 7
    body, name = _unit_lines(unit)
    merge_put(ws, 1, 1, left_end, body, doc_font(12, bold=True), _CENTER)
    merge_put(ws, 2, 1, left_end, name, doc_font(12, bold=True), _CENTER)
    merge_put(ws, 1, right_start, NCOLS, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", doc_font(12, bold=True), _CENTER)
    merge_put(ws, 2, right_start, NCOLS, "Độc lập - Tự do - Hạnh phúc", doc_font(13, bold=True), _CENTER)
    ws.cell(row=2, column=9).font = Font(name=FONT, size=13, bold=True, underline="single")
    merge_put(ws, 4, 1, NCOLS, TITLE, doc_font(14, bold=True), _CENTER)
    merge_put(ws, 5, 1, NCOLS, subtitle, doc_font(12, italic=True), _CENTER)
    ws.row_dimensions[4].height = 36
    top, bottom = HEADER_TOP, HEADER_TOP + 1
    c = 1
    while c <= NCOLS:
        col = COLUMNS[c - 1]
        if col.group is None:
            put(ws, top, c, col.title, font=doc_font(11, bold=True), align=_CENTER)
            ws.merge_cells(start_row=top, start_column=c, end_row=bottom, end_column=c)
            c += 1
            continue
        span = c
        while span + 1 <= NCOLS and COLUMNS[span].group == col.group:
            span += 1
        merge_put(ws, top, c, span, col.group, doc_font(11, bold=True), _CENTER)
        for k in range(c, span + 1):
            put(ws, bottom, k, COLUMNS[k - 1].title, font=doc_font(11, bold=True), align=_CENTER)
        c = span + 1
    for k in range(1, NCOLS + 1):
        put(ws, bottom + 1, k, f"({k})", font=doc_font(10, italic=True), align=_CENTER)
        for r in (top, bottom, bottom + 1):
            ws.cell(row=r, column=k).border = _BOX
        ws.column_dimensions[_letter(k)].width = COLUMNS[k - 1].width
    ws.row_dimensions[top].height = 22
    ws.row_dimensions[bottom].height = 30


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(col))


def _page_setup(ws: Worksheet, last_row: int) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = 0.6
    ws.page_margins.right = 0.4
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.print_title_rows = f"{HEADER_TOP}:{HEADER_TOP + 2}"
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = FONT
    ws.freeze_panes = f"C{FIRST_DATA_ROW}"
    ws.print_area = f"A1:{_letter(NCOLS)}{last_row}"


def _section_row(ws: Worksheet, row: int, index: int, title: str) -> None:
    put(ws, row, 1, ROMAN[index], font=doc_font(12, bold=True), align=_CENTER)
    put(ws, row, 2, title, font=doc_font(12, bold=True), align=_LEFT)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=NCOLS)
    for k in range(1, NCOLS + 1):
        ws.cell(row=row, column=k).border = _BOX


def _birth_value(row: StaffRow) -> Any:
    if row.date_of_birth is None:
        return None
    if row.dob_precision == DatePrecision.DAY:
        return row.date_of_birth
    return format_date(row.date_of_birth, row.dob_precision)


def _person_values(n: int, row: StaffRow) -> list[Any]:
    birth = _birth_value(row)
    pt = level_label(QualificationKind.POLITICAL_THEORY, row.political_theory) if row.political_theory else None
    sm = level_label(QualificationKind.STATE_MANAGEMENT, row.state_management) if row.state_management else None
    it = level_label(QualificationKind.IT, row.it) if row.it else None
    fl = level_label(QualificationKind.FOREIGN_LANGUAGE, row.foreign_language) if row.foreign_language else None
    note = "" if row.status.on_books else STATUS_LABELS[row.status]
    return [
        n,
        row.full_name,
        birth if row.sex == Sex.MALE else None,
        birth if row.sex == Sex.FEMALE else None,
        row.cccd,
        row.position,
        row.department_name or None,
        row.professional or None,
        pt,
        sm,
        it,
        fl,
        note or None,
    ]


def _person_row(ws: Worksheet, r: int, values: list[Any]) -> None:
    for k, value in enumerate(values, start=1):
        align = _CENTER if k in (1, 3, 4, 5, 9, 10, 11, 12) else _LEFT
        cell = put(ws, r, k, value, align=align)
        cell.border = _BOX
        if isinstance(value, date):
            cell.number_format = "dd/mm/yyyy"
        if k == 5:
            cell.number_format = "@"
    fit_row_height(ws, r, [c.width for c in COLUMNS])


def _footer(ws: Worksheet, row: int, unit: UnitInfo | None, today: date, signer: str) -> int:
    right_start = 8
    merge_put(ws, row, right_start, NCOLS, _place_date(unit, today), doc_font(13, italic=True), _CENTER)
    row += 1
    merge_put(ws, row, 2, 5, "NGƯỜI LẬP BIỂU", doc_font(13, bold=True), _CENTER)
    merge_put(ws, row, right_start, NCOLS, "TM. ỦY BAN NHÂN DÂN", doc_font(13, bold=True), _CENTER)
    row += 1
    merge_put(ws, row, right_start, NCOLS, "CHỦ TỊCH", doc_font(13, bold=True), _CENTER)
    row += 5
    if signer:
        merge_put(ws, row, right_start, NCOLS, signer, doc_font(13, bold=True), _CENTER)
    return row


def _new_sheet(title: str) -> tuple[Workbook, Worksheet]:
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.title = title
    ws.sheet_view.zoomScale = 90
    return wb, ws


def write_staff_list(
    rows: Sequence[StaffRow],
    path: Path,
    *,
    unit: UnitInfo | None,
    today: date,
    signer: str = "",
    filters: str = "",
    progress: Progress | None = None,
) -> ExportSummary:
    """The official list of ``rows`` (already filtered), grouped by category, in Vietnamese name order."""
    wb, ws = _new_sheet("Danh sách")
    subtitle = f"(Tính đến ngày {format_date(today)}" + (f"; {filters}" if filters else "") + ")"
    _header(ws, unit, today, subtitle)
    r = FIRST_DATA_ROW
    groups = {
        c: sorted((x for x in rows if x.category == c), key=lambda x: x.sort_key or name_sort_key(x.full_name))
        for c in CATEGORY_ORDER
    }
    sections = 0
    n = 0
    for category in CATEGORY_ORDER:
        people = groups[category]
        if not people:
            continue
        _section_row(ws, r, sections, SECTION_TITLES[category])
        sections += 1
        r += 1
        for row in people:
            n += 1
            _person_row(ws, r, _person_values(n, row))
            r += 1
            if progress is not None and n % 500 == 0 and not progress(n, len(rows), f"Đang ghi {n}/{len(rows)} người…"):
                raise UserError("Đã hủy xuất danh sách; chưa ghi tệp nào.")
    male = sum(1 for x in rows if x.sex == Sex.MALE)
    total = f"Tổng cộng: {n} người (nam: {male}, nữ: {n - male})"
    put(ws, r, 1, None).border = _BOX
    merge_put(ws, r, 2, NCOLS, total, doc_font(12, bold=True), _LEFT)
    for k in range(2, NCOLS + 1):
        ws.cell(row=r, column=k).border = _BOX
    last = _footer(ws, r + 2, unit, today, signer)
    _page_setup(ws, last)
    save_workbook(wb, path)
    return ExportSummary(Path(path), n, sections)


def write_template(path: Path, *, unit: UnitInfo | None, today: date, blank_rows: int = 5) -> ExportSummary:
    """The same layout with numbered empty rows under each section, lists to pick levels from, and a
    sheet of instructions: what an office fills in and imports back."""
    wb, ws = _new_sheet("Danh sách")
    _header(ws, unit, today, "(Mẫu để điền — ngày sinh ghi dd/mm/yyyy vào cột Nam hoặc cột Nữ)")
    lists = {
        9: QualificationKind.POLITICAL_THEORY,
        10: QualificationKind.STATE_MANAGEMENT,
        11: QualificationKind.IT,
    }
    r = FIRST_DATA_ROW
    n = 0
    first_data = r
    for s, category in enumerate(CATEGORY_ORDER):
        _section_row(ws, r, s, SECTION_TITLES[category])
        r += 1
        for _ in range(blank_rows):
            n += 1
            _person_row(ws, r, [n] + [None] * (NCOLS - 1))
            r += 1
    last_data = r - 1
    for col, kind in lists.items():
        choices = ",".join(lv.label for lv in levels(kind))
        if len(choices) <= 250:
            dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True, showErrorMessage=False)
            dv.add(f"{_letter(col)}{first_data}:{_letter(col)}{last_data}")
            ws.add_data_validation(dv)
    put(ws, r, 1, None).border = _BOX
    merge_put(ws, r, 2, NCOLS, "Tổng cộng:", doc_font(12, bold=True), _LEFT)
    for k in range(2, NCOLS + 1):
        ws.cell(row=r, column=k).border = _BOX
    last = _footer(ws, r + 2, unit, today, "")
    _page_setup(ws, last)
    guide = wb.create_sheet("Hướng dẫn")
    tips = (
        "Hướng dẫn điền mẫu danh sách",
        "- Mỗi người một dòng, dưới đúng mục (I. CÁN BỘ, II. CÔNG CHỨC…). Thêm dòng bằng cách chèn dòng trong mục.",
        "- Ngày sinh ghi dạng dd/mm/yyyy vào cột Nam hoặc cột Nữ (chỉ biết năm thì ghi năm, ví dụ 1975).",
        "- Số CCCD ghi đủ 12 chữ số (cột đã định dạng văn bản nên không mất số 0 ở đầu).",
        "- Chuyên môn ghi trình độ và chuyên ngành, ví dụ “ĐH Luật”, “Thạc sĩ Quản lý kinh tế”, “TC Văn thư”.",
        "- LLCT, QLNN, Tin học chọn trong danh sách thả xuống; Ngoại ngữ ghi ví dụ “Tiếng Anh B1”.",
        "- Nhập lại vào ứng dụng: trang Cán bộ, công chức → Nhập từ Excel… (hoặc lệnh boiduong staff import).",
    )
    for i, tip in enumerate(tips, start=1):
        put(guide, i, 1, tip, font=doc_font(13 if i == 1 else 12, bold=i == 1))
    guide.column_dimensions["A"].width = 120
    save_workbook(wb, path)
    return ExportSummary(Path(path), 0, len(CATEGORY_ORDER), template=True)


def describe_filter(criteria: StaffFilter, department_names: dict[str, str]) -> str:
    """The Staff page's filters in words, for the list's subtitle."""
    parts = []
    if criteria.department_uid:
        parts.append(department_names.get(criteria.department_uid, "một phòng, ban"))
    if criteria.category:
        parts.append(CATEGORY_LABELS[criteria.category].lower())
    if criteria.status == ALL:
        parts.append("kể cả người đã nghỉ, chuyển")
    elif criteria.status != ON_BOOKS:
        from db.enums import StaffStatus

        parts.append(STATUS_LABELS[StaffStatus(criteria.status)].lower())
    if criteria.gap:
        parts.append(GAP_LABELS[criteria.gap].lower())
    if criteria.search.strip():
        parts.append(f"tìm “{criteria.search.strip()}”")
    return "lọc: " + ", ".join(parts) if parts else ""


class StaffExporter:
    """Export as the GUI and the CLI use it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def context(self) -> tuple[UnitInfo | None, str, dict[str, str]]:
        from app.organisation import list_departments

        with self.db.reading() as s:
            unit = own_unit(s)
            signer = str(get_setting(s, SIGNER_NAME) or "")
            names = {d.uid: d.name for d in list_departments(s)}
        return unit, signer, names

    def export(
        self,
        path: Path,
        *,
        criteria: StaffFilter | None = None,
        rows: Sequence[StaffRow] | None = None,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> ExportSummary:
        """Export ``rows`` (the page's filtered rows) or everyone ``criteria`` accepts."""
        today = today or date.today()
        criteria = criteria or StaffFilter()
        unit, signer, names = self.context()
        if rows is None:
            with self.db.reading() as s:
                rows = filter_rows(list_rows(s, today=today), criteria)
        return write_staff_list(
            rows,
            path,
            unit=unit,
            today=today,
            signer=signer,
            filters=describe_filter(criteria, names),
            progress=progress,
        )

    def template(self, path: Path, *, today: date | None = None) -> ExportSummary:
        unit, _signer, _names = self.context()
        return write_template(path, unit=unit, today=today or date.today())
