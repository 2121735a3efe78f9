"""``make bench``: run every bench_*.py module and print its figures (ratios against raw baselines)."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import tempfile
import traceback
from pathlib import Path

from tests.benchmarks.harness import BenchContext


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = set(argv)
    package = Path(__file__).parent
    with tempfile.TemporaryDirectory(prefix="boiduong-bench-") as tmp:
        os.environ["BOIDUONG_DATA_DIR"] = str(Path(tmp) / "data")
        ctx = BenchContext(Path(tmp))
        broken: list[str] = []
        for info in sorted(pkgutil.iter_modules([str(package)]), key=lambda m: m.name):
            if not info.name.startswith("bench_") or (wanted and info.name not in wanted):
                continue
            print(f"\n== {info.name}", flush=True)
            try:  # one broken bench must not hide the others' figures
                module = importlib.import_module(f"tests.benchmarks.{info.name}")
                module.run(ctx)
            except Exception:
                traceback.print_exc()
                broken.append(info.name)
    print("\n(ratios are against the raw baseline measured in the same run; nothing here fails on time)")
    if broken:
        print(f"broken (not a matter of time): {', '.join(broken)}", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
