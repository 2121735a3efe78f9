"""The read-only summary of the selected person beside the list."""

from __future__ import annotations

from datetime import date
from html import escape

from app.dates import format_date
from app.labels import ETHNICITIES, QUALIFICATION_KIND_LABELS, STATUS_LABELS
from app.qualifications import level_label
from app.security.privacy import mask_cccd
from app.staff.form import QualificationInput
from app.staff.job_positions import MATCH_LABELS
from app.staff.records import StaffRow
from ui.i18n import format_duration, tr, tr_label

EXPIRY_WARNING_DAYS = 90


def validity_html(valid_until: date | None, today: date) -> str:
    """A certificate's validity beside it: red once expired, amber in the last three months."""
    if valid_until is None:
        return ""
    left = (valid_until - today).days
    if left < 0:
        text, colour = tr("hết hạn từ {d}").format(d=format_date(valid_until)), "#b3261e"
    elif left <= EXPIRY_WARNING_DAYS:
        text, colour = tr("sắp hết hạn: {d}").format(d=format_date(valid_until)), "#8a5a00"
    else:
        text, colour = tr("hiệu lực đến {d}").format(d=format_date(valid_until)), "#555"
    return f" <span style='color:{colour}'>— {escape(text)}</span>"


def person_html(
    row: StaffRow,
    qualifications: list[QualificationInput],
    ratings: list[str] | None = None,
    today: date | None = None,
) -> str:
    def line(label: str, value: str | None) -> str:
        return f"<tr><td style='color:#555;padding-right:8px'>{label}</td><td>{escape(value or '—')}</td></tr>"

    retire = format_date(row.retirement_date)
    if row.months_left is not None:
        retire += tr(" (còn {months_left})").format(months_left=format_duration(row.months_left))
    quals = "".join(
        f"<li><b>{tr_label(QUALIFICATION_KIND_LABELS[q.kind])}:</b> {escape(tr_label(level_label(q.kind, q.level)))}"
        f"{escape(' – ' + q.major) if q.major else ''}{escape(f' ({q.year})') if q.year else ''}"
        f"{validity_html(q.valid_until, today or date.today())}</li>"
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
