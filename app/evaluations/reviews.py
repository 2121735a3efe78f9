"""The effectiveness review after training (đánh giá hiệu quả sau bồi dưỡng).

The plans (seed 000, mục III) ask the unit to judge, **at least three months after a course ends**, how
the training changed the way each person works: task results, quality of advice, responsibility,
discipline, inter-sector coordination and the satisfaction of citizens and businesses. Each criterion is
rated on a four-step scale (Tốt 4 – Khá 3 – Trung bình 2 – Yếu 1) with a comment, or left empty when it
does not apply to the person's work (not everyone receives citizens); then an overall conclusion.

- **Which trainings**: every completed one (a completed nomination or a passed class result) of a
  person still on the books. It ends on the class's last day (else the completion date).
- **When**: from the day three months after the end (23/08 → 23/11; 30/11 → 28/02 or 29/02). A review
  dated earlier is refused. It is *due* from then, *overdue* three months later (six months after the
  end), *upcoming* in the month before it is due.
- **Who**: the learner's own unit (it owns the nomination). A province reads its communes' reviews.
- **Summaries**: per course, course type, department (and commune at the province): the number
  reviewed, the average of each criterion and overall, and the share judged effective.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from statistics import mean

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.courses.labels import COURSE_TYPE_LABELS
from app.courses.nominations import check_own, get_nomination
from app.dates import add_months, format_date, last_day_of_month
from app.errors import NotFound, UserError, ValidationFailed
from app.results.results import Completion, load_completions
from app.security.permissions import Permission, require
from app.text import clean_text, collation_key, name_sort_key
from db.enums import CourseType, ReviewOutcome, StaffStatus
from db.models import Course, Department, Nomination, Staff, TrainingClass, TrainingReview, Unit
from db.sync_meta import UNIT_CODE

REVIEW_AFTER_MONTHS = 3  # the plans: at least three months after the course
OVERDUE_AFTER_MONTHS = 3  # further months before a due review is overdue
UPCOMING_DAYS = 30  # shown as upcoming this long before it is due

SCALE: dict[int, str] = {4: "Tốt", 3: "Khá", 2: "Trung bình", 1: "Yếu"}
SCALE_MIN, SCALE_MAX = 1, 4


@dataclass(frozen=True)
class Criterion:
    key: str  # the column in training_review (its comment is ``<key>_note``)
    label: str
    hint: str


CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "task_results",
        "Kết quả thực hiện nhiệm vụ",
        "Khối lượng, chất lượng, tiến độ công việc được giao sau khi học",
    ),
    Criterion("advice_quality", "Chất lượng tham mưu", "Tham mưu, đề xuất, xử lý công việc chuyên môn"),
    Criterion("responsibility", "Tinh thần trách nhiệm", "Chủ động, tận tụy, dám nghĩ, dám làm"),
    Criterion("discipline", "Ý thức kỷ luật, kỷ cương", "Chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ"),
    Criterion("coordination", "Phối hợp liên ngành", "Phối hợp với các ngành, lĩnh vực, cơ quan liên quan"),
    Criterion(
        "satisfaction",
        "Sự hài lòng của người dân, doanh nghiệp",
        "Phản hồi của người dân, doanh nghiệp khi giải quyết công việc",
    ),
)
CRITERION_KEYS = tuple(c.key for c in CRITERIA)
CRITERION_SHORT: dict[str, str] = {  # table headers
    "task_results": "KQ nhiệm vụ",
    "advice_quality": "Tham mưu",
    "responsibility": "Trách nhiệm",
    "discipline": "Kỷ luật",
    "coordination": "Phối hợp",
    "satisfaction": "Hài lòng",
}

OUTCOME_LABELS: dict[ReviewOutcome, str] = {
    ReviewOutcome.HIGH: "Hiệu quả rõ rệt",
    ReviewOutcome.EFFECTIVE: "Có hiệu quả",
    ReviewOutcome.LIMITED: "Hiệu quả hạn chế",
    ReviewOutcome.NONE: "Chưa có hiệu quả",
}
OUTCOMES_BEST_FIRST: tuple[ReviewOutcome, ...] = tuple(ReviewOutcome)
EFFECTIVE = frozenset({ReviewOutcome.HIGH, ReviewOutcome.EFFECTIVE})


def suggested_outcome(scores: Iterable[int | None]) -> ReviewOutcome | None:
    """The conclusion the criteria suggest (the reviewer may choose another): mean ≥ 3.5 clearly
    effective, ≥ 2.75 effective, ≥ 2 limited, below that not yet effective."""
    given = [s for s in scores if s is not None]
    if not given:
        return None
    avg = mean(given)
    if avg >= 3.5:
        return ReviewOutcome.HIGH
    if avg >= 2.75:
        return ReviewOutcome.EFFECTIVE
    if avg >= 2:
        return ReviewOutcome.LIMITED
    return ReviewOutcome.NONE


def months_after(day: date, months: int) -> date:
    """The same day ``months`` later (the last day of the month when it has no such day)."""
    y, m = add_months(day.year, day.month, months)
    return date(y, m, min(day.day, last_day_of_month(y, m).day))


def review_from(ended: date) -> date:
    """The first day a training that ended on ``ended`` may be reviewed."""
    return months_after(ended, REVIEW_AFTER_MONTHS)


class DueState(StrEnum):
    UPCOMING = "upcoming"  # sắp đến hạn
    DUE = "due"  # đến hạn
    OVERDUE = "overdue"  # quá hạn
    NOT_YET = "not_yet"  # chưa đến thời điểm đánh giá
    DONE = "done"  # đã đánh giá


DUE_LABELS: dict[DueState, str] = {
    DueState.UPCOMING: "Sắp đến hạn",
    DueState.DUE: "Đến hạn đánh giá",
    DueState.OVERDUE: "Quá hạn",
    DueState.NOT_YET: "Chưa đến thời điểm",
    DueState.DONE: "Đã đánh giá",
}


def due_state(ended: date, today: date, reviewed: bool) -> DueState:
    if reviewed:
        return DueState.DONE
    start = review_from(ended)
    if today < start:
        return DueState.UPCOMING if (start - today).days <= UPCOMING_DAYS else DueState.NOT_YET
    if today >= months_after(start, OVERDUE_AFTER_MONTHS):
        return DueState.OVERDUE
    return DueState.DUE


# ------------------------------------------------------------------------------------------ due list


@dataclass(frozen=True)
class DueReview:
    nomination_uid: str
    staff_uid: str
    full_name: str
    sort_key: str
    position: str
    department: str
    unit_code: str | None
    unit_name: str
    course_uid: str
    course_name: str
    course_type: CourseType
    class_label: str
    ended: date
    due_from: date
    overdue_from: date
    state: DueState
    review_uid: str | None = None
    reviewed_on: date | None = None
    overall: ReviewOutcome | None = None

    @property
    def state_label(self) -> str:
        return DUE_LABELS[self.state]


@dataclass(frozen=True, slots=True)
class _Reviewed:
    uid: str
    reviewed_on: date
    overall: ReviewOutcome


def _reviews_by_nomination(session: Session) -> dict[int, _Reviewed]:
    query = select(
        TrainingReview.nomination_id, TrainingReview.uid, TrainingReview.reviewed_on, TrainingReview.overall
    ).where(TrainingReview.deleted.is_(False))
    return {nid: _Reviewed(uid, day, ReviewOutcome(overall)) for nid, uid, day, overall in session.execute(query)}


def review_list(
    session: Session,
    *,
    today: date | None = None,
    states: Iterable[DueState] | None = (DueState.UPCOMING, DueState.DUE, DueState.OVERDUE),
    unit_code: str | None = None,
    completions: list[Completion] | None = None,
) -> list[DueReview]:
    """Completed trainings of people on the books with their review state; by default only those
    upcoming, due or overdue (``states=None``: all of them). Overdue first, then by due date and name.
    Reads columns, not records: a province holds tens of thousands of trainings."""
    today = today or date.today()
    wanted = set(states) if states is not None else None
    completions = completions if completions is not None else load_completions(session)
    if not completions:
        return []
    reviews = _reviews_by_nomination(session)
    on_books = [s.value for s in StaffStatus if s.on_books]
    staff_query = (
        select(
            Staff.id,
            Staff.uid,
            Staff.full_name,
            Staff.name_sort_key,
            Staff.position,
            Department.name,
            Staff.owner_unit,
        )
        .outerjoin(Department, Department.id == Staff.department_id)
        .where(Staff.deleted.is_(False), Staff.status.in_(on_books))
    )
    if unit_code is not None:
        staff_query = staff_query.where(Staff.owner_unit == unit_code)
    people = {row[0]: row for row in session.execute(staff_query)}
    nominations = dict(
        session.execute(select(Nomination.id, Nomination.uid).where(Nomination.deleted.is_(False))).all()
    )
    class_of = dict(session.execute(select(Nomination.id, Nomination.class_id)).all())
    labels = {
        k_id: code or name
        for k_id, code, name in session.execute(select(TrainingClass.id, TrainingClass.code, TrainingClass.name))
    }
    units = {str(c): str(n) for c, n in session.execute(select(Unit.code, Unit.name)).all()}
    out = []
    for c in completions:
        person = people.get(c.staff_id)
        n_uid = nominations.get(c.nomination_id)
        ended = c.class_end or (c.day if c.day != date.min else None)
        if person is None or n_uid is None or ended is None:
            continue
        review = reviews.get(c.nomination_id)
        state = due_state(ended, today, review is not None)
        if wanted is not None and state not in wanted:
            continue
        _id, staff_uid, name, sort_key, position, department, owner = person
        start = review_from(ended)
        out.append(
            DueReview(
                nomination_uid=n_uid,
                staff_uid=staff_uid,
                full_name=name,
                sort_key=sort_key or name_sort_key(name),
                position=position or "",
                department=department or "",
                unit_code=owner,
                unit_name=units.get(owner or "", owner or ""),
                course_uid=c.course_uid,
                course_name=c.course_name,
                course_type=c.course_type,
                class_label=labels.get(class_of.get(c.nomination_id) or -1, ""),
                ended=ended,
                due_from=start,
                overdue_from=months_after(start, OVERDUE_AFTER_MONTHS),
                state=state,
                review_uid=review.uid if review else None,
                reviewed_on=review.reviewed_on if review else None,
                overall=review.overall if review else None,
            )
        )
    order = {DueState.OVERDUE: 0, DueState.DUE: 1, DueState.UPCOMING: 2, DueState.NOT_YET: 3, DueState.DONE: 4}
    out.sort(key=lambda r: (order[r.state], r.due_from, r.sort_key))
    return out


# ------------------------------------------------------------------------------------------ the form


@dataclass(frozen=True)
class ReviewInput:
    nomination_uid: str
    reviewed_on: date
    scores: Mapping[str, int | None]
    notes: Mapping[str, str | None] = field(default_factory=dict)
    overall: ReviewOutcome | None = None  # None: what the scores suggest
    conclusion: str | None = None
    recommendation: str | None = None
    reviewer: str = ""


@dataclass(frozen=True)
class ReviewForm:
    """What the form shows: the training and, when it was reviewed already, the stored review."""

    nomination_uid: str
    full_name: str
    position: str
    department: str
    course_name: str
    class_label: str
    ended: date
    due_from: date
    editable: bool
    review: ReviewInput | None
    review_uid: str | None


def _completion_of(session: Session, n: Nomination) -> Completion | None:
    return next((c for c in load_completions(session) if c.nomination_id == n.id), None)


def review_form(session: Session, nomination_uid: str) -> ReviewForm:
    n = get_nomination(session, nomination_uid)
    done = _completion_of(session, n)
    if done is None:
        raise UserError(f"{n.staff.full_name} chưa hoàn thành khóa “{n.course.name}”; chưa thể đánh giá hiệu quả.")
    ended = done.class_end or done.day
    review = session.scalar(
        select(TrainingReview).where(TrainingReview.nomination_id == n.id, TrainingReview.deleted.is_(False))
    )
    stored = None
    if review is not None:
        stored = ReviewInput(
            nomination_uid=n.uid,
            reviewed_on=review.reviewed_on,
            scores={k: getattr(review, k) for k in CRITERION_KEYS},
            notes={k: getattr(review, f"{k}_note") for k in CRITERION_KEYS},
            overall=ReviewOutcome(review.overall),
            conclusion=review.conclusion,
            recommendation=review.recommendation,
            reviewer=review.reviewer,
        )
    mine = session.info.get(UNIT_CODE)
    klass = n.training_class
    return ReviewForm(
        nomination_uid=n.uid,
        full_name=n.staff.full_name,
        position=n.staff.position or "",
        department=n.staff.department.name if n.staff.department else "",
        course_name=n.course.name,
        class_label=(klass.code or klass.name) if klass else "",
        ended=ended,
        due_from=review_from(ended),
        editable=not (mine and n.owner_unit and n.owner_unit != mine),
        review=stored,
        review_uid=review.uid if review else None,
    )


def save_review(session: Session, data: ReviewInput, *, today: date | None = None) -> TrainingReview:
    """Store (or correct) the review of one completed training. Refused, naming the field, when it is
    dated before three months after the end or in the future, when no criterion is rated, or when a
    rating is off the scale."""
    actor = require(session, Permission.EDIT_RECORDS)
    today = today or date.today()
    n = get_nomination(session, data.nomination_uid)
    check_own(session, n, "Đánh giá sau bồi dưỡng")
    who = n.staff.full_name
    done = _completion_of(session, n)
    if done is None:
        raise UserError(f"{who} chưa hoàn thành khóa “{n.course.name}”; chưa thể đánh giá hiệu quả.")
    ended = done.class_end or done.day
    start = review_from(ended)
    errors: dict[str, str] = {}
    if data.reviewed_on < start:
        errors["reviewed_on"] = (
            f"Ngày đánh giá: khóa học kết thúc ngày {format_date(ended)}; chỉ đánh giá hiệu quả sau ít nhất "
            f"{REVIEW_AFTER_MONTHS} tháng, tức từ ngày {format_date(start)}"
        )
    elif data.reviewed_on > today:
        errors["reviewed_on"] = f"Ngày đánh giá {format_date(data.reviewed_on)} ở tương lai"
    scores: dict[str, int | None] = {}
    for c in CRITERIA:
        value = data.scores.get(c.key)
        if value is not None and not SCALE_MIN <= int(value) <= SCALE_MAX:
            errors[c.key] = f"{c.label}: mức đánh giá phải từ {SCALE_MIN} đến {SCALE_MAX}"
        scores[c.key] = None if value is None else int(value)
    if all(v is None for v in scores.values()):
        errors["scores"] = "Chưa đánh giá tiêu chí nào: hãy chọn mức cho ít nhất một tiêu chí"
    overall = data.overall or suggested_outcome(scores.values())
    if errors or overall is None:
        raise ValidationFailed(errors)
    review = session.scalar(select(TrainingReview).where(TrainingReview.nomination_id == n.id))
    if review is None:
        review = TrainingReview(nomination=n)
        session.add(review)
    review.deleted = False
    review.reviewed_on = data.reviewed_on
    review.reviewer = clean_text(data.reviewer) or actor.display_name
    for c in CRITERIA:
        setattr(review, c.key, scores[c.key])
        setattr(review, f"{c.key}_note", clean_text(data.notes.get(c.key)))
    review.overall = ReviewOutcome(overall)
    review.conclusion = clean_text(data.conclusion)
    review.recommendation = clean_text(data.recommendation)
    session.flush()
    return review


def delete_review(session: Session, review_uid: str) -> None:
    """Withdraw a review (a tombstone, so the removal travels); ``restore_review`` undoes it."""
    require(session, Permission.EDIT_RECORDS)
    review = session.scalar(select(TrainingReview).where(TrainingReview.uid == review_uid))
    if review is None:
        raise NotFound(f"Không tìm thấy phiếu đánh giá có mã {review_uid}.")
    check_own(session, review.nomination, "Đánh giá sau bồi dưỡng")
    review.deleted = True
    session.flush()


def restore_review(session: Session, review_uid: str) -> None:
    require(session, Permission.EDIT_RECORDS)
    review = session.scalar(select(TrainingReview).where(TrainingReview.uid == review_uid))
    if review is None:
        raise NotFound(f"Không tìm thấy phiếu đánh giá có mã {review_uid}.")
    review.deleted = False
    session.flush()


# ------------------------------------------------------------------------------------------ summaries


GROUPINGS: dict[str, str] = {
    "course": "Khóa học",
    "course_type": "Loại khóa học",
    "department": "Phòng, ban",
    "unit": "Đơn vị",
}


@dataclass(frozen=True)
class EffectivenessRow:
    label: str
    reviews: int
    averages: dict[str, float | None]  # criterion key → mean of the ratings given
    outcomes: dict[ReviewOutcome, int]
    total: bool = False

    @property
    def average(self) -> float | None:
        given = [v for v in self.averages.values() if v is not None]
        return mean(given) if given else None

    @property
    def effective_share(self) -> float | None:
        if not self.reviews:
            return None
        return sum(self.outcomes[o] for o in EFFECTIVE) / self.reviews


def effectiveness_summary(
    session: Session,
    by: str = "course",
    *,
    year: int | None = None,
    unit_code: str | None = None,
) -> list[EffectivenessRow]:
    """One row per course (course type, department or unit), best represented first, then a total
    row. ``year``: reviews made that year only."""
    if by not in GROUPINGS:
        raise UserError(f"Không tổng hợp được theo “{by}” (chọn: {', '.join(GROUPINGS)}).")
    scores = [getattr(TrainingReview, k) for k in CRITERION_KEYS]
    query = (
        select(TrainingReview.overall, *scores, Course.name, Course.course_type, Department.name, Staff.owner_unit)
        .join(Nomination, Nomination.id == TrainingReview.nomination_id)
        .join(Course, Course.id == Nomination.course_id)
        .join(Staff, Staff.id == Nomination.staff_id)
        .outerjoin(Department, Department.id == Staff.department_id)
        .where(TrainingReview.deleted.is_(False), Nomination.deleted.is_(False))
    )
    if year is not None:
        query = query.where(
            TrainingReview.reviewed_on >= date(year, 1, 1), TrainingReview.reviewed_on <= date(year, 12, 31)
        )
    if unit_code:
        query = query.where(Staff.owner_unit == unit_code)
    units = {str(c): str(n) for c, n in session.execute(select(Unit.code, Unit.name)).all()}
    n = len(CRITERION_KEYS)
    groups: dict[str, list[_Scored]] = defaultdict(list)
    for row in session.execute(query):
        overall, values = ReviewOutcome(row[0]), dict(zip(CRITERION_KEYS, row[1 : 1 + n], strict=True))
        course_name, course_type, department, owner = row[1 + n :]
        if by == "course":
            label = course_name
        elif by == "course_type":
            label = COURSE_TYPE_LABELS[CourseType(course_type)]
        elif by == "department":
            label = department or "Chưa xếp phòng, ban"
        else:
            label = units.get(owner or "", owner or "—")
        groups[label].append(_Scored(overall, values))
    rows = [_row(label, items) for label, items in groups.items()]
    rows.sort(key=lambda r: (-r.reviews, collation_key(r.label)))
    everything = [r for items in groups.values() for r in items]
    if everything:
        rows.append(_row("Tổng cộng", everything, total=True))
    return rows


@dataclass(frozen=True, slots=True)
class _Scored:
    overall: ReviewOutcome
    scores: dict[str, int | None]


def _row(label: str, reviews: list[_Scored], *, total: bool = False) -> EffectivenessRow:
    averages: dict[str, float | None] = {}
    for key in CRITERION_KEYS:
        given = [v for r in reviews if (v := r.scores[key]) is not None]
        averages[key] = mean(given) if given else None
    outcomes = dict.fromkeys(OUTCOMES_BEST_FIRST, 0)
    for r in reviews:
        outcomes[r.overall] += 1
    return EffectivenessRow(label, len(reviews), averages, outcomes, total)


def format_average(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def due_json(row: DueReview) -> dict[str, object]:
    """The CLI's object for one review to make."""
    return {
        "nomination": row.nomination_uid,
        "staff": row.staff_uid,
        "name": row.full_name,
        "department": row.department,
        "unit": row.unit_code,
        "course": row.course_name,
        "course_type": row.course_type.value,
        "class": row.class_label,
        "ended": row.ended.isoformat(),
        "due_from": row.due_from.isoformat(),
        "overdue_from": row.overdue_from.isoformat(),
        "state": row.state.value,
        "reviewed_on": row.reviewed_on.isoformat() if row.reviewed_on else None,
    }
