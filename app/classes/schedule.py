"""The schedule as stored: classes, their sessions and who is in them, read in a few column queries (no
ORM objects, so a province's schedule — hundreds of classes, tens of thousands of learners — loads in a
fraction of a second), for the calendar and for the conflict finder ``app.scheduling.conflicts``.

What counts:

- classes that are not cancelled, with their sessions;
- their learners: nominations proposed, approved, studying, completed or not completed (a withdrawn
  person leaves the class);
- for office coverage, the people *working* in each department with the department's own rule
  (Settings → coverage), the same rule the nomination checks apply; at the province a department is
  named with its commune ("Trung tâm Phục vụ hành chính công — Xã Hà Bắc").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.courses.labels import CLASS_STATUS_LABELS
from app.dates import format_date
from app.scheduling.conflicts import (
    KIND_LABELS,
    Conflict,
    ConflictKind,
    Department,
    Enrolment,
    Person,
    ScheduledClass,
    find_conflicts,
)
from app.scheduling.holidays import DayOff, WorkCalendar
from app.scheduling.sessions import BLOCK_LABELS, SessionTime, TimeBlock, weekday_name
from app.text import name_sort_key
from db.enums import ClassStatus, NominationStatus, StaffStatus
from db.models import ClassSession, Course, Nomination, Staff, TrainingClass, Unit
from db.models import Department as DepartmentRow
from db.sync_meta import UNIT_CODE

ENROLLED: tuple[str, ...] = tuple(
    s.value
    for s in (
        NominationStatus.PROPOSED,
        NominationStatus.APPROVED,
        NominationStatus.STUDYING,
        NominationStatus.COMPLETED,
        NominationStatus.NOT_COMPLETED,
    )
)


def _hm(text: str) -> time:
    hour, _, minute = text.partition(":")
    return time(int(hour), int(minute or 0))


@dataclass(frozen=True)
class ClassBrief:
    uid: str
    code: str | None
    name: str
    course_uid: str
    course_name: str
    capacity: int | None
    status: ClassStatus
    venue: str | None
    region: str | None
    batch: str | None
    owner_unit: str | None
    start_date: date | None
    end_date: date | None

    @property
    def label(self) -> str:
        """ "QLNN-02C-L01 – Lớp 01" (code and name), or the one there is."""
        if self.code and self.name and self.code != self.name:
            return f"{self.code} – {self.name}"
        return self.code or self.name

    @property
    def short(self) -> str:
        return self.code or self.name

    @property
    def status_label(self) -> str:
        return CLASS_STATUS_LABELS[self.status]


@dataclass(frozen=True)
class SessionBrief:
    uid: str
    class_uid: str
    time: SessionTime
    venue: str | None
    room: str | None
    topic: str | None
    teacher: str | None


@dataclass
class ScheduleData:
    """The stored schedule in plain values (keys are uids)."""

    classes: dict[str, ClassBrief] = field(default_factory=dict)
    sessions: dict[str, list[SessionBrief]] = field(default_factory=dict)  # class uid → sessions in time order
    roster: dict[str, list[str]] = field(default_factory=dict)  # class uid → staff uids
    people: dict[str, Person] = field(default_factory=dict)
    departments: dict[str, Department] = field(default_factory=dict)
    dept_of: dict[str, str] = field(default_factory=dict)  # staff uid → department uid (anyone enrolled)

    def scheduled(self) -> list[ScheduledClass]:
        return [
            ScheduledClass(uid, c.label, tuple(s.time for s in self.sessions.get(uid, ())), c.capacity)
            for uid, c in self.classes.items()
            if self.sessions.get(uid)
        ]

    def enrolments(self) -> list[Enrolment]:
        return [Enrolment(pid, cid) for cid, pids in self.roster.items() for pid in pids]


def load_schedule(
    session: Session,
    *,
    start: date | None = None,
    end: date | None = None,
    with_people: bool = True,
) -> ScheduleData:
    """Classes with their sessions between ``start`` and ``end`` (inclusive; None: no bound), their
    learners and, with ``with_people``, everyone working in a department (for coverage)."""
    out = ScheduleData()
    k, c, s = TrainingClass, Course, ClassSession
    class_rows = session.execute(
        select(
            k.id,
            k.uid,
            k.code,
            k.name,
            c.uid,
            c.name,
            k.capacity,
            k.status,
            k.venue,
            k.region,
            k.batch,
            k.owner_unit,
            k.start_date,
            k.end_date,
        )
        .join(c, c.id == k.course_id)
        .where(k.deleted.is_(False), k.status != ClassStatus.CANCELLED.value)
    ).all()
    uid_of: dict[int, str] = {}
    for (
        cid,
        uid,
        code,
        name,
        course_uid,
        course_name,
        cap,
        status,
        venue,
        region,
        batch,
        owner,
        first,
        last,
    ) in class_rows:
        uid_of[cid] = uid
        out.classes[uid] = ClassBrief(
            uid,
            code,
            name,
            course_uid,
            course_name,
            cap,
            ClassStatus(status),
            venue,
            region,
            batch,
            owner,
            first,
            last,
        )
    q = select(s.uid, s.class_id, s.day, s.start_time, s.end_time, s.block, s.venue, s.room, s.topic, s.teacher).where(
        s.deleted.is_(False)
    )
    if start is not None:
        q = q.where(s.day >= start)
    if end is not None:
        q = q.where(s.day <= end)
    for suid, cid, day, st, en, block, venue, room, topic, teacher in session.execute(q):
        cuid = uid_of.get(cid)
        if cuid is None:
            continue
        t = SessionTime(day, _hm(st), _hm(en), TimeBlock(block) if block else None)
        out.sessions.setdefault(cuid, []).append(SessionBrief(suid, cuid, t, venue, room, topic, teacher))
    for lst in out.sessions.values():
        lst.sort(key=lambda b: b.time)
    if start is not None or end is not None:  # only classes that meet in the range
        out.classes = {u: c for u, c in out.classes.items() if u in out.sessions}
        uid_of = {i: u for i, u in uid_of.items() if u in out.classes}
    n = Nomination
    enrolled = session.execute(
        select(
            n.class_id,
            Staff.uid,
            Staff.full_name,
            Staff.department_id,
            Staff.job_position,
            Staff.position,
            Staff.status,
        )
        .join(Staff, Staff.id == n.staff_id)
        .where(n.deleted.is_(False), n.class_id.is_not(None), n.status.in_(ENROLLED))
    ).all()
    dept_uid: dict[int, str] = {
        int(i): str(u)
        for i, u in session.execute(select(DepartmentRow.id, DepartmentRow.uid).where(DepartmentRow.deleted.is_(False)))
    }
    seen: dict[str, set[str]] = defaultdict(set)
    for class_id, suid, name, dept_id, job, post, staff_status in enrolled:
        cuid = uid_of.get(class_id) if class_id is not None else None
        if cuid is None:
            continue
        if suid not in seen[cuid]:
            seen[cuid].add(suid)
            out.roster.setdefault(cuid, []).append(suid)
        if suid not in out.people:
            working = staff_status == StaffStatus.WORKING.value
            did = dept_uid.get(dept_id) if working and dept_id is not None else None
            out.people[suid] = Person(suid, name, did, (job or post or "").strip() or None)
            if dept_id is not None and dept_id in dept_uid:
                out.dept_of[suid] = dept_uid[dept_id]
    if with_people:
        _load_departments(session, out, dept_uid)
    return out


def _load_departments(session: Session, out: ScheduleData, dept_uid: dict[int, str]) -> None:
    mine = session.info.get(UNIT_CODE)
    units = {str(c): str(nm) for c, nm in session.execute(select(Unit.code, Unit.name))}
    d = DepartmentRow
    for uid, name, owner, ratio, per, receives in session.execute(
        select(
            d.uid, d.name, d.owner_unit, d.coverage_min_ratio, d.coverage_min_per_position, d.receives_citizens
        ).where(d.deleted.is_(False))
    ):
        shown = name if not owner or owner == mine else f"{name} — {units.get(owner, owner)}"
        out.departments[uid] = Department(uid, shown, float(ratio), int(per), bool(receives))
    wanted = set(out.dept_of.values())
    if not wanted:
        return
    by_id = {i: u for i, u in dept_uid.items() if u in wanted}
    q = select(Staff.uid, Staff.full_name, Staff.department_id, Staff.job_position, Staff.position).where(
        Staff.deleted.is_(False), Staff.status == StaffStatus.WORKING.value, Staff.department_id.in_(list(by_id))
    )
    for suid, name, dept_id, job, post in session.execute(q):
        # the enrolled are there already (not counted at work once they left)
        if suid not in out.people and dept_id is not None:
            out.people[suid] = Person(suid, name, by_id[dept_id], (job or post or "").strip() or None)


# ------------------------------------------------------------------------------------------- conflicts


@dataclass(frozen=True)
class ConflictRow:
    """A conflict named with the database's classes and people."""

    kind: ConflictKind
    message: str
    dates: tuple[date, ...]
    classes: tuple[tuple[str, str], ...]  # (uid, label)
    people: tuple[tuple[str, str], ...]  # (uid, name), in Vietnamese order
    department: tuple[str, str] | None  # (uid, name)
    details: tuple[str, ...]

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def class_uids(self) -> tuple[str, ...]:
        return tuple(u for u, _ in self.classes)

    @property
    def person_uids(self) -> tuple[str, ...]:
        return tuple(u for u, _ in self.people)

    @property
    def dates_text(self) -> str:
        if not self.dates:
            return ""
        if len(self.dates) == 1:
            return format_date(self.dates[0])
        return f"{format_date(self.dates[0])} – {format_date(self.dates[-1])}"

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "label": self.label,
            "message": self.message,
            "dates": [d.isoformat() for d in self.dates],
            "classes": [{"uid": u, "label": lbl} for u, lbl in self.classes],
            "people": [{"uid": u, "name": nm} for u, nm in self.people],
            "department": {"uid": self.department[0], "name": self.department[1]} if self.department else None,
            "details": list(self.details),
        }


