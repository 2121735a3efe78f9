"""Vietnamese labels for the codes of courses, classes, nominations and decisions."""

from __future__ import annotations

from db.enums import ClassStatus, CourseMode, CourseType, DecisionStatus, NominationStatus, SigningMode

COURSE_TYPE_LABELS: dict[CourseType, str] = {
    CourseType.SPECIALISED: "Bồi dưỡng kiến thức chuyên môn chuyên ngành",
    CourseType.STATE_MANAGEMENT: "Bồi dưỡng kiến thức quản lý nhà nước",
    CourseType.SKILLS: "Tập huấn chuyên môn, nghiệp vụ, kỹ năng",
    CourseType.POLITICAL_THEORY: "Lý luận chính trị",
    CourseType.LEADERSHIP: "Bồi dưỡng lãnh đạo, quản lý",
    CourseType.DIGITAL: "Kỹ năng số, chuyển đổi số",
    CourseType.DEFENCE: "Quốc phòng và an ninh",
    CourseType.DEGREE: "Đào tạo đại học, sau đại học",
    CourseType.OTHER: "Khác",
}

#: Usual length of a class of each type (days), used when a course does not say (seeds 000, 002).
TYPICAL_DAYS: dict[CourseType, int] = {
    CourseType.SPECIALISED: 90,
    CourseType.STATE_MANAGEMENT: 14,
    CourseType.SKILLS: 3,
    CourseType.POLITICAL_THEORY: 60,
    CourseType.LEADERSHIP: 30,
    CourseType.DIGITAL: 3,
    CourseType.DEFENCE: 10,
    CourseType.DEGREE: 4 * 365,
    CourseType.OTHER: 3,
}

MODE_LABELS: dict[CourseMode, str] = {
    CourseMode.IN_PERSON: "Trực tiếp",
    CourseMode.ONLINE: "Trực tuyến",
    CourseMode.BLENDED: "Kết hợp trực tiếp và trực tuyến",
}

CLASS_STATUS_LABELS: dict[ClassStatus, str] = {
    ClassStatus.PLANNED: "Dự kiến",
    ClassStatus.OPEN: "Đang nhận cử học viên",
    ClassStatus.RUNNING: "Đang học",
    ClassStatus.FINISHED: "Đã kết thúc",
    ClassStatus.CANCELLED: "Đã hủy",
}

NOMINATION_STATUS_LABELS: dict[NominationStatus, str] = {
    NominationStatus.PROPOSED: "Đề xuất",
    NominationStatus.APPROVED: "Đã có quyết định cử",
    NominationStatus.STUDYING: "Đang học",
    NominationStatus.COMPLETED: "Hoàn thành",
    NominationStatus.NOT_COMPLETED: "Không hoàn thành",
    NominationStatus.WITHDRAWN: "Rút, không đi học",
}

DECISION_STATUS_LABELS: dict[DecisionStatus, str] = {
    DecisionStatus.DRAFT: "Dự thảo",
    DecisionStatus.ISSUED: "Đã ban hành",
    DecisionStatus.CANCELLED: "Đã hủy bỏ",
    DecisionStatus.REPLACED: "Đã được thay thế",
}

SIGNING_MODE_LABELS: dict[SigningMode, str] = {
    SigningMode.CHAIRMAN: "Chủ tịch ký",
    SigningMode.DEPUTY: "Phó Chủ tịch ký thay (KT. CHỦ TỊCH)",
    SigningMode.COLLECTIVE: "Thay mặt tập thể (TM. ỦY BAN NHÂN DÂN)",
}


def group_digits(amount: int | None) -> str:
    """1500000 → "1.500.000", as an amount is typed and read in a form (the forms accept the dots back)."""
    if amount is None:
        return ""
    return f"{amount:,}".replace(",", ".")


def format_money(amount: int | None) -> str:
    """1500000 → "1.500.000 đồng" (Vietnamese thousands separator)."""
    if amount is None:
        return ""
    return group_digits(amount) + " đồng"
