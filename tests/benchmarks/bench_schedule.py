"""Issue 5: splitting 20,000 learners of 40 titles into classes, and finding the conflicts of a province's
schedule (≥ 500 classes, ≥ 15,000 enrolments) — in memory, and read from a province's database (its
demo data with 520 classes, 2,080 sessions and 15,600 nominations added). Each figure is a ratio to a
plain-Python baseline written here for the same data and measured in the same run."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from app.scheduling.conflicts import (
    Department,
    Enrolment,
    Person,
    ScheduledClass,
    default_coverage_rule,
    find_conflicts,
)
from app.scheduling.holidays import WorkCalendar
from app.scheduling.sessions import SessionTime, TimeBlock
from app.scheduling.splitter import LearnerGroup, split_groups
from tests.benchmarks.harness import BenchContext, best_of

LEARNERS = 20_000
TITLES = 40
COMMUNES = 150
PEOPLE_PER_COMMUNE = 104
CLASSES = 520
LEARNERS_PER_CLASS = 30


def learner_groups(seed: int = 1) -> list[LearnerGroup]:
    rng = random.Random(seed)
    weights = [rng.randint(100, 900) for _ in range(TITLES)]
    counts = [w * LEARNERS // sum(weights) for w in weights]
    counts[0] += LEARNERS - sum(counts)
    families = ["", "", "", "a", "b"]  # some titles related to each other
    return [LearnerGroup(f"Chức danh {i + 1:02d}", n, rng.choice(families)) for i, n in enumerate(counts)]


def baseline_split(groups: list[LearnerGroup], capacity: int) -> list[list[tuple[str, int]]]:
    """Plain next fit: fill each family's classes to the capacity in the order given."""
    by_family: dict[str, list[LearnerGroup]] = defaultdict(list)
    for g in groups:
        by_family[g.family].append(g)
    classes: list[list[tuple[str, int]]] = []
    for members in by_family.values():
        current: list[tuple[str, int]] = []
        room = capacity
        for g in members:
            left = g.count
            while left:
                take = min(left, room)
                current.append((g.name, take))
                left -= take
                room -= take
                if room == 0:
                    classes.append(current)
                    current, room = [], capacity
        if current:
            classes.append(current)
    return classes


Schedule = tuple[list[ScheduledClass], list[Enrolment], dict[str, Person], list[Department]]


def province_schedule(seed: int = 2) -> Schedule:
    rng = random.Random(seed)
    departments: list[Department] = []
    people: dict[str, Person] = {}
    kinds = [("ttpvhcc", "Trung tâm Phục vụ hành chính công", 8), ("vp", "Văn phòng HĐND và UBND", 10)]
    kinds += [("kt", "Phòng Kinh tế", 8), ("vhxh", "Phòng Văn hóa - Xã hội", 8), ("thon", "Thôn, tổ dân phố", 70)]
    for c in range(COMMUNES):
        n = 0
        for code, name, size in kinds:
            did = f"{c:03d}-{code}"
            departments.append(Department(did, f"{name} xã {c:03d}", receives_citizens=code == "ttpvhcc"))
            for k in range(size):
                pid = f"{c:03d}-{n:03d}"
                people[pid] = Person(pid, f"Người {pid}", did, f"{code}-vị trí {k % max(1, size // 2)}")
                n += 1
        while n < PEOPLE_PER_COMMUNE:
            pid = f"{c:03d}-{n:03d}"
            people[pid] = Person(pid, f"Người {pid}", None, None)
            n += 1
    start = date(2027, 1, 4)
    classes = []
    for i in range(CLASSES):
        first = start + timedelta(days=rng.randrange(330))
        sessions: list[SessionTime] = []
        for d in range(2):
            day = first + timedelta(days=d)
            sessions += [SessionTime.of_block(day, TimeBlock.MORNING), SessionTime.of_block(day, TimeBlock.AFTERNOON)]
        classes.append(ScheduledClass(f"L{i:04d}", f"Lớp {i:04d}", tuple(sessions), capacity=LEARNERS_PER_CLASS - 1))
    ids = list(people)
    enrolments = []
    for cls in classes:
        commune = rng.randrange(COMMUNES)  # most learners of a class come from a few neighbouring communes
        pool = [p for p in ids if int(p[:3]) in (commune, (commune + 1) % COMMUNES, (commune + 2) % COMMUNES)]
        enrolments += [Enrolment(pid, cls.id) for pid in rng.sample(pool, LEARNERS_PER_CLASS)]
    return classes, enrolments, people, departments


