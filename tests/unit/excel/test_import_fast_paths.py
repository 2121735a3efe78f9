"""The fast paths of the import (calamine reader, bulk inserts, plan reuse, paused collector) give what
the careful paths give: the same cells, the same stored values, sync metadata and audit entries."""

from __future__ import annotations

import gc
import uuid
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, func, insert, select, text

import app.excel.staff_import as staff_import
from app.excel.staff_import import StaffImporter
from app.excel.workbook import _calamine_plan, _read_xlsx_openpyxl, read_sheet
from app.gc_pause import collector_paused
from app.organisation import add_department, list_departments
from app.staff import records
from app.staff.form import StaffInput
from app.workspace import Workspace, open_workspace
from db.audit import AuditEntry
from db.bulk import insert_rows
from db.enums import Sex, StaffCategory, UnitKind
from db.models import Qualification, Staff
from db.sync_meta import SEQUENCE_NAME, new_uids
from tests.conftest import TODAY
from tests.unit.excel.builders import PEOPLE, QUIRKS, build_list

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "excel"


# ------------------------------------------------------------------------------------ reader


@pytest.mark.parametrize("quirks", [(), QUIRKS, ("two_row_header", "messy_text"), ("numbers", "text_dates")])
def test_calamine_reads_what_openpyxl_reads(tmp_path: Path, quirks: tuple[str, ...]) -> None:
    path = build_list(tmp_path / "l.xlsx", list(quirks))
    assert _calamine_plan(path, None) is not None  # the fast reader is the one used
    fast, careful = read_sheet(path), _read_xlsx_openpyxl(path, None, None)
    assert fast.rows == careful.rows and fast.merges == careful.merges and fast.name == careful.name


def test_calamine_reads_a_libreoffice_file_like_openpyxl() -> None:
    path = FIXTURES / "libreoffice_list.xlsx"
    assert _calamine_plan(path, None) is not None
    fast, careful = read_sheet(path), _read_xlsx_openpyxl(path, None, None)
    assert fast.rows == careful.rows and fast.merges == careful.merges
    assert any(isinstance(v, datetime) for row in fast.rows for v in row)  # date cells as openpyxl gives them


def _rewrite_sheet(src: Path, dest: Path, transform: Any) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, transform(data) if info.filename == "xl/worksheets/sheet1.xml" else data)
    return dest


@pytest.mark.parametrize(
    "extra",
    [
        # one cell at the far corner: calamine would ask for billions of cells and abort the process
        b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>',
        b'<row r="30"><c r="AY30" t="inlineStr"><is><t>x</t></is></c></row>',  # beyond column AX
        b'<row r="30"><c t="inlineStr"><is><t>x</t></is></c></row>',  # a cell that does not say where it is
        b'<row r="30"><x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="A30"/></row>',
        b'<row r="30"><c r="B30" t="e"><v>#N/A</v></c></row>',  # calamine reads an error as empty
    ],
)
def test_files_the_scan_cannot_bound_are_read_by_openpyxl(tmp_path: Path, extra: bytes) -> None:
    src = build_list(tmp_path / "ok.xlsx")
    odd = _rewrite_sheet(src, tmp_path / "odd.xlsx", lambda d: d.replace(b"</sheetData>", extra + b"</sheetData>"))
    assert _calamine_plan(odd, None) is None
    sheet = read_sheet(odd)  # no crash, the careful reader's rows
    assert sheet.rows[: len(PEOPLE) + 1] == read_sheet(src).rows[: len(PEOPLE) + 1]
    if b"#N/A" in extra:
        assert sheet.rows[29][1] == "#N/A"  # the clerk is told about it, not given an empty cell


def test_a_dtd_sends_the_file_to_the_careful_reader(tmp_path: Path) -> None:
    src = build_list(tmp_path / "ok.xlsx")
    dtd = b'<?xml version="1.0"?><!DOCTYPE worksheet []>'
    odd = _rewrite_sheet(
        src, tmp_path / "dtd.xlsx", lambda d: dtd + (d.split(b"?>", 1)[1] if d.startswith(b"<?xml") else d)
    )
    assert _calamine_plan(odd, None) is None
    assert read_sheet(odd).rows == read_sheet(src).rows  # a DTD without entities: openpyxl reads it


# ------------------------------------------------------------------------------------ apply


def _fresh(path: Path) -> Workspace:
    ws = open_workspace(path)
    ws.init_unit(kind=UnitKind.COMMUNE, code="11311", name="Xã Hà Bắc", province_code="31")
    return ws


