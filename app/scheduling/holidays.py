"""Vietnamese public holidays, weekends and working days.

The days off (Bộ luật Lao động 2019, Điều 112, khoản 1, and the government's practice for cadres, civil
servants and public employees):

- Tết Dương lịch: 1 day (1/1);
- Tết Âm lịch: 5 days — the last day of the lunar year and mùng 1 to mùng 4;
- Giỗ Tổ Hùng Vương: 1 day (10/3 âm lịch);
- Ngày Chiến thắng: 1 day (30/4); Ngày Quốc tế Lao động: 1 day (1/5);
- Quốc khánh: 2 days (2/9 and one adjacent day, before or after, chosen each year);
- Ngày Văn hóa Việt Nam: 1 day (24/11), from 2026 (Nghị quyết 80-NQ/TW, 7/1/2026, and the government's
  programme to add it to Điều 112);
- a holiday that falls on the weekly rest day is taken on the next working day (nghỉ bù, Điều 111
  khoản 3); for Tết the day is taken before or after as the Ministry announces;
- days swapped by the government's yearly announcement (a working day off, a Saturday worked in return).

The lunar dates are those of the Vietnamese calendar, computed for UTC+7: in some years they differ from
the Chinese calendar (UTC+8) — Tết 1985 was on 21/1 in Vietnam and 20/2 in China, Tết 2007 on 17/2 and
18/2, Tết 2030 will be on 2/2 and 3/2.

The dates come from python-holidays (``holidays``, maintained by the vacanza team, released monthly):
its Vietnam calendar implements exactly these rules, with Vietnam's own lunar tables for 1901–2099 (checked
against Hồ Ngọc Đức's astronomical algorithm for every year of that range while this module was written)
and the swaps announced so far, and a newer release brings the next announcements. This module gives the
days Vietnamese names, adds weekends, and lets the user add what was announced locally or too recently
(``WorkCalendar(extra_days_off=…, extra_working_days=…)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from holidays.countries.vietnam import Vietnam

from app.dates import format_date
from app.errors import UserError
from app.scheduling.sessions import weekday_name
from app.text import nfc

# Years for which the lunar holidays are known (python-holidays' Vietnamese lunar tables).
FIRST_YEAR = 1901
LAST_YEAR = 2099


class DayOffKind(StrEnum):
    HOLIDAY = "holiday"  # nghỉ lễ, Tết, nghỉ bù, ngày nghỉ hoán đổi, a day off announced locally
    WEEKEND = "weekend"  # Thứ Bảy, Chủ nhật


@dataclass(frozen=True, slots=True)
class DayOff:
    day: date
    name: str  # "Ngày Chiến thắng (30/4)", "Chủ nhật"
    kind: DayOffKind

    @property
    def label(self) -> str:
        """ "Thứ Năm 30/04/2026 — Ngày Chiến thắng (30/4)" or "Chủ nhật 22/02/2026"."""
        head = f"{weekday_name(self.day)} {format_date(self.day)}"
        return head if self.kind == DayOffKind.WEEKEND else f"{head} — {self.name}"


_FIXED_NAMES = {
    "Tết Nguyên Đán": "Mùng một Tết Nguyên đán",
    "29 Tết": "Nghỉ bù Tết Nguyên đán",  # a Tết day that fell on a Saturday, taken before Tết
    "Ngày Giỗ Tổ Hùng Vương": "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
    "Ngày Chiến thắng": "Ngày Chiến thắng (30/4)",
    "Ngày Quốc tế Lao động": "Ngày Quốc tế Lao động (1/5)",
    "Ngày Văn hóa Việt Nam": "Ngày Văn hóa Việt Nam (24/11)",
}
_SWAPPED = re.compile(r"^Ngày nghỉ \(thay cho ngày (\d{2})/(\d{2})/(\d{4})\)$")
_OBSERVED = " (nghỉ bù)"


def _vietnamese_name(day: date, raw: str) -> str:
    """The library's label in the wording an office uses."""
    name = nfc(raw.strip())
    if name.endswith(_OBSERVED):
        return "Nghỉ bù " + _base_name(day, name[: -len(_OBSERVED)])
    if m := _SWAPPED.match(name):
        worked = date(int(m[3]), int(m[2]), int(m[1]))
        return f"Ngày nghỉ hoán đổi (làm bù {weekday_name(worked)} {format_date(worked)})"
    return _base_name(day, name)


