from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import UserError, ValidationFailed
from app.staff import records
from app.staff.form import QualificationInput, StaffInput
from app.staff.job_positions import MatchState
from app.staff.records import Gap, StaffFilter, filter_rows
from app.staff.service import StaffService
from app.workspace import Workspace
from db.enums import QualificationKind, Sex, StaffCategory, StaffStatus
from db.models import Qualification, Staff

TODAY = date(2026, 11, 23)


def person(name: str = "Nguyễn Thị Lan", **kw: object) -> StaffInput:
    values: dict[str, object] = {
        "full_name": name,
        "sex": Sex.FEMALE,
        "category": StaffCategory.CIVIL_SERVANT,
        "date_of_birth": date(1985, 1, 5),
    }
    values.update(kw)
    return StaffInput(**values)  # type: ignore[arg-type]


def test_create_stamps_sync_metadata_and_derived_fields(workspace: Workspace) -> None:
    service = StaffService(workspace.db)
    uid = service.create(
        person(
            job_position="Tư pháp - Hộ tịch",
            qualifications=[QualificationInput(QualificationKind.PROFESSIONAL, "dai_hoc", "Kế toán")],
        )
    )
    with workspace.db.reading() as s:
        staff = s.scalar(select(Staff).where(Staff.uid == uid))
        assert staff is not None
        assert len(staff.uid) == 36 and staff.owner_unit == "11311" and staff.revision == 1
        assert staff.change_seq > 0 and staff.updated_at.tzinfo is not None
        assert staff.retirement_date == date(2045, 1, 31)  # woman born 01/1985: 60 years (roadmap ends 05/1975)
        assert staff.qualification_mismatch  # a law post held with an accounting degree
        assert staff.qualifications[0].uid and staff.qualifications[0].owner_unit == "11311"


def test_update_raises_revision_and_sequence(workspace: Workspace) -> None:
    service = StaffService(workspace.db)
    uid = service.create(person())
    with workspace.db.reading() as s:
        before = s.scalar(select(Staff).where(Staff.uid == uid))
    assert before is not None
    service.update(
        uid,
        person(
            position="Chuyên viên",
            job_position="Tư pháp - Hộ tịch",
            qualifications=[QualificationInput(QualificationKind.PROFESSIONAL, "dai_hoc", "Luật")],
        ),
    )
    with workspace.db.reading() as s:
        after = s.scalar(select(Staff).where(Staff.uid == uid))
        assert after is not None
        assert after.revision == before.revision + 1 and after.change_seq > before.change_seq
        assert not after.qualification_mismatch


def test_removed_qualification_becomes_a_tombstone(workspace: Workspace) -> None:
    service = StaffService(workspace.db)
    uid = service.create(person(qualifications=[QualificationInput(QualificationKind.IT, "co_ban")]))
    service.update(uid, person(qualifications=[]))
    with workspace.db.reading() as s:
        rows = s.scalars(select(Qualification)).all()
        assert len(rows) == 1 and rows[0].deleted
    assert service.load(uid).qualifications == []


def test_duplicate_cccd_is_refused_and_changes_nothing(workspace: Workspace) -> None:
    service = StaffService(workspace.db)
    service.create(person(cccd="031185001234"))
    with pytest.raises(ValidationFailed) as info:
        service.create(person("Trần Văn Nam", sex=Sex.MALE, cccd="031185001234"))
    assert "Nguyễn Thị Lan" in info.value.field_errors["cccd"]
    assert len(service.rows(TODAY)) == 1


def test_list_rows_in_vietnamese_order_with_levels(workspace: Workspace) -> None:
    service = StaffService(workspace.db)
    for name in ("Trần Văn Bình", "Lê Thị Ánh", "Đặng Văn Anh"):
        service.create(
            person(
                name,
                qualifications=[
                    QualificationInput(QualificationKind.POLITICAL_THEORY, "so_cap"),
                    QualificationInput(QualificationKind.POLITICAL_THEORY, "trung_cap"),
                ],
            )
        )
    rows = service.rows(TODAY)
    assert [r.full_name for r in rows] == ["Đặng Văn Anh", "Lê Thị Ánh", "Trần Văn Bình"]
    assert {r.political_theory for r in rows} == {"trung_cap"}
    assert all(r.state_management is None for r in rows)


def test_filters(demo_workspace: Workspace) -> None:
    rows = StaffService(demo_workspace.db).rows(TODAY)
    on_books = filter_rows(rows, StaffFilter())
    assert 0 < len(on_books) < len(rows)  # the demo has people who left
    assert all(r.status.on_books for r in on_books)
    mismatched = filter_rows(rows, StaffFilter(gap=Gap.MISMATCH))
    assert mismatched and all(r.match == MatchState.MISMATCH for r in mismatched)
    no_pt = filter_rows(rows, StaffFilter(gap=Gap.NO_POLITICAL_THEORY))
    assert all(r.political_theory is None for r in no_pt)
    cadres = filter_rows(rows, StaffFilter(category=StaffCategory.CADRE))
    assert cadres and all(r.category == StaffCategory.CADRE for r in cadres)
    someone = on_books[0]
    found = filter_rows(rows, StaffFilter(search=someone.full_name.upper()))
    assert someone in found


def test_status_change_and_undo(workspace: Workspace) -> None:
    service = StaffService(workspace.db)
    uid = service.create(person())
    change = service.change_status(uid, StaffStatus.RETIRED, note="Nghỉ hưu trước tuổi")
    assert service.load(uid).status == StaffStatus.RETIRED
    assert not filter_rows(service.rows(TODAY), StaffFilter())
    service.undo_status_change(change)
    assert service.load(uid).status == StaffStatus.WORKING
    with workspace.db.reading() as s:
        history = records.status_history(s, uid)
    assert [(h.old_status, h.new_status) for h in history] == [("working", "retired"), ("retired", "working")]
    with pytest.raises(UserError):
        service.change_status(uid, StaffStatus.WORKING)


def test_undo_refused_after_a_later_change(workspace: Workspace) -> None:
    service = StaffService(workspace.db)
    uid = service.create(person())
    first = service.change_status(uid, StaffStatus.MOVED)
    service.change_status(uid, StaffStatus.WORKING)
    with pytest.raises(UserError, match="không thể hoàn tác"):
        service.undo_status_change(first)


def test_failed_transaction_changes_nothing(workspace: Workspace) -> None:
    service = StaffService(workspace.db)
    with pytest.raises(RuntimeError), workspace.db.transaction() as s:
        records.create_staff(s, person())
        raise RuntimeError("boom")
    assert service.rows(TODAY) == []
