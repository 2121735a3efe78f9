"""boiduong schedule conflicts / classes / sessions / generate / attendance / ical / export — the stored
classes and their schedule (these need the database; ``schedule split`` and ``schedule holidays`` do
not). Added to the ``schedule`` command that schedule_cmd registers first."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.classes.attendance import ATTENDANCE_MARKS, attendance_sheet, percent, roll
from app.classes.exports import EXPORT_LABELS, ExportKind, export
from app.classes.schedule import find_class, schedule_conflicts
from app.classes.sessions import SessionDefaults, add_generated, list_sessions
from app.cli.context import CommandContext
from app.courses.catalogue import list_classes
from app.courses.labels import NOMINATION_STATUS_LABELS
from app.dates import DateParseError, format_date, parse_date
from app.errors import UserError
from app.scheduling.conflicts import KIND_LABELS, ConflictKind
from app.scheduling.generate import SessionPattern, generate_sessions
from app.scheduling.sessions import TimeBlock
from app.scheduling.splitter import parse_count
from app.text import fold

BLOCK_NAMES = {"sang": TimeBlock.MORNING, "chieu": TimeBlock.AFTERNOON, "toi": TimeBlock.EVENING}
BLOCK_NAMES |= {b.value: b for b in TimeBlock}
WEEKDAYS = {"2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5, "cn": 6}


def _schedule_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> Any:
    schedule = sub.choices["schedule"]
    for action in schedule._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise AssertionError("schedule_cmd.register must run before classes_cmd.register")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    ssub = _schedule_commands(sub)
    c = ssub.add_parser(
        "conflicts",
        parents=[common],
        help="các xung đột của lịch học: trùng lịch, vượt sĩ số, thiếu người làm việc, học vào ngày nghỉ",
    )
    c.add_argument("--from", dest="date_from", metavar="NGÀY", help="chỉ từ ngày (dd/mm/yyyy)")
    c.add_argument("--to", dest="date_to", metavar="NGÀY", help="chỉ đến ngày (dd/mm/yyyy)")
    c.add_argument(
        "--kind", action="append", choices=[k.value for k in ConflictKind], help="chỉ loại xung đột này (lặp lại được)"
    )
    c.add_argument("--json", action="store_true", help='in một đối tượng JSON {"conflicts": [...]}')
    c.set_defaults(handler=run_conflicts)

    k = ssub.add_parser("classes", parents=[common], help="các lớp học với số buổi, số học viên, trạng thái")
    k.add_argument("--course", metavar="TỪ", help="chỉ các lớp của khóa có tên hoặc mã chứa từ này (không cần dấu)")
    k.add_argument("--json", action="store_true", help='in một đối tượng JSON {"classes": [...]}')
    k.set_defaults(handler=run_classes)

    s = ssub.add_parser("sessions", parents=[common], help="các buổi học của một lớp")
    s.add_argument("klass", metavar="LỚP", help="mã lớp (ví dụ QLNN-02C-L01)")
    s.add_argument("--json", action="store_true", help='in một đối tượng JSON {"class": …, "sessions": [...]}')
    s.set_defaults(handler=run_sessions)

    g = ssub.add_parser(
        "generate",
        parents=[common],
        help="lập các buổi học của một lớp từ khoảng ngày và các buổi trong ngày (bỏ qua ngày lễ)",
    )
    g.add_argument("klass", metavar="LỚP", help="mã lớp")
    g.add_argument("--from", dest="date_from", metavar="NGÀY", help="ngày bắt đầu (mặc định: ngày khai giảng của lớp)")
    end = g.add_mutually_exclusive_group()
    end.add_argument("--to", dest="date_to", metavar="NGÀY", help="ngày kết thúc (mặc định: ngày bế giảng của lớp)")
    end.add_argument("--days", metavar="N", help="số ngày học")
    g.add_argument("--blocks", default="sang,chieu", help="các buổi: sang, chieu, toi (mặc định: sang,chieu)")
    g.add_argument("--weekdays", default="2,3,4,5,6", help="các thứ học: 2…7, cn (mặc định: 2,3,4,5,6)")
    g.add_argument("--include-holidays", action="store_true", help="học cả ngày nghỉ lễ, Tết")
    g.add_argument("--replace", action="store_true", help="thay toàn bộ lịch hiện có của lớp")
    g.add_argument("--room", help="phòng học của mọi buổi")
    g.add_argument("--teacher", help="giảng viên của mọi buổi")
    g.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    g.set_defaults(handler=run_generate)

    a = ssub.add_parser("attendance", parents=[common], help="điểm danh của một lớp: mỗi người, mỗi buổi")
    a.add_argument("klass", metavar="LỚP", help="mã lớp")
    a.add_argument("--json", action="store_true", help='in một đối tượng JSON {"class": …, "people": [...]}')
    a.set_defaults(handler=run_attendance)

    i = ssub.add_parser("ical", parents=[common], help="xuất lịch các buổi học của lớp ra tệp iCalendar (.ics)")
    i.add_argument("klass", metavar="LỚP", help="mã lớp")
    i.add_argument("out", metavar="OUT.ics")
    i.set_defaults(handler=run_ical)

    e = ssub.add_parser(
        "export", parents=[common], help="in danh sách lớp, danh sách ký tên hoặc lịch học ra PDF hoặc Excel"
    )
    e.add_argument("klass", metavar="LỚP", help="mã lớp")
    e.add_argument("out", metavar="OUT.pdf|OUT.xlsx")
    e.add_argument(
        "--what",
        default=ExportKind.CLASS_LIST.value,
        choices=[ExportKind.CLASS_LIST.value, ExportKind.SIGN_IN.value, ExportKind.SCHEDULE.value],
        help="list: danh sách học viên (mặc định); signin: danh sách ký tên theo buổi; schedule: lịch học",
    )
    e.set_defaults(handler=run_export)


def _date(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except DateParseError as exc:
        raise UserError(f"{what}: {exc}") from exc


# ------------------------------------------------------------------------------------------- handlers


def run_conflicts(ctx: CommandContext) -> int:
    a = ctx.args
    start, end = _date(a.date_from, "--from"), _date(a.date_to, "--to")
    ws = ctx.workspace()
    with ws.db.reading() as s:
        rows = schedule_conflicts(s, start=start, end=end, kinds=[ConflictKind(k) for k in a.kind or []])
    if a.json:
        ctx.print_json({"conflicts": [r.as_json() for r in rows]})
        return 0
    for r in rows:
        ctx.print(f"[{r.label}] {r.dates_text}")
        ctx.print(f"  {r.message}")
    counts: dict[ConflictKind, int] = {}
    for r in rows:
        counts[r.kind] = counts.get(r.kind, 0) + 1
    summary = ", ".join(f"{KIND_LABELS[k].lower()}: {n}" for k, n in counts.items())
    ctx.print(f"Tổng cộng: {len(rows)} xung đột" + (f" ({summary})." if rows else "."))
    return 0


def run_classes(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    tokens = fold(a.course or "").split()
    with ws.db.reading() as s:
        rows = [
            k for k in list_classes(s) if all(t in fold(f"{k.course_name} {k.code or ''} {k.name}") for t in tokens)
        ]
        counts = {k.uid: len(list_sessions(s, k.uid)) for k in rows}
    if a.json:
        ctx.print_json(
            {
                "classes": [
                    {
                        "uid": k.uid,
                        "code": k.code,
                        "name": k.name,
                        "course": k.course_name,
                        "region": k.region,
                        "batch": k.batch,
                        "venue": k.venue,
                        "start_date": k.start_date.isoformat() if k.start_date else None,
                        "end_date": k.end_date.isoformat() if k.end_date else None,
                        "capacity": k.capacity,
                        "learners": k.nominated,
                        "sessions": counts[k.uid],
                        "status": k.status.value,
                        "owner_unit": k.owner_unit,
                    }
                    for k in rows
                ]
            }
        )
        return 0
    for k in rows:
        size = f"{k.nominated}/{k.capacity}" if k.capacity else str(k.nominated)
        ctx.print(
            f"{k.code or k.name:<16} {k.dates_text:<25} {counts[k.uid]:>3} buổi  {size:>7} HV  {k.status_label:<22}"
            f" {k.course_name}"
        )
    ctx.print(f"Tổng cộng: {len(rows)} lớp")
    return 0


def _session_json(r: Any) -> dict[str, Any]:
    return {
        "uid": r.uid,
        "date": r.day.isoformat(),
        "block": r.block.value if r.block else None,
        "start": f"{r.start:%H:%M}",
        "end": f"{r.end:%H:%M}",
        "venue": r.venue,
        "room": r.room,
        "topic": r.topic,
        "teacher": r.teacher,
    }


def run_sessions(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    with ws.db.reading() as s:
        klass = find_class(s, ctx.args.klass)
        label, uid = klass.code or klass.name, klass.uid
        rows = list_sessions(s, uid)
    if ctx.args.json:
        ctx.print_json({"class": {"uid": uid, "code": label}, "sessions": [_session_json(r) for r in rows]})
        return 0
    for r in rows:
        extra = " · ".join(b for b in (r.topic, r.teacher, r.place) if b)
        ctx.print(f"{r.weekday:<9} {format_date(r.day)}  {r.block_label:<5} {r.hours}  {extra}")
    ctx.print(f"Lớp {label}: {len(rows)} buổi học")
    return 0


def _blocks(text: str) -> tuple[TimeBlock, ...]:
    out = []
    for part in fold(text).replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if part not in BLOCK_NAMES:
            raise UserError(f"--blocks: “{part}” không phải buổi (dùng sang, chieu, toi).")
        out.append(BLOCK_NAMES[part])
    if not out:
        raise UserError("--blocks: hãy chọn ít nhất một buổi.")
    return tuple(dict.fromkeys(out))


def _weekdays(text: str) -> frozenset[int]:
    out = set()
    for part in fold(text).replace(";", ",").split(","):
        part = part.strip().removeprefix("thu").strip()
        if not part:
            continue
        if part not in WEEKDAYS:
            raise UserError(f"--weekdays: “{part}” không phải thứ trong tuần (dùng 2, 3, …, 7, cn).")
        out.add(WEEKDAYS[part])
    return frozenset(out)


def run_generate(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    with ws.db.transaction() as s:
        klass = find_class(s, a.klass)
        start = _date(a.date_from, "--from") or klass.start_date
        if start is None:
            raise UserError(f"Lớp “{klass.code or klass.name}” chưa có ngày khai giảng; hãy cho --from.")
        days = parse_count(a.days, "Số ngày học (--days)") if a.days else None
        end = _date(a.date_to, "--to") or (None if days else klass.end_date)
        if end is None and days is None:
            raise UserError(f"Lớp “{klass.code or klass.name}” chưa có ngày kết thúc; hãy cho --to hoặc --days.")
        pattern = SessionPattern(
            start,
            end,
            days,
            blocks=_blocks(a.blocks),
            weekdays=_weekdays(a.weekdays),
            skip_holidays=not a.include_holidays,
        )
        made = generate_sessions(pattern)
        unit = ws.unit.code if ws.unit else None
        added = add_generated(
            s,
            klass.uid,
            made,
            defaults=SessionDefaults(room=a.room, teacher=a.teacher),
            replace=a.replace,
            unit_code=unit,
        )
        label = klass.code or klass.name
        first, last = klass.start_date, klass.end_date
    if a.json:
        ctx.print_json(
            {
                "class": label,
                "added": len(added.added),
                "unchanged": added.unchanged,
                "replaced": added.replaced,
                "skipped": [{"date": d.day.isoformat(), "reason": d.name} for d in made.skipped],
                "start_date": first.isoformat() if first else None,
                "end_date": last.isoformat() if last else None,
            }
        )
        return 0
    ctx.print(f"Lớp {label}: thêm {len(added.added)} buổi học ({format_date(first)} – {format_date(last)}).")
    if added.unchanged:
        ctx.print(f"  {added.unchanged} buổi đã có sẵn, giữ nguyên.")
    for d in made.skipped:
        ctx.print(f"  Bỏ qua {d.label}.")
    return 0


def run_attendance(ctx: CommandContext) -> int:
    ws = ctx.workspace()
    with ws.db.reading() as s:
        klass = find_class(s, ctx.args.klass)
        sheet = attendance_sheet(s, klass.uid, unit_code=ws.unit.code if ws.unit else None)
        people = roll(s, klass.uid)
    if ctx.args.json:
        ctx.print_json(
            {
                "class": {"uid": sheet.class_uid, "label": sheet.class_label},
                "minimum": sheet.minimum,
                "sessions": [_session_json(r) for r in sheet.sessions],
                "people": [
                    {
                        "nomination_uid": p.nomination_uid,
                        "staff_uid": p.staff_uid,
                        "name": p.name,
                        "status": p.status.value,
                        "marks": {
                            r.uid: m.value for r in sheet.sessions if (m := sheet.mark(p.staff_uid, r.uid)) is not None
                        },
                        "present": p.summary.present if p.summary else 0,
                        "taken": p.summary.taken if p.summary else 0,
                        "share": p.summary.share if p.summary else None,
                        "meets_minimum": p.summary.meets if p.summary else True,
                    }
                    for p in people
                ],
            }
        )
        return 0
    ctx.print(f"Lớp {sheet.class_label} — {len(sheet.sessions)} buổi, tối thiểu {percent(sheet.minimum)}")
    for p in people:
        marks = "".join(ATTENDANCE_MARKS.get(sheet.mark(p.staff_uid, r.uid), "·") for r in sheet.sessions)  # type: ignore[arg-type]
        summary = p.summary.text if p.summary else ""
        flag = "" if p.summary is None or p.summary.meets else "  ⚠ dưới mức tối thiểu"
        ctx.print(f"  {p.name:<28} {NOMINATION_STATUS_LABELS[p.status]:<20} {marks}  {summary}{flag}")
    return 0


def run_ical(ctx: CommandContext) -> int:
    out = Path(ctx.args.out)
    ws = ctx.workspace(create=False)
    with ws.db.reading() as s:
        klass = find_class(s, ctx.args.klass)
        export(s, klass.uid, ExportKind.ICAL, out)
        label = klass.code or klass.name
    ctx.print(f"Đã ghi lịch học của lớp {label} vào {out}")
    return 0


def run_export(ctx: CommandContext) -> int:
    out = Path(ctx.args.out)
    kind = ExportKind(ctx.args.what)
    ws = ctx.workspace(create=False)
    with ws.db.reading() as s:
        klass = find_class(s, ctx.args.klass)
        export(s, klass.uid, kind, out, today=datetime.now().date())
        label = klass.code or klass.name
    ctx.print(f"Đã ghi {EXPORT_LABELS[kind].lower()} của lớp {label} vào {out}")
    return 0
