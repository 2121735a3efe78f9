"""Dates as Vietnamese offices write them: dd/mm/yyyy, and for birth dates sometimes mm/yyyy or a year."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from db.enums import DatePrecision

_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_MY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_Y = re.compile(r"^\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")

MIN_YEAR = 1900
MAX_YEAR = 2100


class DateParseError(ValueError):
    """The message is Vietnamese and can be shown to the user."""


@dataclass(frozen=True)
class PartialDate:
    """A date of which only the year, or the month and year, may be known. ``value`` holds the first
    day of the known period so it can be stored and compared; ``precision`` says what is real."""

    value: date
    precision: DatePrecision

    def format(self) -> str:
        return format_date(self.value, self.precision)


def _checked(y: int, m: int, d: int) -> date:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DateParseError(f"Năm {y} không hợp lệ")
    if not 1 <= m <= 12:
        raise DateParseError(f"Tháng {m} không hợp lệ")
    last = calendar.monthrange(y, m)[1]
    if not 1 <= d <= last:
        raise DateParseError(f"Ngày {d} không có trong tháng {m:02d}/{y}")
    return date(y, m, d)


def parse_date(text: str) -> date:
    """Parse "dd/mm/yyyy" (also with - or . and without leading zeros, or ISO yyyy-mm-dd)."""
    if m := _DMY.match(text):
        return _checked(int(m[3]), int(m[2]), int(m[1]))
    if m := _ISO.match(text):
        return _checked(int(m[1]), int(m[2]), int(m[3]))
    raise DateParseError(f"“{text.strip()}” không phải ngày hợp lệ (nhập theo dạng ngày/tháng/năm, ví dụ 05/01/1980)")


def parse_partial_date(text: str) -> PartialDate:
    """A birth date as people write it: dd/mm/yyyy, mm/yyyy or yyyy (kept with its precision)."""
    if _DMY.match(text) or _ISO.match(text):
        return PartialDate(parse_date(text), DatePrecision.DAY)
    if m := _MY.match(text):
        return PartialDate(_checked(int(m[2]), int(m[1]), 1), DatePrecision.MONTH)
    if m := _Y.match(text):
        return PartialDate(_checked(int(m[1]), 1, 1), DatePrecision.YEAR)
    raise DateParseError(
        f"“{text.strip()}” không phải ngày hợp lệ (ngày/tháng/năm, tháng/năm hoặc năm, ví dụ 05/01/1980)"
    )


def format_date(value: date | None, precision: DatePrecision | str = DatePrecision.DAY) -> str:
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.month:02d}/{value.year:04d}"
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def last_day_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def months_between(start: date, end: date) -> int:
    """Whole months from start to end (negative when end is earlier)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return months


def format_duration_months(months: int) -> str:
    """ "5 năm 3 tháng"; "đã đến tuổi" for zero or less."""
    if months <= 0:
        return "đã đến tuổi"
    years, rest = divmod(months, 12)
    if years and rest:
        return f"{years} năm {rest} tháng"
    if years:
        return f"{years} năm"
    return f"{rest} tháng"
