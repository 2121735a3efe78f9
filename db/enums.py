"""Stored codes. Labels shown to users live in app/ (app.staff.labels); the database keeps these codes."""

from __future__ import annotations

from enum import StrEnum


class UnitKind(StrEnum):
    COMMUNE = "commune"  # xã
    WARD = "ward"  # phường
    SPECIAL_ZONE = "special_zone"  # đặc khu
    PROVINCE = "province"  # tỉnh / thành phố (Sở Nội vụ)


class DepartmentKind(StrEnum):
    OFFICE = "office"  # Văn phòng HĐND và UBND
    ECONOMY = "economy"  # Phòng Kinh tế (/ Hạ tầng và Đô thị)
    CULTURE_SOCIETY = "culture_society"  # Phòng Văn hóa - Xã hội
    PUBLIC_SERVICE_CENTRE = "public_service_centre"  # Trung tâm Phục vụ hành chính công
    LEADERSHIP = "leadership"  # Thường trực HĐND, lãnh đạo UBND
    PARTY = "party"  # Đảng ủy and its boards
    MASS_ORGANISATION = "mass_organisation"  # Mặt trận Tổ quốc and member organisations
    MILITARY = "military"  # Ban Chỉ huy Quân sự
    PUBLIC_SERVICE_UNIT = "public_service_unit"  # đơn vị sự nghiệp (schools, health station…)
    VILLAGE = "village"  # thôn, tổ dân phố
    OTHER = "other"


class StaffCategory(StrEnum):
    CADRE = "cadre"  # cán bộ
    CIVIL_SERVANT = "civil_servant"  # công chức
    PUBLIC_EMPLOYEE = "public_employee"  # viên chức
    PART_TIME = "part_time"  # người hoạt động không chuyên trách
    VILLAGE_HEAD = "village_head"  # trưởng/phó thôn, tổ trưởng tổ dân phố


