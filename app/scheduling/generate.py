"""Sessions made from a pattern: the days from a start (to an end, or a number of study days), on the
chosen weekdays, each with the chosen blocks (morning, afternoon, evening) or explicit times — skipping
public holidays (and the days taken in lieu, the swapped days) when asked.

Pure: it takes and returns plain values; the classes service stores what the clerk accepts."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from app.dates import format_date
from app.errors import UserError
from app.scheduling.holidays import DayOff, DayOffKind, WorkCalendar
from app.scheduling.sessions import BLOCK_TIMES, SessionTime, TimeBlock

WORKING_WEEK = frozenset(range(5))  # Monday … Friday
MAX_SPAN_DAYS = 3 * 366  # a degree course's sessions are not planned day by day
MAX_SESSIONS = 2000


@dataclass(frozen=True)
class SessionPattern:
    start: date
    end: date | None = None  # inclusive; None: ``days`` study days from the start
    days: int | None = None  # how many study days (at most, when an end is given too)
    blocks: tuple[TimeBlock, ...] = (TimeBlock.MORNING, TimeBlock.AFTERNOON)
    times: tuple[tuple[time, time], ...] = ()  # explicit times, used instead of the blocks when given
    weekdays: frozenset[int] = field(default=WORKING_WEEK)  # 0 = Monday … 6 = Sunday
    skip_holidays: bool = True  # public holidays, days in lieu and swapped days off


@dataclass(frozen=True)
class GeneratedSessions:
    sessions: tuple[SessionTime, ...]
    skipped: tuple[DayOff, ...]  # days that would have had sessions but are days off
    weekend_days: tuple[date, ...] = ()  # Saturdays and Sundays that do have sessions (chosen weekdays)

    @property
    def study_days(self) -> list[date]:
        return sorted({s.day for s in self.sessions})

    @property
    def first_day(self) -> date | None:
        return self.sessions[0].day if self.sessions else None

    @property
    def last_day(self) -> date | None:
        return self.sessions[-1].day if self.sessions else None


def generate_sessions(pattern: SessionPattern, calendar: WorkCalendar | None = None) -> GeneratedSessions:
    """The sessions of the pattern, in time order, and the days skipped as days off."""
    calendar = calendar or WorkCalendar()
    p = pattern
    if p.end is None and not p.days:
        raise UserError("Hãy cho biết ngày kết thúc hoặc số ngày học.")
    if p.end is not None and p.end < p.start:
        raise UserError(f"Ngày kết thúc {format_date(p.end)} trước ngày bắt đầu {format_date(p.start)}.")
    if p.days is not None and p.days <= 0:
        raise UserError("Số ngày học phải lớn hơn 0.")
    if not p.weekdays:
        raise UserError("Hãy chọn ít nhất một thứ trong tuần để học.")
    slots = _slots(p.blocks, p.times)
    last = p.end if p.end is not None else p.start + timedelta(days=MAX_SPAN_DAYS)
    if (last - p.start).days > MAX_SPAN_DAYS:
        raise UserError(f"Khoảng thời gian quá dài (hơn {MAX_SPAN_DAYS} ngày) để lập lịch từng buổi.")
    sessions: list[SessionTime] = []
    skipped: list[DayOff] = []
    weekend: list[date] = []
    day, study_days = p.start, 0
    while day <= last and (p.days is None or study_days < p.days):
        if day.weekday() in p.weekdays:
            off = calendar.day_off(day)
            if off is not None and off.kind == DayOffKind.HOLIDAY and p.skip_holidays:
                skipped.append(off)
            else:
                if day.weekday() >= 5:
                    weekend.append(day)
                for start, end, block in slots:
                    sessions.append(SessionTime(day, start, end, block))
                study_days += 1
                if len(sessions) > MAX_SESSIONS:
                    raise UserError(f"Lịch có hơn {MAX_SESSIONS} buổi; hãy chia thành nhiều đợt.")
        day += timedelta(days=1)
    return GeneratedSessions(tuple(sessions), tuple(skipped), tuple(weekend))


def _slots(
    blocks: Sequence[TimeBlock], times: Sequence[tuple[time, time]]
) -> list[tuple[time, time, TimeBlock | None]]:
    if times:
        out: list[tuple[time, time, TimeBlock | None]] = []
        for start, end in sorted(times):
            if end <= start:
                raise UserError(f"Giờ kết thúc {end:%H:%M} phải sau giờ bắt đầu {start:%H:%M}.")
            out.append((start, end, None))
        for (_s1, e1, _b1), (s2, _e2, _b2) in itertools.pairwise(out):
            if s2 < e1:
                raise UserError(f"Hai buổi trong ngày trùng giờ ({e1:%H:%M} và {s2:%H:%M}).")
        return out
    if not blocks:
        raise UserError("Hãy chọn ít nhất một buổi (sáng, chiều hoặc tối).")
    ordered = [b for b in TimeBlock if b in set(blocks)]
    return [(BLOCK_TIMES[b][0], BLOCK_TIMES[b][1], b) for b in ordered]
