"""boiduong staff list / staff status"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.context import CommandContext
from app.dates import DateParseError, format_date, parse_date
from app.errors import UserError
from app.labels import CATEGORY_SHORT, STATUS_LABELS
from app.security.privacy import mask_row
from app.staff.records import (
    ALL,
    ON_BOOKS,
    Gap,
    StaffFilter,
    StaffRow,
    change_status,
    filter_rows,
    get_staff,
    list_rows,
)
from db.enums import StaffCategory, StaffStatus


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("staff", parents=[common], help="hồ sơ cán bộ, công chức")
    staff_sub = p.add_subparsers(dest="staff_command", metavar="LỆNH", required=True)
    lst = staff_sub.add_parser("list", parents=[common], help="danh sách (thứ tự tên tiếng Việt)")
    lst.add_argument("--search", default="", help="tìm theo tên, CCCD, chức vụ… (không phân biệt dấu)")
    lst.add_argument(
        "--status",
        default=ON_BOOKS,
        choices=[ON_BOOKS, ALL, *[s.value for s in StaffStatus]],
        help="mặc định: người đang trong danh sách (đang công tác hoặc nghỉ dài hạn)",
    )
    lst.add_argument("--category", choices=[c.value for c in StaffCategory])
    lst.add_argument("--gap", choices=[g.value for g in Gap], help="chỉ người còn thiếu…")
    lst.add_argument("--json", action="store_true", help='in một đối tượng JSON {"staff": [...]}')
    lst.add_argument(
        "--mask", action="store_true", help="che số CCCD và ngày sinh (chỉ giữ năm) khi danh sách đưa cho người khác"
    )
    lst.set_defaults(handler=run_list)
    st = staff_sub.add_parser(
        "status", parents=[common], help="cho nghỉ hưu, chuyển công tác, thôi việc… hoặc đưa trở lại danh sách"
    )
    st.add_argument("person", help="mã hồ sơ (uid) hoặc số CCCD")
    st.add_argument("--to", required=True, choices=[s.value for s in StaffStatus], help="trạng thái mới")
    st.add_argument("--on", help="ngày có hiệu lực theo quyết định, dd/mm/yyyy (mặc định: hôm nay)")
    st.add_argument("--note", help="căn cứ, ghi chú (ví dụ số quyết định)")
    st.set_defaults(handler=run_status)


def row_json(row: StaffRow, *, mask: bool = False) -> dict[str, Any]:
    if mask:
        row = mask_row(row)
    return {
        "uid": row.uid,
        "full_name": row.full_name,
        "date_of_birth": row.date_of_birth.isoformat() if row.date_of_birth else None,
        "dob_precision": row.dob_precision.value,
        "sex": row.sex.value,
        "cccd": row.cccd,
        "department": row.department_name or None,
        "position": row.position,
        "job_position": row.job_position,
        "category": row.category.value,
        "status": row.status.value,
        "professional": row.professional or None,
        "political_theory": row.political_theory,
        "state_management": row.state_management,
        "retirement_date": row.retirement_date.isoformat() if row.retirement_date else None,
        "months_of_service_left": row.months_left,
        "qualification_match": row.match.value,
        "unit": row.owner_unit,
    }


def run_list(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    with ws.db.reading() as s:
        rows = list_rows(s)
    criteria = StaffFilter(
        search=a.search,
        status=a.status,
        category=StaffCategory(a.category) if a.category else None,
        gap=Gap(a.gap) if a.gap else None,
    )
    rows = filter_rows(rows, criteria)
    if a.json:
        ctx.print_json({"staff": [row_json(r, mask=a.mask) for r in rows]})
        return 0
    for i, r in enumerate([mask_row(x) for x in rows] if a.mask else rows, 1):
        ctx.print(
            f"{i:>5}  {r.full_name:<28} {r.birth_text:<10} {r.sex_label:<3} "
            f"{CATEGORY_SHORT[r.category]:<18} {(r.position or ''):<34} {r.department_name}"
            + ("" if r.status.on_books else f"  [{STATUS_LABELS[r.status]}]")
        )
    ctx.print(f"Tổng cộng: {len(rows)} người")
    return 0


def run_status(ctx: CommandContext) -> int:
    a = ctx.args
    try:
        effective = parse_date(a.on) if a.on else None
    except DateParseError as exc:
        raise UserError(f"--on: {exc}") from exc
    ws = ctx.workspace()
    with ws.db.transaction() as s:
        key = a.person.strip()
        uid = next((r.uid for r in list_rows(s) if key in (r.uid, r.cccd)), None)
        if uid is None:
            raise UserError(f"Không tìm thấy hồ sơ có mã hoặc số CCCD “{key}”.")
        change = change_status(s, uid, StaffStatus(a.to), effective=effective, note=a.note)
        name = get_staff(s, uid).full_name
    ctx.print(f"{name}: {STATUS_LABELS[StaffStatus(a.to)]} từ ngày {format_date(change.effective_date)}.")
    return 0