class StaffStatus(StrEnum):
    WORKING = "working"  # đang công tác
    ON_LEAVE = "on_leave"  # nghỉ dài hạn (thai sản, ốm, đi học dài hạn)
    MOVED = "moved"  # chuyển công tác
    RETIRED = "retired"  # nghỉ hưu
    REMOVED = "removed"  # thôi việc / đưa ra khỏi danh sách

    @property
    def on_books(self) -> bool:
        """Still counted among the unit's people (for lists, targets and coverage)."""
        return self in (StaffStatus.WORKING, StaffStatus.ON_LEAVE)


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class DatePrecision(StrEnum):
    """How much of a date was really known (a birth year alone is never turned into 01/01)."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class QualificationKind(StrEnum):
    PROFESSIONAL = "professional"  # trình độ chuyên môn (văn bằng)
    POLITICAL_THEORY = "political_theory"  # lý luận chính trị
    STATE_MANAGEMENT = "state_management"  # quản lý nhà nước
    IT = "it"  # tin học
    FOREIGN_LANGUAGE = "foreign_language"  # ngoại ngữ
    ETHNIC_LANGUAGE = "ethnic_language"  # tiếng dân tộc thiểu số
    NATIONAL_DEFENCE = "national_defence"  # quốc phòng - an ninh
    OTHER = "other"  # chứng chỉ, chứng nhận bồi dưỡng khác


class CourseType(StrEnum):
    SPECIALISED = "specialised"  # bồi dưỡng kiến thức chuyên môn chuyên ngành (3 tháng)
    STATE_MANAGEMENT = "state_management"  # bồi dưỡng kiến thức chung về QLNN (2 tuần)
    SKILLS = "skills"  # tập huấn chuyên môn, nghiệp vụ, kỹ năng (2–5 ngày)
    POLITICAL_THEORY = "political_theory"  # lý luận chính trị sơ cấp / trung cấp / cao cấp
    LEADERSHIP = "leadership"  # bồi dưỡng lãnh đạo, quản lý
    DIGITAL = "digital"  # kỹ năng số, chuyển đổi số
    DEFENCE = "defence"  # quốc phòng và an ninh
    DEGREE = "degree"  # đào tạo trình độ đại học, sau đại học
    OTHER = "other"


class CourseMode(StrEnum):
    IN_PERSON = "in_person"  # trực tiếp
    ONLINE = "online"  # trực tuyến
    BLENDED = "blended"  # kết hợp


class ClassStatus(StrEnum):
    PLANNED = "planned"  # dự kiến
    OPEN = "open"  # đang nhận đăng ký, cử học viên
    RUNNING = "running"  # đang học
    FINISHED = "finished"  # đã kết thúc
    CANCELLED = "cancelled"  # hủy


class NominationStatus(StrEnum):
    PROPOSED = "proposed"  # đề xuất cử
    APPROVED = "approved"  # đã có quyết định cử
    STUDYING = "studying"  # đang học
    COMPLETED = "completed"  # hoàn thành
    NOT_COMPLETED = "not_completed"  # không hoàn thành
    WITHDRAWN = "withdrawn"  # rút, không đi học

    @property
    def active(self) -> bool:
        """Still going to or at the class (counts for overlaps and office coverage)."""
        return self in (NominationStatus.PROPOSED, NominationStatus.APPROVED, NominationStatus.STUDYING)


class ResultCode(StrEnum):
    """The result of one learner in one class (kết quả học tập)."""

    PENDING = "pending"  # chưa có kết quả
    PASSED = "passed"  # đạt, được cấp chứng chỉ / giấy chứng nhận
    FAILED = "failed"  # không đạt
    ABSENT = "absent"  # vắng, bỏ học (không đủ điều kiện)
    WITHDRAWN = "withdrawn"  # rút, không tham gia


class ReviewOutcome(StrEnum):
    """Overall conclusion of the effectiveness review after training (đánh giá hiệu quả sau bồi dưỡng)."""

    HIGH = "high"  # hiệu quả rõ rệt
    EFFECTIVE = "effective"  # có hiệu quả
    LIMITED = "limited"  # hiệu quả hạn chế
    NONE = "none"  # chưa có hiệu quả


class DecisionStatus(StrEnum):
    DRAFT = "draft"  # dự thảo
    ISSUED = "issued"  # đã ban hành
    CANCELLED = "cancelled"  # đã hủy bỏ
    REPLACED = "replaced"  # đã được thay thế bằng quyết định khác


class SigningMode(StrEnum):
    CHAIRMAN = "chairman"  # CHỦ TỊCH ký trực tiếp
    DEPUTY = "deputy"  # KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
    COLLECTIVE = "collective"  # TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH


class QualityLevel(StrEnum):
    """Xếp loại chất lượng (NĐ 90/2020, NĐ 48/2023, NĐ 335/2025), best first."""

    EXCELLENT = "excellent"  # Hoàn thành xuất sắc nhiệm vụ
    GOOD = "good"  # Hoàn thành tốt nhiệm vụ
    COMPLETE = "complete"  # Hoàn thành nhiệm vụ
    INCOMPLETE = "incomplete"  # Không hoàn thành nhiệm vụ

    @property
    def rank(self) -> int:
        return _QUALITY_RANK[self]


_QUALITY_RANK = {
    QualityLevel.EXCELLENT: 4,
    QualityLevel.GOOD: 3,
    QualityLevel.COMPLETE: 2,
    QualityLevel.INCOMPLETE: 1,
}


class PeriodKind(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"


class RatingMethod(StrEnum):
    SCORE = "score"  # 100-point score (30 general + 70 task results), civil servants from 2026
    DIRECT = "direct"  # level entered directly (earlier years, public employees, others)


class TargetComparison(StrEnum):
    AT_LEAST = "ge"  # ≥ threshold
    MORE_THAN = "gt"  # > threshold


class AttendanceStatus(StrEnum):
    PRESENT = "present"  # có mặt
    EXCUSED = "excused"  # vắng có phép
    ABSENT = "absent"  # vắng không phép
