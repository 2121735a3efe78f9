"""boiduong staff import FILE / boiduong staff export FILE.xlsx [--template]"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.context import CommandContext
from app.excel.columns import FIELD_LABELS
from app.excel.staff_export import StaffExporter
from app.excel.staff_import import ACTION_LABELS, Action, ImportPreview, StaffImporter, summarise_counts
from app.staff.records import ALL, ON_BOOKS, Gap, StaffFilter
from db.enums import StaffCategory, StaffStatus


def _staff_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> Any:
    """The subcommands of ``boiduong staff`` (registered by staff_cmd, which comes first)."""
    staff = sub.choices["staff"]
    for action in staff._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise AssertionError("staff_cmd.register must run before excel_cmd.register")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    staff_sub = _staff_commands(sub)
    imp = staff_sub.add_parser("import", parents=[common], help="nhập danh sách từ Excel (.xlsx, .xls, .ods)")
    imp.add_argument("file", metavar="FILE", help="tệp Excel/LibreOffice của đơn vị")
    imp.add_argument("--sheet", help="tên trang tính (mặc định: trang đầu tiên đang hiện)")
    imp.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và báo cáo, không ghi gì")
    imp.add_argument("--skip-invalid", action="store_true", help="nhập các dòng hợp lệ, bỏ qua các dòng lỗi")
    imp.add_argument(
        "--category",
        choices=[c.value for c in StaffCategory],
        help="đối tượng cho các dòng không ghi đối tượng (và không nằm dưới mục “I. CÁN BỘ”…)",
    )
    imp.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    imp.set_defaults(handler=run_import)

    exp = staff_sub.add_parser("export", parents=[common], help="xuất danh sách theo mẫu (Excel .xlsx)")
    exp.add_argument("file", metavar="FILE.xlsx")
    exp.add_argument("--template", action="store_true", help="xuất mẫu trống cùng bố cục để đơn vị điền")
    exp.add_argument("--search", default="", help="chỉ người khớp từ tìm (không phân biệt dấu)")
    exp.add_argument("--status", default=ON_BOOKS, choices=[ON_BOOKS, ALL, *[s.value for s in StaffStatus]])
    exp.add_argument("--category", choices=[c.value for c in StaffCategory])
    exp.add_argument("--gap", choices=[g.value for g in Gap])
    exp.set_defaults(handler=run_export)


def _preview_json(preview: ImportPreview) -> dict[str, Any]:
    return {
        "file": str(preview.source.path),
        "sheet": preview.source.sheet.name,
        "header_rows": [r + 1 for r in preview.header.rows],
        "columns": [
            {
                "column": c.letter,
                "header": c.title,
                "field": c.field.value if c.field else None,
                "label": FIELD_LABELS[c.field] if c.field else None,
            }
            for c in preview.header.columns
        ],
        **preview.counts(),
        "errors": [p.as_json() for p in preview.errors()],
        "warnings": [p.as_json() for p in preview.warnings()],
        "rows": [
            {
                "row": o.excel_row,
                "name": o.parsed.name,
                "action": o.action.value,
                "uid": o.target_uid,
                "duplicate_of": o.duplicate_of,
                "changes": o.changes,
            }
            for o in preview.outcomes
        ],
        "notes": preview.notes,
    }


def run_import(ctx: CommandContext) -> int:
    a = ctx.args
    ws = ctx.workspace()
    importer = StaffImporter(ws.db)
    sheet: str | int | None = a.sheet
    source = importer.load(Path(a.file), sheet)
    default = StaffCategory(a.category) if a.category else None
    preview = importer.preview(source, default_category=default)
    refused = preview.has_invalid and not a.skip_invalid
    result = None
    if not a.dry_run and not refused:
        result = importer.commit(preview, skip_invalid=a.skip_invalid)
    if a.json:
        out = _preview_json(preview)
        out.update(
            dry_run=bool(a.dry_run),
            applied=result is not None,
            backup=str(result.backup) if result and result.backup else None,
        )
        if result is not None:
            out.update(result.counts())
            out["qualifications_added"] = result.qualifications_added
            out["departments_created"] = result.departments_created
        ctx.print_json(out)
    else:
        _print_report(ctx, preview, applied=result is not None, dry_run=a.dry_run, refused=refused)
        if result is not None and result.backup:
            ctx.print(f"Bản sao lưu trước khi nhập: {result.backup}")
    if refused:
        if not a.json:
            print(
                "Lỗi: tệp có dòng không hợp lệ nên chưa nhập gì. Sửa tệp, hoặc chạy lại với --skip-invalid "
                "để chỉ nhập các dòng hợp lệ.",
                file=sys.stderr,
            )
        return 1
    return 0


def _print_report(ctx: CommandContext, preview: ImportPreview, *, applied: bool, dry_run: bool, refused: bool) -> None:
    ctx.print(f"Tệp {preview.source.path.name}, trang “{preview.source.sheet.name}”")
    ctx.print("Các cột: " + "; ".join(f"{c.letter} {c.title} → {c.field_label}" for c in preview.header.columns))
    for note in preview.notes:
        ctx.print(f"- {note}")
    for o in preview.outcomes:
        if o.action == Action.UNCHANGED:
            continue
        ctx.print(f"  dòng {o.excel_row:>5}  {ACTION_LABELS[o.action]:<16} {o.parsed.name:<28} {o.summary}")
    for p in preview.warnings():
        ctx.print(f"  ! {p.text()}")
    counts = summarise_counts(preview.counts())
    if refused:
        ctx.print(f"Chưa nhập: {counts}.")
    elif applied:
        ctx.print(f"Đã nhập: {counts}.")
    elif dry_run:
        ctx.print(f"Chạy thử (chưa ghi gì): {counts}.")


def run_export(ctx: CommandContext) -> int:
    a = ctx.args
    path = Path(a.file)
    ws = ctx.workspace()
    exporter = StaffExporter(ws.db)
    if a.template:
        summary = exporter.template(path, today=date.today())
        ctx.print(f"Đã xuất mẫu trống: {summary.path}")
        return 0
    criteria = StaffFilter(
        search=a.search,
        status=a.status,
        category=StaffCategory(a.category) if a.category else None,
        gap=Gap(a.gap) if a.gap else None,
    )
    summary = exporter.export(path, criteria=criteria)
    if summary.people == 0:
        ctx.print("Lưu ý: không có người nào khớp bộ lọc; tệp chỉ có khung danh sách.")
    ctx.print(f"Đã xuất {summary.people} người vào {summary.path}")
    return 0
