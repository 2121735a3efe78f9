"""Which kinds of rows travel in bundles. To add a kind, declare it here (see README "Adding a kind to
sync bundles"): the model, who owns its rows, and only what cannot be read from the model."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.results.results import apply_received_results
from app.staff.records import search_text_of
from app.sync.kinds import COMMUNE, Kind, Registry
from app.text import name_sort_key
from db.models import Department, Qualification, Staff, StaffStatusChange


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


KINDS: tuple[Kind, ...] = (
    Kind("department", Department, COMMUNE, "Phòng, ban"),
    Kind("staff", Staff, COMMUNE, "Người", local=("name_sort_key", "search_text"), prepare=_prepare_staff),
    Kind("qualification", Qualification, COMMUNE, "Văn bằng, chứng chỉ", describe=_describe_qualification),
    Kind("staff_status_change", StaffStatusChange, COMMUNE, "Thay đổi trạng thái", describe=_describe_status_change),
)

REGISTRY = Registry(KINDS)

#: Run in the import's transaction after a bundle is merged: this unit's own rows that follow what arrived.
#: A result the province entered for this commune's learner completes the commune's nomination and adds
#: the qualification to the person's record (app.results.results.apply_received_results).
FOLLOW_UPS: tuple[Callable[[Session], object], ...] = (apply_received_results,)
