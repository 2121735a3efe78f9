"""An iCalendar file (RFC 5545) of a class's sessions, for people who keep a calendar (Outlook, Google,
a phone). One event per session, local times tagged with the time zone Asia/Ho_Chi_Minh (UTC+7, no
daylight saving since 13/06/1975, described in the file by its own VTIMEZONE), so an event shows at
07:30 on a Vietnamese calendar and at the right instant anywhere else.

The file is written with ``icalendar`` (collective/icalendar, maintained since 2005): it folds long lines
at 75 octets without cutting a UTF-8 character, escapes commas, semicolons, backslashes and new lines,
and writes CRLF — the parts of RFC 5545 a hand-written writer most often gets wrong.

Each event's UID is stable across exports: the session's own uid when it has one, else a UUID derived
from the class's uid and the session's date and start time. Re-importing a newer export therefore
updates the events instead of duplicating them (``SEQUENCE`` carries the class's revision).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from icalendar import Calendar, Event, Timezone, TimezoneStandard, vText

from app.files import atomic_output
from app.scheduling.sessions import SessionTime

TZID = "Asia/Ho_Chi_Minh"
PRODID = "-//Boi duong//Lich lop boi duong//VI"
UID_DOMAIN = "boiduong"
_UID_NAMESPACE = uuid.UUID("6f1d1c52-8f0e-4f36-9a51-0b1d3c0c5a17")  # fixed: UIDs must not change


class EventStatus(StrEnum):
    TENTATIVE = "TENTATIVE"  # planned, nominations open
    CONFIRMED = "CONFIRMED"  # running or finished
    CANCELLED = "CANCELLED"


@dataclass(frozen=True, slots=True)
class CalendarSession:
    time: SessionTime
    uid: str | None = None  # the session's own uid, when it has one
    topic: str | None = None  # "Chuyên đề 2: Chuyển đổi số trong cơ quan nhà nước"
    location: str | None = None  # when it differs from the class's venue


@dataclass(frozen=True, slots=True)
class ClassCalendar:
    class_uid: str
    title: str  # "Lớp BD-2026-03 — Kỹ năng chuyển đổi số (Khu vực 1, đợt 2)"
    sessions: Sequence[CalendarSession]
    location: str | None = None
    organiser: str | None = None
    description: str | None = None
    status: EventStatus = EventStatus.CONFIRMED
    revision: int = 0


def session_uid(class_uid: str, session: CalendarSession) -> str:
    if session.uid:
        return f"{session.uid}@{UID_DOMAIN}"
    t = session.time
    derived = uuid.uuid5(_UID_NAMESPACE, f"{class_uid}/{t.day.isoformat()}/{t.start:%H%M}")
    return f"{derived}@{UID_DOMAIN}"


def _timezone() -> Timezone:
    tz = Timezone()
    tz.add("tzid", TZID)
    std = TimezoneStandard()
    std.add("dtstart", datetime(1975, 6, 13, 0, 0))
    std.add("tzoffsetfrom", timedelta(hours=8))
    std.add("tzoffsetto", timedelta(hours=7))
    std.add("tzname", "ICT")
    tz.add_component(std)
    return tz


def class_calendar(cal: ClassCalendar, *, now: datetime | None = None) -> bytes:
    """The .ics file's bytes (UTF-8, CRLF)."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    out = Calendar()
    out.add("prodid", PRODID)
    out.add("version", "2.0")
    out.add("calscale", "GREGORIAN")
    out.add("method", "PUBLISH")
    out.add("x-wr-calname", vText(cal.title))  # TEXT: escaped like SUMMARY
    out.add("x-wr-timezone", TZID)
    out.add_component(_timezone())
    sessions = sorted(cal.sessions, key=lambda s: (s.time.day, s.time.start, s.time.end))
    n = len(sessions)
    for i, s in enumerate(sessions, 1):
        ev = Event()
        ev.add("uid", session_uid(cal.class_uid, s))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", s.time.starts_at, parameters={"TZID": TZID})
        ev.add("dtend", s.time.ends_at, parameters={"TZID": TZID})
        summary = cal.title if n == 1 else f"{cal.title} (buổi {i}/{n})"
        ev.add("summary", summary)
        lines = [f"Buổi {i}/{n}: {s.time.label}"]
        if s.topic:
            lines.append(s.topic)
        if cal.organiser:
            lines.append(f"Đơn vị tổ chức: {cal.organiser}")
        if cal.description:
            lines.append(cal.description)
        ev.add("description", "\n".join(lines))
        location = s.location or cal.location
        if location:
            ev.add("location", location)
        ev.add("status", cal.status.value)
        ev.add("sequence", max(0, cal.revision))
        ev.add("transp", "OPAQUE")
        out.add_component(ev)
    data: bytes = out.to_ical()
    return data


def write_class_calendar(path: Path | str, cal: ClassCalendar, *, now: datetime | None = None) -> Path:
    """Write the file (to a temporary file first, then renamed into place)."""
    dest = Path(path)
    data = class_calendar(cal, now=now)
    with atomic_output(dest, kind="tệp lịch") as tmp:
        tmp.write_bytes(data)
    return dest
