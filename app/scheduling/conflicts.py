"""Conflicts in a schedule, found over plain data (no database).

Kinds:

- ``person_overlap``: people enrolled in two classes whose sessions overlap (one conflict per pair of
  classes, naming everyone concerned and the overlapping sessions);
- ``over_capacity``: a class with more learners than its capacity;
- ``coverage``: a day on which a department (the public service centre included) would keep fewer
  people at work than its coverage rule allows, because the others are in class that day;
- ``public_holiday`` / ``weekend``: a session on a day off (one conflict per class and day).

A person counts as away for the whole day when they have any session that day (an office cannot plan
around half days). The coverage rule is a callable; ``default_coverage_rule`` is the nominations' own
rule (``app.courses.coverage.department_problems``) over each department's settings (at least
``min_ratio`` of its people stay — at least one where citizens are received — and at least
``min_per_position`` holders of each job position), so one rule drives both.

Built to be fast on a province's schedule (≥ 500 classes, ≥ 15,000 enrolments): every session is
compared with another class's sessions once per pair of classes (not once per person), and each day's
absences are grouped by department in one pass.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property, lru_cache
from itertools import combinations
from typing import Any

from app.courses.coverage import CoverageRule as DepartmentRule
from app.courses.coverage import Member, department_problems, positions_of
from app.dates import format_date
from app.scheduling.holidays import DayOffKind, WorkCalendar
from app.scheduling.sessions import SessionTime, weekday_name
from app.scheduling.splitter import format_count
from app.text import name_sort_key

NAMES_SHOWN = 5  # people named in a message before "và N người khác"


class ConflictKind(StrEnum):
    PERSON_OVERLAP = "person_overlap"
    OVER_CAPACITY = "over_capacity"
    COVERAGE = "coverage"
    PUBLIC_HOLIDAY = "public_holiday"
    WEEKEND = "weekend"


KIND_LABELS: dict[ConflictKind, str] = {
    ConflictKind.PERSON_OVERLAP: "Trùng lịch học",
    ConflictKind.OVER_CAPACITY: "Vượt sĩ số",
    ConflictKind.COVERAGE: "Thiếu người làm việc",
    ConflictKind.PUBLIC_HOLIDAY: "Học vào ngày nghỉ lễ",
    ConflictKind.WEEKEND: "Học vào cuối tuần",
}


@dataclass(frozen=True, slots=True)
class ScheduledClass:
    id: str  # the class's uid
    name: str  # as shown: "BD-2026-03 Kỹ năng chuyển đổi số (Khu vực 1, đợt 2)"
    sessions: tuple[SessionTime, ...]
    capacity: int | None = None


@dataclass(frozen=True, slots=True)
class Enrolment:
    person_id: str
    class_id: str


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    department_id: str | None = None
    job_position: str | None = None


@dataclass(frozen=True, slots=True)
class Department:
    id: str
    name: str
    min_ratio: float = 0.5  # share of its people who must stay at work
    min_per_position: int = 1  # holders of each job position who must stay (capped at how many there are)
    receives_citizens: bool = False  # the public service centre


# (department, its people, those of them away that day) → why the rule is broken, or None
CoverageRule = Callable[[Department, Sequence[Person], Sequence[Person]], str | None]


class Members(tuple[Person, ...]):
    """A department's people, as the coverage rule receives them, converted once for the rule (not on
    every day checked)."""

    @cached_property
    def _converted(self) -> tuple[tuple[Member, ...], dict[str, list[Member]]]:
        people = tuple(_member(p, p.department_id or "") for p in self)
        return people, positions_of(people)


def _member(p: Person, department_id: str) -> Member:
    return Member(p.id, p.name, department_id, (p.job_position or "").strip())


def default_coverage_rule(dept: Department, members: Sequence[Person], away: Sequence[Person]) -> str | None:
    """The unit's own rule, as set per department in Settings (at least ``min_ratio`` of the department
    stays — at least one where citizens are received — and at least ``min_per_position`` holders of each
    job position, or all of them when there are fewer). It is ``app.courses.coverage.department_problems``,
    the very rule the nomination checks apply, so a day of the calendar and a nomination agree."""
    rule = DepartmentRule(dept.id, dept.name, dept.min_ratio, dept.min_per_position, dept.receives_citizens)
    if isinstance(members, Members):
        people, positions = members._converted
    else:
        people = tuple(_member(p, dept.id) for p in members)
        positions = positions_of(people)
    problems = department_problems(rule, people, {p.id for p in away}, positions=positions)
    return "; ".join(p.reason for p in problems) or None


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    message: str
    class_ids: tuple[str, ...] = ()
    person_ids: tuple[str, ...] = ()
    dates: tuple[date, ...] = ()
    department_id: str | None = None
    details: tuple[str, ...] = field(default=())  # e.g. the overlapping sessions, the holiday's name

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "message": self.message,
            "class_ids": list(self.class_ids),
            "person_ids": list(self.person_ids),
            "dates": [d.isoformat() for d in self.dates],
            "department_id": self.department_id,
            "details": list(self.details),
        }


_sort_key = lru_cache(maxsize=65536)(name_sort_key)  # the same people come back day after day


def _names(ids: Iterable[str], people: Mapping[str, Person]) -> str:
    """The first few names in Vietnamese order, and how many more."""
    names = [people[i].name if i in people else i for i in ids]
    shown = ", ".join(heapq.nsmallest(NAMES_SHOWN, names, key=_sort_key))
    if len(names) > NAMES_SHOWN:
        shown += f" và {len(names) - NAMES_SHOWN} người khác"
    return shown


def _people_by_class(enrolments: Iterable[Enrolment]) -> dict[str, list[str]]:
    out: dict[str, dict[str, None]] = defaultdict(dict)
    for e in enrolments:
        out[e.class_id][e.person_id] = None  # ordered set: a duplicate enrolment counts once
    return {cid: list(pids) for cid, pids in out.items()}


# --------------------------------------------------------------------------------------------------


def overlapping_sessions(a: Sequence[SessionTime], b: Sequence[SessionTime]) -> list[tuple[SessionTime, SessionTime]]:
    """Pairs of overlapping sessions of two classes (both lists in any order)."""
    by_day: dict[date, list[SessionTime]] = defaultdict(list)
    for s in b:
        by_day[s.day].append(s)
    out = []
    for s in sorted(a):
        for t in sorted(by_day.get(s.day, ())):
            if s.overlaps(t):
                out.append((s, t))
    return out


def person_overlaps(
    classes: Sequence[ScheduledClass],
    enrolments: Iterable[Enrolment],
    people: Mapping[str, Person] | None = None,
) -> list[Conflict]:
    people = people or {}
    by_id = {c.id: c for c in classes}
    classes_of: dict[str, set[str]] = defaultdict(set)
    for e in enrolments:
        if e.class_id in by_id:
            classes_of[e.person_id].add(e.class_id)
    # first and last day of each class: most pairs are told apart without looking at sessions
    span = {c.id: (min(s.day for s in c.sessions), max(s.day for s in c.sessions)) for c in classes if c.sessions}
    pair_cache: dict[tuple[str, str], list[tuple[SessionTime, SessionTime]]] = {}
    who: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pid, cids in classes_of.items():
        if len(cids) < 2:
            continue
        for a, b in combinations(sorted(cids), 2):
            key = (a, b)
            hits = pair_cache.get(key)
            if hits is None:
                sa, sb = span.get(a), span.get(b)
                if sa is None or sb is None or sa[1] < sb[0] or sb[1] < sa[0]:
                    hits = []
                else:
                    hits = overlapping_sessions(by_id[a].sessions, by_id[b].sessions)
                pair_cache[key] = hits
            if hits:
                who[key].append(pid)
    out = []
    for (a, b), pids in who.items():
        hits = pair_cache[(a, b)]
        sessions = sorted({s for pair in hits for s in pair})
        days = tuple(sorted({s.day for s in sessions}))
        shown = ", ".join(s.label for s in sorted({s for s, _ in hits}))
        n = len(pids)
        subject = _names(pids, people) if n <= NAMES_SHOWN else f"{format_count(n)} người ({_names(pids, people)})"
        out.append(
            Conflict(
                ConflictKind.PERSON_OVERLAP,
                f"{subject} học cùng lúc hai lớp “{by_id[a].name}” và “{by_id[b].name}” (trùng buổi: {shown}).",
                class_ids=(a, b),
                person_ids=tuple(sorted(pids)),
                dates=days,
                details=tuple(f"{s.label} / {t.label}" for s, t in hits),
            )
        )
    return out


def over_capacity(classes: Sequence[ScheduledClass], enrolments: Iterable[Enrolment]) -> list[Conflict]:
    members = _people_by_class(enrolments)
    out = []
    for c in classes:
        n = len(members.get(c.id, ()))
        if c.capacity is not None and n > c.capacity:
            out.append(
                Conflict(
                    ConflictKind.OVER_CAPACITY,
                    f"Lớp “{c.name}” có {format_count(n)} học viên, vượt sĩ số tối đa {format_count(c.capacity)} "
                    f"(thừa {format_count(n - c.capacity)}).",
                    class_ids=(c.id,),
                    person_ids=tuple(members[c.id]),
                    dates=tuple(sorted({s.day for s in c.sessions})),
                )
            )
    return out


def coverage_shortfalls(
    classes: Sequence[ScheduledClass],
    enrolments: Iterable[Enrolment],
    people: Mapping[str, Person],
    departments: Iterable[Department],
    rule: CoverageRule = default_coverage_rule,
) -> list[Conflict]:
    depts = {d.id: d for d in departments}
    grouped: dict[str, list[Person]] = defaultdict(list)
    dept_of: dict[str, str] = {}
    for p in people.values():
        if p.department_id is not None and p.department_id in depts:
            grouped[p.department_id].append(p)
            dept_of[p.id] = p.department_id
    members_of = {did: Members(ps) for did, ps in grouped.items()}
    roster = _people_by_class(enrolments)
    classes_on: dict[date, list[str]] = defaultdict(list)
    for c in classes:
        for day in {s.day for s in c.sessions}:
            classes_on[day].append(c.id)
    out = []
    for day in sorted(classes_on):
        away_by_dept: dict[str, dict[str, list[str]]] = defaultdict(dict)  # dept → person → classes
        for cid in classes_on[day]:
            for pid in roster.get(cid, ()):
                did = dept_of.get(pid)
                if did is not None:
                    away_by_dept[did].setdefault(pid, []).append(cid)
        for did, away_ids in away_by_dept.items():
            dept = depts[did]
            members = members_of[did]
            away = [people[pid] for pid in away_ids]
            reason = rule(dept, members, away)
            if reason is None:
                continue
            staying = len(members) - len(away)
            cids = tuple(sorted({cid for cs in away_ids.values() for cid in cs}))
            out.append(
                Conflict(
                    ConflictKind.COVERAGE,
                    f"{weekday_name(day)} {format_date(day)}: {dept.name} chỉ còn {staying}/{len(members)} người "
                    f"làm việc vì {len(away)} người đi học ({_names(away_ids, people)}) — {reason}."
                    + (" Đơn vị này tiếp công dân mỗi ngày làm việc." if dept.receives_citizens else ""),
                    class_ids=cids,
                    person_ids=tuple(sorted(away_ids)),
                    dates=(day,),
                    department_id=did,
                    details=(reason,),
                )
            )
    return out


def day_off_sessions(classes: Sequence[ScheduledClass], calendar: WorkCalendar | None = None) -> list[Conflict]:
    calendar = calendar or WorkCalendar()
    out = []
    for c in classes:
        for day in sorted({s.day for s in c.sessions}):
            off = calendar.day_off(day)
            if off is None:
                continue
            if off.kind == DayOffKind.HOLIDAY:
                kind = ConflictKind.PUBLIC_HOLIDAY
                text = f"Lớp “{c.name}” có buổi học {weekday_name(day)} {format_date(day)}, ngày nghỉ: {off.name}."
            else:
                kind = ConflictKind.WEEKEND
                text = f"Lớp “{c.name}” có buổi học vào {off.name} {format_date(day)} (ngày nghỉ cuối tuần)."
            out.append(Conflict(kind, text, class_ids=(c.id,), dates=(day,), details=(off.name,)))
    return out


def find_conflicts(
    classes: Sequence[ScheduledClass],
    enrolments: Sequence[Enrolment],
    people: Mapping[str, Person] | None = None,
    departments: Iterable[Department] = (),
    *,
    coverage_rule: CoverageRule = default_coverage_rule,
    calendar: WorkCalendar | None = None,
) -> list[Conflict]:
    """Every conflict, by first date, then kind. Pass only classes that take place (not cancelled)."""
    people = people or {}
    found = [
        *person_overlaps(classes, enrolments, people),
        *over_capacity(classes, enrolments),
        *coverage_shortfalls(classes, enrolments, people, departments, coverage_rule),
        *day_off_sessions(classes, calendar),
    ]
    order = list(ConflictKind)
    return sorted(
        found, key=lambda c: (c.dates[:1] or (date.max,), order.index(c.kind), c.class_ids, c.department_id or "")
    )
