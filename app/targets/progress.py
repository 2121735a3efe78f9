"""Progress of plan targets: computed from the records every time, never typed or stored.

For each target: the population (who counts today), how many achieved, the percent, whether the
threshold is met, who is missing, and a status:

- **Đã đạt** (achieved): the threshold is met now (≥ or > as the target says).
- **Không đạt** (missed): the deadline has passed and the threshold is not met.
- **Đúng tiến độ** / **Có nguy cơ** (on track / at risk), before the deadline, by the target's model:
  - CUMULATIVE (qualifications, later courses): a linear path runs from the baseline — the percent on the
    target's start day (the plan's start unless the target sets its own), recomputed from the records —
    to the threshold on the deadline. On track when today's percent is on or above the path, i.e. when the
    progress made since the start, continued at the same pace, reaches the threshold by the deadline.
  - STATE (a year's classification): a measured level, not a sum: at risk whenever it does not meet the
    threshold.
- **Chưa có số liệu** (no data): nobody counts, or the data the target needs does not exist yet (no
  classification entered for the year), and the deadline has not passed.

History (the trend chart) is recomputed, not recorded: the same computation run "as of" past days — the
year ends since two years before the start, the start, and today — using the dates of qualifications, the
classification years and the status history (who was on the books then; a person counts from their
start date). It works from the first day the app is used and follows corrections to the records. Other
attributes (post, department, category) are taken as they are today.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.dates import format_date
from app.labels import CATEGORY_SHORT, SEX_LABELS, ethnicity_label
from app.organisation import COMMUNE_KINDS, own_unit_code
from app.targets.achievements import EvalData, Evaluator, Measurement, ProgressModel, get_type
from app.targets.population import People, Population, load_people, members_on
from app.text import collation_key
from db.enums import StaffCategory, TargetComparison, UnitKind
from db.models import Department, Plan, PlanTarget, PlanTargetMember, Unit


class Status(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    MISSED = "missed"
    NO_DATA = "no_data"


STATUS_LABELS: dict[Status, str] = {
    Status.ACHIEVED: "Đã đạt",
    Status.ON_TRACK: "Đúng tiến độ",
    Status.AT_RISK: "Có nguy cơ không đạt",
    Status.MISSED: "Không đạt (quá hạn)",
    Status.NO_DATA: "Chưa có số liệu",
}
COMPARISON_SIGNS: dict[TargetComparison, str] = {TargetComparison.AT_LEAST: "≥", TargetComparison.MORE_THAN: ">"}


def format_percent(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}".replace(".", ",") + "%"


def threshold_text(comparison: TargetComparison, threshold: float) -> str:
    value = f"{threshold:g}".replace(".", ",")
    return f"{COMPARISON_SIGNS[TargetComparison(comparison)]} {value}%"


@dataclass(frozen=True)
class TargetSpec:
    """A target as plain values: a stored one, or the one being edited (for the live preview)."""

    name: str
    population: Population
    achievement: str
    params: dict[str, Any]
    threshold: float
    comparison: TargetComparison
    deadline: date
    start: date
    uid: str | None = None
    plan_uid: str | None = None
    plan_name: str = ""
    frozen_ids: frozenset[int] | None = None
    frozen_on: date | None = None
    unit_code: str | None = None  # a commune's plan counts that commune's people only
    note: str | None = None


@dataclass(frozen=True)
class MissingPerson:
    uid: str
    full_name: str
    sort_key: str
    department: str
    position: str
    category: StaffCategory
    detail: str  # what they have now ("Hiện có: Sơ cấp", "Chưa xếp loại năm 2025")
    date_of_birth: date | None


@dataclass(frozen=True)
class ProgressPoint:
    day: date
    population: int
    achieved: int

    @property
    def percent(self) -> float | None:
        return None if self.population == 0 else 100.0 * self.achieved / self.population


@dataclass(frozen=True)
class TargetProgress:
    spec: TargetSpec
    model: ProgressModel
    achievement_text: str
    population_text: str
    population: int
    achieved: int
    met: bool
    status: Status
    baseline: float | None  # percent on the start day (cumulative targets)
    expected: float | None  # where the linear path stands today (cumulative targets before the deadline)
    projected: float | None  # the percent at the deadline if the pace since the start continues
    note: str
    left: int  # frozen members no longer on the books
    members: frozenset[int] = field(repr=False)
    achieved_ids: frozenset[int] = field(repr=False)
    missing: tuple[MissingPerson, ...] = field(repr=False)

    @property
    def percent(self) -> float | None:
        return None if self.population == 0 else 100.0 * self.achieved / self.population

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def threshold_label(self) -> str:
        return threshold_text(self.spec.comparison, self.spec.threshold)

    @property
    def needed(self) -> int:
        """How many more people must achieve to meet the threshold (with today's population)."""
        n = self.population
        for k in range(self.achieved, n + 1):
            if meets(k, n, self.spec.threshold, self.spec.comparison):
                return k - self.achieved
        return n - self.achieved

    def summary(self) -> str:
        return (
            f"{self.achieved}/{self.population} người ({format_percent(self.percent)}), "
            f"chỉ tiêu {self.threshold_label} đến {format_date(self.spec.deadline)} — {self.status_label}"
        )


def meets(achieved: int, population: int, threshold: float, comparison: TargetComparison) -> bool:
    if population == 0:
        return False
    # exact: achieved/population·100 against the threshold to 1/100 of a percent
    left, right = achieved * 10000, round(threshold * 100) * population
    return left > right if comparison == TargetComparison.MORE_THAN else left >= right


def judge(
    *,
    model: ProgressModel,
    measurement: Measurement,
    met: bool,
    percent: float | None,
    baseline: float | None,
    threshold: float,
    start: date,
    deadline: date,
    today: date,
) -> tuple[Status, float | None, float | None]:
    """The status rule (module doc). Returns (status, expected percent today, projected at deadline)."""
    if not measurement.population or not measurement.measured or percent is None:
        return (Status.MISSED if today > deadline else Status.NO_DATA), None, None
    if model == ProgressModel.STATE:
        if met:
            return Status.ACHIEVED, None, None
        return (Status.MISSED if today > deadline else Status.AT_RISK), None, None
    expected = projected = None
    base = baseline if baseline is not None else 0.0
    if start < deadline and today <= deadline:
        fraction = max(0.0, min(1.0, (today - start).days / (deadline - start).days))
        expected = base + (threshold - base) * fraction
        if fraction > 0:
            projected = min(100.0, base + (percent - base) / fraction)
    if met:
        return Status.ACHIEVED, expected, projected
    if today > deadline:
        return Status.MISSED, None, None
    if today <= start or expected is None:
        return Status.ON_TRACK, expected, projected
    # a small tolerance so that a path value like 59.99999 is not "behind" 60
    return (Status.ON_TRACK if percent + 1e-9 >= expected else Status.AT_RISK), expected, projected


# ------------------------------------------------------------------------------------------ computing


@dataclass
class _Prepared:
    spec: TargetSpec
    evaluator: Evaluator
    model: ProgressModel
    predicate: Callable[[Any], bool]


class Computation:
    """One run over the records: every target's progress, and on demand its history and breakdowns.
    Holds plain data only, so it outlives the session it was read with."""

    def __init__(self, session: Session, specs: Sequence[TargetSpec], today: date, *, people: People | None = None):
        self.today = today
        self.people = people or load_people(session)
        self.data = EvalData(session, self.people)
        departments: dict[str, str] = dict(session.execute(select(Department.uid, Department.name)).all())
        self.unit_names: dict[str, str] = dict(session.execute(select(Unit.code, Unit.name)).all())
        self._prepared: list[_Prepared] = []
        self.results: list[TargetProgress] = []
        for spec in specs:
            kind = get_type(spec.achievement)
            prepared = _Prepared(spec, kind.evaluator(self.data, spec.params), kind.model, spec.population.compile())
            self._prepared.append(prepared)
            self.results.append(self._progress(prepared, kind.describe(spec.params), departments))

    def members(self, prepared: _Prepared, day: date) -> set[int]:
        spec = prepared.spec
        return members_on(
            self.people,
            spec.population,
            day,
            frozen=spec.frozen_ids,
            unit_code=spec.unit_code,
            predicate=prepared.predicate,
        )

    def _progress(self, prepared: _Prepared, achievement_text: str, departments: dict[str, str]) -> TargetProgress:
        spec, today = prepared.spec, self.today
        members = self.members(prepared, today)
        m = prepared.evaluator.measure(members, today)
        population, achieved = len(m.population), len(m.achieved)
        met = m.measured and meets(achieved, population, spec.threshold, spec.comparison)
        percent = None if population == 0 else 100.0 * achieved / population
        baseline = None
        if prepared.model == ProgressModel.CUMULATIVE and spec.start <= today:
            base = prepared.evaluator.measure(self.members(prepared, spec.start), spec.start)
            baseline = None if not base.population else 100.0 * len(base.achieved) / len(base.population)
        status, expected, projected = judge(
            model=prepared.model,
            measurement=m,
            met=met,
            percent=percent,
            baseline=baseline,
            threshold=spec.threshold,
            start=spec.start,
            deadline=spec.deadline,
            today=today,
        )
        by_id = self.people.by_id
        missing = [
            MissingPerson(
                uid=p.uid,
                full_name=p.full_name,
                sort_key=p.sort_key,
                department=p.department_name,
                position=p.position,
                category=p.category,
                detail=prepared.evaluator.detail(p, today),
                date_of_birth=p.date_of_birth,
            )
            for p in (by_id[i] for i in m.population - m.achieved)
        ]
        missing.sort(key=lambda x: (x.sort_key, x.uid))
        left = 0
        if spec.frozen_ids is not None:
            left = len([i for i in spec.frozen_ids if i not in members])
        return TargetProgress(
            spec=spec,
            model=prepared.model,
            achievement_text=achievement_text,
            population_text=spec.population.describe(departments),
            population=population,
            achieved=achieved,
            met=met,
            status=status,
            baseline=baseline,
            expected=expected,
            projected=projected,
            note=m.note,
            left=left,
            members=m.population,
            achieved_ids=m.achieved,
            missing=tuple(missing),
        )

    # ---------------------------------------------------------------------------- on demand
    def index_of(self, uid: str) -> int:
        for i, r in enumerate(self.results):
            if r.spec.uid == uid:
                return i
        raise KeyError(uid)

    def history(self, index: int) -> list[ProgressPoint]:
        """Recomputed past states: year ends from two years before the start, the start, then today
        (or the deadline and today once it has passed)."""
        prepared = self._prepared[index]
        spec, today = prepared.spec, self.today
        days = {date(y, 12, 31) for y in range(spec.start.year - 2, today.year)}
        days |= {spec.start, min(today, spec.deadline), today}
        points = []
        for day in sorted(d for d in days if d <= today):
            m = prepared.evaluator.measure(self.members(prepared, day), day)
            if m.measured:
                points.append(ProgressPoint(day, len(m.population), len(m.achieved)))
        # the evaluator keeps what it measured last: measure today again for the missing details
        prepared.evaluator.measure(self.members(prepared, today), today)
        return points

    def breakdown(self, index: int, dimension: str) -> list[BreakdownRow]:
        result = self.results[index]
        key = DIMENSIONS[dimension].key
        totals: Counter[str] = Counter()
        done: Counter[str] = Counter()
        order: dict[str, Any] = {}
        for i in result.members:
            person = self.people.by_id[i]
            label, sort = key(person, self.today)
            totals[label] += 1
            order[label] = sort
            if i in result.achieved_ids:
                done[label] += 1
        rows = [BreakdownRow(label, totals[label], done[label]) for label in totals]
        rows.sort(key=lambda r: order[r.label])
        if dimension == "unit":  # codes are what people carry; names are what a clerk reads
            rows = [BreakdownRow(self.unit_names.get(r.label, r.label), r.population, r.achieved) for r in rows]
        return rows


# ------------------------------------------------------------------------------------------ breakdowns


@dataclass(frozen=True)
class BreakdownRow:
    label: str
    population: int
    achieved: int

    @property
    def percent(self) -> float | None:
        return None if self.population == 0 else 100.0 * self.achieved / self.population


@dataclass(frozen=True)
class Dimension:
    label: str
    key: Callable[[Any, date], tuple[str, Any]]  # person, today → (group label, sort key)


AGE_BANDS: tuple[tuple[int, str], ...] = ((35, "Dưới 35 tuổi"), (45, "Từ 35 đến dưới 45"), (55, "Từ 45 đến dưới 55"))


def age_on(born: date | None, day: date) -> int | None:
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _age_band(person: Any, today: date) -> tuple[str, Any]:
    age = age_on(person.date_of_birth, today)
    if age is None:
        return "Chưa rõ ngày sinh", 99
    for i, (limit, label) in enumerate(AGE_BANDS):
        if age < limit:
            return label, i
    return "Từ 55 tuổi trở lên", len(AGE_BANDS)


def _ethnicity(person: Any, _today: date) -> tuple[str, Any]:
    name = ethnicity_label(person.ethnicity_code)
    return (name or "Chưa rõ"), (person.ethnicity_code or "99")


DIMENSIONS: dict[str, Dimension] = {
    "department": Dimension(
        "Phòng, ban",
        lambda p, _t: (p.department_name or "Chưa xếp phòng, ban", collation_key(p.department_name or "~")),
    ),
    "category": Dimension(
        "Đối tượng", lambda p, _t: (CATEGORY_SHORT[p.category], list(StaffCategory).index(p.category))
    ),
    "sex": Dimension("Giới tính", lambda p, _t: (SEX_LABELS[p.sex], p.sex.value)),
    "ethnicity": Dimension("Dân tộc", _ethnicity),
    "age": Dimension("Độ tuổi", _age_band),
    "unit": Dimension("Đơn vị", lambda p, _t: (p.owner_unit or "—", p.owner_unit or "")),
}


# ------------------------------------------------------------------------------------------ reading


def unit_kinds(session: Session) -> dict[str, UnitKind]:
    return {u.code: UnitKind(u.kind) for u in session.scalars(select(Unit))}


def plan_scope(unit_kinds: dict[str, UnitKind], owner_unit: str | None) -> str | None:
    """A commune's plan counts its own people; a province's (or an undeclared install's) counts all."""
    if owner_unit and unit_kinds.get(owner_unit) in COMMUNE_KINDS:
        return owner_unit
    return None


def load_specs(session: Session, *, plan_uid: str | None = None, unit_code: str | None = None) -> list[TargetSpec]:
    """Every target of every plan (or of one plan), plans by start date then name, targets in order.

    A province holds its own plans and those of its communes (they travel up with the communes' data).
    Without ``unit_code`` it computes its own plans over all its communes (added up); with a commune's
    code, its own plans over that commune's people and that commune's own plans. A commune sees its own."""
    query = (
        select(PlanTarget, Plan)
        .join(Plan, Plan.id == PlanTarget.plan_id)
        .where(PlanTarget.deleted.is_(False), Plan.deleted.is_(False))
    )
    if plan_uid:
        query = query.where(Plan.uid == plan_uid)
    mine = own_unit_code(session)
    if mine:
        visible = [mine, unit_code] if unit_code else [mine]
        query = query.where(or_(Plan.owner_unit.is_(None), Plan.owner_unit.in_(visible)))
    rows = list(session.execute(query).all())
    frozen_ids = [t.id for t, _ in rows if t.frozen]
    members: dict[int, set[int]] = {i: set() for i in frozen_ids}
    if frozen_ids:
        mq = select(PlanTargetMember.target_id, PlanTargetMember.staff_id).where(
            PlanTargetMember.deleted.is_(False), PlanTargetMember.target_id.in_(frozen_ids)
        )
        for target_id, staff_id in session.execute(mq):
            members[target_id].add(staff_id)
    kinds = unit_kinds(session)
    rows.sort(key=lambda tp: (tp[1].start_date, collation_key(tp[1].name), tp[1].id, tp[0].sort_order, tp[0].id))
    specs = [spec_of(t, p, kinds, frozenset(members[t.id]) if t.frozen else None) for t, p in rows]
    if unit_code:  # a province's own plans, counted over the chosen commune only
        specs = [s if s.unit_code else replace(s, unit_code=unit_code) for s in specs]
    return specs


def spec_of(t: PlanTarget, plan: Plan, kinds: dict[str, UnitKind], frozen: frozenset[int] | None) -> TargetSpec:
    return TargetSpec(
        name=t.name,
        population=Population.from_json(t.population),
        achievement=t.achievement,
        params=dict(t.params or {}),
        threshold=t.threshold,
        comparison=TargetComparison(t.comparison),
        deadline=t.deadline,
        start=t.start_date or plan.start_date,
        uid=t.uid,
        plan_uid=plan.uid,
        plan_name=plan.name,
        frozen_ids=frozen,
        frozen_on=t.frozen_on,
        unit_code=plan_scope(kinds, plan.owner_unit),
        note=t.note,
    )


def compute(
    session: Session, today: date | None = None, *, plan_uid: str | None = None, unit_code: str | None = None
) -> Computation:
    """Every target's progress. ``unit_code`` (a province): one commune instead of all of them."""
    people = load_people(session, unit_code=unit_code) if unit_code else None
    specs = load_specs(session, plan_uid=plan_uid, unit_code=unit_code)
    return Computation(session, specs, today or date.today(), people=people)


def progress_json(result: TargetProgress) -> dict[str, Any]:
    """The CLI's object for one target (``missing`` has exactly population − achieved uids)."""
    percent = result.percent
    return {
        "uid": result.spec.uid,
        "plan": result.spec.plan_name,
        "name": result.spec.name,
        "population": result.population,
        "achieved": result.achieved,
        "percent": None if percent is None else round(percent, 1),
        "threshold": result.spec.threshold,
        "comparison": result.spec.comparison.value,
        "deadline": result.spec.deadline.isoformat(),
        "status": result.status.value,
        "missing": [m.uid for m in result.missing],
        "population_rule": result.population_text,
        "achievement": result.achievement_text,
        "frozen": result.spec.frozen_ids is not None,
    }
