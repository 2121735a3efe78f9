from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.errors import UserError
from app.excel.columns import Field
from app.excel.staff_import import Action, ImportCancelled, StaffImporter
from app.staff.job_positions import load_rules
from app.staff.records import list_rows, refresh_derived
from app.workspace import Workspace
from db.enums import DatePrecision, StaffCategory
from db.models import Qualification, Staff
from tests.conftest import TODAY
from tests.unit.excel.builders import PEOPLE, QUIRKS, build_list

CIVIL = StaffCategory.CIVIL_SERVANT


def preview(ws: Workspace, path: Path, **kw):  # type: ignore[no-untyped-def]
    importer = StaffImporter(ws.db)
    return importer, importer.preview(importer.load(path), today=TODAY, **kw)


def people(ws: Workspace) -> dict[str, Staff]:
    with ws.db.reading() as s:
        return {p.full_name: p for p in s.scalars(select(Staff))}


def test_tidy_list_creates_everyone_with_their_qualifications(workspace: Workspace, tmp_path: Path) -> None:
    importer, pv = preview(workspace, build_list(tmp_path / "tidy.xlsx"))
    assert pv.counts() == {"created": 5, "updated": 0, "unchanged": 0, "duplicates": 0, "invalid": 0}
    result = importer.commit(pv, today=TODAY)
    assert result.created == 5 and result.backup is not None and result.backup.exists()
    staff = people(workspace)
    an = staff["Nguyễn Văn An"]
    assert an.cccd == "031075001234" and an.sex == "M" and an.category == "cadre"
    assert an.department is not None and an.department.name == "Lãnh đạo HĐND, UBND"
    with workspace.db.reading() as s:
        quals = {
            (q.kind, q.level, q.major) for q in s.scalars(select(Qualification).where(Qualification.staff_id == an.id))
        }
    assert quals == {
        ("professional", "dai_hoc", "Luật"),
        ("political_theory", "cao_cap", None),
        ("state_management", "chuyen_vien_chinh", None),
        ("it", "b", None),
    }
    assert staff["Lê Thị Bình"].category == "cadre"


@pytest.mark.parametrize("quirk", QUIRKS)
def test_each_quirk_alone(workspace: Workspace, tmp_path: Path, quirk: str) -> None:
    path = build_list(tmp_path / f"{quirk}.xlsx", [quirk])
    importer, pv = preview(workspace, path, default_category=CIVIL)
    assert pv.counts()["invalid"] == 0, [p.text() for p in pv.errors()]
    assert pv.counts()["created"] == len(PEOPLE)
    importer.commit(pv, today=TODAY)
    staff = people(workspace)
    assert set(staff) == {p[0] for p in PEOPLE}
    assert staff["Phạm Thị Dung"].sex == "F"
    assert staff["Phạm Thị Dung"].phone == "0934567890"
    assert staff["Trần Văn Cường"].cccd == "031090003456"


def test_all_quirks_together_and_twice(workspace: Workspace, tmp_path: Path) -> None:
    path = build_list(tmp_path / "messy.xlsx", QUIRKS)
    importer, pv = preview(workspace, path)
    assert pv.header.rows == (5, 6)  # 0-based: the title block above is skipped
    assert pv.header.numbers_row == 7
    assert pv.counts()["created"] == 5, [p.text() for p in pv.errors()]
    assert pv.end_row is not None  # the signature block is not read as people
    importer.commit(pv, today=TODAY)
    staff = people(workspace)
    assert staff["Nguyễn Văn An"].category == "cadre" and staff["Trần Văn Cường"].category == "civil_servant"
    # dates as people write them, kept with their precision
    assert (staff["Nguyễn Văn An"].date_of_birth, staff["Nguyễn Văn An"].dob_precision) == (date(1975, 3, 12), "day")
    assert (staff["Lê Thị Bình"].date_of_birth, staff["Lê Thị Bình"].dob_precision) == (date(1985, 5, 1), "month")
    assert (staff["Trần Văn Cường"].date_of_birth, staff["Trần Văn Cường"].dob_precision) == (date(1990, 1, 1), "year")
    assert staff["Phạm Thị Dung"].dob_precision == DatePrecision.YEAR  # "00/00/1992"
    # names in capitals and decomposed Unicode come out NFC in name case
    assert "Lê Thị Bình" in staff
    revisions = {n: (p.revision, p.updated_at) for n, p in staff.items()}
    with workspace.db.reading() as s:
        quals_before = s.scalar(select(func.count()).select_from(Qualification))
    # the same file again changes nothing, not even a revision
    importer2, pv2 = preview(workspace, path)
    assert pv2.counts() == {"created": 0, "updated": 0, "unchanged": 5, "duplicates": 0, "invalid": 0}
    result = importer2.commit(pv2, today=TODAY)
    assert result.backup is None  # nothing to write, nothing to back up
    assert {n: (p.revision, p.updated_at) for n, p in people(workspace).items()} == revisions
    with workspace.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Qualification)) == quals_before


