"""A class's sessions: made from a pattern (skipping holidays), stored, edited, removed; the class's
dates follow them; only the owner of the class changes them."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.classes.attendance import save_marks
from app.classes.sessions import (
    SessionDefaults,
    SessionInput,
    add_generated,
    add_session,
    list_sessions,
    parse_session_form,
    parse_time,
    remove_sessions,
    update_session,
)
from app.courses.catalogue import get_class
from app.courses.nominations import nominate
from app.errors import UserError, ValidationFailed
from app.scheduling.generate import SessionPattern, generate_sessions
from app.scheduling.sessions import SessionTime, TimeBlock
from db.enums import AttendanceStatus, DepartmentKind
from db.models import ClassSession
from tests.unit.courses.conftest import World

MON = date(2026, 11, 23)
CULTURE_DAY = date(2026, 11, 24)  # Ngày Văn hóa Việt Nam, a public holiday from 2026


def test_a_pattern_skips_the_holiday_and_the_weekend() -> None:
    made = generate_sessions(SessionPattern(MON, date(2026, 12, 1)))
    assert made.study_days == [date(2026, 11, 23), *[date(2026, 11, d) for d in (25, 26, 27, 30)], date(2026, 12, 1)]
    assert len(made.sessions) == 12 and made.sessions[0].label == "Sáng 23/11/2026"
    assert [d.day for d in made.skipped] == [CULTURE_DAY] and "Văn hóa" in made.skipped[0].name
    kept = generate_sessions(SessionPattern(MON, date(2026, 11, 25), skip_holidays=False))
    assert kept.study_days == [MON, CULTURE_DAY, date(2026, 11, 25)] and not kept.skipped


def test_a_number_of_study_days_explicit_times_and_weekends() -> None:
    made = generate_sessions(
        SessionPattern(
            date(2026, 11, 20),
            days=3,
            times=((time(8, 0), time(10, 0)), (time(14, 0), time(16, 30))),
            weekdays=frozenset({4, 5}),  # Fridays and Saturdays
        )
    )
    assert made.study_days == [date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 27)]
    assert made.weekend_days == (date(2026, 11, 21),)
    assert made.sessions[1].label == "20/11/2026 14:00–16:30" and made.sessions[1].block is None
    evening = generate_sessions(SessionPattern(MON, days=1, blocks=(TimeBlock.EVENING,)))
    assert [s.label for s in evening.sessions] == ["Tối 23/11/2026"]


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        (SessionPattern(MON), "ngày kết thúc hoặc số ngày"),
        (SessionPattern(MON, date(2026, 11, 1)), "trước ngày bắt đầu"),
        (SessionPattern(MON, days=2, blocks=()), "ít nhất một buổi"),
        (SessionPattern(MON, days=2, weekdays=frozenset()), "ít nhất một thứ"),
        (SessionPattern(MON, days=1, times=((time(9, 0), time(8, 0)),)), "phải sau"),
        (SessionPattern(MON, days=1, times=((time(8, 0), time(10, 0)), (time(9, 0), time(11, 0)))), "trùng giờ"),
        (SessionPattern(MON, date(2031, 1, 1)), "quá dài"),
    ],
)
def test_bad_patterns_say_why(pattern: SessionPattern, message: str) -> None:
    with pytest.raises(UserError, match=message):
        generate_sessions(pattern)


def test_times_and_the_session_form() -> None:
    assert parse_time("7h30") == time(7, 30) and parse_time("13.30") == time(13, 30) and parse_time("8") == time(8)
    with pytest.raises(UserError, match="không phải giờ"):
        parse_time("25:00")
    data = parse_session_form({"day": "24/11/2026", "block": "afternoon", "topic": "  Chuyên đề 1 "})
    assert (data.start, data.end, data.block, data.topic) == (
        time(13, 30),
        time(17),
        TimeBlock.AFTERNOON,
        "Chuyên đề 1",
    )
    own = parse_session_form({"day": "24/11/2026", "block": "", "start": "8:00", "end": "9:15"})
    assert own.block is None and own.time.label == "24/11/2026 08:00–09:15"
    with pytest.raises(ValidationFailed) as bad:
        parse_session_form({"day": "31/11/2026", "block": "", "start": "10:00", "end": "9:00"})
    assert set(bad.value.field_errors) == {"day", "end"}


def test_stored_sessions_belong_to_the_class_owner_and_move_its_dates(world: World) -> None:
    course = world.course("Tập huấn kỹ năng số")
    uid = world.klass(course, date(2026, 12, 1), date(2026, 12, 2))
    made = generate_sessions(SessionPattern(date(2026, 12, 3), days=2))
    added = add_generated(
        world.s, uid, made, defaults=SessionDefaults(room="Phòng 2", teacher="ThS. A"), unit_code="11311"
    )
    assert len(added.added) == 4
    rows = list_sessions(world.s, uid)
    assert [r.label for r in rows] == ["Sáng 03/12/2026", "Chiều 03/12/2026", "Sáng 04/12/2026", "Chiều 04/12/2026"]
    assert all(r.room == "Phòng 2" and r.teacher == "ThS. A" for r in rows)
    klass = get_class(world.s, uid)
    assert (klass.start_date, klass.end_date) == (date(2026, 12, 3), date(2026, 12, 4))
    stored = world.s.query(ClassSession).filter_by(class_id=klass.id).all()
    assert {s.owner_unit for s in stored} == {klass.owner_unit}
    # the same pattern again adds nothing; an overlapping session is refused
    again = add_generated(world.s, uid, made, unit_code="11311")
    assert again.added == [] and again.unchanged == 4
    with pytest.raises(UserError, match="trùng với buổi"):
        add_session(world.s, uid, SessionInput(date(2026, 12, 3), time(9), time(10)), unit_code="11311")
    # an evening session, then moved to another day: the class's dates follow
    extra = add_session(world.s, uid, SessionInput.of_block(date(2026, 12, 7), "evening"), unit_code="11311")
    assert get_class(world.s, uid).end_date == date(2026, 12, 7)
    update_session(world.s, extra.uid, SessionInput.of_block(date(2026, 12, 5), "evening"), unit_code="11311")
    assert get_class(world.s, uid).end_date == date(2026, 12, 5)


def test_a_year_typed_wrong_is_refused_not_taken_for_a_century_long_class(world: World) -> None:
    """The class's dates follow its sessions: 07/12/1926 for 07/12/2026 would make the class run 100
    years (in the calendar, the lists, the decisions). Refused with the date and the class's schedule."""
    course = world.course("Tập huấn kỹ năng số")
    uid = world.klass(course, date(2026, 12, 7), date(2026, 12, 8))
    with pytest.raises(UserError, match=r"07/12/1926 cách lịch hiện có của lớp \(07/12/2026 – 08/12/2026\)"):
        add_session(world.s, uid, SessionInput.of_block(date(1926, 12, 7), "morning"), unit_code="11311")
    first = add_session(world.s, uid, SessionInput.of_block(date(2026, 12, 7), "morning"), unit_code="11311")
    with pytest.raises(UserError, match="kiểm tra lại năm"):
        update_session(world.s, first.uid, SessionInput.of_block(date(2062, 12, 7), "morning"), unit_code="11311")
    with pytest.raises(UserError, match="quá 2 năm"):
        add_generated(world.s, uid, generate_sessions(SessionPattern(date(2036, 12, 1), days=2)), unit_code="11311")
    klass = get_class(world.s, uid)
    assert (klass.start_date, klass.end_date) == (date(2026, 12, 7), date(2026, 12, 7))
    # a long course's schedule (eight months) is fine
    add_session(world.s, uid, SessionInput.of_block(date(2027, 7, 30), "morning"), unit_code="11311")
    assert get_class(world.s, uid).end_date == date(2027, 7, 30)


