"""boiduong schedule split / schedule holidays — neither needs a database: they never open one."""

from __future__ import annotations

import argparse
from datetime import date

from app.cli.context import CommandContext
from app.dates import format_date
from app.scheduling.holidays import make_up_working_days, public_holidays
from app.scheduling.sessions import weekday_name
from app.scheduling.splitter import SplitPlan, format_count, parse_count, parse_group, split_groups, with_related


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("schedule", parents=[common], help="lớp học và lịch học")
    schedule_sub = p.add_subparsers(dest="schedule_command", metavar="LỆNH", required=True)
    sp = schedule_sub.add_parser(
        "split",
        parents=[common],
        help="chia học viên theo chức danh thành các lớp (không cần cơ sở dữ liệu)",
        description=(
            "Đề xuất các lớp: ít lớp nhất mà sĩ số cho phép, nhóm nào vừa một lớp thì học chung một lớp, "
            "phần vượt của nhóm lớn ghép với nhóm nhỏ có chức danh liên quan, sĩ số các lớp cân đối."
        ),
    )
    sp.add_argument(
        "--group",
        action="append",
        required=True,
        metavar="TÊN=SỐ",
        help="một nhóm học viên, ví dụ “Tư pháp - Hộ tịch=97” (lặp lại cho mỗi nhóm)",
    )
    size = sp.add_mutually_exclusive_group(required=True)
    size.add_argument("--capacity", metavar="N", help="sĩ số tối đa mỗi lớp")
    size.add_argument("--classes", metavar="K", help="số lớp cần mở")
    sp.add_argument(
        "--related",
        action="append",
        nargs="+",
        default=[],
        metavar="TÊN",
        help=(
            "các nhóm có chức danh liên quan, được ghép chung lớp (tên hoặc phần đầu tên, không cần dấu); "
            "khi có --related, nhóm không được nêu sẽ học riêng. Không có --related: mọi nhóm đều có thể "
            "ghép khi việc đó giảm số lớp"
        ),
    )
    sp.add_argument(
        "--even",
        action="store_true",
        help=(
            "chia đều sĩ số các lớp của những chức danh liên quan, kể cả khi phải tách một nhóm vừa một lớp "
            "(như khu vực 2, 3 của kế hoạch tỉnh)"
        ),
    )
    sp.add_argument("--json", action="store_true", help='in một đối tượng JSON {"classes": [{"groups": [...]}]}')
    sp.set_defaults(handler=run_split)

    hp = schedule_sub.add_parser(
        "holidays",
        parents=[common],
        help="các ngày nghỉ lễ, Tết, nghỉ bù trong năm (không cần cơ sở dữ liệu)",
    )
    hp.add_argument("--year", metavar="NĂM", help="mặc định: năm nay")
    hp.add_argument("--json", action="store_true", help='in một đối tượng JSON {"year": …, "holidays": [...]}')
    hp.set_defaults(handler=run_holidays)


def run_split(ctx: CommandContext) -> int:
    a = ctx.args
    groups = with_related([parse_group(spec) for spec in a.group], a.related)
    if a.capacity is not None:
        capacity = parse_count(a.capacity, "Sĩ số tối đa mỗi lớp (--capacity)")
        plan = split_groups(groups, capacity=capacity, even=a.even)
    else:
        plan = split_groups(groups, classes=parse_count(a.classes, "Số lớp (--classes)"), even=a.even)
    if a.json:
        ctx.print_json(plan.as_json())
        return 0
    for line in plan_table(plan):
        ctx.print(line)
    return 0


def plan_table(plan: SplitPlan) -> list[str]:
    """The proposed classes as a table (one line per group in a class), a total and the plan's wording."""
    width = min(60, max([len(g.name) for g in plan.groups] + [len("Nhóm học viên")]))
    lines = [f"{'Lớp':>4}  {'Sĩ số':>6}  {'Nhóm học viên':<{width}}  {'Số HV':>6}"]
    lines.append("-" * len(lines[0]))
    for i, cls in enumerate(plan.classes, 1):
        for j, portion in enumerate(cls.portions):
            head = f"{i:>4}  {format_count(cls.size):>6}" if j == 0 else " " * 12
            lines.append(f"{head}  {portion.name:<{width}}  {format_count(portion.count):>6}")
    lines.append("-" * len(lines[0]))
    total = f"Cộng: {len(plan.classes)} lớp, {format_count(plan.total)} học viên"
    if plan.capacity:
        total += (
            f"; sĩ số tối đa {format_count(plan.capacity)}/lớp, cần ít nhất {plan.fewest_classes} lớp "
            f"(⌈{format_count(plan.total)}/{format_count(plan.capacity)}⌉)"
        )
    lines.append(total + ".")
    lines.append("")
    lines.append("Theo cách viết của kế hoạch:")
    summary = plan.summary_lines()
    lines.extend(f"  - {text}{'.' if k == len(summary) - 1 else ';'}" for k, text in enumerate(summary))
    return lines


def run_holidays(ctx: CommandContext) -> int:
    a = ctx.args
    year = parse_count(a.year, "Năm (--year)") if a.year is not None else date.today().year
    days = public_holidays(year)
    worked = make_up_working_days(year)
    if a.json:
        ctx.print_json(
            {
                "year": year,
                "holidays": [{"date": d.isoformat(), "weekday": weekday_name(d), "name": n} for d, n in days.items()],
                "make_up_working_days": [d.isoformat() for d in worked],
            }
        )
        return 0
    ctx.print(f"Ngày nghỉ lễ, Tết năm {year} (cán bộ, công chức, viên chức):")
    rows = [*days.items(), *((d, "Ngày làm việc bù (đi làm thay cho ngày nghỉ hoán đổi)") for d in worked)]
    for d, name in sorted(rows):
        ctx.print(f"  {weekday_name(d):<9} {format_date(d)}  {name}")
    ctx.print(f"Cộng: {len(days)} ngày nghỉ" + (f", {len(worked)} ngày làm bù." if worked else "."))
    return 0
