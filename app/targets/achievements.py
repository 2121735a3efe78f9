"""What counts as done for a target: a registry of achievement types.

Each type turns its parameters (stored as JSON on the target) into an ``Evaluator`` that answers, for any
day, who among a set of people has achieved it — so the same code gives today's progress, the baseline at
the plan's start and the trend over past years. Types read what they need through ``EvalData``, which
caches one query per kind of data for a whole computation run.

Adding a type is one subclass of ``AchievementType`` and one ``register(...)`` call; the course results
("completed a course of type T since date D", "reviewed after training") live in ``app.targets.courses``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.evaluations.classification import LEVEL_LABELS, LEVEL_SHORT, LEVELS_BEST_FIRST
from app.labels import QUALIFICATION_KIND_LABELS
from app.qualifications import find_level, levels
from app.staff.job_positions import MATCH_LABELS, MatchState, PositionRule, evaluate_match, load_rules
from app.targets.population import People, Person
from db.enums import PeriodKind, QualificationKind, QualityLevel
from db.models import Qualification, QualityRating


class ProgressModel(StrEnum):
    """How progress moves: CUMULATIVE grows as people achieve (qualifications, courses) and is judged
    against a linear path to the deadline; STATE is a value measured afresh (a year's classification)."""

    CUMULATIVE = "cumulative"
    STATE = "state"


@dataclass(frozen=True)
class Choice:
    value: Any
    label: str


@dataclass(frozen=True)
class ParamField:
    """One parameter as a form shows it. ``choices`` may depend on the other parameters."""

    name: str
    label: str
    choices: Callable[[Mapping[str, Any]], list[Choice]]
    lookup: str | None = None  # more choices read from the records (TargetsService.lookup_choices), e.g. "courses"


@dataclass(frozen=True)
class Measurement:
    population: frozenset[int]  # who is measured (a type may leave out people it cannot measure yet)
    achieved: frozenset[int]
    measured: bool = True  # False when the data the target needs does not exist yet
    note: str = ""  # "Xếp loại năm 2025"


class Evaluator(ABC):
    @abstractmethod
    def measure(self, members: Collection[int], day: date) -> Measurement: ...

    @abstractmethod
    def detail(self, person: Person, day: date) -> str:
        """What the person has on ``day`` (after ``measure`` for that day), for the "who is missing" list."""


class AchievementType(ABC):
    key: ClassVar[str]
    label: ClassVar[str]
    model: ClassVar[ProgressModel]

    @abstractmethod
    def fields(self) -> list[ParamField]: ...

    @abstractmethod
    def normalise(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Checked parameters with defaults filled in; raises UserError (Vietnamese) when wrong."""

    @abstractmethod
    def describe(self, params: Mapping[str, Any]) -> str: ...

    @abstractmethod
    def evaluator(self, data: EvalData, params: Mapping[str, Any]) -> Evaluator: ...


_REGISTRY: dict[str, AchievementType] = {}


def register(kind: AchievementType) -> AchievementType:
    if kind.key in _REGISTRY:
        raise ValueError(f"achievement type {kind.key!r} registered twice")
    _REGISTRY[kind.key] = kind
    return kind


def achievement_types() -> list[AchievementType]:
    return list(_REGISTRY.values())


def get_type(key: str) -> AchievementType:
    try:
        return _REGISTRY[key]
    except KeyError:
        raise UserError(f"Loại kết quả “{key}” không được hỗ trợ.") from None


# ----------------------------------------------------------------------------------------- shared data


@dataclass(frozen=True)
class HeldQualification:
    rank: int
    code: str
    obtained: date  # date.min when the record gives neither a date nor a year
    major: str | None


def obtained_on(issued_on: date | None, year: int | None) -> date:
    """When a qualification counts from: its date, else the end of its year, else "always"."""
    if issued_on is not None:
        return issued_on
    if year is not None:
        return date(year, 12, 31)
    return date.min


@dataclass
class EvalData:
    """One computation run's lazily loaded data (one query per kind of data)."""

    session: Session
    people: People
    _qualifications: dict[str, dict[int, list[HeldQualification]]] = field(default_factory=dict)
    _annual: dict[int, dict[int, QualityLevel]] | None = None
    _rules: dict[str, PositionRule] | None = None
    cache: dict[str, Any] = field(default_factory=dict)  # other types' data (app.targets.courses), by name

    def qualifications(self, kind: QualificationKind) -> dict[int, list[HeldQualification]]:
        cached = self._qualifications.get(kind.value)
        if cached is not None:
            return cached
        out: dict[int, list[HeldQualification]] = defaultdict(list)
        query = select(
            Qualification.staff_id,
            Qualification.level,
            Qualification.issued_on,
            Qualification.year,
            Qualification.major,
        ).where(Qualification.kind == kind, Qualification.deleted.is_(False))
        known = {lv.code: lv for lv in levels(kind)}
        for staff_id, level, issued_on, year, major in self.session.execute(query):
            lv = known.get(level or "")
            if lv is not None:
                out[staff_id].append(HeldQualification(lv.rank, lv.code, obtained_on(issued_on, year), major))
        self._qualifications[kind.value] = dict(out)
        return self._qualifications[kind.value]

    def annual_ratings(self) -> dict[int, dict[int, QualityLevel]]:
        """year → staff id → final level of the annual classification."""
        if self._annual is None:
            out: dict[int, dict[int, QualityLevel]] = defaultdict(dict)
            query = select(QualityRating.year, QualityRating.staff_id, QualityRating.level).where(
                QualityRating.deleted.is_(False), QualityRating.period_kind == PeriodKind.YEAR
            )
            known = {lv.value: lv for lv in QualityLevel}
            for year, staff_id, level in self.session.execute(query):
                out[year][staff_id] = known[level]
            self._annual = dict(out)
        return self._annual

    def position_rules(self) -> dict[str, PositionRule]:
        if self._rules is None:
            self._rules = load_rules(self.session)
        return self._rules


# ---------------------------------------------------------------------------- holds a qualification


_QUAL_KINDS = (
    QualificationKind.PROFESSIONAL,
    QualificationKind.POLITICAL_THEORY,
    QualificationKind.STATE_MANAGEMENT,
    QualificationKind.IT,
    QualificationKind.FOREIGN_LANGUAGE,
    QualificationKind.NATIONAL_DEFENCE,
    QualificationKind.ETHNIC_LANGUAGE,
)
_KIND_PHRASE = {
    QualificationKind.PROFESSIONAL: "trình độ chuyên môn",
    QualificationKind.POLITICAL_THEORY: "trình độ lý luận chính trị",
    QualificationKind.STATE_MANAGEMENT: "chứng chỉ quản lý nhà nước",
    QualificationKind.IT: "trình độ tin học",
    QualificationKind.FOREIGN_LANGUAGE: "trình độ ngoại ngữ",
    QualificationKind.NATIONAL_DEFENCE: "kiến thức quốc phòng - an ninh",
    QualificationKind.ETHNIC_LANGUAGE: "tiếng dân tộc thiểu số",
}


def _distinct_ranks(kind: QualificationKind) -> list[Choice]:
    """One choice per rank (the first level of each rank names it: "Cao cấp" stands for Cao cấp/Cử nhân)."""
    seen: dict[int, list[str]] = {}
    for lv in levels(kind):
        seen.setdefault(lv.rank, []).append(lv.label)
    firsts = {lv.rank: lv.code for lv in reversed(levels(kind))}
    return [Choice(firsts[rank], " / ".join(labels)) for rank, labels in sorted(seen.items())]


class HoldsQualification(AchievementType):
    key = "qualification"
    label = "Có văn bằng, chứng chỉ đạt trình độ"
    model = ProgressModel.CUMULATIVE

    def fields(self) -> list[ParamField]:
        return [
            ParamField(
                "kind", "Loại văn bằng", lambda _p: [Choice(k.value, QUALIFICATION_KIND_LABELS[k]) for k in _QUAL_KINDS]
            ),
            ParamField(
                "min_level",
                "Từ trình độ",
                lambda p: _distinct_ranks(QualificationKind(p.get("kind") or QualificationKind.PROFESSIONAL)),
            ),
        ]

    def normalise(self, params: Mapping[str, Any]) -> dict[str, Any]:
        try:
            kind = QualificationKind(str(params.get("kind")))
        except ValueError:
            raise UserError(f"Loại văn bằng “{params.get('kind')}” không hợp lệ.") from None
        if kind not in _QUAL_KINDS:
            raise UserError(f"Loại văn bằng “{QUALIFICATION_KIND_LABELS[kind]}” không có thang trình độ.")
        code = params.get("min_level")
        lv = find_level(kind, code)
        if lv is None:
            raise UserError(f"Trình độ “{code}” không có trong thang {QUALIFICATION_KIND_LABELS[kind].lower()}.")
        return {"kind": kind.value, "min_level": lv.code}

    def describe(self, params: Mapping[str, Any]) -> str:
        kind = QualificationKind(params["kind"])
        lv = find_level(kind, params["min_level"])
        assert lv is not None
        same = [x.label for x in levels(kind) if x.rank == lv.rank]
        higher = any(x.rank > lv.rank for x in levels(kind))
        name = " hoặc ".join(same)
        if higher and lv.rank > min(x.rank for x in levels(kind)):
            return f"Có {_KIND_PHRASE[kind]} từ {name} trở lên"
        if higher:  # the lowest level: any level counts
            return f"Có {_KIND_PHRASE[kind]} (từ {name} trở lên)"
        return f"Có {_KIND_PHRASE[kind]} {name}"

    def evaluator(self, data: EvalData, params: Mapping[str, Any]) -> Evaluator:
        kind = QualificationKind(params["kind"])
        lv = find_level(kind, params["min_level"])
        assert lv is not None
        return _QualificationEvaluator(kind, lv.rank, data.qualifications(kind))


class _QualificationEvaluator(Evaluator):
    def __init__(self, kind: QualificationKind, min_rank: int, held: dict[int, list[HeldQualification]]) -> None:
        self.kind = kind
        # the first day each person held the level or a higher one
        self.since: dict[int, date] = {}
        for staff_id, items in held.items():
            dates = [q.obtained for q in items if q.rank >= min_rank]
            if dates:
                self.since[staff_id] = min(dates)
        self.held = held

    def measure(self, members: Collection[int], day: date) -> Measurement:
        since = self.since
        achieved = frozenset(i for i in members if i in since and since[i] <= day)
        return Measurement(frozenset(members), achieved)

    def detail(self, person: Person, day: date) -> str:
        items = [q for q in self.held.get(person.id, ()) if q.obtained <= day]
        if not items:
            return f"Chưa có {QUALIFICATION_KIND_LABELS[self.kind].lower()}"
        best = max(items, key=lambda q: q.rank)
        lv = find_level(self.kind, best.code)
        return f"Hiện có: {lv.label if lv else best.code}"


# ----------------------------------------------------------------------------- classification reached


class ClassificationReached(AchievementType):
    key = "classification"
    label = "Xếp loại chất lượng đạt mức"
    model = ProgressModel.STATE

    def fields(self) -> list[ParamField]:
        return [
            ParamField(
                "min_level",
                "Từ mức",
                lambda _p: [Choice(lv.value, LEVEL_LABELS[lv]) for lv in LEVELS_BEST_FIRST],
            ),
            ParamField(
                "year",
                "Năm xếp loại",
                lambda _p: (
                    [Choice(None, "Năm gần nhất đã xếp loại")]
                    + [Choice(y, f"Năm {y}") for y in range(date.today().year + 1, 2019, -1)]
                ),
            ),
        ]

    def normalise(self, params: Mapping[str, Any]) -> dict[str, Any]:
        try:
            level = QualityLevel(str(params.get("min_level")))
        except ValueError:
            raise UserError(f"Mức xếp loại “{params.get('min_level')}” không hợp lệ.") from None
        year = params.get("year")
        if year is not None:
            try:
                year = int(year)
            except (TypeError, ValueError):
                raise UserError(f"Năm xếp loại “{year}” không hợp lệ.") from None
            if not 2000 <= year <= 2100:
                raise UserError(f"Năm xếp loại {year} không hợp lệ.")
        return {"min_level": level.value, "year": year}

    def describe(self, params: Mapping[str, Any]) -> str:
        level = QualityLevel(params["min_level"])
        year = params.get("year")
        when = f"năm {year}" if year else "năm gần nhất đã xếp loại"
        higher = "" if level == QualityLevel.EXCELLENT else " trở lên"
        return f"Xếp loại “{LEVEL_LABELS[level]}”{higher} ({when})"

    def evaluator(self, data: EvalData, params: Mapping[str, Any]) -> Evaluator:
        return _ClassificationEvaluator(
            data.people, data.annual_ratings(), QualityLevel(params["min_level"]).rank, params.get("year")
        )


class _ClassificationEvaluator(Evaluator):
    def __init__(
        self, people: People, annual: dict[int, dict[int, QualityLevel]], min_rank: int, year: int | None
    ) -> None:
        self.people, self.annual, self.min_rank, self.year = people, annual, min_rank, year
        self.measured_year: int | None = year

    def year_for(self, members: Collection[int], day: date) -> int | None:
        """The fixed year, or the latest year up to ``day`` in which any member was rated."""
        if self.year is not None:
            return self.year
        for year in sorted(self.annual, reverse=True):
            if year > day.year:
                continue
            rated = self.annual[year]
            if any(i in rated for i in members):
                return year
        return None

    def measure(self, members: Collection[int], day: date) -> Measurement:
        year = self.measured_year = self.year_for(members, day)
        if year is None or year > day.year:
            return Measurement(frozenset(members), frozenset(), measured=False, note="Chưa có xếp loại")
        rated = self.annual.get(year, {})
        end = date(year, 12, 31)
        # people who joined after that year cannot have been rated for it
        scope = frozenset(
            i for i in members if (s := self.people.by_id[i].start_date) is None or s <= end or i in rated
        )
        achieved = frozenset(i for i in scope if i in rated and rated[i].rank >= self.min_rank)
        any_rated = any(i in rated for i in scope)
        return Measurement(scope, achieved, measured=any_rated, note=f"Xếp loại năm {year}")

    def detail(self, person: Person, day: date) -> str:
        year = self.measured_year
        if year is None:
            return "Chưa có xếp loại"
        level = self.annual.get(year, {}).get(person.id)
        return f"Năm {year}: {LEVEL_SHORT[level]}" if level else f"Chưa xếp loại năm {year}"


# ----------------------------------------------------------------------- degree fits the job position


class JobPositionMatch(AchievementType):
    key = "job_match"
    label = "Chuyên môn phù hợp vị trí việc làm"
    model = ProgressModel.CUMULATIVE

    def fields(self) -> list[ParamField]:
        return []

    def normalise(self, params: Mapping[str, Any]) -> dict[str, Any]:
        return {}

    def describe(self, params: Mapping[str, Any]) -> str:
        return "Có trình độ chuyên môn phù hợp vị trí việc làm (theo danh mục vị trí việc làm)"

    def evaluator(self, data: EvalData, params: Mapping[str, Any]) -> Evaluator:
        return _MatchEvaluator(data.people, data.qualifications(QualificationKind.PROFESSIONAL), data.position_rules())


class _MatchEvaluator(Evaluator):
    """Whether a person's degrees held on a day fit their job position. More degrees can only make a
    person fit, so each person has one day from which they fit (or none): computed once, on first use."""

    def __init__(self, people: People, degrees: dict[int, list[HeldQualification]], rules: dict[str, PositionRule]):
        self.people, self.degrees, self.rules = people, degrees, rules
        self._since: dict[int, date | None] = {}

    def state(self, person: Person, day: date) -> MatchState:
        held = [(q.code, q.major) for q in self.degrees.get(person.id, ()) if q.obtained <= day]
        return evaluate_match(self.rules, person.job_position or None, held, person.match_override)

    def since(self, person: Person) -> date | None:
        if person.id in self._since:
            return self._since[person.id]
        found: date | None = None
        if person.match_override is not None or person.job_position_key not in self.rules:
            # a clerk's decision (no date) or a position outside the catalogue: the same on every day
            found = date.min if self.state(person, date.max) == MatchState.MATCH else None
        else:
            held: list[tuple[str | None, str | None]] = []
            for q in sorted(self.degrees.get(person.id, ()), key=lambda q: q.obtained):
                held.append((q.code, q.major))
                if evaluate_match(self.rules, person.job_position, held) == MatchState.MATCH:
                    found = q.obtained
                    break
        self._since[person.id] = found
        return found

    def measure(self, members: Collection[int], day: date) -> Measurement:
        by_id = self.people.by_id
        achieved = frozenset(i for i in members if (d := self.since(by_id[i])) is not None and d <= day)
        return Measurement(frozenset(members), achieved)

    def detail(self, person: Person, day: date) -> str:
        state = self.state(person, day)
        if state == MatchState.UNKNOWN:
            return "Chưa xác định (vị trí việc làm chưa có hoặc chưa có trong danh mục)"
        return MATCH_LABELS[state]


register(HoldsQualification())
register(ClassificationReached())
register(JobPositionMatch())

# the types that count course results (completed a course of type T; reviewed after training)
from app.targets import courses as _courses  # noqa: E402, F401
