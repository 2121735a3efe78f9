"""Who should go? Candidates for a course ranked by need, each with the reasons they are suggested.

The ranking is a list of *need providers*. A provider looks at the course and the people and returns,
for each person it has something to say about, one or more ``Need`` (a priority, a reason in Vietnamese
and optionally a deadline). Candidates are ordered by their highest priority, then the soonest deadline,
then the sum of priorities, then the Vietnamese name order. Other areas add providers without touching
this module, e.g. the plan targets (issue 6)::

    from app.courses.ranking import Need, register_need_provider

    def target_needs(ctx, people):
        return {uid: [Need(90, "Thuộc chỉ tiêu … còn thiếu", deadline=date(2028, 12, 31), source="target")] ...}

    register_need_provider("targets", target_needs)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.courses.catalogue import ClassInfo, CourseInfo, class_end, class_info, get_class, get_course_info
from app.courses.checks import holdings, holds_grant
from app.courses.labels import NOMINATION_STATUS_LABELS
from app.dates import format_date
from app.labels import QUALIFICATION_KIND_LABELS
from app.qualifications import find_level, level_label
from app.staff.job_positions import MatchState
from app.staff.records import StaffRow, list_rows
from app.text import fold
from db.enums import CourseType, NominationStatus, QualificationKind, Sex, StaffStatus
from db.models import Nomination, Staff

# priorities used by the built-in providers (targets may use anything; higher is more urgent)
P_MISMATCH = 100  # qualification does not match the job position: 100% retrained by end of 2028
P_MISSING = 60  # lacks the level the course grants
P_UPGRADE = 50  # has a lower level than the course grants
P_NEVER_TAKEN = 30  # a certificate course not yet taken
P_PRIORITY_GROUP = 5  # young, women, ethnic minorities (seeds 003, 004)
P_RETIRING = -50  # retires before (or soon after) the course ends


@dataclass(frozen=True)
class Need:
    priority: int
    reason: str
    deadline: date | None = None
    source: str = ""


@dataclass
class RankingContext:
    """What providers get: the session, the day, the course and class, and per-person facts computed once."""

    session: Session
    today: date
    course: CourseInfo
    klass: ClassInfo | None
    held: dict[int, dict[str, tuple[int, str]]]
    staff_ids: dict[str, int]
    end: date | None = None
    extra: dict[str, object] = field(default_factory=dict)  # providers may cache here

    def held_by(self, row: StaffRow) -> dict[str, tuple[int, str]]:
        return self.held.get(self.staff_ids.get(row.uid, -1), {})


NeedProvider = Callable[[RankingContext, Sequence[StaffRow]], Mapping[str, Iterable[Need]]]
_PROVIDERS: dict[str, NeedProvider] = {}


def register_need_provider(name: str, provider: NeedProvider) -> None:
    """Add (or replace, by name) a need provider used by every ranking."""
    _PROVIDERS[name] = provider


def unregister_need_provider(name: str) -> None:
    _PROVIDERS.pop(name, None)


def need_providers() -> dict[str, NeedProvider]:
    return dict(_PROVIDERS)


# ------------------------------------------------------------------------------ built-in providers


def mismatch_needs(ctx: RankingContext, people: Sequence[StaffRow]) -> dict[str, list[Need]]:
    """Specialised retraining (and degree courses) first for people whose degree does not fit their job."""
    if ctx.course.course_type not in (CourseType.SPECIALISED, CourseType.DEGREE):
        return {}
    return {
        r.uid: [
            Need(
                P_MISMATCH,
                f"Chuyên môn chưa phù hợp vị trí việc làm “{r.job_position}” (kế hoạch: 100% được bồi dưỡng "
                "chuyên môn chuyên ngành trước 31/12/2028)",
                deadline=date(2028, 12, 31),
                source="mismatch",
            )
        ]
        for r in people
        if r.match == MatchState.MISMATCH
    }


def grant_needs(ctx: RankingContext, people: Sequence[StaffRow]) -> dict[str, list[Need]]:
    """People lacking the level the course grants: none at all first, then a lower level."""
    course = ctx.course
    kind = course.grants_kind
    if kind is None or kind == QualificationKind.OTHER or not course.grants_level:
        return {}
    granted = find_level(kind, course.grants_level)
    if granted is None:
        return {}
    label = QUALIFICATION_KIND_LABELS[kind].lower()
    out: dict[str, list[Need]] = {}
    for r in people:
        have = ctx.held_by(r).get(kind.value)
        if have is None:
            out[r.uid] = [Need(P_MISSING, f"Chưa có {label}", source="grant")]
        elif have[0] < granted.rank:
            out[r.uid] = [Need(P_UPGRADE, f"{label.capitalize()} mới có {level_label(kind, have[1])}", source="grant")]
    return out


def never_taken_needs(ctx: RankingContext, people: Sequence[StaffRow]) -> dict[str, list[Need]]:
    """Courses that grant a certificate (or nothing): people who never completed it."""
    course = ctx.course
    if course.grants_kind not in (None, QualificationKind.OTHER):
        return {}
    done = set(
        ctx.session.scalars(
            select(Staff.uid)
            .join(Nomination, Nomination.staff_id == Staff.id)
            .where(
                Nomination.course_id == course.id,
                Nomination.status == NominationStatus.COMPLETED,
                Nomination.deleted.is_(False),
            )
        )
    )
    return {
        r.uid: [Need(P_NEVER_TAKEN, "Chưa tham gia chương trình này", source="course")]
        for r in people
        if r.uid not in done
    }


def priority_group_needs(ctx: RankingContext, people: Sequence[StaffRow]) -> dict[str, list[Need]]:
    """The plans give priority to young, female and ethnic-minority officials (seeds 003, 004)."""
    out: dict[str, list[Need]] = {}
    for r in people:
        bits = []
        if r.sex == Sex.FEMALE:
            bits.append("nữ")
        if r.ethnicity_code and r.ethnicity_code != "01":
            bits.append("người dân tộc thiểu số")
        if r.date_of_birth and (ctx.today.year - r.date_of_birth.year) < 35:
            bits.append("cán bộ trẻ")
        if bits:
            out[r.uid] = [Need(P_PRIORITY_GROUP, "Ưu tiên " + ", ".join(bits), source="priority")]
    return out


def retiring_needs(ctx: RankingContext, people: Sequence[StaffRow]) -> dict[str, list[Need]]:
    """People who retire before the course ends (or within a year of it) go to the bottom."""
    end = ctx.end
    if end is None:
        return {}
    from app.dates import add_months

    y, m = add_months(end.year, end.month, 12)
    horizon = date(y, m, min(end.day, 28))
    return {
        r.uid: [Need(P_RETIRING, f"Nghỉ hưu ngày {format_date(r.retirement_date)}", source="retirement")]
        for r in people
        if r.retirement_date is not None and r.retirement_date <= horizon
    }


for _name, _provider in (
    ("mismatch", mismatch_needs),
    ("grant", grant_needs),
    ("never_taken", never_taken_needs),
    ("priority_group", priority_group_needs),
    ("retiring", retiring_needs),
):
    register_need_provider(_name, _provider)


# ----------------------------------------------------------------------------------------- ranking


@dataclass(frozen=True)
class Candidate:
    row: StaffRow
    needs: tuple[Need, ...]
    in_target_group: bool
    holds: str | None  # why they need no more of what the course grants
    nominated: NominationStatus | None  # an existing nomination to this course

    @property
    def priority(self) -> int:
        positive = [n.priority for n in self.needs if n.priority > 0]
        negative = sum(n.priority for n in self.needs if n.priority < 0)
        return (max(positive) if positive else 0) + negative

    @property
    def deadline(self) -> date | None:
        dates = [n.deadline for n in self.needs if n.deadline]
        return min(dates) if dates else None

    @property
    def reasons(self) -> list[str]:
        out = [n.reason for n in sorted(self.needs, key=lambda n: -n.priority)]
        if self.holds:
            out.append(self.holds[:1].upper() + self.holds[1:])
        if self.nominated:
            out.append(f"Đã được cử khóa này ({NOMINATION_STATUS_LABELS[self.nominated].lower()})")
        if not self.in_target_group:
            out.append("Ngoài đối tượng của khóa học")
        return out

    @property
    def reason_text(self) -> str:
        return "; ".join(self.reasons)

    @property
    def suggested(self) -> bool:
        """Shown in the default list: in the target group, lacking what the course grants, not yet sent."""
        return (
            self.in_target_group
            and self.holds is None
            and self.nominated is None
            and any(n.priority > 0 for n in self.needs)
        )

    def sort_key(self) -> tuple[object, ...]:
        total = sum(n.priority for n in self.needs)
        return (-self.priority, self.deadline or date.max, -total, self.row.sort_key)


def in_target_group(course: CourseInfo, row: StaffRow) -> bool:
    if course.target_categories and row.category not in course.target_categories:
        return False
    if course.target_positions:
        haystack = f"{fold(row.job_position)} | {fold(row.position)}"
        return any(k in haystack for k in course.target_positions)
    return True


def rank_candidates(
    session: Session,
    course_uid: str,
    class_uid: str | None = None,
    *,
    today: date | None = None,
    everyone: bool = False,
    rows: Sequence[StaffRow] | None = None,
) -> list[Candidate]:
    """Candidates for the course, best first. By default only the suggested ones (see
    ``Candidate.suggested``); ``everyone`` lists every working person with their reasons."""
    today = today or date.today()
    course = get_course_info(session, course_uid)
    klass = class_info(get_class(session, class_uid)) if class_uid else None
    people = [
        r for r in (rows if rows is not None else list_rows(session, today=today)) if r.status == StaffStatus.WORKING
    ]
    ids = dict(session.execute(select(Staff.uid, Staff.id).where(Staff.deleted.is_(False))).all())
    ctx = RankingContext(
        session=session,
        today=today,
        course=course,
        klass=klass,
        held=holdings(session),
        staff_ids=ids,
        end=class_end(klass, course, today) if klass else class_end(None, course, today),
    )
    needs: dict[str, list[Need]] = {}
    for provider in _PROVIDERS.values():
        for uid, found in provider(ctx, people).items():
            needs.setdefault(uid, []).extend(found)
    nominated: dict[str, NominationStatus] = {}
    query = (
        select(Staff.uid, Nomination.status)
        .join(Nomination, Nomination.staff_id == Staff.id)
        .where(Nomination.course_id == course.id, Nomination.deleted.is_(False))
    )
    for uid, status in session.execute(query):
        st = NominationStatus(status)
        if st.active or st == NominationStatus.COMPLETED:
            nominated[uid] = st
    out = []
    for r in people:
        candidate = Candidate(
            row=r,
            needs=tuple(needs.get(r.uid, ())),
            in_target_group=in_target_group(course, r),
            holds=holds_grant(course, ctx.held_by(r)),
            nominated=nominated.get(r.uid),
        )
        if everyone or candidate.suggested:
            out.append(candidate)
    out.sort(key=Candidate.sort_key)
    return out


@dataclass(frozen=True)
class CourseSuggestion:
    course: CourseInfo
    candidate: Candidate


def rank_courses_for_person(
    session: Session, staff_uid: str, *, today: date | None = None, courses: Sequence[CourseInfo] | None = None
) -> list[CourseSuggestion]:
    """ "Send to…": every active course for one person, the ones meeting a need first."""
    from app.courses.catalogue import list_courses

    today = today or date.today()
    rows = [r for r in list_rows(session, today=today) if r.uid == staff_uid]
    if not rows:
        return []
    out = []
    for course in courses if courses is not None else list_courses(session):
        ranked = rank_candidates(session, course.uid, today=today, everyone=True, rows=rows)
        if ranked:
            out.append(CourseSuggestion(course, ranked[0]))
    out.sort(
        key=lambda s: (
            not s.candidate.suggested,
            -s.candidate.priority,
            s.candidate.deadline or date.max,
            s.course.name,
        )
    )
    return out
