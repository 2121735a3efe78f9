"""Checks run before nominations are saved, each with its reason (shown to the clerk, who may still go
ahead past a warning; a blocking problem stops the save).

- the person already holds what the course grants (or has completed this course);
- the person is already nominated to this course, or to a class whose dates overlap;
- the person retires before the course ends, or soon after a long one; university-level training only
  for people with more than 6 years of service left (seed 004);
- office coverage: sending these people at once leaves a department (or the public service centre)
  below its rule (see app.courses.coverage);
- the class is full, cancelled or finished; the person is no longer working."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.courses.catalogue import ClassInfo, CourseInfo, class_end, class_info, get_class, get_course_info
from app.courses.coverage import load_coverage
from app.courses.labels import NOMINATION_STATUS_LABELS
from app.dates import format_date, format_duration_months, months_between
from app.labels import QUALIFICATION_KIND_LABELS, STATUS_LABELS
from app.qualifications import find_level, level_label
from app.staff.job_positions import MatchState
from app.staff.records import StaffRow, list_rows
from db.enums import ClassStatus, CourseType, NominationStatus, QualificationKind, StaffStatus
from db.models import Nomination, Qualification, Staff

UNIVERSITY_MIN_MONTHS = 72  # "more than 6 years of service left" (seed 004)
LONG_COURSE_DAYS = 60
SOON_AFTER_MONTHS = 12


class CheckKind(StrEnum):
    NOT_WORKING = "not_working"
    DUPLICATE = "duplicate"
    ALREADY_HOLDS = "already_holds"
    OVERLAP = "overlap"
    RETIREMENT = "retirement"
    SERVICE_LEFT = "service_left"
    COVERAGE = "coverage"
    CAPACITY = "capacity"
    CLASS_CLOSED = "class_closed"


CHECK_LABELS = {
    CheckKind.NOT_WORKING: "Không còn công tác",
    CheckKind.DUPLICATE: "Đã được cử khóa này",
    CheckKind.ALREADY_HOLDS: "Đã có trình độ khóa học cấp",
    CheckKind.OVERLAP: "Trùng thời gian lớp khác",
    CheckKind.RETIREMENT: "Nghỉ hưu",
    CheckKind.SERVICE_LEFT: "Thời gian công tác còn lại",
    CheckKind.COVERAGE: "Bảo đảm người làm việc",
    CheckKind.CAPACITY: "Vượt sĩ số lớp",
    CheckKind.CLASS_CLOSED: "Lớp không nhận học viên",
}


@dataclass(frozen=True)
class CheckIssue:
    kind: CheckKind
    message: str
    staff_uids: tuple[str, ...] = ()  # empty: about the class as a whole
    blocking: bool = False

    @property
    def label(self) -> str:
        return CHECK_LABELS[self.kind]


@dataclass
class CheckReport:
    issues: list[CheckIssue] = field(default_factory=list)

    @property
    def blocking(self) -> list[CheckIssue]:
        return [i for i in self.issues if i.blocking]

    @property
    def warnings(self) -> list[CheckIssue]:
        return [i for i in self.issues if not i.blocking]

    def for_person(self, uid: str) -> list[CheckIssue]:
        return [i for i in self.issues if uid in i.staff_uids]

    def add(self, kind: CheckKind, message: str, uids: Iterable[str] = (), *, blocking: bool = False) -> None:
        self.issues.append(CheckIssue(kind, message, tuple(uids), blocking))


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date | None

    def overlaps(self, other: Period) -> bool:
        if not (self.start and self.end and other.start and other.end):
            return False
        return self.start <= other.end and other.start <= self.end

    @property
    def text(self) -> str:
        if self.start and self.end and self.start != self.end:
            return f"{format_date(self.start)} – {format_date(self.end)}"
        return format_date(self.start)


def holdings(session: Session, staff_ids: Iterable[int] | None = None) -> dict[int, dict[str, tuple[int, str]]]:
    """Best (rank, level code) per person and qualification kind."""
    query = select(Qualification.staff_id, Qualification.kind, Qualification.level).where(
        Qualification.deleted.is_(False)
    )
    if staff_ids is not None:
        query = query.where(Qualification.staff_id.in_(list(staff_ids)))
    best: dict[int, dict[str, tuple[int, str]]] = defaultdict(dict)
    for staff_id, kind, level in session.execute(query):
        lv = find_level(kind, level)
        if lv is None:
            continue
        have = best[staff_id].get(kind)
        if have is None or lv.rank > have[0]:
            best[staff_id][kind] = (lv.rank, lv.code)
    return best


def holds_grant(course: CourseInfo, held: dict[str, tuple[int, str]]) -> str | None:
    """Why the person needs no more of what the course grants (None when they lack it)."""
    if course.grants_kind is None or course.grants_kind == QualificationKind.OTHER or not course.grants_level:
        return None
    granted = find_level(course.grants_kind, course.grants_level)
    have = held.get(course.grants_kind.value)
    if granted is None or have is None or have[0] < granted.rank:
        return None
    kind = QUALIFICATION_KIND_LABELS[course.grants_kind]
    return f"đã có {kind.lower()} {level_label(course.grants_kind, have[1])} (khóa học cấp {granted.label})"


def target_period(course: CourseInfo, klass: ClassInfo | None) -> Period:
    if klass is None:
        return Period(None, None)
    return Period(klass.start_date, class_end(klass, course))


def run_checks(
    session: Session,
    course_uid: str,
    class_uid: str | None,
    staff_uids: Sequence[str],
    *,
    today: date | None = None,
    ignore_nomination_uids: Iterable[str] = (),
    rows: Sequence[StaffRow] | None = None,
) -> CheckReport:
    """Every check for sending ``staff_uids`` together to the course (and class)."""
    today = today or date.today()
    report = CheckReport()
    course = get_course_info(session, course_uid)
    klass = class_info(get_class(session, class_uid)) if class_uid else None
    period = target_period(course, klass)
    ignore = set(ignore_nomination_uids)
    wanted = list(dict.fromkeys(staff_uids))
    all_rows = {r.uid: r for r in (rows if rows is not None else list_rows(session, today=today))}
    people = [all_rows[u] for u in wanted if u in all_rows]
    ids = dict(session.execute(select(Staff.uid, Staff.id).where(Staff.uid.in_(wanted))).all())

    if klass is not None:
        if klass.status in (ClassStatus.CANCELLED, ClassStatus.FINISHED):
            report.add(
                CheckKind.CLASS_CLOSED,
                f"Lớp “{klass.code or klass.name}” {klass.status_label.lower()}; không thể cử thêm học viên.",
                blocking=True,
            )
        if klass.capacity is not None and klass.nominated + len(people) > klass.capacity:
            report.add(
                CheckKind.CAPACITY,
                f"Lớp “{klass.code or klass.name}” nhận tối đa {klass.capacity} học viên; đã có {klass.nominated}, "
                f"cử thêm {len(people)} sẽ thành {klass.nominated + len(people)}.",
            )

    # the people's other nominations
    active = [s.value for s in NominationStatus if s.active]
    others = session.scalars(
        select(Nomination).where(
            Nomination.deleted.is_(False),
            Nomination.status.in_([*active, NominationStatus.COMPLETED.value]),
        )
    ).all()
    by_person: dict[int, list[Nomination]] = defaultdict(list)
    for n in others:
        if n.uid not in ignore:
            by_person[n.staff_id].append(n)

    held = holdings(session, ids.values())
    for row in people:
        uid = row.uid
        if row.status != StaffStatus.WORKING:
            blocking = not row.status.on_books
            report.add(
                CheckKind.NOT_WORKING,
                f"{row.full_name}: {STATUS_LABELS[row.status].lower()}.",
                [uid],
                blocking=blocking,
            )
        for n in by_person.get(ids.get(uid, -1), []):
            status = NominationStatus(n.status)
            if n.course.uid == course.uid:
                if status == NominationStatus.COMPLETED:
                    if course.grants_kind is None or course.grants_kind == QualificationKind.OTHER:
                        when = f" ngày {format_date(n.completed_on)}" if n.completed_on else ""
                        report.add(CheckKind.ALREADY_HOLDS, f"{row.full_name}: đã hoàn thành khóa này{when}.", [uid])
                    continue
                report.add(
                    CheckKind.DUPLICATE,
                    f"{row.full_name}: đã được cử học khóa này ({NOMINATION_STATUS_LABELS[status].lower()}).",
                    [uid],
                    blocking=True,
                )
                continue
            if status == NominationStatus.COMPLETED:
                continue
            other_period = Period(
                n.training_class.start_date if n.training_class else None,
                n.training_class.end_date if n.training_class else None,
            )
            if period.overlaps(other_period):
                name = n.training_class.code or n.training_class.name if n.training_class else n.course.name
                report.add(
                    CheckKind.OVERLAP,
                    f"{row.full_name}: đã được cử lớp “{name}” ({other_period.text}), trùng thời gian với lớp này "
                    f"({period.text}).",
                    [uid],
                )
        if why := holds_grant(course, held.get(ids.get(uid, -1), {})):
            report.add(CheckKind.ALREADY_HOLDS, f"{row.full_name}: {why}.", [uid])
        elif course.course_type == CourseType.SPECIALISED and row.match == MatchState.MATCH:
            report.add(
                CheckKind.ALREADY_HOLDS,
                f"{row.full_name}: chuyên môn đã phù hợp vị trí việc làm “{row.job_position}”.",
                [uid],
            )
        _retirement_checks(report, row, course, period, today)

    _coverage_check(session, report, course, period, people, others, ignore)
    return report


def _retirement_checks(report: CheckReport, row: StaffRow, course: CourseInfo, period: Period, today: date) -> None:
    retire = row.retirement_date
    if retire is None:
        return
    start = period.start or today
    end = period.end or class_end(None, course, start)
    assert end is not None
    if retire <= end:
        report.add(
            CheckKind.RETIREMENT,
            f"{row.full_name}: nghỉ hưu ngày {format_date(retire)}, trước khi khóa học kết thúc ({format_date(end)}).",
            [row.uid],
        )
        return
    left = months_between(start, retire)
    if course.is_degree and left <= UNIVERSITY_MIN_MONTHS:
        report.add(
            CheckKind.SERVICE_LEFT,
            f"{row.full_name}: khi bắt đầu học chỉ còn {format_duration_months(left)} công tác; chỉ cử đi đào tạo "
            "đại học người còn trên 6 năm công tác.",
            [row.uid],
        )
    elif course.typical_days >= LONG_COURSE_DAYS and months_between(end, retire) < SOON_AFTER_MONTHS:
        report.add(
            CheckKind.RETIREMENT,
            f"{row.full_name}: nghỉ hưu ngày {format_date(retire)}, "
            f"chỉ {format_duration_months(months_between(end, retire))} sau khi kết thúc khóa học dài "
            f"({course.typical_days} ngày).",
            [row.uid],
        )


def _coverage_check(
    session: Session,
    report: CheckReport,
    course: CourseInfo,
    period: Period,
    people: Sequence[StaffRow],
    others: Sequence[Nomination],
    ignore: set[str],
) -> None:
    """Everyone away at the same time: these people, plus those already nominated to an overlapping
    class (or to the same course when no class is set)."""
    if not people:
        return
    away = {r.uid for r in people}
    for n in others:
        if n.uid in ignore or not NominationStatus(n.status).active:
            continue
        k = n.training_class
        same_batch = period.start is None and k is None and n.course.uid == course.uid
        if same_batch or (k is not None and period.overlaps(Period(k.start_date, k.end_date))):
            away.add(n.staff.uid)
    coverage = load_coverage(session)
    new = {r.uid for r in people}
    for problem in coverage.problems(away):
        involved = [uid for uid in problem.away_uids if uid in new]
        if not new.intersection(involved):
            continue  # a problem that exists without these people is not theirs to report
        report.add(CheckKind.COVERAGE, problem.message, involved)
