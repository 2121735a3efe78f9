"""Guards against known defects of the Qt binding the app runs on."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.gui


class _Sender(QObject):
    fired = Signal(int)


def test_emitting_a_signal_keeps_python_refcounts_intact() -> None:
    """PySide6 6.12.0's emit() returned True without a reference: every emit lowered True's refcount by one
    until Python freed True itself and crashed (found with the Sync page; pyproject excludes 6.12.0)."""
    sender = _Sender()
    sender.fired.connect(lambda _n: None)
    before = sys.getrefcount(True)
    for n in range(200):
        sender.fired.emit(n)
    assert sys.getrefcount(True) >= before
