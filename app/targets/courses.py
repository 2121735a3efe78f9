"""Targets measured by training results, and the ranking of candidates by the targets they would meet.

Two achievement types, registered with ``app.targets.achievements``:

- **Completed a course** (``course``): of a type (``course_type``: a course type, or a topic that spans
  types and course names, e.g. "cập nhật kiến thức pháp luật, đạo đức, văn hóa công sở, CNTT, chuyển đổi
  số"), optionally one given course (``course_uid``), optionally since a date (``since``). A completion
  is a completed nomination or a passed class result (``app.results.results.load_completions``), dated by
  the certificate, else the completion, else the class's last day. Cumulative.
- **Reviewed after training** (``training_review``): among the people with a completed training (since
  ``since``) whose effectiveness review is due — three months after it ended — those whose every due
  training has a review. A measured state (people become due as time passes), so it is judged like a
  classification: below the threshold means at risk.

The ranking of candidates for a course (``app.courses.ranking``) gets one more need provider: people
counted as missing by an unmet target that the course would meet rank first (the priority of the
plans' most urgent rule), sooner deadlines first, with the target named as the reason.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.courses.catalogue import CourseInfo, list_courses
from app.courses.labels import COURSE_TYPE_LABELS
from app.courses.ranking import Need, RankingContext, register_need_provider
from app.dates import format_date
from app.errors import UserError
from app.evaluations.reviews import review_from
from app.qualifications import find_level
from app.results.results import Completion, load_completions
from app.staff.records import StaffRow
from app.targets.achievements import (
    AchievementType,
    Choice,
    EvalData,
    Evaluator,
    Measurement,
    ParamField,
    ProgressModel,
    register,
)
from app.targets.population import Person
from app.text import fold
from db.enums import ClassStatus, CourseType, NominationStatus, QualificationKind
from db.models import Course, Nomination, TrainingReview

P_TARGET = 100  # as urgent as the plans' first rule (mismatched staff retrained by 2028); deadlines decide


@dataclass(frozen=True)
class Topic:
    """A kind of training the plans name that is not one course type: courses of these types, or whose
    name contains one of these (folded) words."""

    key: str
    label: str
    phrase: str  # how a target's description names it: "khóa …"
    types: tuple[CourseType, ...] = ()
    words: tuple[str, ...] = ()

    def matches(self, course_type: CourseType, name_key: str) -> bool:
        return course_type in self.types or any(w in name_key for w in self.words)


TOPICS: dict[str, Topic] = {
    t.key: t
    for t in (
        Topic(
            "dao_tao_lai",
            "Đào tạo lại, bồi dưỡng chuyên môn chuyên ngành",
            "khóa bồi dưỡng kiến thức chuyên môn chuyên ngành hoặc đào tạo lại",
            (CourseType.SPECIALISED, CourseType.DEGREE),
        ),
        Topic(
            "theo_vtvl_so",
            "Kiến thức, kỹ năng theo vị trí việc làm, quản trị dữ liệu, hồ sơ điện tử",
            "khóa tập huấn nghiệp vụ theo vị trí việc làm hoặc kỹ năng số",
            (CourseType.SKILLS, CourseType.DIGITAL),
        ),
        Topic(
            "cap_nhat_kien_thuc",
            "Cập nhật pháp luật, đạo đức công vụ, văn hóa công sở, CNTT, chuyển đổi số",
            "khóa cập nhật kiến thức pháp luật, đạo đức công vụ, văn hóa công sở, công nghệ thông tin, chuyển đổi số",
            (CourseType.DIGITAL,),
            (
                "phap luat",
                "dao duc",
                "van hoa cong so",
                "liem chinh",
                "cong nghe thong tin",
                "chuyen doi so",
                "ky nang so",
                "doi moi sang tao",
            ),
        ),
        Topic(
            "dao_duc_cong_vu",
            "Đạo đức công vụ, văn hóa công sở, liêm chính",
            "khóa bồi dưỡng đạo đức công vụ, văn hóa công sở, liêm chính",
            (),
            ("dao duc", "van hoa cong so", "liem chinh"),
        ),
    )
}


def _since(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise UserError(f"Ngày tính từ “{value}” không hợp lệ (dạng yyyy-mm-dd).") from None


def _since_choices(params: Mapping[str, Any]) -> list[Choice]:
    out = [Choice(None, "Bất kỳ lúc nào")]
    current = params.get("since")
    years = range(date.today().year + 1, 2014, -1)
    choices = [Choice(f"{y}-01-01", f"Từ 01/01/{y}") for y in years]
    if current and all(c.value != current for c in choices):
        out.append(Choice(current, f"Từ {format_date(_since(current))}"))
    return out + choices


# --------------------------------------------------------------------------------- shared data


def completions_by_staff(data: EvalData) -> dict[int, list[Completion]]:
    cached = data.cache.get("completions")
    if cached is None:
        grouped: dict[int, list[Completion]] = defaultdict(list)
        for c in load_completions(data.session):
            grouped[c.staff_id].append(c)
        for items in grouped.values():
            items.sort(key=lambda c: c.day)
        cached = data.cache["completions"] = dict(grouped)
    return cached


@dataclass(frozen=True)
class _Active:
    course_uid: str
    course_type: CourseType
    course_name: str
    status: NominationStatus


def active_nominations(data: EvalData) -> dict[int, list[_Active]]:
    """People already sent (or proposed) to a course: the "who is missing" list says so."""
    cached = data.cache.get("active_nominations")
    if cached is None:
        grouped: dict[int, list[_Active]] = defaultdict(list)
        active = [s.value for s in NominationStatus if s.active]
        query = (
            select(Nomination.staff_id, Course.uid, Course.course_type, Course.name, Nomination.status)
            .join(Course, Course.id == Nomination.course_id)
            .where(Nomination.deleted.is_(False), Nomination.status.in_(active))
        )
        for staff_id, uid, ctype, name, status in data.session.execute(query):
            grouped[staff_id].append(_Active(uid, CourseType(ctype), name, NominationStatus(status)))
        cached = data.cache["active_nominations"] = dict(grouped)
    return cached


def review_days(data: EvalData) -> dict[int, date]:
    """nomination id → the day of its effectiveness review."""
    cached = data.cache.get("reviews")
    if cached is None:
        query = select(TrainingReview.nomination_id, TrainingReview.reviewed_on).where(
            TrainingReview.deleted.is_(False)
        )
        cached = data.cache["reviews"] = dict(data.session.execute(query).all())
    return cached


# ---------------------------------------------------------------------------- completed a course


def course_matcher(params: Mapping[str, Any]) -> Callable[[str, CourseType, str], bool]:
    """(course uid, course type, course name) → whether a completion of it counts."""
    wanted_uid = params.get("course_uid")
    kind = params.get("course_type")
    topic = TOPICS.get(kind) if kind else None
    course_type = CourseType(kind) if kind and topic is None else None

    def matches(uid: str, ctype: CourseType, name: str) -> bool:
        if wanted_uid:
            return bool(uid == wanted_uid)
        if topic is not None:
            return topic.matches(ctype, fold(name))
        return course_type is None or ctype == course_type

    return matches


class CourseCompleted(AchievementType):
    key = "course"
    label = "Đã hoàn thành khóa đào tạo, bồi dưỡng"
    model = ProgressModel.CUMULATIVE

    def fields(self) -> list[ParamField]:
        def kinds(_p: Mapping[str, Any]) -> list[Choice]:
            return (
                [Choice(None, "Mọi loại khóa học")]
                + [Choice(t.value, label) for t, label in COURSE_TYPE_LABELS.items()]
                + [Choice(t.key, f"Nội dung: {t.label}") for t in TOPICS.values()]
            )

        def courses(params: Mapping[str, Any]) -> list[Choice]:
            out = [Choice(None, "Bất kỳ khóa học nào thuộc loại trên")]
            if params.get("course_uid"):
                out.append(Choice(params["course_uid"], params.get("course_name") or "Khóa học đã chọn"))
            return out

        return [
            ParamField("course_type", "Loại khóa học", kinds),
            ParamField("course_uid", "Khóa học cụ thể", courses, lookup="courses"),
            ParamField("since", "Hoàn thành từ", _since_choices),
        ]

    def normalise(self, params: Mapping[str, Any]) -> dict[str, Any]:
        kind = params.get("course_type") or None
        if kind is not None and kind not in TOPICS:
            try:
                kind = CourseType(str(kind)).value
            except ValueError:
                raise UserError(f"Loại khóa học “{kind}” không hợp lệ.") from None
        since = _since(params.get("since"))
        out: dict[str, Any] = {"course_type": kind, "since": since.isoformat() if since else None}
        if params.get("course_uid"):
            out["course_uid"] = str(params["course_uid"])
            if params.get("course_name"):
                out["course_name"] = str(params["course_name"])
        return out

    def describe(self, params: Mapping[str, Any]) -> str:
        kind = params.get("course_type")
        if params.get("course_uid"):
            what = f"khóa “{params.get('course_name') or 'đã chọn'}”"
        elif kind in TOPICS:
            what = TOPICS[kind].phrase
        elif kind:
            label = COURSE_TYPE_LABELS[CourseType(kind)]
            what = f"khóa {label[:1].lower()}{label[1:]}"
        else:
            what = "một khóa đào tạo, bồi dưỡng"
        since = _since(params.get("since"))
        return f"Đã hoàn thành {what}" + (f" (từ {format_date(since)})" if since else "")

    def evaluator(self, data: EvalData, params: Mapping[str, Any]) -> Evaluator:
        return _CourseEvaluator(
            completions_by_staff(data), active_nominations(data), course_matcher(params), _since(params.get("since"))
        )


class _CourseEvaluator(Evaluator):
    def __init__(
        self,
        completions: dict[int, list[Completion]],
        active: dict[int, list[_Active]],
        matches: Callable[[str, CourseType, str], bool],
        since: date | None,
    ) -> None:
        self.active, self.matches, self.since = active, matches, since
        self.first: dict[int, Completion] = {}  # each person's first counting completion
        for staff_id, items in completions.items():
            for c in items:  # sorted by day
                if (since is None or c.day >= since) and matches(c.course_uid, c.course_type, c.course_name):
                    self.first[staff_id] = c
                    break

    def measure(self, members: Collection[int], day: date) -> Measurement:
        first = self.first
        achieved = frozenset(i for i in members if i in first and first[i].day <= day)
        return Measurement(frozenset(members), achieved)

    def detail(self, person: Person, day: date) -> str:
        done = self.first.get(person.id)
        if done is not None and done.day > day:
            return f"Hoàn thành sau ngày tính: {done.course_name} ({format_date(done.class_end or done.day)})"
        going = [a for a in self.active.get(person.id, ()) if self.matches(a.course_uid, a.course_type, a.course_name)]
        if going:
            from app.courses.labels import NOMINATION_STATUS_LABELS

            a = going[0]
            return f"Đã cử: {a.course_name} ({NOMINATION_STATUS_LABELS[a.status].lower()})"
        return "Chưa hoàn thành khóa nào phù hợp" + (f" từ {format_date(self.since)}" if self.since else "")


# ------------------------------------------------------------------------- reviewed after training


class ReviewedAfterTraining(AchievementType):
    key = "training_review"
    label = "Được đánh giá hiệu quả sau bồi dưỡng"
    model = ProgressModel.STATE

    def fields(self) -> list[ParamField]:
        return [ParamField("since", "Khóa học kết thúc từ", _since_choices)]

    def normalise(self, params: Mapping[str, Any]) -> dict[str, Any]:
        since = _since(params.get("since"))
        return {"since": since.isoformat() if since else None}

    def describe(self, params: Mapping[str, Any]) -> str:
        since = _since(params.get("since"))
        text = "Được đánh giá hiệu quả sau bồi dưỡng (sau tối thiểu 03 tháng) đối với mọi khóa đã hoàn thành"
        return text + (f" kết thúc từ {format_date(since)}" if since else "")

    def evaluator(self, data: EvalData, params: Mapping[str, Any]) -> Evaluator:
        return _ReviewEvaluator(completions_by_staff(data), review_days(data), _since(params.get("since")))


class _ReviewEvaluator(Evaluator):
    def __init__(self, completions: dict[int, list[Completion]], reviews: dict[int, date], since: date | None):
        self.reviews = reviews
        # per person: (end of training, review from, nomination id, course name)
        self.trainings: dict[int, list[tuple[date, date, int, str]]] = {}
        for staff_id, items in completions.items():
            rows = []
            for c in items:
                ended = c.class_end or (c.day if c.day != date.min else None)
                if ended is None or (since is not None and ended < since):
                    continue
                rows.append((ended, review_from(ended), c.nomination_id, c.course_name))
            if rows:
                self.trainings[staff_id] = rows

    def _due(self, person_id: int, day: date) -> list[tuple[date, date, int, str]]:
        return [t for t in self.trainings.get(person_id, ()) if t[1] <= day]

    def _done(self, training: tuple[date, date, int, str], day: date) -> bool:
        reviewed = self.reviews.get(training[2])
        return reviewed is not None and reviewed <= day

    def measure(self, members: Collection[int], day: date) -> Measurement:
        population = frozenset(i for i in members if self._due(i, day))
        achieved = frozenset(i for i in population if all(self._done(t, day) for t in self._due(i, day)))
        return Measurement(population, achieved, measured=bool(population), note="Khóa học đến hạn đánh giá")

    def detail(self, person: Person, day: date) -> str:
        late = [t for t in self._due(person.id, day) if not self._done(t, day)]
        if not late:
            return "Đã đánh giá"
        ended, start, _nid, name = late[0]
        more = f" và {len(late) - 1} khóa khác" if len(late) > 1 else ""
        return f"Chưa đánh giá: {name} (kết thúc {format_date(ended)}, đánh giá từ {format_date(start)}){more}"


register(CourseCompleted())
register(ReviewedAfterTraining())


# ------------------------------------------------------------------------ which courses meet a target


def course_fulfils(achievement: str, params: Mapping[str, Any], course: CourseInfo) -> bool:
    """Whether completing ``course`` counts for a target (course targets; qualification targets whose
    kind and level the course grants)."""
    if achievement == CourseCompleted.key:
        return course_matcher(params)(course.uid, course.course_type, course.name)
    if achievement == "qualification":
        kind = QualificationKind(params["kind"])
        if course.grants_kind != kind or not course.grants_level:
            return False
        floor, granted = find_level(kind, params["min_level"]), find_level(kind, course.grants_level)
        return floor is not None and granted is not None and granted.rank >= floor.rank
    return False


def suitable_courses(session: Session, achievement: str, params: Mapping[str, Any]) -> list[CourseInfo]:
    """Active courses that meet the target: those with a class open for nominations first."""
    from app.courses.catalogue import list_classes

    courses = [c for c in list_courses(session) if c.active and course_fulfils(achievement, params, c)]
    open_classes = {k.course_uid for k in list_classes(session) if k.status in (ClassStatus.OPEN, ClassStatus.PLANNED)}
    courses.sort(key=lambda c: (c.uid not in open_classes, fold(c.name)))
    return courses


def target_needs(ctx: RankingContext, people: Sequence[StaffRow]) -> dict[str, list[Need]]:
    """People counted as missing by an unmet target this course would meet."""
    from app.targets.progress import Computation, load_specs

    specs = [s for s in load_specs(ctx.session) if course_fulfils(s.achievement, s.params, ctx.course)]
    if not specs:
        return {}
    wanted = {r.uid for r in people}
    found: dict[str, list[tuple[date, str, str]]] = {}
    for result in Computation(ctx.session, specs, ctx.today).results:
        if result.met:
            continue
        short = result.spec.name if len(result.spec.name) <= 90 else result.spec.name[:88] + "…"
        detail = f"{result.achieved}/{result.population} người, cần {result.threshold_label}"
        for m in result.missing:
            if m.uid in wanted:
                found.setdefault(m.uid, []).append((result.spec.deadline, short, detail))
    out: dict[str, list[Need]] = {}
    for uid, items in found.items():
        items.sort()
        names = list(dict.fromkeys(name for _d, name, _x in items))
        deadline, first, detail = items[0]
        if len(names) == 1:
            reason = f"Chưa đạt chỉ tiêu “{first}” ({detail} đến {format_date(deadline)})"
        else:
            reason = (
                f"Thuộc {len(names)} chỉ tiêu kế hoạch còn thiếu, hạn sớm nhất {format_date(deadline)}: "
                + "; ".join(f"“{n}”" for n in names)
            )
        out[uid] = [Need(P_TARGET, reason, deadline=deadline, source="target")]
    return out


register_need_provider("targets", target_needs)
