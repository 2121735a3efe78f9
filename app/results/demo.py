"""Demo step: classes of past years with their results, certificates (some expiring or expired),
effectiveness reviews, so that the results grid, the reviews due, the course targets and the annual
report have content over several years.

A result belongs to whoever runs the class, and the province records results only for people it knows
(from their commune's bundles). A commune goes through the services: learners are ranked and nominated,
the chairman's decision is issued; at the province's past classes the commune records each outcome
itself from the certificate or the province's notice (completed, the certificate on the person's record;
or not completed, with the reason) — the demo commune has sent no bundle yet, so it holds no result of the
province's, and the province's results come down once its people have gone up (they then agree). The
commune's own class is entered in its grid (``save_results``). A province (≥ 15,000 people) gets the same
picture in bulk: its past classes, its communes' nominations (as if their bundles had been imported) and
its results for them."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.courses.catalogue import ClassInput, CourseInput, apply_class, apply_course, create_class, get_class
from app.courses.checks import run_checks
from app.courses.demo import as_received, catalogue_uid
from app.courses.nominations import NominationTerms, change_status, grant_qualification, nominate
from app.courses.ranking import rank_candidates
from app.dates import format_date
from app.decisions.service import draft_decision, issue_decision
from app.errors import UserError
from app.evaluations.reviews import CRITERIA, EFFECTIVE, ReviewInput, review_from, save_review, suggested_outcome
from app.organisation import COMMUNE_KINDS, own_unit
from app.results.results import (
    ResultEntry,
    grade_for,
    save_results,
    validity_from,
)
from app.scheduling.holidays import WorkCalendar
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


def _ago(today: date, days: int) -> date:
    return today - timedelta(days=days)


#: the province's classes of past years: (course code, start = today − days, length in days, learners, code)
PAST: tuple[tuple[str, int, int, int, str], ...] = (
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
)


def past_catalogue(
    session: Session, today: date, province: str, *, status: ClassStatus = ClassStatus.FINISHED
) -> dict[str, TrainingClass]:
    """The demo province's two more courses and its classes of past years (class code → class), with the
    stable uids of ``app.courses.demo.catalogue_uid``: the demo province holds them as its own and a
    demo commune as received (the same rows, revision 1), so their bundles name the same rows. Rows that
    exist already are kept. ``status``: a commune writes them open (people are sent), then finishes them."""
    courses = {
        c.code: c
        for c in session.scalars(select(Course).where(Course.owner_unit == province, Course.deleted.is_(False)))
        if c.code
    }
    out: dict[str, TrainingClass] = {}
    with as_received(session):  # kept as given: the province's rows, revision 1, never a change of ours
        for data in NEW_COURSES:
            uid = catalogue_uid(province, "course", data.code or data.name)
            course = session.scalar(select(Course).where(Course.uid == uid))
            if course is None:
                course = Course(uid=uid, owner_unit=province, revision=1, change_seq=0, active=True)
                apply_course(course, data)
                session.add(course)
            courses[data.code or ""] = course
        for code, days_ago, length, _learners, label in PAST:
            course = courses.get(code)
            if course is None:
                continue
            uid = catalogue_uid(province, "class", label)
            klass = session.scalar(select(TrainingClass).where(TrainingClass.uid == uid))
            if klass is None:
                start = _ago(today, days_ago)
                klass = TrainingClass(uid=uid, course=course, owner_unit=province, revision=1, change_seq=0)
                apply_class(
                    klass,
                    ClassInput(
                        name=f"Lớp {label}",
                        code=label,
                        region="Khu vực 1",
                        batch=f"Năm {start.year}",
                        venue="Hội trường Trung tâm Chính trị thị xã Hoài Nhơn",
                        start_date=start,
                        end_date=start + timedelta(days=length - 1),
                        capacity=100,
                        status=status,
                    ),
                )
                session.add(klass)
            out[label] = klass
    return out


def _own_course_class(session: Session, course: Course, label: str, start: date, days: int) -> TrainingClass:
    """A class of the commune's own course (its rows, through the service)."""
    data = ClassInput(
        name=f"Lớp {label}",
        code=label,
        venue="Hội trường Ủy ban nhân dân xã",
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
    held = session.scalar(select(Course.id).where(Course.owner_unit == province, Course.deleted.is_(False)).limit(1))
    if held is not None:  # the province's catalogue is here (its set-up file): its classes of past years too
        _province_classes(session, rng, today, province)
    own = session.scalar(
        select(Course).where(Course.owner_unit == unit_code, Course.code == "TCD-XA", Course.deleted.is_(False))
    )
    if own is not None:
        _own_class(session, rng, today, own)
    _reviews(session, rng, today)


def _province_classes(session: Session, rng: random.Random, today: date, province: str) -> None:
    """The commune's people at the province's classes of past years, as the commune records them: its
    nominations and the chairman's decisions, then each outcome from the certificate (or the province's
    notice) — completed with the certificate on the person's record, or not completed with the reason.
    All the commune's own rows: the province records results only for people it knows, and this commune
    has not sent it a bundle yet (its copy of the province's rows is the set-up file's, and so holds no
    result of the province's). Once its people go up, the province's results come down and agree."""
    classes = past_catalogue(session, today, province, status=ClassStatus.OPEN)
    with as_received(session):  # held from the province's set-up file already: open while people are sent
        for klass in classes.values():
            klass.status = ClassStatus.OPEN
    sizes = {label: size for _code, _days, _length, size, label in PAST}
    number = 0
    for label, klass in classes.items():
        course = klass.course
        start = klass.start_date
        end = klass.end_date
        assert start is not None and end is not None
        when = start - timedelta(days=20)
        size = sizes[label]
        people = _learners(session, course, klass, size, when)
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
            issue_decision(session, decision.uid, issued_on=when + timedelta(days=7), by=BY)
            for i, n in enumerate(made):
                outcome = R.PASSED
                if size >= 3 and i == len(made) - 1 and rng.random() < 0.6:
                    outcome = rng.choice((R.FAILED, R.ABSENT))
                number += 1
                change_status(session, n.uid, NominationStatus.STUDYING, by=BY, on=start)
                if outcome != R.PASSED:
                    change_status(session, n.uid, NominationStatus.NOT_COMPLETED, by=BY, note=_NOT_PASSED[outcome])
                    continue
                issued = min(end + timedelta(days=rng.randint(3, 12)), today)
                if course.grants_kind is None and not course.grants_certificate:  # no certificate: the notice,
                    note = "Hoàn thành khóa học (theo thông báo kết quả của cơ sở đào tạo)"  # done on the last day
                    change_status(session, n.uid, NominationStatus.COMPLETED, by=BY, on=end, note=note)
                    continue
                certificate = f"{label}/{number:04d}"
                note = f"Theo giấy chứng nhận số {certificate} ngày {format_date(issued)}"
                change_status(session, n.uid, NominationStatus.COMPLETED, by=BY, on=issued, note=note)
                grant_qualification(  # the certificate on the person's record, as the clerk copies it
                    session,
                    n,
                    certificate_no=certificate,
                    issued_on=issued,
                    valid_until=validity_from(issued, course.certificate_valid_months),
                )
        with as_received(session):  # the province's class, finished as it holds it
            klass.status = ClassStatus.FINISHED
    session.flush()
    _certificates_of_finished_class(session)


#: why a learner did not complete a province's class, as the province's notice gives it
_NOT_PASSED = {
    R.FAILED: "Không đạt yêu cầu bài kiểm tra cuối khóa (theo thông báo của cơ sở đào tạo)",
    R.ABSENT: "Vắng mặt, không tham gia lớp học (theo thông báo của cơ sở đào tạo)",
}


def _certificates_of_finished_class(session: Session) -> None:
    """The certificates of the specialised class the courses demo completed by hand, on the records."""
    klass = session.scalar(select(TrainingClass).where(TrainingClass.code == "CMCN-2026-L01"))
    if klass is None or klass.end_date is None:
        return
    query = select(Nomination).where(Nomination.class_id == klass.id, Nomination.status == NominationStatus.COMPLETED)
    for i, n in enumerate(session.scalars(query.order_by(Nomination.id))):
        issued = n.completed_on or klass.end_date
        grant_qualification(session, n, certificate_no=f"CMCN-{i + 1:04d}/{issued.year}", issued_on=issued)
    session.flush()


def _own_class(session: Session, rng: random.Random, today: date, course: Course) -> None:
    """The commune's own course: a class two months ago, its results entered in the commune's grid."""
    start = _ago(today, 75)
    klass = _own_course_class(session, course, "TCD-XA-K0", start, 2)
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
    # a class running today, its last day: its learners studying, their results to be entered at its end
    # (until then it cannot be closed). Coherent with the day the demo is built: a class whose last day
    # has passed is finished (its results entered, as above), one running today is studying.
    cal = WorkCalendar()
    end = cal.next_working_day(today)  # today, or the next working day when built on a day off
    start = end - timedelta(days=1)
    while not cal.is_working_day(start):
        start -= timedelta(days=1)
    klass = _own_course_class(session, course, "TCD-XA-K1", start, (end - start).days + 1)
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
        for n in made:
            change_status(session, n.uid, NominationStatus.STUDYING, by=BY, on=start)
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
    classes = past_catalogue(session, today, province)
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
    session.flush()
    for code, _days_ago, _length, _size, label in PAST:
        klass = classes.get(label)
        if klass is None or klass.end_date is None:
            continue
        course = klass.course
        end = klass.end_date
        share = 0.04 if code in ("LDQL-XA", "QPAN-DT3") else 0.1
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
