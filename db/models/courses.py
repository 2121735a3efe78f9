"""Courses, their classes, nominations (cử đi học) with their history, and the decisions that send people.

Ownership (DESIGN.md §4): the province owns the course catalogue and its classes; a commune owns its
nominations and decisions, and may keep local courses of its own. Every row carries SyncedMixin."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, UtcDateTime, utcnow
from db.enums import (
    ClassStatus,
    CourseMode,
    CourseType,
    DecisionStatus,
    NominationStatus,
    QualificationKind,
    SigningMode,
)
from db.models.staff import Staff
from db.sync_meta import SyncedMixin


class Course(SyncedMixin, Base):
    """A programme in the catalogue. ``grants_kind``/``grants_level`` say which qualification completing
    it adds to a person's record (e.g. political theory, Trung cấp); ``grants_certificate`` names the
    certificate for courses that grant no level."""

    __tablename__ = "course"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    course_type: Mapped[CourseType] = mapped_column(String(24), index=True)
    organiser: Mapped[str | None] = mapped_column(String(200))
    mode: Mapped[CourseMode] = mapped_column(String(12), default=CourseMode.IN_PERSON)
    duration_days: Mapped[int | None] = mapped_column(Integer)  # calendar length of one class
    hours: Mapped[int | None] = mapped_column(Integer)  # teaching hours (tiết)
    target_categories: Mapped[str] = mapped_column(String(200), default="")  # StaffCategory codes, comma-separated
    target_positions: Mapped[str] = mapped_column(Text, default="")  # folded keywords, one per line
    target_note: Mapped[str | None] = mapped_column(String(300))
    grants_kind: Mapped[QualificationKind | None] = mapped_column(String(20))
    grants_level: Mapped[str | None] = mapped_column(String(30))
    grants_certificate: Mapped[str | None] = mapped_column(String(200))
    certificate_valid_months: Mapped[int | None] = mapped_column(Integer)  # None: the certificate never expires
    requires_commitment: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    default_cost: Mapped[int | None] = mapped_column(Integer)  # đồng per learner
    funding_source: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))

    classes: Mapped[list[TrainingClass]] = relationship(
        back_populates="course", order_by="TrainingClass.start_date", lazy="selectin"
    )


class TrainingClass(SyncedMixin, Base):
    """A class (lớp) of a course: where, when, for whom. Sessions and attendance belong to issue 5."""

    __tablename__ = "training_class"
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"), index=True)
    code: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    region: Mapped[str | None] = mapped_column(String(120))  # khu vực
    batch: Mapped[str | None] = mapped_column(String(60))  # đợt
    venue: Mapped[str | None] = mapped_column(String(300))
    mode: Mapped[CourseMode | None] = mapped_column(String(12))  # None: the course's mode
    start_date: Mapped[date | None] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    capacity: Mapped[int | None] = mapped_column(Integer)
    organiser: Mapped[str | None] = mapped_column(String(200))  # None: the course's organiser
    status: Mapped[ClassStatus] = mapped_column(String(12), default=ClassStatus.PLANNED)
    note: Mapped[str | None] = mapped_column(String(300))

    course: Mapped[Course] = relationship(back_populates="classes")


class Decision(SyncedMixin, Base):
    """The chairman's decision sending people to training. A draft has no number; issuing gives it the
    next number of its year for the unit. A cancelled or replaced decision stays, with the reason."""

    __tablename__ = "decision"
    __table_args__ = (UniqueConstraint("owner_unit", "year", "number", "symbol", name="uq_decision_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[DecisionStatus] = mapped_column(String(12), default=DecisionStatus.DRAFT, index=True)
    year: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(40), default="QĐ-UBND")
    issued_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(String(500))  # trích yếu: "Về việc cử …"
    authority: Mapped[str] = mapped_column(String(300))  # "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀ BẮC"
    legal_bases: Mapped[str] = mapped_column(Text, default="")  # one per line
    proposal: Mapped[str | None] = mapped_column(String(300))  # "Theo đề nghị của …"
    article1: Mapped[str] = mapped_column(Text, default="")
    article2: Mapped[str] = mapped_column(Text, default="")
    article3: Mapped[str] = mapped_column(Text, default="")
    signing_mode: Mapped[SigningMode] = mapped_column(String(12), default=SigningMode.CHAIRMAN)
    signer_title: Mapped[str] = mapped_column(String(100), default="CHỦ TỊCH")
    signer_name: Mapped[str] = mapped_column(String(120), default="")
    recipients: Mapped[str] = mapped_column(Text, default="")  # one per line
    appendix_title: Mapped[str | None] = mapped_column(String(300))
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"))
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancel_reason: Mapped[str | None] = mapped_column(String(500))
    created_by: Mapped[str] = mapped_column(String(80), default="")

    items: Mapped[list[DecisionItem]] = relationship(
        back_populates="decision", order_by="DecisionItem.sort_order", lazy="selectin"
    )


class Nomination(SyncedMixin, Base):
    """A person proposed for, or sent to, a course (and, once known, one of its classes)."""

    __tablename__ = "nomination"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"), index=True)
    class_id: Mapped[int | None] = mapped_column(ForeignKey("training_class.id"), index=True)
    status: Mapped[NominationStatus] = mapped_column(String(16), default=NominationStatus.PROPOSED, index=True)
    reason: Mapped[str | None] = mapped_column(Text)  # why this person (the ranking's reasons, or typed)
    cost: Mapped[int | None] = mapped_column(Integer)  # đồng
    funding_source: Mapped[str | None] = mapped_column(String(200))
    commitment: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    commitment_months: Mapped[int | None] = mapped_column(Integer)  # service owed after training
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"), index=True)
    completed_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(500))
    created_by: Mapped[str] = mapped_column(String(80), default="")

    staff: Mapped[Staff] = relationship(lazy="joined")
    course: Mapped[Course] = relationship(lazy="joined")
    training_class: Mapped[TrainingClass | None] = relationship(lazy="joined")
    decision: Mapped[Decision | None] = relationship(foreign_keys=[decision_id])


class DecisionItem(SyncedMixin, Base):
    """One nomination covered by a decision, in the decision's order. Kept when the decision is
    cancelled or replaced, so the history says who each decision sent."""

    __tablename__ = "decision_item"
    __table_args__ = (UniqueConstraint("decision_id", "nomination_id", name="uq_decision_item_pair"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id"), index=True)
    nomination_id: Mapped[int] = mapped_column(ForeignKey("nomination.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    decision: Mapped[Decision] = relationship(back_populates="items")
    nomination: Mapped[Nomination] = relationship(lazy="joined")


class NominationStatusChange(SyncedMixin, Base):
    """History of a nomination: every status change with who, when and why (and the decision, if any).
    Part of the nomination's history, so it travels to the province with the nomination (append-only)."""

    __tablename__ = "nomination_status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int] = mapped_column(ForeignKey("nomination.id"), index=True)
    old_status: Mapped[NominationStatus | None] = mapped_column(String(16))
    new_status: Mapped[NominationStatus] = mapped_column(String(16))
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"))
    effective_date: Mapped[date | None] = mapped_column(Date)  # the day it happened (decision date, end of class…)
    note: Mapped[str | None] = mapped_column(String(500))
    changed_by: Mapped[str] = mapped_column(String(80), default="")
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
