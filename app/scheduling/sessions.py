"""When a session takes place: a date and a time block (morning, afternoon, evening) or explicit times.

Times are local (Vietnam, UTC+7, no daylight saving since 1975) and a session lies within one day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from app.dates import format_date


class TimeBlock(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


BLOCK_LABELS: dict[TimeBlock, str] = {
    TimeBlock.MORNING: "Sáng",
    TimeBlock.AFTERNOON: "Chiều",
    TimeBlock.EVENING: "Tối",
}

# Office hours of a commune (practice: 7:30–11:30 and 13:30–17:00); evening classes 18:00–21:00.
BLOCK_TIMES: dict[TimeBlock, tuple[time, time]] = {
    TimeBlock.MORNING: (time(7, 30), time(11, 30)),
    TimeBlock.AFTERNOON: (time(13, 30), time(17, 0)),
    TimeBlock.EVENING: (time(18, 0), time(21, 0)),
}

WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def weekday_name(day: date) -> str:
    return WEEKDAY_NAMES[day.weekday()]


@dataclass(frozen=True, slots=True, order=True)
class SessionTime:
    """One session of a class. ``block`` is set when the session is a standard half-day block; its
    times then come from ``BLOCK_TIMES`` unless given."""

    day: date
    start: time
    end: time
    # how the session was entered; two sessions at the same times are the same session
    block: TimeBlock | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"Buổi học ngày {format_date(self.day)}: giờ kết thúc phải sau giờ bắt đầu.")

    @classmethod
    def of_block(cls, day: date, block: TimeBlock | str) -> SessionTime:
        block = TimeBlock(block)
        start, end = BLOCK_TIMES[block]
        return cls(day, start, end, block)

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start)

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.day, self.end)

    def overlaps(self, other: SessionTime) -> bool:
        """Two sessions overlap when they share some minute (back to back is not an overlap)."""
        return self.day == other.day and self.start < other.end and other.start < self.end

    @property
    def label(self) -> str:
        """ "Sáng 20/02/2023" for a block at its usual hours, else "20/02/2023 08:00–10:00"."""
        if self.block is not None and BLOCK_TIMES[self.block] == (self.start, self.end):
            return f"{BLOCK_LABELS[self.block]} {format_date(self.day)}"
        return f"{format_date(self.day)} {self.start:%H:%M}–{self.end:%H:%M}"
