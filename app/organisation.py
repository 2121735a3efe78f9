"""The unit this install belongs to, the units it knows, and the unit's departments."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import NotFound, UserError
from app.labels import UNIT_KIND_LABELS
from app.settings import INSTALL_ID, INSTALL_UNIT_CODE, get_setting, set_setting
from app.staff.job_positions import install_presets
from app.sync.keys import ensure_own_keys
from app.text import clean_text, collation_key
from db.base import Base
from db.enums import DepartmentKind, UnitKind
from db.models import Department, Unit
from db.sync_meta import SyncedMixin

COMMUNE_KINDS = (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE)
_PLACE_PREFIXES = re.compile(r"^(xã|phường|đặc khu|thị trấn|tỉnh|thành phố)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class UnitInfo:
    code: str
    name: str
    kind: UnitKind
    parent_code: str | None
    parent_name: str | None
    place_name: str

    @property
    def is_province(self) -> bool:
        return self.kind == UnitKind.PROVINCE

    @property
    def kind_label(self) -> str:
        return UNIT_KIND_LABELS[self.kind]


@dataclass(frozen=True)
class DepartmentInfo:
    uid: str
    name: str
    kind: DepartmentKind
    coverage_min_ratio: float
    coverage_min_per_position: int
    receives_citizens: bool


def place_from_name(name: str) -> str:
    """ "Xã Vĩnh Lộc" → "Vĩnh Lộc" (the place written before the date on documents)."""
    return _PLACE_PREFIXES.sub("", name.strip()).strip() or name.strip()


def validate_unit_code(kind: UnitKind, code: str) -> str:
    code = (code or "").strip()
    if not code:
        if kind == UnitKind.PROVINCE:
            raise UserError("Mã tỉnh, thành phố: chưa nhập (2 chữ số, ví dụ 31).")
        raise UserError("Mã đơn vị: chưa nhập (mã đơn vị hành chính cấp xã, 5 chữ số).")
    if kind == UnitKind.PROVINCE:
        if not re.fullmatch(r"\d{2}", code):
            raise UserError(f"Mã tỉnh phải gồm đúng 2 chữ số (nhận được “{code}”).")
    elif not re.fullmatch(r"\d{5}", code):
        raise UserError(f"Mã đơn vị hành chính cấp xã phải gồm đúng 5 chữ số (nhận được “{code}”).")
    return code


def _unit_info(session: Session, unit: Unit) -> UnitInfo:
    parent = session.scalar(select(Unit).where(Unit.code == unit.parent_code)) if unit.parent_code else None
    return UnitInfo(
        code=unit.code,
        name=unit.name,
        kind=UnitKind(unit.kind),
        parent_code=unit.parent_code,
        parent_name=parent.name if parent else None,
        place_name=unit.place_name or place_from_name(unit.name),
    )


def own_unit_code(session: Session) -> str | None:
    code = get_setting(session, INSTALL_UNIT_CODE)
    return str(code) if code else None


def own_unit(session: Session) -> UnitInfo | None:
    code = own_unit_code(session)
    if code is None:
        return None
    unit = session.scalar(select(Unit).where(Unit.code == code))
    return _unit_info(session, unit) if unit else None


def require_own_unit(session: Session) -> UnitInfo:
    unit = own_unit(session)
    if unit is None:
        raise UserError(
            "Chưa khai báo đơn vị cho bản cài đặt này. Hãy mở ứng dụng để khai báo, hoặc chạy "
            "“boiduong init --kind commune --code MÃ --name TÊN”."
        )
    return unit


def communes_with(session: Session, owner_column: Any) -> list[tuple[str, str]]:
    """The communes (code, name) that own rows of ``owner_column``'s table, in Vietnamese name order:
    what a province's commune filters list (people, nominations…)."""
    owners = {c for c in session.scalars(select(owner_column).distinct()) if c}
    units = session.scalars(select(Unit).where(Unit.code.in_(owners)))
    return sorted(
        ((u.code, u.name) for u in units if UnitKind(u.kind) in COMMUNE_KINDS), key=lambda u: collation_key(u[1])
    )


def ensure_unit(session: Session, code: str, name: str, kind: UnitKind, parent_code: str | None = None) -> Unit:
    unit = session.scalar(select(Unit).where(Unit.code == code))
    if unit is None:
        unit = Unit(code=code, name=name, kind=kind, parent_code=parent_code, place_name=place_from_name(name))
        session.add(unit)
    else:
        unit.name, unit.kind, unit.place_name = name, kind, place_from_name(name)
        unit.parent_code = parent_code or unit.parent_code
    return unit


def check_new_commune(session: Session, code: str, name: str) -> None:
    """Registering a commune whose code is already registered under another name is a typo in the
    code, not a rename: refused (registering it again under its own name changes nothing)."""
    unit = session.scalar(select(Unit).where(Unit.code == code))
    if unit is not None and unit.name != name:
        raise UserError(f"Mã {code} đã được đăng ký cho {unit.name}; kiểm tra lại mã của {name}. Chưa thay đổi gì.")


