"""Sync metadata carried by every row that may travel in a bundle (DESIGN.md §4).

Identity is given at creation (never at export): a UUID ``uid``, the ``owner_unit`` that alone may change
the row, a ``revision`` raised on each change, a ``deleted`` tombstone instead of deletion, and the
``change_seq`` of this install's outgoing change that last touched the row, so that an incremental bundle
is simply "rows with change_seq above what the other side acknowledged".

The bookkeeping runs in one ``before_flush`` listener so no service can forget it. A sync import that
applies a remote row sets ``session.info[APPLYING_REMOTE] = True``; the remote revision is then kept as is.

What ``change_seq`` says — one rule, for the exporter and the importer alike:

* **> 0: a change number of the row's owner.** On this unit's own row, the number of this install's
  change that last touched it; on another unit's row, the owner's number exactly as its bundle brought it
  (rows received are never re-stamped). Only these numbers say anything about the owner's sequence, so
  only these are checked against a bundle's range (``app.sync.merge``: a row the range must contain but
  does not, or the same number with other content, is a cloned install).
* **0 (``UNNUMBERED``): no change number.** Own rows written before numbering existed or in bulk (the
  first, whole bundle carries them), and rows held for another unit that never came with a number of its
  (the demo commune's copy of the demo province's catalogue). The per-row merge decides by revision and
  content hash as for any row.
* **−1 (``FOREIGN_EDIT``): another unit's row changed here.** The services refuse it (single writer);
  an older version or a hand edit may not have. The row is never exported (bundles carry own rows only),
  its number is never taken for the owner's, and the owner's next version meets it in the per-row merge:
  a newer revision overwrites it, the same revision with other content is a conflict for a person to
  decide.
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Integer, String, event, inspect, text
from sqlalchemy.orm import Mapped, Session, UOWTransaction, mapped_column

from db.base import Base, UtcDateTime, utcnow

# session.info keys
APPLYING_REMOTE = "sync_applying_remote"
UNIT_CODE = "unit_code"  # the install's own unit, used as owner of new rows

SEQUENCE_NAME = "outgoing_changes"
#: no change number: rows written before numbering or in bulk, or held for another unit without its number
UNNUMBERED = 0
#: a row owned by another unit that was changed here: never the owner's number (see the module's docstring)
FOREIGN_EDIT = -1


def owner_numbered(change_seq: int) -> bool:
    """Whether ``change_seq`` is a change number of the row's owner (> 0), not UNNUMBERED or FOREIGN_EDIT."""
    return change_seq > UNNUMBERED


def new_uid() -> str:
    return str(uuid.uuid4())


def new_uids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as ``new_uid`` gives them, made in one go for bulk inserts."""
    out = []
    data = os.urandom(16 * count)
    for i in range(count):
        h = data[16 * i : 16 * i + 16].hex()
        out.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}")
    return out


class SyncedMixin:
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    owner_unit: Mapped[str | None] = mapped_column(String(16), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    change_seq: Mapped[int] = mapped_column(Integer, default=UNNUMBERED, server_default=text("0"), index=True)


class SyncCounter(Base):
    """Per-install counters; ``outgoing_changes`` numbers this install's flushes that changed synced rows."""

    __tablename__ = "sync_counter"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


def _next_sequence(session: Session) -> int:
    conn = session.connection()
    row = conn.execute(
        text("UPDATE sync_counter SET value = value + 1 WHERE name = :n RETURNING value"),
        {"n": SEQUENCE_NAME},
    ).first()
    if row is None:
        conn.execute(text("INSERT INTO sync_counter (name, value) VALUES (:n, 1)"), {"n": SEQUENCE_NAME})
        return 1
    return int(row[0])


_TX_STATE = "_sync_tx_state"  # per transaction: the change sequence and the rows already bumped


def _transaction_state(session: Session) -> dict[str, Any]:
    state = session.info.get(_TX_STATE)
    if state is None:
        state = session.info[_TX_STATE] = {"seq": _next_sequence(session), "touched": set()}
    return state


def new_row_stamp(session: Session) -> dict[str, Any]:
    """Sync metadata for rows written with a bulk INSERT (which bypasses ``before_flush``): the values
    the listener would give a new row in this transaction, less the ``uid`` each row needs of its own."""
    return {
        "owner_unit": session.info.get(UNIT_CODE),
        "revision": 1,
        "updated_at": utcnow(),
        "deleted": False,
        "change_seq": _transaction_state(session)["seq"],
    }


@event.listens_for(Session, "after_transaction_end")
def _forget_transaction(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_TX_STATE, None)


@event.listens_for(Session, "before_flush")
def _stamp_synced_rows(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    """One user action (one transaction) raises a row's revision once, however many flushes it takes,
    and all rows it touches share one change sequence number."""
    if session.info.get(APPLYING_REMOTE):
        return
    new = [o for o in session.new if isinstance(o, SyncedMixin)]
    dirty = [
        o for o in session.dirty if isinstance(o, SyncedMixin) and session.is_modified(o, include_collections=False)
    ]
    if not new and not dirty:
        return
    state = _transaction_state(session)
    seq: int = state["seq"]
    touched: set[SyncedMixin] = state["touched"]
    now = utcnow()
    owner = session.info.get(UNIT_CODE)
    for obj in new:
        if not obj.uid:  # None until the column default would apply at INSERT
            obj.uid = new_uid()
        if obj.owner_unit is None:
            obj.owner_unit = owner
        obj.revision = obj.revision or 1
        obj.updated_at = now
        obj.change_seq = FOREIGN_EDIT if owner and obj.owner_unit != owner else seq
        touched.add(obj)
    for obj in dirty:
        if obj not in touched and not inspect(obj).attrs.revision.history.has_changes():
            obj.revision = (obj.revision or 0) + 1
        touched.add(obj)
        obj.updated_at = now
        obj.change_seq = FOREIGN_EDIT if owner and obj.owner_unit and obj.owner_unit != owner else seq
