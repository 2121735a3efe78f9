"""The names app/ gives stored codes (statuses, categories, kinds, levels…), marked for translation.

app/ never imports Qt and its labels stay Vietnamese there (the CLI, PDFs and exports use them), so
lupdate, which reads ui/, cannot see them. The interface shows them through ``tr_label(label)`` (their own
translation context, "label": a code's name may need other English than the same words in a sentence or a
column heading, e.g. the status "Nghỉ hưu" is "Retired", the column "Nghỉ hưu" is "Retirement"); this module
lists them as literals so they reach boiduong_en.ts. ``python -m ui.app_labels`` rewrites LABELS from
``collect()`` (``make translations`` runs it first); tests/unit/test_translations.py fails when a label
is missing. Text app/ composes (durations, histories, error messages) is not covered and stays Vietnamese.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ui.i18n import QT_TRANSLATE_NOOP


def _values(*mappings: Mapping[Any, str]) -> Iterator[str]:
    for mapping in mappings:
        yield from mapping.values()


def collect() -> list[str]:
    """Every label the interface may pass through ``tr()``, in a stable order, without repeats."""
    from app import labels
    from app.audit import ACTION_LABELS, ENTITY_LABELS
    from app.backup import REASON_LABELS
    from app.classes.attendance import ATTENDANCE_LABELS
    from app.classes.exports import EXPORT_LABELS
    from app.classes.sessions import SESSION_LABELS
    from app.classes.status import CLASS_STATUS_VERBS
    from app.courses import labels as course_labels
    from app.courses.catalogue import CLASS_LABELS, COURSE_LABELS
    from app.courses.nominations import TRANSITION_VERBS
    from app.evaluations import classification, reviews
    from app.excel.columns import FIELD_LABELS as EXCEL_FIELD_LABELS
    from app.excel.staff_import import ACTION_LABELS as IMPORT_ACTION_LABELS
    from app.qualifications import levels
    from app.results.results import RESULT_LABELS
    from app.scheduling.conflicts import KIND_LABELS as CONFLICT_LABELS
    from app.scheduling.sessions import BLOCK_LABELS, WEEKDAY_NAMES
    from app.security.permissions import ROLE_LABELS
    from app.staff import roles
    from app.staff.form import LABELS as FORM_LABELS
    from app.staff.job_positions import MATCH_LABELS
    from app.staff.records import GAP_LABELS
    from app.sync.catalogue import REGISTRY
    from app.sync.importer import STATUS_LABELS as SYNC_STATUS_LABELS
    from app.targets import achievements, progress
    from db.enums import QualificationKind

    found: list[Iterable[str]] = [
        _values(
            labels.CATEGORY_LABELS,
            labels.CATEGORY_SHORT,
            labels.STATUS_LABELS,
            labels.SEX_LABELS,
            labels.UNIT_KIND_LABELS,
            labels.QUALIFICATION_KIND_LABELS,
            FORM_LABELS,
            MATCH_LABELS,
            GAP_LABELS,
            course_labels.COURSE_TYPE_LABELS,
            course_labels.MODE_LABELS,
            course_labels.CLASS_STATUS_LABELS,
            course_labels.NOMINATION_STATUS_LABELS,
            course_labels.DECISION_STATUS_LABELS,
            course_labels.SIGNING_MODE_LABELS,
            TRANSITION_VERBS,
            COURSE_LABELS,
            CLASS_LABELS,
            classification.LEVEL_LABELS,
            classification.LEVEL_SHORT,
            classification.METHOD_LABELS,
            classification.PERIOD_KIND_LABELS,
            progress.STATUS_LABELS,
            roles.ROLE_LABELS,
            roles.ROLE_SHORT,
            ROLE_LABELS,
            REASON_LABELS,
            SYNC_STATUS_LABELS,
            ACTION_LABELS,
            ENTITY_LABELS,
            EXCEL_FIELD_LABELS,
            IMPORT_ACTION_LABELS,
            ATTENDANCE_LABELS,
            EXPORT_LABELS,
            SESSION_LABELS,
            CLASS_STATUS_VERBS,
            CONFLICT_LABELS,
            BLOCK_LABELS,
            RESULT_LABELS,
            reviews.OUTCOME_LABELS,
            reviews.DUE_LABELS,
            reviews.CRITERION_SHORT,
            reviews.SCALE,
        ),
        WEEKDAY_NAMES,
        (text for c in reviews.CRITERIA for text in (c.label, c.hint)),
        (d.label for d in progress.DIMENSIONS.values()),
        (level.label for kind in QualificationKind for level in levels(kind)),
        (spec.kind.label for spec in REGISTRY),
    ]
    for kind in achievements.achievement_types():
        fields = kind.fields()
        found.append([kind.label, *(f.label for f in fields)])
        # the choices of a field may depend on another's value: ask with each value of each field
        settings: list[dict[str, Any]] = [{}, *({f.name: c.value} for f in fields for c in f.choices({}))]
        for params in settings:
            found.append(c.label for f in fields for c in f.choices(params) if not re.search(r"\d", c.label))
    out: dict[str, None] = {}
    for group in found:
        for text in group:
            if text and re.search(r"[^\W\d_]", text):  # a word, not a symbol or a number
                out.setdefault(text, None)
    return list(out)


# generated by `python -m ui.app_labels`: do not edit by hand
LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("label", "Cán bộ"),
    QT_TRANSLATE_NOOP("label", "Công chức"),
    QT_TRANSLATE_NOOP("label", "Viên chức"),
    QT_TRANSLATE_NOOP("label", "Người hoạt động không chuyên trách"),
    QT_TRANSLATE_NOOP("label", "Thôn, tổ dân phố"),
    QT_TRANSLATE_NOOP("label", "Không chuyên trách"),
    QT_TRANSLATE_NOOP("label", "Thôn, TDP"),
    QT_TRANSLATE_NOOP("label", "Đang công tác"),
    QT_TRANSLATE_NOOP("label", "Nghỉ dài hạn"),
    QT_TRANSLATE_NOOP("label", "Chuyển công tác"),
    QT_TRANSLATE_NOOP("label", "Nghỉ hưu"),
    QT_TRANSLATE_NOOP("label", "Thôi việc"),
    QT_TRANSLATE_NOOP("label", "Nam"),
    QT_TRANSLATE_NOOP("label", "Nữ"),
    QT_TRANSLATE_NOOP("label", "Xã"),
    QT_TRANSLATE_NOOP("label", "Phường"),
    QT_TRANSLATE_NOOP("label", "Đặc khu"),
    QT_TRANSLATE_NOOP("label", "Tỉnh, thành phố"),
    QT_TRANSLATE_NOOP("label", "Chuyên môn"),
    QT_TRANSLATE_NOOP("label", "Lý luận chính trị"),
    QT_TRANSLATE_NOOP("label", "Quản lý nhà nước"),
    QT_TRANSLATE_NOOP("label", "Tin học"),
    QT_TRANSLATE_NOOP("label", "Ngoại ngữ"),
    QT_TRANSLATE_NOOP("label", "Tiếng dân tộc thiểu số"),
    QT_TRANSLATE_NOOP("label", "Quốc phòng - an ninh"),
    QT_TRANSLATE_NOOP("label", "Chứng chỉ khác"),
    QT_TRANSLATE_NOOP("label", "Họ và tên"),
    QT_TRANSLATE_NOOP("label", "Tên gọi khác"),
    QT_TRANSLATE_NOOP("label", "Giới tính"),
    QT_TRANSLATE_NOOP("label", "Ngày sinh"),
    QT_TRANSLATE_NOOP("label", "Nơi sinh"),
    QT_TRANSLATE_NOOP("label", "Quê quán"),
    QT_TRANSLATE_NOOP("label", "Dân tộc"),
    QT_TRANSLATE_NOOP("label", "Tôn giáo"),
    QT_TRANSLATE_NOOP("label", "Số CCCD"),
    QT_TRANSLATE_NOOP("label", "Điện thoại"),
    QT_TRANSLATE_NOOP("label", "Thư điện tử"),
    QT_TRANSLATE_NOOP("label", "Nơi ở hiện nay"),
    QT_TRANSLATE_NOOP("label", "Đối tượng"),
    QT_TRANSLATE_NOOP("label", "Chức vụ, chức danh"),
    QT_TRANSLATE_NOOP("label", "Vị trí việc làm"),
    QT_TRANSLATE_NOOP("label", "Phòng, ban, đơn vị"),
    QT_TRANSLATE_NOOP("label", "Ngạch"),
    QT_TRANSLATE_NOOP("label", "Ngày bắt đầu công tác"),
    QT_TRANSLATE_NOOP("label", "Giáo dục phổ thông"),
    QT_TRANSLATE_NOOP("label", "Đảng viên"),
    QT_TRANSLATE_NOOP("label", "Ngày vào Đảng"),
    QT_TRANSLATE_NOOP("label", "Ngày chính thức"),
    QT_TRANSLATE_NOOP("label", "Quy hoạch chức danh"),
    QT_TRANSLATE_NOOP("label", "Nhiệm kỳ quy hoạch"),
    QT_TRANSLATE_NOOP("label", "Ngày nghỉ hưu (nếu khác quy định)"),
    QT_TRANSLATE_NOOP("label", "Phù hợp vị trí việc làm"),
    QT_TRANSLATE_NOOP("label", "Ghi chú"),
    QT_TRANSLATE_NOOP("label", "Trạng thái"),
    QT_TRANSLATE_NOOP("label", "Đúng chuyên ngành"),
    QT_TRANSLATE_NOOP("label", "Chưa phù hợp vị trí việc làm"),
    QT_TRANSLATE_NOOP("label", "Chưa xác định"),
    QT_TRANSLATE_NOOP("label", "Chuyên môn chưa phù hợp vị trí việc làm"),
    QT_TRANSLATE_NOOP("label", "Chưa có lý luận chính trị"),
    QT_TRANSLATE_NOOP("label", "Chưa có quản lý nhà nước"),
    QT_TRANSLATE_NOOP("label", "Chưa có chứng chỉ tin học"),
    QT_TRANSLATE_NOOP("label", "Sắp nghỉ hưu (trong 24 tháng)"),
    QT_TRANSLATE_NOOP("label", "Bồi dưỡng kiến thức chuyên môn chuyên ngành"),
    QT_TRANSLATE_NOOP("label", "Bồi dưỡng kiến thức quản lý nhà nước"),
    QT_TRANSLATE_NOOP("label", "Tập huấn chuyên môn, nghiệp vụ, kỹ năng"),
    QT_TRANSLATE_NOOP("label", "Bồi dưỡng lãnh đạo, quản lý"),
    QT_TRANSLATE_NOOP("label", "Kỹ năng số, chuyển đổi số"),
    QT_TRANSLATE_NOOP("label", "Quốc phòng và an ninh"),
    QT_TRANSLATE_NOOP("label", "Đào tạo đại học, sau đại học"),
    QT_TRANSLATE_NOOP("label", "Khác"),
    QT_TRANSLATE_NOOP("label", "Trực tiếp"),
    QT_TRANSLATE_NOOP("label", "Trực tuyến"),
    QT_TRANSLATE_NOOP("label", "Kết hợp trực tiếp và trực tuyến"),
    QT_TRANSLATE_NOOP("label", "Dự kiến"),
    QT_TRANSLATE_NOOP("label", "Đang nhận cử học viên"),
    QT_TRANSLATE_NOOP("label", "Đang học"),
    QT_TRANSLATE_NOOP("label", "Đã kết thúc"),
    QT_TRANSLATE_NOOP("label", "Đã hủy"),
    QT_TRANSLATE_NOOP("label", "Đề xuất"),
    QT_TRANSLATE_NOOP("label", "Đã có quyết định cử"),
    QT_TRANSLATE_NOOP("label", "Hoàn thành"),
    QT_TRANSLATE_NOOP("label", "Không hoàn thành"),
    QT_TRANSLATE_NOOP("label", "Rút, không đi học"),
    QT_TRANSLATE_NOOP("label", "Dự thảo"),
    QT_TRANSLATE_NOOP("label", "Đã ban hành"),
    QT_TRANSLATE_NOOP("label", "Đã hủy bỏ"),
    QT_TRANSLATE_NOOP("label", "Đã được thay thế"),
    QT_TRANSLATE_NOOP("label", "Chủ tịch ký"),
    QT_TRANSLATE_NOOP("label", "Phó Chủ tịch ký thay (KT. CHỦ TỊCH)"),
    QT_TRANSLATE_NOOP("label", "Thay mặt tập thể (TM. ỦY BAN NHÂN DÂN)"),
    QT_TRANSLATE_NOOP("label", "Đề xuất lại"),
    QT_TRANSLATE_NOOP("label", "Bắt đầu học"),
    QT_TRANSLATE_NOOP("label", "Hoàn thành khóa học"),
    QT_TRANSLATE_NOOP("label", "Mã khóa học"),
    QT_TRANSLATE_NOOP("label", "Tên chương trình, khóa học"),
    QT_TRANSLATE_NOOP("label", "Loại"),
    QT_TRANSLATE_NOOP("label", "Cơ quan tổ chức"),
    QT_TRANSLATE_NOOP("label", "Hình thức"),
    QT_TRANSLATE_NOOP("label", "Thời gian (ngày)"),
    QT_TRANSLATE_NOOP("label", "Số tiết"),
    QT_TRANSLATE_NOOP("label", "Vị trí việc làm, chức danh"),
    QT_TRANSLATE_NOOP("label", "Ghi chú về đối tượng"),
    QT_TRANSLATE_NOOP("label", "Hoàn thành được công nhận (loại)"),
    QT_TRANSLATE_NOOP("label", "Trình độ được công nhận"),
    QT_TRANSLATE_NOOP("label", "Chứng chỉ, giấy chứng nhận"),
    QT_TRANSLATE_NOOP("label", "Phải cam kết phục vụ, bồi hoàn"),
    QT_TRANSLATE_NOOP("label", "Kinh phí dự kiến mỗi người (đồng)"),
    QT_TRANSLATE_NOOP("label", "Nguồn kinh phí"),
    QT_TRANSLATE_NOOP("label", "Nội dung"),
    QT_TRANSLATE_NOOP("label", "Chứng chỉ có hiệu lực (tháng)"),
    QT_TRANSLATE_NOOP("label", "Mã lớp"),
    QT_TRANSLATE_NOOP("label", "Tên lớp"),
    QT_TRANSLATE_NOOP("label", "Khu vực"),
    QT_TRANSLATE_NOOP("label", "Đợt"),
    QT_TRANSLATE_NOOP("label", "Địa điểm"),
    QT_TRANSLATE_NOOP("label", "Từ ngày"),
    QT_TRANSLATE_NOOP("label", "Đến ngày"),
    QT_TRANSLATE_NOOP("label", "Số học viên tối đa"),
    QT_TRANSLATE_NOOP("label", "Đơn vị tổ chức"),
    QT_TRANSLATE_NOOP("label", "Hoàn thành xuất sắc nhiệm vụ"),
    QT_TRANSLATE_NOOP("label", "Hoàn thành tốt nhiệm vụ"),
    QT_TRANSLATE_NOOP("label", "Hoàn thành nhiệm vụ"),
    QT_TRANSLATE_NOOP("label", "Không hoàn thành nhiệm vụ"),
    QT_TRANSLATE_NOOP("label", "Xuất sắc"),
    QT_TRANSLATE_NOOP("label", "Tốt"),
    QT_TRANSLATE_NOOP("label", "Chấm điểm (NĐ 335/2025)"),
    QT_TRANSLATE_NOOP("label", "Xếp loại trực tiếp"),
    QT_TRANSLATE_NOOP("label", "Năm"),
    QT_TRANSLATE_NOOP("label", "Quý"),
    QT_TRANSLATE_NOOP("label", "Tháng"),
    QT_TRANSLATE_NOOP("label", "Đã đạt"),
    QT_TRANSLATE_NOOP("label", "Đúng tiến độ"),
    QT_TRANSLATE_NOOP("label", "Có nguy cơ không đạt"),
    QT_TRANSLATE_NOOP("label", "Không đạt (quá hạn)"),
    QT_TRANSLATE_NOOP("label", "Chưa có số liệu"),
    QT_TRANSLATE_NOOP("label", "Lãnh đạo chủ chốt (Bí thư, Phó Bí thư Đảng ủy, Chủ tịch HĐND, UBND)"),
    QT_TRANSLATE_NOOP("label", "Phó Chủ tịch HĐND, UBND"),
    QT_TRANSLATE_NOOP("label", "Trưởng phòng, ban, đơn vị (và tương đương)"),
    QT_TRANSLATE_NOOP("label", "Phó trưởng phòng, ban, đơn vị (và tương đương)"),
    QT_TRANSLATE_NOOP("label", "Không giữ chức vụ lãnh đạo, quản lý"),
    QT_TRANSLATE_NOOP("label", "Lãnh đạo chủ chốt"),
    QT_TRANSLATE_NOOP("label", "Trưởng phòng, ban"),
    QT_TRANSLATE_NOOP("label", "Phó phòng, ban"),
    QT_TRANSLATE_NOOP("label", "Không giữ chức vụ"),
    QT_TRANSLATE_NOOP("label", "Quản trị"),
    QT_TRANSLATE_NOOP("label", "Cập nhật dữ liệu"),
    QT_TRANSLATE_NOOP("label", "Chỉ xem"),
    QT_TRANSLATE_NOOP("label", "Hằng ngày"),
    QT_TRANSLATE_NOOP("label", "Trước khi nâng cấp dữ liệu"),
    QT_TRANSLATE_NOOP("label", "Trước khi khôi phục"),
    QT_TRANSLATE_NOOP("label", "Trước khi nhập dữ liệu"),
    QT_TRANSLATE_NOOP("label", "Trước khi nhận gói đồng bộ"),
    QT_TRANSLATE_NOOP("label", "Tệp hỏng được giữ lại"),
    QT_TRANSLATE_NOOP("label", "Đã nhập"),
    QT_TRANSLATE_NOOP("label", "Xem trước"),
    QT_TRANSLATE_NOOP("label", "Đã nhập trước đó"),
    QT_TRANSLATE_NOOP("label", "Bị từ chối"),
    QT_TRANSLATE_NOOP("label", "Cần xác nhận khóa"),
    QT_TRANSLATE_NOOP("label", "Chờ tệp trước đó"),
    QT_TRANSLATE_NOOP("label", "Thêm mới"),
    QT_TRANSLATE_NOOP("label", "Sửa"),
    QT_TRANSLATE_NOOP("label", "Đổi trạng thái"),
    QT_TRANSLATE_NOOP("label", "Xóa"),
    QT_TRANSLATE_NOOP("label", "Khôi phục bản ghi"),
    QT_TRANSLATE_NOOP("label", "Đăng nhập"),
    QT_TRANSLATE_NOOP("label", "Đăng nhập sai"),
    QT_TRANSLATE_NOOP("label", "Tạm khóa tài khoản"),
    QT_TRANSLATE_NOOP("label", "Đăng xuất"),
    QT_TRANSLATE_NOOP("label", "Hồ sơ cán bộ"),
    QT_TRANSLATE_NOOP("label", "Văn bằng, chứng chỉ"),
    QT_TRANSLATE_NOOP("label", "Lịch sử trạng thái"),
    QT_TRANSLATE_NOOP("label", "Phòng, ban"),
    QT_TRANSLATE_NOOP("label", "Đơn vị"),
    QT_TRANSLATE_NOOP("label", "Cài đặt"),
    QT_TRANSLATE_NOOP("label", "Tài khoản"),
    QT_TRANSLATE_NOOP("label", "Khóa học"),
    QT_TRANSLATE_NOOP("label", "Lớp học"),
    QT_TRANSLATE_NOOP("label", "Cử đi học"),
    QT_TRANSLATE_NOOP("label", "Lịch sử cử đi học"),
    QT_TRANSLATE_NOOP("label", "Quyết định cử đi học"),
    QT_TRANSLATE_NOOP("label", "Người trong quyết định"),
    QT_TRANSLATE_NOOP("label", "Xếp loại chất lượng"),
    QT_TRANSLATE_NOOP("label", "Kế hoạch"),
    QT_TRANSLATE_NOOP("label", "Chỉ tiêu"),
    QT_TRANSLATE_NOOP("label", "Danh sách chốt của chỉ tiêu"),
    QT_TRANSLATE_NOOP("label", "Tệp đồng bộ"),
    QT_TRANSLATE_NOOP("label", "Xung đột đồng bộ"),
    QT_TRANSLATE_NOOP("label", "Trao đổi với đơn vị khác"),
    QT_TRANSLATE_NOOP("label", "Khóa của đơn vị khác"),
    QT_TRANSLATE_NOOP("label", "Khóa của đơn vị này"),
    QT_TRANSLATE_NOOP("label", "Bộ đếm thay đổi"),
    QT_TRANSLATE_NOOP("label", "Buổi học"),
    QT_TRANSLATE_NOOP("label", "Điểm danh"),
    QT_TRANSLATE_NOOP("label", "Kết quả học tập"),
    QT_TRANSLATE_NOOP("label", "Đánh giá sau bồi dưỡng"),
    QT_TRANSLATE_NOOP("label", "Số thứ tự"),
    QT_TRANSLATE_NOOP("label", "Họ (và tên đệm)"),
    QT_TRANSLATE_NOOP("label", "Tên"),
    QT_TRANSLATE_NOOP("label", "Nam (ngày sinh hoặc dấu x)"),
    QT_TRANSLATE_NOOP("label", "Nữ (ngày sinh hoặc dấu x)"),
    QT_TRANSLATE_NOOP("label", "Trình độ chuyên môn"),
    QT_TRANSLATE_NOOP("label", "Chuyên ngành"),
    QT_TRANSLATE_NOOP("label", "Trình độ (ghi chung)"),
    QT_TRANSLATE_NOOP("label", "Cập nhật"),
    QT_TRANSLATE_NOOP("label", "Không đổi"),
    QT_TRANSLATE_NOOP("label", "Trùng trong tệp"),
    QT_TRANSLATE_NOOP("label", "Có lỗi"),
    QT_TRANSLATE_NOOP("label", "Có mặt"),
    QT_TRANSLATE_NOOP("label", "Vắng có phép"),
    QT_TRANSLATE_NOOP("label", "Vắng không phép"),
    QT_TRANSLATE_NOOP("label", "Danh sách học viên"),
    QT_TRANSLATE_NOOP("label", "Danh sách ký tên theo buổi học"),
    QT_TRANSLATE_NOOP("label", "Lịch học"),
    QT_TRANSLATE_NOOP("label", "Tệp lịch (iCalendar)"),
    QT_TRANSLATE_NOOP("label", "Ngày"),
    QT_TRANSLATE_NOOP("label", "Buổi"),
    QT_TRANSLATE_NOOP("label", "Từ giờ"),
    QT_TRANSLATE_NOOP("label", "Đến giờ"),
    QT_TRANSLATE_NOOP("label", "Phòng"),
    QT_TRANSLATE_NOOP("label", "Nội dung, chuyên đề"),
    QT_TRANSLATE_NOOP("label", "Giảng viên, báo cáo viên"),
    QT_TRANSLATE_NOOP("label", "Đưa về dự kiến"),
    QT_TRANSLATE_NOOP("label", "Mở nhận cử học viên"),
    QT_TRANSLATE_NOOP("label", "Kết thúc lớp"),
    QT_TRANSLATE_NOOP("label", "Hủy lớp…"),
    QT_TRANSLATE_NOOP("label", "Trùng lịch học"),
    QT_TRANSLATE_NOOP("label", "Vượt sĩ số"),
    QT_TRANSLATE_NOOP("label", "Thiếu người làm việc"),
    QT_TRANSLATE_NOOP("label", "Học vào ngày nghỉ lễ"),
    QT_TRANSLATE_NOOP("label", "Học vào cuối tuần"),
    QT_TRANSLATE_NOOP("label", "Sáng"),
    QT_TRANSLATE_NOOP("label", "Chiều"),
    QT_TRANSLATE_NOOP("label", "Tối"),
    QT_TRANSLATE_NOOP("label", "Chưa có kết quả"),
    QT_TRANSLATE_NOOP("label", "Đạt"),
    QT_TRANSLATE_NOOP("label", "Không đạt"),
    QT_TRANSLATE_NOOP("label", "Vắng, bỏ học"),
    QT_TRANSLATE_NOOP("label", "Rút, không học"),
    QT_TRANSLATE_NOOP("label", "Hiệu quả rõ rệt"),
    QT_TRANSLATE_NOOP("label", "Có hiệu quả"),
    QT_TRANSLATE_NOOP("label", "Hiệu quả hạn chế"),
    QT_TRANSLATE_NOOP("label", "Chưa có hiệu quả"),
    QT_TRANSLATE_NOOP("label", "Sắp đến hạn"),
    QT_TRANSLATE_NOOP("label", "Đến hạn đánh giá"),
    QT_TRANSLATE_NOOP("label", "Quá hạn"),
    QT_TRANSLATE_NOOP("label", "Chưa đến thời điểm"),
    QT_TRANSLATE_NOOP("label", "Đã đánh giá"),
    QT_TRANSLATE_NOOP("label", "KQ nhiệm vụ"),
    QT_TRANSLATE_NOOP("label", "Tham mưu"),
    QT_TRANSLATE_NOOP("label", "Trách nhiệm"),
    QT_TRANSLATE_NOOP("label", "Kỷ luật"),
    QT_TRANSLATE_NOOP("label", "Phối hợp"),
    QT_TRANSLATE_NOOP("label", "Hài lòng"),
    QT_TRANSLATE_NOOP("label", "Khá"),
    QT_TRANSLATE_NOOP("label", "Trung bình"),
    QT_TRANSLATE_NOOP("label", "Yếu"),
    QT_TRANSLATE_NOOP("label", "Thứ Hai"),
    QT_TRANSLATE_NOOP("label", "Thứ Ba"),
    QT_TRANSLATE_NOOP("label", "Thứ Tư"),
    QT_TRANSLATE_NOOP("label", "Thứ Năm"),
    QT_TRANSLATE_NOOP("label", "Thứ Sáu"),
    QT_TRANSLATE_NOOP("label", "Thứ Bảy"),
    QT_TRANSLATE_NOOP("label", "Chủ nhật"),
    QT_TRANSLATE_NOOP("label", "Kết quả thực hiện nhiệm vụ"),
    QT_TRANSLATE_NOOP("label", "Khối lượng, chất lượng, tiến độ công việc được giao sau khi học"),
    QT_TRANSLATE_NOOP("label", "Chất lượng tham mưu"),
    QT_TRANSLATE_NOOP("label", "Tham mưu, đề xuất, xử lý công việc chuyên môn"),
    QT_TRANSLATE_NOOP("label", "Tinh thần trách nhiệm"),
    QT_TRANSLATE_NOOP("label", "Chủ động, tận tụy, dám nghĩ, dám làm"),
    QT_TRANSLATE_NOOP("label", "Ý thức kỷ luật, kỷ cương"),
    QT_TRANSLATE_NOOP("label", "Chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ"),
    QT_TRANSLATE_NOOP("label", "Phối hợp liên ngành"),
    QT_TRANSLATE_NOOP("label", "Phối hợp với các ngành, lĩnh vực, cơ quan liên quan"),
    QT_TRANSLATE_NOOP("label", "Sự hài lòng của người dân, doanh nghiệp"),
    QT_TRANSLATE_NOOP("label", "Phản hồi của người dân, doanh nghiệp khi giải quyết công việc"),
    QT_TRANSLATE_NOOP("label", "Độ tuổi"),
    QT_TRANSLATE_NOOP("label", "Sơ cấp"),
    QT_TRANSLATE_NOOP("label", "Trung cấp"),
    QT_TRANSLATE_NOOP("label", "Cao đẳng"),
    QT_TRANSLATE_NOOP("label", "Đại học"),
    QT_TRANSLATE_NOOP("label", "Thạc sĩ"),
    QT_TRANSLATE_NOOP("label", "Tiến sĩ"),
    QT_TRANSLATE_NOOP("label", "Cao cấp"),
    QT_TRANSLATE_NOOP("label", "Cử nhân"),
    QT_TRANSLATE_NOOP("label", "Cán sự"),
    QT_TRANSLATE_NOOP("label", "Chuyên viên"),
    QT_TRANSLATE_NOOP("label", "Chuyên viên chính"),
    QT_TRANSLATE_NOOP("label", "Chuyên viên cao cấp"),
    QT_TRANSLATE_NOOP("label", "Chứng chỉ A"),
    QT_TRANSLATE_NOOP("label", "Ứng dụng CNTT cơ bản"),
    QT_TRANSLATE_NOOP("label", "Chứng chỉ B"),
    QT_TRANSLATE_NOOP("label", "Ứng dụng CNTT nâng cao"),
    QT_TRANSLATE_NOOP("label", "Chứng chỉ C"),
    QT_TRANSLATE_NOOP("label", "Trung cấp CNTT"),
    QT_TRANSLATE_NOOP("label", "Cao đẳng CNTT"),
    QT_TRANSLATE_NOOP("label", "Đại học CNTT"),
    QT_TRANSLATE_NOOP("label", "Bậc 1 (A1)"),
    QT_TRANSLATE_NOOP("label", "Bậc 2 (A2)"),
    QT_TRANSLATE_NOOP("label", "Bậc 3 (B1)"),
    QT_TRANSLATE_NOOP("label", "Bậc 4 (B2)"),
    QT_TRANSLATE_NOOP("label", "Bậc 5 (C1)"),
    QT_TRANSLATE_NOOP("label", "Đại học ngoại ngữ"),
    QT_TRANSLATE_NOOP("label", "Bậc 6 (C2)"),
    QT_TRANSLATE_NOOP("label", "Chứng chỉ"),
    QT_TRANSLATE_NOOP("label", "Thành thạo"),
    QT_TRANSLATE_NOOP("label", "Đối tượng 4"),
    QT_TRANSLATE_NOOP("label", "Đối tượng 3"),
    QT_TRANSLATE_NOOP("label", "Đối tượng 2"),
    QT_TRANSLATE_NOOP("label", "Đối tượng 1"),
    QT_TRANSLATE_NOOP("label", "Giấy chứng nhận"),
    QT_TRANSLATE_NOOP("label", "Người"),
    QT_TRANSLATE_NOOP("label", "Thay đổi trạng thái"),
    QT_TRANSLATE_NOOP("label", "Người trong danh sách chốt của chỉ tiêu"),
    QT_TRANSLATE_NOOP("label", "Có văn bằng, chứng chỉ đạt trình độ"),
    QT_TRANSLATE_NOOP("label", "Loại văn bằng"),
    QT_TRANSLATE_NOOP("label", "Từ trình độ"),
    QT_TRANSLATE_NOOP("label", "Xếp loại chất lượng đạt mức"),
    QT_TRANSLATE_NOOP("label", "Từ mức"),
    QT_TRANSLATE_NOOP("label", "Năm xếp loại"),
    QT_TRANSLATE_NOOP("label", "Năm gần nhất đã xếp loại"),
    QT_TRANSLATE_NOOP("label", "Chuyên môn phù hợp vị trí việc làm"),
    QT_TRANSLATE_NOOP("label", "Đã hoàn thành khóa đào tạo, bồi dưỡng"),
    QT_TRANSLATE_NOOP("label", "Loại khóa học"),
    QT_TRANSLATE_NOOP("label", "Khóa học cụ thể"),
    QT_TRANSLATE_NOOP("label", "Hoàn thành từ"),
    QT_TRANSLATE_NOOP("label", "Mọi loại khóa học"),
    QT_TRANSLATE_NOOP("label", "Nội dung: Đào tạo lại, bồi dưỡng chuyên môn chuyên ngành"),
    QT_TRANSLATE_NOOP("label", "Nội dung: Kiến thức, kỹ năng theo vị trí việc làm, quản trị dữ liệu, hồ sơ điện tử"),
    QT_TRANSLATE_NOOP("label", "Nội dung: Cập nhật pháp luật, đạo đức công vụ, văn hóa công sở, CNTT, chuyển đổi số"),
    QT_TRANSLATE_NOOP("label", "Nội dung: Đạo đức công vụ, văn hóa công sở, liêm chính"),
    QT_TRANSLATE_NOOP("label", "Bất kỳ khóa học nào thuộc loại trên"),
    QT_TRANSLATE_NOOP("label", "Bất kỳ lúc nào"),
    QT_TRANSLATE_NOOP("label", "Được đánh giá hiệu quả sau bồi dưỡng"),
    QT_TRANSLATE_NOOP("label", "Khóa học kết thúc từ"),
)
# end of generated labels


def write(path: Path = Path(__file__)) -> bool:
    """Rewrite LABELS in this file from ``collect()``; True when it changed."""
    text = path.read_text(encoding="utf-8")
    start = text.index("LABELS: tuple[str, ...] = (\n") + len("LABELS: tuple[str, ...] = (\n")
    end = text.index(")\n# end of generated labels")
    body = "".join(f'    QT_TRANSLATE_NOOP("label", {_literal(label)}),\n' for label in collect())
    if text[start:end] == body:
        return False
    path.write_text(text[:start] + body + text[end:], encoding="utf-8")
    return True


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    changed = write()
    print("ui/app_labels.py " + ("updated" if changed else "up to date"), file=sys.stderr)
