"""The network guard itself: any socket opened during a test is refused and fails the test."""

from __future__ import annotations

import contextlib
import re
import socket
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import NetworkBlocked

ROOT = Path(__file__).resolve().parents[2]


def test_opening_a_socket_is_refused(_no_network: list[str]) -> None:
    with pytest.raises(NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with pytest.raises(NetworkBlocked):
        urllib.request.urlopen("http://127.0.0.1:9/", timeout=0.1)
    assert len(_no_network) >= 3
    _no_network.clear()  # expected here; anywhere else the fixture fails the test


def test_even_a_swallowed_attempt_is_recorded(_no_network: list[str]) -> None:
    with contextlib.suppress(Exception):  # code that hides the error is still caught by the fixture
        socket.getaddrinfo("localhost", 80)
    assert _no_network and "getaddrinfo" in _no_network[0]
    _no_network.clear()


def test_no_module_imports_network_libraries() -> None:
    """Belt and braces: the app's own code names no networking module (Qt's included)."""
    pattern = re.compile(
        r"^\s*(from|import)\s+(socket|ssl|urllib|http|requests|httpx|smtplib|ftplib|asyncio|PySide6\.QtNetwork)\b",
        re.M,
    )
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("app", "db", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8")) or "QtNetwork" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
