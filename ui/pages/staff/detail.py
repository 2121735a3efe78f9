"""The read-only summary of the selected person beside the list."""

from __future__ import annotations

from html import escape

from app.dates import format_date, format_duration_months
from app.labels import ETHNICITIES, QUALIFICATION_KIND_LABELS, STATUS_LABELS
from app.qualifications import level_label
from app.staff.form import QualificationInput
from app.staff.job_positions import MATCH_LABELS
from app.staff.records import StaffRow


def person_html(row: StaffRow, qualifications: list[QualificationInput], ratings: list[str] | None = None) -> str:
    def line(label: str, value: str | None) -> str:
        return f"<tr><td style='color:#555;padding-right:8px'>{label}</td><td>{escape(value or '—')}</td></tr>"

    retire = format_date(row.retirement_date)
    if row.months_left is not None:
        retire += f" (còn {format_duration_months(row.months_left)})"
    quals = "".join(
        f"<li><b>{QUALIFICATION_KIND_LABELS[q.kind]}:</b> {escape(level_label(q.kind, q.level))}"
        f"{escape(' – ' + q.major) if q.major else ''}{escape(f' ({q.year})') if q.year else ''}</li>"
        for q in qualifications
    )
    status = "" if row.status.on_books else f"<p style='color:#b3261e'><b>{STATUS_LABELS[row.status]}</b></p>"
    return (
        f"<h3 style='margin-bottom:2px'>{escape(row.full_name)}</h3>{status}<table>"
        + line("Ngày sinh", f"{row.birth_text} ({row.sex_label})")
        + line("Dân tộc", ETHNICITIES.get(row.ethnicity_code or "", ""))
        + line("CCCD", row.cccd)
        + line("Chức vụ", row.position)
        + line("Phòng, ban", row.department_name)
        + line("Vị trí việc làm", row.job_position)
        + line("Phù hợp VTVL", MATCH_LABELS[row.match])
        + line("Nghỉ hưu", retire)
        + "</table>"
        + (
            f"<p><b>Trình độ, văn bằng</b></p><ul style='margin-left:-20px'>{quals}</ul>"
            if quals
            else "<p><i>Chưa có văn bằng, chứng chỉ nào.</i></p>"
        )
        + (
            "<p><b>Xếp loại chất lượng</b></p><ul style='margin-left:-20px'>"
            + "".join(f"<li>{escape(r)}</li>" for r in ratings)
            + "</ul>"
            if ratings
            else ""
        )
    )