def _raw(ws: Workspace, table: str, order: str) -> list[dict[str, Any]]:
    with ws.db.reading() as s:
        return [dict(r._mapping) for r in s.execute(text(f"SELECT * FROM {table} ORDER BY {order}"))]


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    """A raw row as SQLite stores it: the values, with a stamp's value replaced by its shape."""
    return {k: (type(v).__name__, len(v) if isinstance(v, str) else None) for k, v in row.items()}


BOOK_KEEPING = {"id", "uid", "staff_id", "department_id", "updated_at", "change_seq"}


def test_bulk_rows_store_what_the_person_dialog_stores(tmp_path: Path) -> None:
    """The same people created one by one through ``records.create_staff`` (the ORM path, its
    listeners and ``refresh_derived``) and by the import's bulk INSERTs hold the same values."""
    path = build_list(tmp_path / "l.xlsx", ["sections", "numbers", "text_dates"])
    bulk = _fresh(tmp_path / "bulk.sqlite")
    importer = StaffImporter(bulk.db)
    pv = importer.preview(importer.load(path), today=TODAY)
    importer.commit(pv, today=TODAY)

    orm = _fresh(tmp_path / "orm.sqlite")
    with orm.db.transaction() as s:
        for name in pv.new_departments:
            add_department(s, name)
        uids = {d.name: d.uid for d in list_departments(s)}
        for o in pv.outcomes:
            assert o.parsed.data is not None
            data = replace(
                o.parsed.data,
                qualifications=list(o.new_qualifications),
                department_uid=uids[o.department] if o.department else None,
            )
            records.create_staff(s, data)

    made, imported = _raw(orm, "staff", "full_name"), _raw(bulk, "staff", "full_name")
    assert len(imported) == len(PEOPLE)
    for a, b in zip(made, imported, strict=True):
        assert {k: v for k, v in a.items() if k not in BOOK_KEEPING} == {
            k: v for k, v in b.items() if k not in BOOK_KEEPING
        }
        assert _typed(a) == _typed(b)  # dates, timestamps, booleans stored in the same form
    keep = BOOK_KEEPING | {"source"}
    made_q = _raw(orm, "qualification", "staff_id, kind, level")
    imported_q = _raw(bulk, "qualification", "staff_id, kind, level")
    assert [{k: v for k, v in q.items() if k not in keep} for q in made_q] == [
        {k: v for k, v in q.items() if k not in keep} for q in imported_q
    ]
    assert [_typed(q) for q in made_q] == [_typed(q) for q in imported_q]
    assert {q["source"] for q in imported_q} == {"import"}


def test_bulk_rows_carry_sync_metadata_and_audit_entries(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.db.reading() as s:
        first_entry = s.scalar(select(func.max(AuditEntry.id))) or 0
    importer = StaffImporter(workspace.db)
    started = datetime.now(UTC)
    importer.commit(importer.preview(importer.load(build_list(tmp_path / "l.xlsx")), today=TODAY), today=TODAY)
    with workspace.db.reading() as s:
        seq = s.scalar(text("SELECT value FROM sync_counter WHERE name = :n"), {"n": SEQUENCE_NAME})
        people = list(s.scalars(select(Staff)))
        quals = list(s.scalars(select(Qualification)))
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.id > first_entry)))
        # an entry written by the ORM listener in the same workspace, for who/unit/source
        workspace_user = s.scalar(select(AuditEntry.user).where(AuditEntry.id <= first_entry).limit(1))
    assert len(people) == len(PEOPLE) and len(quals) > len(PEOPLE)
    rows: list[Staff | Qualification] = [*people, *quals]
    for row in rows:
        assert row.owner_unit == "11311" and row.revision == 1 and not row.deleted
        assert row.change_seq == seq  # one number for the whole import, the transaction's
        assert started - timedelta(seconds=1) <= row.updated_at <= datetime.now(UTC)
        assert uuid.UUID(row.uid).version == 4
    assert len({r.uid for r in rows}) == len(people) + len(quals)
    by_entity: dict[str, dict[str, AuditEntry]] = {"staff": {}, "qualification": {}}
    for e in entries:
        assert e.action == "create" and e.unit == "11311" and e.source == "local" and e.user == workspace_user
        by_entity[e.entity][str(e.entity_uid)] = e
    assert set(by_entity["staff"]) == {p.uid for p in people}
    assert set(by_entity["qualification"]) == {q.uid for q in quals}
    names = {p.id: p.full_name for p in people}
    for p in people:
        assert (by_entity["staff"][p.uid].entity_id, by_entity["staff"][p.uid].label) == (p.id, p.full_name)
    for q in quals:
        assert (by_entity["qualification"][q.uid].entity_id, by_entity["qualification"][q.uid].label) == (
            q.id,
            names[q.staff_id],
        )


