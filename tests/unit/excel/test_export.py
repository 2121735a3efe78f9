from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from app.excel.staff_export import FIRST_DATA_ROW, HEADER_TOP, StaffExporter, write_staff_list
from app.excel.staff_import import StaffImporter
from app.staff.records import StaffFilter, list_rows
from app.workspace import Workspace
from db.enums import StaffCategory
from tests.conftest import TODAY


def test_official_layout(demo_workspace: Workspace, tmp_path: Path) -> None:
    summary = StaffExporter(demo_workspace.db).export(tmp_path / "ds.xlsx", today=TODAY)
    wb = openpyxl.load_workbook(summary.path)
    ws = wb.active
    assert ws is not None
    assert ws["A1"].value == "ỦY BAN NHÂN DÂN" and ws["A2"].value == "XÃ HÀ BẮC"
    assert ws["G1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and ws["G2"].value == "Độc lập - Tự do - Hạnh phúc"
    assert str(ws["A4"].value).startswith("DANH SÁCH CÁN BỘ, CÔNG CHỨC")
    assert ws["A5"].value == "(Tính đến ngày 23/11/2026)"
    assert ws.cell(HEADER_TOP, 3).value == "Ngày, tháng, năm sinh" and ws.cell(HEADER_TOP + 1, 3).value == "Nam"
    assert f"C{HEADER_TOP}:D{HEADER_TOP}" in {str(r) for r in ws.merged_cells.ranges}
    assert [ws.cell(HEADER_TOP + 2, c).value for c in (1, 2, 13)] == ["(1)", "(2)", "(13)"]
    assert (ws.cell(FIRST_DATA_ROW, 1).value, ws.cell(FIRST_DATA_ROW, 2).value) == ("I", "CÁN BỘ")
    sections = [
        ws.cell(r, 1).value
        for r in range(FIRST_DATA_ROW, ws.max_row + 1)
        if ws.cell(r, 1).value in ("I", "II", "III", "IV", "V")
    ]
    assert sections == ["I", "II", "III", "IV"][: summary.sections]
    total_row = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 2).value or "").startswith("Tổng cộng"))
    assert f"Tổng cộng: {summary.people} người" in ws.cell(total_row, 2).value
    texts = [str(c.value) for row in ws.iter_rows(min_row=total_row) for c in row if c.value]
    assert any(t.startswith("Hà Bắc, ngày 23 tháng 11 năm 2026") for t in texts)
    assert "TM. ỦY BAN NHÂN DÂN" in texts and "CHỦ TỊCH" in texts and "NGƯỜI LẬP BIỂU" in texts
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.print_title_rows == f"${HEADER_TOP}:${HEADER_TOP + 2}"
    assert ws["B12"].font.name == "Times New Roman"
    assert ws.cell(FIRST_DATA_ROW + 1, 5).number_format == "@"  # CCCD keeps its leading zero


def test_formula_injection_is_neutralised(demo_workspace: Workspace, tmp_path: Path) -> None:
    with demo_workspace.db.reading() as s:
        rows = list_rows(s, today=TODAY)[:4]
    evil = [
        replace(rows[0], full_name='=HYPERLINK("http://x","bấm")'),
        replace(rows[1], position="+1+1"),
        replace(rows[2], position="-2+3"),
        replace(rows[3], position="@SUM(A1)"),
    ]
    write_staff_list(evil, tmp_path / "x.xlsx", unit=None, today=TODAY)
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    assert ws is not None
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert {c.value for c in cells} >= {'=HYPERLINK("http://x","bấm")', "+1+1", "-2+3", "@SUM(A1)"}
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_filters_of_the_staff_page_apply(demo_workspace: Workspace, tmp_path: Path) -> None:
    criteria = StaffFilter(category=StaffCategory.VILLAGE_HEAD)
    summary = StaffExporter(demo_workspace.db).export(tmp_path / "thon.xlsx", criteria=criteria, today=TODAY)
    with demo_workspace.db.reading() as s:
        expected = [r for r in list_rows(s, today=TODAY) if criteria.accepts(r)]
    assert summary.people == len(expected) and summary.sections == 1
    ws = openpyxl.load_workbook(summary.path).active
    assert ws is not None and "lọc: thôn, tổ dân phố" in str(ws["A5"].value)


def test_a_filled_template_imports(workspace: Workspace, tmp_path: Path) -> None:
    summary = StaffExporter(workspace.db).template(tmp_path / "mau.xlsx", today=TODAY)
    wb = openpyxl.load_workbook(summary.path)
    ws = wb.active
    assert ws is not None and ws.data_validations.dataValidation
    assert wb.sheetnames == ["Danh sách", "Hướng dẫn"]
    r = FIRST_DATA_ROW + 1  # first empty row under "I. CÁN BỘ"
    ws.cell(r, 2, "Nguyễn Văn Tâm")
    ws.cell(r, 3, "12/05/1978")
    ws.cell(r, 5, "031078001111")
    ws.cell(r, 8, "ĐH Luật")
    ws.cell(r, 9, "Cao cấp")
    r2 = FIRST_DATA_ROW + 7  # under "II. CÔNG CHỨC"
    ws.cell(r2, 2, "Lê Thị Hoa")
    ws.cell(r2, 4, "1990")
    wb.save(tmp_path / "filled.xlsx")
    importer = StaffImporter(workspace.db)
    pv = importer.preview(importer.load(tmp_path / "filled.xlsx"), today=TODAY)
    assert pv.counts()["created"] == 2, [p.text() for p in pv.errors()]
    data = {o.parsed.name: o.parsed.data for o in pv.outcomes}
    assert data["Nguyễn Văn Tâm"].category == "cadre"  # type: ignore[union-attr]
    assert data["Lê Thị Hoa"].category == "civil_servant" and data["Lê Thị Hoa"].sex == "F"  # type: ignore[union-attr]


def test_cannot_overwrite_in_a_missing_folder(demo_workspace: Workspace, tmp_path: Path) -> None:
    from app.errors import UserError

    with pytest.raises(UserError, match="không tồn tại"):
        StaffExporter(demo_workspace.db).export(tmp_path / "nope" / "x.xlsx", today=TODAY)


def test_rows_with_wrapped_text_are_tall_enough(demo_workspace: Workspace, tmp_path: Path) -> None:
    """Spreadsheets do not grow the rows of a written file: a long department name would be cut off and
    printed over the next row."""
    with demo_workspace.db.reading() as s:
        rows = list_rows(s, today=TODAY)[:2]
    long_dept = "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội của xã"
    short = {"position": "Chuyên viên", "professional": "Đại học Luật", "full_name": "Lê Văn An", "it": None}
    people = [
        replace(rows[0], department_name=long_dept),
        replace(rows[1], department_name="Phòng Kinh tế", **short),  # type: ignore[arg-type]
    ]
    write_staff_list(people, tmp_path / "x.xlsx", unit=None, today=TODAY)
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    assert ws is not None
    by_name = {
        ws.cell(r, 2).value: r for r in range(FIRST_DATA_ROW, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)
    }
    tall = ws.row_dimensions[by_name[people[0].full_name]].height
    assert tall is not None and tall >= 3 * 15  # three lines or more in a 20-wide column
    assert ws.row_dimensions[by_name[people[1].full_name]].height is None  # one line: left to the default


def test_text_lines_wraps_by_words() -> None:
    from app.excel.writing import text_lines

    assert text_lines("Chuyên viên", 20) == 1
    assert text_lines("Đại học Xây dựng Đảng và Chính quyền nhà nước", 20) >= 2
    assert text_lines("dòng một\ndòng hai", 40) == 2