def init_unit(
    session: Session,
    *,
    kind: UnitKind,
    code: str,
    name: str,
    province_code: str | None = None,
    province_name: str | None = None,
) -> UnitInfo:
    """Declare which unit this install is (the first-start dialog and ``boiduong init``)."""
    kind = UnitKind(kind)
    code = validate_unit_code(kind, code)
    name = clean_text(name) or ""
    if not name:
        raise UserError("Tên đơn vị không được để trống.")
    if kind in COMMUNE_KINDS and not _PLACE_PREFIXES.match(name):
        # "Vĩnh Lộc" typed alone: documents print "ỦY BAN NHÂN DÂN / XÃ VĨNH LỘC", so the name carries its kind
        name = f"{UNIT_KIND_LABELS[kind]} {name}"
    existing = own_unit_code(session)
    if existing and existing != code:
        raise UserError(f"Bản cài đặt này đã khai báo là đơn vị {existing}; không thể đổi sang {code}.")
    parent_code = None
    if kind in COMMUNE_KINDS:
        if not province_code:
            raise UserError("Đơn vị cấp xã cần mã tỉnh, thành phố mà đơn vị báo cáo (--province-code).")
        parent_code = validate_unit_code(UnitKind.PROVINCE, province_code)
        ensure_unit(session, parent_code, clean_text(province_name) or f"Tỉnh {parent_code}", UnitKind.PROVINCE)
    unit = ensure_unit(session, code, name, kind, parent_code)
    set_setting(session, INSTALL_UNIT_CODE, code)
    if not get_setting(session, INSTALL_ID):
        set_setting(session, INSTALL_ID, str(uuid.uuid4()))
    session.info["unit_code"] = code
    ensure_own_keys(session)  # the install's signing and encryption keys (sync bundles), made once
    adopt_orphans(session, code)
    install_presets(session)
    if kind in COMMUNE_KINDS and session.scalar(select(Department.id).limit(1)) is None:
        for dept in default_departments(kind):
            session.add(dept)
    session.flush()
    return _unit_info(session, unit)


def adopt_orphans(session: Session, code: str) -> None:
    """Rows made before the unit was declared become the unit's own (DESIGN.md §5)."""
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, SyncedMixin):
            session.execute(update(cls).where(cls.owner_unit.is_(None)).values(owner_unit=code))


_DEFAULT_DEPARTMENTS: tuple[tuple[str, DepartmentKind, bool], ...] = (
    ("Lãnh đạo HĐND, UBND", DepartmentKind.LEADERSHIP, False),
    ("Văn phòng HĐND và UBND", DepartmentKind.OFFICE, False),
    ("Phòng Kinh tế", DepartmentKind.ECONOMY, False),
    ("Phòng Văn hóa - Xã hội", DepartmentKind.CULTURE_SOCIETY, False),
    ("Trung tâm Phục vụ hành chính công", DepartmentKind.PUBLIC_SERVICE_CENTRE, True),
    ("Cơ quan Đảng ủy", DepartmentKind.PARTY, False),
    ("Ủy ban MTTQ Việt Nam và các đoàn thể", DepartmentKind.MASS_ORGANISATION, False),
    ("Ban Chỉ huy Quân sự", DepartmentKind.MILITARY, False),
    ("Đơn vị sự nghiệp công lập", DepartmentKind.PUBLIC_SERVICE_UNIT, False),
    ("Thôn, tổ dân phố", DepartmentKind.VILLAGE, False),
)


def default_departments(kind: UnitKind) -> list[Department]:
    """Departments of a commune after the 2025 reform (NĐ 150/2025/NĐ-CP)."""
    out = []
    for order, (name, dkind, receives) in enumerate(_DEFAULT_DEPARTMENTS):
        if dkind == DepartmentKind.ECONOMY and kind == UnitKind.WARD:
            name = "Phòng Kinh tế, Hạ tầng và Đô thị"
        out.append(Department(name=name, kind=dkind, sort_order=order, receives_citizens=receives))
    return out


def list_departments(session: Session, unit_code: str | None = None) -> list[DepartmentInfo]:
    query = select(Department).where(Department.deleted.is_(False))
    if unit_code:
        query = query.where(Department.owner_unit == unit_code)
    rows = session.scalars(query).all()
    rows = sorted(rows, key=lambda d: (d.sort_order, collation_key(d.name)))
    return [
        DepartmentInfo(
            uid=d.uid,
            name=d.name,
            kind=DepartmentKind(d.kind),
            coverage_min_ratio=d.coverage_min_ratio,
            coverage_min_per_position=d.coverage_min_per_position,
            receives_citizens=d.receives_citizens,
        )
        for d in rows
    ]


def department_by_uid(session: Session, uid: str) -> Department:
    dept = session.scalar(select(Department).where(Department.uid == uid))
    if dept is None:
        raise NotFound(f"Không tìm thấy phòng, ban có mã {uid}.")
    return dept


def add_department(
    session: Session,
    name: str,
    kind: DepartmentKind = DepartmentKind.OTHER,
    *,
    receives_citizens: bool = False,
) -> Department:
    clean = clean_text(name)
    if not clean:
        raise UserError("Tên phòng, ban không được để trống.")
    order = len(list_departments(session))
    dept = Department(name=clean, kind=kind, sort_order=order, receives_citizens=receives_citizens)
    session.add(dept)
    session.flush()
    return dept
