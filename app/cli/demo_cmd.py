"""boiduong demo"""

from __future__ import annotations

import argparse
import sys

from app.cli.context import CommandContext
from app.demo import generate_demo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="tạo dữ liệu mẫu (một xã hoặc cả tỉnh)")
    p.add_argument(
        "--size",
        choices=("commune", "province"),
        default="commune",
        help="commune: một xã (mặc định); province: tỉnh với ≥ 100 xã, ≥ 15.000 người",
    )
    p.add_argument("--seed", type=int, default=2026, help="hạt giống ngẫu nhiên (cùng hạt giống, cùng dữ liệu)")
    p.add_argument("--communes", type=int, default=120, help=argparse.SUPPRESS)
    p.set_defaults(handler=run_demo)


def run_demo(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()

    def progress(done: int, total: int, name: str) -> bool:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} {name:<40}", end="", file=sys.stderr)
        return True

    report = generate_demo(ws.db, size=a.size, seed=a.seed, communes=a.communes, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    ctx.print(
        f"Đã tạo dữ liệu mẫu cho đơn vị {report.unit_code}: {report.people} người"
        + (f", {report.communes} xã" if a.size == "province" else "")
        + f" — {ws.path}"
    )
    return 0
