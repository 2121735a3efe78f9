"""Quality classification of a person for a period (xếp loại chất lượng).

Rules (see ../shared/DOMAIN.md):

- Four levels (NĐ 90/2020/NĐ-CP, amended by NĐ 48/2023/NĐ-CP): Hoàn thành xuất sắc / tốt / Hoàn thành /
  Không hoàn thành nhiệm vụ.
- Civil servants from 2026 (NĐ 335/2025/NĐ-CP): a 100-point score, 30 for the general criteria and 70 for
  task results; ≥ 90 excellent, 70–< 90 good, 50–< 70 completion, < 50 non-completion. A disciplinary
  measure in the period means non-completion whatever the score. The same form is used for a month, a
  quarter and the year.
- Everyone else, and every rating before 2026, is entered directly as a level (NĐ 90/2020). A person
  disciplined in the period is rated non-completion there too.
- The method is fixed when a rating is first made (from the person's category then), so a later change
  of category does not rewrite history.

The 20 % quota ("excellent" at most 20 % of those rated "good", NĐ 48/2023 for cadres, civil servants
and public employees; NĐ 335/2025 for civil servants) is applied to **annual** ratings from 2023, in each
unit and each category (the "nhóm có nhiệm vụ tương đồng" at the level of detail the app knows). It is
enforced, not advised: a save that would leave more "excellent" than allowed is refused with
``CapExceeded``, which names the candidates and how many may keep the level. The clerk then chooses who
keeps "excellent" and gives a reason; the others are saved as "good" with ``capped`` set and the reason
kept, so the stored state always respects the quota. (An exception granted by a competent authority for
an outstanding unit is not modelled: the app keeps to "at most".)
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from statistics import mean

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.dates import last_day_of_month
from app.errors import NotFound, UserError
from app.labels import CATEGORY_LABELS, CATEGORY_SHORT
from app.security.permissions import Permission, require
from app.staff.timeline import load_status_changes, on_books_on
from app.text import clean_text, fold
from db.enums import PeriodKind, QualityLevel, RatingMethod, StaffCategory, StaffStatus
from db.models import Department, QualityRating, Staff
from db.sync_meta import UNIT_CODE

GENERAL_MAX = 30.0
TASK_MAX = 70.0
SCORE_FROM_YEAR = 2026  # NĐ 335/2025/NĐ-CP applies from 01/01/2026
CAP_FROM_YEAR = 2023  # NĐ 48/2023/NĐ-CP (in force 17/7/2023) introduced the 20 % quota
CAP_PERCENT = 20
CAPPED_CATEGORIES = frozenset({StaffCategory.CADRE, StaffCategory.CIVIL_SERVANT, StaffCategory.PUBLIC_EMPLOYEE})
FIRST_YEAR, LAST_YEAR = 2000, 2100

LEVEL_LABELS: dict[QualityLevel, str] = {
    QualityLevel.EXCELLENT: "Hoàn thành xuất sắc nhiệm vụ",
    QualityLevel.GOOD: "Hoàn thành tốt nhiệm vụ",
    QualityLevel.COMPLETE: "Hoàn thành nhiệm vụ",
    QualityLevel.INCOMPLETE: "Không hoàn thành nhiệm vụ",
}
LEVEL_SHORT: dict[QualityLevel, str] = {
    QualityLevel.EXCELLENT: "Xuất sắc",
    QualityLevel.GOOD: "Tốt",
    QualityLevel.COMPLETE: "Hoàn thành",
    QualityLevel.INCOMPLETE: "Không hoàn thành",
}
LEVEL_ABBREVIATIONS: dict[QualityLevel, str] = {
    QualityLevel.EXCELLENT: "HTXSNV",
    QualityLevel.GOOD: "HTTNV",
    QualityLevel.COMPLETE: "HTNV",
    QualityLevel.INCOMPLETE: "KHTNV",
}
METHOD_LABELS: dict[RatingMethod, str] = {
    RatingMethod.SCORE: "Chấm điểm (NĐ 335/2025)",
    RatingMethod.DIRECT: "Xếp loại trực tiếp",
}
PERIOD_KIND_LABELS: dict[PeriodKind, str] = {
    PeriodKind.YEAR: "Năm",
    PeriodKind.QUARTER: "Quý",
    PeriodKind.MONTH: "Tháng",
}
LEVELS_BEST_FIRST: tuple[QualityLevel, ...] = tuple(QualityLevel)
_ROMAN = ("I", "II", "III", "IV")

# what a clerk types or pastes for a level (folded): codes, abbreviations, labels, short labels
_LEVEL_WORDS: dict[str, QualityLevel] = {}
for _lv in QualityLevel:
    for _word in (_lv.value, LEVEL_ABBREVIATIONS[_lv], LEVEL_LABELS[_lv], LEVEL_SHORT[_lv]):
        _LEVEL_WORDS[fold(_word)] = _lv
_LEVEL_WORDS.update(
    {
        "xs": QualityLevel.EXCELLENT,
        "xuat sac": QualityLevel.EXCELLENT,
        "ht xuat sac": QualityLevel.EXCELLENT,
        "t": QualityLevel.GOOD,
        "tot": QualityLevel.GOOD,
        "ht tot": QualityLevel.GOOD,
        "ht": QualityLevel.COMPLETE,
        "k": QualityLevel.INCOMPLETE,
        "kht": QualityLevel.INCOMPLETE,
        "khong ht": QualityLevel.INCOMPLETE,
    }
)


def parse_level(text: str | None) -> QualityLevel | None:
    """A level from what a clerk types or pastes ("HTTNV", "tốt", "Hoàn thành xuất sắc nhiệm vụ", "xs")."""
    key = fold(text).replace(".", "").strip()
    if not key:
        return None
    level = _LEVEL_WORDS.get(key)
    if level is None:
        raise UserError(
            f"“{(text or '').strip()}” không phải mức xếp loại (dùng: Xuất sắc / Tốt / Hoàn thành / "
            "Không hoàn thành, hoặc HTXSNV / HTTNV / HTNV / KHTNV)."
        )
    return level


# ------------------------------------------------------------------------------------------ periods


@dataclass(frozen=True, order=True)
class Period:
    """A year (number 0), a quarter (1–4) or a month (1–12) of a year."""

    year: int
    kind: PeriodKind = PeriodKind.YEAR
    number: int = 0

    def __post_init__(self) -> None:
        if not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise UserError(f"Năm đánh giá {self.year} không hợp lệ.")
        kind = PeriodKind(self.kind)
        limit = {PeriodKind.YEAR: 0, PeriodKind.QUARTER: 4, PeriodKind.MONTH: 12}[kind]
        if kind == PeriodKind.YEAR and self.number != 0:
            raise UserError("Kỳ đánh giá năm không có số kỳ.")
        if kind != PeriodKind.YEAR and not 1 <= self.number <= limit:
            raise UserError(f"{PERIOD_KIND_LABELS[kind]} phải từ 1 đến {limit} (nhận được {self.number}).")
        object.__setattr__(self, "kind", kind)

    @classmethod
    def of_year(cls, year: int) -> Period:
        return cls(year)

    @classmethod
    def quarter(cls, year: int, number: int) -> Period:
        return cls(year, PeriodKind.QUARTER, number)

    @classmethod
    def month(cls, year: int, number: int) -> Period:
        return cls(year, PeriodKind.MONTH, number)

    @property
    def label(self) -> str:
        if self.kind == PeriodKind.QUARTER:
            return f"Quý {_ROMAN[self.number - 1]}/{self.year}"
        if self.kind == PeriodKind.MONTH:
            return f"Tháng {self.number:02d}/{self.year}"
        return f"Năm {self.year}"

    @property
    def code(self) -> str:
        """ "2026", "2026-Q2", "2026-03" (CLI and JSON)."""
        if self.kind == PeriodKind.QUARTER:
            return f"{self.year}-Q{self.number}"
        if self.kind == PeriodKind.MONTH:
            return f"{self.year}-{self.number:02d}"
        return str(self.year)

    @property
    def first_day(self) -> date:
        if self.kind == PeriodKind.QUARTER:
            return date(self.year, 3 * self.number - 2, 1)
        if self.kind == PeriodKind.MONTH:
            return date(self.year, self.number, 1)
        return date(self.year, 1, 1)

    @property
    def last_day(self) -> date:
        if self.kind == PeriodKind.QUARTER:
            return last_day_of_month(self.year, 3 * self.number)
        if self.kind == PeriodKind.MONTH:
            return last_day_of_month(self.year, self.number)
        return date(self.year, 12, 31)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Chronological, the year after its months and quarters."""
        end_month = {PeriodKind.YEAR: 13, PeriodKind.QUARTER: 3 * self.number, PeriodKind.MONTH: self.number}
        return (
            self.year,
            end_month[self.kind],
            {PeriodKind.MONTH: 0, PeriodKind.QUARTER: 1, PeriodKind.YEAR: 2}[self.kind],
        )


