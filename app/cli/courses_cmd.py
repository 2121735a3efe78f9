"""boiduong courses list / nominations list: the catalogue with its classes, and who is nominated to what —
at a province, its communes' nominations per class, consolidated (they came with the communes' bundles)."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from sqlalchemy import or_, select

from app.cli.context import CommandContext
from app.courses.catalogue import list_classes, list_courses
from app.courses.labels import NOMINATION_STATUS_LABELS
from app.courses.nominations import NominationRow, list_nominations
from app.errors import UserError
from app.organisation import own_unit
from app.text import collation_key
from db.enums import NominationStatus
from db.models import Course, TrainingClass, Unit

STATUS_CHOICES = [s.value for s in NominationStatus]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("courses", parents=[common], help="khóa học và các lớp")
    csub = p.add_subparsers(dest="courses_command", metavar="LỆNH", required=True)
    lst = csub.add_parser("list", parents=[common], help="danh mục khóa học và các lớp của từng khóa")
    lst.add_argument("--archived", action="store_true", help="cả khóa học đã lưu trữ")
    lst.add_argument("--json", action="store_true", help='in một đối tượng JSON {"courses": [...]}')
    lst.set_defaults(handler=run_courses)

    n = sub.add_parser("nominations", parents=[common], help="cử đi học (cấp tỉnh: của mọi xã, theo từng lớp)")
    nsub = n.add_subparsers(dest="nominations_command", metavar="LỆNH", required=True)
    nl = nsub.add_parser("list", parents=[common], help="danh sách người được cử, theo lớp")
    nl.add_argument("--course", metavar="KHÓA", help="mã hoặc uid của khóa học")
    nl.add_argument("--class", dest="klass", metavar="LỚP", help="mã hoặc uid của lớp")
    nl.add_argument("--unit", metavar="MÃ_XÃ", help="cấp tỉnh: chỉ một xã")
    nl.add_argument("--status", choices=STATUS_CHOICES, help="chỉ một trạng thái")
    nl.add_argument(
        "--json", action="store_true", help='in một đối tượng JSON {"nominations": [...], "classes": [...]}'
    )
    nl.set_defaults(handler=run_nominations)


def run_courses(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    with ws.db.reading() as s:
        me = own_unit(s)
        courses = list_courses(s, include_archived=ctx.args.archived)
        classes = {c.uid: list_classes(s, c.uid) for c in courses}
    mine = me.code if me else None
    if ctx.args.json:
        ctx.print_json(
            {
                "courses": [
                    {
                        "uid": c.uid,
                        "code": c.code,
                        "name": c.name,
                        "type": c.course_type.value,
                        "owner": c.owner_unit,
                        "owner_name": c.owner_name,
                        "editable": mine is None or c.owner_unit in (None, mine),
                        "active": c.active,
                        "classes": [
                            {
                                "uid": k.uid,
                                "code": k.code,
                                "name": k.name,
                                "start_date": k.start_date.isoformat() if k.start_date else None,
                                "end_date": k.end_date.isoformat() if k.end_date else None,
                                "venue": k.venue,
                                "capacity": k.capacity,
                                "status": k.status.value,
                                "nominated": k.nominated,
                                "units": k.units,
                            }
                            for k in classes[c.uid]
                        ],
                    }
                    for c in courses
                ]
            }
        )
        return 0
    for c in courses:
        whose = "" if mine is None or c.owner_unit in (None, mine) else f"  [{c.owner_name}, chỉ xem]"
        ctx.print(f"{c.code or '—':<12} {c.name}{whose}")
        for k in classes[c.uid]:
            seats = f"{k.nominated}/{k.capacity}" if k.capacity else str(k.nominated)
            ctx.print(f"    {k.code or k.name:<16} {k.dates_text:<25} {k.status_label:<22} {seats:>8} người")
    ctx.print(f"Tổng cộng: {len(courses)} khóa học")
    return 0


def _find(session: Any, model: Any, ref: str, what: str) -> str:
    rows = session.scalars(select(model.uid).where(or_(model.uid == ref, model.code == ref))).all()
    if not rows:
        raise UserError(f"Không có {what} mã “{ref}”.")
    if len(rows) > 1:
        raise UserError(f"Có {len(rows)} {what} cùng mã “{ref}”; hãy dùng uid (xem: boiduong courses list --json).")
    return str(rows[0])


def _row_json(r: NominationRow, units: dict[str, str]) -> dict[str, Any]:
    return {
        "uid": r.uid,
        "unit": r.owner_unit,
        "unit_name": units.get(r.owner_unit or "", r.owner_unit),
        "staff_uid": r.staff_uid,
        "staff": r.staff_name,
        "position": r.position,
        "course_uid": r.course_uid,
        "course": r.course_name,
        "class_uid": r.class_uid,
        "class": r.class_label or None,
        "start_date": r.start_date.isoformat() if r.start_date else None,
        "end_date": r.end_date.isoformat() if r.end_date else None,
        "status": r.status.value,
        "decision": r.decision_text or None,
        "completed_on": r.completed_on.isoformat() if r.completed_on else None,
    }


def run_nominations(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    with ws.db.reading() as s:
        course = _find(s, Course, a.course, "khóa học") if a.course else None
        klass = _find(s, TrainingClass, a.klass, "lớp") if a.klass else None
        if a.unit and s.scalar(select(Unit.code).where(Unit.code == a.unit)) is None:
            raise UserError(f"Không có đơn vị mã “{a.unit}” (xem: boiduong units list).")
        statuses = [NominationStatus(a.status)] if a.status else None
        rows = list_nominations(s, course_uid=course, statuses=statuses)
        units = {str(code): str(name) for code, name in s.execute(select(Unit.code, Unit.name))}
    rows = [r for r in rows if (klass is None or r.class_uid == klass) and (not a.unit or r.owner_unit == a.unit)]
    by_class: dict[str | None, list[NominationRow]] = {}
    for r in rows:
        by_class.setdefault(r.class_uid, []).append(r)
    if a.json:
        ctx.print_json(
            {
                "nominations": [_row_json(r, units) for r in rows],
                "classes": [
                    {
                        "class_uid": uid,
                        "class": group[0].class_label or None,
                        "course": group[0].course_name,
                        "people": len(group),
                        "units": dict(sorted(Counter(r.owner_unit or "" for r in group).items())),
                        "statuses": dict(sorted(Counter(r.status.value for r in group).items())),
                    }
                    for uid, group in by_class.items()
                ],
            }
        )
        return 0
    for group in by_class.values():
        first = group[0]
        communes = {r.owner_unit for r in group}
        ctx.print(
            f"\n{first.class_label or 'Chưa xếp lớp'} — {first.course_name} ({first.dates_text}): "
            f"{len(group)} người" + (f", {len(communes)} đơn vị" if len(communes) > 1 else "")
        )
        for r in sorted(group, key=lambda x: (collation_key(units.get(x.owner_unit or "", "")), x.staff_sort_key)):
            unit = units.get(r.owner_unit or "", r.owner_unit or "")
            ctx.print(f"    {unit:<24} {r.staff_name:<26} {NOMINATION_STATUS_LABELS[r.status]}")
    ctx.print(f"Tổng cộng: {len(rows)} lượt cử")
    return 0
