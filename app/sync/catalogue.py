"""Which kinds of rows travel in bundles. To add a kind, declare it here (see README "Adding a kind to
sync bundles"): the model, who owns its rows, and only what cannot be read from the model.

Who owns what (DESIGN.md §4 "single writer"):

- a commune: its departments and people with their qualifications and status history; the nominations it
  makes with their history, the decisions that send people and their items; the quality ratings it enters;
  its plans, targets and the frozen member lists of those targets.
- the province: the course catalogue and the classes it runs, and the results of those classes (whatever
  commune the learners come from: each commune receives its own learners' results).
- the learner's commune: the effectiveness reviews after training.
- either: a commune may keep local courses (and classes of them) of its own. They travel up like the rest
  of its rows (its nominations refer to them) and the province shows them read-only, marked as that
  commune's; the province never sends a commune's rows to another commune.

History rows (a person's or a nomination's status changes) travel with their parent: the province's
consolidated view and its targets' trends read them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.courses.labels import NOMINATION_STATUS_LABELS
from app.dates import format_date
from app.evaluations.classification import LEVEL_LABELS
from app.labels import STATUS_LABELS
from app.results.results import RESULT_LABELS, apply_received_results
from app.staff.records import search_text_of
from app.sync.kinds import COMMUNE, EITHER, Kind, Registry
from app.text import name_sort_key
from db.models import (
    Attendance,
    ClassSession,
    Course,
    Decision,
    DecisionItem,
    Department,
    Nomination,
    NominationStatusChange,
    Plan,
    PlanTarget,
    PlanTargetMember,
    Qualification,
    QualityRating,
    Staff,
    StaffStatusChange,
    TrainingClass,
    TrainingResult,
    TrainingReview,
)


def _prepare_staff(values: dict[str, Any]) -> None:
    """Search and sort keys are this install's own indexes: computed on arrival, never carried."""
    values["name_sort_key"] = name_sort_key(values["full_name"])
    values["search_text"] = search_text_of(
        values["full_name"],
        values["other_name"],
        values["cccd"],
        values["phone"],
        values["position"],
        values["job_position"],
    )


def _describe_qualification(content: Mapping[str, Any]) -> str:
    return " ".join(str(content[k]) for k in ("kind", "level", "major") if content.get(k))


def _label(labels: Mapping[Any, str], code: Any) -> str:
    return labels.get(code, str(code)) if code else "—"


def _describe_status_change(content: Mapping[str, Any]) -> str:
    old, new = (_label(STATUS_LABELS, content.get(k)) for k in ("old_status", "new_status"))
    return f"{old} → {new} ({_day(content.get('effective_date'))})"


def _describe_nomination_change(content: Mapping[str, Any]) -> str:
    old, new = (_label(NOMINATION_STATUS_LABELS, content.get(k)) for k in ("old_status", "new_status"))
    return f"{old} → {new} ({_day(content.get('effective_date'))})"


def _describe_decision(content: Mapping[str, Any]) -> str:
    number = content.get("number")
    head = f"{number:02d}/{content.get('symbol')}" if isinstance(number, int) else "Dự thảo"
    return f"{head}: {content.get('summary') or ''}"[:200]


def _describe_rating(content: Mapping[str, Any]) -> str:
    period = f"Năm {content.get('year')}"
    if content.get("period_kind") == "quarter":
        period = f"Quý {content.get('period_no')}/{content.get('year')}"
    elif content.get("period_kind") == "month":
        period = f"Tháng {content.get('period_no')}/{content.get('year')}"
    return f"{period}: {_label(LEVEL_LABELS, content.get('level'))}"


def _describe_nomination(content: Mapping[str, Any]) -> str:
    return f"{_label(NOMINATION_STATUS_LABELS, content.get('status'))} (người {content.get('staff_uid')})"


def _day(value: Any) -> str:
    """An ISO date of the wire as the interface shows it (dd/mm/yyyy)."""
    try:
        return format_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value or "")