def merge_coverage_days(found: Iterable[Conflict]) -> list[Conflict]:
    """One conflict for a department kept short on several days by the same people in the same classes
    (a two-week class is one problem, not ten): its dates are all those days, its message says
    "Từ Thứ Hai 14/12/2026 đến Thứ Sáu 25/12/2026 (10 ngày): …"."""
    out: list[Conflict] = []
    groups: dict[tuple[Any, ...], int] = {}
    for c in found:
        if c.kind != ConflictKind.COVERAGE:
            out.append(c)
            continue
        key = (c.department_id, c.person_ids, c.class_ids, c.details)
        if key not in groups:
            groups[key] = len(out)
            out.append(c)
            continue
        first = out[groups[key]]
        out[groups[key]] = replace(first, dates=tuple(sorted({*first.dates, *c.dates})))
    merged = []
    for c in out:
        if c.kind == ConflictKind.COVERAGE and len(c.dates) > 1:
            _head, _sep, rest = c.message.partition(": ")
            a, b = c.dates[0], c.dates[-1]
            span = (
                f"Từ {weekday_name(a)} {format_date(a)} đến {weekday_name(b)} {format_date(b)} "
                f"({len(c.dates)} ngày học)"
            )
            c = replace(c, message=f"{span}: {rest}")
        merged.append(c)
    return merged