def test_bulk_created_rows_match_refresh_derived(workspace: Workspace, tmp_path: Path) -> None:
    importer, pv = preview(workspace, build_list(tmp_path / "d.xlsx", ["sections"]))
    importer.commit(pv, today=TODAY)
    with workspace.db.transaction() as s:
        rules = load_rules(s)
        for staff in s.scalars(select(Staff)):
            before = (staff.name_sort_key, staff.search_text, staff.retirement_date, staff.qualification_mismatch)
            refresh_derived(staff, rules)
            assert (
                staff.name_sort_key,
                staff.search_text,
                staff.retirement_date,
                staff.qualification_mismatch,
            ) == before
            assert staff.owner_unit == "11311" and staff.uid and staff.revision == 1 and staff.change_seq > 0
        assert not any(s.is_modified(o) for o in s.identity_map.values())


def test_update_by_cccd_then_by_name_and_birth(workspace: Workspace, tmp_path: Path) -> None:
    importer, pv = preview(workspace, build_list(tmp_path / "a.xlsx"))
    importer.commit(pv, today=TODAY)
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    ws = wb.active
    assert ws is not None
    ws["G2"] = "Bí thư Đảng ủy"  # An's post changes (matched by CCCD)
    ws["E3"] = None  # Bình without CCCD: matched by name + date of birth
    ws["I3"] = "Thạc sĩ QLKT; Đại học Kinh tế"  # and a second degree
    wb.save(tmp_path / "b.xlsx")
    importer, pv = preview(workspace, tmp_path / "b.xlsx")
    by_row = {o.excel_row: o for o in pv.outcomes}
    assert by_row[2].action == Action.UPDATE and "Bí thư Đảng ủy" in by_row[2].summary
    assert by_row[3].action == Action.UPDATE and by_row[3].changes == ["Thêm Đại học Kinh tế"]
    assert {by_row[r].action for r in (4, 5, 6)} == {Action.UNCHANGED}
    an_revision = people(workspace)["Nguyễn Văn An"].revision
    importer.commit(pv, today=TODAY)
    after = people(workspace)
    assert after["Nguyễn Văn An"].position == "Bí thư Đảng ủy"
    assert after["Nguyễn Văn An"].revision == an_revision + 1
    assert after["Lê Thị Bình"].cccd == "031185002345"  # a blank cell never erases


def test_duplicates_inside_the_file(workspace: Workspace, tmp_path: Path) -> None:
    rows = [*PEOPLE, PEOPLE[0], (PEOPLE[3][0], "F", PEOPLE[3][2], "", *PEOPLE[3][4:])]
    importer, pv = preview(workspace, build_list(tmp_path / "dup.xlsx", people=rows))
    assert pv.counts()["duplicates"] == 2
    dups = [o for o in pv.outcomes if o.action == Action.DUPLICATE]
    assert [o.duplicate_of for o in dups] == [2, 5]
    assert importer.commit(pv, today=TODAY).created == 5


