"""Plans and their targets (kế hoạch, chỉ tiêu). Progress is computed by app.targets, never stored here."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.enums import TargetComparison
from db.sync_meta import SyncedMixin


class Plan(SyncedMixin, Base):
    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))  # "Kế hoạch tăng cường bồi dưỡng … 2026 - 2031"
    document: Mapped[str | None] = mapped_column(String(200))  # "Kế hoạch số 198/KH-UBND ngày 01/06/2026"
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    preset_key: Mapped[str | None] = mapped_column(String(60))  # the seed preset it was adopted from

    targets: Mapped[list[PlanTarget]] = relationship(
        back_populates="plan", order_by="PlanTarget.sort_order, PlanTarget.id"
    )


class PlanTarget(SyncedMixin, Base):
    """Who counts (``population``, criteria as JSON), what counts as done (``achievement`` — a key of
    app.targets.achievements — with its ``params``), the threshold in percent and the deadline.

    With ``frozen`` the population is the member list stored in plan_target_member (chốt danh sách at
    the plan's start) instead of the people matching the criteria today."""

    __tablename__ = "plan_target"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    population: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    frozen: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    frozen_on: Mapped[date | None] = mapped_column(Date)
    achievement: Mapped[str] = mapped_column(String(40))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    threshold: Mapped[float] = mapped_column(Float)  # percent, 0–100
    comparison: Mapped[TargetComparison] = mapped_column(String(2), default=TargetComparison.AT_LEAST)
    deadline: Mapped[date] = mapped_column(Date)
    start_date: Mapped[date | None] = mapped_column(Date)  # when progress is measured from; default: plan start
    note: Mapped[str | None] = mapped_column(Text)
    preset_key: Mapped[str | None] = mapped_column(String(60))

    plan: Mapped[Plan] = relationship(back_populates="targets")


class PlanTargetMember(SyncedMixin, Base):
    """A person in a frozen population. Unfreezing or re-freezing marks rows deleted (tombstones)."""

    __tablename__ = "plan_target_member"
    __table_args__ = (UniqueConstraint("target_id", "staff_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("plan_target.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
