"""People on the unit's books and their qualifications."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, UtcDateTime, utcnow
from db.enums import DatePrecision, QualificationKind, Sex, StaffCategory, StaffStatus
from db.models.organisation import Department
from db.sync_meta import SyncedMixin


class Staff(SyncedMixin, Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)

    # identity
    full_name: Mapped[str] = mapped_column(String(120))
    other_name: Mapped[str | None] = mapped_column(String(120))
    sex: Mapped[Sex] = mapped_column(String(1))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    dob_precision: Mapped[DatePrecision] = mapped_column(String(5), default=DatePrecision.DAY)
    place_of_birth: Mapped[str | None] = mapped_column(String(200))
    home_town: Mapped[str | None] = mapped_column(String(200))
    ethnicity_code: Mapped[str | None] = mapped_column(String(2))
    religion: Mapped[str | None] = mapped_column(String(60))
    cccd: Mapped[str | None] = mapped_column(String(12), index=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(300))

    # work
    category: Mapped[StaffCategory] = mapped_column(String(20), index=True)
    position: Mapped[str | None] = mapped_column(String(200))  # chức vụ / chức danh
    job_position: Mapped[str | None] = mapped_column(String(200))  # vị trí việc làm
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    rank_code: Mapped[str | None] = mapped_column(String(20))  # ngạch, e.g. 01.003
    start_date: Mapped[date | None] = mapped_column(Date)  # ngày bắt đầu công tác
    general_education: Mapped[str | None] = mapped_column(String(10))  # "12/12"
    party_member: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    party_join_date: Mapped[date | None] = mapped_column(Date)
    party_official_date: Mapped[date | None] = mapped_column(Date)
    planning_post: Mapped[str | None] = mapped_column(String(200))  # quy hoạch chức danh
    planning_term: Mapped[str | None] = mapped_column(String(20))  # "2025-2030"
    notes: Mapped[str | None] = mapped_column(Text)

    # status: people are never deleted, they leave the books with a status and can come back
    status: Mapped[StaffStatus] = mapped_column(String(12), default=StaffStatus.WORKING, index=True)
    status_date: Mapped[date | None] = mapped_column(Date)
    status_note: Mapped[str | None] = mapped_column(String(300))

    # computed by app.staff on every save, stored so that lists, targets and SQL reports can filter
    retirement_override: Mapped[date | None] = mapped_column(Date)
    retirement_date: Mapped[date | None] = mapped_column(Date)
    qualification_match_override: Mapped[bool | None] = mapped_column(Boolean)
    qualification_mismatch: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    name_sort_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")

    department: Mapped[Department | None] = relationship(lazy="joined")
    qualifications: Mapped[list[Qualification]] = relationship(
        back_populates="staff", order_by="Qualification.id", lazy="selectin"
    )


class Qualification(SyncedMixin, Base):
    """A degree or certificate. ``level`` is a code from app.qualifications.levels for the kind."""

    __tablename__ = "qualification"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    kind: Mapped[QualificationKind] = mapped_column(String(20), index=True)
    level: Mapped[str | None] = mapped_column(String(30))
    major: Mapped[str | None] = mapped_column(String(200))  # chuyên ngành / nội dung
    institution: Mapped[str | None] = mapped_column(String(200))
    year: Mapped[int | None] = mapped_column(Integer)
    certificate_no: Mapped[str | None] = mapped_column(String(60))
    issued_on: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    training_form: Mapped[str | None] = mapped_column(String(60))  # chính quy, vừa làm vừa học, từ xa…
    note: Mapped[str | None] = mapped_column(String(300))
    # where it came from: "manual", "import", or "course" when a passed training result granted it
    source: Mapped[str] = mapped_column(String(20), default="manual", server_default="manual")
    source_ref: Mapped[str | None] = mapped_column(String(36))

    staff: Mapped[Staff] = relationship(back_populates="qualifications")


class StaffStatusChange(SyncedMixin, Base):
    """History of a person's status: who moved them off (or back onto) the books, when and why.
    Part of the person's history, so it travels to the province with the person (append-only)."""

    __tablename__ = "staff_status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    old_status: Mapped[StaffStatus] = mapped_column(String(12))
    new_status: Mapped[StaffStatus] = mapped_column(String(12))
    effective_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(300))
    changed_by: Mapped[str] = mapped_column(String(80), default="")
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
