"""The adversarial corpus (DESIGN.md §4): files built here to be truncated, corrupted, tampered with,
foreign or malicious. Each must be refused with a clear message and the province's database left byte
for byte unchanged."""

from __future__ import annotations

import base64
import io
import json
import shutil
import stat
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.courses.demo import catalogue_uid
from app.sync.canonical import dumps, sha256_hex
from app.sync.container import Limits, open_container, write_container
from app.sync.demo import demo_province_keys
from app.sync.envelope import open_envelope, plain, seal
from app.sync.export import export_bundle
from app.sync.importer import ALREADY, APPLIED, NEEDS_KEY, REFUSED, import_files
from app.sync.keys import OwnKeys, PublicKeys, own_keys
from app.sync.manifest import sign
from app.workspace import open_workspace
from tests.unit.sync.conftest import COMMUNE_A, COMMUNE_B, file_state


@dataclass
class Parts:
    manifest: dict  # type: ignore[type-arg]
    signature: bytes
    members: dict[str, bytes]


@dataclass
class Forge:
    folder: Path
    province_path: Path
    a_keys: OwnKeys
    b_keys: OwnKeys
    valid: bytes  # A's first bundle, not yet imported
    applied: bytes  # a bundle of B the province already imported
    province: PublicKeys

    def parts(self) -> Parts:
        opened = open_envelope(self.valid, {demo_province_keys().key_id: demo_province_keys()}, max_payload=10**9)
        c = open_container(opened.payload)
        members = {name: c.read(name, info.file_size, Limits()) for name, info in c.members.items()}
        parts = Parts(json.loads(c.manifest), c.signature, members)
        c.close()
        return parts

    def pack(
        self,
        parts: Parts,
        *,
        signer: OwnKeys | None = None,
        resign: bool = True,
        extra: list[tuple[zipfile.ZipInfo, bytes]] | None = None,
        recipient: PublicKeys | None = None,
        encrypt: bool = True,
        manifest_bytes: bytes | None = None,
    ) -> bytes:
        for name, data in parts.members.items():  # keep the manifest's hashes true unless a test lies on purpose
            for m in parts.manifest["members"]:
                if m["path"] == name and m.get("_keep") is None:
                    m["sha256"], m["size"] = sha256_hex(data), len(data)
        for m in parts.manifest["members"]:
            m.pop("_keep", None)
        mbytes = manifest_bytes if manifest_bytes is not None else dumps(parts.manifest)
        signature = sign(mbytes, signer or self.a_keys) if resign else parts.signature
        payload = write_container(mbytes, signature, parts.members)
        if extra:
            buffer = io.BytesIO(payload)
            with zipfile.ZipFile(buffer, "a") as zf, warnings.catch_warnings():
                warnings.simplefilter("ignore")  # duplicate names are the point of some tests
                for info, data in extra:
                    zf.writestr(info, data)
            payload = buffer.getvalue()
        return seal(payload, recipient or self.province) if encrypt else plain(payload)


@pytest.fixture(scope="module")
def forge(tmp_path_factory: pytest.TempPathFactory, sync_templates: dict[str, Path]) -> Forge:
    folder = tmp_path_factory.mktemp("forge")
    for key in ("P", "A", "B"):
        shutil.copy(sync_templates[key], folder / f"{key}.sqlite")
    a, b, p = (open_workspace(folder / f"{k}.sqlite") for k in ("A", "B", "P"))
    export_bundle(a.db, folder / "a.bdsync")
    export_bundle(b.db, folder / "b.bdsync")
    assert import_files(p.db, [folder / "b.bdsync"])[0].status == APPLIED
    with a.db.reading() as s:
        a_keys = own_keys(s)
    with b.db.reading() as s:
        b_keys = own_keys(s)
    for ws in (a, b, p):
        ws.close()
    assert a_keys and b_keys
    return Forge(
        folder,
        folder / "P.sqlite",
        a_keys,
        b_keys,
        (folder / "a.bdsync").read_bytes(),
        (folder / "b.bdsync").read_bytes(),
        demo_province_keys().public,
    )


