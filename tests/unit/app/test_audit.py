"""The audit trail: every change to records, written by the session listener, read by app.audit."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert, select, update

from app.audit import AuditFilter, describe, export_entries, list_entries
from app.security.permissions import Actor, PermissionDenied, Role
from app.staff import records
from app.staff.form import QualificationInput, StaffInput
from app.staff.service import StaffService
from app.workspace import Workspace
from db.audit import AuditEntry
from db.enums import QualificationKind, Sex, StaffCategory, StaffStatus
from db.models import Department, Staff
from db.sync_meta import APPLYING_REMOTE, new_uid

MAI = StaffInput(
    full_name="Trần Thị Mai",
    sex=Sex.FEMALE,
    category=StaffCategory.CIVIL_SERVANT,
    date_of_birth=date(1990, 1, 5),
    cccd="031190001234",
    position="Công chức Văn phòng - Thống kê",
)


def entries(ws: Workspace, **kw: object) -> list:  # type: ignore[type-arg]
    with ws.db.reading() as s:
        return list_entries(s, AuditFilter(**kw))  # type: ignore[arg-type]


def test_create_update_and_status_change_are_recorded_with_before_and_after(workspace: Workspace) -> None:
    service = StaffService(workspace.db)
    workspace.set_actor(Actor("lan", "Đặng Thị Lan", Role.EDITOR, signed_in=True))
    uid = service.create(MAI)
    service.update(uid, StaffInput(**{**MAI.__dict__, "position": "Chủ tịch UBND", "phone": "0912345678"}))
    service.change_status(uid, StaffStatus.RETIRED, note="Nghỉ hưu theo chế độ")
    trail = entries(workspace, entity_uid=uid)
    assert [e.action for e in trail] == ["status", "update", "create"]  # newest first
    assert {e.user for e in trail} == {"lan"} and {e.unit for e in trail} == {"11311"}
    status, upd, create = trail
    assert create.label == "Trần Thị Mai" and create.changes["full_name"] == [None, "Trần Thị Mai"]
    assert create.changes["date_of_birth"] == [None, "1990-01-05"]
    assert upd.changes == {
        "position": ["Công chức Văn phòng - Thống kê", "Chủ tịch UBND"],
        "phone": [None, "0912345678"],
    }
    assert status.changes["status"] == ["working", "retired"]
    assert ("Trạng thái", "Đang công tác", "Nghỉ hưu") in describe(status)
    # book-keeping columns never show up as changes
    assert not {"revision", "updated_at", "change_seq", "search_text"} & set(upd.changes)
    # the status history row is audited too, as its own entity
    assert entries(workspace, entity="staff_status_change")[0].changes["new_status"] == [None, "retired"]


def test_related_rows_are_named_not_numbered(demo_workspace: Workspace) -> None:
    service = StaffService(demo_workspace.db)
    row = next(r for r in service.rows() if r.department_uid)
    other = next(d for d in service.departments() if d.uid != row.department_uid)
    record = service.load(row.uid)
    data = StaffInput(
        full_name=row.full_name,
        sex=row.sex,
        category=row.category,
        date_of_birth=row.date_of_birth,
        dob_precision=row.dob_precision,
        department_uid=other.uid,
        qualifications=[*record.qualifications, QualificationInput(kind=QualificationKind.IT, level="co_ban")],
    )
    service.update(row.uid, data)
    trail = entries(demo_workspace, date_from=date.today(), limit=20)
    staff_entry = next(e for e in trail if e.entity == "staff")
    assert staff_entry.changes["department_id"] == [row.department_name, other.name]
    qual = next(e for e in trail if e.entity == "qualification" and e.action == "create")
    assert qual.label == row.full_name  # a qualification is named by its owner
    described = describe(qual)
    assert ("Trình độ", "", "Ứng dụng CNTT cơ bản") in described
    assert ("Loại", "", "Tin học") in described and not any(f == "Người" for f, _b, _a in described)


def test_a_rolled_back_change_leaves_no_entry(workspace: Workspace) -> None:
    before = len(entries(workspace, limit=None))
    with pytest.raises(RuntimeError), workspace.db.transaction() as s:
        records.create_staff(s, MAI)
        raise RuntimeError("power cut")
    assert len(entries(workspace, limit=None)) == before


def test_personal_data_is_masked_in_descriptions_unless_asked(workspace: Workspace) -> None:
    uid = StaffService(workspace.db).create(MAI)
    create = entries(workspace, entity_uid=uid)[0]
    masked = {f: a for f, _b, a in describe(create)}
    full = {f: a for f, _b, a in describe(create, mask=False)}
    assert masked["Số CCCD"] == "********1234" and full["Số CCCD"] == "031190001234"
    assert masked["Ngày sinh"] == "**/**/1990" and full["Ngày sinh"] == "05/01/1990"


def test_sync_import_is_recorded_as_the_remote_units_change(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        s.info[APPLYING_REMOTE] = True
        s.add(
            Staff(
                uid=new_uid(),
                owner_unit="11314",
                revision=3,
                full_name="Lê Văn Bình",
                sex=Sex.MALE,
                category=StaffCategory.CADRE,
            )
        )
    entry = entries(workspace, entity="staff")[0]
    assert (entry.source, entry.unit, entry.user, entry.action) == ("sync", "11314", "", "create")
    assert entry.who == "Đơn vị 11314 (đồng bộ)"


def test_bulk_statements_are_recorded_too(workspace: Workspace) -> None:
    uid = new_uid()
    with workspace.db.transaction() as s:
        s.execute(
            insert(Department), [{"uid": uid, "name": "Phòng Thử nghiệm", "kind": "other", "owner_unit": "11311"}]
        )
    with workspace.db.transaction() as s:
        s.execute(update(Department).where(Department.uid == uid).values(name="Phòng Thí điểm"))
    trail = entries(workspace, entity_uid=uid)
    assert [e.action for e in trail] == ["update", "create"]
    assert trail[0].changes == {"name": ["Phòng Thử nghiệm", "Phòng Thí điểm"]}
    assert trail[1].label == "Phòng Thử nghiệm"


def test_filters_search_and_dates(workspace: Workspace) -> None:
    service = StaffService(workspace.db)
    service.create(MAI)
    workspace.set_actor(Actor("binh", "Bình", Role.EDITOR, signed_in=True))
    service.create(StaffInput(full_name="Đặng Văn Hùng", sex=Sex.MALE, category=StaffCategory.CADRE))
    assert [e.label for e in entries(workspace, search="dang hung")] == ["Đặng Văn Hùng"]
    assert {e.label for e in entries(workspace, user="binh", entity="staff")} == {"Đặng Văn Hùng"}
    assert entries(workspace, date_from=date.today(), action="create", entity="staff")
    assert entries(workspace, date_to=date(2000, 1, 1)) == []


def test_viewer_may_not_read_the_trail(workspace: Workspace) -> None:
    workspace.set_actor(Actor("xem", "Xem", Role.VIEWER, signed_in=True))
    with pytest.raises(PermissionDenied), workspace.db.reading() as s:
        list_entries(s)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_masks_personal_data(workspace: Workspace, tmp_path: Path, suffix: str) -> None:
    StaffService(workspace.db).create(MAI)
    out = tmp_path / f"nhat-ky{suffix}"
    with workspace.db.reading() as s:
        rows = list_entries(s, AuditFilter(entity="staff"))
        lines = export_entries(s, rows, out)
    if suffix == ".csv":
        with out.open(encoding="utf-8-sig", newline="") as f:
            table = list(csv.reader(f))
    else:
        table = [[c or "" for c in r] for r in load_workbook(out).active.iter_rows(values_only=True)]
    assert len(table) == lines + 1 and table[0][0] == "Thời điểm"
    cccd = next(r for r in table if r[6] == "Số CCCD")
    assert cccd[8] == "********1234" and "031190001234" not in str(table)
    assert all(r[4] == "Trần Thị Mai" for r in table[1:])


def test_the_trail_itself_is_never_audited(workspace: Workspace) -> None:
    StaffService(workspace.db).create(MAI)
    with workspace.db.reading() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.entity == "audit_entry")) is None


def test_every_table_and_column_reads_in_vietnamese() -> None:
    """The trail names every kind of record and every field a person may see change (book-keeping aside)."""
    from app.audit import ENTITY_LABELS, field_label
    from db.audit import NOISE
    from db.base import Base

    unlabelled = {
        f"{name}.{column.name}"
        for name, table in Base.metadata.tables.items()
        if name != "audit_entry"
        for column in table.columns
        if column.name not in NOISE and field_label(column.name, name) == column.name
    }
    assert unlabelled == set()
    assert set(Base.metadata.tables) - {"audit_entry"} <= set(ENTITY_LABELS)


def test_courses_nominations_decisions_ratings_and_targets_read_well(demo_workspace: Workspace) -> None:
    """A class's status reads "Đã kết thúc", not "finished"; a nomination's, a decision's, a rating's
    codes by their labels; each kind of record by its Vietnamese name."""
    from app.courses.catalogue import ClassInput
    from app.courses.service import CoursesService
    from db.enums import ClassStatus
    from db.models import TrainingClass

    courses = CoursesService(demo_workspace)
    own = next(c for c in courses.courses() if c.owner_unit == "11311")
    klass = courses.classes(own.uid)[0]
    courses.update_class(klass.uid, ClassInput(klass.name, code=klass.code, status=ClassStatus.FINISHED))
    with demo_workspace.db.reading() as s:
        assert s.scalars(select(TrainingClass.status).where(TrainingClass.uid == klass.uid)).one() == "finished"
        rows = list_entries(s, AuditFilter(entity="training_class", entity_uid=klass.uid))
        nominations = list_entries(s, AuditFilter(entity="nomination_status_change", limit=1000))
        decisions = list_entries(s, AuditFilter(entity="decision", limit=50))
        ratings = list_entries(s, AuditFilter(entity="quality_rating", limit=5))
        targets = list_entries(s, AuditFilter(entity="plan_target", limit=5))
    change = rows[0]
    assert change.entity_label == "Lớp học" and change.action == "status"
    assert ("Trạng thái", "Đang nhận cử học viên", "Đã kết thúc") in describe(change)
    statuses = {after for r in nominations for f, _b, after in describe(r) if f == "Trạng thái mới"}
    assert {"Đề xuất", "Đã có quyết định cử", "Hoàn thành", "Đang học"} <= statuses
    assert nominations[0].entity_label == "Lịch sử cử đi học"
    fields = {f: after for r in decisions for f, _b, after in describe(r)}
    assert fields["Trạng thái"] in {"Dự thảo", "Đã ban hành", "Đã hủy bỏ", "Đã được thay thế"}
    assert {"Trích yếu", "Hình thức ký", "Người ký"} <= set(fields)
    levels = {after for r in ratings for f, _b, after in describe(r) if f == "Mức xếp loại"}
    labels = {
        "Hoàn thành xuất sắc nhiệm vụ",
        "Hoàn thành tốt nhiệm vụ",
        "Hoàn thành nhiệm vụ",
        "Không hoàn thành nhiệm vụ",
    }
    assert levels and levels <= labels
    assert any(f == "Ngưỡng (%)" for r in targets for f, _b, _a in describe(r))


def test_references_the_writer_recorded_as_numbers_are_named_when_read(demo_workspace: Workspace) -> None:
    """A nomination, a decision or a review has no name of its own: its references were stored as ids
    ("Quyết định: 12" read like decision number 12). Reading names them and labels the entry."""
    from db.models import Decision

    with demo_workspace.db.reading() as s:
        history = list_entries(s, AuditFilter(entity="nomination_status_change", limit=300))
        reviews = list_entries(s, AuditFilter(entity="training_review", limit=20))
        decisions = list_entries(s, AuditFilter(entity="decision", limit=20))
        numbers = {
            f"số {d.number:02d}/{d.symbol} năm {d.year}"
            for d in s.scalars(select(Decision).where(Decision.number.is_not(None)))
        }
    assert history and reviews and decisions and numbers
    for row in [*history, *reviews]:
        assert row.label, row
        for field in ("nomination_id", "decision_id"):
            assert not any(isinstance(v, int) for v in row.changes.get(field, [])), (field, row.changes)
    review = reviews[0]
    learner = {f: a for f, _b, a in describe(review)}["Khóa học được đánh giá"]
    assert review.label == learner and " — " in learner  # "Nguyễn Văn An — Tập huấn …"
    assert any(row.label in numbers for row in decisions)
    assert any(a in numbers for row in history for f, _b, a in describe(row) if f == "Quyết định")


def test_moments_and_book_keeping_read_as_a_person_reads_them() -> None:
    """A sync link's "last sent" is a moment (local dd/mm/yyyy HH:MM, like the "Thời điểm" column), and
    what it acknowledged is JSON book-keeping: its size, not "[[0, 1, '2026-11-23T15:45:57Z']]"."""
    from datetime import UTC, datetime

    from app.audit import value_text

    moment = datetime(2026, 11, 23, 15, 45, 46, tzinfo=UTC)
    local = moment.astimezone().strftime("%d/%m/%Y %H:%M")
    assert value_text("last_sent_at", moment.isoformat(), mask=False) == local
    assert value_text("last_sent_at", "2026-11-23T15:45:46Z", mask=False) == local
    assert value_text("received", [[0, 1, "2026-11-23T15:45:57Z"]], mask=False) == "1 mục"
    assert value_text("received", [], mask=False) == ""
    from app.audit import AuditRow, summary

    row = AuditRow(1, moment, "lan", "11311", "local", "create", "sync_link", None, None, "", {"received": [None, []]})
    assert summary(row) == ""  # an empty value created empty says nothing
    assert value_text("birth", "2026-11-23", mask=False) == "23/11/2026"
