"""Reading the audit trail: filter, describe, export (the "Nhật ký thay đổi" page and
``boiduong audit list``). Entries are written by the listener in db/audit.py, never here."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.dates import format_date
from app.errors import UserError
from app.labels import CATEGORY_LABELS, ETHNICITIES, QUALIFICATION_KIND_LABELS, SEX_LABELS, STATUS_LABELS
from app.qualifications import level_label
from app.security.permissions import Permission, allowed, require
from app.security.privacy import PERSONAL_FIELDS, mask_field
from app.text import fold
from db.audit import Action, AuditEntry
from db.database import Database
from db.enums import QualificationKind, Sex, StaffCategory, StaffStatus

ACTION_LABELS: dict[str, str] = {
    Action.CREATE: "Thêm mới",
    Action.UPDATE: "Sửa",
    Action.STATUS: "Đổi trạng thái",
    Action.DELETE: "Xóa",
    Action.UNDELETE: "Khôi phục bản ghi",
    Action.SIGN_IN: "Đăng nhập",
    Action.SIGN_IN_FAILED: "Đăng nhập sai",
    Action.LOCKED: "Tạm khóa tài khoản",
    Action.SIGN_OUT: "Đăng xuất",
}

# Later areas add their tables here (one line each); an unknown table shows its own name.
ENTITY_LABELS: dict[str, str] = {
    "staff": "Hồ sơ cán bộ",
    "qualification": "Văn bằng, chứng chỉ",
    "staff_status_change": "Lịch sử trạng thái",
    "department": "Phòng, ban",
    "unit": "Đơn vị",
    "job_position": "Vị trí việc làm",
    "app_setting": "Cài đặt",
    "user_account": "Tài khoản",
    "training_result": "Kết quả học tập",
    "training_review": "Đánh giá sau bồi dưỡng",
}

FIELD_LABELS: dict[str, str] = {
    "full_name": "Họ và tên",
    "other_name": "Tên gọi khác",
    "sex": "Giới tính",
    "date_of_birth": "Ngày sinh",
    "dob_precision": "Độ chính xác ngày sinh",
    "place_of_birth": "Nơi sinh",
    "home_town": "Quê quán",
    "ethnicity_code": "Dân tộc",
    "religion": "Tôn giáo",
    "cccd": "Số CCCD",
    "phone": "Điện thoại",
    "email": "Thư điện tử",
    "address": "Địa chỉ",
    "category": "Đối tượng",
    "position": "Chức vụ, chức danh",
    "job_position": "Vị trí việc làm",
    "department_id": "Phòng, ban",
    "rank_code": "Mã ngạch",
    "start_date": "Ngày bắt đầu công tác",
    "general_education": "Giáo dục phổ thông",
    "party_member": "Đảng viên",
    "party_join_date": "Ngày vào Đảng",
    "party_official_date": "Ngày chính thức",
    "planning_post": "Quy hoạch chức danh",
    "planning_term": "Nhiệm kỳ quy hoạch",
    "notes": "Ghi chú",
    "status": "Trạng thái",
    "status_date": "Ngày đổi trạng thái",
    "status_note": "Lý do",
    "retirement_override": "Ngày nghỉ hưu (nhập tay)",
    "retirement_date": "Ngày nghỉ hưu",
    "qualification_match_override": "Phù hợp VTVL (nhập tay)",
    "qualification_mismatch": "Chưa phù hợp VTVL",
    "kind": "Loại",
    "level": "Trình độ",
    "major": "Chuyên ngành",
    "institution": "Cơ sở đào tạo",
    "year": "Năm",
    "certificate_no": "Số hiệu văn bằng",
    "name": "Tên",
    "code": "Mã",
    "role": "Vai trò",
    "active": "Đang hoạt động",
    "display_name": "Họ tên",
    "username": "Tên đăng nhập",
    "value": "Giá trị",
    "deleted": "Đã xóa",
    "owner_unit": "Đơn vị sở hữu",
    "uid": "Mã định danh",
    "old_status": "Trạng thái cũ",
    "new_status": "Trạng thái mới",
    "note": "Ghi chú",
    "staff_id": "Người",
    "effective_date": "Ngày hiệu lực",
    "changed_by": "Người thực hiện",
    "changed_at": "Thời điểm",
    "issued_on": "Ngày cấp",
    "valid_until": "Hiệu lực đến",
    "training_form": "Hình thức đào tạo",
    "source": "Nguồn",
    # results of the classes and reviews after training
    "nomination_id": "Lượt cử đi học",
    "class_id": "Lớp",
    "result": "Kết quả",
    "score": "Điểm",
    "grade": "Xếp loại",
    "certificate_date": "Ngày cấp chứng chỉ",
    "recorded_by": "Người nhập",
    "certificate_valid_months": "Chứng chỉ có hiệu lực (tháng)",
    "reviewed_on": "Ngày đánh giá",
    "reviewer": "Người đánh giá",
    "task_results": "Kết quả thực hiện nhiệm vụ",
    "task_results_note": "Nhận xét: kết quả thực hiện nhiệm vụ",
    "advice_quality": "Chất lượng tham mưu",
    "advice_quality_note": "Nhận xét: chất lượng tham mưu",
    "responsibility": "Tinh thần trách nhiệm",
    "responsibility_note": "Nhận xét: tinh thần trách nhiệm",
    "discipline": "Ý thức kỷ luật, kỷ cương",
    "discipline_note": "Nhận xét: ý thức kỷ luật",
    "coordination": "Phối hợp liên ngành",
    "coordination_note": "Nhận xét: phối hợp liên ngành",
    "satisfaction": "Sự hài lòng của người dân, doanh nghiệp",
    "satisfaction_note": "Nhận xét: sự hài lòng",
    "overall": "Kết luận",
    "conclusion": "Nhận xét chung",
    "recommendation": "Kiến nghị",
}

_STATUS_FIELDS = ("status", "old_status", "new_status")
#: stored codes of other fields, by field, as people read them
_CODE_LABELS: dict[str, dict[str, str]] = {
    "result": {
        "pending": "Chưa có kết quả",
        "passed": "Đạt",
        "failed": "Không đạt",
        "absent": "Vắng, bỏ học",
        "withdrawn": "Rút, không học",
    },
    "overall": {
        "high": "Hiệu quả rõ rệt",
        "effective": "Có hiệu quả",
        "limited": "Hiệu quả hạn chế",
        "none": "Chưa có hiệu quả",
    },
}


@dataclass(frozen=True)
class AuditFilter:
    search: str = ""  # folded match on the record's label, the user, the uid
    user: str | None = None
    entity: str | None = None
    action: str | None = None
    date_from: date | None = None  # local dates, inclusive
    date_to: date | None = None
    entity_uid: str | None = None
    limit: int | None = 10_000


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    user: str
    unit: str | None
    source: str
    action: str
    entity: str
    entity_uid: str | None
    entity_id: int | None
    label: str
    changes: dict[str, list[Any]]

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def entity_label(self) -> str:
        return ENTITY_LABELS.get(self.entity, self.entity)

    @property
    def who(self) -> str:
        if self.source == "sync":
            return f"Đơn vị {self.unit or '?'} (đồng bộ)"
        return self.user or "—"

    @property
    def local_time(self) -> datetime:
        return self.at.astimezone()

    @property
    def when(self) -> str:
        return self.local_time.strftime("%d/%m/%Y %H:%M:%S")


def _local_day_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def list_entries(session: Session, criteria: AuditFilter | None = None) -> list[AuditRow]:
    """Newest first. Needs VIEW_AUDIT. Filters run in SQL; the accent-insensitive search folds the
    short label/user/uid of each candidate in Python (SQLite's LIKE knows no Vietnamese: "nguyen" must
    find "Nguyễn"), reading in batches and stopping at the limit."""
    require(session, Permission.VIEW_AUDIT)
    c = criteria or AuditFilter()
    t = AuditEntry.__table__
    query = select(t).order_by(t.c.at.desc(), t.c.id.desc())
    if c.user:
        query = query.where(t.c.user == c.user)
    if c.entity:
        query = query.where(t.c.entity == c.entity)
    if c.action:
        query = query.where(t.c.action == c.action)
    if c.entity_uid:
        query = query.where(t.c.entity_uid == c.entity_uid)
    if c.date_from:
        query = query.where(t.c.at >= _local_day_start(c.date_from))
    if c.date_to:
        query = query.where(t.c.at < _local_day_start(c.date_to + timedelta(days=1)))
    tokens = fold(c.search).split()
    if c.limit and not tokens:
        query = query.limit(c.limit)
    rows: list[AuditRow] = []
    result = session.execute(query.execution_options(yield_per=2000))
    for e in result:
        if tokens:
            hay = fold(f"{e.label} {e.user} {e.entity_uid or ''} {e.unit or ''}")
            if not all(tok in hay for tok in tokens):
                continue
        rows.append(
            AuditRow(
                id=e.id,
                at=e.at,
                user=e.user,
                unit=e.unit,
                source=e.source,
                action=e.action,
                entity=e.entity,
                entity_uid=e.entity_uid,
                entity_id=e.entity_id,
                label=e.label,
                changes=dict(e.changes or {}),
            )
        )
        if c.limit and len(rows) >= c.limit:
            break
    result.close()
    return rows


def known_users(session: Session) -> list[str]:
    require(session, Permission.VIEW_AUDIT)
    return sorted(u for u in session.scalars(select(AuditEntry.user).distinct()) if u)


def known_entities(session: Session) -> list[str]:
    require(session, Permission.VIEW_AUDIT)
    return sorted(session.scalars(select(AuditEntry.entity).distinct()))


def may_see_personal_data(session: Session) -> bool:
    return allowed(session, Permission.VIEW_PERSONAL_DATA)


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def value_text(field: str, value: Any, *, mask: bool) -> str:
    """A stored value as a person reads it: dates dd/mm/yyyy, codes by their labels."""
    if mask and field in PERSONAL_FIELDS:
        value = mask_field(field, value)
        return "" if value is None else str(value)
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, str):
        if field in _STATUS_FIELDS and value in StaffStatus.__members__.values():
            return STATUS_LABELS[StaffStatus(value)]
        if field == "category" and value in StaffCategory.__members__.values():
            return CATEGORY_LABELS[StaffCategory(value)]
        if field == "sex" and value in Sex.__members__.values():
            return SEX_LABELS[Sex(value)]
        if field == "kind" and value in QualificationKind.__members__.values():
            return QUALIFICATION_KIND_LABELS[QualificationKind(value)]
        if field == "ethnicity_code" and value in ETHNICITIES:
            return ETHNICITIES[value]
        if field in _CODE_LABELS and value in _CODE_LABELS[field]:
            return _CODE_LABELS[field][value]
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return format_date(date.fromisoformat(value))
            except ValueError:
                return value
    return str(value)


def describe(row: AuditRow, *, mask: bool = True) -> list[tuple[str, str, str]]:
    """(field label, before, after) for each changed field. The owner named in the entry's label is
    not repeated ("Người: Nguyễn Văn An" on each of their qualifications)."""
    kind = row.changes.get("kind", [None, None])
    kind_code = str(kind[1] or kind[0] or "") if isinstance(kind, list) and len(kind) == 2 else ""
    out = []
    for k, v in row.changes.items():
        if not (isinstance(v, list) and len(v) == 2) or (k == "staff_id" and row.label in v):
            continue
        if k == "level" and kind_code in QualificationKind.__members__.values():
            before, after = (level_label(QualificationKind(kind_code), x) if x else "" for x in v)
        else:
            before, after = value_text(k, v[0], mask=mask), value_text(k, v[1], mask=mask)
        out.append((field_label(k), before, after))
    return out


def summary(row: AuditRow, *, mask: bool = True, limit: int = 4) -> str:
    parts = [f"{f}: {b or '∅'} → {a or '∅'}" if b else f"{f}: {a}" for f, b, a in describe(row, mask=mask)]
    more = f" (+{len(parts) - limit})" if len(parts) > limit else ""
    return "; ".join(parts[:limit]) + more


def entry_json(row: AuditRow, *, mask: bool = True) -> dict[str, Any]:
    changes = {
        k: [mask_field(k, v[0]), mask_field(k, v[1])] if mask and k in PERSONAL_FIELDS else v
        for k, v in row.changes.items()
    }
    return {
        "id": row.id,
        "at": row.at.isoformat(),
        "user": row.user,
        "unit": row.unit,
        "source": row.source,
        "action": row.action,
        "entity": row.entity,
        "uid": row.entity_uid,
        "label": row.label,
        "changes": changes,
    }


EXPORT_HEADER = (
    "Thời điểm",
    "Người thực hiện",
    "Thao tác",
    "Loại dữ liệu",
    "Bản ghi",
    "Mã định danh",
    "Trường",
    "Trước",
    "Sau",
)


def _export_lines(rows: Iterable[AuditRow], mask: bool) -> Iterable[tuple[str, ...]]:
    for r in rows:
        details = describe(r, mask=mask) or [("", "", "")]
        for field, before, after in details:
            yield (r.when, r.who, r.action_label, r.entity_label, r.label, r.entity_uid or "", field, before, after)


def export_entries(session: Session, rows: Sequence[AuditRow], path: Path, *, full_personal_data: bool = False) -> int:
    """Write the entries to .xlsx or .csv (one line per changed field). Personal data is masked unless
    asked for in full by someone allowed to see it. Returns the number of lines written."""
    require(session, Permission.EXPORT_DATA)
    if full_personal_data:
        require(session, Permission.VIEW_PERSONAL_DATA)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError(f"Chỉ xuất được ra tệp .xlsx hoặc .csv, không phải “{path.name}”.")
    if not path.parent.is_dir():
        raise UserError(f"Thư mục không tồn tại: {path.parent}")
    lines = list(_export_lines(rows, mask=not full_personal_data))
    tmp = path.with_name(path.name + ".part")
    if suffix == ".csv":
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:  # BOM: Excel opens Vietnamese correctly
            writer = csv.writer(f)
            writer.writerow(EXPORT_HEADER)
            writer.writerows(lines)
    else:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        wb = Workbook(write_only=False)
        ws = wb.active
        ws.title = "Nhật ký thay đổi"
        ws.append(EXPORT_HEADER)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for line in lines:
            ws.append(list(line))
        for col, width in zip("ABCDEFGHI", (20, 22, 16, 20, 28, 38, 24, 30, 30), strict=True):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A2"
        wb.save(tmp)
    tmp.replace(path)
    return len(lines)


class AuditService:
    """The audit trail as the GUI reads it (each call its own session)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def entries(self, criteria: AuditFilter) -> list[AuditRow]:
        with self.db.reading() as s:
            return list_entries(s, criteria)

    def users(self) -> list[str]:
        with self.db.reading() as s:
            return known_users(s)

    def entities(self) -> list[str]:
        with self.db.reading() as s:
            return known_entities(s)

    def may_see_personal_data(self) -> bool:
        with self.db.reading() as s:
            return may_see_personal_data(s)

    def export(self, rows: Sequence[AuditRow], path: Path, *, full_personal_data: bool = False) -> int:
        with self.db.reading() as s:
            return export_entries(s, rows, path, full_personal_data=full_personal_data)
