"""The zip inside a bundle: written canonically, read as hostile until proven otherwise.

Writing: fixed member order (manifest.json, manifest.sig, then data/*.jsonl sorted), fixed timestamps and
attributes, deflate level 9 — the same content always gives the same bytes.

Reading never extracts anything to disk. It looks at the central directory first and refuses, before
decompressing a byte: names that are not exactly the ones a bundle may hold (absolute paths, ``..``,
backslashes, drive letters, NUL, non-ASCII), duplicate names and names that collide once case-folded or
NFC-normalised, links, directories and special files, encrypted members, unknown compression methods, too
many members, members or totals above the caps, and compression ratios of a zip bomb. Members are then
read with a byte cap, so a size the directory lies about is caught too (and zipfile checks each CRC)."""

from __future__ import annotations

import io
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA_NAME = re.compile(r"data/[a-z][a-z0-9_]{0,39}\.jsonl")
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


class ContainerError(Exception):
    """The zip is not an acceptable bundle; the message is Vietnamese."""


@dataclass(frozen=True)
class Limits:
    max_file: int = 256 * 1024 * 1024  # the bundle file as received
    max_payload: int = 512 * 1024 * 1024  # the decrypted zip
    max_members: int = 64
    max_member: int = 256 * 1024 * 1024  # one member, uncompressed
    max_total: int = 1024 * 1024 * 1024  # all members, uncompressed
    max_ratio: int = 100  # uncompressed / compressed, for members above 1 MiB
    max_manifest: int = 4 * 1024 * 1024
    max_line: int = 1024 * 1024  # one record
    max_records: int = 5_000_000


DEFAULT_LIMITS = Limits()


def write_container(manifest: bytes, signature: bytes, members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in [(MANIFEST, manifest), (SIGNATURE, signature), *sorted(members.items())]:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def _check_name(name: str) -> None:
    shown = name.encode("ascii", "backslashreplace").decode("ascii")[:80]
    if "\x00" in name:
        raise ContainerError(f"Tệp chứa thành phần có tên không hợp lệ (ký tự NUL): “{shown}”.")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise ContainerError(f"Tệp chứa thành phần có đường dẫn tuyệt đối: “{shown}” — tệp không an toàn.")
    if "\\" in name:
        raise ContainerError(f"Tệp chứa thành phần có dấu “\\” trong tên: “{shown}” — tệp không an toàn.")
    if ".." in name.split("/"):
        raise ContainerError(f"Tệp chứa thành phần trỏ ra ngoài thư mục (“..”): “{shown}” — tệp không an toàn.")
    if not name.isascii() or not (name in (MANIFEST, SIGNATURE) or DATA_NAME.fullmatch(name)):
        raise ContainerError(f"Tệp chứa thành phần lạ không thuộc một gói đồng bộ: “{shown}”.")


def _check_entry(info: zipfile.ZipInfo, limits: Limits) -> None:
    name = info.filename
    mode = info.external_attr >> 16
    if info.is_dir() or (mode and stat.S_ISDIR(mode)):
        raise ContainerError(f"Tệp chứa thư mục “{name}” — không hợp lệ.")
    if mode and stat.S_ISLNK(mode):
        raise ContainerError(f"Tệp chứa liên kết (symlink) “{name}” — tệp không an toàn.")
    if mode and not stat.S_ISREG(mode):
        raise ContainerError(f"Tệp chứa thành phần đặc biệt “{name}” — tệp không an toàn.")
    if info.flag_bits & 0x1:
        raise ContainerError(f"Thành phần “{name}” được mã hóa bằng mật khẩu zip — không hợp lệ.")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise ContainerError(f"Thành phần “{name}” dùng kiểu nén không được hỗ trợ.")
    if info.file_size > limits.max_member:
        raise ContainerError(f"Thành phần “{name}” quá lớn ({info.file_size} byte).")
    if info.file_size > 1024 * 1024 and info.file_size > limits.max_ratio * max(info.compress_size, 1):
        raise ContainerError(f"Thành phần “{name}” có tỷ lệ nén bất thường (nghi “bom zip”) — không mở.")


@dataclass(frozen=True)
class Container:
    manifest: bytes
    signature: bytes
    members: dict[str, zipfile.ZipInfo]
    _zip: zipfile.ZipFile

    def read(self, name: str, expected_size: int, limits: Limits) -> bytes:
        """A member's bytes, never more than it declares (a lying size is caught here)."""
        info = self.members[name]
        if info.file_size != expected_size:
            raise ContainerError(f"Kích thước thành phần “{name}” không khớp với bản kê khai.")
        return _read_capped(self._zip, info, expected_size)

    def close(self) -> None:
        self._zip.close()


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    out = bytearray()
    try:
        with zf.open(info) as f:
            while chunk := f.read(1024 * 1024):
                out += chunk
                if len(out) > cap:
                    raise ContainerError(f"Thành phần “{info.filename}” dài hơn kích thước khai báo — không mở.")
    except ContainerError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        raise ContainerError(f"Thành phần “{info.filename}” bị hỏng (không giải nén được).") from exc
    if len(out) != info.file_size:
        raise ContainerError(f"Thành phần “{info.filename}” bị hỏng (thiếu dữ liệu).")
    return bytes(out)


def open_container(payload: bytes, limits: Limits = DEFAULT_LIMITS) -> Container:
    if len(payload) > limits.max_payload:
        raise ContainerError("Gói dữ liệu quá lớn.")
    try:
        zf = zipfile.ZipFile(io.BytesIO(payload))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ContainerError("Nội dung tệp không phải một gói đồng bộ hợp lệ (không đọc được zip).") from exc
    try:
        infos = zf.infolist()
        if len(infos) > limits.max_members:
            raise ContainerError(f"Tệp có quá nhiều thành phần ({len(infos)}).")
        seen: dict[str, str] = {}
        total = 0
        members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            _check_name(info.filename)
            folded = unicodedata.normalize("NFC", info.filename).casefold()
            if folded in seen:
                raise ContainerError(f"Tệp có hai thành phần trùng tên “{info.filename}” — tệp không an toàn.")
            seen[folded] = info.filename
            _check_entry(info, limits)
            total += info.file_size
            if total > limits.max_total:
                raise ContainerError("Tổng dung lượng sau giải nén quá lớn (nghi “bom zip”) — không mở.")
            members[info.filename] = info
        for required in (MANIFEST, SIGNATURE):
            if required not in members:
                raise ContainerError(f"Tệp thiếu thành phần bắt buộc “{required}”.")
        if members[MANIFEST].file_size > limits.max_manifest:
            raise ContainerError("Bản kê khai (manifest.json) quá lớn.")
        manifest = _read_capped(zf, members.pop(MANIFEST), limits.max_manifest)
        signature = _read_capped(zf, members.pop(SIGNATURE), 1024)
    except BaseException:
        zf.close()
        raise
    return Container(manifest, signature, members, zf)
