"""Job positions (vị trí việc làm) and whether a person's professional degree fits theirs.

A position lists the majors it accepts as folded keywords and the lowest professional level; a degree
"matches" when its major contains one of the keywords and its level reaches that minimum. This is the
flag the plans target ("cán bộ, công chức chưa đáp ứng yêu cầu về chuyên môn của vị trí việc làm").
A clerk can always override the computed answer on the person's record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.qualifications import level_rank
from app.text import clean_text, fold
from db.enums import DepartmentKind, QualificationKind
from db.models import JobPosition


class MatchState(StrEnum):
    MATCH = "match"
    MISMATCH = "mismatch"
    UNKNOWN = "unknown"  # position not in the catalogue, or no position given


MATCH_LABELS = {
    MatchState.MATCH: "Đúng chuyên ngành",
    MatchState.MISMATCH: "Chưa phù hợp vị trí việc làm",
    MatchState.UNKNOWN: "Chưa xác định",
}


@dataclass(frozen=True)
class JobPositionPreset:
    name: str
    department_kind: DepartmentKind
    majors: tuple[str, ...]
    min_level: str = "dai_hoc"


_ADMIN = ("hanh chinh", "quan ly nha nuoc", "luat", "chinh tri", "quan ly cong")
PRESETS: tuple[JobPositionPreset, ...] = (
    JobPositionPreset(
        "Văn phòng - Tổng hợp", DepartmentKind.OFFICE, (*_ADMIN, "quan tri van phong", "van thu", "luu tru", "kinh te")
    ),
    JobPositionPreset(
        "Văn thư - Lưu trữ", DepartmentKind.OFFICE, ("van thu", "luu tru", "quan tri van phong"), "trung_cap"
    ),
    JobPositionPreset("Tư pháp - Hộ tịch", DepartmentKind.OFFICE, ("luat",)),
    JobPositionPreset("Nội vụ", DepartmentKind.CULTURE_SOCIETY, (*_ADMIN, "quan ly nhan luc", "noi vu")),
    JobPositionPreset(
        "Tài chính - Kế toán", DepartmentKind.ECONOMY, ("ke toan", "tai chinh", "kiem toan", "ngan hang", "kinh te")
    ),
    JobPositionPreset(
        "Kinh tế - Kế hoạch - Đầu tư",
        DepartmentKind.ECONOMY,
        ("kinh te", "ke hoach", "dau tu", "quan tri kinh doanh", "tai chinh"),
    ),
    JobPositionPreset(
        "Địa chính - Xây dựng - Đô thị",
        DepartmentKind.ECONOMY,
        (
            "quan ly dat dai",
            "dia chinh",
            "trac dia",
            "xay dung",
            "kien truc",
            "quy hoach",
            "giao thong",
            "ky thuat ha tang",
        ),
    ),
    JobPositionPreset(
        "Nông nghiệp - Môi trường",
        DepartmentKind.ECONOMY,
        (
            "nong nghiep",
            "nong hoc",
            "lam nghiep",
            "thuy san",
            "chan nuoi",
            "thu y",
            "trong trot",
            "moi truong",
            "tai nguyen",
            "phat trien nong thon",
            "khoa hoc cay trong",
        ),
    ),
    JobPositionPreset(
        "Văn hóa - Thông tin - Thể thao",
        DepartmentKind.CULTURE_SOCIETY,
        (
            "van hoa",
            "du lich",
            "thong tin",
            "bao chi",
            "thu vien",
            "bao tang",
            "the duc",
            "the thao",
            "truyen thong",
            "van hoc",
            "quan ly van hoa",
        ),
    ),
    JobPositionPreset(
        "Lao động - Chính sách - Xã hội",
        DepartmentKind.CULTURE_SOCIETY,
        ("cong tac xa hoi", "xa hoi hoc", "lao dong", "bao hiem", "luat", "quan ly xa hoi"),
    ),
    JobPositionPreset(
        "Giáo dục - Y tế",
        DepartmentKind.CULTURE_SOCIETY,
        ("su pham", "giao duc", "y te", "y hoc", "dieu duong", "duoc"),
    ),
    JobPositionPreset(
        "Chuyển đổi số - Công nghệ thông tin",
        DepartmentKind.OFFICE,
        (
            "cong nghe thong tin",
            "tin hoc",
            "khoa hoc may tinh",
            "he thong thong tin",
            "dien tu vien thong",
            "ky thuat phan mem",
            "mang may tinh",
        ),
    ),
    JobPositionPreset(
        "Tiếp nhận và trả kết quả hồ sơ",
        DepartmentKind.PUBLIC_SERVICE_CENTRE,
        (*_ADMIN, "van thu", "kinh te", "quan ly dat dai", "cong nghe thong tin"),
    ),
    JobPositionPreset("Chỉ huy trưởng Quân sự", DepartmentKind.MILITARY, ("quan su", "chi huy tham muu"), "trung_cap"),
)


def position_key(name: str | None) -> str:
    return fold(clean_text(name) or "")


def install_presets(session: Session) -> int:
    """Add the preset positions the catalogue lacks; returns how many were added."""
    have = set(session.scalars(select(JobPosition.name_key)))
    added = 0
    for preset in PRESETS:
        key = position_key(preset.name)
        if key in have:
            continue
        session.add(
            JobPosition(
                name=preset.name,
                name_key=key,
                min_level=preset.min_level,
                accepted_majors="\n".join(preset.majors),
                department_kind=preset.department_kind.value,
            )
        )
        added += 1
    return added


@dataclass(frozen=True)
class PositionRule:
    min_level: str | None
    majors: tuple[str, ...]


def load_rules(session: Session) -> dict[str, PositionRule]:
    """Catalogue keyed by folded position name, read once per listing."""
    rules: dict[str, PositionRule] = {}
    for jp in session.scalars(select(JobPosition)):
        majors = tuple(fold(m) for m in jp.accepted_majors.splitlines() if m.strip())
        rules[jp.name_key] = PositionRule(jp.min_level, majors)
    return rules


def evaluate_match(
    rules: dict[str, PositionRule],
    job_position: str | None,
    degrees: Iterable[tuple[str | None, str | None]],
    override: bool | None = None,
) -> MatchState:
    """``degrees`` are (level code, major) of the person's professional qualifications."""
    if override is not None:
        return MatchState.MATCH if override else MatchState.MISMATCH
    rule = rules.get(position_key(job_position))
    if rule is None:
        return MatchState.UNKNOWN
    need = level_rank(QualificationKind.PROFESSIONAL, rule.min_level)
    for level, major in degrees:
        if level_rank(QualificationKind.PROFESSIONAL, level) < need:
            continue
        folded = fold(major)
        if not rule.majors or any(k in folded for k in rule.majors):
            return MatchState.MATCH
    return MatchState.MISMATCH
