"""The read-only summary of the selected person beside the list."""

from __future__ import annotations

from html import escape

from app.dates import format_date
from app.labels import ETHNICITIES, QUALIFICATION_KIND_LABELS, STATUS_LABELS
from app.qualifications import level_label
from app.security.privacy import mask_cccd
from app.staff.form import QualificationInput
from app.staff.job_positions import MATCH_LABELS
from app.staff.records import StaffRow
from ui.i18n import format_duration, tr, tr_label


def person_html(row: StaffRow, qualifications: list[QualificationInput], ratings: list[str] | None = None) -> str:
    def line(label: str, value: str | None) -> str:
        return f"<tr><td style='color:#555;padding-right:8px'>{label}</td><td>{escape(value or '—')}</td></tr>"

    retire = format_date(row.retirement_date)
    if row.months_left is not None:
        retire += tr(" (còn {months_left})").format(months_left=format_duration(row.months_left))
    quals = "".join(
        f"<li><b>{tr_label(QUALIFICATION_KIND_LABELS[q.kind])}:</b> {escape(tr_label(level_label(q.kind, q.level)))}"
        f"{escape(' – ' + q.major) if q.major else ''}{escape(f' ({q.year})') if q.year else ''}</li>"
        for q in qualifications
    )
    status = "" if row.status.on_books else f"<p style='color:#b3261e'><b>{tr_label(STATUS_LABELS[row.status])}</b></p>"
    return (
        f"<h3 style='margin-bottom:2px'>{escape(row.full_name)}</h3>{status}<table>"
        + line(tr("Ngày sinh"), f"{row.birth_text} ({tr_label(row.sex_label)})")
        + line(tr("Dân tộc"), ETHNICITIES.get(row.ethnicity_code or "", ""))
        + line(tr("CCCD"), mask_cccd(row.cccd))  # the summary beside the list; the full number is in the record
        + line(tr("Chức vụ"), row.position)
        + line(tr("Phòng, ban"), row.department_name)
        + line(tr("Vị trí việc làm"), row.job_position)
        + line(tr("Phù hợp VTVL"), tr_label(MATCH_LABELS[row.match]))
        + line(tr("Nghỉ hưu"), retire)
        + "</table>"
        + (
            tr("<p><b>Trình độ, văn bằng</b></p><ul style='margin-left:-20px'>{quals}</ul>").format(quals=quals)
            if quals
            else tr("<p><i>Chưa có văn bằng, chứng chỉ nào.</i></p>")
        )
        + (
            tr("<p><b>Xếp loại chất lượng</b></p>")
            + "<ul style='margin-left:-20px'>"
            + "".join(f"<li>{escape(r)}</li>" for r in ratings)
            + "</ul>"
            if ratings
            else ""
        )
    )