def _describe_class(content: Mapping[str, Any]) -> str:
    return " – ".join(str(content[k]) for k in ("code", "name") if content.get(k))


def _describe_session(content: Mapping[str, Any]) -> str:
    return f"{_day(content.get('day'))} {content.get('start_time') or ''}–{content.get('end_time') or ''}".strip()


def _describe_attendance(content: Mapping[str, Any]) -> str:
    return str(content.get("status") or "")


def _describe_result(content: Mapping[str, Any]) -> str:
    number = f", chứng chỉ {content['certificate_no']}" if content.get("certificate_no") else ""
    return f"{_label(RESULT_LABELS, content.get('result'))}{number} (lượt cử {content.get('nomination_uid')})"


def _describe_review(content: Mapping[str, Any]) -> str:
    return f"Đánh giá ngày {_day(content.get('reviewed_on'))} (lượt cử {content.get('nomination_uid')})"


def _course_v1(content: dict[str, Any]) -> dict[str, Any]:
    """A course from an app before certificates had a validity: they do not expire."""
    return {**content, "certificate_valid_months": None}


KINDS: tuple[Kind, ...] = (
    Kind("department", Department, COMMUNE, "Phòng, ban"),
    Kind("staff", Staff, COMMUNE, "Người", local=("name_sort_key", "search_text"), prepare=_prepare_staff),
    Kind("qualification", Qualification, COMMUNE, "Văn bằng, chứng chỉ", describe=_describe_qualification),
    Kind("staff_status_change", StaffStatusChange, COMMUNE, "Thay đổi trạng thái", describe=_describe_status_change),
    # Classes and their schedule belong to whoever runs them: the province for its catalogue, a commune for
    # the courses it organises itself. Attendance is taken by whoever runs the class (its rows carry the
    # class's owner) and reaches each commune for its own people only (it references their records).
    # the province's catalogue and classes; a commune's local courses and their classes
    Kind("course", Course, EITHER, "Khóa học", version=2, upgrades={1: _course_v1}),
    Kind("training_class", TrainingClass, EITHER, "Lớp học", describe=_describe_class),
    Kind("class_session", ClassSession, EITHER, "Buổi học", describe=_describe_session),
    Kind("decision", Decision, COMMUNE, "Quyết định cử đi học", describe=_describe_decision),
    Kind("nomination", Nomination, COMMUNE, "Cử đi học", describe=_describe_nomination),
    Kind("decision_item", DecisionItem, COMMUNE, "Người trong quyết định"),
    Kind(
        "nomination_status_change",
        NominationStatusChange,
        COMMUNE,
        "Lịch sử cử đi học",
        describe=_describe_nomination_change,
    ),
    Kind("attendance", Attendance, EITHER, "Điểm danh", describe=_describe_attendance),
    # a class's results belong to whoever runs it (like attendance); the review to the learner's commune
    Kind("training_result", TrainingResult, EITHER, "Kết quả học tập", describe=_describe_result),
    Kind("training_review", TrainingReview, COMMUNE, "Đánh giá sau bồi dưỡng", describe=_describe_review),
    Kind("quality_rating", QualityRating, COMMUNE, "Xếp loại chất lượng", describe=_describe_rating),
    Kind("plan", Plan, COMMUNE, "Kế hoạch"),
    Kind("plan_target", PlanTarget, COMMUNE, "Chỉ tiêu"),
    Kind("plan_target_member", PlanTargetMember, COMMUNE, "Người trong danh sách chốt của chỉ tiêu"),
)

REGISTRY = Registry(KINDS)

#: Run in the import's transaction after a bundle is merged: this unit's own rows that follow what arrived.
#: A result the province entered for this commune's learner completes the commune's nomination and adds
#: the qualification to the person's record (app.results.results.apply_received_results).
FOLLOW_UPS: tuple[Callable[[Session], object], ...] = (apply_received_results,)
