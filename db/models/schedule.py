"""The sessions of a class (buổi học) and the attendance taken at each (điểm danh).

Ownership (DESIGN.md §4, README "Lớp học, lịch học"): a session belongs to whoever owns its class — the
province for the classes it runs, a commune for the classes of its own local courses. Attendance is taken
by whoever runs the class, so an attendance row belongs to the owner of its class too: the province sends
the attendance of its classes to each commune whose people it concerns, a commune keeps the attendance of
the classes it runs itself. One writer per row, as everywhere.

Times are local (Vietnam, UTC+7) and stored as "HH:MM" text (a session lies within one day)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.enums import AttendanceStatus
from db.models.courses import TrainingClass
from db.models.staff import Staff
from db.sync_meta import SyncedMixin


class ClassSession(SyncedMixin, Base):
    """One session of a class: a date with a morning/afternoon/evening block (``block``) or explicit
    times, and where and what is taught. ``venue`` None: the class's venue."""

    __tablename__ = "class_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("training_class.id"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    block: Mapped[str | None] = mapped_column(String(10))  # app.scheduling.sessions.TimeBlock code
    start_time: Mapped[str] = mapped_column(String(5))  # "07:30"
    end_time: Mapped[str] = mapped_column(String(5))  # "11:30"
    venue: Mapped[str | None] = mapped_column(String(300))
    room: Mapped[str | None] = mapped_column(String(120))
    topic: Mapped[str | None] = mapped_column(String(300))  # chuyên đề, nội dung
    teacher: Mapped[str | None] = mapped_column(String(200))  # giảng viên, báo cáo viên
    note: Mapped[str | None] = mapped_column(String(300))

    training_class: Mapped[TrainingClass] = relationship(lazy="joined")


class Attendance(SyncedMixin, Base):
    """Whether a person was at a session. One row per (session, person); clearing a mark tombstones the
    row and marking again revives it."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("owner_unit", "session_id", "staff_id", name="uq_attendance_mark"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("class_session.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(String(10), default=AttendanceStatus.PRESENT)
    note: Mapped[str | None] = mapped_column(String(300))

    class_session: Mapped[ClassSession] = relationship(lazy="joined")
    staff: Mapped[Staff] = relationship(lazy="joined")
