"""Making a bundle: the rows this unit owns that the destination has not acknowledged (or all of them),
signed with this install's key and encrypted to the destination's, written to a temporary file and
renamed into place — never a half file, even when the disk fills up."""

from __future__ import annotations

import errno
import logging
import os
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.errors import UserError
from app.organisation import COMMUNE_KINDS, UnitInfo, require_own_unit
from app.security.permissions import Permission, require
from app.sync.canonical import digest, sha256_hex
from app.sync.catalogue import REGISTRY
from app.sync.container import write_container
from app.sync.envelope import plain, seal
from app.sync.keys import OwnKeys, PublicKeys, ensure_own_keys, trusted_key
from app.sync.kinds import Registry, Side
from app.sync.manifest import TYPE_DATA, TYPE_SETUP, Ack, Manifest, Member, UnitRef, sign
from app.sync.state import current_seq, get_link, install_id, kinds_new_to, unit_ref, unit_ref_of
from app.sync.wire import fetch_local
from db.base import utcnow
from db.database import Database
from db.enums import UnitKind
from db.models import SyncBundleLog, Unit

log = logging.getLogger("boiduong.sync")

BUNDLE_SUFFIX = ".bdsync"


@dataclass(frozen=True)
class Identity:
    """Who signs a bundle: a unit, its install and its keys."""

    unit: UnitRef
    install: str
    keys: OwnKeys

    @property
    def side(self) -> Side:
        return Side.PROVINCE if self.unit.kind == UnitKind.PROVINCE else Side.COMMUNE


@dataclass(frozen=True)
class BuiltBundle:
    data: bytes
    manifest: Manifest
    counts: dict[str, int]

    @property
    def file_hash(self) -> str:
        return sha256_hex(self.data)


def build_bundle(
    session: Session,
    *,
    origin: Identity,
    destination: UnitRef,
    recipient: PublicKeys | None,
    since: int = 0,
    full: bool = False,
    bundle_type: str = TYPE_DATA,
    ack: Ack | None = None,
    units: tuple[UnitRef, ...] = (),
    registry: Registry = REGISTRY,
    created_at: datetime | None = None,
    bundle_id: str | None = None,
) -> BuiltBundle:
    """The bundle's bytes. Pure given the database state, the clock and the bundle id: the same
    arguments give the same zip (the encryption adds fresh randomness on top)."""
    # nothing acknowledged yet: everything goes, rows numbered 0 too (made before sync existed, or in bulk)
    full = full or bundle_type == TYPE_SETUP or since <= 0
    seq_to = current_seq(session)
    audience = [origin.unit.code, destination.code]
    members: dict[str, bytes] = {}
    entries: list[Member] = []
    schema: dict[str, int] = {}
    counts: dict[str, int] = {}
    state: list[tuple[str, str, int, str]] = []
    for kind in registry.owned_by(origin.side):
        table = kind.table
        where = [table.c.owner_unit == origin.unit.code]
        if kind.kind.audience is not None:
            where.append(kind.kind.audience(table, destination.code))
        rows = fetch_local(session, kind, *where, audience=audience)
        seq_to = max([seq_to, *(r.record.seq for r in rows)])
        state.extend((kind.name, r.record.uid, r.record.rev, r.record.h) for r in rows)
        chosen = [r.record for r in rows if full or r.record.seq > since]
        schema[kind.name] = kind.kind.version
        counts[kind.name] = len(chosen)
        if chosen:
            path = f"data/{kind.name}.jsonl"
            data = b"".join(r.line() + b"\n" for r in chosen)
            members[path] = data
            entries.append(Member(kind.name, path, sha256_hex(data), len(data), len(chosen)))
    manifest = Manifest(
        bundle_id=bundle_id or str(uuid.uuid4()),
        type=bundle_type,
        full=full,
        created_at=created_at or utcnow(),
        app=__version__,
        origin=origin.unit,
        origin_install=origin.install,
        origin_keys=origin.keys.public,
        destination=destination,
        recipient_key_id=recipient.key_id if recipient else None,
        seq_from=0 if full else min(since, seq_to),
        seq_to=seq_to,
        state=digest(sorted(state)),
        ack=ack,
        schema=schema,
        members=tuple(entries),
        units=units,
    )
    manifest_bytes = manifest.to_bytes()
    payload = write_container(manifest_bytes, sign(manifest_bytes, origin.keys), members)
    data = plain(payload) if recipient is None else seal(payload, recipient)
    return BuiltBundle(data, manifest, counts)


