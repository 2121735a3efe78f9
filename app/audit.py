"""Reading the audit trail: filter, describe, export (the "Nhật ký thay đổi" page and
``boiduong audit list``). Entries are written by the listener in db/audit.py, never here."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.classes.attendance import ATTENDANCE_LABELS
from app.courses.labels import CLASS_STATUS_LABELS
from app.dates import format_date
from app.errors import UserError
from app.labels import CATEGORY_LABELS, ETHNICITIES, QUALIFICATION_KIND_LABELS, SEX_LABELS, STATUS_LABELS
from app.qualifications import level_label
from app.scheduling.sessions import BLOCK_LABELS
from app.security.permissions import Permission, allowed, require
from app.security.privacy import PERSONAL_FIELDS, mask_field
from app.text import fold
from db.audit import LABEL_FIELDS, Action, AuditEntry
from db.base import Base
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
    # courses, nominations, decisions
    "course": "Khóa học",
    "training_class": "Lớp học",
    "nomination": "Cử đi học",
    "nomination_status_change": "Lịch sử cử đi học",
    "decision": "Quyết định cử đi học",
    "decision_item": "Người trong quyết định",
    # classification, plans and targets
    "quality_rating": "Xếp loại chất lượng",
    "plan": "Kế hoạch",
    "plan_target": "Chỉ tiêu",
    "plan_target_member": "Danh sách chốt của chỉ tiêu",
    # sync bundles
    "sync_bundle_log": "Tệp đồng bộ",
    "sync_conflict": "Xung đột đồng bộ",
    "sync_link": "Trao đổi với đơn vị khác",
    "sync_peer_key": "Khóa của đơn vị khác",
    "sync_own_key": "Khóa của đơn vị này",
    "sync_counter": "Bộ đếm thay đổi",
    "class_session": "Buổi học",
    "attendance": "Điểm danh",
    # results of the classes and reviews after training
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
    "source_ref": "Theo lượt cử đi học",
    # courses and classes
    "course_type": "Loại khóa học",
    "organiser": "Cơ quan tổ chức",
    "mode": "Hình thức",
    "duration_days": "Thời gian (ngày)",
    "hours": "Số tiết",
    "target_categories": "Đối tượng",
    "target_positions": "Vị trí việc làm, chức danh",
    "target_note": "Ghi chú về đối tượng",
    "grants_kind": "Hoàn thành được công nhận (loại)",
    "grants_level": "Trình độ được công nhận",
    "grants_certificate": "Chứng chỉ, giấy chứng nhận",
    "requires_commitment": "Phải cam kết phục vụ, bồi hoàn",
    "default_cost": "Kinh phí dự kiến mỗi người (đồng)",
    "funding_source": "Nguồn kinh phí",
    "description": "Nội dung",
    "course_id": "Khóa học",
    "region": "Khu vực",
    "batch": "Đợt",
    "venue": "Địa điểm",
    "end_date": "Đến ngày",
    "capacity": "Số học viên tối đa",
    # nominations and decisions
    "class_id": "Lớp",
    "reason": "Lý do",
    "cost": "Kinh phí (đồng)",
    "commitment": "Cam kết phục vụ",
    "commitment_months": "Số tháng cam kết",
    "decision_id": "Quyết định",
    "completed_on": "Ngày hoàn thành",
    "created_by": "Người lập",
    "nomination_id": "Lượt cử đi học",
    "sort_order": "Thứ tự",
    "number": "Số",
    "symbol": "Ký hiệu",
    "summary": "Trích yếu",
    "authority": "Thẩm quyền ban hành",
    "legal_bases": "Căn cứ",
    "proposal": "Theo đề nghị của",
    "article1": "Điều 1",
    "article2": "Điều 2",
    "article3": "Điều 3",
    "signing_mode": "Hình thức ký",
    "signer_title": "Chức danh người ký",
    "signer_name": "Người ký",
    "recipients": "Nơi nhận",
    "appendix_title": "Tên danh sách kèm theo",
    "amends_id": "Thay thế quyết định",
    "cancelled_on": "Ngày hủy bỏ",
    "cancel_reason": "Lý do hủy bỏ",
    # classification
    "period_kind": "Kỳ xếp loại",
    "period_no": "Quý / tháng",
    "method": "Cách xếp loại",
    "general_score": "Điểm tiêu chí chung",
    "task_score": "Điểm kết quả thực hiện nhiệm vụ",
    "disciplined": "Bị kỷ luật trong kỳ",
    "proposed_level": "Mức theo điểm (đề xuất)",
    "capped": "Hạ mức do tỷ lệ 20%",
    "cap_note": "Lý do hạ mức",
    # plans and targets
    "document": "Văn bản",
    "preset_key": "Theo kế hoạch mẫu",
    "plan_id": "Kế hoạch",
    "target_id": "Chỉ tiêu",
    "population": "Đối tượng",
    "frozen": "Chốt danh sách",
    "frozen_on": "Ngày chốt danh sách",
    "achievement": "Cần đạt",
    "params": "Điều kiện đạt",
    "threshold": "Ngưỡng (%)",
    "comparison": "Cách so ngưỡng",
    "deadline": "Hạn hoàn thành",
    # sync bundles
    "direction": "Chiều",
    "file_hash": "Mã băm tệp",
    "bundle_id": "Mã gói",
    "bundle_type": "Loại tệp",
    "origin_unit": "Đơn vị gửi",
    "destination_unit": "Đơn vị nhận",
    "full": "Toàn bộ dữ liệu",
    "seq_from": "Từ thay đổi số",
    "seq_to": "Đến thay đổi số",
    "created_at": "Tạo lúc",
    "logged_at": "Ghi nhận lúc",
    "result": "Kết quả",
    "counts": "Số bản ghi",
    "message": "Thông báo",
    "file_name": "Tên tệp",
    "size": "Dung lượng (byte)",
    "bundle_hash": "Mã băm tệp",
    "local_revision": "Phiên bản ở đây",
    "local_record": "Bản ở đây",
    "incoming_revision": "Phiên bản nhận được",
    "incoming_record": "Bản nhận được",
    "detected_at": "Phát hiện lúc",
    "resolved_at": "Xử lý lúc",
    "resolved_by": "Người xử lý",
    "unit_code": "Đơn vị",
    "applied_ranges": "Các thay đổi đã nhận",
    "applied_seq": "Đã nhận liên tục đến thay đổi số",
    "applied_through": "Có dữ liệu của đơn vị đó đến",
    "last_bundle_at": "Tệp mới nhất tạo lúc",
    "last_bundle_seq": "Tệp mới nhất đến thay đổi số",
    "last_import_at": "Nhập tệp lần cuối",
    "heads": "Dấu trạng thái đã nhận",
    "install_id": "Mã bản cài đặt",
    "gap": "Còn thiếu",
    "acked_seq": "Đơn vị đó đã xác nhận đến thay đổi số",
    "acked_through": "Đơn vị đó có dữ liệu của đơn vị này đến",
    "ack_bundle_seq": "Xác nhận theo tệp số",
    "last_sent_at": "Gửi lần cuối",
    "last_sent_seq": "Gửi đến thay đổi số",
    "key_id": "Mã khóa",
    "sign_public": "Khóa kiểm tra chữ ký",
    "enc_public": "Khóa mã hóa",
    "sign_private": "Khóa ký (bí mật)",
    "enc_private": "Khóa giải mã (bí mật)",
    "how": "Cách xác nhận",
    "added_at": "Thêm lúc",
    # units, departments, job positions, settings, accounts
    "parent_code": "Trực thuộc",
    "place_name": "Địa danh (trên văn bản)",
    "coverage_min_ratio": "Tỷ lệ tối thiểu ở lại làm việc",
    "coverage_min_per_position": "Số người tối thiểu ở lại mỗi vị trí",
    "receives_citizens": "Tiếp công dân",
    "name_key": "Tên (để tra cứu)",
    "min_level": "Trình độ tối thiểu",
    "accepted_majors": "Chuyên ngành phù hợp",
    "department_kind": "Loại phòng, ban",
    "key": "Mục cài đặt",
    "password_hash": "Mật khẩu (đã mã hóa)",
    "must_change_password": "Phải đổi mật khẩu",
    "failed_attempts": "Số lần nhập sai",
    "locked_until": "Tạm khóa đến",
    "last_sign_in_at": "Đăng nhập lần cuối",
    # results of the classes and reviews after training
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

# The same column name means another thing in some tables.
ENTITY_FIELD_LABELS: dict[str, dict[str, str]] = {
    "training_class": {"start_date": "Từ ngày", "name": "Tên lớp", "code": "Mã lớp"},
    "course": {"name": "Tên chương trình, khóa học", "code": "Mã khóa học", "active": "Trong danh mục"},
    "decision": {"issued_on": "Ngày ban hành", "year": "Năm ban hành"},
    "nomination": {"staff_id": "Người được cử", "reason": "Vì sao được cử"},
    "nomination_status_change": {"staff_id": "Người được cử"},
    "quality_rating": {"level": "Mức xếp loại", "year": "Năm"},
    "plan": {"start_date": "Từ ngày", "name": "Tên kế hoạch"},
    "plan_target": {"start_date": "Ngày bắt đầu tính", "name": "Tên chỉ tiêu"},
    "sync_conflict": {"kind": "Loại dữ liệu", "reason": "Lý do", "uid": "Mã bản ghi"},
    "sync_own_key": {"active": "Đang dùng"},
    "class_session": {
        "class_id": "Lớp",
        "day": "Ngày học",
        "block": "Buổi",
        "start_time": "Giờ bắt đầu",
        "end_time": "Giờ kết thúc",
        "venue": "Địa điểm",
        "room": "Phòng học",
        "topic": "Nội dung",
        "teacher": "Giảng viên",
    },
    "attendance": {"session_id": "Buổi học", "staff_id": "Học viên", "status": "Điểm danh"},
    "training_result": {"note": "Ghi chú kết quả"},
    "training_review": {"nomination_id": "Khóa học được đánh giá"},
}

_STATUS_FIELDS = ("status", "old_status", "new_status")
_CATEGORIES = frozenset(c.value for c in StaffCategory)


def _value_labels() -> dict[tuple[str, str], dict[str, str]]:
    """(table, column) → {stored code: what a person reads}. A table of "*" applies everywhere."""
    from app.courses.labels import (
        COURSE_TYPE_LABELS,
        DECISION_STATUS_LABELS,
        MODE_LABELS,
        NOMINATION_STATUS_LABELS,
        SIGNING_MODE_LABELS,
    )
    from app.evaluations.classification import LEVEL_LABELS, METHOD_LABELS, PERIOD_KIND_LABELS
    from app.evaluations.reviews import OUTCOME_LABELS
    from app.results.results import RESULT_LABELS
    from app.targets.progress import COMPARISON_SIGNS

    nomination = {k.value: v for k, v in NOMINATION_STATUS_LABELS.items()}
    levels = {k.value: v for k, v in LEVEL_LABELS.items()}
    kinds = {k.value: v for k, v in QUALIFICATION_KIND_LABELS.items()}
    out: dict[tuple[str, str], dict[str, str]] = {
        ("training_class", "status"): {k.value: v for k, v in CLASS_STATUS_LABELS.items()},
        ("attendance", "status"): {str(k): v for k, v in ATTENDANCE_LABELS.items()},
        ("class_session", "block"): {b.value: label for b, label in BLOCK_LABELS.items()},
        ("nomination", "status"): nomination,
        ("nomination_status_change", "old_status"): nomination,
        ("nomination_status_change", "new_status"): nomination,
        ("decision", "status"): {k.value: v for k, v in DECISION_STATUS_LABELS.items()},
        ("decision", "signing_mode"): {k.value: v for k, v in SIGNING_MODE_LABELS.items()},
        ("*", "course_type"): {k.value: v for k, v in COURSE_TYPE_LABELS.items()},
        ("training_result", "result"): {k.value: v for k, v in RESULT_LABELS.items()},
        ("training_review", "overall"): {k.value: v for k, v in OUTCOME_LABELS.items()},
        ("*", "mode"): {k.value: v for k, v in MODE_LABELS.items()},
        ("*", "grants_kind"): kinds,
        ("quality_rating", "level"): levels,
        ("quality_rating", "proposed_level"): levels,
        ("quality_rating", "method"): {k.value: v for k, v in METHOD_LABELS.items()},
        ("quality_rating", "period_kind"): {k.value: v for k, v in PERIOD_KIND_LABELS.items()},
        ("plan_target", "comparison"): {k.value: f"{v} ngưỡng" for k, v in COMPARISON_SIGNS.items()},
        ("sync_bundle_log", "direction"): {"in": "Nhận", "out": "Gửi"},
        ("sync_bundle_log", "bundle_type"): {"data": "Dữ liệu", "setup": "Thiết lập cho xã"},
        ("sync_bundle_log", "result"): {
            "sent": "Đã gửi",
            "applied": "Đã nhập",
            "preview": "Xem trước",
            "already": "Đã nhập trước đó",
            "refused": "Bị từ chối",
            "needs_key": "Cần xác nhận khóa",
            "waiting": "Chờ tệp trước đó",
        },
        ("sync_conflict", "status"): {
            "open": "Chờ xử lý",
            "kept": "Giữ bản ở đây",
            "taken": "Nhận bản của đơn vị quản lý",
        },
        ("sync_conflict", "reason"): {
            "same_revision": "Cùng phiên bản, nội dung khác",
            "edit_vs_delete": "Sửa và xóa cùng lúc",
        },
        ("sync_peer_key", "status"): {"trusted": "Đã xác nhận", "replaced": "Đã được thay", "revoked": "Đã thu hồi"},
        ("sync_peer_key", "how"): {
            "setup": "Theo tệp thiết lập của tỉnh",
            "confirmed": "Người dùng xác nhận",
            "demo": "Dữ liệu mẫu",
        },
    }
    return out


_VALUE_LABELS: dict[tuple[str, str], dict[str, str]] = {}


def value_label(entity: str | None, field: str, value: str) -> str | None:
    """The label of a code stored in ``entity.field``, if it has one."""
    if not _VALUE_LABELS:
        _VALUE_LABELS.update(_value_labels())
    for key in ((entity or "", field), ("*", field)):
        labels = _VALUE_LABELS.get(key)
        if labels is not None and value in labels:
            return labels[value]
    return None


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
    return _named_references(session, rows)


def _target_table(entity: str, field: str) -> str | None:
    """The table a column of ``entity`` refers to, if it is a foreign key."""
    table = Base.metadata.tables.get(entity)
    column = table.columns.get(field) if table is not None else None
    if column is None or not column.foreign_keys:
        return None
    return next(iter(column.foreign_keys)).column.table.name


def _reference_labels(session: Session, table_name: str, ids: set[int]) -> dict[int, str]:
    """How a person names the rows ``ids`` of ``table_name``: a nomination by its learner and course, a
    decision by its number ("số 05/QĐ-UBND năm 2026", or its summary while a draft), a class by its code and
    name, other rows by their name."""
    tables = Base.metadata.tables
    t = tables[table_name]
    out: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        chunk = sorted(ids)[i : i + 500]
        if table_name == "nomination":
            staff, course = tables["staff"], tables["course"]
            query = (
                select(t.c.id, staff.c.full_name, course.c.name)
                .join(staff, staff.c.id == t.c.staff_id)
                .join(course, course.c.id == t.c.course_id)
                .where(t.c.id.in_(chunk))
            )
            out.update({r[0]: f"{r[1]} — {r[2]}" for r in session.execute(query)})
        elif table_name == "decision":
            query = select(t.c.id, t.c.number, t.c.symbol, t.c.year, t.c.summary).where(t.c.id.in_(chunk))
            for r in session.execute(query):
                out[r.id] = (
                    f"số {r.number:02d}/{r.symbol} năm {r.year}" if r.number else f"dự thảo “{(r.summary or '')[:80]}”"
                )
        elif table_name == "training_class":
            query = select(t.c.id, t.c.code, t.c.name).where(t.c.id.in_(chunk))
            out.update({r.id: " – ".join(x for x in (r.code, r.name) if x) for r in session.execute(query)})
        elif table_name == "class_session" and "day" in t.c:
            query = select(t.c.id, t.c.day, t.c.start_time).where(t.c.id.in_(chunk))
            out.update({r.id: f"{format_date(r.day)} {r.start_time or ''}".strip() for r in session.execute(query)})
        elif (name := next((f for f in LABEL_FIELDS if f in t.c), None)) is not None:
            query = select(t.c.id, t.c[name]).where(t.c.id.in_(chunk))
            out.update({r[0]: str(r[1]) for r in session.execute(query) if r[1]})
    return out


#: the field whose row names an entry that has no name of its own (a review by its training)
_NAMING_FIELDS = ("staff_id", "nomination_id", "class_id", "decision_id", "session_id", "plan_id", "target_id")


def _named_references(session: Session, rows: list[AuditRow]) -> list[AuditRow]:
    """Foreign keys the writer could only record as numbers (the row they point to was not loaded, or
    has no name of its own: a nomination, a decision) are named at reading time, so the page never shows
    "Quyết định: 12" for the decision whose id is 12. An entry without a label takes the name of what it
    belongs to."""
    wanted: dict[str, set[int]] = {}
    for row in rows:
        if not row.label and row.entity_id is not None and row.entity in Base.metadata.tables:
            wanted.setdefault(row.entity, set()).add(row.entity_id)
        for field, values in row.changes.items():
            if not isinstance(values, list) or (target := _target_table(row.entity, field)) is None:
                continue
            wanted.setdefault(target, set()).update(v for v in values if isinstance(v, int) and not isinstance(v, bool))
    if not wanted:
        return rows
    names = {
        (table, i): label
        for table, ids in wanted.items()
        for i, label in _reference_labels(session, table, ids).items()
    }
    out = []
    for row in rows:
        changes = dict(row.changes)
        named: dict[str, str] = {}
        for field, values in row.changes.items():
            if not isinstance(values, list) or (target := _target_table(row.entity, field)) is None:
                continue
            changes[field] = [
                names.get((target, v), v) if isinstance(v, int) and not isinstance(v, bool) else v for v in values
            ]
            if isinstance(after := changes[field][-1] or changes[field][0], str):
                named[field] = after
        label = (
            row.label
            or (names.get((row.entity, row.entity_id), "") if row.entity_id is not None else "")
            or next((named[f] for f in _NAMING_FIELDS if f in named), "")
        )
        out.append(
            replace(row, changes=changes, label=label) if (changes != row.changes or label != row.label) else row
        )
    return out


def known_users(session: Session) -> list[str]:
    require(session, Permission.VIEW_AUDIT)
    return sorted(u for u in session.scalars(select(AuditEntry.user).distinct()) if u)


def known_entities(session: Session) -> list[str]:
    require(session, Permission.VIEW_AUDIT)
    return sorted(session.scalars(select(AuditEntry.entity).distinct()))


def may_see_personal_data(session: Session) -> bool:
    return allowed(session, Permission.VIEW_PERSONAL_DATA)


def field_label(name: str, entity: str | None = None) -> str:
    return ENTITY_FIELD_LABELS.get(entity or "", {}).get(name) or FIELD_LABELS.get(name, name)


def value_text(field: str, value: Any, *, mask: bool, entity: str | None = None) -> str:
    """A stored value as a person reads it: dates dd/mm/yyyy, codes by their labels (``entity``: the
    table, where the same column holds another list of codes — a class's status is not a person's)."""
    if mask and field in PERSONAL_FIELDS:
        value = mask_field(field, value)
        return "" if value is None else str(value)
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, str):
        if (label := value_label(entity, field, value)) is not None:
            return label
        if field == "target_categories" and value:
            return ", ".join(
                CATEGORY_LABELS.get(StaffCategory(c), c) if c in _CATEGORIES else c for c in value.split(",")
            )
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
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return format_date(date.fromisoformat(value))
            except ValueError:
                return value
        if len(value) >= 19 and value[4] == "-" and value[10] == "T":  # a moment: local time, as "Thời điểm"
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return value
            return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone().strftime("%d/%m/%Y %H:%M")
    if isinstance(
        value, list | dict
    ):  # book-keeping held as JSON (what a link acknowledged): its size, not its innards
        return f"{len(value)} mục" if value else ""
    return str(value)


def describe(row: AuditRow, *, mask: bool = True) -> list[tuple[str, str, str]]:
    """(field label, before, after) for each changed field. The owner named in the entry's label is
    not repeated ("Người: Nguyễn Văn An" on each of their qualifications)."""
    kind = row.changes.get("kind", [None, None])
    kind_code = str(kind[1] or kind[0] or "") if isinstance(kind, list) and len(kind) == 2 else ""
    grants = row.changes.get("grants_kind", [None, None])
    grants_code = str(grants[1] or grants[0] or "") if isinstance(grants, list) and len(grants) == 2 else ""
    out = []
    for k, v in row.changes.items():
        if not (isinstance(v, list) and len(v) == 2) or (k == "staff_id" and row.label in v):
            continue
        if k == "level" and kind_code in QualificationKind.__members__.values():
            before, after = (level_label(QualificationKind(kind_code), x) if x else "" for x in v)
        elif k == "grants_level" and grants_code in QualificationKind.__members__.values():
            before, after = (level_label(QualificationKind(grants_code), x) if x else "" for x in v)
        else:
            before, after = (value_text(k, x, mask=mask, entity=row.entity) for x in v)
        out.append((field_label(k, row.entity), before, after))
    return out


def summary(row: AuditRow, *, mask: bool = True, limit: int = 4) -> str:
    parts = [
        f"{f}: {b or '∅'} → {a or '∅'}" if b else f"{f}: {a}"
        for f, b, a in describe(row, mask=mask)
        if b or a  # nothing to read (an empty list created empty)
    ]
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
