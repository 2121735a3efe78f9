"""The statutory roadmap (DOMAIN.md): checks given there, both sexes, several birth years."""

from __future__ import annotations

from datetime import date

import pytest

from app.staff.retirement import months_of_service_left, retirement_age_months, retirement_date
from db.enums import Sex


@pytest.mark.parametrize(
    ("sex", "year", "month", "age"),
    [
        (Sex.MALE, 1960, 12, 720),  # before the roadmap: 60
        (Sex.MALE, 1961, 1, 723),  # 60y3m
        (Sex.MALE, 1961, 9, 723),
        (Sex.MALE, 1961, 10, 726),
        (Sex.MALE, 1963, 4, 732),  # 61y
        (Sex.MALE, 1966, 4, 744),  # 62y
        (Sex.MALE, 1990, 7, 744),  # capped
        (Sex.FEMALE, 1965, 12, 660),  # 55
        (Sex.FEMALE, 1966, 1, 664),  # 55y4m
        (Sex.FEMALE, 1966, 8, 664),
        (Sex.FEMALE, 1966, 9, 668),
        (Sex.FEMALE, 1967, 5, 672),  # 56y
        (Sex.FEMALE, 1975, 4, 716),
        (Sex.FEMALE, 1975, 5, 720),  # 60y
        (Sex.FEMALE, 1995, 1, 720),
    ],
)
def test_retirement_age(sex: Sex, year: int, month: int, age: int) -> None:
    assert retirement_age_months(sex, year, month) == age


def test_retirement_is_last_day_of_the_month_the_age_is_reached() -> None:
    # man born 15/04/1966 retires at 62: end of April 2028
    assert retirement_date(Sex.MALE, date(1966, 4, 15)) == date(2028, 4, 30)
    # woman born 20/05/1967 retires at 56: end of May 2023
    assert retirement_date(Sex.FEMALE, date(1967, 5, 20)) == date(2023, 5, 31)
    # woman born 10/09/1974 (55y4m + 4·⌊104/8⌋ = 59y8m): end of May 2034
    assert retirement_date(Sex.FEMALE, date(1974, 9, 10)) == date(2034, 5, 31)
    # leap-year February
    assert retirement_date(Sex.FEMALE, date(1976, 2, 10)) == date(2036, 2, 29)


def test_birth_year_only_counts_as_january() -> None:
    assert retirement_date(Sex.MALE, date(1961, 1, 1)) == date(2021, 4, 30)


def test_months_left() -> None:
    assert months_of_service_left(date(2030, 5, 31), date(2026, 11, 23)) == 42
    assert months_of_service_left(date(2020, 1, 31), date(2026, 11, 23)) == 0
