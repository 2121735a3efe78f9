"""Argument parsing and dispatch. Exit status: 0 success, 1 bad input (a message, never a
traceback), 2 bad usage (argparse)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from app import __version__
from app.cli import (
    audit_cmd,
    bundle_cmd,
    classes_cmd,
    classification_cmd,
    courses_cmd,
    decision_cmd,
    demo_cmd,
    evaluations_cmd,
    excel_cmd,
    maintenance_cmd,
    report_cmd,
    schedule_cmd,
    staff_cmd,
    targets_cmd,
    unit_cmd,
    users_cmd,
)
from app.cli.context import CommandContext
from app.cli.parser import VERSION_TEXT, Parser
from app.errors import UserError
from db.database import DatabaseError

log = logging.getLogger("boiduong.cli")

Handler = Callable[[CommandContext], int]
REGISTRARS = [
    demo_cmd.register,
    unit_cmd.register,
    staff_cmd.register,
    excel_cmd.register,  # adds import/export to the staff parser: after staff_cmd
    schedule_cmd.register,
    courses_cmd.register,
    classes_cmd.register,  # adds the stored schedule's commands to the schedule parser: after schedule_cmd
    decision_cmd.register,
    maintenance_cmd.register,
    audit_cmd.register,
    users_cmd.register,
    targets_cmd.register,
    classification_cmd.register,
    evaluations_cmd.register,
    report_cmd.register,
    bundle_cmd.register,
]


def build_parser() -> argparse.ArgumentParser:
    # --db is accepted before or after the command: "boiduong --db X staff list" and "boiduong staff list --db X"
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="tệp cơ sở dữ liệu SQLite (mặc định: trong thư mục dữ liệu người dùng)",
    )
    parser = Parser(
        prog="boiduong",
        description="Bồi dưỡng — quản lý đào tạo, bồi dưỡng cán bộ, công chức cấp xã. Không có lệnh: mở giao diện.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"boiduong {__version__}", help=VERSION_TEXT)
    sub: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        dest="command", metavar="LỆNH", parser_class=Parser
    )
    for register in REGISTRARS:
        register(sub, db_option)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    ctx = CommandContext(args)
    try:
        return handler(ctx)
    except (UserError, DatabaseError) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        ctx.close()


def main(argv: Sequence[str] | None = None) -> int:
    from app.logging_setup import setup_logging

    setup_logging()
    return run(argv)