def refused(forge: Forge, data: bytes, name: str = "tep.bdsync", *, expect: str = "", status: str = REFUSED) -> str:
    path = forge.folder / name
    path.write_bytes(data)
    before = file_state(forge.province_path)
    ws = open_workspace(forge.province_path)
    try:
        (outcome,) = import_files(ws.db, [path])
    finally:
        ws.close()
    assert outcome.status == status, outcome.message
    assert outcome.message.startswith(name) or outcome.message, outcome.message
    if expect:
        assert expect in outcome.message, outcome.message
    assert file_state(forge.province_path) == before, "the database changed"
    return outcome.message


def test_the_valid_bundle_would_be_accepted(forge: Forge, tmp_path: Path) -> None:
    """The baseline the corpus tampers with is itself good (checked on a copy)."""
    copy = tmp_path / "p.sqlite"
    shutil.copy(forge.province_path, copy)
    (tmp_path / "ok.bdsync").write_bytes(forge.valid)
    ws = open_workspace(copy)
    try:
        assert import_files(ws.db, [tmp_path / "ok.bdsync"], dry_run=True)[0].status == "preview"
        repacked = forge.pack(forge.parts())
        (tmp_path / "re.bdsync").write_bytes(repacked)
        assert import_files(ws.db, [tmp_path / "re.bdsync"])[0].status == APPLIED
    finally:
        ws.close()


def test_truncated_at_many_offsets(forge: Forge) -> None:
    data = forge.valid
    offsets = sorted(
        {
            0,
            1,
            5,
            6,
            7,
            8,
            20,
            71,
            72,
            73,
            100,
            1000,
            len(data) // 3,
            len(data) // 2,
            len(data) - 17,
            len(data) - 16,
            len(data) - 1,
        }
    )
    for cut in offsets:
        message = refused(forge, data[:cut], f"cut{cut}.bdsync")
        assert "cắt cụt" in message or "hỏng" in message or "không phải tệp đồng bộ" in message