_sort_key = lru_cache(maxsize=65536)(name_sort_key)  # the same people come back in many conflicts


def conflict_rows(data: ScheduleData, found: Iterable[Conflict]) -> list[ConflictRow]:
    out = []
    for c in merge_coverage_days(found):
        people = sorted(
            ((pid, data.people[pid].name if pid in data.people else pid) for pid in c.person_ids),
            key=lambda p: _sort_key(p[1]),
        )
        dept = None
        if c.department_id is not None:
            d = data.departments.get(c.department_id)
            dept = (c.department_id, d.name if d else c.department_id)
        out.append(
            ConflictRow(
                c.kind,
                c.message,
                c.dates,
                tuple((u, data.classes[u].label if u in data.classes else u) for u in c.class_ids),
                tuple(people),
                dept,
                c.details,
            )
        )
    return out


def schedule_conflicts(
    session: Session,
    *,
    start: date | None = None,
    end: date | None = None,
    kinds: Sequence[ConflictKind] | None = None,
    calendar: WorkCalendar | None = None,
    data: ScheduleData | None = None,
) -> list[ConflictRow]:
    """Every conflict of the stored schedule (between ``start`` and ``end`` when given), by first date."""
    data = data if data is not None else load_schedule(session, start=start, end=end)
    found = find_conflicts(
        data.scheduled(),
        data.enrolments(),
        data.people,
        data.departments.values(),
        calendar=calendar,
    )
    if kinds:
        found = [c for c in found if c.kind in kinds]
    return conflict_rows(data, found)