def test_removing_sessions_takes_their_attendance_and_replacing_a_taken_schedule_is_refused(world: World) -> None:
    course = world.course("Tập huấn tiếp công dân")
    uid = world.klass(course, date(2026, 11, 16), date(2026, 11, 17))
    person = world.person("Nguyễn Văn An", dept=DepartmentKind.PUBLIC_SERVICE_CENTRE)
    nominate(world.s, course, uid, [person], accept_warnings=True)
    add_generated(
        world.s, uid, [SessionTime.of_block(date(2026, 11, 16), b) for b in ("morning", "afternoon")], unit_code="11311"
    )
    first, second = list_sessions(world.s, uid)
    save_marks(world.s, uid, {(person, first.uid): AttendanceStatus.PRESENT}, unit_code="11311")
    with pytest.raises(UserError, match="đã điểm danh 1 lượt"):
        add_generated(world.s, uid, generate_sessions(SessionPattern(MON, days=1)), replace=True, unit_code="11311")
    removed = remove_sessions(world.s, [first.uid], unit_code="11311")
    assert (removed.sessions, removed.marks) == (1, 1)
    assert [r.uid for r in list_sessions(world.s, uid)] == [second.uid]
    # now nothing is taken: the whole schedule may be replaced
    replaced = add_generated(
        world.s, uid, generate_sessions(SessionPattern(MON, days=1)), replace=True, unit_code="11311"
    )
    assert replaced.replaced == 1 and len(replaced.added) == 2


def test_only_the_owner_of_a_class_changes_its_sessions(world: World) -> None:
    course = world.course("Bồi dưỡng QLNN")
    uid = world.klass(course, date(2026, 12, 1), date(2026, 12, 2))
    get_class(world.s, uid).owner_unit = "31"  # the province's class, as received
    with pytest.raises(UserError, match="do đơn vị 31 quản lý"):
        add_generated(world.s, uid, generate_sessions(SessionPattern(MON, days=1)), unit_code="11311")
    made = add_generated(world.s, uid, generate_sessions(SessionPattern(MON, days=1)), unit_code="31")
    assert {s.owner_unit for s in world.s.query(ClassSession).filter(ClassSession.uid.in_(made.added))} == {"31"}
