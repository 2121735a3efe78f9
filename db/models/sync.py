"""Sync bundles (DESIGN.md §4): this install's keys, the other units' keys, what each side holds of the
other's changes, the log of bundles sent and received, and the conflicts left for a person to decide.

None of these tables travels in a bundle; they describe the exchange itself."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, LargeBinary, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UtcDateTime, utcnow


class SyncOwnKey(Base):
    """This install's key pair: Ed25519 signs its bundles, X25519 receives bundles encrypted to it.
    Made at set-up. An old key stays (inactive) so that bundles already on their way can still be read."""

    __tablename__ = "sync_own_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    sign_private: Mapped[bytes] = mapped_column(LargeBinary)
    enc_private: Mapped[bytes] = mapped_column(LargeBinary)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SyncPeerKey(Base):
    """Public keys of the other units (the province for a commune, the communes for a province).
    One key per unit is ``trusted``; a key that was replaced or revoked is kept for the record."""

    __tablename__ = "sync_peer_key"
    __table_args__ = (UniqueConstraint("unit_code", "key_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(16), index=True)
    key_id: Mapped[str] = mapped_column(String(32))
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    enc_public: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(12), default="trusted")  # trusted | replaced | revoked
    how: Mapped[str] = mapped_column(String(30), default="")  # setup | confirmed | demo
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(String(300))


class SyncLink(Base):
    """The exchange with one other unit: what we applied of its changes (per-origin sequence ranges),
    and what it acknowledged of ours."""

    __tablename__ = "sync_link"
    unit_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    # received: merged ranges [[from, to, "created_at of the bundle that ends the range"], ...]
    applied_ranges: Mapped[list[Any]] = mapped_column(JSON, default=list)
    applied_seq: Mapped[int] = mapped_column(Integer, default=0)  # everything up to here is held
    applied_through: Mapped[datetime | None] = mapped_column(UtcDateTime)  # date of the bundle ending it
    last_bundle_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # newest bundle applied (its date)
    last_bundle_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_import_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    heads: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # {"seq": state digest} seen
    install_id: Mapped[str | None] = mapped_column(String(36))
    gap: Mapped[str | None] = mapped_column(String(200))  # changes known to be missing, for the user
    # sent: what the other unit acknowledged holding of ours
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    acked_through: Mapped[datetime | None] = mapped_column(UtcDateTime)
    ack_bundle_seq: Mapped[int] = mapped_column(Integer, default=0)  # their seq of the bundle carrying it
    last_sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_sent_seq: Mapped[int] = mapped_column(Integer, default=0)


class SyncBundleLog(Base):
    """Every bundle written, and every bundle applied (a refused or repeated file leaves the database
    untouched; it is recorded in the received-files archive instead, see app.sync.archive)."""

    __tablename__ = "sync_bundle_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    file_hash: Mapped[str] = mapped_column(String(64), index=True)
    bundle_id: Mapped[str] = mapped_column(String(36), index=True)
    bundle_type: Mapped[str] = mapped_column(String(10))  # data | setup
    origin_unit: Mapped[str] = mapped_column(String(16))
    destination_unit: Mapped[str] = mapped_column(String(16))
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    seq_from: Mapped[int] = mapped_column(Integer, default=0)
    seq_to: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)  # the bundle's own date
    logged_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    result: Mapped[str] = mapped_column(String(20))  # sent | applied
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    message: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(500), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)


class SyncConflict(Base):
    """Two versions of a row that cannot both be right (same revision, different content; an edit
    against a delete). Both are kept until a person decides; nothing is silently dropped."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    uid: Mapped[str] = mapped_column(String(36), index=True)
    origin_unit: Mapped[str] = mapped_column(String(16))
    bundle_hash: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(20))  # same_revision | edit_vs_delete
    local_revision: Mapped[int] = mapped_column(Integer)
    local_record: Mapped[dict[str, Any]] = mapped_column(JSON)
    incoming_revision: Mapped[int] = mapped_column(Integer)
    incoming_record: Mapped[dict[str, Any]] = mapped_column(JSON)
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)  # open | kept | taken
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(80))
