"""The lists a clerk needs besides the annual report, as report tables (shown on the Reports page,
written to Excel the same way):

- **Training needs to register with the province for next year** (đăng ký nhu cầu đào tạo, bồi dưỡng):
  for every active course of the catalogue, the people the ranking suggests (in the course's target
  group, lacking what it grants, not yet sent — with the plans' targets counted first), by category,
  how many of them a plan target counts as missing and its soonest deadline; then the people, course by
  course, with the reasons. People retiring before the year starts are left out.
- **People not trained in the last N years**: everyone on the books without a completed training (a
  completed nomination or a passed result) since that day, with their last training if any.
- **Certificates expiring**: certificates with a validity held by people on the books, expired or
  expiring within a number of days (renewed ones left out).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.courses.catalogue import list_courses
from app.courses.ranking import rank_candidates
from app.dates import add_months, format_date, last_day_of_month
from app.labels import CATEGORY_SHORT
from app.reports.tables import Column, Kind, Table, sums
from app.results.results import certificate_validity, load_completions
from app.staff.records import list_rows
from db.enums import StaffCategory

CATEGORIES: tuple[StaffCategory, ...] = tuple(StaffCategory)
Progress = Callable[[int, int, str], bool]


def training_needs(
    session: Session,
    *,
    year: int,
    unit_code: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> tuple[Table, Table]:
    """(summary per course, the people per course) for registering next year's needs."""
    today = today or date.today()
    people = [r for r in list_rows(session, today=today) if unit_code is None or r.owner_unit == unit_code]
    first_day = date(year, 1, 1)
    summary_cols = (
        Column("Mã khóa học", Kind.TEXT, 14, key=True),
        Column("Khóa học", Kind.TEXT, 50),
        Column("Loại", Kind.TEXT, 28),
        Column("Cơ quan tổ chức", Kind.TEXT, 28),
        Column("Tổng số", Kind.INT, 9),
        *(Column(CATEGORY_SHORT[c], Kind.INT, 10, group="Theo đối tượng") for c in CATEGORIES),
        Column("Thuộc chỉ tiêu kế hoạch", Kind.INT, 11),
        Column("Hạn chỉ tiêu sớm nhất", Kind.DATE, 13),
        Column("Lý do chủ yếu", Kind.TEXT, 50),
    )
    people_cols = (
        Column("Mã khóa học", Kind.TEXT, 14, key=True),
        Column("Khóa học", Kind.TEXT, 40),
        Column("Họ và tên", Kind.TEXT, 26),
        Column("Ngày sinh", Kind.TEXT, 12),
        Column("Chức vụ", Kind.TEXT, 26),
        Column("Phòng, ban", Kind.TEXT, 26),
        Column("Lý do", Kind.TEXT, 70),
    )
    summary: list[tuple[Any, ...]] = []
    listed: list[tuple[Any, ...]] = []
    courses = [c for c in list_courses(session) if c.active]
    for i, course in enumerate(courses):
        if progress is not None and not progress(i, len(courses), f"Đang xét khóa “{course.name}”…"):
            from app.errors import UserError

            raise UserError("Đã dừng theo yêu cầu.")
        chosen = [
            c
            for c in rank_candidates(session, course.uid, today=today, rows=people)
            if c.row.retirement_date is None or c.row.retirement_date >= first_day
        ]
        if not chosen:
            continue
        by_cat = Counter(c.row.category for c in chosen)
        targeted = [c for c in chosen if any(n.source == "target" for n in c.needs)]
        deadlines = [n.deadline for c in targeted for n in c.needs if n.source == "target" and n.deadline]
        reasons = Counter(_reason_label(n.source, n.reason) for c in chosen for n in c.needs if n.priority >= 30)
        main = "; ".join(f"{text} ({count})" for text, count in reasons.most_common(2))
        summary.append(
            (
                course.code or "",
                course.name,
                course.type_label,
                course.organiser or "",
                len(chosen),
                *(by_cat[cat] for cat in CATEGORIES),
                len(targeted),
                min(deadlines) if deadlines else None,
                main,
            )
        )
        for c in chosen:
            listed.append(
                (
                    course.code or "",
                    course.name,
                    c.row.full_name,
                    c.row.birth_text,
                    c.row.position or "",
                    c.row.department_name,
                    c.reason_text,
                )
            )
    summary_table = Table(
        "Nhu cau theo khoa hoc",
        1,
        f"Nhu cầu đào tạo, bồi dưỡng năm {year} theo khóa học",
        summary_cols,
        tuple(summary),
        sums(summary, summary_cols),
        note="Người cần học: trong đối tượng của khóa, chưa có điều khóa học cấp, chưa được cử; ưu tiên người thuộc "
        "chỉ tiêu kế hoạch còn thiếu, hạn sớm trước. Một người có thể có nhu cầu ở nhiều khóa.",
        pdf_columns=(1, 4, 5, 6, 7, 8, 9, 10, 11),
    )
    people_table = Table(
        "Danh sach nguoi can hoc",
        2,
        f"Danh sách người cần đào tạo, bồi dưỡng năm {year}",
        people_cols,
        tuple(listed),
        None,
    )
    return summary_table, people_table


