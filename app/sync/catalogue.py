"""Which kinds of rows travel in bundles. To add a kind, declare it here (see README "Adding a kind to
sync bundles"): the model, who owns its rows, and only what cannot be read from the model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.staff.records import search_text_of
from app.sync.kinds import COMMUNE, EITHER, Kind, Registry
from app.text import name_sort_key
from db.models import (
    Attendance,
    ClassSession,
    Course,
    Department,
    Qualification,
    Staff,
    StaffStatusChange,
    TrainingClass,
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


def _describe_status_change(content: Mapping[str, Any]) -> str:
    return f"{content.get('old_status')} → {content.get('new_status')} ({content.get('effective_date') or ''})"


def _describe_session(content: Mapping[str, Any]) -> str:
    return f"{content.get('day') or ''} {content.get('start_time') or ''}–{content.get('end_time') or ''}".strip()


def _describe_attendance(content: Mapping[str, Any]) -> str:
    return str(content.get("status") or "")


KINDS: tuple[Kind, ...] = (
    Kind("department", Department, COMMUNE, "Phòng, ban"),
    Kind("staff", Staff, COMMUNE, "Người", local=("name_sort_key", "search_text"), prepare=_prepare_staff),
    Kind("qualification", Qualification, COMMUNE, "Văn bằng, chứng chỉ", describe=_describe_qualification),
    Kind("staff_status_change", StaffStatusChange, COMMUNE, "Thay đổi trạng thái", describe=_describe_status_change),
    # Classes and their schedule belong to whoever runs them: the province for its catalogue, a commune for
    # the courses it organises itself. Attendance is taken by whoever runs the class (its rows carry the
    # class's owner) and reaches each commune for its own people only (it references their records).
    Kind("course", Course, EITHER, "Khóa học"),
    Kind("training_class", TrainingClass, EITHER, "Lớp học"),
    Kind("class_session", ClassSession, EITHER, "Buổi học", describe=_describe_session),
    Kind("attendance", Attendance, EITHER, "Điểm danh", describe=_describe_attendance),
)

REGISTRY = Registry(KINDS)
