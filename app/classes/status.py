"""A class's status flow: planned → open for nominations → running → finished; cancelled from any state
before it finishes (with a reason). Each step back (a wrong click) is allowed where it makes sense:
open → planned, finished → running, cancelled → planned.

Only the unit that owns the class moves it along; the audit trail records who and when."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.courses.catalogue import check_owner, get_class
from app.courses.labels import CLASS_STATUS_LABELS
from app.dates import format_date
from app.errors import UserError
from app.security.permissions import Permission, require
from app.text import clean_text
from db.enums import ClassStatus
from db.models import TrainingClass

C = ClassStatus

CLASS_TRANSITIONS: dict[ClassStatus, tuple[ClassStatus, ...]] = {
    C.PLANNED: (C.OPEN, C.CANCELLED),
    C.OPEN: (C.RUNNING, C.PLANNED, C.CANCELLED),
    C.RUNNING: (C.FINISHED, C.OPEN, C.CANCELLED),
    C.FINISHED: (C.RUNNING,),
    C.CANCELLED: (C.PLANNED,),
}

CLASS_STATUS_VERBS: dict[ClassStatus, str] = {
    C.PLANNED: "Đưa về dự kiến",
    C.OPEN: "Mở nhận cử học viên",
    C.RUNNING: "Bắt đầu học",
    C.FINISHED: "Kết thúc lớp",
    C.CANCELLED: "Hủy lớp…",
}

CANCEL_PREFIX = "Lý do hủy: "


@dataclass(frozen=True)
class StatusChange:
    class_uid: str
    old: ClassStatus
    new: ClassStatus

    @property
    def text(self) -> str:
        return f"{CLASS_STATUS_LABELS[self.old]} → {CLASS_STATUS_LABELS[self.new]}"


def set_class_status(
    session: Session,
    uid: str,
    status: ClassStatus,
    *,
    reason: str | None = None,
    unit_code: str | None,
) -> StatusChange:
    """Move the class along its flow. Cancelling needs a reason (kept in the class's note); bringing a
    cancelled class back removes it."""
    require(session, Permission.EDIT_RECORDS)
    klass = get_class(session, uid)
    check_owner(klass, unit_code, "Lớp")
    old, new = ClassStatus(klass.status), ClassStatus(status)
    if new not in CLASS_TRANSITIONS[old]:
        raise UserError(
            f"Lớp “{klass.code or klass.name}”: không thể chuyển từ “{CLASS_STATUS_LABELS[old]}” sang "
            f"“{CLASS_STATUS_LABELS[new]}”."
        )
    if new == C.CANCELLED:
        why = clean_text(reason)
        if not why:
            raise UserError("Hãy nêu lý do hủy lớp (ví dụ “Không đủ học viên”, “Lùi thời gian tổ chức”).")
        klass.note = _with_cancel_reason(klass, why)
    elif old == C.CANCELLED:
        klass.note = _without_cancel_reason(klass)
    if new == C.FINISHED:
        _check_finished(klass)
    klass.status = new
    session.flush()
    return StatusChange(klass.uid, old, new)


def cancel_reason(klass: TrainingClass) -> str | None:
    for line in (klass.note or "").splitlines():
        if line.startswith(CANCEL_PREFIX):
            return line[len(CANCEL_PREFIX) :]
    return None


def _with_cancel_reason(klass: TrainingClass, why: str) -> str:
    kept = [ln for ln in (_without_cancel_reason(klass) or "").splitlines() if ln.strip()]
    return "\n".join([f"{CANCEL_PREFIX}{why}", *kept])[:300]


def _without_cancel_reason(klass: TrainingClass) -> str | None:
    kept = [ln for ln in (klass.note or "").splitlines() if not ln.startswith(CANCEL_PREFIX)]
    return "\n".join(kept) or None


def _check_finished(klass: TrainingClass) -> None:
    from datetime import date

    if klass.start_date and klass.start_date > date.today():
        raise UserError(
            f"Lớp “{klass.code or klass.name}” chưa bắt đầu (khai giảng {format_date(klass.start_date)}); "
            "không thể kết thúc."
        )
