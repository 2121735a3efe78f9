"""Applying a verified bundle, row by row (DESIGN.md §4.3–4), and the same code for the preview.

Per row: unknown uid → create; same revision and hash → unchanged; newer revision → update (a newer
tombstone deletes); older → stale, ignored; same revision with other content → a conflict kept with both
versions for a person to decide (an edit against a delete too). Wall-clock times never decide. Rows are
written with the owner's revision, sequence number and dates exactly (``APPLYING_REMOTE``), so the copy
here is the owner's row, byte for byte in its wire form.

Before a row is written the bundle is checked against what this database already holds of the origin:
the same sequence number with other content, or a row the origin's range must contain but does not,
means two installs write under one identity (a cloned or restored install): the bundle is refused.
Anything refused here rolls back the whole transaction."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.organisation import ensure_unit, own_unit
from app.sync.canonical import sha256_hex
from app.sync.kinds import KindSchema, Registry
from app.sync.manifest import TYPE_SETUP
from app.sync.state import MAX_HEADS, contiguous, current_seq, get_link, merge_range, missing_before, raise_seq_to
from app.sync.verify import BundleRefused, BundleWaiting, VerifiedBundle
from app.sync.wire import Incoming, LocalRow, fetch_by_uids, ref_table
from db.base import utcnow
from db.enums import UnitKind
from db.models import SyncConflict
from db.sync_meta import APPLYING_REMOTE

DECISIONS = ("created", "updated", "unchanged", "stale", "deleted", "conflicts")
_CHUNK = 500
FORK_MESSAGE = (
    "tệp có số thứ tự thay đổi trùng với dữ liệu đã nhận trước đó của {name} nhưng nội dung khác. Có thể cơ sở dữ "
    "liệu của đơn vị này đã bị sao chép sang máy khác, hoặc được khôi phục từ một bản sao lưu cũ rồi tiếp tục "
    "nhập liệu (hai bản cài đặt cùng một danh tính). Không nhập tệp này; hãy liên hệ {name} để xác định máy đang "
    "dùng và gửi lại toàn bộ dữ liệu từ máy đó."
)


@dataclass
class KindCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    stale: int = 0
    deleted: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in DECISIONS}

    @property
    def changes(self) -> int:
        return self.created + self.updated + self.deleted


@dataclass
class MergeReport:
    counts: dict[str, KindCounts] = field(default_factory=dict)
    gap: tuple[int, int] | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return sum(c.changes for c in self.counts.values())

    @property
    def conflicts(self) -> int:
        return sum(c.conflicts for c in self.counts.values())

    def counts_json(self) -> dict[str, dict[str, int]]:
        return {kind: c.as_dict() for kind, c in self.counts.items()}


def merge_bundle(session: Session, bundle: VerifiedBundle, registry: Registry) -> MergeReport:
    """Apply ``bundle`` in the caller's transaction. Raises BundleRefused (then roll back)."""
    m = bundle.manifest
    origin = m.origin.code
    me = own_unit(session)
    assert me is not None
    link = get_link(session, origin, create=True)
    assert link is not None
    head = (link.heads or {}).get(head_key(m.seq_to, m.schema))
    if head is not None and head != m.state:
        raise BundleRefused(bundle.file_name, FORK_MESSAGE.format(name=m.origin.name))
    report = MergeReport()
    report.gap = None if m.full else missing_before(link.applied_ranges or [], m.seq_from)
    allowed_owners = {origin, me.code}
    previous = session.info.get(APPLYING_REMOTE)
    session.info[APPLYING_REMOTE] = True
    try:
        for schema in registry:
            if schema.name not in m.schema:
                continue
            incoming = bundle.records.get(schema.name, [])
            counts = report.counts[schema.name] = KindCounts()
            _check_range(session, schema, bundle, incoming)
            _merge_kind(session, schema, bundle, incoming, counts, report, allowed_owners)
    finally:
        session.info[APPLYING_REMOTE] = previous
    _record_progress(session, bundle, report, link)
    if m.origin.kind == UnitKind.PROVINCE:
        _apply_units(session, bundle, me.code)
    session.flush()
    return report