def baseline_conflicts(
    classes: list[ScheduledClass],
    enrolments: list[Enrolment],
    people: dict[str, Person],
    departments: list[Department],
    calendar: WorkCalendar,
) -> int:
    """The obvious loops: every pair of a person's classes, every pair of their sessions; every day and
    every department counted from scratch."""
    by_id = {c.id: c for c in classes}
    mine: dict[str, list[str]] = defaultdict(list)
    roster: dict[str, list[str]] = defaultdict(list)
    for e in enrolments:
        mine[e.person_id].append(e.class_id)
        roster[e.class_id].append(e.person_id)
    found = 0
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pid, cids in mine.items():
        for a, b in combinations(sorted(set(cids)), 2):
            if any(s.overlaps(t) for s in by_id[a].sessions for t in by_id[b].sessions):
                pairs[(a, b)].append(pid)
    found += len(pairs)
    found += sum(1 for c in classes if c.capacity is not None and len(set(roster[c.id])) > c.capacity)
    days: dict[date, set[str]] = defaultdict(set)
    for c in classes:
        for s in c.sessions:
            days[s.day].update(roster[c.id])
    members: dict[str, list[Person]] = defaultdict(list)
    for p in people.values():
        if p.department_id:
            members[p.department_id].append(p)
    for _day, away_ids in days.items():
        for dept in departments:
            away = [p for p in members[dept.id] if p.id in away_ids]
            if away and default_coverage_rule(dept, members[dept.id], away):
                found += 1
    for c in classes:
        found += sum(1 for day in {s.day for s in c.sessions} if calendar.day_off(day))
    return found


def run(ctx: BenchContext) -> None:
    groups = learner_groups()
    lower_bound = sum(
        math.ceil(sum(g.count for g in groups if g.family == f) / 100) for f in {g.family for g in groups}
    )
    raw = best_of(lambda: baseline_split(groups, 100))
    base = baseline_split(groups, 100)
    ctx.report(
        "baseline: next fit, 20,000 learners of 40 titles",
        raw,
        None,
        f"{len(base)} classes, {sum(map(len, base))} group parts",
    )
    plan = split_groups(groups, capacity=100)
    t = best_of(lambda: split_groups(groups, capacity=100))
    parts = sum(len(c.portions) for c in plan.classes)
    ctx.report(
        "split_groups capacity 100",
        t,
        raw,
        f"{len(plan.classes)} classes (lower bound {lower_bound}), {parts} group parts, "
        f"sizes {min(c.size for c in plan.classes)}–{max(c.size for c in plan.classes)}",
    )
    k = len(plan.classes)
    t = best_of(lambda: split_groups(groups, classes=k), repeat=3)
    by_k = split_groups(groups, classes=k)
    ctx.report(
        f"split_groups into {k} classes",
        t,
        raw,
        f"{sum(len(c.portions) for c in by_k.classes)} group parts, "
        f"sizes {min(c.size for c in by_k.classes)}–{max(c.size for c in by_k.classes)}",
    )

    classes, enrolments, people, departments = province_schedule()
    calendar = WorkCalendar()
    for c in classes:  # the holiday tables are loaded once, outside both timings
        for s in c.sessions:
            calendar.day_off(s.day)
    raw = best_of(lambda: baseline_conflicts(classes, enrolments, people, departments, calendar), repeat=3)
    expected = baseline_conflicts(classes, enrolments, people, departments, calendar)
    ctx.report(
        "baseline: naive conflict loops",
        raw,
        None,
        f"{len(classes)} classes, {len(enrolments)} enrolments, {len(people)} people, {expected} conflicts",
    )
    found = find_conflicts(classes, enrolments, people, departments, calendar=calendar)
    t = best_of(lambda: find_conflicts(classes, enrolments, people, departments, calendar=calendar), repeat=3)
    kinds: dict[str, int] = defaultdict(int)
    for c in found:
        kinds[c.kind.value] += 1
    ctx.report(
        "find_conflicts (all kinds, with messages)",
        t,
        raw,
        f"{len(found)} conflicts {'= baseline' if len(found) == expected else f'≠ baseline {expected}'}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
    )
    run_database(ctx)