# ----------------------------------------------------------------------------------------- writing
def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place (never a half file)."""
    path = Path(path)
    if path.is_dir():
        raise UserError(f"“{path}” là một thư mục; hãy chọn tên tệp cần ghi.")
    if not path.parent.is_dir():
        raise UserError(f"Thư mục để ghi tệp không tồn tại: {path.parent}")
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "xb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        reason = "ổ đĩa đã đầy" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        raise UserError(f"Không ghi được tệp {path}: {reason}. Không có tệp dở dang nào được để lại.") from exc
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        try:
            fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)


def default_file_name(me: str, destination: str, today: date, *, setup: bool = False) -> str:
    """ "boiduong-11311-gui-31-20261123.bdsync" (unit code, destination and date, as clerks file them)."""
    kind = "thietlap" if setup else "gui"
    return f"boiduong-{me}-{kind}-{destination}-{today:%Y%m%d}{BUNDLE_SUFFIX}"


@dataclass(frozen=True)
class Destination:
    unit: UnitRef
    recipient: PublicKeys | None  # None: a plain set-up bundle
    bundle_type: str


def plan_destination(session: Session, me: UnitInfo, to: str | None, setup: bool | None) -> Destination:
    """Where a bundle goes and how: a commune sends to its province; a province to one of its communes,
    as a set-up bundle while it does not know the commune's key yet."""
    if me.kind in COMMUNE_KINDS:
        if setup:
            raise UserError("Chỉ cấp tỉnh mới tạo tệp thiết lập cho xã.")
        assert me.parent_code
        if to and to != me.parent_code:
            raise UserError(f"Xã chỉ gửi dữ liệu cho tỉnh của mình (mã {me.parent_code}), không gửi cho “{to}”.")
        province = unit_ref_of(session, me.parent_code)
        assert province is not None
        key = trusted_key(session, me.parent_code)
        if key is None:
            raise UserError(
                f"Chưa có khóa công khai của {province.name}, nên chưa mã hóa được dữ liệu gửi lên tỉnh. "
                "Hãy nhận tệp thiết lập do tỉnh gửi (Đồng bộ → Nhận tệp từ tỉnh, hoặc "
                "“boiduong bundle import TỆP --accept-new-key”)."
            )
        return Destination(province, key, TYPE_DATA)
    if not to:
        raise UserError("Hãy chọn xã nhận tệp (--to MÃ_XÃ).")
    unit = session.scalar(select(Unit).where(Unit.code == to))
    if unit is None or unit.parent_code != me.code or UnitKind(unit.kind) not in COMMUNE_KINDS:
        raise UserError(
            f"Đơn vị “{to}” chưa được đăng ký là xã trực thuộc {me.name}. "
            f'Hãy đăng ký trước: boiduong unit add --code {to} --name "Tên xã".'
        )
    ref = UnitRef(unit.code, unit.name, str(unit.kind), unit.parent_code)
    key = trusted_key(session, to)
    if setup or key is None:
        return Destination(ref, None, TYPE_SETUP)
    return Destination(ref, key, TYPE_DATA)


def own_identity(session: Session, me: UnitInfo) -> Identity:
    return Identity(unit_ref(me), install_id(session), ensure_own_keys(session))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    file_hash: str
    size: int
    bundle_id: str
    bundle_type: str
    full: bool
    destination: UnitRef
    seq_from: int
    seq_to: int
    created_at: datetime
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def encrypted(self) -> bool:
        return self.bundle_type == TYPE_DATA

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def export_in_session(
    session: Session,
    out: Path,
    *,
    to: str | None = None,
    full: bool = False,
    setup: bool | None = None,
    registry: Registry = REGISTRY,
) -> ExportResult:
    require(session, Permission.EXCHANGE_BUNDLES)
    me = require_own_unit(session)
    dest = plan_destination(session, me, to, setup)
    identity = own_identity(session, me)
    link = get_link(session, dest.unit.code, create=True)
    assert link is not None
    own = [k.name for k in registry.owned_by(identity.side)]
    full = full or bool(kinds_new_to(session, dest.unit.code, link.acked_seq, own))
    since = 0 if full else link.acked_seq
    ack = Ack(link.applied_seq, link.applied_through)
    units = (identity.unit, dest.unit)
    built = build_bundle(
        session,
        origin=identity,
        destination=dest.unit,
        recipient=dest.recipient,
        since=since,
        full=full,
        bundle_type=dest.bundle_type,
        ack=ack,
        units=units,
        registry=registry,
    )
    write_atomically(out, built.data)
    m = built.manifest
    session.add(
        SyncBundleLog(
            direction="out",
            file_hash=built.file_hash,
            bundle_id=m.bundle_id,
            bundle_type=m.type,
            origin_unit=me.code,
            destination_unit=dest.unit.code,
            full=m.full,
            seq_from=m.seq_from,
            seq_to=m.seq_to,
            created_at=m.created_at,
            result="sent",
            counts=built.counts,
            message="",
            file_name=str(Path(out).resolve()),
            size=len(built.data),
        )
    )
    link.last_sent_at, link.last_sent_seq = m.created_at, m.seq_to
    log.info(
        "bundle %s written to %s (%s records, %d bytes)", m.bundle_id, out, sum(built.counts.values()), len(built.data)
    )
    return ExportResult(
        path=Path(out),
        file_hash=built.file_hash,
        size=len(built.data),
        bundle_id=m.bundle_id,
        bundle_type=m.type,
        full=m.full,
        destination=dest.unit,
        seq_from=m.seq_from,
        seq_to=m.seq_to,
        created_at=m.created_at,
        counts=built.counts,
    )


def export_bundle(
    db: Database,
    out: Path,
    *,
    to: str | None = None,
    full: bool = False,
    setup: bool | None = None,
    registry: Registry = REGISTRY,
) -> ExportResult:
    """``boiduong bundle export`` and the GUI's "Gửi": one transaction, the file written before commit."""
    with db.transaction() as session:
        return export_in_session(session, out, to=to, full=full, setup=setup, registry=registry)