_PERIOD_RE = (
    (re.compile(r"^\s*(\d{4})\s*$"), PeriodKind.YEAR),
    (re.compile(r"^\s*(\d{4})\s*-\s*[qQ]\s*([1-4])\s*$"), PeriodKind.QUARTER),
    (re.compile(r"^\s*[qQ]\s*([1-4])\s*/\s*(\d{4})\s*$"), PeriodKind.QUARTER),
    (re.compile(r"^\s*(\d{4})\s*-\s*(\d{1,2})\s*$"), PeriodKind.MONTH),
    (re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{4})\s*$"), PeriodKind.MONTH),
)


def parse_period(text: str) -> Period:
    """ "2026", "2026-Q2" or "Q2/2026", "2026-03" or "03/2026"."""
    for pattern, kind in _PERIOD_RE:
        m = pattern.match(text)
        if not m:
            continue
        if kind == PeriodKind.YEAR:
            return Period(int(m[1]))
        first, second = int(m[1]), int(m[2])
        year, number = (first, second) if first > 12 else (second, first)
        return Period(year, kind, number)
    raise UserError(f"“{text}” không phải kỳ đánh giá (ví dụ: 2026, 2026-Q2, 2026-03).")


# ------------------------------------------------------------------------------------------- rules


def method_for(category: StaffCategory | str, year: int) -> RatingMethod:
    """Civil servants from 2026 are scored; everyone else, and earlier years, get a level directly."""
    if StaffCategory(category) == StaffCategory.CIVIL_SERVANT and year >= SCORE_FROM_YEAR:
        return RatingMethod.SCORE
    return RatingMethod.DIRECT


