"""Per-unit exchange state (sync_link) and this install's change sequence."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.organisation import UnitInfo
from app.settings import INSTALL_ID, get_setting, set_setting
from app.sync.canonical import datetime_from_wire, datetime_to_wire
from app.sync.manifest import UnitRef
from db.models import SyncLink, Unit
from db.sync_meta import SEQUENCE_NAME

MAX_HEADS = 500


def current_seq(session: Session) -> int:
    """The number of this install's last outgoing change (0 before any)."""
    value = session.execute(text("SELECT value FROM sync_counter WHERE name = :n"), {"n": SEQUENCE_NAME}).scalar()
    return int(value or 0)


def raise_seq_to(session: Session, value: int) -> bool:
    """Never number a new change at or below ``value`` (after restoring an old backup, the other side
    may already hold changes with the numbers this install would reuse). True when it moved."""
    if current_seq(session) >= value:
        return False
    conn = session.connection()
    updated = conn.execute(text("UPDATE sync_counter SET value = :v WHERE name = :n"), {"v": value, "n": SEQUENCE_NAME})
    if not updated.rowcount:
        conn.execute(text("INSERT INTO sync_counter (name, value) VALUES (:n, :v)"), {"n": SEQUENCE_NAME, "v": value})
    return True


def install_id(session: Session) -> str:
    value = get_setting(session, INSTALL_ID)
    if not value:
        import uuid

        value = str(uuid.uuid4())
        set_setting(session, INSTALL_ID, value)
    return str(value)


def get_link(session: Session, unit_code: str, *, create: bool = False) -> SyncLink | None:
    link = session.get(SyncLink, unit_code)
    if link is None and create:
        link = SyncLink(
            unit_code=unit_code,
            applied_ranges=[],
            applied_seq=0,
            last_bundle_seq=0,
            heads={},
            acked_seq=0,
            ack_bundle_seq=0,
            last_sent_seq=0,
        )
        session.add(link)
        session.flush()
    return link


def unit_ref(info: UnitInfo) -> UnitRef:
    return UnitRef(info.code, info.name, info.kind.value, info.parent_code)


def unit_ref_of(session: Session, code: str) -> UnitRef | None:
    unit = session.scalar(select(Unit).where(Unit.code == code))
    return UnitRef(unit.code, unit.name, str(unit.kind), unit.parent_code) if unit else None


# ------------------------------------------------------------------------------------------ ranges
def merge_range(ranges: list[Any], seq_from: int, seq_to: int, created: datetime) -> list[list[Any]]:
    """Add the range (from, to] to merged ranges [[from, to, created-of-the-bundle-ending-it], …]."""
    items = [[int(a), int(b), str(c)] for a, b, c in ranges]
    items.append([seq_from, seq_to, datetime_to_wire(created)])
    items.sort(key=lambda r: (r[0], r[1]))
    merged: list[list[Any]] = []
    for start, end, when in items:
        if merged and start <= merged[-1][1]:  # overlapping or adjacent: (a, b] + (b, c] = (a, c]
            last = merged[-1]
            if end > last[1]:
                last[1], last[2] = end, when
            elif end == last[1]:
                last[2] = max(last[2], when)
        else:
            merged.append([start, end, when])
    return merged


def contiguous(ranges: list[Any]) -> tuple[int, datetime | None]:
    """Everything up to this sequence number is held (the range starting at 0), and the date of the
    bundle that brought its end."""
    for start, end, when in ranges:
        if int(start) == 0:
            return int(end), datetime_from_wire(when)
    return 0, None


def missing_before(ranges: list[Any], seq_from: int) -> tuple[int, int] | None:
    """The changes (a, b] not yet received that come before a bundle starting at ``seq_from``."""
    held, _ = contiguous(ranges)
    if seq_from <= held:
        return None
    return held, seq_from


def kinds_new_to(session: Session, destination: str, acked_seq: int, kinds: list[str]) -> list[str]:
    """The kinds (of ``kinds``) that no bundle the destination has acknowledged carried: kinds this app
    version added since the two units last exchanged. Rows of such a kind made before were numbered at or
    below what the destination acknowledged, so an incremental bundle would never carry them: the next
    bundle goes whole instead (and merges row by row like any other)."""
    if acked_seq <= 0:
        return []  # nothing acknowledged: the bundle is whole anyway
    from db.models import SyncBundleLog

    carried: set[str] = set()
    query = select(SyncBundleLog.counts).where(
        SyncBundleLog.direction == "out",
        SyncBundleLog.destination_unit == destination,
        SyncBundleLog.seq_to <= acked_seq,
    )
    for counts in session.scalars(query):
        carried.update(counts or {})
    return [k for k in kinds if k not in carried]
