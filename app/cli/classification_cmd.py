"""boiduong classification list / set / clear / history"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.context import CommandContext
from app.errors import UserError
from app.evaluations.classification import (
    LEVEL_LABELS,
    METHOD_LABELS,
    CapExceeded,
    HistoryRow,
    Period,
    RatingEntry,
    find_person,
    format_score,
    parse_level,
    parse_period,
    person_history,
    rating_sheet,
    save_ratings,
    summarise,
)
from app.labels import CATEGORY_SHORT
from app.organisation import own_unit_code
from db.enums import QualityLevel


def _period(text: str) -> Period:
    try:
        return parse_period(text)
    except UserError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _level(text: str) -> QualityLevel:
    try:
        level = parse_level(text)
    except UserError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
    if level is None:
        raise argparse.ArgumentTypeError("mức xếp loại trống")
    return level


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("classification", parents=[common], help="xếp loại chất lượng theo năm, quý, tháng")
    csub = p.add_subparsers(dest="classification_command", metavar="LỆNH", required=True)
    period_help = "kỳ đánh giá: 2026 (năm), 2026-Q2 (quý), 2026-03 (tháng)"

    lst = csub.add_parser("list", parents=[common], help="bảng xếp loại của đơn vị trong một kỳ")
    lst.add_argument("period", type=_period, metavar="KỲ", help=period_help)
    lst.add_argument("--unit", help="mã đơn vị (cấp tỉnh xem một xã); mặc định đơn vị của bản cài đặt")
    lst.add_argument("--json", action="store_true", help='in một đối tượng JSON {"period", "ratings", "summary"}')
    lst.set_defaults(handler=run_list)

    st = csub.add_parser("set", parents=[common], help="xếp loại một người trong một kỳ")
    st.add_argument("person", metavar="NGƯỜI", help="mã (uid) hoặc số CCCD")
    st.add_argument("period", type=_period, metavar="KỲ", help=period_help)
    st.add_argument("--general", type=str, help="điểm tiêu chí chung (0–30), công chức từ 2026")
    st.add_argument("--task", type=str, help="điểm kết quả thực hiện nhiệm vụ (0–70), công chức từ 2026")
    st.add_argument("--level", type=_level, help="mức xếp loại (xếp loại trực tiếp): HTXSNV, HTTNV, HTNV, KHTNV")
    st.add_argument("--disciplined", action="store_true", help="bị kỷ luật trong kỳ (xếp Không hoàn thành)")
    st.add_argument("--note", help="ghi chú")
    st.add_argument(
        "--keep-excellent",
        nargs="+",
        metavar="UID",
        help="khi vượt tỷ lệ 20%%: những người giữ mức xuất sắc (những người khác xếp Hoàn thành tốt)",
    )
    st.add_argument("--reason", help="lý do khi hạ mức xuất sắc do vượt tỷ lệ")
    st.set_defaults(handler=run_set)

    cl = csub.add_parser("clear", parents=[common], help="xóa xếp loại của một người trong một kỳ")
    cl.add_argument("person", metavar="NGƯỜI")
    cl.add_argument("period", type=_period, metavar="KỲ", help=period_help)
    cl.set_defaults(handler=run_clear)

    hi = csub.add_parser("history", parents=[common], help="lịch sử xếp loại của một người")
    hi.add_argument("person", metavar="NGƯỜI")
    hi.add_argument("--json", action="store_true")
    hi.set_defaults(handler=run_history)


def run_list(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    with ws.db.reading() as s:
        unit = a.unit or own_unit_code(s)
        rows = rating_sheet(s, a.period, unit_code=unit)
    groups = summarise(a.period, ((r.category, r.level) for r in rows))
    if a.json:
        ctx.print_json(
            {
                "period": a.period.code,
                "ratings": [
                    {
                        "uid": r.uid,
                        "full_name": r.full_name,
                        "category": r.category.value,
                        "method": r.method.value,
                        "general_score": r.general_score,
                        "task_score": r.task_score,
                        "total": r.total,
                        "disciplined": r.disciplined,
                        "proposed_level": r.proposed_level.value if r.proposed_level else None,
                        "level": r.level.value if r.level else None,
                        "capped": r.capped,
                        "note": r.note,
                    }
                    for r in rows
                ],
                "summary": [
                    {
                        "category": g.category.value,
                        "counts": {lv.value: n for lv, n in g.counts.items()},
                        "unrated": g.unrated,
                        "excellent_allowed": g.allowed if g.cap_applies else None,
                    }
                    for g in groups
                ],
            }
        )
        return 0
    ctx.print(f"Xếp loại chất lượng — {a.period.label}")
    for i, r in enumerate(rows, 1):
        score = (
            f"{format_score(r.general_score)}+{format_score(r.task_score)}={format_score(r.total)}" if r.total else ""
        )
        level = LEVEL_LABELS[r.level] if r.level else "(chưa xếp loại)"
        flags = (" [do vượt tỷ lệ 20%]" if r.capped else "") + (" [kỷ luật]" if r.disciplined else "")
        ctx.print(f"{i:>4}  {r.full_name:<28} {CATEGORY_SHORT[r.category]:<12} {score:<14} {level}{flags}")
    for g in groups:
        ctx.print(g.text())
    return 0


def _entry(ctx: CommandContext, uid: str) -> RatingEntry:
    a = ctx.args
    if a.level is not None and (a.general is not None or a.task is not None):
        raise UserError("Chọn một cách: chấm điểm (--general, --task) hoặc xếp mức trực tiếp (--level).")
    general: Any = a.general
    task: Any = a.task
    return RatingEntry(
        uid, level=a.level, general_score=general, task_score=task, disciplined=a.disciplined, note=a.note
    )


def run_set(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    try:
        with ws.db.transaction() as s:
            person = find_person(s, a.person)
            result = save_ratings(
                s, a.period, [_entry(ctx, person.uid)], keep_excellent=a.keep_excellent, cap_reason=a.reason
            )
            name = person.full_name
    except CapExceeded as exc:
        lines = [str(exc), "Người đạt mức xuất sắc (mã — họ tên — điểm):"]
        for group in exc.groups:
            for c in group.candidates:
                lines.append(f"  {c.uid} — {c.full_name} — {format_score(c.total) or 'xếp trực tiếp'}")
        lines.append("Chạy lại với --keep-excellent UID... --reason “lý do” để chọn người giữ mức xuất sắc.")
        raise UserError("\n".join(lines)) from None
    with ws.db.reading() as s:
        latest = next(h for h in person_history(s, person.uid) if h.period == a.period)
    ctx.print(f"{name} — {latest.text()} ({METHOD_LABELS[latest.method]}).")
    if result.capped and name not in result.capped:
        ctx.print("Hạ xuống “Hoàn thành tốt nhiệm vụ” do vượt tỷ lệ 20%: " + ", ".join(result.capped))
    return 0


def run_clear(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    with ws.db.transaction() as s:
        person = find_person(s, a.person)
        result = save_ratings(s, a.period, [RatingEntry(person.uid, clear=True)])
        name = person.full_name
    if result.cleared:
        ctx.print(f"Đã xóa xếp loại {a.period.label} của {name}.")
    else:
        ctx.print(f"{name} chưa có xếp loại {a.period.label}; không có gì để xóa.")
    return 0


def _history_json(h: HistoryRow) -> dict[str, Any]:
    return {
        "period": h.period.code,
        "method": h.method.value,
        "general_score": h.general_score,
        "task_score": h.task_score,
        "total": h.total,
        "disciplined": h.disciplined,
        "proposed_level": h.proposed_level.value,
        "level": h.level.value,
        "capped": h.capped,
        "cap_note": h.cap_note,
        "note": h.note,
    }


def run_history(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    with ws.db.reading() as s:
        person = find_person(s, a.person)
        rows = person_history(s, person.uid)
        name = person.full_name
    if a.json:
        ctx.print_json({"uid": person.uid, "full_name": name, "history": [_history_json(h) for h in rows]})
        return 0
    ctx.print(f"Lịch sử xếp loại chất lượng: {name}")
    if not rows:
        ctx.print("  (chưa có)")
    for h in rows:
        ctx.print(f"  {h.text()}")
    return 0
