"""Receiving bundles: verify every file → preview (the apply's own code in a transaction that is rolled
back, so its figures are the apply's) → apply, each bundle in one transaction, after one automatic
backup. Files of a batch are applied in the order of their origin and sequence, whatever order they
were given in. A key seen for the first time, or a changed key, is used only once a person confirmed
its fingerprint."""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.backup import automatic_backup
from app.organisation import require_own_unit
from app.security.permissions import Permission, require
from app.sync.archive import archive_dir, keep_received, receipts
from app.sync.canonical import datetime_to_wire
from app.sync.catalogue import FOLLOW_UPS, REGISTRY
from app.sync.container import DEFAULT_LIMITS, Limits
from app.sync.keys import all_own_keys, trust_key
from app.sync.kinds import Registry
from app.sync.manifest import UnitRef
from app.sync.merge import KindCounts, MergeReport, merge_bundle
from app.sync.verify import (
    KEY_CHANGED,
    KEY_NEW,
    KEY_TRUSTED,
    AlreadyImported,
    BundleRefused,
    BundleWaiting,
    VerifiedBundle,
    check_key,
    file_hash,
    previously_applied,
    read_file,
    verify_bundle,
)
from db.database import Database
from db.models import SyncBundleLog

log = logging.getLogger("boiduong.sync")

APPLIED, PREVIEW, ALREADY, REFUSED, NEEDS_KEY = "applied", "preview", "already", "refused", "needs_key"
WAITING = "waiting"
STATUS_LABELS = {
    APPLIED: "Đã nhập",
    PREVIEW: "Xem trước",
    ALREADY: "Đã nhập trước đó",
    REFUSED: "Bị từ chối",
    NEEDS_KEY: "Cần xác nhận khóa",
    WAITING: "Chờ tệp trước đó",
}


@dataclass
class Outcome:
    """What happened (or would happen) to one file."""

    file_name: str
    file_hash: str
    status: str
    message: str = ""
    origin: UnitRef | None = None
    created_at: datetime | None = None
    bundle_type: str | None = None
    full: bool = False
    seq_from: int = 0
    seq_to: int = 0
    counts: dict[str, KindCounts] = field(default_factory=dict)
    gap: tuple[int, int] | None = None
    key_status: str | None = None
    fingerprint: str | None = None
    previous_fingerprint: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return sum(c.changes for c in self.counts.values())

    @property
    def conflicts(self) -> int:
        return sum(c.conflicts for c in self.counts.values())

    @property
    def ok(self) -> bool:
        return self.status in (APPLIED, PREVIEW, ALREADY, WAITING)

    @property
    def reason(self) -> str:
        """The message without the file's name in front (the list shows the name in its own column)."""
        prefix = f"{self.file_name}: "
        return self.message[len(prefix) :] if self.message.startswith(prefix) else self.message

    def short_reason(self, width: int = 60) -> str:
        """The reason's first sentence without its explanation in brackets, cut to ``width`` characters:
        what a row of a list has room for ("chữ ký số không hợp lệ: tệp đã bị sửa")."""
        text = " ".join(self.reason.split())
        first = text.split(". ", 1)[0].rstrip(".")
        first = first.split(" (", 1)[0] or first
        return first if len(first) <= width else first[: width - 1].rstrip() + "…"

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "hash": self.file_hash,
            "status": self.status,
            "message": self.message,
            "origin": None if self.origin is None else {"code": self.origin.code, "name": self.origin.name},
            "created_at": datetime_to_wire(self.created_at) if self.created_at else None,
            "type": self.bundle_type,
            "full": self.full,
            "seq": {"from": self.seq_from, "to": self.seq_to},
            "counts": {kind: c.as_dict() for kind, c in self.counts.items()},
            "gap": list(self.gap) if self.gap else None,
            "key": None
            if self.key_status is None
            else {"status": self.key_status, "fingerprint": self.fingerprint, "previous": self.previous_fingerprint},
            "notes": self.notes,
        }

    def receipt(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "status": self.status,
            "message": self.message,
            "origin": self.origin.code if self.origin else None,
            "origin_name": self.origin.name if self.origin else None,
            "created_at": datetime_to_wire(self.created_at) if self.created_at else None,
            "counts": {kind: c.as_dict() for kind, c in self.counts.items()},
        }


