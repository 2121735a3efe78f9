"""boiduong backup / restore / check"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.backup import backup_to, check_database, restore_from
from app.cli.context import CommandContext
from app.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="sao lưu cơ sở dữ liệu ra một tệp")
    p.add_argument("out", metavar="OUT", help="tệp sao lưu cần ghi")
    p.set_defaults(handler=run_backup)
    p = sub.add_parser("restore", parents=[common], help="khôi phục cơ sở dữ liệu từ một bản sao lưu")
    p.add_argument("file", metavar="FILE", help="tệp sao lưu")
    p.add_argument(
        "--other-unit",
        action="store_true",
        help="cho phép khôi phục bản sao lưu của một đơn vị khác (thay cả mã đơn vị và khóa đồng bộ)",
    )
    p.set_defaults(handler=run_restore)
    p = sub.add_parser("check", parents=[common], help="kiểm tra tính toàn vẹn và phiên bản lược đồ")
    p.set_defaults(handler=run_check)


def run_backup(ctx: CommandContext) -> int:
    if not ctx.db_path.exists():
        raise UserError(f"Không tìm thấy cơ sở dữ liệu: {ctx.db_path}")
    ctx.workspace(create=False)  # opens (and if needed migrates) before copying
    ctx.close()
    dest = backup_to(ctx.db_path, Path(ctx.args.out))
    ctx.print(f"Đã sao lưu vào {dest}")
    return 0


def run_restore(ctx: CommandContext) -> int:
    source = Path(ctx.args.file)
    if not source.is_file():
        raise UserError(f"Không tìm thấy tệp sao lưu: {source}")
    if not ctx.db_path.parent.is_dir():
        raise UserError(f"Thư mục chứa cơ sở dữ liệu không tồn tại: {ctx.db_path.parent}")
    safety = restore_from(source, ctx.db_path, other_unit=ctx.args.other_unit)
    ctx.workspace(create=False)  # upgrades an older backup to the current schema
    ctx.print(
        f"Đã khôi phục {ctx.db_path} từ {source}." + (f" Dữ liệu trước đó được giữ tại {safety}." if safety else "")
    )
    return 0


def run_check(ctx: CommandContext) -> int:
    report = check_database(ctx.db_path)
    if report.ok:
        ctx.print(f"Cơ sở dữ liệu tốt: {report.path} (lược đồ {report.revision})")
        return 0
    ctx.print(f"Cơ sở dữ liệu có vấn đề: {report.path}")
    for problem in report.problems:
        ctx.print(f"- {problem}")
    return 1
