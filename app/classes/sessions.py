"""The sessions of a class: list, add, edit, remove, and make them from a pattern (dates + blocks,
skipping holidays on request). Once a class has sessions its start and end dates follow them, so every
list, check and printed decision shows the dates of the real schedule.

Sessions belong to the owner of their class; only that unit changes them (DESIGN.md §4)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.courses.catalogue import check_owner, get_class
from app.dates import DateParseError, format_date, parse_date
from app.errors import NotFound, UserError, ValidationFailed
from app.scheduling.generate import GeneratedSessions
from app.scheduling.sessions import BLOCK_LABELS, BLOCK_TIMES, SessionTime, TimeBlock, weekday_name
from app.security.permissions import Permission, require
from app.text import clean_text
from db.models import Attendance, ClassSession, TrainingClass

_TIME = re.compile(r"^\s*(\d{1,2})\s*(?:[:hg.]\s*(\d{1,2})?)?\s*$", re.IGNORECASE)


def parse_time(text: str, what: str = "Giờ") -> time:
    """ "7:30", "07:30", "7h30", "7g", "13.30" → a time of day."""
    m = _TIME.match(text or "")
    if not m:
        raise UserError(f"{what}: “{(text or '').strip()}” không phải giờ hợp lệ (ví dụ 07:30 hoặc 13h30).")
    hour, minute = int(m[1]), int(m[2] or 0)
    if hour > 23 or minute > 59:
        raise UserError(f"{what}: “{text.strip()}” không phải giờ hợp lệ.")
    return time(hour, minute)


def time_text(value: time) -> str:
    return f"{value:%H:%M}"


@dataclass(frozen=True)
class SessionRow:
    uid: str
    class_uid: str
    day: date
    start: time
    end: time
    block: TimeBlock | None
    venue: str | None  # None: the class's venue
    room: str | None
    topic: str | None
    teacher: str | None
    note: str | None
    owner_unit: str | None
    class_venue: str | None = None

    @property
    def time(self) -> SessionTime:
        return SessionTime(self.day, self.start, self.end, self.block)

    @property
    def label(self) -> str:
        return self.time.label

    @property
    def block_label(self) -> str:
        """ "Sáng", "Chiều", "Tối" — or the part of the day the times fall in."""
        return BLOCK_LABELS[self.block or block_of(self.start)]

    @property
    def hours(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    @property
    def weekday(self) -> str:
        return weekday_name(self.day)

    @property
    def place(self) -> str:
        """Where it takes place: the session's own venue or the class's, and the room."""
        bits = [b for b in (self.venue or self.class_venue, self.room) if b]
        return ", ".join(bits)

    @property
    def short(self) -> str:
        """ "Sáng 16/11" — a column heading of the sign-in sheet."""
        return f"{self.block_label} {self.day:%d/%m}"


def block_of(start: time) -> TimeBlock:
    """The part of the day a session starting at ``start`` belongs to (for sessions with own times)."""
    if start < time(12, 0):
        return TimeBlock.MORNING
    if start < time(17, 30):
        return TimeBlock.AFTERNOON
    return TimeBlock.EVENING


def _times(s: ClassSession) -> tuple[time, time]:
    return parse_time(s.start_time), parse_time(s.end_time)


def session_row(s: ClassSession, klass: TrainingClass | None = None) -> SessionRow:
    start, end = _times(s)
    k = klass or s.training_class
    return SessionRow(
        uid=s.uid,
        class_uid=k.uid,
        day=s.day,
        start=start,
        end=end,
        block=TimeBlock(s.block) if s.block else None,
        venue=s.venue,
        room=s.room,
        topic=s.topic,
        teacher=s.teacher,
        note=s.note,
        owner_unit=s.owner_unit,
        class_venue=k.venue,
    )


def class_sessions(session: Session, klass: TrainingClass) -> list[ClassSession]:
    query = select(ClassSession).where(ClassSession.class_id == klass.id, ClassSession.deleted.is_(False))
    rows = list(session.scalars(query))
    rows.sort(key=lambda s: (s.day, s.start_time, s.end_time))
    return rows


def list_sessions(session: Session, class_uid: str) -> list[SessionRow]:
    klass = get_class(session, class_uid)
    return [session_row(s, klass) for s in class_sessions(session, klass)]


def get_session(session: Session, uid: str) -> ClassSession:
    row = session.scalar(select(ClassSession).where(ClassSession.uid == uid, ClassSession.deleted.is_(False)))
    if row is None:
        raise NotFound(f"Không tìm thấy buổi học có mã {uid}.")
    return row


# --------------------------------------------------------------------------------------------- input

SESSION_LABELS = {
    "day": "Ngày",
    "block": "Buổi",
    "start": "Từ giờ",
    "end": "Đến giờ",
    "venue": "Địa điểm",
    "room": "Phòng",
    "topic": "Nội dung, chuyên đề",
    "teacher": "Giảng viên, báo cáo viên",
    "note": "Ghi chú",
}


@dataclass
class SessionInput:
    day: date
    start: time
    end: time
    block: TimeBlock | None = None
    venue: str | None = None
    room: str | None = None
    topic: str | None = None
    teacher: str | None = None
    note: str | None = None

    @classmethod
    def of_block(cls, day: date, block: TimeBlock | str, **details: str | None) -> SessionInput:
        b = TimeBlock(block)
        start, end = BLOCK_TIMES[b]
        return cls(day, start, end, b, **details)

    @property
    def time(self) -> SessionTime:
        return SessionTime(self.day, self.start, self.end, self.block)


@dataclass(frozen=True)
class SessionDefaults:
    """What every generated session gets (the dialog's "for all sessions" fields)."""

    venue: str | None = None
    room: str | None = None
    teacher: str | None = None
    topic: str | None = None


def parse_session_form(raw: Mapping[str, str | None]) -> SessionInput:
    """The session dialog's fields: ``day`` (dd/mm/yyyy), ``block`` (a TimeBlock code, or "" for own
    times), ``start``/``end`` ("07:30"; optional with a block), and the texts. Raises ValidationFailed."""
    errors: dict[str, str] = {}

    def text(name: str) -> str:
        return (raw.get(name) or "").strip()

    day: date | None = None
    try:
        day = parse_date(text("day"))
    except DateParseError as exc:
        errors["day"] = f"{SESSION_LABELS['day']}: {exc}" if text("day") else "Ngày: chưa nhập"
    block: TimeBlock | None = None
    if b := text("block"):
        try:
            block = TimeBlock(b)
        except ValueError:
            errors["block"] = "Buổi: giá trị không hợp lệ"
    start = end = None
    for name in ("start", "end"):
        if text(name):
            try:
                value = parse_time(text(name), SESSION_LABELS[name])
            except UserError as exc:
                errors[name] = str(exc)
                continue
            if name == "start":
                start = value
            else:
                end = value
    if block is not None:
        start = start or BLOCK_TIMES[block][0]
        end = end or BLOCK_TIMES[block][1]
    elif not errors.get("block"):
        if start is None and "start" not in errors:
            errors["start"] = "Từ giờ: chưa nhập (hoặc chọn buổi sáng, chiều, tối)"
        if end is None and "end" not in errors:
            errors["end"] = "Đến giờ: chưa nhập"
    if start is not None and end is not None and end <= start:
        errors["end"] = f"Đến giờ: phải sau {start:%H:%M}"
    if errors or day is None or start is None or end is None:
        raise ValidationFailed(errors)
    return SessionInput(
        day,
        start,
        end,
        block,
        venue=clean_text(text("venue")),
        room=clean_text(text("room")),
        topic=clean_text(text("topic")),
        teacher=clean_text(text("teacher")),
        note=clean_text(text("note")),
    )


def session_form_values(row: SessionRow) -> dict[str, str]:
    return {
        "day": format_date(row.day),
        "block": row.block.value if row.block else "",
        "start": time_text(row.start),
        "end": time_text(row.end),
        "venue": row.venue or "",
        "room": row.room or "",
        "topic": row.topic or "",
        "teacher": row.teacher or "",
        "note": row.note or "",
    }


# ------------------------------------------------------------------------------------------- changes


def _editable_class(session: Session, class_uid: str, unit_code: str | None) -> TrainingClass:
    require(session, Permission.EDIT_RECORDS)
    klass = get_class(session, class_uid)
    check_owner(klass, unit_code, "Lớp")
    return klass


def _check_clashes(existing: Iterable[SessionTime], new: Iterable[SessionTime]) -> None:
    """Two sessions of one class never overlap (a typo, or a pattern applied twice)."""
    seen = sorted([*existing, *new])
    for a, b in itertools.pairwise(seen):
        if a.overlaps(b) or a == b:
            raise UserError(f"Lớp đã có buổi học {a.label}, trùng với buổi {b.label}.")


#: the longest a class's schedule may run, first session to last (the longest courses, political theory
#: at intermediate level, run about eight months): a year typed wrong (1926, 2062) is refused, not taken
#: for a class that runs a century (its dates follow its sessions)
MAX_SCHEDULE_DAYS = 2 * 366


def _check_span(klass: TrainingClass, others: Iterable[date], new: Iterable[date]) -> None:
    """The class's sessions stay within MAX_SCHEDULE_DAYS of each other (without sessions yet, of the
    class's own dates)."""
    days = sorted(set(new))
    known = sorted(set(others)) or sorted({d for d in (klass.start_date, klass.end_date) if d is not None}) or days[:1]
    for day in days:
        if max(known[-1], day) - min(known[0], day) > timedelta(days=MAX_SCHEDULE_DAYS):
            span = (
                format_date(known[0])
                if known[0] == known[-1]
                else f"{format_date(known[0])} – {format_date(known[-1])}"
            )
            raise UserError(
                f"Ngày {format_date(day)} cách lịch hiện có của lớp ({span}) quá 2 năm: kiểm tra lại năm đã nhập."
            )


def apply_session(row: ClassSession, data: SessionInput) -> None:
    row.day = data.day
    row.start_time = time_text(data.start)
    row.end_time = time_text(data.end)
    row.block = data.block.value if data.block is not None else None
    row.venue = data.venue
    row.room = data.room
    row.topic = data.topic
    row.teacher = data.teacher
    row.note = data.note


def follow_sessions(session: Session, klass: TrainingClass) -> None:
    """The class's dates are those of its first and last session (unchanged when it has none)."""
    days = [s.day for s in class_sessions(session, klass)]
    if days:
        klass.start_date, klass.end_date = min(days), max(days)


def add_session(session: Session, class_uid: str, data: SessionInput, *, unit_code: str | None) -> ClassSession:
    klass = _editable_class(session, class_uid, unit_code)
    current = class_sessions(session, klass)
    _check_clashes([session_row(s, klass).time for s in current], [data.time])
    _check_span(klass, [s.day for s in current], [data.day])
    row = ClassSession(training_class=klass)
    apply_session(row, data)
    row.owner_unit = klass.owner_unit  # a session belongs to whoever owns its class
    session.add(row)
    session.flush()
    follow_sessions(session, klass)
    session.flush()
    return row


def update_session(session: Session, uid: str, data: SessionInput, *, unit_code: str | None) -> ClassSession:
    row = get_session(session, uid)
    klass = _editable_class(session, row.training_class.uid, unit_code)
    others = [session_row(s, klass).time for s in class_sessions(session, klass) if s.id != row.id]
    _check_clashes(others, [data.time])
    _check_span(klass, [t.day for t in others], [data.day])
    apply_session(row, data)
    session.flush()
    follow_sessions(session, klass)
    session.flush()
    return row


@dataclass
class RemovedSessions:
    sessions: int = 0
    marks: int = 0  # attendance marks removed with them


def marks_of(session: Session, session_ids: Sequence[int]) -> int:
    if not session_ids:
        return 0
    query = select(Attendance.id).where(Attendance.session_id.in_(list(session_ids)), Attendance.deleted.is_(False))
    return len(session.scalars(query).all())


def remove_sessions(session: Session, uids: Sequence[str], *, unit_code: str | None) -> RemovedSessions:
    """Tombstone the sessions and the attendance taken at them (the GUI asks first when there is some)."""
    out = RemovedSessions()
    touched: dict[int, TrainingClass] = {}
    for uid in dict.fromkeys(uids):
        row = get_session(session, uid)
        klass = _editable_class(session, row.training_class.uid, unit_code)
        touched[klass.id] = klass
        for mark in session.scalars(
            select(Attendance).where(Attendance.session_id == row.id, Attendance.deleted.is_(False))
        ):
            mark.deleted = True
            out.marks += 1
        row.deleted = True
        out.sessions += 1
    session.flush()
    for klass in touched.values():
        follow_sessions(session, klass)
    session.flush()
    return out


@dataclass
class AddedSessions:
    added: list[str] = field(default_factory=list)  # uids
    replaced: int = 0
    unchanged: int = 0  # sessions the class already had at those times


def add_generated(
    session: Session,
    class_uid: str,
    generated: GeneratedSessions | Sequence[SessionTime],
    *,
    defaults: SessionDefaults | None = None,
    topics: Sequence[str] = (),
    teachers: Sequence[str] = (),
    replace: bool = False,
    unit_code: str | None,
) -> AddedSessions:
    """Store generated sessions. ``replace``: the class's current schedule goes (refused when attendance
    has been taken at it). Sessions the class already has at the same times are kept as they are.
    ``topics`` and ``teachers`` are given to the new sessions in order (a course's programme)."""
    klass = _editable_class(session, class_uid, unit_code)
    times = list(generated.sessions if isinstance(generated, GeneratedSessions) else generated)
    if not times:
        raise UserError("Không có buổi học nào để thêm (kiểm tra khoảng ngày và các thứ đã chọn).")
    d = defaults or SessionDefaults()
    out = AddedSessions()
    current = class_sessions(session, klass)
    if replace and current:
        taken = marks_of(session, [s.id for s in current])
        if taken:
            raise UserError(
                f"Lớp đã điểm danh {taken} lượt ở các buổi hiện có; không thể thay cả lịch. "
                "Hãy thêm buổi mới hoặc sửa, xóa từng buổi."
            )
        for s in current:
            s.deleted = True
        out.replaced = len(current)
        current = []
    have = {session_row(s, klass).time: s for s in current}
    new = [t for t in times if t not in have]
    out.unchanged = len(times) - len(new)
    _check_clashes(have, new)
    _check_span(klass, [t.day for t in have], [t.day for t in new])
    for i, t in enumerate(new):
        row = ClassSession(training_class=klass)
        apply_session(
            row,
            SessionInput(
                t.day,
                t.start,
                t.end,
                t.block,
                venue=d.venue,
                room=d.room,
                topic=topics[i] if i < len(topics) else d.topic,
                teacher=teachers[i] if i < len(teachers) else d.teacher,
            ),
        )
        row.owner_unit = klass.owner_unit
        session.add(row)
        session.flush()
        out.added.append(row.uid)
    follow_sessions(session, klass)
    session.flush()
    return out
