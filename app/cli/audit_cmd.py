"""boiduong audit list / audit export"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.audit import ACTION_LABELS, AuditFilter, entry_json, export_entries, list_entries, summary
from app.cli.context import CommandContext
from app.dates import DateParseError, parse_date
from app.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common], help="nhật ký thay đổi (ai, khi nào, sửa gì)")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="LỆNH", required=True)
    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument("--user", help="chỉ thay đổi của người này (tên đăng nhập)")
    filters.add_argument("--entity", help="chỉ loại dữ liệu này (tên bảng: staff, qualification…)")
    filters.add_argument("--action", choices=sorted(ACTION_LABELS), help="chỉ thao tác này")
    filters.add_argument("--uid", help="chỉ lịch sử của một bản ghi (mã định danh)")
    filters.add_argument("--search", default="", help="tìm theo tên bản ghi, người thực hiện (không phân biệt dấu)")
    filters.add_argument("--from", dest="date_from", metavar="NGÀY", help="từ ngày (dd/mm/yyyy)")
    filters.add_argument("--to", dest="date_to", metavar="NGÀY", help="đến ngày (dd/mm/yyyy)")
    filters.add_argument(
        "--full", action="store_true", help="không che CCCD, ngày sinh, điện thoại trong giá trị trước/sau"
    )
    lst = audit_sub.add_parser("list", parents=[common, filters], help="liệt kê, mới nhất trước")
    lst.add_argument("--limit", type=int, default=200, help="số dòng tối đa (mặc định 200; 0: tất cả)")
    lst.add_argument("--json", action="store_true", help='in một đối tượng JSON {"entries": [...]}')
    lst.set_defaults(handler=run_list)
    exp = audit_sub.add_parser("export", parents=[common, filters], help="xuất ra tệp .xlsx hoặc .csv")
    exp.add_argument("out", metavar="OUT", help="tệp cần ghi (.xlsx hoặc .csv)")
    exp.set_defaults(handler=run_export)


def _day(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except DateParseError as exc:
        raise UserError(f"{what}: {exc}") from exc


def _criteria(ctx: CommandContext, limit: int | None) -> AuditFilter:
    a = ctx.args
    return AuditFilter(
        search=a.search,
        user=a.user,
        entity=a.entity,
        action=a.action,
        entity_uid=a.uid,
        date_from=_day(a.date_from, "Ngày bắt đầu"),
        date_to=_day(a.date_to, "Ngày kết thúc"),
        limit=limit or None,
    )


def run_list(ctx: CommandContext) -> int:
    a = ctx.args
    if a.limit < 0:
        raise UserError("--limit phải là số không âm.")
    ws = ctx.workspace()
    with ws.db.reading() as s:
        rows = list_entries(s, _criteria(ctx, a.limit))
    mask = not a.full
    if a.json:
        ctx.print_json({"entries": [entry_json(r, mask=mask) for r in rows]})
        return 0
    for r in rows:
        ctx.print(f"{r.when}  {r.who:<16} {r.action_label:<16} {r.entity_label:<20} {r.label}")
        text = summary(r, mask=mask)
        if text:
            ctx.print(f"{'':>21}{text}")
    ctx.print(f"{len(rows)} mục")
    return 0


def run_export(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    out = Path(ctx.args.out)
    with ws.db.reading() as s:
        rows = list_entries(s, _criteria(ctx, None))
        lines = export_entries(s, rows, out, full_personal_data=ctx.args.full)
    ctx.print(f"Đã xuất {len(rows)} mục ({lines} dòng) vào {out}")
    return 0