@dataclass
class Checked:
    """A file after verification: a bundle ready to preview/apply, or already an outcome."""

    file_name: str
    data: bytes = field(repr=False)
    bundle: VerifiedBundle | None = None
    outcome: Outcome | None = None


def _from_bundle(bundle: VerifiedBundle, status: str, report: MergeReport | None = None, message: str = "") -> Outcome:
    m = bundle.manifest
    out = Outcome(
        file_name=bundle.file_name,
        file_hash=bundle.file_hash,
        status=status,
        message=message,
        origin=m.origin,
        created_at=m.created_at,
        bundle_type=m.type,
        full=m.full,
        seq_from=m.seq_from,
        seq_to=m.seq_to,
        key_status=bundle.key_status,
        fingerprint=bundle.fingerprint,
        previous_fingerprint=bundle.previous_fingerprint,
    )
    if report is not None:
        out.counts, out.gap, out.notes = report.counts, report.gap, report.notes
    return out


def key_message(bundle: VerifiedBundle) -> str:
    name = bundle.manifest.origin.name
    if bundle.key_status == KEY_CHANGED:
        return (
            f"KHÓA CỦA {name.upper()} ĐÃ THAY ĐỔI. Khóa đã biết: {bundle.previous_fingerprint}; khóa trong tệp: "
            f"{bundle.fingerprint}. Chỉ chấp nhận khi {name} xác nhận qua điện thoại rằng họ đã cài lại máy và "
            "đọc đúng dãy số mới (dòng lệnh: --accept-new-key)."
        )
    return (
        f"Lần đầu nhận tệp của {name}. Mã khóa: {bundle.fingerprint}. Hãy gọi điện cho {name} để so sánh dãy số này "
        "rồi xác nhận (dòng lệnh: --accept-new-key)."
    )


def check_data(
    session: Session,
    items: Sequence[tuple[str, bytes]],
    *,
    registry: Registry = REGISTRY,
    limits: Limits = DEFAULT_LIMITS,
) -> list[Checked]:
    """Verify every file (nothing is written). Repeats within the batch are reported as such. Needs the
    right to exchange bundles (a preview and an import alike start here)."""
    require(session, Permission.EXCHANGE_BUNDLES)
    me = require_own_unit(session)
    keys = all_own_keys(session)
    out: list[Checked] = []
    seen_hashes: dict[str, str] = {}
    seen_ids: dict[str, str] = {}
    for name, data in items:
        h = file_hash(data)
        checked = Checked(name, data)
        out.append(checked)
        if h in seen_hashes:
            checked.outcome = Outcome(name, h, ALREADY, f"{name}: trùng với tệp {seen_hashes[h]} trong lần nhập này.")
            continue
        seen_hashes[h] = name
        try:
            bundle = verify_bundle(session, data, file_name=name, me=me, registry=registry, limits=limits, keys=keys)
        except AlreadyImported as exc:
            checked.outcome = Outcome(name, h, ALREADY, str(exc))
            continue
        except BundleRefused as exc:
            checked.outcome = Outcome(name, h, REFUSED, str(exc))
            continue
        if bundle.manifest.bundle_id in seen_ids:
            checked.outcome = _from_bundle(
                bundle, ALREADY, message=f"{name}: cùng một gói với tệp {seen_ids[bundle.manifest.bundle_id]}."
            )
            continue
        seen_ids[bundle.manifest.bundle_id] = name
        checked.bundle = bundle
    return out


def check_files(db: Database, paths: Sequence[Path], *, registry: Registry = REGISTRY) -> list[Checked]:
    items: list[tuple[str, bytes]] = []
    refused: dict[int, Checked] = {}
    for index, path in enumerate(paths):
        try:
            items.append((Path(path).name, read_file(Path(path))))
        except BundleRefused as exc:
            refused[index] = Checked(Path(path).name, b"", outcome=Outcome(Path(path).name, "", REFUSED, str(exc)))
    with db.reading() as session:
        checked = iter(check_data(session, items, registry=registry))
    return [refused[i] if i in refused else next(checked) for i in range(len(paths))]


