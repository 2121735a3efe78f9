"""Vietnamese public holidays: the lunar dates (Vietnam's calendar, UTC+7), the statutory days, the days
taken in lieu and the announced swaps, weekends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import UserError
from app.scheduling.holidays import (
    DayOffKind,
    WorkCalendar,
    hung_kings_day,
    lunar_new_year,
    make_up_working_days,
    public_holidays,
)

# Mùng 1 Tết as published (Vietnamese calendar). 1985, 2007 and 2030 differ from the Chinese calendar
# (20/02/1985, 18/02/2007, 03/02/2030).
TET = {
    1985: date(1985, 1, 21),
    1990: date(1990, 1, 27),
    1995: date(1995, 1, 31),
    2000: date(2000, 2, 5),
    2001: date(2001, 1, 24),
    2002: date(2002, 2, 12),
    2003: date(2003, 2, 1),
    2004: date(2004, 1, 22),
    2005: date(2005, 2, 9),
    2006: date(2006, 1, 29),
    2007: date(2007, 2, 17),
    2008: date(2008, 2, 7),
    2009: date(2009, 1, 26),
    2010: date(2010, 2, 14),
    2011: date(2011, 2, 3),
    2012: date(2012, 1, 23),
    2013: date(2013, 2, 10),
    2014: date(2014, 1, 31),
    2015: date(2015, 2, 19),
    2016: date(2016, 2, 8),
    2017: date(2017, 1, 28),
    2018: date(2018, 2, 16),
    2019: date(2019, 2, 5),
    2020: date(2020, 1, 25),
    2021: date(2021, 2, 12),
    2022: date(2022, 2, 1),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 2),
    2031: date(2031, 1, 23),
    2035: date(2035, 2, 8),
    2040: date(2040, 2, 12),
    2050: date(2050, 1, 23),
}

# Giỗ Tổ Hùng Vương, 10/3 âm lịch
HUNG_KINGS = {
    2009: date(2009, 4, 4),
    2010: date(2010, 4, 23),
    2012: date(2012, 3, 31),
    2015: date(2015, 4, 28),
    2018: date(2018, 4, 25),
    2019: date(2019, 4, 14),
    2020: date(2020, 4, 2),
    2021: date(2021, 4, 21),
    2022: date(2022, 4, 10),
    2023: date(2023, 4, 29),
    2024: date(2024, 4, 18),
    2025: date(2025, 4, 7),
    2026: date(2026, 4, 26),
    2027: date(2027, 4, 16),
    2028: date(2028, 4, 4),
    2030: date(2030, 4, 12),
}


@pytest.mark.parametrize(("year", "day"), sorted(TET.items()))
def test_lunar_new_year(year: int, day: date) -> None:
    assert lunar_new_year(year) == day


@pytest.mark.parametrize(("year", "day"), sorted(HUNG_KINGS.items()))
def test_hung_kings_day(year: int, day: date) -> None:
    assert hung_kings_day(year) == day


@pytest.mark.parametrize("year", [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030])
def test_tet_is_five_days_the_eve_and_four(year: int) -> None:
    tet = lunar_new_year(year)
    days = public_holidays(year)
    assert "Giao thừa" in days[tet - timedelta(days=1)]
    assert days[tet] == "Mùng một Tết Nguyên đán"
    assert [days[tet + timedelta(days=i)] for i in (1, 2, 3)] == [
        "Mùng hai Tết Nguyên đán",
        "Mùng ba Tết Nguyên đán",
        "Mùng bốn Tết Nguyên đán",
    ]


def test_2026_as_announced() -> None:
    days = public_holidays(2026)
    assert days == {
        date(2026, 1, 1): "Tết Dương lịch",
        date(2026, 2, 16): "Giao thừa Tết Nguyên đán",
        date(2026, 2, 17): "Mùng một Tết Nguyên đán",
        date(2026, 2, 18): "Mùng hai Tết Nguyên đán",
        date(2026, 2, 19): "Mùng ba Tết Nguyên đán",
        date(2026, 2, 20): "Mùng bốn Tết Nguyên đán",
        date(2026, 4, 26): "Giỗ Tổ Hùng Vương (10/3 âm lịch)",  # a Sunday …
        date(2026, 4, 27): "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)",  # … taken on Monday
        date(2026, 4, 30): "Ngày Chiến thắng (30/4)",
        date(2026, 5, 1): "Ngày Quốc tế Lao động (1/5)",
        date(2026, 8, 31): "Ngày nghỉ hoán đổi (làm bù Thứ Bảy 22/08/2026)",
        date(2026, 9, 1): "Quốc khánh (ngày liền kề)",
        date(2026, 9, 2): "Quốc khánh (2/9)",
        date(2026, 11, 24): "Ngày Văn hóa Việt Nam (24/11)",
    }
    assert make_up_working_days(2026) == [date(2026, 8, 22)]


def test_national_day_has_an_adjacent_day_from_2021() -> None:
    for year in range(2021, 2031):
        days = public_holidays(year)
        assert days[date(year, 9, 2)] == "Quốc khánh (2/9)"
        adjacent = [d for d, n in days.items() if n == "Quốc khánh (ngày liền kề)"]
        assert len(adjacent) == 1 and abs((adjacent[0] - date(year, 9, 2)).days) == 1


def test_a_holiday_on_a_weekend_is_taken_on_a_working_day() -> None:
    days = public_holidays(2027)  # 1/5/2027 is a Saturday
    assert days[date(2027, 5, 3)] == "Nghỉ bù Ngày Quốc tế Lao động (1/5)"
    assert all(d.weekday() < 5 for d, n in days.items() if n.startswith("Nghỉ bù"))


def test_culture_day_only_from_2026() -> None:
    assert date(2025, 11, 24) not in public_holidays(2025)
    assert public_holidays(2027)[date(2027, 11, 24)] == "Ngày Văn hóa Việt Nam (24/11)"


def test_years_without_data_are_refused() -> None:
    with pytest.raises(UserError, match="2150"):
        public_holidays(2150)


def test_work_calendar() -> None:
    cal = WorkCalendar()
    assert cal.is_working_day(date(2026, 11, 23))  # a Monday
    sunday = cal.day_off(date(2026, 11, 22))
    assert sunday is not None and sunday.kind == DayOffKind.WEEKEND and sunday.name == "Chủ nhật"
    assert sunday.label == "Chủ nhật 22/11/2026"
    tet = cal.day_off(date(2026, 2, 17))
    assert tet is not None and tet.kind == DayOffKind.HOLIDAY
    assert tet.label == "Thứ Ba 17/02/2026 — Mùng một Tết Nguyên đán"
    assert cal.is_working_day(date(2026, 8, 22))  # a Saturday worked in return for 31/8
    assert not cal.is_working_day(date(2026, 8, 31))
    assert cal.next_working_day(date(2026, 2, 14)) == date(2026, 2, 23)  # after nine days of Tết
    assert [d.day for d in cal.days_off(date(2026, 4, 25), date(2026, 5, 3))] == [
        date(2026, 4, 25),
        date(2026, 4, 26),
        date(2026, 4, 27),
        date(2026, 4, 30),
        date(2026, 5, 1),
        date(2026, 5, 2),
        date(2026, 5, 3),
    ]
    assert cal.working_days(date(2026, 4, 27), date(2026, 5, 1)) == [date(2026, 4, 28), date(2026, 4, 29)]


def test_work_calendar_with_local_announcements() -> None:
    cal = WorkCalendar(
        extra_days_off={date(2026, 12, 24): "Nghỉ theo thông báo của tỉnh"},
        extra_working_days=[date(2026, 12, 26), date(2026, 11, 24)],
    )
    off = cal.day_off(date(2026, 12, 24))
    assert off is not None and off.name == "Nghỉ theo thông báo của tỉnh" and off.kind == DayOffKind.HOLIDAY
    assert cal.is_working_day(date(2026, 12, 26))  # a Saturday made a working day
    assert cal.is_working_day(date(2026, 11, 24))
    far = WorkCalendar().day_off(date(2150, 1, 3))  # no holiday data: weekends still known
    assert far is not None and far.kind == DayOffKind.WEEKEND
