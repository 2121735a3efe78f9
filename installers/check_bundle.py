"""The installer check (``make installer-check``): run the built app as a clerk's PC would.

1. ``boiduong --db DEMO demo`` and ``boiduong --db DEMO check`` with the bundled executable;
2. the GUI offscreen on that database, quitting by itself once the main window is up
   (BOIDUONG_EXIT_AFTER_START_MS), which prints how long the window took;
3. the bundle's size.
Everything runs in a temporary data folder, so the user's own data is never touched."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def run(cmd: list[str], env: dict[str, str], timeout: int = 300) -> tuple[str, float]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        print(f"FAILED ({proc.returncode}): {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}", file=sys.stderr)
        raise SystemExit(1)
    return proc.stdout.strip(), elapsed


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "boiduong"
    exe = bundle / ("boiduong.exe" if sys.platform == "win32" else "boiduong")
    if not exe.is_file():
        print(f"no built app at {exe}: run `make installer` first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="boiduong-check-") as tmp:
        env = {**os.environ, "BOIDUONG_DATA_DIR": tmp, "QT_QPA_PLATFORM": "offscreen"}
        db = str(Path(tmp) / "demo.sqlite")
        out, t_demo = run([str(exe), "--db", db, "demo"], env)
        print(f"demo:   {out} ({t_demo:.1f} s)")
        out, t_check = run([str(exe), "--db", db, "check"], env)
        print(f"check:  {out} ({t_check:.1f} s)")
        out, t_version = run([str(exe), "--version"], env)
        print(f"cli:    {out}, started and exited in {t_version:.2f} s")
        linger = 1.5  # the app quits this long after its window is up
        gui_env = {**env, "BOIDUONG_EXIT_AFTER_START_MS": str(int(linger * 1000))}
        out, t_gui = run([str(exe), "--db", db], gui_env)
        if "main window: shown" not in out:
            print(f"FAILED: the main window did not come up: {out}", file=sys.stderr)
            return 1
        print(f"gui:    {out}; from launch to window ≈ {t_gui - linger:.1f} s")
        backups = list((Path(tmp) / "backups").glob("demo-*-daily.sqlite"))
        if not backups:
            print("FAILED: no daily backup was taken at start", file=sys.stderr)
            return 1
        print(f"backup: daily backup taken at start ({backups[0].name})")
    print(f"size:   {folder_size(bundle) / 1_048_576:.0f} MB in {sum(1 for _ in bundle.rglob('*'))} files ({bundle})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
