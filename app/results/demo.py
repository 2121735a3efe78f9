"""Demo step: classes of past years with their results, certificates (some expiring or expired),
effectiveness reviews, so that the results grid, the reviews due, the course targets and the annual
report have content over several years.

A commune goes through the services: learners are ranked and nominated, the chairman's decision is
issued, then the results of the province's classes arrive as the province's rows (the way a bundle
brings them) and are followed by the commune's nominations and records (``apply_received_results``); the
commune's own class is entered in its grid (``save_results``). A province (≥ 15,000 people) gets the
same picture in bulk: its past classes, its communes' nominations and its results."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.courses.catalogue import ClassInput, CourseInput, create_class, create_course, get_class
from app.courses.checks import run_checks
from app.courses.nominations import NominationTerms, nominate
from app.courses.ranking import rank_candidates
from app.decisions.service import draft_decision, issue_decision
from app.errors import UserError
from app.evaluations.reviews import CRITERIA, EFFECTIVE, ReviewInput, review_from, save_review, suggested_outcome
from app.organisation import COMMUNE_KINDS, own_unit
from app.results.results import (
    ResultEntry,
    apply_received_results,
    grade_for,
    save_results,
    validity_from,
)
from db.base import utcnow
from db.enums import ClassStatus, CourseMode, CourseType, NominationStatus, ResultCode, StaffCategory, StaffStatus
from db.models import Course, Nomination, Staff, TrainingClass, TrainingResult

BY = "demo"
C = StaffCategory
R = ResultCode

#: courses the province adds for the knowledge-update targets (law, ethics and office culture)
NEW_COURSES = (
    CourseInput(
        "Cập nhật kiến thức pháp luật mới cho cán bộ, công chức cấp xã",
        CourseType.SKILLS,
        code="CNPL",
        organiser="Sở Tư pháp thành phố Hải Phòng",
        mode=CourseMode.BLENDED,
        duration_days=2,
        target_categories=(C.CADRE, C.CIVIL_SERVANT),
        grants_certificate="Giấy chứng nhận cập nhật kiến thức pháp luật",
        funding_source="Ngân sách thành phố",
    ),
    CourseInput(
        "Bồi dưỡng đạo đức công vụ, văn hóa công sở và liêm chính",
        CourseType.OTHER,
        code="DDCV",
        organiser="Sở Nội vụ thành phố Hải Phòng",
        duration_days=2,
        target_categories=(C.CADRE, C.CIVIL_SERVANT, C.PUBLIC_EMPLOYEE),
        grants_certificate="Giấy chứng nhận bồi dưỡng đạo đức công vụ",
        funding_source="Ngân sách thành phố",
    ),
)
#: certificates that expire (months): digital skills and household registration need refreshing
VALIDITY = {"KNS-2026": 24, "TH-HT": 36}


def _ago(today: date, days: int) -> date:
    return today - timedelta(days=days)


def _plan(today: date) -> list[tuple[str, int, int, int, str]]:
    """(course code, start = today − days, length in days, learners, label) of the past classes."""
    return [
        ("TH-HT", 1350, 3, 2, "TH-HT-K1"),
        ("KNS-2026", 1100, 2, 5, "KNS-K1"),
        ("QPAN-DT3", 960, 10, 3, "QPAN-K1"),
        ("KNS-2026", 722, 2, 6, "KNS-K2"),
        ("CNPL", 590, 2, 10, "CNPL-K1"),
        ("DDCV", 430, 2, 8, "DDCV-K1"),
        ("LDQL-XA", 250, 5, 4, "LDQL-K1"),
        ("TH-HT", 140, 3, 2, "TH-HT-K2"),
        ("CNPL", 105, 2, 6, "CNPL-K2"),
        ("DDCV", 45, 2, 5, "DDCV-K2"),
    ]


def _courses(session: Session, province: str) -> dict[str, Course]:
    by_code = {c.code: c for c in session.scalars(select(Course).where(Course.deleted.is_(False))) if c.code}
    for data in NEW_COURSES:
        if data.code not in by_code:
            by_code[data.code or ""] = create_course(session, data, owner_unit=province)
    for code, months in VALIDITY.items():
        if code in by_code:
            by_code[code].certificate_valid_months = months
    return by_code


def _past_class(session: Session, course: Course, label: str, start: date, days: int) -> TrainingClass:
    data = ClassInput(
        name=f"Lớp {label}",
        code=label,
        region="Khu vực 1",
        batch=f"Năm {start.year}",
        venue="Hội trường Trung tâm Chính trị thị xã Hoài Nhơn",
        start_date=start,
        end_date=start + timedelta(days=days - 1),
        capacity=100,
        status=ClassStatus.OPEN,
    )
    uid = create_class(session, course.uid, data, unit_code=course.owner_unit).uid
    return get_class(session, uid)


def _learners(session: Session, course: Course, klass: TrainingClass, n: int, when: date) -> list[str]:
    """The best-ranked people who can go (no blocking check), as a clerk would pick them."""
    ranked = [c.row.uid for c in rank_candidates(session, course.uid, klass.uid, today=when, everyone=True)]
    ranked = [u for u in ranked if u][: n * 3]
    report = run_checks(session, course.uid, klass.uid, ranked, today=when)
    blocked = {u for issue in report.blocking for u in issue.staff_uids}
    return [u for u in ranked if u not in blocked][:n]


def _scores(rng: random.Random, result: ResultCode) -> float | None:
    if result == R.PASSED:
        return round(rng.uniform(6.5, 9.6), 1)
    if result == R.FAILED:
        return round(rng.uniform(3.0, 4.8), 1)
    return None


def _commune(session: Session, rng: random.Random, today: date, unit_code: str, province: str) -> None:
    courses = _courses(session, province)
    number = 0
    for code, days_ago, length, size, label in _plan(today):
        course = courses.get(code)
        if course is None:
            continue
        start = _ago(today, days_ago)
        klass = _past_class(session, course, label, start, length)
        when = start - timedelta(days=20)
        people = _learners(session, course, klass, size, when)
        if not people:
            klass.status = ClassStatus.CANCELLED
            continue
        made = nominate(
            session,
            course.uid,
            klass.uid,
            people,
            reasons={},
            terms=NominationTerms(),
            accept_warnings=True,
            by=BY,
            today=when,
        )
        decision = draft_decision(session, [n.uid for n in made], by=BY)
        issue_decision(session, decision.uid, issued_on=when + timedelta(days=7), by=BY)
        end = klass.end_date
        assert end is not None
        for i, n in enumerate(made):
            outcome = R.PASSED
            if size >= 3 and i == len(made) - 1 and rng.random() < 0.6:
                outcome = rng.choice((R.FAILED, R.ABSENT))
            number += 1
            issued = end + timedelta(days=rng.randint(3, 12)) if outcome == R.PASSED else None
            score = _scores(rng, outcome)
            session.add(
                TrainingResult(
                    nomination=n,
                    class_id=klass.id,
                    owner_unit=klass.owner_unit,  # the province runs the class: its rows, as a bundle brings them
                    result=outcome,
                    score=score,
                    grade=grade_for(score),
                    certificate_no=f"{label}/{number:04d}" if issued else None,
                    certificate_date=min(issued, today) if issued else None,
                    valid_until=validity_from(issued, course.certificate_valid_months) if issued else None,
                    recorded_by="Sở Nội vụ",
                )
            )
        klass.status = ClassStatus.FINISHED
        session.flush()
    _existing_finished_class(session, rng, today)
    apply_received_results(session)
    _own_class(session, rng, today, courses)
    _reviews(session, rng, today)


def _existing_finished_class(session: Session, rng: random.Random, today: date) -> None:
    """The province's results for the specialised class the courses demo finished by hand."""
    klass = session.scalar(select(TrainingClass).where(TrainingClass.code == "CMCN-2026-L01"))
    if klass is None or klass.end_date is None:
        return
    for i, n in enumerate(session.scalars(select(Nomination).where(Nomination.class_id == klass.id))):
        status = NominationStatus(n.status)
        if status not in (NominationStatus.COMPLETED, NominationStatus.NOT_COMPLETED):
            continue
        passed = status == NominationStatus.COMPLETED
        score = _scores(rng, R.PASSED if passed else R.FAILED)
        issued = klass.end_date + timedelta(days=10) if passed else None
        session.add(
            TrainingResult(
                nomination=n,
                class_id=klass.id,
                owner_unit=klass.owner_unit,
                result=R.PASSED if passed else R.FAILED,
                score=score,
                grade=grade_for(score),
                certificate_no=f"CMCN-{i + 1:04d}/{klass.end_date.year}" if passed else None,
                certificate_date=min(issued, today) if issued else None,
                note=None if passed else "Không đủ điều kiện dự thi cuối khóa",
                recorded_by="Sở Nội vụ",
            )
        )
    session.flush()