def head_key(seq_to: int, schema: Mapping[str, int]) -> str:
    """Where the digest of the origin's state at ``seq_to`` is kept. The digest covers the kinds the
    bundle carries, at their versions: an app that learnt a new kind (or a new version of one) states
    the same changes with another digest, which is no fork — so each set of kinds keeps its own.
    (Keys written before were the bare number: they are simply never matched again.)"""
    tag = sha256_hex(",".join(f"{k}:{v}" for k, v in sorted(schema.items())).encode())[:12]
    return f"{seq_to}/{tag}"


def _check_range(session: Session, schema: KindSchema, bundle: VerifiedBundle, incoming: list[Incoming]) -> None:
    """Every row the origin changed within this bundle's range, as we hold it, must be in the bundle at
    that sequence number or a later one, and the same sequence number must mean the same content."""
    m = bundle.manifest
    t = schema.table
    # change number 0: a row held for the origin that never came from it (demo data made on its behalf)
    query = select(t.c.uid, t.c.change_seq, t.c.revision).where(
        t.c.owner_unit == m.origin.code, t.c.change_seq <= m.seq_to, t.c.change_seq > 0
    )
    if not m.full:
        query = query.where(t.c.change_seq > m.seq_from)
    by_uid = {i.record.uid: i.record for i in incoming}
    for uid, seq, rev in session.execute(query):
        got = by_uid.get(uid)
        if got is None or got.seq < seq or (got.seq == seq and got.rev != rev):
            raise BundleRefused(bundle.file_name, FORK_MESSAGE.format(name=m.origin.name))


def _lookup(session: Session, table: Any, uids: set[str]) -> dict[str, tuple[int, str | None]]:
    found: dict[str, tuple[int, str | None]] = {}
    pending = sorted(uids)
    for i in range(0, len(pending), _CHUNK):
        query = select(table.c.uid, table.c.id, table.c.owner_unit).where(table.c.uid.in_(pending[i : i + _CHUNK]))
        for uid, row_id, owner in session.execute(query):
            found[uid] = (row_id, owner)
    return found


def _merge_kind(
    session: Session,
    schema: KindSchema,
    bundle: VerifiedBundle,
    incoming: list[Incoming],
    counts: KindCounts,
    report: MergeReport,
    allowed_owners: set[str],
) -> None:
    if not incoming:
        return
    m = bundle.manifest
    origin = m.origin.code
    table = schema.table
    local = fetch_by_uids(session, schema, [i.record.uid for i in incoming])
    targets: dict[str, dict[str, tuple[int, str | None]]] = {}
    for ref in schema.refs:
        wanted = {uid for i in incoming if (uid := i.refs[ref.wire])}
        targets[ref.wire] = _lookup(session, ref_table(schema, ref.column), wanted)
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    arriving = {i.record.uid for i in incoming}
    later: list[dict[str, Any]] = []  # references to rows of the same kind, written once all are in
    for item in incoming:
        rec = item.record
        mine = local.get(rec.uid)
        if mine is not None and mine.record.owner != origin:
            raise BundleRefused(
                bundle.file_name,
                f"{m.origin.name} gửi bản ghi {rec.uid} (“{schema.kind.label}”) mà ở đây thuộc đơn vị "
                f"{mine.record.owner or 'chưa xác định'} — mỗi bản ghi chỉ do đơn vị quản lý nó gửi. Không nhập.",
            )
        if mine is not None and mine.record.seq == rec.seq and (mine.record.rev, mine.record.h) != (rec.rev, rec.h):
            raise BundleRefused(bundle.file_name, FORK_MESSAGE.format(name=m.origin.name))
        decision = _decide(mine, item)
        if decision == "conflicts":
            _keep_conflict(session, schema, bundle, mine, item)
            counts.conflicts += 1
            continue
        if decision in ("unchanged", "stale"):
            setattr(counts, decision, getattr(counts, decision) + 1)
            continue
        values = _resolve(schema, bundle, item, targets, allowed_owners, report, arriving, later)
        if schema.kind.prepare is not None:
            schema.kind.prepare(values)
        values.update(
            uid=rec.uid,
            owner_unit=rec.owner,
            revision=rec.rev,
            updated_at=rec.updated,
            deleted=rec.deleted,
            change_seq=rec.seq,
        )
        if mine is None:
            inserts.append(values)
        else:
            values["b_id"] = mine.id
            updates.append(values)
        setattr(counts, decision, getattr(counts, decision) + 1)
    if inserts:
        _insert_many(session, table, inserts)
    if updates:
        columns: dict[str, Any] = {k: bindparam(k) for k in updates[0] if k != "b_id"}
        session.execute(update(table).where(table.c.id == bindparam("b_id")).values(columns), updates)
    for ref in (r for r in schema.refs if r.to_self):
        pending = [x for x in later if x["column"] == ref.column]
        if not pending:
            continue
        ids = _lookup(session, table, {x["target"] for x in pending})
        session.execute(
            update(table).where(table.c.uid == bindparam("b_uid")).values({ref.column: bindparam("b_ref")}),
            [{"b_uid": x["uid"], "b_ref": ids[x["target"]][0]} for x in pending],
        )


