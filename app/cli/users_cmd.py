"""boiduong users list / add / reset-password / unlock — needs the data file in hand, like every command."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.cli.context import CommandContext
from app.errors import UserError
from app.security import accounts
from app.security.permissions import ROLE_LABELS, Role


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("users", parents=[common], help="tài khoản đăng nhập (khi bật đăng nhập)")
    users_sub = p.add_subparsers(dest="users_command", metavar="LỆNH", required=True)
    lst = users_sub.add_parser("list", parents=[common], help="các tài khoản và vai trò")
    lst.add_argument("--json", action="store_true", help='in một đối tượng JSON {"users": [...], "sign_in_required"}')
    lst.set_defaults(handler=run_list)
    password = argparse.ArgumentParser(add_help=False)
    password.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu từ dòng đầu của đầu vào chuẩn")
    add = users_sub.add_parser("add", parents=[common, password], help="thêm tài khoản")
    add.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP")
    add.add_argument("--name", required=True, help="họ tên người dùng")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.EDITOR.value)
    add.set_defaults(handler=run_add)
    reset = users_sub.add_parser(
        "reset-password",
        parents=[common, password],
        help="đặt lại mật khẩu (kể cả quản trị quên mật khẩu); người dùng đổi lại khi đăng nhập",
    )
    reset.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP")
    reset.set_defaults(handler=run_reset)
    unlock = users_sub.add_parser("unlock", parents=[common], help="mở khóa tài khoản bị tạm khóa")
    unlock.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP")
    unlock.set_defaults(handler=run_unlock)


def _read_password(ctx: CommandContext) -> str:
    if ctx.args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UserError("Hãy nhập mật khẩu tại bàn phím, hoặc dùng --password-stdin.")
    first = getpass.getpass("Mật khẩu mới: ")
    if getpass.getpass("Nhập lại: ") != first:
        raise UserError("Hai lần nhập mật khẩu không giống nhau.")
    return first


def run_list(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    with ws.db.reading() as s:
        users = accounts.list_users(s)
        required = accounts.sign_in_required(s)
    if ctx.args.json:
        ctx.print_json(
            {
                "sign_in_required": required,
                "users": [
                    {
                        "username": u.username,
                        "display_name": u.display_name,
                        "role": u.role.value,
                        "active": u.active,
                        "locked": u.locked(),
                        "last_sign_in_at": u.last_sign_in_at.isoformat() if u.last_sign_in_at else None,
                    }
                    for u in users
                ],
            }
        )
        return 0
    ctx.print("Đăng nhập: " + ("bắt buộc" if required else "không bắt buộc (tắt)"))
    for u in users:
        state = "" if u.active else " [ngừng hoạt động]"
        state += " [tạm khóa]" if u.locked() else ""
        ctx.print(f"  {u.username:<20} {u.display_name:<30} {ROLE_LABELS[u.role]}{state}")
    if not users:
        ctx.print("  (chưa có tài khoản nào)")
    return 0


def run_add(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    password = _read_password(ctx)
    with ws.db.transaction() as s:
        user = accounts.create_user(s, ctx.args.username, ctx.args.name, Role(ctx.args.role), password)
    ctx.print(f"Đã thêm tài khoản {user.username} ({user.role_label}).")
    return 0


def run_reset(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    password = _read_password(ctx)
    with ws.db.transaction() as s:
        accounts.reset_password_with_file_access(s, ctx.args.username, password)
    ctx.print(
        f"Đã đặt lại mật khẩu của {accounts.normalise_username(ctx.args.username)}; "
        "tài khoản được mở khóa và phải đổi mật khẩu ở lần đăng nhập tới."
    )
    return 0


def run_unlock(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    with ws.db.transaction() as s:
        accounts.unlock(s, ctx.args.username)
    ctx.print(f"Đã mở khóa {accounts.normalise_username(ctx.args.username)}.")
    return 0
