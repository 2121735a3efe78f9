"""boiduong evaluations due / evaluations summary — the effectiveness reviews after training."""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import date

from app.cli.context import CommandContext
from app.dates import DateParseError, format_date, parse_date
from app.evaluations.reviews import (
    CRITERIA,
    DUE_LABELS,
    GROUPINGS,
    DueState,
    due_json,
    effectiveness_summary,
    format_average,
    review_list,
)
from app.reports.tables import percent_text


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except DateParseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("evaluations", parents=[common], help="đánh giá hiệu quả sau bồi dưỡng")
    own = p.add_subparsers(dest="evaluations_command", metavar="LỆNH", required=True)
    due = own.add_parser(
        "due", parents=[common], help="các khóa học đã đến hạn (và quá hạn, sắp đến hạn) đánh giá hiệu quả"
    )
    due.add_argument("--json", action="store_true", help='in một đối tượng JSON {"reviews": [...], "counts": {...}}')
    due.add_argument("--as-of", type=_date, metavar="NGÀY", help="tính đến ngày (dd/mm/yyyy), mặc định hôm nay")
    due.add_argument("--all", action="store_true", help="in cả các khóa đã đánh giá và chưa đến thời điểm")
    due.set_defaults(handler=run_due)
    summary = own.add_parser("summary", parents=[common], help="tổng hợp hiệu quả theo khóa học, phòng ban…")
    summary.add_argument("--by", choices=sorted(GROUPINGS), default="course", help="tổng hợp theo (mặc định course)")
    summary.add_argument("--year", type=int, help="chỉ các phiếu đánh giá trong năm này")
    summary.add_argument("--json", action="store_true")
    summary.set_defaults(handler=run_summary)


def run_due(ctx: CommandContext) -> int:
    a = ctx.args
    today = a.as_of or date.today()
    ws = ctx.workspace()
    with ws.db.reading() as s:
        rows = review_list(
            s, today=today, states=None if a.all else (DueState.UPCOMING, DueState.DUE, DueState.OVERDUE)
        )
    counts = Counter(r.state.value for r in rows)
    if a.json:
        ctx.print_json(
            {
                "as_of": today.isoformat(),
                "reviews": [due_json(r) for r in rows],
                "counts": {s.value: counts.get(s.value, 0) for s in DueState},
            }
        )
        return 0
    if not rows:
        ctx.print(f"Không có khóa học nào đến hạn đánh giá hiệu quả (tính đến {format_date(today)}).")
        return 0
    ctx.print(
        f"Đánh giá hiệu quả sau bồi dưỡng, tính đến {format_date(today)}: "
        + ", ".join(f"{DUE_LABELS[s].lower()} {counts[s.value]}" for s in DueState if counts.get(s.value))
    )
    for r in rows:
        ctx.print(
            f"  [{r.state_label}] {r.full_name} ({r.position or r.department}) — {r.course_name}"
            f"{f', lớp {r.class_label}' if r.class_label else ''}: kết thúc {format_date(r.ended)}, "
            f"đánh giá từ {format_date(r.due_from)}"
            + (f", đã đánh giá {format_date(r.reviewed_on)}" if r.reviewed_on else "")
        )
    return 0


def run_summary(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    with ws.db.reading() as s:
        rows = effectiveness_summary(s, a.by, year=a.year)
    if a.json:
        ctx.print_json(
            {
                "by": a.by,
                "year": a.year,
                "rows": [
                    {
                        "label": r.label,
                        "total": r.total,
                        "reviews": r.reviews,
                        "averages": r.averages,
                        "average": r.average,
                        "outcomes": {k.value: v for k, v in r.outcomes.items()},
                        "effective_share": r.effective_share,
                    }
                    for r in rows
                ],
            }
        )
        return 0
    if not rows:
        ctx.print("Chưa có phiếu đánh giá hiệu quả sau bồi dưỡng nào.")
        return 0
    heads = " | ".join(c.label for c in CRITERIA)
    ctx.print(f"{GROUPINGS[a.by]} | số phiếu | {heads} | bình quân | có hiệu quả")
    for r in rows:
        cells = " | ".join(format_average(r.averages[c.key]) or "—" for c in CRITERIA)
        ctx.print(
            f"{r.label} | {r.reviews} | {cells} | {format_average(r.average)} | {percent_text(r.effective_share)}"
        )
    return 0
