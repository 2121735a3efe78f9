from __future__ import annotations

import time

import pytest

from app.security import passwords


def test_real_cost_is_memory_hard_and_verifies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "N", 2**15)
    start = time.perf_counter()
    stored = passwords.hash_secret("mật khẩu dài")
    assert time.perf_counter() - start > 0.01  # a real KDF, not a fast hash
    scheme, n, r, p, _salt, _digest = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**15, 8, 1)
    assert int(n) * int(r) * 128 >= 32 * 1024 * 1024  # 32 MiB per guess
    assert passwords.verify_secret("mật khẩu dài", stored)
    assert not passwords.verify_secret("mật khẩu dai", stored)
    assert not passwords.needs_rehash(stored)


def test_same_password_gets_different_salts() -> None:
    a, b = passwords.hash_secret("abcdefgh"), passwords.hash_secret("abcdefgh")
    assert a != b and passwords.verify_secret("abcdefgh", a) and passwords.verify_secret("abcdefgh", b)


def test_garbage_hashes_never_verify() -> None:
    for stored in ("", "plain", "md5$x$y", "scrypt$1$2$3$!!$??", "scrypt$a$b$c$d$e"):
        assert not passwords.verify_secret("x", stored)


def test_weaker_hash_asks_for_rehash(monkeypatch: pytest.MonkeyPatch) -> None:
    weak = passwords.hash_secret("abcdefgh")  # N = 2**10 from the fixture
    monkeypatch.setattr(passwords, "N", 2**15)
    assert passwords.needs_rehash(weak)


def test_recovery_codes_are_readable_and_normalised() -> None:
    code = passwords.new_recovery_code()
    assert len(code) == 23 and code.count("-") == 3
    assert set(code.replace("-", "")) <= set(passwords.RECOVERY_ALPHABET)
    typed = code.lower().replace("-", " ")
    assert passwords.normalise_recovery_code(typed) == code