def level_from_score(total: float, *, disciplined: bool = False) -> QualityLevel:
    """NĐ 335/2025: ≥ 90 excellent, 70–< 90 good, 50–< 70 completion, < 50 or disciplined: non-completion."""
    if disciplined or total < 50:
        return QualityLevel.INCOMPLETE
    if total >= 90:
        return QualityLevel.EXCELLENT
    if total >= 70:
        return QualityLevel.GOOD
    return QualityLevel.COMPLETE


def cap_applies(period: Period, category: StaffCategory | str) -> bool:
    return (
        period.kind == PeriodKind.YEAR and period.year >= CAP_FROM_YEAR and StaffCategory(category) in CAPPED_CATEGORIES
    )


def allowed_excellent(good: int) -> int:
    """At most 20 % of those rated "good": 5 × excellent ≤ good."""
    return (good * CAP_PERCENT) // 100


def max_keepable(good_others: int, candidates: int) -> int:
    """How many of ``candidates`` (proposed excellent) may keep the level when the others become "good":
    the largest k with 5k ≤ good_others + (candidates − k)."""
    return min(candidates, ((good_others + candidates) * CAP_PERCENT) // (100 + CAP_PERCENT))


def format_score(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def parse_score(text: str | float | None, what: str, maximum: float) -> float | None:
    if text is None:
        return None
    if isinstance(text, int | float):
        value = float(text)
    else:
        raw = text.strip().replace(",", ".")
        if not raw:
            return None
        try:
            value = float(raw)
        except ValueError:
            raise UserError(f"{what}: “{text.strip()}” không phải là số.") from None
    if not 0 <= value <= maximum:
        raise UserError(f"{what} phải từ 0 đến {format_score(maximum)} (nhận được {format_score(value)}).")
    return round(value, 2)


# ------------------------------------------------------------------------------------------ entries


@dataclass(frozen=True)
class RatingEntry:
    """What the clerk entered for one person and one period.

    Score method: ``general_score`` and ``task_score``; direct method: ``level``. ``clear`` removes the
    rating. ``capped`` keeps (True/False) or leaves as stored (None) the quota's lowering of "excellent"."""

    staff_uid: str
    level: QualityLevel | None = None
    general_score: float | None = None
    task_score: float | None = None
    disciplined: bool = False
    note: str | None = None
    capped: bool | None = None
    clear: bool = False


@dataclass(frozen=True)
class CheckedRating:
    method: RatingMethod
    general_score: float | None
    task_score: float | None
    disciplined: bool
    proposed: QualityLevel
    note: str | None

    @property
    def total(self) -> float | None:
        if self.general_score is None or self.task_score is None:
            return None
        return round(self.general_score + self.task_score, 2)


def check_entry(entry: RatingEntry, method: RatingMethod, who: str) -> CheckedRating:
    """Validate one entry under its method; the message names the person and the field."""
    note = clean_text(entry.note)
    if note and len(note) > 300:
        raise UserError(f"{who}: ghi chú dài quá 300 ký tự.")
    if method == RatingMethod.SCORE:
        if entry.level is not None and entry.general_score is None and entry.task_score is None:
            raise UserError(
                f"{who}: công chức từ năm 2026 xếp loại theo điểm (NĐ 335/2025/NĐ-CP), không chọn mức trực tiếp; "
                "hãy nhập điểm tiêu chí chung và điểm kết quả nhiệm vụ."
            )
        general = parse_score(entry.general_score, f"{who}: điểm tiêu chí chung", GENERAL_MAX)
        task = parse_score(entry.task_score, f"{who}: điểm kết quả thực hiện nhiệm vụ", TASK_MAX)
        missing = [
            n for n, v in (("tiêu chí chung (tối đa 30)", general), ("kết quả nhiệm vụ (tối đa 70)", task)) if v is None
        ]
        if missing:
            raise UserError(f"{who}: công chức từ năm 2026 xếp loại theo điểm; còn thiếu điểm {' và '.join(missing)}.")
        assert general is not None and task is not None
        proposed = level_from_score(general + task, disciplined=entry.disciplined)
        return CheckedRating(method, general, task, entry.disciplined, proposed, note)
    if entry.general_score is not None or entry.task_score is not None:
        raise UserError(f"{who}: kỳ này xếp loại trực tiếp theo mức, không chấm điểm; hãy xóa điểm và chọn mức.")
    if entry.disciplined:
        proposed = QualityLevel.INCOMPLETE
    elif entry.level is None:
        raise UserError(f"{who}: chưa chọn mức xếp loại.")
    else:
        proposed = QualityLevel(entry.level)
    return CheckedRating(method, None, None, entry.disciplined, proposed, note)


# ---------------------------------------------------------------------------------------- the quota


@dataclass(frozen=True)
class CapCandidate:
    uid: str
    full_name: str
    department: str
    total: float | None  # score, when scored
    capped: bool  # currently lowered to "good" by the quota


@dataclass(frozen=True)
class CapGroup:
    unit_code: str | None
    category: StaffCategory
    year: int
    good_others: int  # rated "good" on their own (not lowered by the quota)
    candidates: tuple[CapCandidate, ...]  # proposed "excellent", best score first
    keep_at_most: int

    @property
    def suggested(self) -> tuple[str, ...]:
        return tuple(c.uid for c in self.candidates[: self.keep_at_most])

    def describe(self) -> str:
        excellent = sum(1 for c in self.candidates if not c.capped)
        good = self.good_others + sum(1 for c in self.candidates if c.capped)
        return (
            f"{CATEGORY_LABELS[self.category]} năm {self.year}: {excellent} người “Hoàn thành xuất sắc nhiệm vụ”, "
            f"{good} người “Hoàn thành tốt nhiệm vụ” → chỉ được tối đa {allowed_excellent(good)} người xuất sắc; "
            f"giữ được tối đa {self.keep_at_most} trong {len(self.candidates)} người đạt mức xuất sắc."
        )


class CapExceeded(UserError):
    """The save would leave more "excellent" than the 20 % quota allows; nothing was changed."""

    def __init__(self, groups: Sequence[CapGroup], *, resolution_given: bool = False) -> None:
        self.groups = list(groups)
        head = (
            "Số người chọn giữ mức “Hoàn thành xuất sắc nhiệm vụ” vẫn vượt tỷ lệ 20%."
            if resolution_given
            else "Số người “Hoàn thành xuất sắc nhiệm vụ” vượt quá 20% số người “Hoàn thành tốt nhiệm vụ” "
            "(NĐ 48/2023/NĐ-CP, NĐ 335/2025/NĐ-CP). Chưa lưu."
        )
        details = [g.describe() for g in self.groups]
        details.append(
            "Hãy chọn những người giữ mức xuất sắc và ghi lý do; những người còn lại được xếp "
            "“Hoàn thành tốt nhiệm vụ” do vượt tỷ lệ."
        )
        super().__init__(head, details=details)

    @property
    def suggested(self) -> set[str]:
        return {uid for g in self.groups for uid in g.suggested}


# ------------------------------------------------------------------------------------------- saving


@dataclass
class SaveResult:
    created: int = 0
    updated: int = 0
    cleared: int = 0
    unchanged: int = 0
    capped: list[str] = field(default_factory=list)  # names this save lowered to "good" by the quota

    @property
    def changed(self) -> int:
        return self.created + self.updated + self.cleared


@dataclass
class _State:
    """One annual rating as it would be after the save (for the quota check)."""

    uid: str
    name: str
    department: str
    proposed: QualityLevel
    capped: bool
    total: float | None


def _staff_by_uid(session: Session, uids: Collection[str]) -> dict[str, Staff]:
    found: dict[str, Staff] = {}
    wanted = list(dict.fromkeys(uids))
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        for s in session.scalars(select(Staff).where(Staff.uid.in_(chunk), Staff.deleted.is_(False))):
            found[s.uid] = s
    missing = [u for u in wanted if u not in found]
    if missing:
        raise NotFound(f"Không tìm thấy người có mã {missing[0]}.")
    return found


def _existing(session: Session, period: Period, staff_ids: Collection[int]) -> dict[int, QualityRating]:
    out: dict[int, QualityRating] = {}
    ids = list(staff_ids)
    for i in range(0, len(ids), 500):
        query = select(QualityRating).where(
            QualityRating.staff_id.in_(ids[i : i + 500]),
            QualityRating.period_kind == period.kind,
            QualityRating.year == period.year,
            QualityRating.period_no == period.number,
        )
        for r in session.scalars(query):
            out[r.staff_id] = r
    return out


def save_ratings(
    session: Session,
    period: Period,
    entries: Sequence[RatingEntry],
    *,
    keep_excellent: Collection[str] | None = None,
    cap_reason: str | None = None,
) -> SaveResult:
    """Write a set of ratings for one period (the grid's save, one CLI ``set``) after checking every
    entry and the 20 % quota; on any error nothing is written. ``keep_excellent`` (with ``cap_reason``)
    is the clerk's answer to ``CapExceeded``: who keeps "excellent" in the groups over the quota."""
    require(session, Permission.EDIT_RECORDS)
    by_uid = {e.staff_uid: e for e in entries}
    if len(by_uid) != len(entries):
        raise UserError("Một người được nhập hai lần trong cùng một lần lưu.")
    people = _staff_by_uid(session, by_uid)
    own = session.info.get(UNIT_CODE)
    existing = _existing(session, period, [s.id for s in people.values()])
    errors: list[str] = []
    checked: dict[str, CheckedRating | None] = {}
    for uid, entry in by_uid.items():
        staff = people[uid]
        if own and staff.owner_unit and staff.owner_unit != own:
            errors.append(f"{staff.full_name}: thuộc đơn vị {staff.owner_unit}; xếp loại do đơn vị đó nhập.")
            continue
        if entry.clear:
            checked[uid] = None
            continue
        row = existing.get(staff.id)
        method = (
            RatingMethod(row.method) if row is not None and not row.deleted else method_for(staff.category, period.year)
        )
        try:
            checked[uid] = check_entry(entry, method, staff.full_name)
        except UserError as exc:
            errors.append(exc.message)
    if errors:
        raise UserError(f"Chưa lưu: {len(errors)} dòng chưa hợp lệ ({period.label}).", details=errors)

    capped_flags = {
        uid: _capped_after(by_uid[uid], existing.get(people[uid].id), result) for uid, result in checked.items()
    }
    newly_capped = _check_quota(session, period, people, checked, capped_flags, keep_excellent, cap_reason)

    result = SaveResult()
    reason = clean_text(cap_reason)
    for uid, rating in checked.items():
        staff = people[uid]
        row = existing.get(staff.id)
        if rating is None:
            if row is not None and not row.deleted:
                row.deleted = True
                result.cleared += 1
            continue
        capped = capped_flags[uid]
        level = QualityLevel.GOOD if capped else rating.proposed
        values = {
            "method": rating.method,
            "general_score": rating.general_score,
            "task_score": rating.task_score,
            "disciplined": rating.disciplined,
            "proposed_level": rating.proposed,
            "level": level,
            "capped": capped,
            "cap_note": (reason if uid in newly_capped else row.cap_note if row is not None else None)
            if capped
            else None,
            "note": rating.note,
        }
        if row is None:
            session.add(
                QualityRating(
                    staff_id=staff.id, period_kind=period.kind, year=period.year, period_no=period.number, **values
                )
            )
            result.created += 1
        else:
            before = {k: getattr(row, k) for k in values}
            if row.deleted or before != values:
                for k, v in values.items():
                    setattr(row, k, v)
                if row.deleted:
                    row.deleted = False
                    result.created += 1
                else:
                    result.updated += 1
            else:
                result.unchanged += 1
        if capped and (uid in newly_capped or row is None or not row.capped):
            result.capped.append(staff.full_name)
    result.capped += [name for uid, name in newly_capped.items() if uid not in checked]
    session.flush()
    return result


def _capped_after(entry: RatingEntry, row: QualityRating | None, rating: CheckedRating | None) -> bool:
    if rating is None or rating.proposed != QualityLevel.EXCELLENT:
        return False
    if entry.capped is not None:
        return entry.capped
    return bool(row is not None and not row.deleted and row.capped)


def _check_quota(
    session: Session,
    period: Period,
    people: dict[str, Staff],
    checked: dict[str, CheckedRating | None],
    capped_flags: dict[str, bool],
    keep_excellent: Collection[str] | None,
    cap_reason: str | None,
) -> dict[str, str]:
    """Raise CapExceeded when a touched group would break the quota; apply ``keep_excellent`` to the
    flags. Returns the people (uid → name) newly lowered to "good" by the clerk's choice."""
    groups = {(s.owner_unit, StaffCategory(s.category)) for s in people.values() if cap_applies(period, s.category)}
    if not groups:
        return {}
    state: dict[tuple[str | None, StaffCategory], dict[str, _State]] = defaultdict(dict)
    conditions = [
        and_(Staff.owner_unit.is_(unit) if unit is None else Staff.owner_unit == unit, Staff.category == cat)
        for unit, cat in groups
    ]
    query = (
        select(
            Staff.uid,
            Staff.full_name,
            Staff.owner_unit,
            Staff.category,
            Department.name,
            QualityRating.proposed_level,
            QualityRating.capped,
            QualityRating.general_score,
            QualityRating.task_score,
        )
        .join(QualityRating, QualityRating.staff_id == Staff.id)
        .outerjoin(Department, Department.id == Staff.department_id)
        .where(
            QualityRating.deleted.is_(False),
            QualityRating.period_kind == PeriodKind.YEAR,
            QualityRating.year == period.year,
            Staff.deleted.is_(False),
            or_(*conditions),
        )
    )
    for uid, name, unit, cat, dept, proposed, capped, general, task in session.execute(query):
        total = None if general is None or task is None else round(general + task, 2)
        state[(unit, StaffCategory(cat))][uid] = _State(
            uid, name, dept or "", QualityLevel(proposed), bool(capped), total
        )
    for uid, rating in checked.items():
        staff = people[uid]
        key = (staff.owner_unit, StaffCategory(staff.category))
        if key not in groups:
            continue
        if rating is None:
            state[key].pop(uid, None)
        else:
            dept = staff.department.name if staff.department else ""
            state[key][uid] = _State(uid, staff.full_name, dept, rating.proposed, capped_flags[uid], rating.total)

    keep = set(keep_excellent) if keep_excellent is not None else None
    over: list[CapGroup] = []
    newly: dict[str, str] = {}
    for key in sorted(groups, key=lambda g: (g[0] or "", g[1].value)):
        rows = state[key].values()
        candidates = [r for r in rows if r.proposed == QualityLevel.EXCELLENT]
        good_others = sum(1 for r in rows if r.proposed == QualityLevel.GOOD)
        if keep is not None:
            for r in candidates:
                lowered = r.uid not in keep
                if lowered and not r.capped:
                    newly[r.uid] = r.name
                r.capped = lowered
        excellent = sum(1 for r in candidates if not r.capped)
        good = good_others + sum(1 for r in candidates if r.capped)
        if excellent <= allowed_excellent(good):
            continue
        ordered = sorted(
            candidates,
            key=lambda r: (r.capped, -(r.total if r.total is not None else 0), fold(r.name)),
        )
        over.append(
            CapGroup(
                unit_code=key[0],
                category=key[1],
                year=period.year,
                good_others=good_others,
                candidates=tuple(CapCandidate(r.uid, r.name, r.department, r.total, r.capped) for r in ordered),
                keep_at_most=max_keepable(good_others, len(candidates)),
            )
        )
    if over:
        raise CapExceeded(over, resolution_given=keep is not None)
    if keep is not None:
        if newly and not clean_text(cap_reason):
            raise UserError(
                "Cần ghi lý do khi xếp “Hoàn thành tốt nhiệm vụ” cho người đạt mức xuất sắc do vượt tỷ lệ 20%."
            )
        for key in groups:
            for r in state[key].values():
                if r.uid in capped_flags:
                    capped_flags[r.uid] = r.capped if r.proposed == QualityLevel.EXCELLENT else False
        _lower_others(session, period, state, groups, checked, cap_reason)
    return newly


def _lower_others(
    session: Session,
    period: Period,
    state: dict[tuple[str | None, StaffCategory], dict[str, _State]],
    groups: set[tuple[str | None, StaffCategory]],
    checked: dict[str, CheckedRating | None],
    cap_reason: str | None,
) -> None:
    """The clerk's choice may lower (or restore) people who are not in this save: update their rows."""
    others = {r.uid: r for key in groups for r in state[key].values() if r.uid not in checked}
    if not others:
        return
    rows = session.execute(
        select(QualityRating, Staff.uid)
        .join(Staff, Staff.id == QualityRating.staff_id)
        .where(
            Staff.uid.in_(list(others)),
            QualityRating.period_kind == PeriodKind.YEAR,
            QualityRating.year == period.year,
            QualityRating.deleted.is_(False),
        )
    ).all()
    reason = clean_text(cap_reason)
    for row, uid in rows:
        want = others[uid].capped and others[uid].proposed == QualityLevel.EXCELLENT
        if bool(row.capped) == want:
            continue
        row.capped = want
        row.level = QualityLevel.GOOD if want else QualityLevel(row.proposed_level)
        row.cap_note = reason if want else None


# ---------------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class SheetRow:
    """One line of the unit's grid for a period."""

    uid: str
    full_name: str
    sort_key: str
    department: str
    position: str
    category: StaffCategory
    on_books: bool
    method: RatingMethod
    rated: bool
    general_score: float | None
    task_score: float | None
    disciplined: bool
    proposed_level: QualityLevel | None
    level: QualityLevel | None
    capped: bool
    cap_note: str | None
    note: str | None
    periods_average: float | None = None  # year sheets: mean score of the year's monthly/quarterly ratings
    owner_unit: str | None = None

    @property
    def total(self) -> float | None:
        if self.general_score is None or self.task_score is None:
            return None
        return round(self.general_score + self.task_score, 2)

    def entry(self, **changes: object) -> RatingEntry:
        base = RatingEntry(
            staff_uid=self.uid,
            level=self.proposed_level if self.method == RatingMethod.DIRECT else None,
            general_score=self.general_score,
            task_score=self.task_score,
            disciplined=self.disciplined,
            note=self.note,
            capped=self.capped,
        )
        return replace(base, **changes)  # type: ignore[arg-type]


def rating_sheet(
    session: Session, period: Period, *, unit_code: str | None = None, today: date | None = None
) -> list[SheetRow]:
    """Everyone who should be rated for the period — on the books at its end (or today, for a period
    not over yet) — plus anyone already rated for it, in the Vietnamese name order. Three small
    queries (people, their ratings for the period, status history), whatever the unit's size."""
    today = today or date.today()
    day = min(period.last_day, today) if period.first_day <= today else period.last_day
    query = (
        select(
            Staff.id,
            Staff.uid,
            Staff.full_name,
            Staff.name_sort_key,
            Staff.position,
            Staff.category,
            Staff.status,
            Staff.start_date,
            Staff.owner_unit,
            Department.name,
        )
        .outerjoin(Department, Department.id == Staff.department_id)
        .where(Staff.deleted.is_(False))
        .order_by(Staff.name_sort_key, Staff.id)
    )
    if unit_code:
        query = query.where(Staff.owner_unit == unit_code)
    people = session.execute(query).all()
    small = bool(unit_code) and len(people) < 5000
    ids = [p.id for p in people]
    rq = select(
        QualityRating.staff_id,
        QualityRating.method,
        QualityRating.general_score,
        QualityRating.task_score,
        QualityRating.disciplined,
        QualityRating.proposed_level,
        QualityRating.level,
        QualityRating.capped,
        QualityRating.cap_note,
        QualityRating.note,
    ).where(
        QualityRating.deleted.is_(False),
        QualityRating.period_kind == period.kind,
        QualityRating.year == period.year,
        QualityRating.period_no == period.number,
    )
    if small:
        rq = rq.where(QualityRating.staff_id.in_(ids))
    ratings = {r.staff_id: r for r in session.execute(rq)}
    changes = load_status_changes(session, ids if small else None)
    averages = _period_averages(session, period.year, ids if small else None) if period.kind == PeriodKind.YEAR else {}
    rows: list[SheetRow] = []
    for p in people:
        r = ratings.get(p.id)
        status = _STATUS[p.status]
        if r is None and not on_books_on(status, p.start_date, changes.get(p.id, ()), day):
            continue
        common = {
            "uid": p.uid,
            "full_name": p.full_name,
            "sort_key": p.name_sort_key,
            "department": p.name or "",
            "position": p.position or "",
            "category": _CATEGORY[p.category],
            "on_books": status.on_books,
            "periods_average": averages.get(p.id),
            "owner_unit": p.owner_unit,
        }
        if r is None:
            rows.append(
                SheetRow(
                    **common,
                    method=method_for(p.category, period.year),
                    rated=False,
                    general_score=None,
                    task_score=None,
                    disciplined=False,
                    proposed_level=None,
                    level=None,
                    capped=False,
                    cap_note=None,
                    note=None,
                )
            )
        else:
            rows.append(
                SheetRow(
                    **common,
                    method=RatingMethod(r.method),
                    rated=True,
                    general_score=r.general_score,
                    task_score=r.task_score,
                    disciplined=bool(r.disciplined),
                    proposed_level=_LEVEL[r.proposed_level],
                    level=_LEVEL[r.level],
                    capped=bool(r.capped),
                    cap_note=r.cap_note,
                    note=r.note,
                )
            )
    return rows


_STATUS = {e.value: e for e in StaffStatus}
_CATEGORY = {e.value: e for e in StaffCategory}
_LEVEL = {e.value: e for e in QualityLevel}


def _period_averages(session: Session, year: int, staff_ids: Sequence[int] | None) -> dict[int, float]:
    scores: dict[int, list[float]] = defaultdict(list)
    query = select(QualityRating.staff_id, QualityRating.general_score, QualityRating.task_score).where(
        QualityRating.year == year,
        QualityRating.period_kind != PeriodKind.YEAR,
        QualityRating.deleted.is_(False),
        QualityRating.general_score.is_not(None),
        QualityRating.task_score.is_not(None),
    )
    if staff_ids is not None:
        query = query.where(QualityRating.staff_id.in_(staff_ids))
    for staff_id, general, task in session.execute(query):
        if general is not None and task is not None:
            scores[staff_id].append(general + task)
    return {k: round(mean(v), 2) for k, v in scores.items()}


@dataclass(frozen=True)
class GroupSummary:
    category: StaffCategory
    counts: dict[QualityLevel, int]
    unrated: int
    cap_applies: bool

    @property
    def allowed(self) -> int:
        return allowed_excellent(self.counts[QualityLevel.GOOD])

    @property
    def over_cap(self) -> bool:
        return self.cap_applies and self.counts[QualityLevel.EXCELLENT] > self.allowed

    def text(self) -> str:
        counts = ", ".join(f"{LEVEL_SHORT[lv]} {self.counts[lv]}" for lv in LEVELS_BEST_FIRST)
        out = f"{CATEGORY_SHORT[self.category]}: {counts}"
        if self.unrated:
            out += f", chưa xếp loại {self.unrated}"
        if self.cap_applies:
            out += (
                f" — xuất sắc {self.counts[QualityLevel.EXCELLENT]}/tối đa {self.allowed} "
                f"(20% của {self.counts[QualityLevel.GOOD]} người tốt)"
            )
        return out


def summarise(period: Period, rows: Iterable[tuple[StaffCategory, QualityLevel | None]]) -> list[GroupSummary]:
    """Counts per category and level, with the quota where it applies (final levels)."""
    counts: dict[StaffCategory, dict[QualityLevel, int]] = {}
    unrated: dict[StaffCategory, int] = defaultdict(int)
    for category, level in rows:
        bucket = counts.setdefault(category, dict.fromkeys(QualityLevel, 0))
        if level is None:
            unrated[category] += 1
        else:
            bucket[level] += 1
    return [
        GroupSummary(cat, counts[cat], unrated[cat], cap_applies(period, cat)) for cat in StaffCategory if cat in counts
    ]


@dataclass(frozen=True)
class HistoryRow:
    period: Period
    method: RatingMethod
    general_score: float | None
    task_score: float | None
    disciplined: bool
    proposed_level: QualityLevel
    level: QualityLevel
    capped: bool
    cap_note: str | None
    note: str | None

    @property
    def total(self) -> float | None:
        if self.general_score is None or self.task_score is None:
            return None
        return round(self.general_score + self.task_score, 2)

    def text(self) -> str:
        out = f"{self.period.label}: {LEVEL_LABELS[self.level]}"
        if self.total is not None:
            out += f" ({format_score(self.total)} điểm)"
        if self.capped:
            out += " — do vượt tỷ lệ 20%"
        if self.disciplined:
            out += " — bị kỷ luật"
        return out


def person_history(session: Session, staff_uid: str) -> list[HistoryRow]:
    """Every rating of a person, latest period first."""
    staff = session.scalar(select(Staff).where(Staff.uid == staff_uid, Staff.deleted.is_(False)))
    if staff is None:
        raise NotFound(f"Không tìm thấy người có mã {staff_uid}.")
    query = select(QualityRating).where(QualityRating.staff_id == staff.id, QualityRating.deleted.is_(False))
    rows = [
        HistoryRow(
            period=Period(r.year, PeriodKind(r.period_kind), r.period_no),
            method=RatingMethod(r.method),
            general_score=r.general_score,
            task_score=r.task_score,
            disciplined=r.disciplined,
            proposed_level=QualityLevel(r.proposed_level),
            level=QualityLevel(r.level),
            capped=r.capped,
            cap_note=r.cap_note,
            note=r.note,
        )
        for r in session.scalars(query)
    ]
    rows.sort(key=lambda h: h.period.sort_key, reverse=True)
    return rows


def find_person(session: Session, key: str) -> Staff:
    """A person by uid or CCCD (the CLI's PERSON argument)."""
    key = key.strip()
    staff = session.scalar(select(Staff).where(Staff.deleted.is_(False), or_(Staff.uid == key, Staff.cccd == key)))
    if staff is None:
        raise NotFound(f"Không tìm thấy người có mã hoặc số CCCD “{key}”.")
    return staff
