"""Conflicts and the calendar over the database: the people, classes and departments as stored, the
unit's own coverage rule (the same one the nomination checks apply)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from app.classes.schedule import (
    CalendarFilter,
    calendar_view,
    classes_overview,
    find_class,
    load_schedule,
    month_range,
    schedule_conflicts,
    week_range,
)
from app.classes.sessions import add_generated
from app.courses.checks import CheckKind, run_checks
from app.courses.coverage import set_department_coverage
from app.courses.nominations import change_status, nominate
from app.errors import UserError
from app.scheduling.conflicts import ConflictKind
from app.scheduling.sessions import SessionTime
from app.workspace import Workspace
from db.enums import ClassStatus, DepartmentKind, NominationStatus
from tests.conftest import TODAY
from tests.unit.courses.conftest import World

K = ConflictKind
MON, TUE, SAT = date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 5)
NEW_YEAR = date(2027, 1, 1)


@dataclass
class Schedule:
    courses: dict[str, str]
    classes: dict[str, str]
    people: dict[str, str]


def _sessions(world: World, uid: str, *slots: tuple[date, str]) -> None:
    add_generated(world.s, uid, [SessionTime.of_block(d, b) for d, b in slots], unit_code="11311")


@pytest.fixture
def schedule(world: World) -> Schedule:
    centre, office = DepartmentKind.PUBLIC_SERVICE_CENTRE, DepartmentKind.OFFICE
    people = {
        "an": world.person("Nguyễn Văn An", dept=centre, job="Một cửa"),
        "binh": world.person("Trần Thị Bình", dept=centre, job="Một cửa"),
        "cuong": world.person("Lê Văn Cường", dept=centre, job="Tư pháp - Hộ tịch"),
        "dung": world.person("Phạm Thị Dung", dept=centre, job="Địa chính"),
        "em": world.person("Hoàng Văn Em", dept=office, job="Văn phòng"),
        "giang": world.person("Đặng Thị Giang", dept=office, job="Văn phòng"),
        "hai": world.person("Vũ Văn Hải", dept=office, job="Văn phòng"),
    }
    skills = world.course("Tập huấn kỹ năng tiếp công dân")
    digital = world.course("Tập huấn kỹ năng số", code="KNS")
    classes = {
        "A": world.klass(skills, MON, MON, capacity=3),
        "B": world.klass(digital, MON, TUE),
        "C": world.klass(skills, SAT, SAT),
        "D": world.klass(digital, NEW_YEAR, NEW_YEAR),
        "E": world.klass(digital, MON, MON),
    }
    _sessions(world, classes["A"], (MON, "morning"), (MON, "afternoon"))
    _sessions(world, classes["B"], (MON, "afternoon"), (TUE, "morning"))
    _sessions(world, classes["C"], (SAT, "morning"))
    _sessions(world, classes["D"], (NEW_YEAR, "morning"))
    _sessions(world, classes["E"], (MON, "morning"))
    p = people
    nominate(world.s, skills, classes["A"], [p["an"], p["binh"], p["cuong"], p["dung"]], accept_warnings=True)
    nominate(world.s, digital, classes["B"], [p["an"]], accept_warnings=True)
    (gone,) = nominate(world.s, digital, classes["B"], [p["hai"]], accept_warnings=True)
    change_status(world.s, gone.uid, NominationStatus.WITHDRAWN)  # a withdrawn person leaves the class
    nominate(world.s, skills, classes["C"], [p["em"]], accept_warnings=True)
    nominate(world.s, digital, classes["D"], [p["giang"]], accept_warnings=True)
    from app.courses.catalogue import get_class

    get_class(world.s, classes["E"]).status = ClassStatus.CANCELLED  # a cancelled class takes nobody away
    world.s.flush()
    return Schedule({"skills": skills, "digital": digital}, classes, people)


def test_every_kind_of_conflict_is_found_and_named(world: World, schedule: Schedule) -> None:
    found = schedule_conflicts(world.s)
    assert [c.kind for c in found] == [K.PERSON_OVERLAP, K.OVER_CAPACITY, K.COVERAGE, K.WEEKEND, K.PUBLIC_HOLIDAY]
    overlap, capacity, coverage, weekend, holiday = found
    cls, ppl = schedule.classes, schedule.people
    assert set(overlap.class_uids) == {cls["A"], cls["B"]} and overlap.person_uids == (ppl["an"],)
    assert overlap.message.startswith("Nguyễn Văn An học cùng lúc hai lớp") and "Chiều 30/11/2026" in overlap.message
    assert capacity.class_uids == (cls["A"],) and "4 học viên, vượt sĩ số tối đa 3" in capacity.message
    assert coverage.department is not None and coverage.department[1] == "Trung tâm Phục vụ hành chính công"
    assert coverage.dates == (MON,) and set(coverage.person_uids) == {ppl[k] for k in ("an", "binh", "cuong", "dung")}
    assert "chỉ còn 0/4 người làm việc" in coverage.message and "tiếp công dân" in coverage.message
    assert weekend.class_uids == (cls["C"],) and weekend.dates == (SAT,)
    assert holiday.class_uids == (cls["D"],) and "Tết Dương lịch" in holiday.message
    data = overlap.as_json()
    assert set(data) == {"kind", "label", "message", "dates", "classes", "people", "department", "details"}
    assert data["people"] == [{"uid": ppl["an"], "name": "Nguyễn Văn An"}] and data["dates"] == ["2026-11-30"]
    # a range, and kinds
    assert [c.kind for c in schedule_conflicts(world.s, start=date(2026, 12, 2))] == [K.WEEKEND, K.PUBLIC_HOLIDAY]
    assert [c.kind for c in schedule_conflicts(world.s, kinds=[K.COVERAGE])] == [K.COVERAGE]


def test_one_rule_for_the_nominations_and_the_calendar(world: World, schedule: Schedule) -> None:
    """The department's settings decide both: the nomination checks and the day's conflicts agree."""
    ppl = schedule.people
    centre = world.depts[DepartmentKind.PUBLIC_SERVICE_CENTRE]
    away = [ppl[k] for k in ("an", "binh", "cuong")]
    checks = run_checks(world.s, schedule.courses["skills"], None, away, today=TODAY)
    assert any(i.kind == CheckKind.COVERAGE for i in checks.issues)
    set_department_coverage(world.s, centre, min_ratio=0.25, min_per_position=0, receives_citizens=True)
    checks = run_checks(world.s, schedule.courses["skills"], None, away, today=TODAY)
    assert not any(i.kind == CheckKind.COVERAGE for i in checks.issues)  # 1 of 4 stays: enough for 25%
    coverage = [c for c in schedule_conflicts(world.s) if c.kind == K.COVERAGE]
    assert len(coverage) == 1 and "cần ít nhất 1/4 người ở lại (25%)" in coverage[0].message  # all 4 away
    set_department_coverage(world.s, centre, min_ratio=0.0, min_per_position=0, receives_citizens=True)
    (coverage,) = [c for c in schedule_conflicts(world.s) if c.kind == K.COVERAGE]
    assert "cần ít nhất 1/4 người ở lại (tiếp công dân)" in coverage.message  # someone receives citizens
    set_department_coverage(world.s, centre, min_ratio=0.0, min_per_position=0, receives_citizens=False)
    assert not [c for c in schedule_conflicts(world.s) if c.kind == K.COVERAGE]


def test_a_class_on_several_days_is_one_coverage_problem(world: World) -> None:
    office = DepartmentKind.OFFICE
    a = world.person("Nguyễn Văn A", dept=office, job="Văn thư")
    world.person("Trần Văn B", dept=office, job="Văn phòng")
    course = world.course("Bồi dưỡng QLNN")
    uid = world.klass(course, MON, date(2026, 12, 4))
    _sessions(world, uid, *[(date(2026, 11, 30 + i) if i == 0 else date(2026, 12, i), "morning") for i in range(5)])
    nominate(world.s, course, uid, [a], accept_warnings=True)
    (conflict,) = [c for c in schedule_conflicts(world.s) if c.kind == K.COVERAGE]
    assert len(conflict.dates) == 5 and conflict.dates_text == "30/11/2026 – 04/12/2026"
    assert conflict.message.startswith("Từ Thứ Hai 30/11/2026 đến Thứ Sáu 04/12/2026 (5 ngày học): ")
    assert "vị trí “Văn thư” không còn ai làm việc" in conflict.message


def test_the_calendar_filters_by_course_department_and_person(world: World, schedule: Schedule) -> None:
    start, end = month_range(2026, 12)
    assert (start, end) == (MON, date(2027, 1, 10)) and week_range(date(2026, 12, 3)) == (MON, date(2026, 12, 6))
    every = calendar_view(world.s, start, end)
    cls, ppl = schedule.classes, schedule.people
    assert {e.klass.uid for e in every.entries} == {cls["A"], cls["B"], cls["C"], cls["D"]}  # E is cancelled
    assert [(e.block_label, e.klass.uid) for e in every.on(MON)] == [
        ("Sáng", cls["A"]),
        ("Chiều", cls["A"]),
        ("Chiều", cls["B"]),
    ]
    assert every.days_off[SAT].kind == "weekend" and "Tết Dương lịch" in every.days_off[NEW_YEAR].name
    assert {c.kind for c in every.conflicts_on(MON)} == {K.PERSON_OVERLAP, K.OVER_CAPACITY, K.COVERAGE}
    assert every.conflict_days == {MON, SAT, NEW_YEAR}
    a_entry = every.on(MON)[0]
    assert a_entry.learners == 4 and K.OVER_CAPACITY in a_entry.conflict_kinds
    by_course = calendar_view(world.s, start, end, CalendarFilter(course_uid=schedule.courses["digital"]))
    assert {e.klass.uid for e in by_course.entries} == {cls["B"], cls["D"]}
    office = world.depts[DepartmentKind.OFFICE]
    by_dept = calendar_view(world.s, start, end, CalendarFilter(department_uid=office))
    assert {e.klass.uid for e in by_dept.entries} == {cls["C"], cls["D"]}
    assert {c.kind for c in by_dept.conflicts} == {K.WEEKEND, K.PUBLIC_HOLIDAY}
    mine = calendar_view(world.s, start, end, CalendarFilter(staff_uid=ppl["an"]))
    assert {e.klass.uid for e in mine.entries} == {cls["A"], cls["B"]} and all(
        e.shown_learners == 1 for e in mine.entries
    )
    assert {c.kind for c in mine.conflicts} == {K.PERSON_OVERLAP, K.OVER_CAPACITY, K.COVERAGE}
    assert calendar_view(world.s, start, end, CalendarFilter(staff_uid=ppl["hai"])).entries == ()  # withdrew


def test_the_classes_list_counts_sessions_and_open_conflicts(world: World, schedule: Schedule) -> None:
    rows = {r.uid: r for r in classes_overview(world.s, today=TODAY)}
    cls = schedule.classes
    assert rows[cls["A"]].sessions == 2 and len(rows[cls["A"]].conflicts) == 3
    assert rows[cls["E"]].info.status == ClassStatus.CANCELLED and not rows[cls["E"]].conflicts
    later = {r.uid: r for r in classes_overview(world.s, today=date(2026, 12, 10))}
    assert not later[cls["A"]].conflicts and len(later[cls["D"]].conflicts) == 1
    mine = classes_overview(world.s, CalendarFilter(staff_uid=schedule.people["em"]), today=TODAY)
    assert [r.uid for r in mine] == [cls["C"]]
    data = load_schedule(world.s)
    assert set(data.roster[cls["B"]]) == {schedule.people["an"]}


def test_a_class_is_found_by_code_or_uid(world: World, schedule: Schedule) -> None:
    uid = schedule.classes["A"]
    assert find_class(world.s, "l051226").uid == schedule.classes["C"] and find_class(world.s, uid).uid == uid
    with pytest.raises(UserError, match="khớp với nhiều lớp"):
        find_class(world.s, "L301126")  # three classes start that day
    with pytest.raises(UserError, match="Không tìm thấy lớp"):
        find_class(world.s, "không có")


def test_the_demo_has_every_kind_of_conflict(demo_workspace: Workspace) -> None:
    with demo_workspace.db.reading() as s:
        found = schedule_conflicts(s, start=TODAY)
    assert {c.kind for c in found} == set(ConflictKind)
    overlap = next(c for c in found if c.kind == K.PERSON_OVERLAP)
    assert {lbl.split(" – ")[0] for _u, lbl in overlap.classes} == {"TT-XA-L01", "KNS-2026-L01"}
    coverage = [c.department[1] for c in found if c.kind == K.COVERAGE and c.department]
    assert "Trung tâm Phục vụ hành chính công" in coverage