# ------------------------------------------------------------------------------------------ from the database


def add_province_schedule(path: Path, seed: int = 3) -> tuple[int, int, int]:
    """520 two-day classes of the province (4 sessions each) and 30 nominations per class, drawn from
    three neighbouring communes, written into a copy of the province demo. Returns (classes, sessions,
    nominations)."""
    from sqlalchemy import insert, select

    from app.workspace import open_workspace
    from db.enums import ClassStatus, CourseType, NominationStatus
    from db.models import ClassSession, Course, Nomination, Staff, TrainingClass
    from db.sync_meta import new_row_stamp, new_uid

    rng = random.Random(seed)
    ws = open_workspace(path)
    with ws.db.transaction() as s:
        stamp = new_row_stamp(s)
        s.execute(
            insert(Course),
            [
                {
                    **stamp,
                    "uid": new_uid(),
                    "name": "Bồi dưỡng kiến thức, kỹ năng cho công chức cấp xã",
                    "course_type": CourseType.SKILLS.value,
                    "mode": "in_person",
                    "target_categories": "",
                    "target_positions": "",
                    "requires_commitment": False,
                    "active": True,
                }
            ],
        )
        course_id = s.scalar(select(Course.id).order_by(Course.id.desc()).limit(1))
        by_commune: dict[str, list[int]] = defaultdict(list)
        for sid, owner in s.execute(select(Staff.id, Staff.owner_unit).where(Staff.status == "working")):
            by_commune[owner].append(sid)
        communes = sorted(c for c in by_commune if c)
        start = date(2027, 1, 4)
        classes = []
        for i in range(CLASSES):
            first = start + timedelta(days=rng.randrange(330))
            classes.append(
                {
                    **stamp,
                    "uid": new_uid(),
                    "course_id": course_id,
                    "code": f"KNCX-{i:04d}",
                    "name": f"Lớp {i:04d}",
                    "start_date": first,
                    "end_date": first + timedelta(days=1),
                    "capacity": LEARNERS_PER_CLASS - 1,
                    "status": ClassStatus.OPEN.value,
                }
            )
        s.execute(insert(TrainingClass), classes)
        ids = dict(
            s.execute(select(TrainingClass.uid, TrainingClass.id).where(TrainingClass.course_id == course_id)).all()
        )
        sessions, nominations = [], []
        for k in classes:
            cid = ids[k["uid"]]
            for d in range(2):
                for block, (a, b) in (("morning", ("07:30", "11:30")), ("afternoon", ("13:30", "17:00"))):
                    sessions.append(
                        {
                            **stamp,
                            "uid": new_uid(),
                            "class_id": cid,
                            "day": k["start_date"] + timedelta(days=d),
                            "block": block,
                            "start_time": a,
                            "end_time": b,
                        }
                    )
            c = rng.randrange(len(communes))
            near = [communes[(c + j) % len(communes)] for j in range(3)]
            pool = [sid for code in near for sid in by_commune[code]]
            for sid in rng.sample(pool, LEARNERS_PER_CLASS):
                nominations.append(
                    {
                        **stamp,
                        "uid": new_uid(),
                        "staff_id": sid,
                        "course_id": course_id,
                        "class_id": cid,
                        "status": NominationStatus.APPROVED.value,
                        "commitment": False,
                        "created_by": "bench",
                    }
                )
        s.execute(insert(ClassSession), sessions)
        s.execute(insert(Nomination), nominations)
    ws.close()
    return len(classes), len(sessions), len(nominations)


