"""Units (commune, ward, province), their departments and the job-position catalogue."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UtcDateTime, utcnow
from db.enums import DepartmentKind, UnitKind
from db.sync_meta import SyncedMixin


class Unit(Base):
    """A commune/ward/special zone or a province. Codes are the official ones (QĐ 19/2025/QĐ-TTg):
    province 2 digits, commune 5 digits, never reused, so the code is the unit's identity everywhere."""

    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))  # "Xã Vĩnh Lộc"
    kind: Mapped[UnitKind] = mapped_column(String(20))
    parent_code: Mapped[str | None] = mapped_column(String(16), index=True)  # province of a commune
    place_name: Mapped[str | None] = mapped_column(String(100))  # địa danh on documents: "Vĩnh Lộc"
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Department(SyncedMixin, Base):
    """A phòng/ban/đơn vị of the unit. Coverage settings say how many people must stay at work when
    others are sent to training (the plans: training must not stop the office receiving citizens)."""

    __tablename__ = "department"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[DepartmentKind] = mapped_column(String(30), default=DepartmentKind.OTHER)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    coverage_min_ratio: Mapped[float] = mapped_column(Float, default=0.5, server_default=text("0.5"))
    coverage_min_per_position: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    receives_citizens: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class JobPosition(Base):
    """Catalogue of job positions (vị trí việc làm) with what qualification each requires.

    ``accepted_majors`` holds folded keywords, one per line ("luat", "hanh chinh"…): a professional degree
    whose major contains one of them, at ``min_level`` or above, matches the position."""

    __tablename__ = "job_position"
    __table_args__ = (UniqueConstraint("name_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))  # folded name, the lookup key
    min_level: Mapped[str | None] = mapped_column(String(20))  # professional level code
    accepted_majors: Mapped[str] = mapped_column(Text, default="")
    department_kind: Mapped[str | None] = mapped_column(String(30))
