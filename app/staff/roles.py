"""Leadership roles read from the free-text post (chức vụ), for target populations and lists.

Posts are typed by clerks ("Phó Chủ tịch UBND", "Phó Chủ tịch Ủy ban nhân dân xã", "Trưởng phòng Kinh
tế"…), so the role is recognised from folded keywords (practice, not a legal list):

- LEADER: Bí thư, Phó Bí thư (Thường trực) Đảng ủy, Chủ tịch HĐND, Chủ tịch UBND;
- VICE_CHAIR: Phó Chủ tịch HĐND, Phó Chủ tịch UBND;
- HEAD / DEPUTY: trưởng / phó of a phòng, ban, Văn phòng, Trung tâm, Ban Chỉ huy Quân sự, Ủy ban MTTQ,
  a mass organisation or a public service unit;
- NONE: everyone else (công chức chuyên môn "không giữ chức vụ lãnh đạo, quản lý", village heads…).
"""

from __future__ import annotations

from enum import StrEnum

from app.text import fold


class Role(StrEnum):
    LEADER = "leader"
    VICE_CHAIR = "vice_chair"
    HEAD = "head"
    DEPUTY = "deputy"
    NONE = "none"


ROLE_LABELS: dict[Role, str] = {
    Role.LEADER: "Lãnh đạo chủ chốt (Bí thư, Phó Bí thư Đảng ủy, Chủ tịch HĐND, UBND)",
    Role.VICE_CHAIR: "Phó Chủ tịch HĐND, UBND",
    Role.HEAD: "Trưởng phòng, ban, đơn vị (và tương đương)",
    Role.DEPUTY: "Phó trưởng phòng, ban, đơn vị (và tương đương)",
    Role.NONE: "Không giữ chức vụ lãnh đạo, quản lý",
}
ROLE_SHORT: dict[Role, str] = {
    Role.LEADER: "Lãnh đạo chủ chốt",
    Role.VICE_CHAIR: "Phó Chủ tịch HĐND, UBND",
    Role.HEAD: "Trưởng phòng, ban",
    Role.DEPUTY: "Phó phòng, ban",
    Role.NONE: "Không giữ chức vụ",
}

_COUNCILS = ("hdnd", "hoi dong nhan dan", "ubnd", "uy ban nhan dan")
_HEADS = (
    "truong phong",
    "truong ban",
    "chanh van phong",
    "giam doc",
    "chi huy truong",
    "chinh tri vien",
    "truong cong an",
    "chu tich uy ban mttq",
    "chu tich uy ban mat tran",
    "chu tich mttq",
    "chu tich mat tran",
    "chu tich hoi",
    "chu tich cong doan",
    "bi thu doan",
    "hieu truong",
    "tram truong",
    "truong tram",
    "thu truong",
)


def position_role(position: str | None) -> Role:
    text = fold(position)
    if not text:
        return Role.NONE
    deputy = text.startswith("pho ")
    core = text[4:] if deputy else text
    if core.startswith("chu tich") and any(c in core for c in _COUNCILS):
        return Role.VICE_CHAIR if deputy else Role.LEADER
    if core.startswith("bi thu") and (core == "bi thu" or "dang uy" in core or "thuong truc" in core):
        return Role.LEADER
    if core.startswith(_HEADS):
        return Role.DEPUTY if deputy else Role.HEAD
    return Role.NONE
