"""Results of the classes (kết quả học tập) and the effectiveness reviews after training (đánh giá hiệu
quả sau bồi dưỡng).

Ownership (DESIGN.md §4): a result belongs to the unit that runs the class — the province for its classes,
a commune for its own — whatever unit the learner comes from; a review belongs to the learner's unit (the
commune judges how its own people work after training)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.enums import ResultCode, ReviewOutcome
from db.models.courses import Nomination, TrainingClass
from db.sync_meta import SyncedMixin


class TrainingResult(SyncedMixin, Base):
    """One learner's result in one class: the outcome, a score (thang điểm 10) or a grade, and the
    certificate with its number, date and — where the course's certificate expires — its validity."""

    __tablename__ = "training_result"
    __table_args__ = (UniqueConstraint("owner_unit", "nomination_id", name="uq_training_result_nomination"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int] = mapped_column(ForeignKey("nomination.id"), index=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("training_class.id"), index=True)
    result: Mapped[ResultCode] = mapped_column(String(12), default=ResultCode.PENDING, index=True)
    score: Mapped[float | None] = mapped_column(Float)
    grade: Mapped[str | None] = mapped_column(String(40))  # xếp loại: Giỏi, Khá, Đạt…
    certificate_no: Mapped[str | None] = mapped_column(String(60))
    certificate_date: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(300))
    recorded_by: Mapped[str] = mapped_column(String(80), default="")

    nomination: Mapped[Nomination] = relationship(lazy="joined")
    training_class: Mapped[TrainingClass] = relationship()


class TrainingReview(SyncedMixin, Base):
    """The review of one completed training at least three months after it ended: each criterion of the
    plans on a scale of 1 (yếu) to 4 (tốt) — empty when it does not apply to the person's work — with a
    comment, then an overall conclusion."""

    __tablename__ = "training_review"
    __table_args__ = (UniqueConstraint("owner_unit", "nomination_id", name="uq_training_review_nomination"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int] = mapped_column(ForeignKey("nomination.id"), index=True)
    reviewed_on: Mapped[date] = mapped_column(Date, index=True)
    reviewer: Mapped[str] = mapped_column(String(120), default="")
    task_results: Mapped[int | None] = mapped_column(Integer)  # kết quả thực hiện nhiệm vụ
    task_results_note: Mapped[str | None] = mapped_column(String(500))
    advice_quality: Mapped[int | None] = mapped_column(Integer)  # chất lượng tham mưu
    advice_quality_note: Mapped[str | None] = mapped_column(String(500))
    responsibility: Mapped[int | None] = mapped_column(Integer)  # tinh thần trách nhiệm
    responsibility_note: Mapped[str | None] = mapped_column(String(500))
    discipline: Mapped[int | None] = mapped_column(Integer)  # ý thức kỷ luật, kỷ cương
    discipline_note: Mapped[str | None] = mapped_column(String(500))
    coordination: Mapped[int | None] = mapped_column(Integer)  # phối hợp liên ngành
    coordination_note: Mapped[str | None] = mapped_column(String(500))
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # sự hài lòng của người dân, doanh nghiệp
    satisfaction_note: Mapped[str | None] = mapped_column(String(500))
    overall: Mapped[ReviewOutcome] = mapped_column(String(12))
    conclusion: Mapped[str | None] = mapped_column(Text)  # nhận xét chung
    recommendation: Mapped[str | None] = mapped_column(Text)  # đề xuất, kiến nghị (bồi dưỡng tiếp…)

    nomination: Mapped[Nomination] = relationship(lazy="joined")
