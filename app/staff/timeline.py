"""Who was on the books on a given day: the current status played back through the status history.

A person counts on day D when they had started by D (``start_date`` unknown counts as started) and their
status on D — the status before the first change that takes effect after D, or the current status when
no change came later — keeps them on the books (working or on leave)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import StaffStatus
from db.models import StaffStatusChange

# per person: (effective date, status before, status after), oldest first
StatusChanges = dict[int, list[tuple[date, StaffStatus, StaffStatus]]]


def load_status_changes(session: Session, staff_ids: Sequence[int] | None = None) -> StatusChanges:
    query = select(
        StaffStatusChange.staff_id,
        StaffStatusChange.effective_date,
        StaffStatusChange.old_status,
        StaffStatusChange.new_status,
        StaffStatusChange.changed_at,
    ).order_by(StaffStatusChange.staff_id, StaffStatusChange.changed_at, StaffStatusChange.id)
    if staff_ids is not None:
        query = query.where(StaffStatusChange.staff_id.in_(staff_ids))
    out: StatusChanges = defaultdict(list)
    for staff_id, effective, old, new, changed_at in session.execute(query):
        out[staff_id].append((effective or changed_at.date(), StaffStatus(old), StaffStatus(new)))
    for changes in out.values():
        changes.sort(key=lambda c: c[0])
    return dict(out)


def status_on(current: StaffStatus, changes: Sequence[tuple[date, StaffStatus, StaffStatus]], day: date) -> StaffStatus:
    """The status a person had at the end of ``day``."""
    for effective, old, _new in changes:
        if effective > day:
            return old
    return current


def on_books_on(
    current: StaffStatus,
    start_date: date | None,
    changes: Sequence[tuple[date, StaffStatus, StaffStatus]],
    day: date,
) -> bool:
    if start_date is not None and start_date > day:
        return False
    return status_on(current, changes, day).on_books
