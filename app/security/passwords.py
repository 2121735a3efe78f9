"""Password and recovery-code hashing with scrypt (memory-hard, in the standard library).

Stored as ``scrypt$N$r$p$salt$hash`` (base64), so the cost can be raised later without breaking old
hashes: ``needs_rehash`` tells when a stored hash is weaker than today's parameters."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

# 2**15 * 8 * 128 bytes = 32 MiB of memory per guess; ~0.1 s on an office PC.
N, R, P = 2**15, 8, 1
DKLEN = 32
_MAXMEM = 128 * R * (N + 2) * 2
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kdf(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    maxmem = max(_MAXMEM, 128 * r * (n + 2) * 2)
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=DKLEN, maxmem=maxmem)


def hash_secret(secret: str) -> str:
    salt = secrets.token_bytes(16)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(_kdf(secret, salt, N, R, P))}"


def verify_secret(secret: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _kdf(secret, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 6 or parts[0] != "scrypt" or (int(parts[1]), int(parts[2]), int(parts[3])) < (N, R, P)


_dummy: list[str] = []


def burn_time(secret: str) -> None:
    """Spend the time of one verification, so an unknown user name answers as slowly as a known one."""
    if not _dummy:
        _dummy.append(hash_secret("không có tài khoản này"))
    verify_secret(secret, _dummy[0])


def new_recovery_code() -> str:
    """Twenty characters in four groups, easy to read aloud and to type: "K7QX-M2PA-…"."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(20))
    return "-".join(chars[i : i + 5] for i in range(0, 20, 5))


def normalise_recovery_code(code: str) -> str:
    cleaned = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(cleaned[i : i + 5] for i in range(0, len(cleaned), 5))
