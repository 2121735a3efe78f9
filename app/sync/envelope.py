"""The outer layer of a bundle file: the signed zip, encrypted to the recipient's X25519 key.

The construction is age's (age-encryption.org/v1) with the `cryptography` package's primitives only:
an ephemeral X25519 key agreement with the recipient's key, HKDF-SHA256 to derive a ChaCha20-Poly1305
key, and the STREAM construction — the payload cut into 64 KiB chunks, each sealed with a nonce made
of an 11-byte chunk counter and a last-chunk flag, and with the whole header as associated data. A file
cut at any point, a flipped byte anywhere, a swapped header or reordered chunks fail authentication.

Layout::

    "BDSYNC"  version (1 byte)  mode (1 byte)
    mode 1 (encrypted): recipient key id (16 bytes) | ephemeral public key (32) | salt (16) | chunks…
    mode 0 (plain):     the zip itself — only for a province's set-up bundle, which the commune reads
                        before it has keys; it holds no personal data and is signed like any bundle.

Encryption proves nothing about the sender: the Ed25519 signature inside does (app.sync.manifest)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.sync.keys import OwnKeys, PublicKeys

MAGIC = b"BDSYNC"
VERSION = 1
MODE_PLAIN = 0
MODE_ENCRYPTED = 1
CHUNK = 64 * 1024
TAG = 16
_PREFIX = len(MAGIC) + 2
_ENC_HEADER = _PREFIX + 16 + 32 + 16
_INFO = b"boiduong-bundle-v1"


class EnvelopeError(Exception):
    """The file cannot be opened; the message is Vietnamese, for the user."""


@dataclass(frozen=True)
class Opened:
    payload: bytes
    encrypted: bool
    recipient_key_id: str | None


def _derive(shared: bytes, salt: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO + ephemeral + recipient)
    return hkdf.derive(shared)


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def seal(payload: bytes, recipient: PublicKeys) -> bytes:
    """Encrypt ``payload`` to the recipient's X25519 key."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    salt = os.urandom(16)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.enc))
    aead = ChaCha20Poly1305(_derive(shared, salt, eph_public, recipient.enc))
    header = MAGIC + bytes([VERSION, MODE_ENCRYPTED]) + bytes.fromhex(recipient.key_id[:32]) + eph_public + salt
    out = [header]
    chunks = [payload[i : i + CHUNK] for i in range(0, len(payload), CHUNK)] or [b""]
    for index, chunk in enumerate(chunks):
        out.append(aead.encrypt(_nonce(index, index == len(chunks) - 1), chunk, header))
    return b"".join(out)


def plain(payload: bytes) -> bytes:
    return MAGIC + bytes([VERSION, MODE_PLAIN]) + payload


def peek(data: bytes) -> tuple[int, str | None]:
    """(mode, recipient key id) without opening; refuses what is not a bundle at all."""
    if len(data) < _PREFIX or not data.startswith(MAGIC):
        raise EnvelopeError("Tệp không phải tệp đồng bộ của ứng dụng Bồi dưỡng.")
    version, mode = data[len(MAGIC)], data[len(MAGIC) + 1]
    if version > VERSION:
        raise EnvelopeError("Tệp được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng rồi nhận lại tệp.")
    if version != VERSION or mode not in (MODE_PLAIN, MODE_ENCRYPTED):
        raise EnvelopeError("Tệp đồng bộ bị hỏng (phần đầu tệp không hợp lệ).")
    if mode == MODE_PLAIN:
        return mode, None
    if len(data) < _ENC_HEADER + TAG:
        raise EnvelopeError("Tệp đồng bộ bị cắt cụt (thiếu phần cuối).")
    return mode, data[_PREFIX : _PREFIX + 16].hex()


def open_envelope(data: bytes, keys: dict[str, OwnKeys], *, max_payload: int) -> Opened:
    """Decrypt with whichever of this install's keys the file is addressed to."""
    mode, key_id = peek(data)
    if mode == MODE_PLAIN:
        return Opened(data[_PREFIX:], False, None)
    assert key_id is not None
    own = next((k for kid, k in keys.items() if kid[:32] == key_id), None)
    if own is None:
        raise EnvelopeError(
            "Tệp này được mã hóa cho một đơn vị khác (không phải khóa của bản cài đặt này), nên không mở được."
        )
    header = data[:_ENC_HEADER]
    eph_public = data[_PREFIX + 16 : _PREFIX + 48]
    salt = data[_PREFIX + 48 : _ENC_HEADER]
    try:
        shared = own.decryptor.exchange(X25519PublicKey.from_public_bytes(eph_public))
    except ValueError as exc:
        raise EnvelopeError("Tệp đồng bộ bị hỏng hoặc đã bị sửa (khóa tạm không hợp lệ).") from exc
    aead = ChaCha20Poly1305(_derive(shared, salt, eph_public, own.public.enc))
    body = memoryview(data)[_ENC_HEADER:]
    out = bytearray()
    position, index = 0, 0
    step = CHUNK + TAG
    while True:
        chunk = bytes(body[position : position + step])
        position += len(chunk)
        last = position >= len(body)
        try:
            out += aead.decrypt(_nonce(index, last), chunk, header)
        except (InvalidTag, ValueError) as exc:
            raise EnvelopeError(
                "Tệp đồng bộ bị hỏng, bị cắt cụt hoặc đã bị sửa (kiểm tra mã hóa không khớp). "
                "Hãy xin đơn vị gửi lại tệp."
            ) from exc
        if len(out) > max_payload:
            raise EnvelopeError("Tệp đồng bộ lớn bất thường; không mở.")
        if last:
            return Opened(bytes(out), True, key_id)
        index += 1