def _own_class(session: Session, rng: random.Random, today: date, courses: dict[str, Course]) -> None:
    """The commune's own course: a class two months ago, its results entered in the commune's grid."""
    course = courses.get("TCD-XA")
    if course is None:
        return
    start = _ago(today, 75)
    klass = _past_class(session, course, "TCD-XA-K0", start, 2)
    klass.venue, klass.region, klass.batch = "Hội trường Ủy ban nhân dân xã", None, None
    when = start - timedelta(days=14)
    people = _learners(session, course, klass, 4, when)
    if not people:
        return
    made = nominate(
        session,
        course.uid,
        klass.uid,
        people,
        reasons={},
        terms=NominationTerms(),
        accept_warnings=True,
        by=BY,
        today=when,
    )
    decision = draft_decision(session, [n.uid for n in made], by=BY)
    issue_decision(session, decision.uid, issued_on=when + timedelta(days=3), by=BY)
    entries = []
    for i, n in enumerate(made):
        outcome = R.ABSENT if i == len(made) - 1 and len(made) > 2 else R.PASSED
        entries.append(
            ResultEntry(
                n.uid,
                outcome,
                score=_scores(rng, outcome),
                note="Trùng lịch trực tiếp công dân" if outcome == R.ABSENT else None,
            )
        )
    save_results(session, klass.uid, entries, by=BY, today=today)
    klass.status = ClassStatus.FINISHED
    session.flush()
    # a class that ended last week: its results are still to be entered (and it cannot be closed yet)
    start = _ago(today, 7)
    klass = _past_class(session, course, "TCD-XA-K1", start, 2)
    klass.venue, klass.region, klass.batch = "Hội trường Ủy ban nhân dân xã", None, None
    when = start - timedelta(days=14)
    people = _learners(session, course, klass, 4, when)
    if people:
        made = nominate(
            session,
            course.uid,
            klass.uid,
            people,
            reasons={},
            terms=NominationTerms(),
            accept_warnings=True,
            by=BY,
            today=when,
        )
        decision = draft_decision(session, [n.uid for n in made], by=BY)
        issue_decision(session, decision.uid, issued_on=when + timedelta(days=3), by=BY)
    klass.status = ClassStatus.RUNNING
    session.flush()


