"""Timing helpers and the shared province-size data set."""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.demo import generate_demo
from app.workspace import open_workspace


def best_of(fn: Callable[[], Any], repeat: int = 5) -> float:
    """Best wall time in seconds (the least disturbed run)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median_of(samples: list[float]) -> float:
    return statistics.median(samples)


@dataclass
class BenchContext:
    workdir: Path
    lines: list[str] = field(default_factory=list)
    _province: Path | None = None

    def province_db(self) -> Path:
        """A province install with ≥ 100 communes and ≥ 15,000 people, built once per run."""
        if self._province is None:
            path = self.workdir / "province.sqlite"
            ws = open_workspace(path)
            start = time.perf_counter()
            report = generate_demo(ws.db, size="province", seed=1)
            ws.close()
            self.report(
                "demo data: province",
                time.perf_counter() - start,
                None,
                f"{report.communes} communes, {report.people} people",
            )
            self._province = path
        return self._province

    def copy_of_province(self, name: str) -> Path:
        dest = self.workdir / name
        shutil.copy(self.province_db(), dest)
        return dest

    def report(self, what: str, seconds: float, baseline: float | None, note: str = "") -> None:
        ratio = f"{seconds / baseline:7.2f}×" if baseline else "        "
        line = f"{what:<58} {seconds * 1000:10.1f} ms {ratio}  {note}"
        self.lines.append(line)
        print(line, flush=True)
