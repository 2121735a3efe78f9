"""Results of a class: entering them, what follows for the nominations and the person's record, who may
enter them, closing a class, certificates and their validity."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.courses.catalogue import ClassInput, get_class, update_class
from app.courses.nominations import get_nomination
from app.errors import UserError, ValidationFailed
from app.results.results import (
    ResultEntry,
    apply_received_results,
    certificate_validity,
    class_sheet,
    close_class,
    grade_for,
    list_result_classes,
    load_completions,
    parse_result,
    save_results,
    validity_from,
)
from db.enums import ClassStatus, CourseType, NominationStatus, QualificationKind, ResultCode
from db.models import Qualification, TrainingClass, TrainingResult
from db.sync_meta import UNIT_CODE
from tests.unit.courses.conftest import World
from tests.unit.results.conftest import TODAY, send

R = ResultCode
NS = NominationStatus


def _class(world: World, *, validity: int | None = None, start: date = date(2026, 10, 5)) -> tuple[str, str]:
    course = world.course(
        "Bồi dưỡng quản lý nhà nước chương trình chuyên viên",
        CourseType.STATE_MANAGEMENT,
        grants_kind=QualificationKind.STATE_MANAGEMENT,
        grants_level="chuyen_vien",
        certificate_valid_months=validity,
        organiser="Học viện Hành chính",
    )
    klass = world.klass(course, start, date(2026, 10, 30))
    return course, klass


def _quals(world: World, key: str) -> list[Qualification]:
    return [
        q
        for q in world.s.scalars(select(Qualification).where(Qualification.deleted.is_(False)))
        if q.staff.uid == world.people[key] and q.source == "course"
    ]


def test_a_pass_completes_the_nomination_and_adds_the_qualification(world: World) -> None:
    for k in ("An", "Bình", "Chi"):
        world.person(k)
    course, klass = _class(world, validity=24)
    a, b, c = send(world, course, klass, ["An", "Bình", "Chi"], on=date(2026, 9, 1))
    sheet = class_sheet(world.s, klass)
    assert [r.result for r in sheet.rows] == [R.PENDING] * 3 and sheet.editable
    summary = save_results(
        world.s,
        klass,
        [
            ResultEntry(a, R.PASSED, score=8.5, certificate_no="QLNN/0001", certificate_date=date(2026, 11, 5)),
            ResultEntry(b, R.FAILED, score=4.0),
            ResultEntry(c, R.ABSENT, note="Ốm"),
        ],
        today=TODAY,
    )
    assert summary.saved == 3 and summary.completed == ["An"] and summary.qualifications == 1
    n = get_nomination(world.s, a)
    assert n.status == NS.COMPLETED and n.completed_on == date(2026, 11, 5)
    (q,) = _quals(world, "An")
    assert (q.kind, q.level, q.certificate_no, q.issued_on) == (
        "state_management",
        "chuyen_vien",
        "QLNN/0001",
        date(2026, 11, 5),
    )
    assert q.valid_until == date(2028, 11, 4)  # 24 months from the date of issue
    assert get_nomination(world.s, b).status == NS.NOT_COMPLETED and not _quals(world, "Bình")
    assert get_nomination(world.s, c).status == NS.NOT_COMPLETED
    rows = {r.full_name: r for r in class_sheet(world.s, klass).rows}
    assert rows["An"].grade == "Giỏi" and rows["An"].stored and rows["Bình"].grade == "Không đạt"
    # saving the same again changes nothing and grants nothing twice
    again = save_results(
        world.s,
        klass,
        [
            ResultEntry(
                a,
                R.PASSED,
                score=8.5,
                grade="Giỏi",
                certificate_no="QLNN/0001",
                certificate_date=date(2026, 11, 5),
                valid_until=date(2028, 11, 4),
            )
        ],
        today=TODAY,
    )
    assert again.saved == 0 and len(_quals(world, "An")) == 1
    # a corrected result takes the qualification back; back to pending: studying again
    save_results(world.s, klass, [ResultEntry(a, R.FAILED, score=4.5)], today=TODAY)
    assert get_nomination(world.s, a).status == NS.NOT_COMPLETED and not _quals(world, "An")
    save_results(world.s, klass, [ResultEntry(a, R.PENDING)], today=TODAY)
    assert get_nomination(world.s, a).status == NS.STUDYING
    save_results(world.s, klass, [ResultEntry(a, R.PASSED, certificate_no="QLNN/0009")], today=TODAY)
    (q,) = _quals(world, "An")
    assert q.certificate_no == "QLNN/0009" and get_nomination(world.s, a).completed_on == date(2026, 10, 30)


def test_bad_results_are_refused_whole_naming_the_learner(world: World) -> None:
    world.person("An")
    world.person("Bình")
    course, klass = _class(world)
    a, b = send(world, course, klass, ["An", "Bình"], on=date(2026, 9, 1))
    with pytest.raises(ValidationFailed) as err:
        save_results(
            world.s,
            klass,
            [
                ResultEntry(a, R.PASSED, score=11),
                ResultEntry(b, R.FAILED, certificate_no="X1"),
            ],
            today=TODAY,
        )
    text = str(err.value)
    assert "An: điểm phải từ 0 đến 10" in text and "Bình: chỉ người đạt mới có chứng chỉ" in text
    assert world.s.scalar(select(TrainingResult.id)) is None
    with pytest.raises(ValidationFailed, match=r"ngày cấp chứng chỉ .* trước ngày lớp bắt đầu"):
        save_results(world.s, klass, [ResultEntry(a, R.PASSED, certificate_date=date(2026, 1, 1))], today=TODAY)
    with pytest.raises(ValidationFailed, match="phải sau ngày cấp"):
        save_results(
            world.s,
            klass,
            [ResultEntry(a, R.PASSED, certificate_date=date(2026, 11, 1), valid_until=date(2026, 10, 1))],
            today=TODAY,
        )
    # a class still to start has no results yet; a withdrawal may be recorded
    later = world.klass(course, date(2027, 1, 10), date(2027, 1, 20))
    world.person("Chi")
    (c,) = send(world, course, later, ["Chi"], on=date(2026, 11, 1))
    with pytest.raises(ValidationFailed, match="lớp chưa bắt đầu"):
        save_results(world.s, later, [ResultEntry(c, R.PASSED)], today=TODAY)
    save_results(world.s, later, [ResultEntry(c, R.WITHDRAWN, note="Bận công tác")], today=TODAY)
    assert get_nomination(world.s, c).status == NS.WITHDRAWN
    # a learner of another class
    with pytest.raises(ValidationFailed, match="không học lớp"):
        save_results(world.s, klass, [ResultEntry(c, R.PASSED)], today=TODAY)


def test_proposals_without_a_decision_are_not_on_the_roll(world: World) -> None:
    from app.courses.nominations import nominate

    world.person("An")
    world.person("Bình")
    course, klass = _class(world)
    send(world, course, klass, ["An"], on=date(2026, 9, 1))
    (proposed,) = nominate(world.s, course, klass, [world.people["Bình"]], accept_warnings=True, today=TODAY)
    assert [r.full_name for r in class_sheet(world.s, klass).rows] == ["An"]
    with pytest.raises(ValidationFailed, match="chưa có quyết định cử"):
        save_results(world.s, klass, [ResultEntry(proposed.uid, R.PASSED)], today=TODAY)


def test_a_class_closes_only_when_no_result_is_pending(world: World) -> None:
    for k in ("An", "Bình"):
        world.person(k)
    course, klass = _class(world)
    a, b = send(world, course, klass, ["An", "Bình"], on=date(2026, 9, 1))
    with pytest.raises(UserError, match=r"còn 2 học viên chưa có kết quả \(An, Bình\)"):
        close_class(world.s, klass)
    k = get_class(world.s, klass)
    data = ClassInput(
        name=k.name, code=k.code, start_date=k.start_date, end_date=k.end_date, status=ClassStatus.FINISHED
    )
    with pytest.raises(UserError, match="chưa có kết quả"):  # the class dialog goes through the same rule
        update_class(world.s, klass, data, unit_code=None)
    save_results(world.s, klass, [ResultEntry(a, R.PASSED)], today=TODAY)
    with pytest.raises(UserError, match=r"còn 1 học viên chưa có kết quả \(Bình\)"):
        close_class(world.s, klass)
    save_results(world.s, klass, [ResultEntry(b, R.WITHDRAWN)], today=TODAY)
    assert close_class(world.s, klass).status == ClassStatus.FINISHED
    info = next(c for c in list_result_classes(world.s, today=TODAY) if c.uid == klass)
    assert (info.learners, info.passed, info.pending) == (2, 1, 0)


def test_completed_by_hand_counts_as_passed_without_a_result(world: World) -> None:
    from app.courses.nominations import change_status

    world.person("An")
    course, klass = _class(world)
    (a,) = send(world, course, klass, ["An"], on=date(2026, 9, 1))
    change_status(world.s, a, NS.STUDYING)
    change_status(world.s, a, NS.COMPLETED)
    (row,) = class_sheet(world.s, klass).rows
    assert row.result == R.PASSED and not row.stored
    close_class(world.s, klass)  # nothing pending
    (done,) = load_completions(world.s)
    assert done.day == date(2026, 10, 30) and done.course_type == CourseType.STATE_MANAGEMENT


def test_results_belong_to_the_unit_that_runs_the_class(world: World) -> None:
    """A province's class: the commune reads its results but does not enter them; when the province's
    result arrives, the commune's nomination and the person's record follow."""
    world.person("An")
    world.s.info[UNIT_CODE] = "11311"
    course, klass = _class(world)
    (a,) = send(world, course, klass, ["An"], on=date(2026, 9, 1))
    k = world.s.scalar(select(TrainingClass).where(TrainingClass.uid == klass))
    assert k is not None
    k.owner_unit = "31"  # the province runs it
    world.s.flush()
    assert not class_sheet(world.s, klass).editable
    with pytest.raises(UserError, match="do đơn vị 31 quản lý"):
        save_results(world.s, klass, [ResultEntry(a, R.PASSED)], today=TODAY)
    with pytest.raises(UserError, match="do đơn vị 31 quản lý"):
        close_class(world.s, klass)
    n = get_nomination(world.s, a)
    world.s.add(
        TrainingResult(
            nomination=n,
            class_id=k.id,
            owner_unit="31",
            result=R.PASSED,
            score=9.0,
            certificate_no="HV-77",
            certificate_date=date(2026, 11, 2),
        )
    )
    world.s.flush()
    passed = [c for c in load_completions(world.s) if c.nomination_id == n.id]
    assert passed and passed[0].day == date(2026, 11, 2)  # counts before the nomination follows
    assert apply_received_results(world.s) == 1
    assert n.status == NS.COMPLETED and n.completed_on == date(2026, 11, 2)
    assert [q.certificate_no for q in _quals(world, "An")] == ["HV-77"]
    assert apply_received_results(world.s) == 0  # idempotent


def test_validity_and_the_certificates_list(world: World) -> None:
    from app.staff.form import QualificationInput

    assert validity_from(date(2024, 11, 19), 24) == date(2026, 11, 18)
    assert validity_from(date(2024, 1, 31), 1) == date(2024, 2, 28)  # the day before 29/02
    assert validity_from(date(2024, 1, 31), None) is None
    old = QualificationInput(
        QualificationKind.OTHER, "chung_nhan", "Kỹ năng số", year=2023, valid_until=date(2025, 11, 1)
    )
    new = QualificationInput(
        QualificationKind.OTHER, "chung_nhan", "Kỹ năng số", year=2025, valid_until=date(2027, 11, 1)
    )
    soon = QualificationInput(
        QualificationKind.OTHER, "chung_nhan", "An toàn thông tin", valid_until=date(2026, 12, 20)
    )
    gone = QualificationInput(QualificationKind.OTHER, "chung_nhan", "Hộ tịch", valid_until=date(2026, 3, 1))
    world.person("Renewed", extra=[old, new])
    world.person("Soon", extra=[soon])
    world.person("Gone", extra=[gone])
    rows = certificate_validity(world.s, today=TODAY, within_days=90)
    assert [(r.full_name, r.days_left) for r in rows] == [("Gone", -267), ("Soon", 27)]
    assert rows[0].state_label == "Đã hết hạn 267 ngày" and rows[1].state_label == "Còn 27 ngày"
    assert [r.full_name for r in certificate_validity(world.s, today=TODAY, within_days=90, include_expired=False)] == [
        "Soon"
    ]
    everything = certificate_validity(world.s, today=TODAY, within_days=None)
    assert {r.full_name for r in everything} == {"Renewed", "Soon", "Gone"}  # the renewed one, once


def test_typing_words_for_results_and_grades() -> None:
    assert parse_result("đạt") == R.PASSED and parse_result("Khong dat") == R.FAILED
    assert parse_result("v") == R.ABSENT and parse_result("Rút") == R.WITHDRAWN and parse_result("") == R.PENDING
    with pytest.raises(UserError, match="không phải kết quả"):
        parse_result("giỏi lắm")
    assert [grade_for(x) for x in (9.5, 8, 7, 5, 4.9, None)] == [
        "Xuất sắc",
        "Giỏi",
        "Khá",
        "Trung bình",
        "Không đạt",
        None,
    ]


def test_the_audit_trail_reads_results_in_words(world: World) -> None:
    from app.audit import ENTITY_LABELS, value_text
    from app.results.results import RESULT_LABELS

    assert ENTITY_LABELS["training_result"] == "Kết quả học tập"
    assert all(
        value_text("result", code.value, mask=False, entity="training_result") == label
        for code, label in RESULT_LABELS.items()
    )
    assert value_text("overall", "effective", mask=False, entity="training_review") == "Có hiệu quả"


def test_a_viewer_may_read_results_but_not_enter_them(world: World) -> None:
    from app.security.permissions import CURRENT_ACTOR, Actor, PermissionDenied, Role

    world.person("An")
    course, klass = _class(world)
    (a,) = send(world, course, klass, ["An"], on=date(2026, 9, 1))
    world.s.info[CURRENT_ACTOR] = Actor("xem", "Người xem", Role.VIEWER, signed_in=True)
    try:
        assert class_sheet(world.s, klass).rows  # reading is allowed
        with pytest.raises(PermissionDenied, match="không có quyền thêm, sửa dữ liệu"):
            save_results(world.s, klass, [ResultEntry(a, R.PASSED)], today=TODAY)
        with pytest.raises(PermissionDenied):
            close_class(world.s, klass)
    finally:
        world.s.info.pop(CURRENT_ACTOR)


def test_a_pass_below_the_attendance_minimum_needs_its_reason(world: World) -> None:
    """The completion rule of the classes area applies to a pass in the grid: below the minimum share of
    sessions the result is refused unless the note says why; the nomination's history keeps it."""
    from app.classes.attendance import save_marks, set_min_attendance
    from app.classes.sessions import add_generated, list_sessions
    from app.courses.nominations import history
    from app.scheduling.sessions import SessionTime
    from db.enums import AttendanceStatus as A

    for k in ("An", "Bình"):
        world.person(k)
    course, klass = _class(world)
    a, b = send(world, course, klass, ["An", "Bình"], on=date(2026, 9, 1))
    days = (date(2026, 10, 5), date(2026, 10, 6))
    add_generated(world.s, klass, [SessionTime.of_block(d, "morning") for d in days], unit_code=None)
    sessions = [s.uid for s in list_sessions(world.s, klass)]
    an, binh = world.people["An"], world.people["Bình"]
    marks = {(an, sessions[0]): A.PRESENT, (an, sessions[1]): A.ABSENT}
    marks |= {(binh, s): A.PRESENT for s in sessions}
    save_marks(world.s, klass, marks, unit_code=None)
    set_min_attendance(world.s, 0.8)
    sheet = {r.full_name: r for r in class_sheet(world.s, klass).rows}
    assert sheet["An"].attendance is not None and sheet["An"].attendance.share == 0.5
    assert not sheet["An"].attendance.meets and sheet["Bình"].attendance.meets  # type: ignore[union-attr]
    with pytest.raises(ValidationFailed, match=r"An: dự 1/2 buổi \(50%\) — dưới mức tối thiểu"):
        save_results(world.s, klass, [ResultEntry(a, R.PASSED), ResultEntry(b, R.PASSED)], today=TODAY)
    assert get_nomination(world.s, b).status != NS.COMPLETED  # nothing written
    save_results(
        world.s,
        klass,
        [ResultEntry(a, R.PASSED, note="Ốm có giấy, đã học bù"), ResultEntry(b, R.PASSED)],
        today=TODAY,
    )
    assert get_nomination(world.s, a).status == NS.COMPLETED
    assert "dưới mức tối thiểu 80%: Ốm có giấy, đã học bù" in (history(world.s, a)[-1].note or "")
