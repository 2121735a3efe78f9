from __future__ import annotations

import pytest

from app.security import passwords


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at 1/32 of the real cost: the tests check the logic, test_passwords checks the real cost."""
    monkeypatch.setattr(passwords, "N", 2**10)
