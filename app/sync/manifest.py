"""The manifest: what a bundle is (format, origin and its key, destination, sequence range,
acknowledgement, kinds and their versions) and what it holds (every member's SHA-256, size and record
count). It is canonical JSON, and the origin's Ed25519 signature covers exactly its bytes, so the
signature vouches for every member through their hashes.

A reader first looks only at ``format`` and ``min_reader``: a bundle written for a newer reader is
refused with "update the app" before anything else of it is interpreted. With a known format, the
manifest must hold exactly the known fields."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature

from app.sync.canonical import CanonicalError, datetime_from_wire, datetime_to_wire, dumps, loads
from app.sync.keys import OwnKeys, PublicKeys

FORMAT = 1  # the bundle layout this app writes
READS_FORMAT = 1  # the newest layout this app reads
TYPE_DATA, TYPE_SETUP = "data", "setup"
UPDATE_THE_APP = "Tệp được tạo bởi phiên bản mới hơn của ứng dụng Bồi dưỡng. Hãy cập nhật ứng dụng rồi nhận lại tệp."

_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_KEY_ID = re.compile(r"[0-9a-f]{32}")
_CODE = re.compile(r"\d{2}|\d{5}")
_UNIT_KINDS = ("commune", "ward", "special_zone", "province")


class ManifestError(Exception):
    """The manifest is unacceptable; the message is Vietnamese."""


@dataclass(frozen=True)
class UnitRef:
    code: str
    name: str
    kind: str
    parent: str | None

    def wire(self) -> dict[str, Any]:
        return {"code": self.code, "kind": self.kind, "name": self.name, "parent": self.parent}


@dataclass(frozen=True)
class Member:
    kind: str
    path: str
    sha256: str
    size: int
    records: int

    def wire(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "records": self.records, "sha256": self.sha256, "size": self.size}


@dataclass(frozen=True)
class Ack:
    """The sender's acknowledgement of what it holds of the destination's own changes."""

    seq: int
    through: datetime | None


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    type: str
    full: bool
    created_at: datetime
    app: str
    origin: UnitRef
    origin_install: str
    origin_keys: PublicKeys
    destination: UnitRef
    recipient_key_id: str | None
    seq_from: int
    seq_to: int
    state: str
    ack: Ack | None
    schema: dict[str, int]
    members: tuple[Member, ...]
    units: tuple[UnitRef, ...]
    format: int = FORMAT
    min_reader: int = FORMAT

    def wire(self) -> dict[str, Any]:
        return {
            "app": self.app,
            "bundle": self.bundle_id,
            "created": datetime_to_wire(self.created_at),
            "format": self.format,
            "min_reader": self.min_reader,
            "type": self.type,
            "full": self.full,
            "origin": {
                "unit": self.origin.wire(),
                "install": self.origin_install,
                "key": {
                    "id": self.origin_keys.key_id,
                    "sign": base64.b64encode(self.origin_keys.sign).decode("ascii"),
                    "enc": base64.b64encode(self.origin_keys.enc).decode("ascii"),
                },
            },
            "destination": {"unit": self.destination.wire(), "key_id": self.recipient_key_id},
            "seq": {"from": self.seq_from, "to": self.seq_to, "state": self.state},
            "ack": None
            if self.ack is None
            else {"seq": self.ack.seq, "through": datetime_to_wire(self.ack.through) if self.ack.through else None},
            "schema": dict(sorted(self.schema.items())),
            "members": [m.wire() for m in sorted(self.members, key=lambda m: m.path)],
            "units": [u.wire() for u in sorted(self.units, key=lambda u: u.code)],
        }

    def to_bytes(self) -> bytes:
        return dumps(self.wire())

    def record_count(self, kind: str) -> int:
        return sum(m.records for m in self.members if m.kind == kind)


def sign(manifest_bytes: bytes, keys: OwnKeys) -> bytes:
    return base64.b64encode(keys.signer.sign(b"boiduong-manifest-v1\n" + manifest_bytes))


def verify_signature(manifest_bytes: bytes, signature: bytes, keys: PublicKeys) -> bool:
    try:
        raw = base64.b64decode(signature, validate=True)
        keys.verifier().verify(raw, b"boiduong-manifest-v1\n" + manifest_bytes)
    except (InvalidSignature, ValueError):
        return False
    return True


# ------------------------------------------------------------------------------------------ parsing
def _obj(value: Any, keys: set[str], where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ManifestError(f"Bản kê khai không hợp lệ: “{where}” phải là một đối tượng.")
    extra, missing = set(value) - keys, keys - set(value)
    if extra:
        raise ManifestError(
            f"Bản kê khai có trường không xác định ở “{where}”: {', '.join(sorted(k[:30] for k in extra)[:5])}. "
            + UPDATE_THE_APP
        )
    if missing:
        raise ManifestError(f"Bản kê khai thiếu trường ở “{where}”: {', '.join(sorted(missing))}.")
    return value


def _str(value: Any, where: str, pattern: re.Pattern[str] | None = None, max_len: int = 300) -> str:
    if not isinstance(value, str) or not value or len(value) > max_len or (pattern and not pattern.fullmatch(value)):
        raise ManifestError(f"Bản kê khai không hợp lệ: giá trị “{where}”.")
    return value


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**62:
        raise ManifestError(f"Bản kê khai không hợp lệ: giá trị “{where}” phải là số nguyên không âm.")
    return value


def _when(value: Any, where: str) -> datetime:
    try:
        return datetime_from_wire(value)
    except CanonicalError as exc:
        raise ManifestError(f"Bản kê khai không hợp lệ: thời điểm “{where}”.") from exc


def _unit(value: Any, where: str) -> UnitRef:
    u = _obj(value, {"code", "kind", "name", "parent"}, where)
    kind = _str(u["kind"], f"{where}.kind")
    if kind not in _UNIT_KINDS:
        raise ManifestError(f"Bản kê khai không hợp lệ: loại đơn vị “{kind[:20]}”.")
    parent = None if u["parent"] is None else _str(u["parent"], f"{where}.parent", _CODE)
    return UnitRef(_str(u["code"], f"{where}.code", _CODE), _str(u["name"], f"{where}.name"), kind, parent)


def _key(value: Any) -> PublicKeys:
    k = _obj(value, {"id", "sign", "enc"}, "origin.key")
    try:
        keys = PublicKeys(
            base64.b64decode(_str(k["sign"], "origin.key.sign", max_len=64), validate=True),
            base64.b64decode(_str(k["enc"], "origin.key.enc", max_len=64), validate=True),
        )
    except ValueError as exc:
        raise ManifestError("Bản kê khai không hợp lệ: khóa của đơn vị gửi.") from exc
    if k["id"] != keys.key_id:
        raise ManifestError("Bản kê khai không hợp lệ: mã khóa không khớp với khóa.")
    return keys


def read_format(manifest_bytes: bytes) -> dict[str, Any]:
    """Parse the JSON and check only the format: a newer bundle is refused before being interpreted."""
    try:
        data = loads(manifest_bytes)
    except CanonicalError as exc:
        raise ManifestError(f"Bản kê khai (manifest.json) hỏng: {exc}.") from exc
    if not isinstance(data, dict):
        raise ManifestError("Bản kê khai (manifest.json) không hợp lệ.")
    for key in ("format", "min_reader"):
        value = data.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value > READS_FORMAT:
            raise ManifestError(UPDATE_THE_APP)
    if data.get("format") != FORMAT or data.get("min_reader") != FORMAT:
        raise ManifestError("Bản kê khai không hợp lệ: phiên bản định dạng không xác định.")
    return data


def parse_manifest(manifest_bytes: bytes) -> Manifest:
    data = read_format(manifest_bytes)
    if dumps(data) != manifest_bytes:
        raise ManifestError("Bản kê khai không ở dạng chuẩn (có thể đã bị sửa).")
    m = _obj(
        data,
        {
            "app",
            "bundle",
            "created",
            "format",
            "min_reader",
            "type",
            "full",
            "origin",
            "destination",
            "seq",
            "ack",
            "schema",
            "members",
            "units",
        },
        "manifest",
    )
    kind = m["type"]
    if kind not in (TYPE_DATA, TYPE_SETUP):
        raise ManifestError(f"Loại gói “{str(kind)[:20]}” không xác định. " + UPDATE_THE_APP)
    if not isinstance(m["full"], bool):
        raise ManifestError("Bản kê khai không hợp lệ: “full”.")
    origin = _obj(m["origin"], {"unit", "install", "key"}, "origin")
    dest = _obj(m["destination"], {"unit", "key_id"}, "destination")
    seq = _obj(m["seq"], {"from", "to", "state"}, "seq")
    seq_from, seq_to = _int(seq["from"], "seq.from"), _int(seq["to"], "seq.to")
    if seq_from > seq_to:
        raise ManifestError("Bản kê khai không hợp lệ: khoảng số thứ tự thay đổi.")
    ack = None
    if m["ack"] is not None:
        a = _obj(m["ack"], {"seq", "through"}, "ack")
        ack = Ack(_int(a["seq"], "ack.seq"), None if a["through"] is None else _when(a["through"], "ack.through"))
    schema = m["schema"]
    if not isinstance(schema, dict) or len(schema) > 200:
        raise ManifestError("Bản kê khai không hợp lệ: “schema”.")
    versions = {_str(k, "schema", max_len=40): _int(v, f"schema.{k}") for k, v in schema.items()}
    if not isinstance(m["members"], list) or len(m["members"]) > 200:
        raise ManifestError("Bản kê khai không hợp lệ: “members”.")
    members = []
    for i, raw in enumerate(m["members"]):
        mm = _obj(raw, {"kind", "path", "records", "sha256", "size"}, f"members[{i}]")
        member = Member(
            _str(mm["kind"], "members.kind", max_len=40),
            _str(mm["path"], "members.path", max_len=60),
            _str(mm["sha256"], "members.sha256", _HEX64),
            _int(mm["size"], "members.size"),
            _int(mm["records"], "members.records"),
        )
        if member.path != f"data/{member.kind}.jsonl" or member.kind not in versions:
            raise ManifestError(f"Bản kê khai không hợp lệ: thành phần “{member.path[:60]}”.")
        members.append(member)
    if len({mm.path for mm in members}) != len(members):
        raise ManifestError("Bản kê khai liệt kê một thành phần hai lần.")
    if not isinstance(m["units"], list) or len(m["units"]) > 1000:
        raise ManifestError("Bản kê khai không hợp lệ: “units”.")
    recipient = dest["key_id"]
    return Manifest(
        bundle_id=_str(m["bundle"], "bundle", _UID),
        type=kind,
        full=m["full"],
        created_at=_when(m["created"], "created"),
        app=_str(m["app"], "app", max_len=40),
        origin=_unit(origin["unit"], "origin.unit"),
        origin_install=_str(origin["install"], "origin.install", _UID),
        origin_keys=_key(origin["key"]),
        destination=_unit(dest["unit"], "destination.unit"),
        recipient_key_id=None if recipient is None else _str(recipient, "destination.key_id", _KEY_ID),
        seq_from=seq_from,
        seq_to=seq_to,
        state=_str(seq["state"], "seq.state", _HEX64),
        ack=ack,
        schema=versions,
        members=tuple(members),
        units=tuple(_unit(u, "units") for u in m["units"]),
    )