_SOURCE_LABELS = {
    "target": "thuộc chỉ tiêu kế hoạch còn thiếu",
    "mismatch": "chuyên môn chưa phù hợp vị trí việc làm",
    "course": "chưa tham gia chương trình này",
}


def _reason_label(source: str, reason: str) -> str:
    """Reasons grouped for the summary: by kind, not by each target's wording."""
    label = _SOURCE_LABELS.get(source, reason)
    return label[:1].upper() + label[1:]


def years_ago(today: date, years: int) -> date:
    y, m = add_months(today.year, today.month, -12 * years)
    return date(y, m, min(today.day, last_day_of_month(y, m).day))


def untrained(session: Session, *, years: int = 3, today: date | None = None, unit_code: str | None = None) -> Table:
    """People on the books with no completed training in the last ``years`` years."""
    if years < 1 or years > 50:
        from app.errors import UserError

        raise UserError(f"Số năm phải từ 1 đến 50 (nhận được {years}).")
    today = today or date.today()
    since = years_ago(today, years)
    latest: dict[int, tuple[date, str]] = {}
    for c in load_completions(session):
        if c.day == date.min:
            continue
        known = latest.get(c.staff_id)
        if known is None or c.day > known[0]:
            latest[c.staff_id] = (c.day, c.course_name)
    from sqlalchemy import select

    from db.models import Staff

    ids = dict(session.execute(select(Staff.uid, Staff.id)).all())
    columns = (
        Column("Họ và tên", Kind.TEXT, 26),
        Column("Ngày sinh", Kind.TEXT, 12),
        Column("Đối tượng", Kind.TEXT, 14),
        Column("Chức vụ", Kind.TEXT, 26),
        Column("Phòng, ban", Kind.TEXT, 26),
        Column("Ngày bắt đầu công tác", Kind.DATE, 13),
        Column("Lần học gần nhất", Kind.DATE, 13),
        Column("Khóa học gần nhất", Kind.TEXT, 50),
    )
    rows = []
    for r in list_rows(session, today=today):
        if not r.status.on_books or (unit_code and r.owner_unit != unit_code):
            continue
        last = latest.get(ids.get(r.uid, -1))
        if last is not None and last[0] >= since:
            continue
        rows.append(
            (
                r.full_name,
                r.birth_text,
                r.category_label,
                r.position or "",
                r.department_name,
                r.start_date,
                last[0] if last else None,
                last[1] if last else "Chưa có khóa nào trong hồ sơ",
            )
        )
    return Table(
        "Chua duoc boi duong",
        1,
        f"Danh sách người chưa được đào tạo, bồi dưỡng từ ngày {format_date(since)} ({years} năm gần đây)",
        columns,
        tuple(rows),
        None,
        note=f"{len(rows)} người. Tính các khóa đã hoàn thành (kết quả “Đạt” hoặc đề xuất cử đã hoàn thành).",
    )


def expiring(
    session: Session, *, within_days: int = 90, today: date | None = None, unit_code: str | None = None
) -> Table:
    today = today or date.today()
    columns = (
        Column("Họ và tên", Kind.TEXT, 26),
        Column("Chức vụ", Kind.TEXT, 26),
        Column("Phòng, ban", Kind.TEXT, 26),
        Column("Chứng chỉ", Kind.TEXT, 44),
        Column("Số hiệu", Kind.TEXT, 16),
        Column("Ngày cấp", Kind.DATE, 12),
        Column("Hiệu lực đến", Kind.DATE, 12),
        Column("Tình trạng", Kind.TEXT, 20),
    )
    rows = tuple(
        (
            r.full_name,
            r.position,
            r.department,
            r.name,
            r.certificate_no or "",
            r.issued_on,
            r.valid_until,
            r.state_label,
        )
        for r in certificate_validity(session, today=today, within_days=within_days, unit_code=unit_code)
    )
    expired = sum(1 for r in rows if r[-1].startswith("Đã hết hạn"))
    return Table(
        "Chung chi het han",
        1,
        f"Chứng chỉ đã hết hạn hoặc hết hạn trong {within_days} ngày tới (tính đến {format_date(today)})",
        columns,
        rows,
        None,
        note=f"{len(rows)} chứng chỉ, trong đó {expired} đã hết hạn.",
    )
