"""Run Python's cyclic garbage collector on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. If that is a
worker thread (ui/tasks.py) and the garbage holds Qt wrappers made on the GUI thread — a closed window,
a rebuilt page — Qt objects get destroyed from the wrong thread and the process crashes. Anki and
calibre hit the same thing; the cure is theirs: switch automatic collection off and collect on the GUI
thread from a timer (reference counting still frees everything that is not in a cycle at once)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 10_000
_timer: QTimer | None = None


def install(app: QCoreApplication) -> None:
    """Idempotent: disable automatic collection and collect every INTERVAL_MS on the GUI thread."""
    global _timer
    gc.disable()
    if _timer is not None:
        return
    gc.collect()
    gc.freeze()  # what start-up loaded lives as long as the app: keep it out of every later collection
    _timer = QTimer(app)
    _timer.setObjectName("gcTimer")
    _timer.timeout.connect(collect)
    _timer.start(INTERVAL_MS)

    def _stop(_obj: QObject | None = None) -> None:
        global _timer
        _timer = None

    app.destroyed.connect(_stop)


def collect() -> int:
    return gc.collect()