def _insert_many(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """One executemany through the driver, values converted by each column's own type (dates, booleans,
    UTC times) exactly as SQLAlchemy would: a province's first import is mostly inserts."""
    columns = list(rows[0])
    if any(c.name not in rows[0] for c in table.columns if not c.primary_key):
        session.execute(insert(table), rows)  # a column left to its default: let SQLAlchemy fill it
        return
    conn = session.connection()
    quote = conn.dialect.identifier_preparer.quote
    processors = [table.c[name].type.bind_processor(conn.dialect) for name in columns]
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    params = [
        tuple(
            value if proc is None or value is None else proc(value)
            for value, proc in zip((row[c] for c in columns), processors, strict=True)
        )
        for row in rows
    ]
    conn.exec_driver_sql(sql, params)


def _decide(mine: LocalRow | None, item: Incoming) -> str:
    rec = item.record
    if mine is None:
        return "deleted" if rec.deleted else "created"
    have = mine.record
    if rec.rev > have.rev:
        return "deleted" if rec.deleted and not have.deleted else "updated"
    if rec.rev < have.rev:
        return "stale"
    return "unchanged" if rec.h == have.h else "conflicts"


def _resolve(
    schema: KindSchema,
    bundle: VerifiedBundle,
    item: Incoming,
    targets: dict[str, dict[str, tuple[int, str | None]]],
    allowed_owners: set[str],
    report: MergeReport,
    arriving: Collection[str] = (),
    later: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Column values with references turned into local ids. A referenced row that is missing makes the
    whole bundle wait for the earlier file that has it (after a gap) or refuses it (no gap: the file
    contradicts itself). Rows are never dropped one by one: any order of the files must end the same.
    A reference to a row of the same kind that arrives in this file is written after the kind's rows
    (``later``)."""
    values = dict(item.values)
    m = bundle.manifest
    for ref in schema.refs:
        uid = item.refs[ref.wire]
        if uid is None:
            values[ref.column] = None
            continue
        found = targets[ref.wire].get(uid)
        if found is None and ref.to_self and uid in arriving and later is not None:
            values[ref.column] = None
            later.append({"column": ref.column, "uid": item.record.uid, "target": uid})
            continue
        if found is None:
            if report.gap is not None:
                raise BundleWaiting(
                    bundle.file_name,
                    f"tệp cần các thay đổi số {report.gap[0] + 1}–{report.gap[1]} của {m.origin.name} chưa nhận được "
                    "(một tệp gửi trước đó). Chưa thay đổi gì; tệp được giữ lại và sẽ tự động được nhập khi tệp "
                    "trước đó đến.",
                )
            raise BundleRefused(
                bundle.file_name,
                f"dữ liệu “{schema.kind.label}” tham chiếu tới bản ghi {uid} không có trong tệp cũng như trong cơ sở "
                "dữ liệu (tệp không nhất quán). Không nhập.",
            )
        row_id, owner = found
        if owner is not None and owner not in allowed_owners:
            raise BundleRefused(
                bundle.file_name,
                f"dữ liệu “{schema.kind.label}” của {m.origin.name} tham chiếu tới bản ghi của đơn vị khác ({owner}). "
                "Không nhập.",
            )
        values[ref.column] = row_id
    return values


def _keep_conflict(
    session: Session, schema: KindSchema, bundle: VerifiedBundle, mine: LocalRow | None, item: Incoming
) -> None:
    assert mine is not None
    rec = item.record
    exists = session.scalar(
        select(SyncConflict.id).where(
            SyncConflict.kind == schema.name,
            SyncConflict.uid == rec.uid,
            SyncConflict.incoming_revision == rec.rev,
            SyncConflict.status == "open",
        )
    )
    if exists is not None:
        return
    session.add(
        SyncConflict(
            kind=schema.name,
            uid=rec.uid,
            origin_unit=rec.owner,
            bundle_hash=bundle.file_hash,
            reason="edit_vs_delete" if rec.deleted != mine.record.deleted else "same_revision",
            local_revision=mine.record.rev,
            local_record=mine.record.wire(),
            incoming_revision=rec.rev,
            incoming_record=rec.wire(),
            status="open",
        )
    )


def _record_progress(session: Session, bundle: VerifiedBundle, report: MergeReport, link: Any) -> None:
    """What we now hold of the origin's changes, and what the origin says it holds of ours."""
    m = bundle.manifest
    link.applied_ranges = merge_range(link.applied_ranges or [], m.seq_from, m.seq_to, m.created_at)
    link.applied_seq, link.applied_through = contiguous(link.applied_ranges)
    heads = dict(link.heads or {})
    heads[head_key(m.seq_to, m.schema)] = m.state
    if len(heads) > MAX_HEADS:
        for key in sorted(heads, key=lambda k: int(k.split("/")[0]))[: len(heads) - MAX_HEADS]:
            del heads[key]
    link.heads = heads
    # the newest bundle of this origin so far (by its change number, then its date: a province that
    # changed nothing of its own sends every bundle at the same number)
    newest = (m.seq_to, m.created_at) >= (link.last_bundle_seq or 0, link.last_bundle_at or m.created_at)
    if newest:
        link.last_bundle_seq, link.last_bundle_at = m.seq_to, m.created_at
        link.install_id = m.origin_install
    link.last_import_at = utcnow()
    missing = missing_before(link.applied_ranges or [], m.seq_from) if not m.full else None
    if report.gap and missing:
        link.gap = f"Thiếu các thay đổi số {missing[0] + 1}–{missing[1]}"
    elif link.applied_seq >= (link.last_bundle_seq or 0):
        link.gap = None
    if m.ack is not None and newest:
        link.acked_seq, link.acked_through, link.ack_bundle_seq = m.ack.seq, m.ack.through, m.seq_to
        if m.ack.through is not None:
            day = m.ack.through.astimezone().strftime("%d/%m/%Y")
            report.notes.append(f"{m.origin.name} đã có dữ liệu của đơn vị này đến ngày {day}.")
        if raise_seq_to(session, m.ack.seq):
            report.notes.append(
                f"{m.origin.name} đã có các thay đổi đến số {m.ack.seq}, nhiều hơn số của máy này "
                f"({current_seq(session)}): cơ sở dữ liệu có vẻ đã được khôi phục từ bản sao lưu cũ. "
                "Các thay đổi mới sẽ được đánh số tiếp sau số đó."
            )
    if m.type == TYPE_SETUP and m.ack is not None:
        raise_seq_to(session, m.ack.seq)


def _apply_units(session: Session, bundle: VerifiedBundle, me: str) -> None:
    """A province's bundle carries the official names of the province and of the commune itself."""
    for unit in bundle.manifest.units:
        if unit.code in (bundle.manifest.origin.code, me):
            ensure_unit(session, unit.code, unit.name, UnitKind(unit.kind), unit.parent)


def write_record(session: Session, schema: KindSchema, item: Incoming) -> None:
    """Write one record as its owner sent it (a conflict decided in favour of the incoming version)."""
    values = dict(item.values)
    for ref in schema.refs:
        uid = item.refs[ref.wire]
        if uid is None:
            values[ref.column] = None
            continue
        found = _lookup(session, ref_table(schema, ref.column), {uid}).get(uid)
        if found is None:
            raise BundleRefused(schema.kind.label, f"bản ghi được tham chiếu {uid} không có ở đây.")
        values[ref.column] = found[0]
    if schema.kind.prepare is not None:
        schema.kind.prepare(values)
    rec = item.record
    values.update(
        uid=rec.uid,
        owner_unit=rec.owner,
        revision=rec.rev,
        updated_at=rec.updated,
        deleted=rec.deleted,
        change_seq=rec.seq,
    )
    table = schema.table
    row_id = session.scalar(select(table.c.id).where(table.c.uid == rec.uid))
    previous = session.info.get(APPLYING_REMOTE)
    session.info[APPLYING_REMOTE] = True
    try:
        if row_id is None:
            session.execute(insert(table).values(**values))
        else:
            session.execute(update(table).where(table.c.id == row_id).values(**values))
    finally:
        session.info[APPLYING_REMOTE] = previous
