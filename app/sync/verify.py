"""Checking a received file before anything is touched (DESIGN.md §4.7–8): the envelope, the container,
the format, that it is addressed to this unit by a unit this one exchanges with, the origin's key and
signature, every member's hash and size, the kinds and their versions, and every record. Nothing here
writes to the database; a problem raises ``BundleRefused`` with a message that names the file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.organisation import COMMUNE_KINDS, UnitInfo
from app.sync.canonical import CanonicalError
from app.sync.catalogue import REGISTRY
from app.sync.container import DEFAULT_LIMITS, Container, ContainerError, Limits, open_container
from app.sync.envelope import EnvelopeError, open_envelope
from app.sync.keys import REVOKED, OwnKeys, all_own_keys, key_history, trusted_key
from app.sync.kinds import Registry, Side
from app.sync.manifest import TYPE_SETUP, UPDATE_THE_APP, Manifest, ManifestError, parse_manifest, verify_signature
from app.sync.wire import Incoming, OwnerViolation, parse_member
from db.enums import UnitKind
from db.models import SyncBundleLog, Unit

KEY_TRUSTED, KEY_NEW, KEY_CHANGED = "trusted", "new", "changed"


class BundleRefused(UserError):
    """A file that is not accepted; nothing was changed."""

    def __init__(self, file_name: str, message: str) -> None:
        super().__init__(f"{file_name}: {message}")
        self.file_name, self.reason = file_name, message


class BundleWaiting(BundleRefused):
    """A valid bundle that needs changes not received yet (an earlier file of the same unit): nothing is
    changed now; it is applied automatically once the earlier file has been (app.sync.importer)."""


class AlreadyImported(UserError):
    def __init__(self, file_name: str, entry: SyncBundleLog) -> None:
        when = entry.logged_at.astimezone().strftime("%d/%m/%Y %H:%M")
        super().__init__(
            f"{file_name}: tệp này đã được nhập lúc {when} (gói của đơn vị {entry.origin_unit}); không thay đổi gì."
        )
        self.file_name, self.entry = file_name, entry


@dataclass
class VerifiedBundle:
    file_name: str
    file_hash: str
    size: int
    data: bytes = field(repr=False)
    manifest: Manifest
    records: dict[str, list[Incoming]]
    encrypted: bool
    key_status: str
    previous_fingerprint: str | None = None

    @property
    def origin(self) -> str:
        return self.manifest.origin.code

    @property
    def fingerprint(self) -> str:
        return self.manifest.origin_keys.fingerprint


def read_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    path = Path(path)
    try:
        if not path.is_file():
            raise BundleRefused(path.name, "không tìm thấy tệp (hoặc không phải một tệp).")
        if path.stat().st_size > limits.max_file:
            raise BundleRefused(path.name, "tệp quá lớn để là một tệp đồng bộ.")
        return path.read_bytes()
    except OSError as exc:
        raise BundleRefused(path.name, f"không đọc được tệp ({exc.strerror or exc}).") from exc


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def previously_applied(
    session: Session, *, file_hash: str | None = None, bundle_id: str | None = None
) -> SyncBundleLog | None:
    query = select(SyncBundleLog).where(SyncBundleLog.direction == "in")
    if file_hash:
        query = query.where(SyncBundleLog.file_hash == file_hash)
    if bundle_id:
        query = query.where(SyncBundleLog.bundle_id == bundle_id)
    return session.scalars(query.limit(1)).first()


def _side(kind: str) -> Side:
    return Side.PROVINCE if kind == UnitKind.PROVINCE else Side.COMMUNE


def verify_bundle(
    session: Session,
    data: bytes,
    *,
    file_name: str,
    me: UnitInfo,
    registry: Registry = REGISTRY,
    limits: Limits = DEFAULT_LIMITS,
    keys: dict[str, OwnKeys] | None = None,
) -> VerifiedBundle:
    h = file_hash(data)
    if len(data) > limits.max_file:
        raise BundleRefused(file_name, "tệp quá lớn để là một tệp đồng bộ.")
    entry = previously_applied(session, file_hash=h)
    if entry is not None:
        raise AlreadyImported(file_name, entry)
    sent = session.scalars(
        select(SyncBundleLog).where(SyncBundleLog.direction == "out", SyncBundleLog.file_hash == h).limit(1)
    ).first()
    if sent is not None:  # the clerk picked the file this install wrote, not the one received
        when = sent.logged_at.astimezone().strftime("%d/%m/%Y %H:%M")
        to = session.scalar(select(Unit.name).where(Unit.code == sent.destination_unit)) or sent.destination_unit
        raise BundleRefused(
            file_name,
            f"đây là tệp chính đơn vị này đã lập lúc {when} để gửi cho {to}, "
            "không phải tệp nhận về. Hãy chọn tệp do đơn vị kia gửi đến.",
        )
    try:
        opened = open_envelope(
            data, keys if keys is not None else all_own_keys(session), max_payload=limits.max_payload
        )
        container = open_container(opened.payload, limits)
    except (EnvelopeError, ContainerError) as exc:
        raise BundleRefused(file_name, str(exc)) from exc
    try:
        try:
            manifest = parse_manifest(container.manifest)
        except ManifestError as exc:
            raise BundleRefused(file_name, str(exc)) from exc
        entry = previously_applied(session, bundle_id=manifest.bundle_id)
        if entry is not None:
            raise AlreadyImported(file_name, entry)
        _check_route(session, manifest, me, opened.encrypted, opened.recipient_key_id, file_name)
        status, previous = check_key(session, manifest, file_name)
        if not verify_signature(container.manifest, container.signature, manifest.origin_keys):
            raise BundleRefused(
                file_name,
                f"chữ ký số không hợp lệ: tệp không phải do {manifest.origin.name} ký, hoặc đã bị sửa. Không nhập.",
            )
        records = read_records(container, manifest, registry, limits, file_name)
    finally:
        container.close()
    return VerifiedBundle(file_name, h, len(data), data, manifest, records, opened.encrypted, status, previous)


def _check_route(
    session: Session, m: Manifest, me: UnitInfo, encrypted: bool, envelope_key: str | None, file_name: str
) -> None:
    origin, dest = m.origin, m.destination
    if origin.code == me.code:
        raise BundleRefused(file_name, "đây là tệp do chính đơn vị này tạo ra, không cần nhập.")
    if dest.code != me.code:
        raise BundleRefused(
            file_name, f"tệp gửi cho {dest.name} ({dest.code}), không phải cho {me.name} ({me.code}). Không nhập."
        )
    if encrypted:
        if m.recipient_key_id is None or envelope_key is None or m.recipient_key_id[:32] != envelope_key:
            raise BundleRefused(file_name, "phần mã hóa không khớp với bản kê khai (tệp đã bị sửa).")
    elif m.type != TYPE_SETUP or m.recipient_key_id is not None:
        raise BundleRefused(file_name, "tệp dữ liệu không được mã hóa — không nhập.")
    if me.kind in COMMUNE_KINDS:
        if origin.kind != UnitKind.PROVINCE or origin.code != me.parent_code:
            raise BundleRefused(
                file_name,
                f"xã chỉ nhận tệp của tỉnh mình ({me.parent_name or me.parent_code}); tệp này của {origin.name} "
                f"({origin.code}).",
            )
        return
    if m.type == TYPE_SETUP:
        raise BundleRefused(file_name, "tệp thiết lập chỉ dành cho xã.")
    unit = session.scalar(select(Unit).where(Unit.code == origin.code))
    if unit is None or unit.parent_code != me.code or UnitKind(unit.kind) not in COMMUNE_KINDS:
        raise BundleRefused(
            file_name,
            f"{origin.name} ({origin.code}) chưa được đăng ký là xã trực thuộc {me.name}. Hãy đăng ký xã trước "
            f'(boiduong unit add --code {origin.code} --name "{origin.name}") rồi nhập lại.',
        )


def check_key(session: Session, m: Manifest, file_name: str) -> tuple[str, str | None]:
    trusted = trusted_key(session, m.origin.code)
    incoming = m.origin_keys
    if trusted is not None and trusted.key_id == incoming.key_id:
        return KEY_TRUSTED, None
    for old in key_history(session, m.origin.code):
        if old.keys.key_id == incoming.key_id:
            what = "đã bị thu hồi" if old.status == REVOKED else "đã được thay bằng khóa mới"
            raise BundleRefused(file_name, f"tệp được ký bằng một khóa cũ của {m.origin.name} ({what}). Không nhập.")
    if trusted is None:
        return KEY_NEW, None
    return KEY_CHANGED, trusted.fingerprint


def read_records(
    container: Container, m: Manifest, registry: Registry, limits: Limits, file_name: str
) -> dict[str, list[Incoming]]:
    side = _side(m.origin.kind)
    for kind, version in m.schema.items():
        if kind not in registry:
            raise BundleRefused(
                file_name, f"tệp chứa loại dữ liệu “{kind}” mà phiên bản này chưa biết. {UPDATE_THE_APP}"
            )
        schema = registry.get(kind)
        if version > schema.kind.version:
            raise BundleRefused(file_name, f"dữ liệu “{schema.kind.label}” ở phiên bản mới hơn. {UPDATE_THE_APP}")
        if side not in schema.kind.sides:
            raise BundleRefused(
                file_name, f"{m.origin.name} không được gửi dữ liệu “{schema.kind.label}” (không phải bên quản lý)."
            )
    listed = {mm.path for mm in m.members}
    present = set(container.members)
    if present - listed:
        extra = sorted(present - listed)[0]
        raise BundleRefused(file_name, f"tệp chứa thành phần “{extra}” không có trong bản kê khai — không nhập.")
    if listed - present:
        raise BundleRefused(file_name, f"tệp thiếu thành phần “{sorted(listed - present)[0]}” có trong bản kê khai.")
    total = 0
    records: dict[str, list[Incoming]] = {}
    for member in m.members:
        total += member.records
        if total > limits.max_records:
            raise BundleRefused(file_name, "tệp có quá nhiều bản ghi.")
        try:
            data = container.read(member.path, member.size, limits)
        except ContainerError as exc:
            raise BundleRefused(file_name, str(exc)) from exc
        if hashlib.sha256(data).hexdigest() != member.sha256:
            raise BundleRefused(
                file_name, f"thành phần “{member.path}” không khớp mã băm trong bản kê khai (tệp đã bị sửa)."
            )
        schema = registry.get(member.kind)
        try:
            records[member.kind] = parse_member(
                data,
                schema,
                registry,
                version=m.schema[member.kind],
                origin=m.origin.code,
                seq_from=m.seq_from,
                seq_to=m.seq_to,
                full=m.full,
                expected=member.records,
                max_line=limits.max_line,
            )
        except OwnerViolation as exc:
            raise BundleRefused(
                file_name,
                f"{m.origin.name} gửi dữ liệu “{schema.kind.label}” của một đơn vị khác ({exc.owner}) — mỗi bản ghi "
                "chỉ do đơn vị quản lý nó gửi. Không nhập.",
            ) from exc
        except CanonicalError as exc:
            raise BundleRefused(
                file_name, f"dữ liệu “{schema.kind.label}” ({member.path}) không hợp lệ: {exc}."
            ) from exc
    return records
