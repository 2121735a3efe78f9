"""The iCalendar file of a class: RFC 5545 lines, escaping, time zone, stable UIDs."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from icalendar import Calendar

from app.scheduling.ical import (
    TZID,
    CalendarSession,
    ClassCalendar,
    EventStatus,
    class_calendar,
    session_uid,
    write_class_calendar,
)
from app.scheduling.sessions import SessionTime, TimeBlock

DAY = date(2027, 3, 8)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TITLE = "Lớp BD-2027-01 — Bồi dưỡng công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường; khu vực 1, đợt 1"


def make(sessions: list[CalendarSession] | None = None, **kwargs: object) -> ClassCalendar:
    if sessions is None:
        sessions = [
            CalendarSession(SessionTime.of_block(DAY, TimeBlock.AFTERNOON), uid="sess-2", topic="Chuyên đề 2: Kỹ năng"),
            CalendarSession(SessionTime.of_block(DAY, TimeBlock.MORNING)),
            CalendarSession(SessionTime(DAY + timedelta(days=1), time(8, 0), time(10, 15)), location="Phòng họp số 2"),
        ]
    fields: dict[str, object] = {
        "class_uid": "0d6c8f9e-class",
        "title": TITLE,
        "sessions": sessions,
        "location": "Hội trường Trung tâm Chính trị thị xã Hoài Nhơn",
        "organiser": "Sở Nội vụ tỉnh Bình Định",
        "description": "Mang theo: CCCD, máy tính xách tay.\nLiên hệ: 0256 3822 xxx",
    }
    fields.update(kwargs)
    return ClassCalendar(**fields)  # type: ignore[arg-type]


def test_rfc5545_lines() -> None:
    data = class_calendar(make(), now=NOW)
    assert data.endswith(b"\r\n")
    physical = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(physical) and b"\r" not in b"".join(physical)
    for line in physical:
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold never cuts a Vietnamese letter in two
    assert physical[0] == b"BEGIN:VCALENDAR" and physical[-1] == b"END:VCALENDAR"
    assert b"VERSION:2.0" in physical
    assert any(line.startswith(b"PRODID:") for line in physical)
    assert sum(1 for line in physical if line == b"BEGIN:VEVENT") == 3


def test_text_is_escaped_and_reads_back() -> None:
    cal = Calendar.from_ical(class_calendar(make(), now=NOW))
    events = list(cal.walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == [f"{TITLE} (buổi {i}/3)" for i in (1, 2, 3)]
    assert str(events[1]["DESCRIPTION"]).split("\n") == [
        "Buổi 2/3: Chiều 08/03/2027",
        "Chuyên đề 2: Kỹ năng",
        "Đơn vị tổ chức: Sở Nội vụ tỉnh Bình Định",
        "Mang theo: CCCD, máy tính xách tay.",
        "Liên hệ: 0256 3822 xxx",
    ]
    assert str(events[0]["LOCATION"]) == "Hội trường Trung tâm Chính trị thị xã Hoài Nhơn"
    assert str(events[2]["LOCATION"]) == "Phòng họp số 2"
    raw = class_calendar(make(), now=NOW).decode("utf-8").replace("\r\n ", "")
    assert "Môi trường\\; khu vực 1\\, đợt 1" in raw
    assert "X-WR-CALNAME:Lớp BD-2027-01" in raw


def test_times_are_local_with_the_vietnamese_time_zone() -> None:
    data = class_calendar(make(), now=NOW).decode("utf-8")
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20270308T073000" in data
    assert "DTEND;TZID=Asia/Ho_Chi_Minh:20270308T113000" in data
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20270309T080000" in data
    assert "DTSTAMP:20261123T090000Z" in data
    tz = next(iter(Calendar.from_ical(data).walk("VTIMEZONE")))
    assert str(tz["TZID"]) == TZID
    std = next(iter(tz.walk("STANDARD")))
    assert std["TZOFFSETTO"].td == timedelta(hours=7)
    # a calendar program resolves the local time to the right instant (07:30 in Vietnam = 00:30 UTC)
    ev = next(iter(Calendar.from_ical(data).walk("VEVENT")))
    start = ev.decoded("DTSTART")
    assert start.tzinfo is not None and start.astimezone(UTC) == datetime(2027, 3, 8, 0, 30, tzinfo=UTC)


def test_uids_are_stable_across_exports() -> None:
    first = Calendar.from_ical(class_calendar(make(), now=NOW))
    later = Calendar.from_ical(class_calendar(make(revision=3), now=NOW + timedelta(days=30)))
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in later.walk("VEVENT")]
    assert len(set(uids)) == 3 and uids[1] == "sess-2@boiduong"
    assert [int(e["SEQUENCE"]) for e in later.walk("VEVENT")] == [3, 3, 3]
    # adding a session does not change the others' UIDs
    more = make()
    grown = make([*more.sessions, CalendarSession(SessionTime.of_block(DAY + timedelta(days=7), "morning"))])
    assert set(uids) < {str(e["UID"]) for e in Calendar.from_ical(class_calendar(grown, now=NOW)).walk("VEVENT")}
    # two classes meeting at the same time get different UIDs
    s = CalendarSession(SessionTime.of_block(DAY, "morning"))
    assert session_uid("class-1", s) != session_uid("class-2", s)


def test_status_and_single_session() -> None:
    one = make([CalendarSession(SessionTime.of_block(DAY, "morning"))], status=EventStatus.CANCELLED)
    ev = next(iter(Calendar.from_ical(class_calendar(one, now=NOW)).walk("VEVENT")))
    assert str(ev["STATUS"]) == "CANCELLED"
    assert str(ev["SUMMARY"]) == TITLE  # no "(buổi 1/1)"


def test_write_file(tmp_path: Path) -> None:
    out = write_class_calendar(tmp_path / "lop.ics", make(), now=NOW)
    assert out.read_bytes() == class_calendar(make(), now=NOW)
    assert [p.name for p in tmp_path.iterdir()] == ["lop.ics"]  # no temporary file left behind
