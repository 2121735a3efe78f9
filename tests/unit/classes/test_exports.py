"""Printed lists, sign-in sheets and schedules, read back: PDF text (pypdf), Excel cells (openpyxl) and the
iCalendar file (icalendar)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.classes.exports import (
    ExportKind,
    ScheduleDocument,
    ScheduleLine,
    SheetHeader,
    export,
    schedule_document,
    write_schedule,
)
from app.classes.schedule import CalendarFilter
from app.classes.sessions import SessionDefaults, add_generated
from app.courses.nominations import nominate
from app.errors import UserError
from app.scheduling.generate import SessionPattern, generate_sessions
from db.enums import DepartmentKind
from tests.unit.courses.conftest import World


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def klass(world: World) -> str:
    course = world.course("Bồi dưỡng kiến thức quản lý nhà nước", code="QLNN")
    uid = world.klass(course, date(2026, 11, 30), date(2026, 12, 4), capacity=30)
    people = [
        world.person("Nguyễn Văn An", dept=DepartmentKind.OFFICE),
        world.person("Trần Thị Bình", dept=DepartmentKind.ECONOMY, position="Phó Trưởng phòng"),
        world.person("Lê Văn Cường", dept=DepartmentKind.CULTURE_SOCIETY),
    ]
    nominate(world.s, course, uid, people, accept_warnings=True)
    made = generate_sessions(SessionPattern(date(2026, 11, 30), date(2026, 12, 4)))  # 5 days × 2 = 10 sessions
    add_generated(
        world.s,
        uid,
        made,
        defaults=SessionDefaults(teacher="TS. Phạm Minh Tuấn", topic="Chuyên đề 1"),
        unit_code="11311",
    )
    return uid


def test_the_class_list_as_pdf_and_excel(world: World, klass: str, tmp_path: Path) -> None:
    pdf = export(world.s, klass, ExportKind.CLASS_LIST, tmp_path / "ds.pdf")
    text = _text(pdf)
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ HÀ BẮC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "DANH SÁCH HỌC VIÊN",
        "Lớp L301126 – Lớp 3011",
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Phó Trưởng phòng",
        "Danh sách có 3 học viên",
        "THỦ TRƯỞNG ĐƠN VỊ",
        "từ 30/11/2026 đến 04/12/2026",
    ):
        assert expected in text, expected
    # Vietnamese order: given name first (An, Bình, Cường)
    assert text.index("Nguyễn Văn An") < text.index("Trần Thị Bình") < text.index("Lê Văn Cường")
    xlsx = export(world.s, klass, ExportKind.CLASS_LIST, tmp_path / "ds.xlsx")
    ws = load_workbook(xlsx).active
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "DANH SÁCH HỌC VIÊN" in values and "Lê Văn Cường" in values and "Nam" in values
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) and ws.print_title_rows


def test_the_sign_in_sheet_has_a_column_per_session_eight_to_a_page(world: World, klass: str, tmp_path: Path) -> None:
    pdf = export(world.s, klass, ExportKind.SIGN_IN, tmp_path / "kt.pdf")
    reader = PdfReader(pdf)
    assert len(reader.pages) == 2 and reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    first, second = (p.extract_text() for p in reader.pages)
    assert "DANH SÁCH HỌC VIÊN KÝ TÊN THAM DỰ LỚP HỌC" in first and "buổi 1–8 trong 10 buổi" in first
    heads = first.split("STT", 1)[1]  # the table: one column per session of this page
    assert "Sáng" in heads and "30/11/2026" in heads and "03/12/2026" in heads and "04/12/2026" not in heads
    assert "buổi 9–10 trong 10 buổi" in second and "04/12/2026" in second and "Lê Văn Cường" in second
    fonts = {str(f) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts  # embedded TrueType (no stray Helvetica)
    xlsx = load_workbook(export(world.s, klass, ExportKind.SIGN_IN, tmp_path / "kt.xlsx"))
    assert xlsx.sheetnames == ["Ký tên 1-8", "Ký tên 9-10"]
    heads = [c for row in xlsx["Ký tên 9-10"].iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert "Sáng\n04/12/2026" in heads and "Chiều\n04/12/2026" in heads and "Chữ ký của học viên" in heads


def test_the_schedule_and_the_calendar_file(world: World, klass: str, tmp_path: Path) -> None:
    text = _text(export(world.s, klass, ExportKind.SCHEDULE, tmp_path / "lich.pdf"))
    assert "LỊCH HỌC" in text and "Thứ Hai" in text and "Chuyên đề 1" in text and "TS. Phạm Minh Tuấn" in text
    assert "Tổng cộng: 10 buổi học trong 5 ngày" in text
    ws = load_workbook(export(world.s, klass, ExportKind.SCHEDULE, tmp_path / "lich.xlsx")).active
    rows = [r for r in ws.iter_rows(values_only=True) if r[0] in ("Thứ Hai", "Thứ Sáu")]
    assert len(rows) == 4 and rows[0][2] == "Sáng" and rows[0][3] == "07:30–11:30"
    ics = export(world.s, klass, ExportKind.ICAL, tmp_path / "lop.ics")
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 10 and str(events[0]["summary"]).endswith("(buổi 1/10)")
    assert events[0]["dtstart"].dt.hour == 7 and "TS. Phạm Minh Tuấn" in str(events[0]["description"])
    # the calendar's schedule for a range and a filter
    doc = schedule_document(
        world.s, flt=CalendarFilter(), start=date(2026, 12, 1), end=date(2026, 12, 2), subtitle="Tuần học"
    )
    assert len(doc.lines) == 4 and not doc.single_class and doc.lines[0].learners == 3
    out = write_schedule(doc, tmp_path / "tuan.pdf")
    assert "LỊCH CÁC LỚP BỒI DƯỠNG" in _text(out) and "Từ ngày 01/12/2026 đến ngày 02/12/2026" in _text(out)
    with pytest.raises(UserError, match="Chỉ xuất được"):
        export(world.s, klass, ExportKind.CLASS_LIST, tmp_path / "ds.docx")
    with pytest.raises(UserError, match="không tồn tại"):
        export(world.s, klass, ExportKind.CLASS_LIST, tmp_path / "nope" / "ds.pdf")


def _schedule(days: dict[date, int], *, single_class: bool = False) -> ScheduleDocument:
    lines = tuple(
        ScheduleLine(
            day,
            "Sáng" if k % 2 == 0 else "Chiều",
            "07:30–11:30" if k % 2 == 0 else "13:30–17:00",
            f"L{k:02d} – Lớp {k}",
            "Bồi dưỡng kiến thức quản lý nhà nước",
            f"Chuyên đề {k}: tổ chức bộ máy chính quyền địa phương",
            "ThS. Hoàng Văn Nam",
            "Hội trường Trung tâm Chính trị, tầng 3",
            12,
        )
        for day, n in days.items()
        for k in range(n)
    )
    header = SheetHeader(("ỦY BAN NHÂN DÂN", "XÃ HÀ BẮC"), "Hà Bắc, ngày 23 tháng 11 năm 2026")
    return ScheduleDocument(header, "LỊCH CÁC LỚP BỒI DƯỠNG", "Tháng 12/2026", "(Từ …)", lines, single_class)


@pytest.mark.parametrize("single_class", [False, True])
def test_a_schedule_breaks_inside_a_day_and_names_the_day_again_on_the_next_page(
    tmp_path: Path, single_class: bool
) -> None:
    """A day no longer moves whole to the next page (a merged day cell did, leaving a third of the page
    blank): the page fills, and the next page starts with the day again, "(tiếp)", under the header."""
    doc = _schedule({date(2026, 12, 1): 3, date(2026, 12, 2): 14, date(2026, 12, 3): 2}, single_class=single_class)
    pages = [page.extract_text() for page in PdfReader(write_schedule(doc, tmp_path / "lich.pdf")).pages]
    assert len(pages) >= 2
    # the second day starts on the first page, under the first one, and goes on to the next
    assert "02/12/2026" in pages[0] and "(tiếp)" not in pages[0]
    assert "Ngày" in pages[1] and "Nội dung" in pages[1]  # the header repeats
    assert "Thứ Tư" in pages[1] and "02/12/2026" in pages[1] and "(tiếp)" in pages[1]
    assert "03/12/2026" in pages[-1]
    # every row is printed once, the day named once per page it is on
    text = "\n".join(pages)
    assert sum(text.count(f"Chuyên đề {k}:") for k in range(14)) == 19
    assert text.count("02/12/2026") == len([p for p in pages if "02/12/2026" in p])
    assert "Tổng cộng: 19 buổi học trong 3 ngày" in text
