"""What is printed about classes, as plain documents: a class's list of learners, its sign-in sheet
(one signature column per session) and a schedule (a class's, or the calendar's with its filters: a
course, a department, a person). ``app.classes.pdf`` and ``app.classes.xlsx`` lay them out; ``export``
picks the format from the file's extension (``.pdf``, ``.xlsx``, and ``.ics`` for a class's sessions as
an iCalendar file)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from app.classes.attendance import RollRow, roll
from app.classes.schedule import CalendarFilter, calendar_view
from app.classes.sessions import SessionRow, list_sessions
from app.courses.catalogue import get_class
from app.courses.labels import CLASS_STATUS_LABELS, MODE_LABELS
from app.dates import format_date
from app.decisions.service import place_date
from app.errors import UserError
from app.organisation import UnitInfo, own_unit
from app.scheduling.ical import CalendarSession, ClassCalendar, EventStatus, write_class_calendar
from app.scheduling.sessions import weekday_name
from app.security.permissions import Permission, require
from db.enums import ClassStatus, CourseMode, UnitKind

Progress = Callable[[int, int, str], bool]


class ExportKind(StrEnum):
    CLASS_LIST = "list"  # danh sách học viên
    SIGN_IN = "signin"  # danh sách ký tên theo buổi
    SCHEDULE = "schedule"  # lịch học
    ICAL = "ical"  # tệp lịch .ics


EXPORT_LABELS: dict[ExportKind, str] = {
    ExportKind.CLASS_LIST: "Danh sách học viên",
    ExportKind.SIGN_IN: "Danh sách ký tên theo buổi học",
    ExportKind.SCHEDULE: "Lịch học",
    ExportKind.ICAL: "Tệp lịch (iCalendar)",
}


@dataclass(frozen=True)
class SheetHeader:
    issuer: tuple[str, ...]  # ("ỦY BAN NHÂN DÂN", "XÃ HÀ BẮC")
    place_date: str  # "Hà Bắc, ngày 23 tháng 11 năm 2026"


def sheet_header(unit: UnitInfo | None, today: date) -> SheetHeader:
    if unit is None:
        return SheetHeader(("ỦY BAN NHÂN DÂN", ""), place_date("………", today))
    if unit.kind == UnitKind.PROVINCE:
        issuer: tuple[str, ...] = (f"UBND {unit.name.upper()}", "SỞ NỘI VỤ")
    else:
        issuer = ("ỦY BAN NHÂN DÂN", unit.name.upper())
    return SheetHeader(issuer, place_date(unit.place_name, today))


@dataclass(frozen=True)
class ClassDocument:
    header: SheetHeader
    class_uid: str
    class_label: str  # "QLNN-02C-L01 – Lớp 01"
    course_name: str
    dates_text: str
    venue: str
    organiser: str
    mode: str
    status: str
    people: tuple[RollRow, ...]
    sessions: tuple[SessionRow, ...]
    several_units: bool  # learners from several communes: the unit column names the commune

    @property
    def info_line(self) -> str:
        bits = []
        if self.dates_text:
            bits.append(f"Thời gian: {self.dates_text}")
        if self.venue:
            bits.append(f"địa điểm: {self.venue}")
        return "(" + "; ".join(bits) + ")" if bits else ""

    def unit_of(self, r: RollRow) -> str:
        """The learner's unit: the commune at the province, else the department."""
        if self.several_units:
            return r.unit_name + (f" – {r.department}" if r.department else "")
        return r.department


def class_document(session: Session, class_uid: str, *, today: date | None = None) -> ClassDocument:
    klass = get_class(session, class_uid)
    course = klass.course
    people = tuple(r for r in roll(session, class_uid) if r.status.active or r.status.value == "completed")
    sessions = tuple(list_sessions(session, class_uid))
    if klass.start_date and klass.end_date and klass.start_date != klass.end_date:
        dates = f"từ {format_date(klass.start_date)} đến {format_date(klass.end_date)}"
    else:
        dates = format_date(klass.start_date)
    label = f"{klass.code} – {klass.name}" if klass.code and klass.code != klass.name else klass.name
    return ClassDocument(
        header=sheet_header(own_unit(session), today or date.today()),
        class_uid=klass.uid,
        class_label=label,
        course_name=course.name,
        dates_text=dates,
        venue=klass.venue or "",
        organiser=klass.organiser or course.organiser or "",
        mode=MODE_LABELS[CourseMode(klass.mode or course.mode)],
        status=CLASS_STATUS_LABELS[ClassStatus(klass.status)],
        people=people,
        sessions=sessions,
        several_units=len({r.unit_code for r in people}) > 1,
    )


@dataclass(frozen=True)
class ScheduleLine:
    day: date
    block: str  # "Sáng"
    hours: str  # "07:30–11:30"
    class_label: str
    course_name: str
    topic: str
    teacher: str
    place: str
    learners: int

    @property
    def day_text(self) -> str:
        return f"{weekday_name(self.day)}\n{format_date(self.day)}"


