"""What the app computes about a person: retirement date, service left, match with the job position."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.dates import format_date, format_duration_months
from app.staff.form import QualificationInput
from app.staff.job_positions import MATCH_LABELS, MatchState, PositionRule, evaluate_match
from app.staff.retirement import format_age, months_of_service_left, retirement_age_months, retirement_date
from db.enums import QualificationKind, Sex


@dataclass(frozen=True)
class StaffSummary:
    retirement_date: date | None
    retirement_age: str  # "62 tuổi", "" when unknown or overridden
    months_left: int | None
    match: MatchState

    @property
    def retirement_text(self) -> str:
        if self.retirement_date is None:
            return "Chưa đủ thông tin (cần ngày sinh và giới tính)"
        when = format_date(self.retirement_date)
        return f"{when} ({self.retirement_age})" if self.retirement_age else f"{when} (theo hồ sơ)"

    @property
    def service_left_text(self) -> str:
        return "" if self.months_left is None else format_duration_months(self.months_left)

    @property
    def match_text(self) -> str:
        return MATCH_LABELS[self.match]


def summarise(
    *,
    sex: Sex | None,
    date_of_birth: date | None,
    retirement_override: date | None,
    job_position: str | None,
    match_override: bool | None,
    qualifications: Sequence[QualificationInput],
    rules: dict[str, PositionRule],
    today: date | None = None,
) -> StaffSummary:
    today = today or date.today()
    retire: date | None = None
    age = ""
    if retirement_override:
        retire = retirement_override
    elif sex and date_of_birth:
        retire = retirement_date(sex, date_of_birth)
        age = format_age(retirement_age_months(sex, date_of_birth.year, date_of_birth.month))
    degrees = [(q.level, q.major) for q in qualifications if q.kind == QualificationKind.PROFESSIONAL]
    return StaffSummary(
        retirement_date=retire,
        retirement_age=age,
        months_left=months_of_service_left(retire, today) if retire else None,
        match=evaluate_match(rules, job_position, degrees, match_override),
    )