def _order(checked: Sequence[Checked]) -> list[Checked]:
    ready = [c for c in checked if c.bundle is not None]
    return sorted(
        ready,
        key=lambda c: (
            c.bundle.origin,  # type: ignore[union-attr]
            c.bundle.manifest.seq_to,  # type: ignore[union-attr]
            c.bundle.manifest.created_at,  # type: ignore[union-attr]
            c.file_name,
        ),
    )


def preview(db: Database, checked: Sequence[Checked], *, registry: Registry = REGISTRY) -> list[Outcome]:
    """What applying would do, bundle after bundle, computed by the apply's code and rolled back."""
    results: dict[int, Outcome] = {}
    session = db.sessions()
    try:
        session.begin()
        for item in _order(checked):
            bundle = item.bundle
            assert bundle is not None
            savepoint = session.begin_nested()
            try:
                report = merge_bundle(session, bundle, registry)
            except BundleRefused as exc:
                savepoint.rollback()
                status = WAITING if isinstance(exc, BundleWaiting) else REFUSED
                results[id(item)] = _from_bundle(bundle, status, message=str(exc))
                continue
            savepoint.commit()
            status = PREVIEW if bundle.key_status == KEY_TRUSTED else NEEDS_KEY
            message = "" if status == PREVIEW else key_message(bundle)
            results[id(item)] = _from_bundle(bundle, status, report, message)
    finally:
        session.rollback()
        session.close()
    return [results.get(id(c)) or c.outcome or Outcome(c.file_name, "", REFUSED) for c in checked]


def apply(
    db: Database,
    checked: Sequence[Checked],
    *,
    accept_keys: bool | Collection[str] = False,
    registry: Registry = REGISTRY,
    backup: bool = True,
) -> list[Outcome]:
    """Apply every verified bundle, each in its own transaction; one backup first."""
    results: dict[int, Outcome] = {}
    order = _order(checked)

    def accepted(origin: str) -> bool:
        return accept_keys is True or (not isinstance(accept_keys, bool) and origin in accept_keys)

    if backup and any(c.bundle and (c.bundle.key_status == KEY_TRUSTED or accepted(c.bundle.origin)) for c in order):
        automatic_backup(db.path, "before-bundle-import")
    for item in order:
        bundle = item.bundle
        assert bundle is not None
        if bundle.key_status != KEY_TRUSTED and not accepted(bundle.origin):
            results[id(item)] = _from_bundle(bundle, NEEDS_KEY, message=key_message(bundle))
            continue
        try:
            with db.transaction() as session:
                results[id(item)] = apply_one(session, bundle, registry)
        except AlreadyImported as exc:
            results[id(item)] = _from_bundle(bundle, ALREADY, message=str(exc))
        except BundleWaiting as exc:
            results[id(item)] = _from_bundle(bundle, WAITING, message=str(exc))
        except BundleRefused as exc:
            results[id(item)] = _from_bundle(bundle, REFUSED, message=str(exc))
    return [results.get(id(c)) or c.outcome or Outcome(c.file_name, "", REFUSED) for c in checked]


def apply_one(session: Session, bundle: VerifiedBundle, registry: Registry = REGISTRY) -> Outcome:
    """Apply one verified bundle in the caller's transaction (trusting its key if it is not yet)."""
    require(session, Permission.EXCHANGE_BUNDLES)
    m = bundle.manifest
    entry = previously_applied(session, file_hash=bundle.file_hash) or previously_applied(
        session, bundle_id=m.bundle_id
    )
    if entry is not None:
        raise AlreadyImported(bundle.file_name, entry)
    status, _previous = check_key(session, m, bundle.file_name)
    if status != KEY_TRUSTED:
        if status == KEY_CHANGED and bundle.key_status == KEY_NEW:
            raise BundleRefused(
                bundle.file_name, f"một tệp khác của {m.origin.name} trong lần nhập này có khóa khác. Không nhập."
            )
        trust_key(session, m.origin.code, m.origin_keys, how="confirmed")
    report = merge_bundle(session, bundle, registry)
    for follow_up in FOLLOW_UPS:  # this unit's own rows that follow what arrived (a class result → the nomination)
        follow_up(session)
    session.add(
        SyncBundleLog(
            direction="in",
            file_hash=bundle.file_hash,
            bundle_id=m.bundle_id,
            bundle_type=m.type,
            origin_unit=m.origin.code,
            destination_unit=m.destination.code,
            full=m.full,
            seq_from=m.seq_from,
            seq_to=m.seq_to,
            created_at=m.created_at,
            result=APPLIED,
            counts=report.counts_json(),
            message="; ".join(report.notes),
            file_name=bundle.file_name,
            size=bundle.size,
        )
    )
    session.flush()
    return _from_bundle(bundle, APPLIED, report)


