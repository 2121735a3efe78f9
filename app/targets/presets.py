"""The seed plans' targets as presets a clerk can adopt and then edit.

Only targets an achievement type can state truthfully are here; those measured by training results
("được cử đi bồi dưỡng", "được cập nhật kiến thức…", "được đánh giá sau bồi dưỡng") use the types of
``app.targets.courses``. What no type can state is listed in ``PlanPreset.not_expressible`` with the
reason, so the clerk sees why it is not offered (``needs_courses`` held the targets waiting for course
results; it is empty now that they are presets).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.staff.roles import Role
from app.targets.population import Population
from db.enums import CourseType, QualificationKind, QualityLevel, StaffCategory, TargetComparison

C = StaffCategory
GE, GT = TargetComparison.AT_LEAST, TargetComparison.MORE_THAN


@dataclass(frozen=True)
class TargetPreset:
    key: str
    name: str
    population: Population
    achievement: str
    params: dict[str, Any]
    threshold: float
    deadline: date
    comparison: TargetComparison = GE
    note: str = ""
    start: date | None = None  # progress measured from this day (a later phase of the plan); None: the plan's start


@dataclass(frozen=True)
class PlanPreset:
    key: str
    name: str
    document: str
    start: date
    end: date
    source: str
    targets: tuple[TargetPreset, ...]
    needs_courses: tuple[str, ...] = field(default=())
    not_expressible: tuple[str, ...] = field(default=())


def _qual(kind: QualificationKind, level: str) -> dict[str, Any]:
    return {"kind": kind.value, "min_level": level}


def _rating(level: QualityLevel, year: int | None = None) -> dict[str, Any]:
    return {"min_level": level.value, "year": year}


def _course(kind: CourseType | str | None, since: date | None = None) -> dict[str, Any]:
    """Completed a course of a type (or a topic of app.targets.courses), optionally since a day."""
    return {"course_type": str(kind) if kind else None, "since": since.isoformat() if since else None}


def _reviewed(since: date | None) -> dict[str, Any]:
    return {"since": since.isoformat() if since else None}


_SPECIALISTS = Population(categories=(C.CIVIL_SERVANT,), roles=(Role.NONE,))
_CADRES_AND_CIVIL_SERVANTS = Population(categories=(C.CADRE, C.CIVIL_SERVANT))
_KEY_LEADERS = Population(categories=(C.CADRE,), roles=(Role.LEADER, Role.VICE_CHAIR))
_VICE_CHAIRS = Population(roles=(Role.VICE_CHAIR,))
_DEPARTMENT_LEADERS = Population(categories=(C.CADRE, C.CIVIL_SERVANT), roles=(Role.HEAD, Role.DEPUTY))
_MANAGERS = Population(categories=(C.CIVIL_SERVANT, C.PUBLIC_EMPLOYEE), roles=(Role.HEAD, Role.DEPUTY))
_ALL_LEADERS = Population(
    categories=(C.CADRE, C.CIVIL_SERVANT, C.PUBLIC_EMPLOYEE),
    roles=(Role.LEADER, Role.VICE_CHAIR, Role.HEAD, Role.DEPUTY),
)
_MISMATCHED = Population(categories=(C.CADRE, C.CIVIL_SERVANT), mismatch=True)
_EVERYONE_SENT = Population()
_COMPLETED_NOTE = "Tính người đã hoàn thành khóa học (kết quả lớp “Đạt” hoặc đề xuất cử đã hoàn thành)."
_PT, _SM, _PRO = QualificationKind.POLITICAL_THEORY, QualificationKind.STATE_MANAGEMENT, QualificationKind.PROFESSIONAL

PRESETS: tuple[PlanPreset, ...] = (
    PlanPreset(
        key="tang-cuong-boi-duong-2026-2031",
        name="Kế hoạch tăng cường bồi dưỡng đội ngũ cán bộ, công chức xã đáp ứng yêu cầu vận hành chính quyền "
        "địa phương 02 cấp giai đoạn 2026 - 2031",
        document="Thực hiện Quyết định số 700/QĐ-TTg ngày 20/4/2026 của Thủ tướng Chính phủ",
        start=date(2026, 6, 1),
        end=date(2031, 12, 31),
        source="Kế hoạch của UBND xã Hà Bắc (thành phố Hải Phòng), mục II.2",
        targets=(
            TargetPreset(
                "qlnn-50-2028",
                "Tối thiểu 50% công chức chuyên môn được bồi dưỡng kiến thức chung về quản lý nhà nước (hết năm 2028)",
                _SPECIALISTS,
                "qualification",
                _qual(_SM, "can_su"),
                50,
                date(2028, 12, 31),
                note="Tính theo chứng chỉ quản lý nhà nước đã có trong hồ sơ (mọi ngạch).",
            ),
            TargetPreset(
                "qlnn-100-2031",
                "100% cán bộ, công chức xã được bồi dưỡng kiến thức chung về quản lý nhà nước (hết năm 2031)",
                _CADRES_AND_CIVIL_SERVANTS,
                "qualification",
                _qual(_SM, "can_su"),
                100,
                date(2031, 12, 31),
                note="Tính theo chứng chỉ quản lý nhà nước đã có trong hồ sơ (mọi ngạch).",
            ),
            TargetPreset(
                "cmcn-chua-phu-hop-2028",
                "Hết năm 2028, 100% cán bộ, công chức chưa đáp ứng yêu cầu chuyên môn của vị trí việc làm được bồi "
                "dưỡng kiến thức chuyên môn chuyên ngành (03 tháng)",
                _MISMATCHED,
                "course",
                _course(CourseType.SPECIALISED),
                100,
                date(2028, 12, 31),
                note=_COMPLETED_NOTE,
            ),
            TargetPreset(
                "tap-huan-nghiep-vu-100",
                "100% cán bộ, công chức được bồi dưỡng, tập huấn chuyên môn, nghiệp vụ theo ngành, lĩnh vực và kỹ "
                "năng bổ trợ (giai đoạn 2026 - 2031)",
                _CADRES_AND_CIVIL_SERVANTS,
                "course",
                _course(CourseType.SKILLS, date(2026, 6, 1)),
                100,
                date(2031, 12, 31),
                note=_COMPLETED_NOTE,
            ),
            TargetPreset(
                "lanh-dao-quan-ly-2029-2031",
                "Giai đoạn 2029 - 2031: 100% cán bộ, công chức lãnh đạo, quản lý được bồi dưỡng kiến thức, kỹ năng "
                "lãnh đạo, quản lý",
                _ALL_LEADERS,
                "course",
                _course(CourseType.LEADERSHIP, date(2029, 1, 1)),
                100,
                date(2031, 12, 31),
                note="Giai đoạn sau của kế hoạch: tiến độ tính từ 01/01/2029. " + _COMPLETED_NOTE,
                start=date(2029, 1, 1),
            ),
            TargetPreset(
                "danh-gia-sau-boi-duong-100",
                "100% người được cử đi bồi dưỡng được đánh giá hiệu quả sau bồi dưỡng (sau tối thiểu 03 tháng)",
                _EVERYONE_SENT,
                "training_review",
                _reviewed(date(2026, 6, 1)),
                100,
                date(2031, 12, 31),
                note="Đối tượng: người có khóa học đã kết thúc từ 3 tháng trở lên (kể từ ngày bắt đầu kế hoạch).",
            ),
        ),
    ),
    PlanPreset(
        key="dao-tao-boi-duong-2026-2030",
        name="Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức xã giai đoạn 2026 - 2030",
        document="Căn cứ Kế hoạch số 89/KH-UBND ngày 30/3/2026 của UBND tỉnh",
        start=date(2026, 5, 1),
        end=date(2030, 12, 31),
        source="Kế hoạch của UBND xã Vĩnh Lộc (tỉnh Thanh Hóa), mục II.2",
        targets=(
            TargetPreset(
                "vtvl-100-2030",
                "100% công chức đáp ứng yêu cầu về trình độ chuyên môn, nghiệp vụ theo vị trí việc làm (hết năm 2030)",
                Population(categories=(C.CIVIL_SERVANT,)),
                "job_match",
                {},
                100,
                date(2030, 12, 31),
                note="Theo danh mục vị trí việc làm: chuyên ngành và trình độ tối thiểu của từng vị trí.",
            ),
            TargetPreset(
                "llct-lanh-dao-2030",
                "100% công chức, viên chức lãnh đạo, quản lý hoàn thành chương trình lý luận chính trị theo quy định "
                "(hết năm 2030)",
                _MANAGERS,
                "qualification",
                _qual(_PT, "trung_cap"),
                100,
                date(2030, 12, 31),
                note="Mức Trung cấp theo tiêu chuẩn trưởng, phó phòng cấp xã; sửa nếu chức danh đòi hỏi mức khác.",
            ),
            TargetPreset(
                "chuyen-sau-chua-phu-hop-2028",
                "Hết năm 2028, 100% cán bộ, công chức chưa đáp ứng yêu cầu chuyên môn của vị trí việc làm được bồi "
                "dưỡng chuyên sâu",
                _MISMATCHED,
                "course",
                _course(CourseType.SPECIALISED),
                100,
                date(2028, 12, 31),
                note=_COMPLETED_NOTE,
            ),
            TargetPreset(
                "noi-dung-moi-2028",
                "Hết năm 2028, 100% cán bộ, công chức được bồi dưỡng các nội dung mới, khó, trọng tâm theo ngành, "
                "lĩnh vực",
                _CADRES_AND_CIVIL_SERVANTS,
                "course",
                _course(CourseType.SKILLS, date(2026, 5, 1)),
                100,
                date(2028, 12, 31),
                note="Tập huấn chuyên môn, nghiệp vụ theo ngành, lĩnh vực từ ngày bắt đầu kế hoạch. " + _COMPLETED_NOTE,
            ),
            TargetPreset(
                "dao-duc-cong-vu-2030",
                "Hết năm 2030, 100% cán bộ, công chức được bổ sung kiến thức về đạo đức công vụ, văn hóa công sở, "
                "liêm chính",
                _CADRES_AND_CIVIL_SERVANTS,
                "course",
                _course("dao_duc_cong_vu", date(2026, 5, 1)),
                100,
                date(2030, 12, 31),
                note="Khóa học có tên về đạo đức công vụ, văn hóa công sở, liêm chính. " + _COMPLETED_NOTE,
            ),
            TargetPreset(
                "ky-nang-quan-ly-2030",
                "Hết năm 2030, 100% lãnh đạo, quản lý hoàn thành chương trình bồi dưỡng kiến thức, kỹ năng quản lý",
                _ALL_LEADERS,
                "course",
                _course(CourseType.LEADERSHIP),
                100,
                date(2030, 12, 31),
                note=_COMPLETED_NOTE,
            ),
        ),
        not_expressible=(
            "Hoàn thành đào tạo trình độ chuẩn đối với viên chức ngành giáo dục (NĐ 71/2020/NĐ-CP): cần hạng chức "
            "danh nghề nghiệp của giáo viên, chưa có trong hồ sơ",
        ),
    ),
    PlanPreset(
        key="nq05-2030",
        name="Kế hoạch thực hiện Nghị quyết số 05-NQ/TU về nâng cao trình độ, năng lực cán bộ cấp xã (đến năm 2030)",
        document="Nghị quyết số 05-NQ/TU ngày 12/02/2026 của Ban Thường vụ Tỉnh ủy",
        start=date(2026, 2, 12),
        end=date(2030, 12, 31),
        source="Kế hoạch của Ban Thường vụ Đảng ủy xã Sì Lở Lầu, mục II.2",
        targets=(
            TargetPreset(
                "hoan-thanh-nv-100",
                "(4) 100% cán bộ, công chức hoàn thành nhiệm vụ trở lên",
                _CADRES_AND_CIVIL_SERVANTS,
                "classification",
                _rating(QualityLevel.COMPLETE),
                100,
                date(2030, 12, 31),
                note="Theo kết quả xếp loại năm gần nhất.",
            ),
            TargetPreset(
                "hoan-thanh-tot-95",
                "(4) Trên 95% cán bộ, công chức hoàn thành tốt nhiệm vụ trở lên",
                _CADRES_AND_CIVIL_SERVANTS,
                "classification",
                _rating(QualityLevel.GOOD),
                95,
                date(2030, 12, 31),
                GT,
                note="Theo kết quả xếp loại năm gần nhất.",
            ),
            TargetPreset(
                "lanh-dao-thac-si-75",
                "(5) Thường trực Đảng ủy, lãnh đạo HĐND, UBND: 75% trở lên có trình độ thạc sĩ",
                _KEY_LEADERS,
                "qualification",
                _qual(_PRO, "thac_si"),
                75,
                date(2030, 12, 31),
            ),
            TargetPreset(
                "pho-chu-tich-llct-cao-cap",
                "(5) 100% Phó Chủ tịch HĐND, Phó Chủ tịch UBND có lý luận chính trị cao cấp hoặc cử nhân",
                _VICE_CHAIRS,
                "qualification",
                _qual(_PT, "cao_cap"),
                100,
                date(2030, 12, 31),
            ),
            TargetPreset(
                "truong-pho-phong-thac-si-25",
                "(6) Trưởng, phó phòng, ban, cơ quan: 25% trở lên có trình độ thạc sĩ",
                _DEPARTMENT_LEADERS,
                "qualification",
                _qual(_PRO, "thac_si"),
                25,
                date(2030, 12, 31),
            ),
            TargetPreset(
                "truong-pho-phong-llct-50",
                "(6) Trưởng, phó phòng, ban, cơ quan: 50% trở lên có lý luận chính trị cao cấp hoặc cử nhân",
                _DEPARTMENT_LEADERS,
                "qualification",
                _qual(_PT, "cao_cap"),
                50,
                date(2030, 12, 31),
            ),
            TargetPreset(
                "cong-chuc-dai-hoc-100",
                "(7) Công chức chuyên môn (không giữ chức vụ lãnh đạo, quản lý): 100% có trình độ đại học trở lên",
                _SPECIALISTS,
                "qualification",
                _qual(_PRO, "dai_hoc"),
                100,
                date(2030, 12, 31),
            ),
            TargetPreset(
                "cong-chuc-llct-80",
                "(7) Công chức chuyên môn (không giữ chức vụ lãnh đạo, quản lý): trên 80% có lý luận chính trị "
                "trung cấp",
                _SPECIALISTS,
                "qualification",
                _qual(_PT, "trung_cap"),
                80,
                date(2030, 12, 31),
                GT,
                note="Trung cấp trở lên.",
            ),
            TargetPreset(
                "dao-tao-lai-2028",
                "(1) Đến hết năm 2028, 100% cán bộ không có chuyên môn phù hợp với vị trí việc làm mới được đào tạo "
                "lại",
                _MISMATCHED,
                "course",
                _course("dao_tao_lai"),
                100,
                date(2028, 12, 31),
                note="Bồi dưỡng chuyên môn chuyên ngành hoặc đào tạo trình độ mới. " + _COMPLETED_NOTE,
            ),
            TargetPreset(
                "theo-vtvl-so-100",
                "(2) 100% được bồi dưỡng kiến thức, kỹ năng theo vị trí việc làm, quản trị dữ liệu, xử lý hồ sơ điện "
                "tử",
                _CADRES_AND_CIVIL_SERVANTS,
                "course",
                _course("theo_vtvl_so", date(2026, 2, 12)),
                100,
                date(2030, 12, 31),
                note="Tập huấn nghiệp vụ theo vị trí việc làm hoặc kỹ năng số từ ngày bắt đầu kế hoạch. "
                + _COMPLETED_NOTE,
            ),
            TargetPreset(
                "cap-nhat-kien-thuc-70",
                "(3) 70% được cập nhật kiến thức pháp luật, đạo đức công vụ, văn hóa công sở, công nghệ thông tin, "
                "chuyển đổi số, đổi mới sáng tạo",
                _CADRES_AND_CIVIL_SERVANTS,
                "course",
                _course("cap_nhat_kien_thuc", date(2026, 2, 12)),
                70,
                date(2030, 12, 31),
                note="Khóa kỹ năng số, chuyển đổi số hoặc khóa có tên về pháp luật, đạo đức công vụ, văn hóa công "
                "sở, công nghệ thông tin. " + _COMPLETED_NOTE,
            ),
        ),
        not_expressible=(
            "(2) 100% cán bộ đáp ứng tiêu chuẩn sau khi bổ nhiệm chức vụ lãnh đạo: cần bộ tiêu chuẩn từng chức danh",
            "(5) Trong Thường trực Đảng ủy, lãnh đạo HĐND, UBND có cán bộ nữ, người dân tộc thiểu số: là yêu cầu cơ "
            "cấu (có ít nhất một người), xem ở biểu đồ theo giới tính, dân tộc",
            "(8) 100% cán bộ được trang bị máy móc, thiết bị làm việc: ngoài phạm vi ứng dụng",
        ),
    ),
)

_BY_KEY = {p.key: p for p in PRESETS}


def plan_preset(key: str) -> PlanPreset:
    from app.errors import UserError

    preset = _BY_KEY.get(key)
    if preset is None:
        known = ", ".join(_BY_KEY)
        raise UserError(f"Không có kế hoạch mẫu “{key}” (có: {known}).")
    return preset
