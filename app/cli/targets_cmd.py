"""boiduong targets [--json] / targets presets / targets adopt"""

from __future__ import annotations

import argparse
from datetime import date

from sqlalchemy import select

from app.cli.context import CommandContext
from app.dates import DateParseError, format_date, parse_date
from app.errors import UserError
from app.targets.plans import adopt_preset
from app.targets.presets import PRESETS
from app.targets.progress import compute, format_percent, progress_json
from app.text import fold
from db.models import Unit


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except DateParseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("targets", parents=[common], help="chỉ tiêu kế hoạch và tiến độ (tính từ hồ sơ)")
    p.add_argument("--json", action="store_true", help='in một đối tượng JSON {"targets": [...]}')
    p.add_argument("--as-of", type=_date, metavar="NGÀY", help="tính đến ngày (dd/mm/yyyy), mặc định hôm nay")
    p.add_argument("--plan", default="", help="chỉ các kế hoạch có tên chứa chữ này (không phân biệt dấu)")
    p.add_argument("--missing", action="store_true", help="in cả danh sách người chưa đạt")
    p.add_argument(
        "--unit",
        metavar="MÃ_XÃ",
        help="cấp tỉnh: chỉ tính một xã (chỉ tiêu của tỉnh với người của xã đó, và kế hoạch riêng của xã)",
    )
    p.set_defaults(handler=run_targets)
    targets_sub = p.add_subparsers(dest="targets_command", metavar="LỆNH")
    presets = targets_sub.add_parser("presets", parents=[common], help="các kế hoạch mẫu theo văn bản")
    presets.add_argument("--json", action="store_true")
    presets.set_defaults(handler=run_presets)
    adopt = targets_sub.add_parser("adopt", parents=[common], help="áp dụng một kế hoạch mẫu")
    adopt.add_argument("preset", metavar="MẪU", help="mã kế hoạch mẫu (xem “targets presets”)")
    adopt.add_argument("--only", nargs="+", metavar="CHỈ_TIÊU", help="chỉ áp dụng các chỉ tiêu này")
    adopt.add_argument("--start", type=_date, metavar="NGÀY", help="ngày bắt đầu kế hoạch (dd/mm/yyyy)")
    adopt.add_argument("--freeze", action="store_true", help="chốt danh sách đối tượng tại ngày bắt đầu")
    adopt.set_defaults(handler=run_adopt)


def run_targets(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    with ws.db.reading() as s:
        if a.unit and s.scalar(select(Unit.code).where(Unit.code == a.unit)) is None:
            raise UserError(f"Không có đơn vị mã “{a.unit}” (xem: boiduong units list).")
        results = compute(s, a.as_of, unit_code=a.unit or None).results
    if a.plan:
        wanted = fold(a.plan)
        results = [r for r in results if wanted in fold(r.spec.plan_name)]
    if a.json:
        ctx.print_json({"targets": [progress_json(r) for r in results]})
        return 0
    if not results:
        ctx.print("Chưa có chỉ tiêu nào. Xem các kế hoạch mẫu: boiduong targets presets")
        return 0
    plan = None
    for r in results:
        if r.spec.plan_name != plan:
            plan = r.spec.plan_name
            ctx.print(f"\n{plan}")
        ctx.print(f"  • {r.spec.name}")
        ctx.print(
            f"      {r.achieved}/{r.population} người = {format_percent(r.percent)}; chỉ tiêu {r.threshold_label} "
            f"đến {format_date(r.spec.deadline)}: {r.status_label}" + (f" ({r.note})" if r.note else "")
        )
        if a.missing and r.missing:
            for m in r.missing:
                ctx.print(f"        - {m.full_name} ({m.position or m.department}): {m.detail}")
    return 0


def run_presets(ctx: CommandContext) -> int:
    if ctx.args.json:
        ctx.print_json(
            {
                "presets": [
                    {
                        "key": p.key,
                        "name": p.name,
                        "start": p.start.isoformat(),
                        "end": p.end.isoformat(),
                        "targets": [{"key": t.key, "name": t.name} for t in p.targets],
                        "needs_courses": list(p.needs_courses),
                    }
                    for p in PRESETS
                ]
            }
        )
        return 0
    for p in PRESETS:
        ctx.print(f"{p.key}: {p.name} ({format_date(p.start)} – {format_date(p.end)})")
        for t in p.targets:
            ctx.print(f"    {t.key}: {t.name}")
        for text in p.needs_courses:
            ctx.print(f"    (cần kết quả khóa học, chưa áp dụng được) {text}")
    return 0


def run_adopt(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    with ws.db.transaction() as s:
        result = adopt_preset(s, a.preset, target_keys=set(a.only) if a.only else None, start=a.start, freeze=a.freeze)
    if not result.targets:
        raise UserError("Không có chỉ tiêu nào được thêm.")
    ctx.print(f"Đã áp dụng {len(result.targets)} chỉ tiêu vào “{result.plan_name}”:")
    for name in result.targets:
        ctx.print(f"  • {name}")
    return 0