# ------------------------------------------------------------------------------------------- calendar


@dataclass(frozen=True)
class CalendarFilter:
    course_uid: str | None = None
    department_uid: str | None = None
    staff_uid: str | None = None
    class_uid: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.course_uid or self.department_uid or self.staff_uid or self.class_uid)


@dataclass(frozen=True)
class CalendarEntry:
    session_uid: str
    klass: ClassBrief
    time: SessionTime
    venue: str | None
    room: str | None
    topic: str | None
    teacher: str | None
    learners: int  # in the class
    shown_learners: int  # of them, those the filter is about (a department's people, the person)
    conflict_kinds: frozenset[ConflictKind] = frozenset()

    @property
    def day(self) -> date:
        return self.time.day

    @property
    def block(self) -> TimeBlock:
        from app.classes.sessions import block_of

        return self.time.block or block_of(self.time.start)

    @property
    def block_label(self) -> str:
        return BLOCK_LABELS[self.block]

    @property
    def hours(self) -> str:
        return f"{self.time.start:%H:%M}–{self.time.end:%H:%M}"

    @property
    def place(self) -> str:
        return ", ".join(b for b in (self.venue or self.klass.venue, self.room) if b)


@dataclass(frozen=True)
class CalendarView:
    start: date
    end: date
    entries: tuple[CalendarEntry, ...]
    conflicts: tuple[ConflictRow, ...]  # those that concern what the filter shows
    days_off: dict[date, DayOff]

    def on(self, day: date) -> list[CalendarEntry]:
        return [e for e in self.entries if e.day == day]

    def conflicts_on(self, day: date) -> list[ConflictRow]:
        return [c for c in self.conflicts if day in c.dates]

    @property
    def conflict_days(self) -> set[date]:
        return {d for c in self.conflicts for d in c.dates if self.start <= d <= self.end}


def _relevant(c: ConflictRow, f: CalendarFilter, data: ScheduleData, shown_classes: set[str]) -> bool:
    if f.empty:
        return True
    if f.staff_uid:
        return f.staff_uid in c.person_uids or (
            c.kind != ConflictKind.COVERAGE and bool(set(c.class_uids) & shown_classes) and not c.person_uids
        )
    if f.department_uid:
        if c.department is not None:
            return c.department[0] == f.department_uid
        if c.person_uids:
            return any(data.dept_of.get(p) == f.department_uid for p in c.person_uids)
        return bool(set(c.class_uids) & shown_classes)
    return bool(set(c.class_uids) & shown_classes)


def calendar_view(
    session: Session,
    start: date,
    end: date,
    flt: CalendarFilter | None = None,
    *,
    calendar: WorkCalendar | None = None,
) -> CalendarView:
    """The sessions from ``start`` to ``end`` that the filter keeps, the conflicts about them, and the
    days off (holidays, weekends) of the range."""
    f = flt or CalendarFilter()
    cal = calendar or WorkCalendar()
    data = load_schedule(session, start=start, end=end)
    conflicts = schedule_conflicts(session, data=data, calendar=cal)
    flags: dict[tuple[str, date], set[ConflictKind]] = defaultdict(set)
    for c in conflicts:
        for cuid in c.class_uids:
            for d in c.dates:
                flags[(cuid, d)].add(c.kind)
    entries: list[CalendarEntry] = []
    shown: set[str] = set()
    for cuid, klass in data.classes.items():
        if f.class_uid and cuid != f.class_uid:
            continue
        if f.course_uid and klass.course_uid != f.course_uid:
            continue
        roster = data.roster.get(cuid, [])
        if f.staff_uid:
            mine = [p for p in roster if p == f.staff_uid]
        elif f.department_uid:
            mine = [p for p in roster if data.dept_of.get(p) == f.department_uid]
        else:
            mine = roster
        if (f.staff_uid or f.department_uid) and not mine:
            continue
        shown.add(cuid)
        for s in data.sessions.get(cuid, ()):
            entries.append(
                CalendarEntry(
                    s.uid,
                    klass,
                    s.time,
                    s.venue,
                    s.room,
                    s.topic,
                    s.teacher,
                    len(roster),
                    len(mine),
                    frozenset(flags.get((cuid, s.time.day), ())),
                )
            )
    entries.sort(key=lambda e: (e.time, e.klass.label))
    days_off = {d.day: d for d in cal.days_off(start, end)}
    kept = tuple(c for c in conflicts if _relevant(c, f, data, shown))
    return CalendarView(start, end, tuple(entries), kept, days_off)


