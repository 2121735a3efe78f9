"""Rows as they travel: one canonical JSON line per row, in ``data/<kind>.jsonl`` sorted by uid.

    {"data": {...carried fields, references as uids...}, "deleted": false, "h": "<content hash>",
     "owner": "11311", "rev": 3, "seq": 17, "uid": "…", "updated": "2026-11-23T08:00:00.000000Z"}

``h`` hashes ``data`` and ``deleted`` (never the dates): two rows with the same revision and the same hash
are the same row. The same query builds a row's wire form for export and for comparison on import, so
a row that went through a bundle hashes the same on both sides."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from app.sync.canonical import CanonicalError, datetime_from_wire, datetime_to_wire, digest, dumps, loads
from app.sync.kinds import KindSchema, Registry

RECORD_KEYS = frozenset({"data", "deleted", "h", "owner", "rev", "seq", "uid", "updated"})
UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CHUNK = 500


def content_hash(data: dict[str, Any], deleted: bool) -> str:
    return digest({"data": data, "deleted": deleted})[:32]


@dataclass(frozen=True, slots=True)
class WireRecord:
    uid: str
    owner: str
    rev: int
    seq: int
    deleted: bool
    updated: datetime
    h: str
    data: dict[str, Any]

    def wire(self) -> dict[str, Any]:
        return {
            "data": self.data,
            "deleted": self.deleted,
            "h": self.h,
            "owner": self.owner,
            "rev": self.rev,
            "seq": self.seq,
            "uid": self.uid,
            "updated": datetime_to_wire(self.updated),
        }

    def line(self) -> bytes:
        return dumps(self.wire())


@dataclass(frozen=True, slots=True)
class LocalRow:
    """A row of this database in wire form, with its local id and the owners of what it references."""

    id: int
    record: WireRecord
    ref_owners: tuple[str | None, ...]


@cache
def _select(schema: KindSchema) -> tuple[Select[Any], list[Any]]:
    """The query of a kind's rows with the uids and owners of what they reference. Built once per kind:
    aliasing the referenced tables is the costly part, and the statement never changes."""
    t = schema.table
    cols: list[Any] = [t.c.id, t.c.uid, t.c.owner_unit, t.c.revision, t.c.change_seq, t.c.deleted, t.c.updated_at]
    cols += [t.c[f.column] for f in schema.fields]
    joins = []
    for ref in schema.refs:
        target = aliased(ref_table(schema, ref.column))
        cols += [target.c.uid, target.c.owner_unit]
        joins.append((target, t.c[ref.column] == target.c.id))
    query = select(*cols).select_from(t)
    for target, on in joins:
        query = query.outerjoin(target, on)
    return query, [j[0] for j in joins]


def ref_table(schema: KindSchema, column: str) -> Any:
    """The table a reference column points to."""
    (fk,) = schema.table.c[column].foreign_keys
    return fk.column.table


def fetch_local(
    session: Session, schema: KindSchema, *where: ColumnElement[bool], audience: Sequence[str] | None = None
) -> list[LocalRow]:
    """Rows of one kind in wire form, sorted by uid. ``audience``: keep only rows whose references all
    point to rows owned by these units (or to nothing)."""
    query, targets = _select(schema)
    conditions = list(where)
    if audience is not None:
        for target in targets:
            conditions.append(or_(target.c.owner_unit.is_(None), target.c.owner_unit.in_(list(audience))))
    if conditions:
        query = query.where(and_(*conditions))
    query = query.order_by(schema.table.c.uid)
    out: list[LocalRow] = []
    n_fields = len(schema.fields)
    for row in session.execute(query):
        values = dict(zip((f.column for f in schema.fields), row[7 : 7 + n_fields], strict=True))
        ref_uids: dict[str, str | None] = {}
        owners: list[str | None] = []
        for i, ref in enumerate(schema.refs):
            ref_uids[ref.wire] = row[7 + n_fields + 2 * i]
            owners.append(row[8 + n_fields + 2 * i])
        data = schema.content(values, ref_uids)
        deleted = bool(row[5])
        record = WireRecord(
            uid=row[1],
            owner=row[2] or "",
            rev=int(row[3]),
            seq=int(row[4]),
            deleted=deleted,
            updated=row[6],
            h=content_hash(data, deleted),
            data=data,
        )
        out.append(LocalRow(int(row[0]), record, tuple(owners)))
    return out


def fetch_by_uids(session: Session, schema: KindSchema, uids: Iterable[str]) -> dict[str, LocalRow]:
    found: dict[str, LocalRow] = {}
    pending = list(uids)
    for i in range(0, len(pending), _CHUNK):
        for row in fetch_local(session, schema, schema.table.c.uid.in_(pending[i : i + _CHUNK])):
            found[row.record.uid] = row
    return found


# ------------------------------------------------------------------------------------------ reading
@dataclass(frozen=True, slots=True)
class Incoming:
    """A record read from a bundle and checked: wire form (as sent), column values and referenced uids."""

    record: WireRecord
    values: dict[str, Any]
    refs: dict[str, str | None]


def parse_member(
    data: bytes,
    schema: KindSchema,
    registry: Registry,
    *,
    version: int,
    origin: str,
    seq_from: int,
    seq_to: int,
    full: bool,
    expected: int,
    max_line: int,
) -> list[Incoming]:
    """Every line of ``data/<kind>.jsonl``, refusing the whole member on the first bad one."""
    if data and not data.endswith(b"\n"):
        raise CanonicalError("thành phần không kết thúc bằng xuống dòng (có thể bị cắt cụt)")
    lines = data.split(b"\n")[:-1] if data else []
    if len(lines) != expected:
        raise CanonicalError(f"có {len(lines)} bản ghi, bản kê khai ghi {expected}")
    out: list[Incoming] = []
    previous = ""
    for number, line in enumerate(lines, start=1):
        try:
            if len(line) > max_line:
                raise CanonicalError("bản ghi quá dài")
            out.append(_parse_line(line, schema, registry, version, origin, seq_from, seq_to, full))
        except OwnerViolation:
            raise
        except CanonicalError as exc:
            raise CanonicalError(f"dòng {number}: {exc}") from exc
        uid = out[-1].record.uid
        if uid <= previous:
            raise CanonicalError(f"dòng {number}: bản ghi không theo thứ tự mã hoặc bị lặp ({uid})")
        previous = uid
    return out


def _parse_line(
    line: bytes,
    schema: KindSchema,
    registry: Registry,
    version: int,
    origin: str,
    seq_from: int,
    seq_to: int,
    full: bool,
) -> Incoming:
    raw = loads(line)
    if not isinstance(raw, dict) or set(raw) != RECORD_KEYS:
        keys = sorted(set(raw) - RECORD_KEYS) if isinstance(raw, dict) else []
        raise CanonicalError("bản ghi không đúng cấu trúc" + (f" (trường lạ: {', '.join(keys[:5])})" if keys else ""))
    uid, owner, rev, seq, deleted, h, data = (
        raw["uid"],
        raw["owner"],
        raw["rev"],
        raw["seq"],
        raw["deleted"],
        raw["h"],
        raw["data"],
    )
    if not isinstance(uid, str) or not UID.fullmatch(uid):
        raise CanonicalError("mã bản ghi (uid) không hợp lệ")
    if owner != origin:
        raise OwnerViolation(uid, str(owner)[:16])
    if isinstance(rev, bool) or not isinstance(rev, int) or not 1 <= rev < 2**62:
        raise CanonicalError("số phiên bản (rev) không hợp lệ")
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0 or seq > seq_to or (not full and seq <= seq_from):
        raise CanonicalError("số thứ tự thay đổi (seq) nằm ngoài khoảng của gói")
    if not isinstance(deleted, bool):
        raise CanonicalError("cờ xóa (deleted) không hợp lệ")
    if not isinstance(data, dict):
        raise CanonicalError("nội dung (data) không hợp lệ")
    if h != content_hash(data, deleted):
        raise CanonicalError("mã băm nội dung không khớp (bản ghi đã bị sửa)")
    updated = datetime_from_wire(raw["updated"])
    if version < schema.kind.version:  # an older app wrote it: compare and store it in today's form
        data = registry.upgrade(schema.name, version, data)
        h = content_hash(data, deleted)
    values, refs = schema.parse(data)
    return Incoming(WireRecord(uid, owner, rev, seq, deleted, updated, h, data), values, refs)


class OwnerViolation(CanonicalError):
    """A record owned by someone other than the bundle's signed origin (single writer, DESIGN.md §4.2)."""

    def __init__(self, uid: str, owner: str) -> None:
        super().__init__(f"bản ghi {uid} thuộc đơn vị “{owner}”, không phải đơn vị gửi tệp")
        self.uid, self.owner = uid, owner