def archive_outcomes(db: Database, checked: Sequence[Checked], outcomes: Sequence[Outcome]) -> None:
    with db.reading() as session:
        folder = archive_dir(session)
    for item, outcome in zip(checked, outcomes, strict=True):
        if item.data:
            keep_received(folder, item.data, outcome.file_hash or file_hash(item.data), outcome.receipt())


def apply_and_archive(
    db: Database,
    checked: Sequence[Checked],
    *,
    accept_keys: bool | Collection[str] = False,
    registry: Registry = REGISTRY,
    backup: bool = True,
) -> list[Outcome]:
    """Apply (one backup first, one transaction per bundle), keep every file with its receipt, then
    apply the files that were waiting for these (their outcomes are added at the end)."""
    outcomes = apply(db, checked, accept_keys=accept_keys, registry=registry, backup=backup)
    archive_outcomes(db, checked, outcomes)
    progressed = {o.origin.code for o in outcomes if o.status == APPLIED and o.origin}
    if progressed:
        outcomes = outcomes + retry_waiting(db, progressed, registry=registry, backup=False)
    return outcomes


def retry_waiting(
    db: Database, origins: Collection[str], *, registry: Registry = REGISTRY, backup: bool = True
) -> list[Outcome]:
    """Files that waited for an earlier file of the same unit are applied once it has been: the archive
    keeps them, and each success may free the next one."""
    with db.reading() as session:
        folder = archive_dir(session)
    done: set[str] = set()
    out: list[Outcome] = []
    pending = set(origins)
    while pending:
        seen = receipts(folder)
        applied = {r.get("hash") for r in seen if r.get("status") == APPLIED}
        waiting = [
            r
            for r in seen
            if r.get("status") == WAITING
            and r.get("origin") in pending
            and r.get("hash") not in done
            and r.get("hash") not in applied
        ]
        pending = set()
        candidates: list[tuple[str, bytes]] = []
        for receipt in sorted(waiting, key=lambda r: str(r.get("hash"))):
            h = str(receipt["hash"])
            done.add(h)
            path = folder / "received" / f"{h}.bdsync"
            if path.exists():
                candidates.append((str(receipt.get("file") or path.name), path.read_bytes()))
        if not candidates:
            break
        with db.reading() as session:
            checked = [c for c in check_data(session, candidates, registry=registry) if c.bundle is not None]
        if not checked:
            break
        results = apply(db, checked, registry=registry, backup=backup)
        archive_outcomes(db, checked, results)
        for result in results:
            if result.status == APPLIED:
                result.notes.append("Tệp chờ trước đó, nay đã nhập tự động.")
                out.append(result)
                if result.origin:
                    pending.add(result.origin.code)
    return out


def import_files(
    db: Database,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    accept_new_key: bool | Collection[str] = False,
    registry: Registry = REGISTRY,
    backup: bool = True,
) -> list[Outcome]:
    """``boiduong bundle import``: verify all, then preview (dry run) or apply; every file archived.
    Files that were waiting for one of these are applied after them (added at the end)."""
    checked = check_files(db, paths, registry=registry)
    if dry_run:
        outcomes = preview(db, checked, registry=registry)
        archive_outcomes(db, checked, outcomes)
    else:
        outcomes = apply_and_archive(db, checked, accept_keys=accept_new_key, registry=registry, backup=backup)
    for o in outcomes:
        log.info("bundle %s (%s): %s %s", o.file_name, o.file_hash[:12], o.status, o.message[:200])
    return outcomes
