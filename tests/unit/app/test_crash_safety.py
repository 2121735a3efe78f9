"""Pulling the plug in the middle of a write: a process doing a long write is killed with SIGKILL at many
points; afterwards the database passes ``check`` and holds either the whole change or none of it."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.backup import check_database

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]
ROOT = Path(__file__).resolve().parents[3]
KILL_POINTS = 8


def fingerprint(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        counts["edited"] = conn.execute("SELECT count(*) FROM staff WHERE notes LIKE 'đã sửa%'").fetchone()[0]
        counts["sequence"] = (conn.execute("SELECT max(value) FROM sync_counter").fetchone()[0]) or 0
    finally:
        conn.close()
    return counts


def spawn(path: Path, scenario: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.unit.app.crash_worker", str(path), scenario],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def ready(proc: subprocess.Popen[str]) -> subprocess.Popen[str]:
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def go(proc: subprocess.Popen[str]) -> float:
    assert proc.stdin is not None
    proc.stdin.write("go\n")
    proc.stdin.close()
    return time.perf_counter()


def run_to_end(paths: list[Path], scenario: str) -> float:
    """Run the work to its end in each copy, side by side as the kills will, and time it."""
    procs = [ready(p) for p in [spawn(path, scenario) for path in paths]]
    began = [go(proc) for proc in procs]
    ended = []
    for proc in procs:
        assert finish(proc) == 0
        ended.append(time.perf_counter())
    return max(e - b for e, b in zip(ended, began, strict=True))


def finish(proc: subprocess.Popen[str]) -> int:
    code = proc.wait(timeout=120)
    assert proc.stdout is not None
    proc.stdout.read()
    proc.stdout.close()
    return code


@pytest.mark.parametrize("scenario", ["bulk", "demo"])
def test_killed_at_many_points_leaves_all_or_nothing(scenario: str, template_db: Path, tmp_path: Path) -> None:
    before = tmp_path / "before.sqlite"
    shutil.copy(template_db, before)
    initial = fingerprint(before)
    references = [tmp_path / "reference-1.sqlite", tmp_path / "reference-2.sqlite"]
    for reference in references:
        shutil.copy(before, reference)
    duration = run_to_end(references, scenario)
    final = fingerprint(references[0])
    assert final == fingerprint(references[1])  # the work is deterministic: "all" has one meaning
    assert final != initial and final["staff"] > 250

    outcomes: list[str] = []
    delays = [duration * 1.2 * i / (KILL_POINTS - 1) for i in range(KILL_POINTS)]
    for pair in range(0, KILL_POINTS, 2):  # two at a time: the machine has two cores
        running = []
        for delay in delays[pair : pair + 2]:
            path = tmp_path / f"kill-{delay:.3f}.sqlite"
            shutil.copy(before, path)
            running.append((delay, path, spawn(path, scenario)))
        running = [(d, p, ready(proc)) for d, p, proc in running]  # both started at once, both now ready
        began = {id(proc): go(proc) for _d, _p, proc in running}  # both are ready: start the work together
        for delay, path, proc in running:
            time.sleep(max(0.0, delay - (time.perf_counter() - began[id(proc)])))
            proc.send_signal(signal.SIGKILL)
            finish(proc)
            report = check_database(path)
            assert report.ok, (delay, report.problems)
            state = fingerprint(path)
            assert state in (initial, final), f"partial write after a kill at {delay:.2f}s: {state}"
            outcomes.append("all" if state == final else "none")
    # the kills really landed on both sides of the commit, and in the middle of the work
    assert "none" in outcomes and "all" in outcomes, outcomes
