"""Statutory retirement age (Bộ luật Lao động 2019 Điều 169; NĐ 135/2020/NĐ-CP annexes I–II).

The roadmap raises the age by 3 months a year for men (to 62 from 04/1966 births) and 4 months a year
for women (to 60 from 05/1975 births), counted by birth month. Retirement falls at the end of the last
day of the month in which the age is reached. Someone known only by birth year counts as born in January.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.dates import add_months, last_day_of_month, months_between
from db.enums import Sex


@dataclass(frozen=True)
class _Roadmap:
    before: int  # age in months for births before ``start``
    start: tuple[int, int]  # (year, month) of the first birth month on the roadmap
    first: int  # age in months for the first births on the roadmap
    every: int  # births this many months apart ...
    add: int  # ... retire this many months older
    cap: int  # final age in months


MEN = _Roadmap(before=60 * 12, start=(1961, 1), first=723, every=9, add=3, cap=744)
WOMEN = _Roadmap(before=55 * 12, start=(1966, 1), first=664, every=8, add=4, cap=720)


def retirement_age_months(sex: Sex | str, birth_year: int, birth_month: int = 1) -> int:
    """Retirement age in months for a birth month and year (normal working conditions)."""
    road = MEN if sex == Sex.MALE else WOMEN
    months_from_start = (birth_year - road.start[0]) * 12 + (birth_month - road.start[1])
    if months_from_start < 0:
        return road.before
    return min(road.first + (months_from_start // road.every) * road.add, road.cap)


def retirement_date(sex: Sex | str, date_of_birth: date) -> date:
    """Last day of the month in which the person reaches retirement age."""
    age = retirement_age_months(sex, date_of_birth.year, date_of_birth.month)
    year, month = add_months(date_of_birth.year, date_of_birth.month, age)
    return last_day_of_month(year, month)


def format_age(months: int) -> str:
    years, rest = divmod(months, 12)
    return f"{years} tuổi {rest} tháng" if rest else f"{years} tuổi"


def months_of_service_left(retire_on: date, today: date) -> int:
    """Whole months from today to the retirement date (0 once it has passed)."""
    return max(0, months_between(today, retire_on))