def test_invalid_rows_refuse_the_file_unless_asked(workspace: Workspace, tmp_path: Path) -> None:
    path = build_list(tmp_path / "bad.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["C3"] = "31/02/1985"
    ws["E4"] = "12345"
    wb.save(path)
    importer, pv = preview(workspace, path)
    errors = pv.errors()
    assert {(p.row, p.column) for p in errors} == {(3, "C"), (4, "E")}
    assert any("Ngày 31 không có trong tháng 02/1985" in p.message for p in errors)
    assert "Dòng 4, cột E (Số CCCD)" in next(p.text() for p in errors if p.row == 4)
    with pytest.raises(UserError, match="2 dòng lỗi"):
        importer.commit(pv, today=TODAY)
    assert people(workspace) == {}
    result = importer.commit(pv, skip_invalid=True, today=TODAY)
    assert (result.created, result.invalid) == (3, 2)


def test_corrected_mapping_is_remembered_for_the_same_shape(workspace: Workspace, tmp_path: Path) -> None:
    path = build_list(tmp_path / "m.xlsx")
    importer = StaffImporter(workspace.db)
    source = importer.load(path)
    assert source.header is not None and not source.remembered
    mapping = source.header.guessed()
    position_col = next(c.index for c in source.header.columns if c.field == Field.POSITION)
    mapping[position_col] = Field.JOB_POSITION  # the clerk says column G is the job position
    pv = importer.preview(source, mapping=mapping, today=TODAY)
    importer.commit(pv, today=TODAY)
    assert people(workspace)["Nguyễn Văn An"].job_position == "Chủ tịch UBND"
    again = importer.load(build_list(tmp_path / "m2.xlsx", people=PEOPLE[:2]))
    assert again.remembered and again.header is not None
    assert again.header.guessed()[position_col] == Field.JOB_POSITION


def test_cancel_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    importer, pv = preview(workspace, build_list(tmp_path / "c.xlsx"))
    with pytest.raises(ImportCancelled):
        importer.commit(pv, today=TODAY, progress=lambda _d, _t, _m: False)
    assert people(workspace) == {}


def test_missing_columns_are_named_before_reading_rows(workspace: Workspace, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["STT", "Họ và tên", "Chức vụ"])
    ws.append([1, "Nguyễn Văn A", "Chuyên viên"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(UserError) as err:
        preview(workspace, tmp_path / "x.xlsx")
    assert "Ngày sinh" in str(err.value) and "Giới tính" in str(err.value)


def test_no_header_found(workspace: Workspace, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for i in range(5):
        ws.append([i, "abc", 3.5])
    wb.save(tmp_path / "n.xlsx")
    with pytest.raises(UserError, match="Không tìm thấy dòng tiêu đề"):
        preview(workspace, tmp_path / "n.xlsx")


def test_export_then_import_into_an_empty_database(
    demo_workspace: Workspace, empty_workspace: Workspace, tmp_path: Path
) -> None:
    from app.excel.staff_export import StaffExporter

    exported = StaffExporter(demo_workspace.db).export(tmp_path / "ds.xlsx", today=TODAY)
    importer, pv = preview(empty_workspace, exported.path)
    assert pv.counts()["created"] == exported.people and pv.counts()["invalid"] == 0
    importer.commit(pv, today=TODAY)
    with demo_workspace.db.reading() as s:
        source = {
            (r.full_name, r.date_of_birth, r.category, r.political_theory, r.professional)
            for r in list_rows(s, today=TODAY)
            if r.status.on_books
        }
    with empty_workspace.db.reading() as s:
        copied = {
            (r.full_name, r.date_of_birth, r.category, r.political_theory, r.professional)
            for r in list_rows(s, today=TODAY)
        }
    assert copied == source
    # and the exported list read back into the database it came from changes nothing
    importer, pv = preview(demo_workspace, exported.path)
    assert pv.counts()["unchanged"] == exported.people
