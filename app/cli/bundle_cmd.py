"""boiduong bundle export / import / log / conflicts / resolve / keys"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CommandContext
from app.dates import format_date
from app.errors import UserError
from app.organisation import require_own_unit
from app.sync.catalogue import REGISTRY
from app.sync.export import export_bundle
from app.sync.importer import ALREADY, APPLIED, NEEDS_KEY, PREVIEW, REFUSED, STATUS_LABELS, Outcome, import_files
from app.sync.keys import key_history, own_keys
from app.sync.manifest import TYPE_SETUP
from app.sync.merge import DECISIONS
from app.sync.status import bundle_log, conflicts, local_day, resolve_conflict

DECISION_LABELS = {
    "created": "thêm mới",
    "updated": "cập nhật",
    "unchanged": "không đổi",
    "stale": "cũ hơn, bỏ qua",
    "deleted": "xóa",
    "conflicts": "xung đột",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("bundle", parents=[common], help="tệp đồng bộ giữa xã và tỉnh")
    bsub = p.add_subparsers(dest="bundle_command", metavar="LỆNH", required=True)

    ex = bsub.add_parser("export", parents=[common], help="tạo tệp gửi đi (xã: gửi tỉnh; tỉnh: gửi một xã)")
    ex.add_argument("out", metavar="OUT", help="tệp cần ghi (ghi đúng đường dẫn này)")
    ex.add_argument("--full", action="store_true", help="gửi toàn bộ dữ liệu, không chỉ phần bên kia chưa xác nhận")
    ex.add_argument("--to", metavar="MÃ_ĐƠN_VỊ", help="đơn vị nhận (tỉnh: mã xã; xã: mặc định là tỉnh)")
    ex.add_argument("--setup", action="store_true", help="tỉnh: tạo lại tệp thiết lập cho xã (cài đặt lại máy)")
    ex.set_defaults(handler=run_export)

    im = bsub.add_parser("import", parents=[common], help="nhận một hay nhiều tệp đồng bộ")
    im.add_argument("files", metavar="FILE", nargs="+", type=Path)
    im.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không thay đổi gì")
    im.add_argument(
        "--accept-new-key",
        action="store_true",
        help="chấp nhận khóa mới hoặc khóa đã đổi (sau khi so mã qua điện thoại)",
    )
    im.add_argument("--json", action="store_true")
    im.set_defaults(handler=run_import)

    lg = bsub.add_parser("log", parents=[common], help="nhật ký các tệp đã gửi và đã nhận")
    lg.add_argument("--json", action="store_true")
    lg.set_defaults(handler=run_log)

    cf = bsub.add_parser("conflicts", parents=[common], help="các xung đột chờ người quyết định")
    cf.add_argument("--json", action="store_true")
    cf.set_defaults(handler=run_conflicts)

    rs = bsub.add_parser("resolve", parents=[common], help="quyết định một xung đột")
    rs.add_argument("id", type=int, metavar="SỐ")
    choice = rs.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep-local", action="store_true", help="giữ bản đang có ở đây")
    choice.add_argument("--take-incoming", action="store_true", help="nhận bản do đơn vị quản lý gửi")
    rs.set_defaults(handler=run_resolve)

    ks = bsub.add_parser("keys", parents=[common], help="mã khóa của đơn vị này và các đơn vị đã biết")
    ks.add_argument("--json", action="store_true")
    ks.set_defaults(handler=run_keys)


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} byte"


def run_export(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    out = Path(a.out)
    result = export_bundle(ws.db, out, to=a.to, full=a.full, setup=True if a.setup else None)
    labels = {s.name: s.kind.label.lower() for s in REGISTRY}
    what = ", ".join(f"{n} {labels.get(k, k)}" for k, n in result.counts.items() if n) or "không có bản ghi mới"
    if result.bundle_type == TYPE_SETUP:
        with ws.db.reading() as s:
            keys = own_keys(s)
        ctx.print(
            f"Đã ghi tệp thiết lập cho {result.destination.name} ({result.destination.code}): {out} "
            f"({_size(result.size)}; ký số, không mã hóa, không có dữ liệu cá nhân)"
            + (f" — {what}." if result.records else ".")
        )
        ctx.print(f"Mã khóa của đơn vị này (đọc cho xã khi họ cài đặt): {keys.public.fingerprint if keys else '?'}")
        return 0
    if result.full:
        scope = "toàn bộ dữ liệu"
    elif result.records:
        scope = f"các thay đổi {result.seq_from + 1}–{result.seq_to}"
    else:
        scope = "xác nhận đã nhận"
    ctx.print(
        f"Đã ghi {out} gửi {result.destination.name} ({result.destination.code}): {scope} — {what} "
        f"({_size(result.size)}, đã ký số và mã hóa cho đơn vị nhận)."
    )
    return 0


def _print_outcome(ctx: CommandContext, o: Outcome) -> None:
    origin = f"{o.origin.name} ({o.origin.code})" if o.origin else "?"
    when = format_date(local_day(o.created_at)) if o.created_at else ""
    ctx.print(f"{o.file_name}: {STATUS_LABELS[o.status]}" + (f" — của {origin}, lập ngày {when}" if o.origin else ""))
    if o.status in (APPLIED, PREVIEW, NEEDS_KEY) and o.counts:
        labels = {s.name: s.kind.label for s in REGISTRY}
        for kind, c in o.counts.items():
            parts = [f"{getattr(c, d)} {DECISION_LABELS[d]}" for d in DECISIONS if getattr(c, d)]
            ctx.print(f"    {labels.get(kind, kind)}: {', '.join(parts) or 'không có bản ghi'}")
    if o.gap:
        ctx.print(
            f"    Chú ý: chưa nhận các thay đổi số {o.gap[0] + 1}–{o.gap[1]} của đơn vị này (tệp trước đó bị thiếu)."
        )
    for line in o.notes:
        ctx.print(f"    {line}")
    if o.message and o.status != APPLIED:
        ctx.print(f"    {o.message}")


def run_import(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    with ws.db.reading() as s:
        require_own_unit(s)
    outcomes = import_files(ws.db, a.files, dry_run=a.dry_run, accept_new_key=a.accept_new_key)
    bad = [o for o in outcomes if o.status == REFUSED or (o.status == NEEDS_KEY and not a.dry_run)]
    if a.json:
        ctx.print_json({"bundles": [o.as_json() for o in outcomes], "dry_run": a.dry_run, "ok": not bad})
    else:
        for o in outcomes:
            _print_outcome(ctx, o)
        applied = sum(1 for o in outcomes if o.status == APPLIED)
        already = sum(1 for o in outcomes if o.status == ALREADY)
        if a.dry_run:
            ctx.print("Xem trước: chưa thay đổi gì.")
        else:
            ctx.print(f"Đã nhập {applied} tệp; {already} tệp đã nhập trước đó; {len(bad)} tệp không nhập.")
    return 1 if bad else 0


def run_log(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    with ws.db.reading() as s:
        entries = bundle_log(s)
    if ctx.args.json:
        ctx.print_json({"entries": [e.as_json() for e in entries]})
        return 0
    for e in entries:
        arrow = "→" if e.direction == "out" else "←"
        ctx.print(
            f"{e.at.astimezone():%d/%m/%Y %H:%M} {arrow} {e.unit_label} {e.result:<10} {e.file_hash[:16]} "
            f"{Path(e.file_name).name}" + (f" — {e.message[:120]}" if e.message and e.result != "applied" else "")
        )
    return 0


def run_conflicts(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    with ws.db.reading() as s:
        items = conflicts(s)
    if ctx.args.json:
        ctx.print_json({"conflicts": [c.as_json() for c in items]})
        return 0
    if not items:
        ctx.print("Không có xung đột nào chờ xử lý.")
    for c in items:
        ctx.print(f"#{c.id} {c.kind_label}: {c.what or c.uid} — của {c.origin_label}, {c.reason_label}")
        for name, here, there in c.readable_differences():
            ctx.print(f"    {name}: ở đây “{here}” / bản gửi đến “{there}”")
    return 0


def run_resolve(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    with ws.db.transaction() as s:
        resolve_conflict(s, a.id, take_incoming=a.take_incoming, by="dòng lệnh")
    ctx.print(f"Đã xử lý xung đột #{a.id}: " + ("nhận bản gửi đến." if a.take_incoming else "giữ bản đang có."))
    return 0


def run_keys(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    with ws.db.reading() as s:
        me = require_own_unit(s)
        mine = own_keys(s)
        from app.sync.status import commune_statuses

        peers = [me.parent_code] if me.parent_code else [c.code for c in commune_statuses(s)]
        history = {code: key_history(s, code) for code in peers if code}
    if mine is None:
        raise UserError("Bản cài đặt này chưa có khóa (mở ứng dụng hoặc gửi một tệp để tạo).")
    if ctx.args.json:
        ctx.print_json(
            {
                "own": {"unit": me.code, "fingerprint": mine.public.fingerprint, "key_id": mine.key_id},
                "peers": {
                    code: [{"fingerprint": k.keys.fingerprint, "status": k.status, "how": k.how} for k in keys]
                    for code, keys in history.items()
                },
            }
        )
        return 0
    ctx.print(f"Mã khóa của {me.name} ({me.code}): {mine.public.fingerprint}")
    for code, keys in history.items():
        for k in keys:
            ctx.print(f"  {code:<6} {k.keys.fingerprint}  {k.status}")
    return 0