_COMMENTS = {
    4: "Vận dụng tốt kiến thức được bồi dưỡng vào công việc",
    3: "Có tiến bộ rõ so với trước khi học",
    2: "Có chuyển biến nhưng chưa đều",
    1: "Chưa thấy thay đổi",
}


def _reviews(session: Session, rng: random.Random, today: date) -> None:
    """Most trainings due for review are reviewed some weeks after they are due; a few are left due or
    overdue so the list has work in it."""
    from app.results.results import load_completions

    for c in sorted(load_completions(session), key=lambda c: (c.day, c.nomination_id)):
        ended = c.class_end or c.day
        start = review_from(ended)
        recent = (today - start).days < 45  # due lately: most still to do (the list has work in it)
        if start > today or rng.random() < (0.7 if recent else 0.1):
            continue
        on = min(today, start + timedelta(days=rng.randint(5, 60)))
        base = rng.choice((4, 3, 3, 3, 2))
        scores: dict[str, int | None] = {k.key: max(1, min(4, base + rng.choice((-1, 0, 0, 0, 1)))) for k in CRITERIA}
        if rng.random() < 0.5:
            scores["satisfaction"] = None  # not receiving citizens
        n = session.get(Nomination, c.nomination_id)
        assert n is not None
        if not StaffStatus(n.staff.status).on_books:
            continue
        outcome = suggested_outcome(scores.values())
        try:
            save_review(
                session,
                ReviewInput(
                    nomination_uid=n.uid,
                    reviewed_on=on,
                    scores=scores,
                    notes={"task_results": _COMMENTS[scores["task_results"] or 3]},
                    overall=outcome,
                    conclusion="Hoàn thành tốt nhiệm vụ sau khi được bồi dưỡng."
                    if outcome in EFFECTIVE
                    else "Cần tiếp tục theo dõi, kèm cặp.",
                    reviewer="Trưởng phòng Văn hóa - Xã hội",
                ),
                today=today,
            )
        except UserError:
            continue


# ------------------------------------------------------------------------------------------- province