@dataclass(frozen=True)
class ScheduleDocument:
    header: SheetHeader
    title: str  # "LỊCH HỌC"
    subtitle: str  # the class, or what the calendar was filtered by
    period: str
    lines: tuple[ScheduleLine, ...]
    single_class: bool


def schedule_document(
    session: Session,
    *,
    class_uid: str | None = None,
    flt: CalendarFilter | None = None,
    start: date | None = None,
    end: date | None = None,
    subtitle: str = "",
    today: date | None = None,
) -> ScheduleDocument:
    """The schedule of one class (all its sessions), or of the calendar between ``start`` and ``end``
    with its filter."""
    unit = own_unit(session)
    header = sheet_header(unit, today or date.today())
    if class_uid is not None:
        doc = class_document(session, class_uid, today=today)
        lines = tuple(
            ScheduleLine(
                s.day,
                s.block_label,
                s.hours,
                doc.class_label,
                doc.course_name,
                s.topic or "",
                s.teacher or "",
                ", ".join(b for b in (s.venue, s.room) if b),  # the class's venue is in the heading
                len(doc.people),
            )
            for s in doc.sessions
        )
        sub = f"Lớp {doc.class_label} — {doc.course_name}"
        return ScheduleDocument(header, "LỊCH HỌC", sub, doc.info_line, lines, True)
    if start is None or end is None:
        raise UserError("Hãy chọn khoảng thời gian của lịch cần in.")
    view = calendar_view(session, start, end, flt)
    lines = tuple(
        ScheduleLine(
            e.day,
            e.block_label,
            e.hours,
            e.klass.label,
            e.klass.course_name,
            e.topic or "",
            e.teacher or "",
            e.place,
            e.shown_learners,
        )
        for e in view.entries
    )
    period = f"(Từ ngày {format_date(start)} đến ngày {format_date(end)})"
    return ScheduleDocument(header, "LỊCH CÁC LỚP BỒI DƯỠNG", subtitle, period, lines, False)


# ------------------------------------------------------------------------------------------- files


def class_ical(session: Session, class_uid: str) -> ClassCalendar:
    klass = get_class(session, class_uid)
    course = klass.course
    status = {
        ClassStatus.CANCELLED: EventStatus.CANCELLED,
        ClassStatus.PLANNED: EventStatus.TENTATIVE,
        ClassStatus.OPEN: EventStatus.TENTATIVE,
    }.get(ClassStatus(klass.status), EventStatus.CONFIRMED)
    label = f"{klass.code} – {klass.name}" if klass.code and klass.code != klass.name else klass.name
    sessions = [
        CalendarSession(
            s.time,
            uid=s.uid,
            topic="; ".join(b for b in (s.topic, f"Giảng viên: {s.teacher}" if s.teacher else "") if b) or None,
            location=s.place if s.venue or s.room else None,
        )
        for s in list_sessions(session, class_uid)
    ]
    if not sessions:
        raise UserError(f"Lớp “{label}” chưa có buổi học nào để xuất lịch.")
    return ClassCalendar(
        class_uid=klass.uid,
        title=f"{label} — {course.name}",
        sessions=sessions,
        location=klass.venue,
        organiser=klass.organiser or course.organiser,
        status=status,
        revision=klass.revision,
    )


def export(
    session: Session,
    class_uid: str,
    kind: ExportKind,
    path: Path,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write a class's document to ``path``: PDF or Excel by the extension (or .ics for ``ICAL``)."""
    require(session, Permission.EXPORT_DATA)
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(f"Thư mục để lưu không tồn tại: {path.parent}")
    suffix = path.suffix.lower()
    if kind == ExportKind.ICAL or suffix == ".ics":
        return write_class_calendar(path, class_ical(session, class_uid))
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(f"Chỉ xuất được tệp .pdf, .xlsx hoặc .ics (nhận được “{path.name}”).")
    if kind == ExportKind.SCHEDULE:
        sched = schedule_document(session, class_uid=class_uid, today=today)
        return write_schedule(sched, path, progress=progress)
    doc = class_document(session, class_uid, today=today)
    if suffix == ".pdf":
        from app.classes import pdf

        render = pdf.render_class_list if kind == ExportKind.CLASS_LIST else pdf.render_sign_in
        return render(doc, path, progress=progress)
    from app.classes import xlsx

    write = xlsx.write_class_list if kind == ExportKind.CLASS_LIST else xlsx.write_sign_in
    return write(doc, path)


def write_schedule(doc: ScheduleDocument, path: Path, *, progress: Progress | None = None) -> Path:
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        from app.classes import pdf

        return pdf.render_schedule(doc, path, progress=progress)
    if suffix == ".xlsx":
        from app.classes import xlsx

        return xlsx.write_schedule(doc, path)
    raise UserError(f"Chỉ xuất lịch ra tệp .pdf hoặc .xlsx (nhận được “{Path(path).name}”).")
