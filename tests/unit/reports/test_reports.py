"""The annual report and the lists: the figures, the workbook read back (one sheet per table, the same
layout everywhere, numbers that add up), the PDF read back (the Decree 30 report form), and a province
consolidating its communes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.courses.catalogue import ClassInput, CourseInput, create_class, create_course
from app.errors import UserError
from app.organisation import ensure_unit
from app.reports.annual import build_annual_report
from app.reports.excel import FIRST_DATA_ROW, HEADER_ROW
from app.reports.service import ReportsService
from app.workspace import Workspace
from db.enums import ClassStatus, CourseType, NominationStatus, StaffCategory, UnitKind
from db.models import Nomination, Staff
from tests.unit.builders import make_person

TODAY = date(2026, 11, 23)


@pytest.fixture
def report(demo_workspace: Workspace):  # type: ignore[no-untyped-def]
    with demo_workspace.db.reading() as s:
        return build_annual_report(s, 2026, today=TODAY)


def test_annual_figures_of_the_demo_commune(report) -> None:  # type: ignore[no-untyped-def]
    assert [t.number for t in report.tables] == [1, 2, 3, 4, 5]  # a commune has no per-commune table
    trainings, classes, targets, reviews, classification = report.tables
    assert report.scope.unit_name == "Xã Hà Bắc" and report.scope.recipient == "Sở Nội vụ thành phố Hải Phòng"
    # every course type is a row, in the same order in every unit's file
    assert [r[0] for r in trainings.rows] == [t.value for t in CourseType]
    total = trainings.total
    assert total is not None and total[0] is None and total[1] == "Tổng cộng"
    assert total[7] == sum(total[2:7]) and total[7] == sum(r[7] for r in trainings.rows) > 0
    # the classes' results add up to their learners
    for row in classes.rows:
        assert row[4] == sum(row[5:10])
    assert len(targets.rows) >= 20 and {r[7] for r in targets.rows} <= {
        "Đã đạt",
        "Đúng tiến độ",
        "Có nguy cơ không đạt",
        "Không đạt (quá hạn)",
        "Chưa có số liệu",
    }
    assert reviews.total is not None and reviews.total[1] == sum(r[1] for r in reviews.rows) > 0
    assert "đã đến hạn nhưng chưa được đánh giá" in reviews.note
    assert classification.total is not None and classification.total[2] == sum(r[2] for r in classification.rows) > 0
    assert report.summary[0].startswith(f"Năm 2026, Xã Hà Bắc đã cử {total[7]} lượt")
    assert report.as_of == TODAY


def test_workbook_one_sheet_per_table(report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.reports.excel import write_report_xlsx

    out = write_report_xlsx(report, tmp_path / "bao-cao.xlsx", made=TODAY)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Thông tin", *[t.key for t in report.tables]]
    info = wb["Thông tin"]
    assert info["B3"].value == "Xã Hà Bắc" and info["B4"].value == "11311" and info["B5"].value == 2026
    for table in report.tables:
        ws = wb[table.key]
        assert ws["C3"].value is None and ws["A3"].value == table.heading
        headers = [ws.cell(HEADER_ROW + (1 if c.group else 0), i + 1).value for i, c in enumerate(table.columns)]
        assert headers == [c.title for c in table.columns]
        data = [
            [ws.cell(FIRST_DATA_ROW + r, c + 1).value for c in range(len(table.columns))]
            for r in range(len(table.rows))
        ]
        assert [row[0] for row in data] == [row[0] for row in table.rows]
        assert ws.freeze_panes == f"A{FIRST_DATA_ROW}"
    trainings = wb[report.tables[0].key]
    total_row = FIRST_DATA_ROW + len(report.tables[0].rows)
    assert trainings.cell(total_row, 2).value == "Tổng cộng"
    numbers = [trainings.cell(FIRST_DATA_ROW + r, 8).value for r in range(len(report.tables[0].rows))]
    assert all(isinstance(n, int) for n in numbers) and sum(numbers) == trainings.cell(total_row, 8).value
    assert trainings.cell(HEADER_ROW, 3).value == "Số lượt cử đi học theo đối tượng"  # the group over five columns
    percent = wb[report.tables[4].key].cell(FIRST_DATA_ROW, 5)
    assert percent.number_format == "0.0%" and (percent.value is None or 0 <= percent.value <= 1)


def test_pdf_in_the_report_form(demo_workspace: Workspace, tmp_path: Path) -> None:
    service = ReportsService(demo_workspace.db)
    out = service.write_annual(2026, tmp_path / "bao-cao.pdf", today=TODAY)
    reader = PdfReader(out)
    first = reader.pages[0]
    assert [round(float(x)) for x in first.mediabox[2:]] == [595, 842]  # A4 portrait
    text = "\n".join(p.extract_text() for p in reader.pages)
    flat = " ".join(text.split())
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ HÀ BẮC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "/BC-UBND",
        "Hà Bắc, ngày 23 tháng 11 năm 2026",
        "BÁO CÁO",
        "Kết quả đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2026",
        "Kính gửi: Sở Nội vụ thành phố Hải Phòng.",
        "I. KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG TRONG NĂM",
        "Biểu 1.",
        "II. THỰC HIỆN CHỈ TIÊU KẾ HOẠCH",
        "III. ĐÁNH GIÁ HIỆU QUẢ SAU BỒI DƯỠNG",
        "IV. KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG",
        "Trên đây là báo cáo",
        "Nơi nhận:",
        "TM. ỦY BAN NHÂN DÂN",
        "Lưu: VT, VHXH.",
    ):
        assert expected in flat, expected
    assert "2" in reader.pages[1].extract_text().split("\n")[0]  # page numbers from page 2
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # embedded
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert all("Liberation" in f or "Times" in f for f in fonts)
    with pytest.raises(UserError, match=r"\.xlsx hoặc \.pdf"):
        service.write_annual(2026, tmp_path / "bao-cao.docx", today=TODAY)
    with pytest.raises(UserError, match="không hợp lệ"):
        service.annual(1990, today=TODAY)


def test_a_province_consolidates_its_communes(empty_workspace: Workspace) -> None:
    ws = empty_workspace
    ws.init_unit(kind=UnitKind.PROVINCE, code="31", name="Thành phố Hải Phòng")
    with ws.db.transaction() as s:
        ensure_unit(s, "11311", "Xã Hà Bắc", UnitKind.COMMUNE, "31")
        ensure_unit(s, "11312", "Xã Hà Nam", UnitKind.COMMUNE, "31")
        course = create_course(s, CourseInput("Tập huấn nghiệp vụ", CourseType.SKILLS, grants_certificate="GCN"))
        klass = create_class(
            s,
            course.uid,
            ClassInput("Lớp 1", start_date=date(2026, 5, 4), end_date=date(2026, 5, 6), status=ClassStatus.FINISHED),
            unit_code="31",
        )
        for i, commune in enumerate(("11311", "11311", "11312")):
            person = make_person(s, f"Người {i}", category=StaffCategory.CIVIL_SERVANT, department=None)
            person.owner_unit = commune  # as the communes' bundles bring them
            s.flush()
            s.add(
                Nomination(
                    staff_id=person.id,
                    course_id=course.id,
                    class_id=klass.id,
                    status=NominationStatus.COMPLETED,
                    completed_on=date(2026, 5, 6),
                    owner_unit=commune,
                )
            )
        s.flush()
        assert s.scalar(select(Staff.id).where(Staff.owner_unit == "31")) is None
    service = ReportsService(ws.db)
    assert service.communes() == [("11311", "Xã Hà Bắc"), ("11312", "Xã Hà Nam")]
    whole = service.annual(2026, today=TODAY)
    assert whole.scope.is_province and whole.scope.issuer_lines == ("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ")
    units = whole.tables[-1]
    assert units.number == 6 and [(r[0], r[3], r[4]) for r in units.rows] == [("11311", 2, 2), ("11312", 1, 1)]
    assert units.total is not None and units.total[3] == 3
    skills = next(r for r in whole.tables[0].rows if r[0] == "skills")
    assert skills[7] == 3 and skills[10] == 3
    one = service.annual(2026, unit_code="11312", today=TODAY)
    assert one.scope.unit_name == "Xã Hà Nam" and [t.number for t in one.tables] == [1, 2, 3, 4, 5]
    assert next(r for r in one.tables[0].rows if r[0] == "skills")[7] == 1
    assert one.tables[1].rows[0][4] == 1  # the class's learners from that commune only


def test_lists_for_the_clerk(demo_workspace: Workspace, tmp_path: Path) -> None:
    service = ReportsService(demo_workspace.db)
    untrained = service.untrained(3, today=TODAY).tables[0]
    assert untrained.rows and all(r[6] is None or r[6] < date(2023, 11, 23) for r in untrained.rows)
    assert "3 năm gần đây" in untrained.title
    with pytest.raises(UserError, match="Số năm"):
        service.untrained(0, today=TODAY)
    expiring = service.expiring(90, today=TODAY).tables[0]
    assert expiring.rows and all(r[6] <= date(2027, 2, 21) for r in expiring.rows)
    assert "đã hết hạn" in expiring.note
    needs = service.needs(2027, today=TODAY)
    summary, people = needs.tables
    assert summary.total is not None and summary.total[4] == len(people.rows) == sum(r[4] for r in summary.rows) > 0
    with_target = [r for r in summary.rows if r[10]]
    assert with_target and all(r[11] is not None for r in with_target)  # the soonest target deadline shown
    out = service.write_listing(needs, tmp_path / "nhu-cau.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == [summary.key, people.key]
    assert wb[people.key].cell(FIRST_DATA_ROW, 3).value == people.rows[0][2]
