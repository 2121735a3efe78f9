"""Vietnamese labels for stored codes, and the official ethnic-group list."""

from __future__ import annotations

from db.enums import DepartmentKind, QualificationKind, Sex, StaffCategory, StaffStatus, UnitKind

CATEGORY_LABELS: dict[StaffCategory, str] = {
    StaffCategory.CADRE: "Cán bộ",
    StaffCategory.CIVIL_SERVANT: "Công chức",
    StaffCategory.PUBLIC_EMPLOYEE: "Viên chức",
    StaffCategory.PART_TIME: "Người hoạt động không chuyên trách",
    StaffCategory.VILLAGE_HEAD: "Thôn, tổ dân phố",
}
CATEGORY_SHORT: dict[StaffCategory, str] = {
    StaffCategory.CADRE: "Cán bộ",
    StaffCategory.CIVIL_SERVANT: "Công chức",
    StaffCategory.PUBLIC_EMPLOYEE: "Viên chức",
    StaffCategory.PART_TIME: "Không chuyên trách",
    StaffCategory.VILLAGE_HEAD: "Thôn, TDP",
}

STATUS_LABELS: dict[StaffStatus, str] = {
    StaffStatus.WORKING: "Đang công tác",
    StaffStatus.ON_LEAVE: "Nghỉ dài hạn",
    StaffStatus.MOVED: "Chuyển công tác",
    StaffStatus.RETIRED: "Nghỉ hưu",
    StaffStatus.REMOVED: "Thôi việc",
}

SEX_LABELS: dict[Sex, str] = {Sex.MALE: "Nam", Sex.FEMALE: "Nữ"}

UNIT_KIND_LABELS: dict[UnitKind, str] = {
    UnitKind.COMMUNE: "Xã",
    UnitKind.WARD: "Phường",
    UnitKind.SPECIAL_ZONE: "Đặc khu",
    UnitKind.PROVINCE: "Tỉnh, thành phố",
}

DEPARTMENT_KIND_LABELS: dict[DepartmentKind, str] = {
    DepartmentKind.OFFICE: "Văn phòng HĐND và UBND",
    DepartmentKind.ECONOMY: "Phòng Kinh tế",
    DepartmentKind.CULTURE_SOCIETY: "Phòng Văn hóa - Xã hội",
    DepartmentKind.PUBLIC_SERVICE_CENTRE: "Trung tâm Phục vụ hành chính công",
    DepartmentKind.LEADERSHIP: "Lãnh đạo",
    DepartmentKind.PARTY: "Cơ quan Đảng",
    DepartmentKind.MASS_ORGANISATION: "Mặt trận Tổ quốc và đoàn thể",
    DepartmentKind.MILITARY: "Ban Chỉ huy Quân sự",
    DepartmentKind.PUBLIC_SERVICE_UNIT: "Đơn vị sự nghiệp",
    DepartmentKind.VILLAGE: "Thôn, tổ dân phố",
    DepartmentKind.OTHER: "Khác",
}

QUALIFICATION_KIND_LABELS: dict[QualificationKind, str] = {
    QualificationKind.PROFESSIONAL: "Chuyên môn",
    QualificationKind.POLITICAL_THEORY: "Lý luận chính trị",
    QualificationKind.STATE_MANAGEMENT: "Quản lý nhà nước",
    QualificationKind.IT: "Tin học",
    QualificationKind.FOREIGN_LANGUAGE: "Ngoại ngữ",
    QualificationKind.ETHNIC_LANGUAGE: "Tiếng dân tộc thiểu số",
    QualificationKind.NATIONAL_DEFENCE: "Quốc phòng - an ninh",
    QualificationKind.OTHER: "Chứng chỉ khác",
}

# QĐ 1019/QĐ-TCTK: the 54 ethnic groups (and foreigners). Not the older 1979 list.
ETHNICITIES: dict[str, str] = {
    f"{i:02d}": name
    for i, name in enumerate(
        [
            "Kinh",
            "Tày",
            "Thái",
            "Mường",
            "Khơ me",
            "Hoa",
            "Nùng",
            "H'Mông",
            "Dao",
            "Gia-rai",
            "Ê-đê",
            "Ba-na",
            "Sán Chay",
            "Chăm",
            "Cơ-ho",
            "Xơ-đăng",
            "Sán Dìu",
            "Hrê",
            "Ra-glai",
            "Mnông",
            "Thổ",
            "Xtiêng",
            "Khơ mú",
            "Bru-Vân Kiều",
            "Cơ tu",
            "Giáy",
            "Tà ôi",
            "Mạ",
            "Giẻ-Triêng",
            "Co",
            "Chơ ro",
            "Xinh mun",
            "Hà Nhì",
            "Chu ru",
            "Lào",
            "Kháng",
            "La Chí",
            "Phù Lá",
            "La Hủ",
            "La Ha",
            "Pà Thẻn",
            "Lự",
            "Ngái",
            "Chứt",
            "Lô Lô",
            "Mảng",
            "Cơ lao",
            "Bố Y",
            "Cống",
            "Si La",
            "Pu Péo",
            "Rơ măm",
            "Brâu",
            "Ơ Đu",
            "Người nước ngoài",
        ],
        start=1,
    )
}
KINH = "01"


def ethnicity_label(code: str | None) -> str:
    return ETHNICITIES.get(code or "", "")
