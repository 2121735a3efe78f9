"""Quality classification of a person for a period (xếp loại chất lượng), owned by the commune."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.enums import PeriodKind, QualityLevel, RatingMethod
from db.models.staff import Staff
from db.sync_meta import SyncedMixin


class QualityRating(SyncedMixin, Base):
    """One person's classification for one period: a year, a quarter (1–4) or a month (1–12).

    ``proposed_level`` is what the score (or the level entered directly) gives; ``level`` is the final
    level, which differs only when the unit's 20 % quota on "excellent" lowered it to "good"
    (``capped``, with the reason in ``cap_note``). A cleared rating is a tombstone (``deleted``)."""

    __tablename__ = "quality_rating"
    __table_args__ = (
        UniqueConstraint("staff_id", "period_kind", "year", "period_no"),
        Index("ix_quality_rating_period", "year", "period_kind", "period_no"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    period_kind: Mapped[PeriodKind] = mapped_column(String(8))
    year: Mapped[int] = mapped_column(Integer)
    period_no: Mapped[int] = mapped_column(Integer, default=0)  # 0 for a year, 1–4 quarter, 1–12 month
    method: Mapped[RatingMethod] = mapped_column(String(8))
    general_score: Mapped[float | None] = mapped_column(Float)  # tiêu chí chung, 0–30
    task_score: Mapped[float | None] = mapped_column(Float)  # kết quả thực hiện nhiệm vụ, 0–70
    disciplined: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    proposed_level: Mapped[QualityLevel] = mapped_column(String(12))
    level: Mapped[QualityLevel] = mapped_column(String(12), index=True)
    capped: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    cap_note: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(String(300))

    staff: Mapped[Staff] = relationship()
