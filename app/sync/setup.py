"""Setting a commune up from its province's file (first contact, step 2): the file names the commune and
its province and carries the province's public key and catalogue. It is signed but not encrypted (the
commune has no key yet) and holds no personal data. The province key is trusted only once the user has
compared its fingerprint with the province by phone."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.organisation import COMMUNE_KINDS, UnitInfo, init_unit
from app.sync.catalogue import REGISTRY
from app.sync.container import DEFAULT_LIMITS, ContainerError, open_container
from app.sync.envelope import EnvelopeError, open_envelope
from app.sync.importer import Checked, Outcome, apply_one, archive_outcomes
from app.sync.keys import trust_key
from app.sync.kinds import Registry
from app.sync.manifest import TYPE_SETUP, ManifestError, parse_manifest, verify_signature
from app.sync.state import raise_seq_to
from app.sync.verify import KEY_NEW, BundleRefused, VerifiedBundle, file_hash, read_file, read_records
from app.workspace import Workspace
from db.enums import UnitKind


@dataclass(frozen=True)
class SetupOffer:
    """What a set-up file proposes, for the user to confirm."""

    bundle: VerifiedBundle

    @property
    def province_name(self) -> str:
        return self.bundle.manifest.origin.name

    @property
    def province_code(self) -> str:
        return self.bundle.manifest.origin.code

    @property
    def unit_name(self) -> str:
        return self.bundle.manifest.destination.name

    @property
    def unit_code(self) -> str:
        return self.bundle.manifest.destination.code

    @property
    def unit_kind(self) -> UnitKind:
        return UnitKind(self.bundle.manifest.destination.kind)

    @property
    def fingerprint(self) -> str:
        return self.bundle.fingerprint

    def describe(self) -> str:
        return (
            f"Tệp thiết lập của {self.province_name} ({self.province_code}) cho {self.unit_name} ({self.unit_code}).\n"
            f"Mã khóa của tỉnh: {self.fingerprint}\n"
            "Hãy gọi điện cho Sở Nội vụ để so sánh dãy số này trước khi xác nhận."
        )


def read_setup(path: Path, *, registry: Registry = REGISTRY) -> SetupOffer:
    """Check a set-up file without any database: envelope, container, manifest, signature, records."""
    data = read_file(Path(path))
    name = Path(path).name
    try:
        opened = open_envelope(data, {}, max_payload=DEFAULT_LIMITS.max_payload)
    except EnvelopeError as exc:
        if "đơn vị khác" in str(exc):
            raise BundleRefused(name, "đây là tệp dữ liệu đã mã hóa, không phải tệp thiết lập của tỉnh.") from exc
        raise BundleRefused(name, str(exc)) from exc
    try:
        container = open_container(opened.payload)
    except ContainerError as exc:
        raise BundleRefused(name, str(exc)) from exc
    try:
        try:
            m = parse_manifest(container.manifest)
        except ManifestError as exc:
            raise BundleRefused(name, str(exc)) from exc
        if m.type != TYPE_SETUP or m.origin.kind != UnitKind.PROVINCE:
            raise BundleRefused(name, "đây không phải tệp thiết lập do tỉnh tạo.")
        if UnitKind(m.destination.kind) not in COMMUNE_KINDS or m.destination.parent != m.origin.code:
            raise BundleRefused(name, "tệp thiết lập không chỉ rõ xã trực thuộc tỉnh gửi.")
        if not verify_signature(container.manifest, container.signature, m.origin_keys):
            raise BundleRefused(name, "chữ ký số không hợp lệ: tệp đã bị sửa. Không dùng.")
        records = read_records(container, m, registry, DEFAULT_LIMITS, name)
    finally:
        container.close()
    return SetupOffer(VerifiedBundle(name, file_hash(data), len(data), data, m, records, False, KEY_NEW))


def init_from_setup(
    workspace: Workspace, offer: SetupOffer, *, accept_key: bool, registry: Registry = REGISTRY
) -> tuple[UnitInfo, Outcome]:
    """``boiduong init --from-bundle FILE --accept-key`` and the first-start dialog's "Thiết lập từ tệp"."""
    if not accept_key:
        raise UserError(
            offer.describe() + "\nNếu khớp, chạy lại với --accept-key (giao diện: bấm “Xác nhận”). Chưa thay đổi gì."
        )
    current = workspace.unit
    if current is not None and current.code != offer.unit_code:
        raise UserError(
            f"Cơ sở dữ liệu này đã khai báo là {current.name} ({current.code}); tệp thiết lập dành cho "
            f"{offer.unit_name} ({offer.unit_code}). Hãy dùng một cơ sở dữ liệu mới."
        )
    bundle = offer.bundle
    with workspace.db.transaction() as session:
        if bundle.manifest.ack is not None:
            # a reinstalled commune: the province holds its changes up to this number already, so even the
            # departments made at set-up must be numbered after it (or they would never be sent)
            raise_seq_to(session, bundle.manifest.ack.seq)
        unit = init_unit(
            session,
            kind=offer.unit_kind,
            code=offer.unit_code,
            name=offer.unit_name,
            province_code=offer.province_code,
            province_name=offer.province_name,
        )
        trust_key(session, offer.province_code, bundle.manifest.origin_keys, how="setup")
        bundle.key_status = "trusted"
        outcome = apply_one(session, bundle, registry)
    workspace.reload_unit()
    archive_outcomes(workspace.db, [Checked(bundle.file_name, bundle.data, bundle)], [outcome])
    return unit, outcome
