"""The classes-and-schedules services as the GUI uses them: one transaction per user action, plain values
back. Exports run in a worker thread with their own session."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.classes import attendance, planner, schedule, sessions, status
from app.classes.attendance import AttendanceSheet, RollRow, SavedMarks
from app.classes.exports import ExportKind, export, schedule_document, write_schedule
from app.classes.planner import CreatedClasses, Learner, NewClass
from app.classes.schedule import CalendarFilter, CalendarView, ClassOverview, ConflictRow
from app.classes.sessions import AddedSessions, RemovedSessions, SessionDefaults, SessionInput, SessionRow
from app.classes.status import StatusChange
from app.courses import catalogue
from app.courses.catalogue import ClassInfo, CourseInfo
from app.organisation import DepartmentInfo, list_departments
from app.scheduling.conflicts import ConflictKind
from app.scheduling.generate import GeneratedSessions, SessionPattern, generate_sessions
from app.scheduling.holidays import WorkCalendar
from app.security.permissions import Permission, allowed, require
from app.text import name_sort_key
from app.workspace import Workspace
from db.enums import AttendanceStatus, ClassStatus, StaffStatus
from db.models import Department, Staff

Progress = Callable[[int, int, str], bool]


@dataclass(frozen=True)
class PersonChoice:
    uid: str
    name: str
    detail: str  # post and department, to tell namesakes apart
    sort_key: str


class ClassesService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.db = workspace.db
        self.calendar = WorkCalendar()

    @property
    def unit_code(self) -> str | None:
        return self.workspace.unit.code if self.workspace.unit else None

    def can(self, permission: Permission) -> bool:
        with self.db.reading() as s:
            return allowed(s, permission)

    def can_edit(self, owner_unit: str | None) -> bool:
        """The unit owns the row (sessions, attendance, status of a class) and the user may edit."""
        mine = owner_unit is None or self.unit_code is None or owner_unit == self.unit_code
        return mine and self.can(Permission.EDIT_RECORDS)

    # ------------------------------------------------------------------------------ lists
    def courses(self) -> list[CourseInfo]:
        with self.db.reading() as s:
            return catalogue.list_courses(s)

    def classes(self, course_uid: str | None = None) -> list[ClassInfo]:
        with self.db.reading() as s:
            return catalogue.list_classes(s, course_uid)

    def overview(self, flt: CalendarFilter | None = None, *, today: date | None = None) -> list[ClassOverview]:
        with self.db.reading() as s:
            return schedule.classes_overview(s, flt, today=today)

    def class_info(self, uid: str) -> ClassInfo:
        with self.db.reading() as s:
            k = catalogue.get_class(s, uid)
            return next(c for c in catalogue.list_classes(s, k.course.uid) if c.uid == uid)

    def departments(self) -> list[DepartmentInfo]:
        with self.db.reading() as s:
            return list_departments(s, self.unit_code)

    def people(self) -> list[PersonChoice]:
        """Everyone on the books (for the "person" filter), in Vietnamese order."""
        with self.db.reading() as s:
            dept_names = {int(i): str(n) for i, n in s.execute(select(Department.id, Department.name))}
            rows = s.execute(
                select(Staff.uid, Staff.full_name, Staff.position, Staff.name_sort_key, Staff.department_id).where(
                    Staff.deleted.is_(False), Staff.status.in_([StaffStatus.WORKING, StaffStatus.ON_LEAVE])
                )
            ).all()
        out = [
            PersonChoice(
                uid,
                name,
                ", ".join(b for b in (post, dept_names.get(dept, "") if dept is not None else "") if b),
                key or name_sort_key(name),
            )
            for uid, name, post, key, dept in rows
        ]
        out.sort(key=lambda p: p.sort_key)
        return out

    # ------------------------------------------------------------------------------ sessions
    def sessions(self, class_uid: str) -> list[SessionRow]:
        with self.db.reading() as s:
            return sessions.list_sessions(s, class_uid)

    def add_session(self, class_uid: str, data: SessionInput) -> str:
        with self.db.transaction() as s:
            return sessions.add_session(s, class_uid, data, unit_code=self.unit_code).uid

    def update_session(self, uid: str, data: SessionInput) -> None:
        with self.db.transaction() as s:
            sessions.update_session(s, uid, data, unit_code=self.unit_code)

    def marks_at(self, session_uids: Sequence[str]) -> int:
        """Attendance marks taken at these sessions (the GUI asks before removing them)."""
        with self.db.reading() as s:
            ids = [sessions.get_session(s, u).id for u in session_uids]
            return sessions.marks_of(s, ids)

    def remove_sessions(self, uids: Sequence[str]) -> RemovedSessions:
        with self.db.transaction() as s:
            return sessions.remove_sessions(s, uids, unit_code=self.unit_code)

    def preview_sessions(self, pattern: SessionPattern) -> GeneratedSessions:
        return generate_sessions(pattern, self.calendar)

    def add_generated(
        self, class_uid: str, generated: GeneratedSessions, *, defaults: SessionDefaults, replace: bool
    ) -> AddedSessions:
        with self.db.transaction() as s:
            return sessions.add_generated(
                s, class_uid, generated, defaults=defaults, replace=replace, unit_code=self.unit_code
            )

    # ------------------------------------------------------------------------------ status
    def set_status(self, class_uid: str, new: ClassStatus, *, reason: str | None = None) -> StatusChange:
        with self.db.transaction() as s:
            return status.set_class_status(s, class_uid, new, reason=reason, unit_code=self.unit_code)

    def cancel_reason(self, class_uid: str) -> str | None:
        with self.db.reading() as s:
            return status.cancel_reason(catalogue.get_class(s, class_uid))

    # ------------------------------------------------------------------------------ roll, attendance
    def roll(self, class_uid: str) -> list[RollRow]:
        with self.db.reading() as s:
            return attendance.roll(s, class_uid)

    def attendance_sheet(self, class_uid: str) -> AttendanceSheet:
        with self.db.reading() as s:
            return attendance.attendance_sheet(s, class_uid, unit_code=self.unit_code)

    def save_marks(self, class_uid: str, marks: Mapping[tuple[str, str], AttendanceStatus | None]) -> SavedMarks:
        with self.db.transaction() as s:
            return attendance.save_marks(s, class_uid, marks, unit_code=self.unit_code)

    def min_attendance(self) -> float:
        with self.db.reading() as s:
            return attendance.min_attendance(s)

    def set_min_attendance(self, share: float) -> None:
        with self.db.transaction() as s:
            attendance.set_min_attendance(s, share)

    def move_to_class(self, nomination_uids: Sequence[str], class_uid: str) -> planner.Assignment:
        with self.db.transaction() as s:
            return planner.assign_to_class(s, class_uid, nomination_uids, strict=True)

    # ------------------------------------------------------------------------------ planning
    def learners(self, course_uid: str, *, unassigned_only: bool = True) -> list[Learner]:
        with self.db.reading() as s:
            return planner.course_learners(s, course_uid, unassigned_only=unassigned_only)

    def create_classes(
        self, course_uid: str, classes: Sequence[NewClass], rosters: Sequence[Sequence[str]] | None
    ) -> CreatedClasses:
        with self.db.transaction() as s:
            return planner.create_classes(s, course_uid, classes, rosters, unit_code=self.unit_code)

    # ------------------------------------------------------------------------------ calendar, conflicts
    def calendar_view(self, start: date, end: date, flt: CalendarFilter | None = None) -> CalendarView:
        with self.db.reading() as s:
            return schedule.calendar_view(s, start, end, flt, calendar=self.calendar)

    def conflicts(
        self, *, start: date | None = None, end: date | None = None, kinds: Sequence[ConflictKind] | None = None
    ) -> list[ConflictRow]:
        with self.db.reading() as s:
            return schedule.schedule_conflicts(s, start=start, end=end, kinds=kinds, calendar=self.calendar)

    # ------------------------------------------------------------------------------ exports (worker thread)
    def export_class(self, class_uid: str, kind: ExportKind, path: Path, progress: Progress | None = None) -> Path:
        """Safe to call from a worker thread: it opens its own session."""
        with self.db.reading() as s:
            return export(s, class_uid, kind, path, progress=progress)

    def export_schedule(
        self,
        path: Path,
        *,
        start: date,
        end: date,
        flt: CalendarFilter,
        subtitle: str,
        progress: Progress | None = None,
    ) -> Path:
        with self.db.reading() as s:
            require(s, Permission.EXPORT_DATA)
            doc = schedule_document(s, flt=flt, start=start, end=end, subtitle=subtitle)
        return write_schedule(doc, path, progress=progress)