def _base_name(day: date, name: str) -> str:
    if name == "Quốc khánh":
        return "Quốc khánh (2/9)" if (day.month, day.day) == (9, 2) else "Quốc khánh (ngày liền kề)"
    if name in _FIXED_NAMES:
        return _FIXED_NAMES[name]
    return name.replace("Nguyên Đán", "Nguyên đán")


@lru_cache(maxsize=256)
def _library_year(year: int) -> tuple[dict[date, str], frozenset[date]]:
    cal = Vietnam(years=year, language="vi")  # type: ignore[no-untyped-call]
    days = {}
    for day, raw in cal.items():
        if day.year == year:
            days[day] = "; ".join(_vietnamese_name(day, part) for part in raw.split("; "))
    worked = frozenset(d for d in cal.weekend_workdays if d.year == year)
    return days, worked


def public_holidays(year: int) -> dict[date, str]:
    """The year's public holidays and other days off for the public sector (nghỉ bù, swaps), in date
    order, with Vietnamese names."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UserError(f"Chưa có lịch nghỉ lễ cho năm {year} (chỉ tính được từ {FIRST_YEAR} đến {LAST_YEAR}).")
    return dict(sorted(_library_year(year)[0].items()))


def make_up_working_days(year: int) -> list[date]:
    """Saturdays or Sundays worked in return for a swapped day off (làm bù), as announced."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return []
    return sorted(_library_year(year)[1])


def lunar_new_year(year: int) -> date:
    """Mùng 1 Tết of the lunar year that begins in ``year`` (Vietnamese calendar, UTC+7)."""
    for day, name in public_holidays(year).items():
        if name.startswith("Mùng một Tết"):
            return day
    raise UserError(f"Không tìm thấy ngày Tết Nguyên đán năm {year}.")  # pragma: no cover - library data


def hung_kings_day(year: int) -> date:
    """Giỗ Tổ Hùng Vương, 10/3 âm lịch (Vietnamese calendar, UTC+7)."""
    for day, name in public_holidays(year).items():
        if name.startswith("Giỗ Tổ Hùng Vương"):
            return day
    raise UserError(f"Không tìm thấy ngày Giỗ Tổ Hùng Vương năm {year}.")  # pragma: no cover - library data


class WorkCalendar:
    """Which days are working days for a commune office. Saturdays and Sundays are days off unless
    announced as make-up working days; public holidays are days off. ``extra_days_off`` (date → name)
    and ``extra_working_days`` add what the province or the unit announced and the library does not know
    (an extra working day wins over anything else that day). Years outside 1901–2099 only have weekends."""

    def __init__(
        self,
        *,
        extra_days_off: Mapping[date, str] | None = None,
        extra_working_days: Iterable[date] = (),
    ) -> None:
        self._extra_off = {d: nfc(n.strip()) or "Ngày nghỉ" for d, n in (extra_days_off or {}).items()}
        self._extra_work = frozenset(extra_working_days)
        self._cache: dict[date, DayOff | None] = {}

    def day_off(self, day: date) -> DayOff | None:
        """Why ``day`` is not a working day, or None when it is one."""
        try:
            return self._cache[day]
        except KeyError:
            pass
        result = self._compute(day)
        self._cache[day] = result
        return result

    def _compute(self, day: date) -> DayOff | None:
        if day in self._extra_work:
            return None
        if day in self._extra_off:
            return DayOff(day, self._extra_off[day], DayOffKind.HOLIDAY)
        if FIRST_YEAR <= day.year <= LAST_YEAR:
            days, worked = _library_year(day.year)
            if day in days:
                return DayOff(day, days[day], DayOffKind.HOLIDAY)
            if day in worked:
                return None
        if day.weekday() >= 5:
            return DayOff(day, weekday_name(day), DayOffKind.WEEKEND)
        return None

    def is_working_day(self, day: date) -> bool:
        return self.day_off(day) is None

    def days_off(self, start: date, end: date) -> list[DayOff]:
        """Every day off from ``start`` to ``end`` inclusive."""
        out = []
        day = start
        while day <= end:
            off = self.day_off(day)
            if off is not None:
                out.append(off)
            day += timedelta(days=1)
        return out

    def working_days(self, start: date, end: date) -> list[date]:
        out = []
        day = start
        while day <= end:
            if self.day_off(day) is None:
                out.append(day)
            day += timedelta(days=1)
        return out

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first working day after it."""
        for _ in range(60):
            if self.day_off(day) is None:
                return day
            day += timedelta(days=1)
        raise UserError(f"Không có ngày làm việc nào trong 60 ngày kể từ {format_date(day)}.")