def month_range(year: int, month: int) -> tuple[date, date]:
    """The six weeks a month view shows: from the Monday on or before the 1st, 42 days."""
    first = date(year, month, 1)
    start = first - timedelta(days=first.weekday())
    return start, start + timedelta(days=41)


def week_range(day: date) -> tuple[date, date]:
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def find_class(session: Session, text: str) -> TrainingClass:
    """A class named on the command line: its code ("QLNN-02C-L01", case and accents ignored), its uid,
    or its name when only one class has it."""
    from app.errors import UserError
    from app.text import fold

    wanted = (text or "").strip()
    if not wanted:
        raise UserError("Hãy cho biết lớp (mã lớp, ví dụ QLNN-02C-L01).")
    rows = list(session.scalars(select(TrainingClass).where(TrainingClass.deleted.is_(False))))
    key = fold(wanted)
    for matcher in (
        lambda k: k.uid == wanted,
        lambda k: fold(k.code) == key,
        lambda k: fold(f"{k.code} {k.name}") == key or fold(k.name) == key,
    ):
        found = [k for k in rows if matcher(k)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = ", ".join(sorted(k.code or k.name for k in found)[:6])
            raise UserError(f"“{wanted}” khớp với nhiều lớp: {names}. Hãy ghi mã lớp.")
    raise UserError(f"Không tìm thấy lớp “{wanted}” (xem mã lớp bằng “boiduong schedule classes”).")


@dataclass(frozen=True)
class ClassOverview:
    """A class in the classes list: its details, how many sessions it has, and its open conflicts."""

    info: Any  # app.courses.catalogue.ClassInfo
    sessions: int
    conflicts: tuple[ConflictRow, ...]  # those not over yet

    @property
    def uid(self) -> str:
        return str(self.info.uid)


def classes_overview(
    session: Session, flt: CalendarFilter | None = None, *, today: date | None = None
) -> list[ClassOverview]:
    """Every class (cancelled ones too) the filter keeps, with its session count and the conflicts that
    concern it from ``today`` on."""
    from sqlalchemy import func

    from app.courses.catalogue import list_classes

    f = flt or CalendarFilter()
    today = today or date.today()
    infos = [k for k in list_classes(session, f.course_uid) if not f.class_uid or k.uid == f.class_uid]
    if f.staff_uid or f.department_uid:
        q = (
            select(TrainingClass.uid)
            .join(Nomination, Nomination.class_id == TrainingClass.id)
            .join(Staff, Staff.id == Nomination.staff_id)
            .where(Nomination.deleted.is_(False), Nomination.status.in_(ENROLLED))
        )
        if f.staff_uid:
            q = q.where(Staff.uid == f.staff_uid)
        if f.department_uid:
            q = q.join(DepartmentRow, DepartmentRow.id == Staff.department_id).where(
                DepartmentRow.uid == f.department_uid
            )
        keep = set(session.scalars(q))
        infos = [k for k in infos if k.uid in keep]
    counts = {
        int(cid): int(n)
        for cid, n in session.execute(
            select(ClassSession.class_id, func.count(ClassSession.id))
            .where(ClassSession.deleted.is_(False))
            .group_by(ClassSession.class_id)
        )
    }
    found = schedule_conflicts(session, start=today)
    by_class: dict[str, list[ConflictRow]] = defaultdict(list)
    for c in found:
        for uid in c.class_uids:
            by_class[uid].append(c)
    return [ClassOverview(k, counts.get(k.id, 0), tuple(by_class.get(k.uid, ()))) for k in infos]