def test_the_same_file_again_writes_nothing_at_all(workspace: Workspace, tmp_path: Path) -> None:
    path = build_list(tmp_path / "l.xlsx", list(QUIRKS))
    importer = StaffImporter(workspace.db)
    importer.commit(importer.preview(importer.load(path), today=TODAY), today=TODAY)

    def state() -> tuple[Any, ...]:
        with workspace.db.reading() as s:
            counts = (
                s.scalar(select(func.count()).select_from(AuditEntry)),
                s.scalar(text("SELECT value FROM sync_counter WHERE name = :n"), {"n": SEQUENCE_NAME}),
            )
        return (*counts, _raw(workspace, "staff", "id"), _raw(workspace, "qualification", "id"))

    before = state()
    result = importer.commit(importer.preview(importer.load(path), today=TODAY), today=TODAY)
    assert result.created == result.updated == result.qualifications_added == 0
    assert state() == before


def test_apply_reuses_the_preview_plan_while_the_database_is_unchanged(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    importer = StaffImporter(workspace.db)
    pv = importer.preview(importer.load(build_list(tmp_path / "l.xlsx")), today=TODAY)

    def no_replanning(*_a: object, **_k: object) -> None:
        raise AssertionError("planned twice")

    monkeypatch.setattr(staff_import, "plan_import", no_replanning)
    assert importer.commit(pv, today=TODAY).created == len(PEOPLE)


def test_apply_replans_when_the_database_changed_after_the_preview(workspace: Workspace, tmp_path: Path) -> None:
    importer = StaffImporter(workspace.db)
    pv = importer.preview(importer.load(build_list(tmp_path / "all.xlsx")), today=TODAY)
    assert pv.counts()["created"] == len(PEOPLE)
    # meanwhile two of them come in from another list
    other = importer.preview(importer.load(build_list(tmp_path / "two.xlsx", people=PEOPLE[:2])), today=TODAY)
    importer.commit(other, today=TODAY)
    result = importer.commit(pv, today=TODAY)
    assert result.created == len(PEOPLE) - 2 and result.unchanged == 2
    with workspace.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Staff)) == len(PEOPLE)


# ------------------------------------------------------------------------------------ helpers


def test_insert_rows_stores_what_a_core_insert_stores(workspace: Workspace) -> None:
    table = Qualification.__table__
    assert isinstance(table, Table)
    now = datetime.now(UTC)
    with workspace.db.transaction() as s:
        staff_id = records.create_staff(s, StaffInput("Đỗ Văn Tư", Sex.MALE, StaffCategory.CADRE)).id
        values = {
            "owner_unit": "11311",
            "revision": 1,
            "updated_at": now,
            "deleted": False,
            "change_seq": 0,
            "staff_id": staff_id,
            "kind": "it",
            "level": "b",
            "major": None,
            "institution": "Trường",
            "year": 2010,
            "certificate_no": None,
            "issued_on": date(2010, 5, 6),
            "valid_until": None,
            "training_form": None,
            "note": None,
            "source": "import",
            "source_ref": None,
        }
        s.connection().execute(insert(table), [{**values, "uid": "a"}])
        insert_rows(s, table, [*values, "uid"], [(*values.values(), "b")])
        with pytest.raises(ValueError, match="must be given"):
            insert_rows(s, table, ["staff_id", "kind"], [(staff_id, "it")])
    core, fast = _raw(workspace, "qualification", "uid")
    assert {k: v for k, v in core.items() if k not in ("id", "uid")} == {
        k: v for k, v in fast.items() if k not in ("id", "uid")
    }


def test_new_uids_are_random_version_4_uuids() -> None:
    uids = new_uids(500)
    assert len(set(uids)) == 500
    for value in uids:
        parsed = uuid.UUID(value)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == value


def test_collector_pause_restores_what_it_found() -> None:
    was = gc.isenabled()
    try:
        gc.enable()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled()
        gc.disable()  # the GUI's state (ui/gc_guard.py): never switched on behind its back
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()
