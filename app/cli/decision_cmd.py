"""boiduong decision list / decision pdf"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.context import CommandContext
from app.decisions.document import build_document
from app.decisions.pdf import render_decision_pdf
from app.decisions.service import DecisionRow, find_decision, list_decisions
from app.organisation import require_own_unit


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("decision", parents=[common], help="quyết định cử đi đào tạo, bồi dưỡng")
    dsub = p.add_subparsers(dest="decision_command", metavar="LỆNH", required=True)
    lst = dsub.add_parser("list", parents=[common], help="danh sách quyết định (mới nhất trước)")
    lst.add_argument("--json", action="store_true", help='in một đối tượng JSON {"decisions": [...]}')
    lst.set_defaults(handler=run_list)
    pdf = dsub.add_parser("pdf", parents=[common], help="in quyết định ra tệp PDF (Nghị định 30/2020/NĐ-CP)")
    pdf.add_argument("decision", metavar="DECISION", help="số và ký hiệu (15/QĐ-UBND) hoặc id trong “decision list”")
    pdf.add_argument("out", metavar="OUT.pdf", help="tệp PDF sẽ ghi")
    pdf.set_defaults(handler=run_pdf)


def row_json(r: DecisionRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "uid": r.uid,
        "unit": r.owner_unit,
        "number": r.number_text if r.number is not None else None,
        "year": r.year,
        "issued_on": r.issued_on.isoformat() if r.issued_on else None,
        "status": r.status.value,
        "summary": r.summary,
        "course": r.course_name,
        "people": r.people,
        "signing_mode": r.signing_mode.value,
        "signer": r.signer_name,
        "replaces": r.amends_text or None,
        "replaced_by": r.replaced_by_text or None,
        "cancelled_on": r.cancelled_on.isoformat() if r.cancelled_on else None,
        "cancel_reason": r.cancel_reason,
        "nominations": list(r.nomination_uids),
    }


def run_list(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    with ws.db.reading() as s:
        rows = list_decisions(s)
    if ctx.args.json:
        ctx.print_json({"decisions": [row_json(r) for r in rows]})
        return 0
    for r in rows:
        when = r.issued_on.strftime("%d/%m/%Y") if r.issued_on else ""
        number = r.number_text if r.number is not None else "(chưa có số)"
        ctx.print(f"{r.id:>4}  {number:<14} {when:<10}  {r.status_label:<17} {r.people:>4} người  {r.summary}")
    ctx.print(f"Tổng cộng: {len(rows)} quyết định")
    return 0


def run_pdf(ctx: CommandContext) -> int:
    out = Path(ctx.args.out)
    ws = ctx.workspace(create=False)
    with ws.db.reading() as s:
        require_own_unit(s)
        decision = find_decision(s, ctx.args.decision)
        doc = build_document(s, decision.uid)
        label = f"{decision.number:02d}/{decision.symbol}" if decision.number is not None else "dự thảo"
    render_decision_pdf(doc, out)
    ctx.print(f"Đã ghi quyết định {label} vào {out}")
    return 0