@pytest.mark.parametrize("where", ["header", "early", "middle", "tag"])
def test_flipped_byte_in_the_encrypted_file(forge: Forge, where: str) -> None:
    data = bytearray(forge.valid)
    index = {"header": 10, "early": 80, "middle": len(data) // 2, "tag": len(data) - 1}[where]
    data[index] ^= 0x01
    message = refused(forge, bytes(data))
    assert "hỏng" in message or "khác" in message


def test_flipped_byte_in_a_data_member(forge: Forge) -> None:
    parts = forge.parts()
    name = "data/staff.jsonl"
    body = bytearray(parts.members[name])
    body[len(body) // 2] ^= 0x02
    parts.members[name] = bytes(body)
    for m in parts.manifest["members"]:
        if m["path"] == name:
            m["_keep"] = True  # the manifest keeps the true hash: the member no longer matches it
    refused(forge, forge.pack(parts), expect="không khớp mã băm")


def test_flipped_byte_in_the_manifest(forge: Forge) -> None:
    parts = forge.parts()
    mbytes = bytearray(dumps(parts.manifest))
    index = mbytes.index(b'"records":') + len(b'"records":')
    mbytes[index] = ord("9") if mbytes[index] != ord("9") else ord("8")
    data = forge.pack(parts, resign=False, manifest_bytes=bytes(mbytes))
    refused(forge, data, expect="chữ ký")


def test_flipped_byte_in_the_signature(forge: Forge) -> None:
    parts = forge.parts()
    raw = bytearray(base64.b64decode(parts.signature))
    raw[5] ^= 0x80
    parts.signature = base64.b64encode(bytes(raw))
    refused(forge, forge.pack(parts, resign=False), expect="chữ ký")


def test_signed_by_another_communes_key(forge: Forge) -> None:
    refused(forge, forge.pack(forge.parts(), signer=forge.b_keys), expect="chữ ký")


def test_another_communes_key_in_its_place_needs_confirmation(forge: Forge) -> None:
    """B's valid key and signature, claiming to be A: A's key would have changed — not without a yes."""
    parts = forge.parts()
    pub = forge.b_keys.public
    parts.manifest["origin"]["key"] = {
        "id": pub.key_id,
        "sign": base64.b64encode(pub.sign).decode(),
        "enc": base64.b64encode(pub.enc).decode(),
    }
    message = refused(forge, forge.pack(parts, signer=forge.b_keys), status=NEEDS_KEY)
    assert "ĐÃ THAY ĐỔI" in message


def test_encrypted_to_another_unit(forge: Forge) -> None:
    data = forge.pack(forge.parts(), recipient=forge.b_keys.public)
    refused(forge, data, expect="mã hóa cho một đơn vị khác")


def test_addressed_to_another_unit(forge: Forge) -> None:
    parts = forge.parts()
    parts.manifest["destination"]["unit"] = {"code": "32", "kind": "province", "name": "Tỉnh khác", "parent": None}
    refused(forge, forge.pack(parts), expect="không phải cho")


def test_not_encrypted_data_bundle(forge: Forge) -> None:
    refused(forge, forge.pack(forge.parts(), encrypt=False), expect="không được mã hóa")


def test_replayed_bundle(forge: Forge) -> None:
    message = refused(forge, forge.applied, "b-again.bdsync", status=ALREADY)
    assert "đã được nhập" in message


def test_future_formats(forge: Forge) -> None:
    parts = forge.parts()
    parts.manifest["format"] = 2
    parts.manifest["min_reader"] = 2
    refused(forge, forge.pack(parts), expect="cập nhật ứng dụng")
    envelope = bytearray(forge.valid)
    envelope[6] = 2
    refused(forge, bytes(envelope), expect="cập nhật ứng dụng")


def test_unknown_kind(forge: Forge) -> None:
    parts = forge.parts()
    parts.members["data/kind_from_the_future.jsonl"] = b""
    parts.manifest["schema"]["kind_from_the_future"] = 1
    refused(forge, forge.pack(parts), expect="chưa biết")


def test_newer_kind_version(forge: Forge) -> None:
    parts = forge.parts()
    parts.manifest["schema"]["staff"] = 2
    refused(forge, forge.pack(parts), expect="cập nhật ứng dụng")


def test_unknown_field_in_a_record(forge: Forge) -> None:
    parts = forge.parts()
    name = "data/department.jsonl"
    lines = parts.members[name].split(b"\n")
    record = json.loads(lines[0])
    record["data"]["secret"] = "x"
    from app.sync.wire import content_hash

    record["h"] = content_hash(record["data"], record["deleted"])
    lines[0] = dumps(record)
    parts.members[name] = b"\n".join(lines)
    refused(forge, forge.pack(parts), expect="trường không xác định")


def test_unknown_field_in_the_manifest(forge: Forge) -> None:
    parts = forge.parts()
    parts.manifest["extra"] = True
    refused(forge, forge.pack(parts), expect="trường không xác định")


def _edit_first_record(parts: Parts, name: str, edit: Callable[[dict], None], *, rehash: bool = True) -> None:  # type: ignore[type-arg]
    from app.sync.wire import content_hash

    lines = parts.members[name].split(b"\n")
    record = json.loads(lines[0])
    edit(record)
    if rehash:
        record["h"] = content_hash(record["data"], record["deleted"])
    lines[0] = dumps(record)
    parts.members[name] = b"\n".join(lines)


def test_a_record_owned_by_another_commune(forge: Forge) -> None:
    parts = forge.parts()
    _edit_first_record(parts, "data/staff.jsonl", lambda r: r.__setitem__("owner", COMMUNE_B))
    refused(forge, forge.pack(parts), expect="của một đơn vị khác")


def test_claiming_a_row_another_commune_owns(forge: Forge) -> None:
    """A valid record of A's, but with the uid of one of B's people the province already holds."""
    opened = open_envelope(forge.applied, {demo_province_keys().key_id: demo_province_keys()}, max_payload=10**9)
    c = open_container(opened.payload)
    b_staff = json.loads(c.read("data/staff.jsonl", c.members["data/staff.jsonl"].file_size, Limits()).split(b"\n")[0])
    c.close()
    parts = forge.parts()
    lines = parts.members["data/staff.jsonl"].split(b"\n")
    record = json.loads(lines[0])
    record["uid"] = b_staff["uid"]
    lines[0] = dumps(record)
    body = [line for line in lines if line]
    body.sort(key=lambda line: json.loads(line)["uid"])
    parts.members["data/staff.jsonl"] = b"\n".join(body) + b"\n"
    refused(forge, forge.pack(parts), expect="thuộc đơn vị")


def _b_record(forge: Forge, kind: str) -> dict:  # type: ignore[type-arg]
    """The first record of ``kind`` in the bundle of B the province already imported."""
    opened = open_envelope(forge.applied, {demo_province_keys().key_id: demo_province_keys()}, max_payload=10**9)
    c = open_container(opened.payload)
    name = f"data/{kind}.jsonl"
    record = json.loads(c.read(name, c.members[name].file_size, Limits()).split(b"\n")[0])
    c.close()
    return record  # type: ignore[no-any-return]


def test_a_commune_claiming_to_own_the_provinces_course(forge: Forge) -> None:
    """A's own course sent under the uid of one of the province's courses: the province owns that row."""
    parts = forge.parts()
    _edit_first_record(
        parts, "data/course.jsonl", lambda r: r.__setitem__("uid", catalogue_uid("31", "course", "QLNN-CV"))
    )
    refused(forge, forge.pack(parts), expect="thuộc đơn vị 31")


def test_a_commune_sending_the_provinces_course_as_the_province(forge: Forge) -> None:
    parts = forge.parts()
    _edit_first_record(parts, "data/course.jsonl", lambda r: r.__setitem__("owner", "31"))
    refused(forge, forge.pack(parts), expect="của một đơn vị khác (31)")


def test_a_nomination_to_another_communes_class(forge: Forge) -> None:
    """A's nomination naming B's own course and class (which the province holds from B's bundle)."""
    b_class = _b_record(forge, "training_class")

    def elsewhere(record: dict) -> None:  # type: ignore[type-arg]
        record["data"]["class_uid"] = b_class["uid"]
        record["data"]["course_uid"] = b_class["data"]["course_uid"]

    parts = forge.parts()
    _edit_first_record(parts, "data/nomination.jsonl", elsewhere)
    refused(forge, forge.pack(parts), expect=f"bản ghi của đơn vị khác ({COMMUNE_B})")


def test_a_nomination_with_an_unknown_status(forge: Forge) -> None:
    parts = forge.parts()
    _edit_first_record(parts, "data/nomination.jsonl", lambda r: r["data"].__setitem__("status", "graduated"))
    refused(forge, forge.pack(parts), expect="không có trong danh mục")


def test_tampered_content_hash(forge: Forge) -> None:
    parts = forge.parts()
    _edit_first_record(
        parts, "data/staff.jsonl", lambda r: r["data"].__setitem__("full_name", "Kẻ Giả Mạo"), rehash=False
    )
    refused(forge, forge.pack(parts), expect="mã băm nội dung")


def test_lying_record_count(forge: Forge) -> None:
    parts = forge.parts()
    for m in parts.manifest["members"]:
        if m["kind"] == "staff":
            m["records"] += 1
    refused(forge, forge.pack(parts), expect="bản kê khai ghi")


@pytest.mark.parametrize(
    ("payload", "expect"),
    [(b"\xff\xfe{", "UTF-8"), (b'{"uid":"\x00"}', "NUL"), (b'{"a":"\\u0000"}', "NUL"), (b"[1,2", "JSON")],
)
def test_bad_bytes_in_a_record(forge: Forge, payload: bytes, expect: str) -> None:
    parts = forge.parts()
    lines = parts.members["data/department.jsonl"].split(b"\n")
    lines[0] = payload
    parts.members["data/department.jsonl"] = b"\n".join(lines)
    refused(forge, forge.pack(parts), expect=expect)


def _entry(name: str, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = mode << 16
    return info


@pytest.mark.parametrize(
    ("name", "expect"),
    [
        ("../evil.jsonl", "ra ngoài"),
        ("data/../../evil.jsonl", "ra ngoài"),
        ("/etc/passwd", "tuyệt đối"),
        ("C:\\Windows\\evil.jsonl", "tuyệt đối"),
        ("\\evil.jsonl", "tuyệt đối"),
        ("data\\evil.jsonl", "“\\”"),
        ("data/Staff.jsonl", "lạ"),
        ("data/ștaff.jsonl", "lạ"),
        ("data/extra.jsonl", "không có trong bản kê khai"),
        ("manifest.json", "trùng tên"),
        ("data/staff.jsonl", "trùng tên"),
    ],
)
def test_zip_slip_and_foreign_members(forge: Forge, name: str, expect: str) -> None:
    data = forge.pack(forge.parts(), extra=[(_entry(name), b"{}\n")])
    refused(forge, data, expect=expect)


def test_symlink_member(forge: Forge) -> None:
    parts = forge.parts()
    data = forge.pack(parts, extra=[(_entry("data/link.jsonl", stat.S_IFLNK | 0o777), b"/etc/passwd")])
    refused(forge, data, expect="liên kết")


def test_zip_bomb(forge: Forge) -> None:
    info = _entry("data/bomb.jsonl")
    info.compress_type = zipfile.ZIP_DEFLATED
    data = forge.pack(forge.parts(), extra=[(info, b"\n" * (30 * 1024 * 1024))])
    refused(forge, data, expect="bom zip")


def test_unregistered_commune(forge: Forge) -> None:
    parts = forge.parts()
    parts.manifest["origin"]["unit"]["code"] = "99999"
    for name, body in list(parts.members.items()):
        parts.members[name] = body.replace(f'"owner":"{COMMUNE_A}"'.encode(), b'"owner":"99999"')
        lines = [json.loads(line) for line in parts.members[name].split(b"\n") if line]
        from app.sync.wire import content_hash

        parts.members[name] = b"".join(dumps(dict(r, h=content_hash(r["data"], r["deleted"]))) + b"\n" for r in lines)
    refused(forge, forge.pack(parts), expect="chưa được đăng ký")


def test_not_a_bundle_at_all(forge: Forge) -> None:
    refused(forge, b"PK\x03\x04 this is not a bundle", expect="không phải tệp đồng bộ")
    refused(forge, b"", "empty.bdsync", expect="không phải tệp đồng bộ")


def test_many_files_at_once_each_judged_alone(forge: Forge, tmp_path: Path) -> None:
    """A batch with good and bad files: the bad ones change nothing, the good one is applied."""
    copy = tmp_path / "p.sqlite"
    shutil.copy(forge.province_path, copy)
    files = []
    for name, data in [("good.bdsync", forge.valid), ("bad.bdsync", forge.valid[:-5]), ("again.bdsync", forge.applied)]:
        (tmp_path / name).write_bytes(data)
        files.append(tmp_path / name)
    ws = open_workspace(copy)
    try:
        outcomes = import_files(ws.db, files)
    finally:
        ws.close()
    assert [o.status for o in outcomes] == [APPLIED, REFUSED, ALREADY]


def test_refused_files_are_kept_with_a_receipt(forge: Forge) -> None:
    refused(forge, forge.valid[:100], "kept.bdsync")
    ws = open_workspace(forge.province_path)
    try:
        from app.sync.status import bundle_log

        with ws.db.reading() as s:
            entries = bundle_log(s)
            from app.sync.archive import archive_dir

            folder = archive_dir(s)
    finally:
        ws.close()
    assert any(e.result == REFUSED and e.file_name == "kept.bdsync" for e in entries)
    assert (folder / "received" / f"{sha256_hex(forge.valid[:100])}.bdsync").read_bytes() == forge.valid[:100]
