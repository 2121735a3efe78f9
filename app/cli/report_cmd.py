"""boiduong report annual / needs / untrained / expiring"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.cli.context import CommandContext
from app.dates import DateParseError, parse_date
from app.errors import UserError
from app.reports.service import Listing, ReportsService
from app.reports.tables import cell_text


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except DateParseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common], help="báo cáo năm và các danh sách")
    own = p.add_subparsers(dest="report_command", metavar="LỆNH", required=True)
    annual = own.add_parser("annual", parents=[common], help="báo cáo kết quả đào tạo, bồi dưỡng năm (.xlsx hoặc .pdf)")
    annual.add_argument("--year", type=int, required=True, help="năm báo cáo")
    annual.add_argument("out", metavar="TỆP", help="tệp kết quả: .xlsx (mỗi biểu một trang tính) hoặc .pdf")
    annual.add_argument("--unit", metavar="MÃ", help="cấp tỉnh: chỉ số liệu của một xã (mặc định: toàn tỉnh)")
    annual.add_argument("--as-of", type=_date, metavar="NGÀY", help="ngày lập (dd/mm/yyyy), mặc định hôm nay")
    annual.set_defaults(handler=run_annual)

    needs = own.add_parser("needs", parents=[common], help="nhu cầu đào tạo, bồi dưỡng năm sau để đăng ký với tỉnh")
    needs.add_argument("--year", type=int, help="năm đăng ký (mặc định: năm sau)")
    needs.set_defaults(handler=run_needs)
    untrained = own.add_parser("untrained", parents=[common], help="người chưa được bồi dưỡng trong N năm gần đây")
    untrained.add_argument("--years", type=int, default=3, help="số năm (mặc định 3)")
    untrained.set_defaults(handler=run_untrained)
    expiring = own.add_parser("expiring", parents=[common], help="chứng chỉ đã hết hạn hoặc sắp hết hạn")
    expiring.add_argument("--within", type=int, default=90, metavar="NGÀY", help="trong số ngày tới (mặc định 90)")
    expiring.set_defaults(handler=run_expiring)
    for q in (needs, untrained, expiring):
        q.add_argument("out", metavar="TỆP", nargs="?", help="ghi ra tệp .xlsx (không có: in ra màn hình)")
        q.add_argument("--unit", metavar="MÃ", help="cấp tỉnh: chỉ một xã")
        q.add_argument("--json", action="store_true", help='in một đối tượng JSON {"tables": [...]}')
        q.add_argument("--as-of", type=_date, metavar="NGÀY", help="tính đến ngày (dd/mm/yyyy)")


def run_annual(ctx: CommandContext) -> int:
    a = ctx.args
    out = Path(a.out)
    service = ReportsService(ctx.workspace().db)
    service.write_annual(a.year, out, unit_code=a.unit, today=a.as_of)
    ctx.print(f"Đã ghi báo cáo năm {a.year}: {out}")
    return 0


def _listing(ctx: CommandContext, listing: Listing) -> int:
    a = ctx.args
    if a.out:
        out = Path(a.out)
        if out.suffix.lower() != ".xlsx":
            raise UserError(f"Tên tệp phải có đuôi .xlsx (nhận được “{out.name}”).")
        ReportsService(ctx.workspace().db).write_listing(listing, out)
        ctx.print(f"Đã ghi {listing.title.lower()}: {out}")
        return 0
    if a.json:
        ctx.print_json(
            {
                "title": listing.title,
                "tables": [
                    {
                        "title": t.heading,
                        "columns": [c.title for c in t.columns],
                        "rows": [list(r) for r in t.rows],
                        "total": list(t.total) if t.total else None,
                    }
                    for t in listing.tables
                ],
            }
        )
        return 0
    for t in listing.tables:
        ctx.print(t.heading)
        ctx.print("  " + " | ".join(c.title for c in t.columns))
        for r in (*t.rows, *((t.total,) if t.total else ())):
            ctx.print("  " + " | ".join(cell_text(v, c.kind) for v, c in zip(r, t.columns, strict=True)))
        if t.note:
            ctx.print(f"  ({t.note})")
    return 0


def run_needs(ctx: CommandContext) -> int:
    a = ctx.args
    today = a.as_of or date.today()
    service = ReportsService(ctx.workspace().db)
    return _listing(ctx, service.needs(a.year or today.year + 1, unit_code=a.unit, today=today))


def run_untrained(ctx: CommandContext) -> int:
    a = ctx.args
    service = ReportsService(ctx.workspace().db)
    return _listing(ctx, service.untrained(a.years, unit_code=a.unit, today=a.as_of))


def run_expiring(ctx: CommandContext) -> int:
    a = ctx.args
    if a.within < 0:
        raise UserError("Số ngày phải từ 0 trở lên.")
    service = ReportsService(ctx.workspace().db)
    return _listing(ctx, service.expiring(a.within, unit_code=a.unit, today=a.as_of))