def _province(session: Session, rng: random.Random, today: date, province: str) -> None:
    """Bulk: the province's past classes with its communes' learners and their results."""
    courses = _courses(session, province)
    people = session.execute(
        select(Staff.id, Staff.owner_unit, Staff.category).where(
            Staff.deleted.is_(False), Staff.status == StaffStatus.WORKING
        )
    ).all()
    if not people:
        return
    now = utcnow().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    nominations: list[tuple[Any, ...]] = []
    results: list[tuple[Any, ...]] = []
    reviews: list[tuple[Any, ...]] = []
    next_id = (session.execute(select(Nomination.id).order_by(Nomination.id.desc()).limit(1)).scalar() or 0) + 1
    for code, days_ago, length, _size, label in _plan(today):
        course = courses.get(code)
        if course is None:
            continue
        start = _ago(today, days_ago)
        klass = _past_class(session, course, label, start, length)
        klass.status = ClassStatus.FINISHED
        session.flush()
        end = start + timedelta(days=length - 1)
        share = 0.04 if code in ("QLNN-CV", "LDQL-XA", "QPAN-DT3") else 0.1
        eligible = [p for p in people if p.category in (C.CADRE, C.CIVIL_SERVANT)]
        for p in eligible:
            if rng.random() > share:
                continue
            outcome = R.PASSED if rng.random() < 0.93 else rng.choice((R.FAILED, R.ABSENT))
            status = NominationStatus.COMPLETED if outcome == R.PASSED else NominationStatus.NOT_COMPLETED
            nid = next_id
            next_id += 1
            issued = end + timedelta(days=7) if outcome == R.PASSED else None
            nominations.append(
                (
                    nid,
                    str(uuid.uuid4()),
                    p.owner_unit,
                    now,
                    p.id,
                    course.id,
                    klass.id,
                    status.value,
                    issued if outcome == R.PASSED else None,
                )
            )
            score = _scores(rng, outcome)
            results.append(
                (
                    str(uuid.uuid4()),
                    province,
                    now,
                    nid,
                    klass.id,
                    outcome.value,
                    score,
                    grade_for(score),
                    f"{label}/{nid:06d}" if issued else None,
                    min(issued, today) if issued else None,
                    validity_from(issued, course.certificate_valid_months) if issued else None,
                )
            )
            due = review_from(end)
            if outcome == R.PASSED and due <= today and rng.random() < 0.7:
                base = rng.choice((4, 3, 3, 2))
                reviews.append(
                    (
                        str(uuid.uuid4()),
                        p.owner_unit,
                        now,
                        nid,
                        min(today, due + timedelta(days=20)),
                        base,
                        base,
                        base,
                        min(4, base + 1),
                        base,
                        "effective" if base >= 3 else "limited",
                    )
                )
    conn = session.connection()
    conn.exec_driver_sql(
        "INSERT INTO nomination (id, uid, owner_unit, revision, updated_at, deleted, change_seq, staff_id, "
        "course_id, class_id, status, commitment, completed_on, created_by) "
        "VALUES (?, ?, ?, 1, ?, 0, 0, ?, ?, ?, ?, 0, ?, 'demo')",
        nominations,
    )
    conn.exec_driver_sql(
        "INSERT INTO training_result (uid, owner_unit, revision, updated_at, deleted, change_seq, nomination_id, "
        "class_id, result, score, grade, certificate_no, certificate_date, valid_until, recorded_by) "
        "VALUES (?, ?, 1, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')",
        results,
    )
    conn.exec_driver_sql(
        "INSERT INTO training_review (uid, owner_unit, revision, updated_at, deleted, change_seq, nomination_id, "
        "reviewed_on, reviewer, task_results, advice_quality, responsibility, discipline, coordination, overall) "
        "VALUES (?, ?, 1, ?, 0, 0, ?, ?, 'demo', ?, ?, ?, ?, ?, ?)",
        reviews,
    )


def demo_results(session: Session, rng: random.Random, today: date) -> None:
    unit = own_unit(session)
    if unit is None or session.scalar(select(TrainingResult.id).limit(1)) is not None:
        return  # not set up, or the demo ran on this database already
    if unit.kind in COMMUNE_KINDS:
        if not unit.parent_code:
            return
        _commune(session, rng, today, unit.code, unit.parent_code)
    else:
        _province(session, rng, today, unit.code)
    session.flush()


from app.demo import EXTRA_STEPS  # noqa: E402

EXTRA_STEPS.append(demo_results)
