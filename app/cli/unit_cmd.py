"""boiduong init / unit add / units list"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import func, select

from app.cli.context import CommandContext
from app.dates import format_date
from app.errors import UserError
from app.labels import UNIT_KIND_LABELS
from app.organisation import check_new_commune, ensure_unit, init_unit, own_unit, validate_unit_code
from app.sync.keys import own_keys
from app.sync.setup import init_from_setup, read_setup
from app.sync.status import commune_statuses, local_day, province_link
from app.text import clean_text, collation_key
from db.enums import UnitKind
from db.models import Staff, Unit

KIND_CHOICES = {
    "commune": UnitKind.COMMUNE,
    "ward": UnitKind.WARD,
    "special_zone": UnitKind.SPECIAL_ZONE,
    "province": UnitKind.PROVINCE,
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="khai báo đơn vị của bản cài đặt")
    p.add_argument("--kind", choices=sorted(KIND_CHOICES), help="loại đơn vị")
    p.add_argument("--code", help="mã đơn vị hành chính (xã: 5 chữ số, tỉnh: 2 chữ số)")
    p.add_argument("--name", help="tên đơn vị, ví dụ “Xã Vĩnh Lộc”")
    p.add_argument("--province-code", help="mã tỉnh, thành phố mà xã báo cáo")
    p.add_argument("--province-name", help="tên tỉnh, thành phố")
    p.add_argument("--from-bundle", metavar="FILE", type=Path, help="xã: thiết lập từ tệp thiết lập của tỉnh")
    p.add_argument("--accept-key", action="store_true", help="xác nhận mã khóa của tỉnh (đã so qua điện thoại)")
    p.set_defaults(handler=run_init)

    p = sub.add_parser("unit", parents=[common], help="đơn vị trực thuộc (cấp tỉnh)")
    unit_sub = p.add_subparsers(dest="unit_command", metavar="LỆNH", required=True)
    add = unit_sub.add_parser("add", parents=[common], help="đăng ký một xã trực thuộc")
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--kind", choices=("commune", "ward", "special_zone"), default="commune")
    add.set_defaults(handler=run_unit_add)

    p = sub.add_parser("units", parents=[common], help="các đơn vị đã biết")
    units_sub = p.add_subparsers(dest="units_command", metavar="LỆNH", required=True)
    lst = units_sub.add_parser("list", parents=[common], help="danh sách đơn vị")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=run_units_list)


def run_init(ctx: CommandContext) -> int:
    a = ctx.args
    if a.from_bundle is not None:
        return run_init_from_bundle(ctx)
    if not (a.kind and a.code and a.name):
        print("boiduong init: lỗi cú pháp: cần --kind, --code và --name (hoặc --from-bundle TỆP)", file=sys.stderr)
        return 2
    ws = ctx.workspace()
    with ws.db.transaction() as s:
        unit = init_unit(
            s,
            kind=KIND_CHOICES[a.kind],
            code=a.code,
            name=a.name,
            province_code=a.province_code,
            province_name=a.province_name,
        )
    ws.reload_unit()
    parent = f", báo cáo {unit.parent_name} ({unit.parent_code})" if unit.parent_code else ""
    ctx.print(f"Đã khai báo đơn vị: {unit.name} ({unit.code}){parent}.")
    return 0


def run_init_from_bundle(ctx: CommandContext) -> int:
    a = ctx.args
    if a.kind or a.code or a.name:
        print("boiduong init: lỗi cú pháp: --from-bundle không đi cùng --kind/--code/--name", file=sys.stderr)
        return 2
    offer = read_setup(a.from_bundle)  # checked before the database is even opened
    if not a.accept_key:
        raise UserError(offer.describe() + "\nNếu khớp, chạy lại với --accept-key. Chưa thay đổi gì.")
    ws = ctx.workspace()
    unit, outcome = init_from_setup(ws, offer, accept_key=True)
    ctx.print(f"Đã thiết lập {unit.name} ({unit.code}), báo cáo {unit.parent_name} ({unit.parent_code}).")
    ctx.print(f"Khóa của tỉnh đã được tin cậy: {outcome.fingerprint}")
    with ws.db.reading() as s:
        keys = own_keys(s)
    if keys is not None:
        ctx.print(f"Mã khóa của đơn vị này (tỉnh sẽ hỏi khi nhận tệp đầu tiên): {keys.public.fingerprint}")
    return 0


def run_unit_add(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    with ws.db.transaction() as s:
        me = own_unit(s)
        if me is None or not me.is_province:
            raise UserError("Chỉ bản cài đặt cấp tỉnh mới đăng ký được xã trực thuộc (boiduong init --kind province).")
        code = validate_unit_code(KIND_CHOICES[a.kind], a.code)
        name = clean_text(a.name)
        if not name:
            raise UserError("Tên đơn vị không được để trống.")
        check_new_commune(s, code, name)
        ensure_unit(s, code, name, KIND_CHOICES[a.kind], me.code)
    ctx.print(f"Đã đăng ký {name} ({code}) trực thuộc {me.name}.")
    return 0


def run_units_list(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    with ws.db.reading() as s:
        me = own_unit(s)
        sync = {c.code: c.as_json() for c in commune_statuses(s)} if me and me.is_province else {}
        link = province_link(s, me) if me and me.parent_code else None
        counts = dict(
            s.execute(
                select(Staff.owner_unit, func.count()).where(Staff.deleted.is_(False)).group_by(Staff.owner_unit)
            ).all()
        )
        own = me.code if me else None
        units = sorted(s.scalars(select(Unit)), key=lambda u: (u.code != own, collation_key(u.name)))
        items = [
            {
                "code": u.code,
                "name": u.name,
                "kind": u.kind,
                "parent_code": u.parent_code,
                "is_self": bool(me and me.code == u.code),
                "people": counts.get(u.code, 0),
                **_sync_fields(sync.get(u.code)),
            }
            for u in units
        ]
    if ctx.args.json:
        out: dict[str, object] = {"units": items}
        if link is not None:
            out["province_has_data_through"] = format_date(local_day(link.acked_through)) or None
        ctx.print_json(out)
        return 0
    for it in items:
        mark = "*" if it["is_self"] else " "
        kind = UNIT_KIND_LABELS[UnitKind(str(it["kind"]))]
        line = f"{mark} {it['code']:<6} {it['name']:<40} {kind:<16} {it['people']:>6} người"
        if sync and not it["is_self"] and it["kind"] != UnitKind.PROVINCE:
            last = it["last_bundle_date"] or "chưa gửi tệp"
            line += f"  {it['qualifications']:>6} văn bằng  {it['nominations']:>4} lượt cử  tệp gần nhất: {last}"
        ctx.print(line)
    if link is not None:
        ctx.print(link.acknowledged_text)
    return 0


def _sync_fields(status: dict[str, object] | None) -> dict[str, object]:
    """Province: each commune's last bundle, freshness and counts (``units list``)."""
    if status is None:
        return {}
    keys = ("last_bundle_at", "last_bundle_date", "freshness", "days_since_bundle", "qualifications", "nominations")
    return {k: status[k] for k in keys} | {
        "key_fingerprint": status["key_fingerprint"],
        "open_conflicts": status["open_conflicts"],
        "gap": status["gap"],
    }
