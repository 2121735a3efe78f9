from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.courses.nominations import (
    ChecksNotAccepted,
    NominationEdit,
    change_status,
    get_nomination,
    grant_qualification,
    history,
    list_nominations,
    nominate,
    nomination_row,
    undo_status_change,
    update_nomination,
)
from app.decisions.service import draft_decision, issue_decision
from app.errors import UserError
from app.staff.records import get_staff
from app.workspace import Workspace
from db.enums import CourseType, DepartmentKind, NominationStatus, QualificationKind
from db.models import Qualification
from tests.unit.courses.conftest import TODAY, World

S = NominationStatus
PT = QualificationKind.POLITICAL_THEORY


def setup(world: World) -> tuple[str, str, str]:
    person = world.person("Lê Thị Học")
    world.person("Đồng Nghiệp", job="Văn phòng - Tổng hợp")  # someone stays at the office
    course = world.course(
        "Trung cấp lý luận chính trị",
        CourseType.POLITICAL_THEORY,
        grants_kind=PT,
        grants_level="trung_cap",
        organiser="Trường Chính trị",
        default_cost=6_000_000,
        funding_source="Ngân sách xã",
        requires_commitment=True,
    )
    klass = world.klass(course, TODAY + timedelta(days=10), TODAY + timedelta(days=100))
    return person, course, klass


def approved(world: World) -> tuple[str, str]:
    person, course, klass = setup(world)
    (n,) = nominate(world.s, course, klass, [person], today=TODAY, by="Văn thư")
    d = draft_decision(world.s, [n.uid])
    issue_decision(world.s, d.uid, issued_on=TODAY, by="Văn thư")
    return n.uid, person


def test_nominate_takes_the_course_terms_and_records_history(world: World) -> None:
    person, course, klass = setup(world)
    (n,) = nominate(world.s, course, klass, [person], today=TODAY, reasons={person: "Chưa có LLCT"}, by="Văn thư")
    assert n.status == S.PROPOSED and n.cost == 6_000_000 and n.funding_source == "Ngân sách xã"
    assert n.commitment is True and n.reason == "Chưa có LLCT"
    (entry,) = history(world.s, n.uid)
    assert entry.old_status is None and entry.new_status == S.PROPOSED and entry.changed_by == "Văn thư"
    assert entry.changed_at is not None and entry.effective_date == TODAY
    rows = list_nominations(world.s)
    assert [r.staff_name for r in rows] == ["Lê Thị Học"] and rows[0].class_label.startswith("L")


def test_warnings_must_be_accepted(world: World) -> None:
    lone = world.person("Một Mình", dept=DepartmentKind.CULTURE_SOCIETY, job="Nội vụ")
    course = world.course("Tập huấn")
    klass = world.klass(course, TODAY + timedelta(days=3), TODAY + timedelta(days=4))
    with pytest.raises(ChecksNotAccepted) as caught:
        nominate(world.s, course, klass, [lone], today=TODAY)
    assert caught.value.report.warnings and "Phòng Văn hóa - Xã hội" in str(caught.value)
    assert list_nominations(world.s) == []
    assert nominate(world.s, course, klass, [lone], today=TODAY, accept_warnings=True)[0].note.startswith(
        "Đã xem cảnh báo"
    )


def test_approval_only_through_a_decision(world: World) -> None:
    person, course, klass = setup(world)
    (n,) = nominate(world.s, course, klass, [person], today=TODAY)
    with pytest.raises(UserError, match="quyết định"):
        change_status(world.s, n.uid, S.APPROVED)
    with pytest.raises(UserError, match="không thể chuyển"):
        change_status(world.s, n.uid, S.STUDYING)


def test_full_flow_grants_the_qualification_once(world: World) -> None:
    uid, person = approved(world)
    assert get_nomination(world.s, uid).status == S.APPROVED
    change_status(world.s, uid, S.STUDYING, by="Văn thư")
    change_status(world.s, uid, S.COMPLETED, by="Văn thư")
    n = get_nomination(world.s, uid)
    assert n.completed_on == n.training_class.end_date  # type: ignore[union-attr]
    staff = get_staff(world.s, person)
    granted = [q for q in staff.qualifications if q.source == "course" and not q.deleted]
    assert len(granted) == 1 and granted[0].kind == PT and granted[0].level == "trung_cap"
    assert granted[0].source_ref == uid and granted[0].institution == "Trường Chính trị"
    # idempotent: the results grid may call it again with the certificate
    again = grant_qualification(world.s, n, certificate_no="LLCT-123")
    assert again is not None and again.id == granted[0].id and again.certificate_no == "LLCT-123"
    count = world.s.scalars(select(Qualification).where(Qualification.source_ref == uid)).all()
    assert len(count) == 1
    steps = [(h.old_status, h.new_status) for h in history(world.s, uid)]
    assert steps == [(None, S.PROPOSED), (S.PROPOSED, S.APPROVED), (S.APPROVED, S.STUDYING), (S.STUDYING, S.COMPLETED)]
    assert history(world.s, uid)[1].decision_text == "01/QĐ-UBND"


