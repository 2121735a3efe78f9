"""Pausing Python's automatic cyclic garbage collection during a burst of allocations.

Reading, checking and writing ten thousand rows creates millions of small objects; every time the
allocation count crosses a threshold the collector walks the objects alive, and the oldest
generation's walks grow with the data — about a third of a large import went to them. Reference
counting still frees at once everything that is not in a cycle; the few cycles wait for the next
collection after the pause.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collection inside the block. The collector is switched back on afterwards only if
    it was on before: the GUI keeps it off and collects on its own thread (ui/gc_guard.py)."""
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


__all__ = ["collector_paused"]
