"""Conflict detection over plain data."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, time, timedelta
from itertools import combinations

import pytest

from app.scheduling.conflicts import (
    Conflict,
    ConflictKind,
    Department,
    Enrolment,
    Person,
    ScheduledClass,
    coverage_shortfalls,
    day_off_sessions,
    default_coverage_rule,
    find_conflicts,
    over_capacity,
    overlapping_sessions,
    person_overlaps,
)
from app.scheduling.holidays import WorkCalendar
from app.scheduling.sessions import SessionTime, TimeBlock

MON = date(2026, 11, 16)
TUE = MON + timedelta(days=1)
SAT = date(2026, 11, 21)
CULTURE_DAY = date(2026, 11, 24)


def block(day: date, b: str) -> SessionTime:
    return SessionTime.of_block(day, TimeBlock(b))


CENTRE = Department("ttpvhcc", "Trung tâm Phục vụ hành chính công", receives_citizens=True)
OFFICE = Department("vp", "Văn phòng HĐND và UBND")
PEOPLE = {
    p.id: p
    for p in [
        Person("p1", "Nguyễn Văn An", "ttpvhcc", "Một cửa"),
        Person("p2", "Trần Thị Bình", "ttpvhcc", "Một cửa"),
        Person("p3", "Lê Văn Cường", "ttpvhcc", "Tư pháp - Hộ tịch"),
        Person("p4", "Phạm Thị Dung", "ttpvhcc", "Địa chính"),
        Person("p5", "Hoàng Văn Em", "vp", "Văn phòng"),
        Person("p6", "Đặng Thị Giang", "vp", "Văn phòng"),
        Person("p7", "Vũ Văn Hải", "vp", "Văn thư"),
    ]
}
CLASS_A = ScheduledClass("A", "Lớp A", (block(MON, "morning"), block(MON, "afternoon")), capacity=3)
CLASS_B = ScheduledClass("B", "Lớp B", (block(MON, "afternoon"), block(TUE, "morning")))
CLASS_C = ScheduledClass("C", "Lớp C", (block(SAT, "morning"),))
CLASS_D = ScheduledClass("D", "Lớp D", (block(CULTURE_DAY, "morning"), block(CULTURE_DAY, "afternoon")))
CLASSES = [CLASS_A, CLASS_B, CLASS_C, CLASS_D]
ENROLMENTS = [
    Enrolment("p1", "A"),
    Enrolment("p2", "A"),
    Enrolment("p3", "A"),
    Enrolment("p4", "A"),
    Enrolment("p1", "B"),
    Enrolment("p5", "C"),
    Enrolment("p6", "D"),
]


def test_sessions() -> None:
    morning = block(MON, "morning")
    assert (morning.start, morning.end) == (time(7, 30), time(11, 30))
    assert morning.label == "Sáng 16/11/2026"
    custom = SessionTime(MON, time(11, 30), time(13, 0))
    assert custom.label == "16/11/2026 11:30–13:00"
    assert not morning.overlaps(custom)  # back to back
    assert custom.overlaps(SessionTime(MON, time(12, 0), time(12, 30)))
    assert not custom.overlaps(SessionTime(TUE, time(12, 0), time(12, 30)))
    same_hours = SessionTime(MON, time(7, 30), time(11, 30))
    assert same_hours == morning and sorted([same_hours, morning]) == [same_hours, morning]
    with pytest.raises(ValueError, match="giờ kết thúc"):
        SessionTime(MON, time(9, 0), time(9, 0))


def test_person_in_two_overlapping_classes() -> None:
    [c] = person_overlaps(CLASSES, ENROLMENTS, PEOPLE)
    assert c.kind == ConflictKind.PERSON_OVERLAP
    assert c.class_ids == ("A", "B") and c.person_ids == ("p1",) and c.dates == (MON,)
    assert c.message == "Nguyễn Văn An học cùng lúc hai lớp “Lớp A” và “Lớp B” (trùng buổi: Chiều 16/11/2026)."


def test_many_people_in_the_same_two_classes_make_one_conflict() -> None:
    people = {f"x{i}": Person(f"x{i}", f"Người {i:02d}") for i in range(8)}
    enrolments = [Enrolment(pid, cid) for pid in people for cid in ("A", "B")]
    [c] = person_overlaps(CLASSES, enrolments, people)
    assert len(c.person_ids) == 8
    assert c.message.startswith("8 người (Người 00, Người 01, Người 02, Người 03, Người 04 và 3 người khác)")


def test_over_capacity_counts_each_person_once() -> None:
    [c] = over_capacity(CLASSES, [*ENROLMENTS, Enrolment("p1", "A")])
    assert c.class_ids == ("A",) and len(c.person_ids) == 4
    assert c.message == "Lớp “Lớp A” có 4 học viên, vượt sĩ số tối đa 3 (thừa 1)."
    assert over_capacity(CLASSES, ENROLMENTS[1:]) == []


def test_coverage_of_the_public_service_centre() -> None:
    found = coverage_shortfalls(CLASSES, ENROLMENTS, PEOPLE, [CENTRE, OFFICE])
    assert [(c.department_id, c.dates) for c in found] == [("ttpvhcc", (MON,))]
    c = found[0]
    assert c.kind == ConflictKind.COVERAGE and set(c.person_ids) == {"p1", "p2", "p3", "p4"}
    assert c.class_ids == ("A", "B")
    assert c.message.startswith("Thứ Hai 16/11/2026: Trung tâm Phục vụ hành chính công chỉ còn 0/4 người làm việc")
    assert "cần ít nhất 2/4 người ở lại" in c.message
    assert "vị trí “Một cửa” không còn ai làm việc" in c.message
    assert c.message.endswith("Đơn vị này tiếp công dân mỗi ngày làm việc.")


def test_default_rule() -> None:
    members = list(PEOPLE.values())[:4]
    by_id = {p.id: p for p in members}
    assert default_coverage_rule(CENTRE, members, [by_id["p3"]]) == "vị trí “Tư pháp - Hộ tịch” không còn ai làm việc"
    assert default_coverage_rule(CENTRE, members, [by_id["p1"]]) is None  # p2 still holds "Một cửa"
    assert default_coverage_rule(CENTRE, members, [by_id["p1"], by_id["p2"]]) == (
        "vị trí “Một cửa” không còn ai làm việc"
    )
    relaxed = Department("x", "X", min_ratio=0.25, min_per_position=0)
    assert default_coverage_rule(relaxed, members, members[:3]) is None
    assert default_coverage_rule(relaxed, members, members) == "cần ít nhất 1/4 người ở lại (25%)"
    two_each = Department("y", "Y", min_ratio=0, min_per_position=2)
    assert default_coverage_rule(two_each, members, [by_id["p1"]]) == "vị trí “Một cửa” chỉ còn 1 người (cần 2)"


def test_coverage_rule_is_a_callable() -> None:
    seen: list[tuple[str, int, int]] = []

    def rule(dept: Department, members: Sequence[Person], away: Sequence[Person]) -> str | None:
        seen.append((dept.id, len(members), len(away)))
        return "Văn phòng không cử ai đi học ngày thứ Bảy" if dept.id == "vp" else None

    found = coverage_shortfalls(CLASSES, ENROLMENTS, PEOPLE, [CENTRE, OFFICE], rule)
    # Monday: the whole centre; Tuesday: p1 (class B); Saturday: p5; 24/11: p6
    assert sorted(seen) == [("ttpvhcc", 4, 1), ("ttpvhcc", 4, 4), ("vp", 3, 1), ("vp", 3, 1)]
    assert [(c.department_id, c.dates, c.person_ids) for c in found] == [
        ("vp", (SAT,), ("p5",)),
        ("vp", (CULTURE_DAY,), ("p6",)),
    ]
    assert found[0].message == (
        "Thứ Bảy 21/11/2026: Văn phòng HĐND và UBND chỉ còn 2/3 người làm việc vì 1 người đi học "
        "(Hoàng Văn Em) — Văn phòng không cử ai đi học ngày thứ Bảy."
    )


def test_sessions_on_days_off() -> None:
    found = day_off_sessions(CLASSES)
    assert [(c.kind, c.class_ids, c.dates) for c in found] == [
        (ConflictKind.WEEKEND, ("C",), (SAT,)),
        (ConflictKind.PUBLIC_HOLIDAY, ("D",), (CULTURE_DAY,)),
    ]
    assert found[0].message == "Lớp “Lớp C” có buổi học vào Thứ Bảy 21/11/2026 (ngày nghỉ cuối tuần)."
    assert found[1].message == ("Lớp “Lớp D” có buổi học Thứ Ba 24/11/2026, ngày nghỉ: Ngày Văn hóa Việt Nam (24/11).")
    worked_saturday = WorkCalendar(extra_working_days=[SAT])
    assert [c.class_ids for c in day_off_sessions(CLASSES, worked_saturday)] == [("D",)]


def test_find_conflicts_gives_every_kind_in_date_order() -> None:
    found = find_conflicts(CLASSES, ENROLMENTS, PEOPLE, [CENTRE, OFFICE])
    assert [c.kind for c in found] == [
        ConflictKind.PERSON_OVERLAP,
        ConflictKind.OVER_CAPACITY,
        ConflictKind.COVERAGE,
        ConflictKind.WEEKEND,
        ConflictKind.PUBLIC_HOLIDAY,
    ]
    data = found[0].as_json()
    assert data == {
        "kind": "person_overlap",
        "message": found[0].message,
        "class_ids": ["A", "B"],
        "person_ids": ["p1"],
        "dates": ["2026-11-16"],
        "department_id": None,
        "details": ["Chiều 16/11/2026 / Chiều 16/11/2026"],
    }
    assert found[2].label == "Thiếu người làm việc"


def test_unknown_people_and_classes_are_tolerated() -> None:
    enrolments = [Enrolment("ghost", "A"), Enrolment("ghost", "B"), Enrolment("p1", "nowhere")]
    [c] = person_overlaps(CLASSES, enrolments, PEOPLE)
    assert c.person_ids == ("ghost",) and "ghost học cùng lúc" in c.message
    assert coverage_shortfalls(CLASSES, enrolments, PEOPLE, [CENTRE]) == []


def _naive_overlaps(classes: list[ScheduledClass], enrolments: list[Enrolment]) -> set[tuple[str, str, str]]:
    by_id = {c.id: c for c in classes}
    mine: dict[str, set[str]] = {}
    for e in enrolments:
        mine.setdefault(e.person_id, set()).add(e.class_id)
    out = set()
    for pid, cids in mine.items():
        for a, b in combinations(sorted(cids), 2):
            if any(s.overlaps(t) for s in by_id[a].sessions for t in by_id[b].sessions):
                out.add((pid, a, b))
    return out


@pytest.mark.parametrize("seed", range(5))
def test_overlaps_agree_with_a_naive_search(seed: int) -> None:
    rng = random.Random(seed)
    start = date(2026, 3, 2)
    classes = []
    for i in range(60):
        first = start + timedelta(days=rng.randrange(60))
        sessions = []
        for d in range(rng.randint(1, 4)):
            day = first + timedelta(days=d)
            if rng.random() < 0.3:
                h = rng.randint(7, 18)
                sessions.append(SessionTime(day, time(h, rng.choice((0, 30))), time(h + 1, 45)))
            else:
                sessions.append(block(day, rng.choice(["morning", "afternoon", "evening"])))
        classes.append(ScheduledClass(f"c{i}", f"Lớp {i}", tuple(sessions)))
    enrolments = [Enrolment(f"p{rng.randrange(150)}", f"c{rng.randrange(60)}") for _ in range(600)]
    found = person_overlaps(classes, enrolments)
    fast = {(pid, *c.class_ids) for c in found for pid in c.person_ids}
    assert fast == _naive_overlaps(classes, enrolments)
    assert all(isinstance(c, Conflict) and c.dates for c in found)


def test_overlapping_sessions() -> None:
    a = [block(MON, "morning"), block(MON, "afternoon"), block(TUE, "morning")]
    b = [SessionTime(MON, time(11, 0), time(14, 0)), block(TUE, "afternoon")]
    assert overlapping_sessions(a, b) == [(a[0], b[0]), (a[1], b[0])]