def test_undo_completion_takes_the_qualification_back(world: World) -> None:
    uid, person = approved(world)
    change_status(world.s, uid, S.STUDYING)
    change = change_status(world.s, uid, S.COMPLETED)
    undo_status_change(world.s, change.id, by="Văn thư")
    assert get_nomination(world.s, uid).status == S.STUDYING
    staff = get_staff(world.s, person)
    assert not [q for q in staff.qualifications if q.source == "course" and not q.deleted]
    with pytest.raises(UserError, match="đã thay đổi"):
        undo_status_change(world.s, change.id)


def test_not_completed_and_withdrawn(world: World) -> None:
    uid, person = approved(world)
    change_status(world.s, uid, S.STUDYING)
    change_status(world.s, uid, S.NOT_COMPLETED, note="Không dự thi")
    assert not [q for q in get_staff(world.s, person).qualifications if q.source == "course"]
    with pytest.raises(UserError):
        change_status(world.s, uid, S.COMPLETED)
    other, course, klass = world.person("Rút Lui"), *setup_course(world)
    (n,) = nominate(world.s, course, klass, [other], today=TODAY, accept_warnings=True)
    change_status(world.s, n.uid, S.WITHDRAWN, note="Bận công tác")
    change_status(world.s, n.uid, S.PROPOSED)
    assert get_nomination(world.s, n.uid).status == S.PROPOSED


def setup_course(world: World) -> tuple[str, str]:
    course = world.course("Tập huấn kỹ năng")
    return course, world.klass(course, TODAY + timedelta(days=40), TODAY + timedelta(days=41))


def test_class_changes_only_while_proposed(world: World) -> None:
    person, course, klass = setup(world)
    later = world.klass(course, TODAY + timedelta(days=200), TODAY + timedelta(days=290))
    (n,) = nominate(world.s, course, klass, [person], today=TODAY)
    edit = NominationEdit(later, 5_000_000, "Ngân sách tỉnh", True, 24, "Lý do", None)
    update_nomination(world.s, n.uid, edit, today=TODAY)
    n = get_nomination(world.s, n.uid)
    assert n.training_class is not None and n.training_class.uid == later and n.commitment_months == 24
    d = draft_decision(world.s, [n.uid])
    issue_decision(world.s, d.uid, issued_on=TODAY)
    edit.class_uid = klass
    with pytest.raises(UserError, match="quyết định sửa đổi"):
        update_nomination(world.s, n.uid, edit, today=TODAY)
    assert date(2026, 1, 1) < TODAY


def test_another_units_nomination_is_read_only(world: World) -> None:
    person, course, klass = setup(world)
    (n,) = nominate(world.s, course, klass, [person], today=TODAY)
    n.owner_unit = "11999"  # as if it came from another commune's bundle
    world.s.flush()
    with pytest.raises(UserError, match="thuộc đơn vị 11999"):
        change_status(world.s, n.uid, S.WITHDRAWN)
    with pytest.raises(UserError, match="thuộc đơn vị 11999"):
        draft_decision(world.s, [n.uid])


def test_every_hand_made_status_change(world: World) -> None:
    """Each pair of statuses: the allowed steps succeed and are recorded, the others are refused."""
    from app.courses.nominations import MANUAL_TRANSITIONS

    person, course, klass = setup(world)
    (n,) = nominate(world.s, course, klass, [person], today=TODAY)
    for old in S:
        for new in S:
            if new == old:
                continue
            n.status = old
            n.completed_on = None
            world.s.flush()
            if new in MANUAL_TRANSITIONS[old]:
                change = change_status(world.s, n.uid, new, by="Văn thư", note=f"{old}→{new}")
                assert (change.old_status, change.new_status, change.changed_by) == (old, new, "Văn thư")
                assert get_nomination(world.s, n.uid).status == new
            else:
                with pytest.raises(UserError):
                    change_status(world.s, n.uid, new)
                assert get_nomination(world.s, n.uid).status == old
    allowed = sum(len(v) for v in MANUAL_TRANSITIONS.values())
    assert len(history(world.s, n.uid)) == 1 + allowed


def test_listing_reads_in_a_few_queries_whatever_the_number_of_rows(demo_workspace: Workspace) -> None:
    """The Nominations page at a province (≈ 5,000 rows) was slow: every decision was read on its own
    with all its items (each pulling its nomination, person, course and class again). The list reads
    in a fixed handful of queries and shows the same as the one-by-one row."""
    from sqlalchemy import event

    engine = demo_workspace.db.engine
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    with demo_workspace.db.reading() as s:
        event.listen(engine, "before_cursor_execute", count)
        try:
            rows = list_nominations(s)
        finally:
            event.remove(engine, "before_cursor_execute", count)
        assert len(rows) > 50 and sum(1 for r in rows if r.decision_text) > 10
        assert any(r.professional for r in rows)
        assert len(statements) <= 8, statements
    for r in rows[:: max(1, len(rows) // 40)]:
        with demo_workspace.db.reading() as s:
            assert nomination_row(get_nomination(s, r.uid)) == r