def baseline_from_database(path: Path, calendar: WorkCalendar) -> int:
    """The plain way: read the tables with sqlite3 and run the naive loops over them."""
    import sqlite3

    conn = sqlite3.connect(path)
    depts = {
        did: Department(uid, name, ratio, per, bool(rec))
        for did, uid, name, ratio, per, rec in conn.execute(
            "SELECT id, uid, name, coverage_min_ratio, coverage_min_per_position, receives_citizens FROM department "
            "WHERE deleted = 0"
        )
    }
    people = {
        uid: Person(uid, name, depts[did].id if did in depts else None, job or post)
        for uid, name, did, job, post in conn.execute(
            "SELECT uid, full_name, department_id, job_position, position FROM staff "
            "WHERE deleted = 0 AND status = 'working'"
        )
    }
    sessions: dict[int, list[SessionTime]] = defaultdict(list)
    for cid, day, a, b, block in conn.execute(
        "SELECT class_id, day, start_time, end_time, block FROM class_session WHERE deleted = 0"
    ):
        h1, m1 = map(int, a.split(":"))
        h2, m2 = map(int, b.split(":"))
        d = date.fromisoformat(day)
        from datetime import time as t

        sessions[cid].append(SessionTime(d, t(h1, m1), t(h2, m2), TimeBlock(block) if block else None))
    classes = [
        ScheduledClass(str(cid), name, tuple(sessions[cid]), cap)
        for cid, name, cap in conn.execute(
            "SELECT id, name, capacity FROM training_class WHERE deleted = 0 AND status != 'cancelled'"
        )
        if sessions[cid]
    ]
    scheduled = {c.id for c in classes}  # a class with no session yet (or cancelled) has no time to clash
    enrolments = [
        Enrolment(uid, str(cid))
        for uid, cid in conn.execute(
            "SELECT s.uid, n.class_id FROM nomination n JOIN staff s ON s.id = n.staff_id WHERE n.deleted = 0 "
            "AND n.class_id IS NOT NULL "
            "AND n.status IN ('proposed', 'approved', 'studying', 'completed', 'not_completed')"
        )
        if str(cid) in scheduled
    ]
    conn.close()
    return baseline_conflicts(classes, enrolments, people, list(depts.values()), calendar)


def run_database(ctx: BenchContext) -> None:
    from app.classes.schedule import load_schedule, schedule_conflicts
    from app.workspace import open_workspace

    path = ctx.copy_of_province("schedule.sqlite")
    start = __import__("time").perf_counter()
    n_classes, n_sessions, n_noms = add_province_schedule(path)
    ctx.report(
        "setup: province schedule written (bulk)",
        __import__("time").perf_counter() - start,
        None,
        f"{n_classes} classes, {n_sessions} sessions, {n_noms} nominations",
    )
    calendar = WorkCalendar()
    for year in (2026, 2027, 2028):  # holiday tables loaded once, outside both timings
        calendar.day_off(date(year, 1, 1))
    raw = best_of(lambda: baseline_from_database(path, calendar), repeat=3)
    expected = baseline_from_database(path, calendar)
    ctx.report("baseline: sqlite3 reads + naive conflict loops", raw, None, f"{expected} conflicts (one per day)")
    ws = open_workspace(path)
    try:
        with ws.db.reading() as s:
            t = best_of(lambda: schedule_conflicts(s, calendar=calendar), repeat=3)
            found = schedule_conflicts(s, calendar=calendar)
            load = best_of(lambda: load_schedule(s), repeat=3)
            data = load_schedule(s)
    finally:
        ws.close()
    kinds: dict[str, int] = defaultdict(int)
    for c in found:
        kinds[c.kind.value] += 1
    ctx.report(
        "schedule_conflicts from the database (named, merged)",
        t,
        raw,
        f"{len(found)} conflicts (coverage merged over days): "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
    )
    ctx.report(
        "  of which: load_schedule (column queries)",
        load,
        raw,
        f"{len(data.classes)} classes, {sum(len(r) for r in data.roster.values())} enrolments, "
        f"{len(data.people)} people",
    )
