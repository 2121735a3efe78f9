from __future__ import annotations

import pytest

from app.errors import UserError
from app.organisation import validate_unit_code
from app.workspace import Workspace
from db.enums import UnitKind


@pytest.mark.parametrize(
    ("kind", "typed", "stored", "place"),
    [
        (UnitKind.COMMUNE, "Vĩnh Lộc", "Xã Vĩnh Lộc", "Vĩnh Lộc"),
        (UnitKind.WARD, "  Tân   Định ", "Phường Tân Định", "Tân Định"),
        (UnitKind.SPECIAL_ZONE, "Côn Đảo", "Đặc khu Côn Đảo", "Côn Đảo"),
        (UnitKind.COMMUNE, "xã Hà Bắc", "xã Hà Bắc", "Hà Bắc"),  # already says what it is: kept as typed
    ],
)
def test_a_commune_name_typed_without_its_kind_gets_it(
    empty_workspace: Workspace, kind: UnitKind, typed: str, stored: str, place: str
) -> None:
    """The decision prints "ỦY BAN NHÂN DÂN / XÃ VĨNH LỘC" from the unit's name: a clerk who types only
    "Vĩnh Lộc" in the first-start dialog must not get "ỦY BAN NHÂN DÂN / VĨNH LỘC"."""
    unit = empty_workspace.init_unit(kind=kind, code="11311", name=typed, province_code="31", province_name="Hải Phòng")
    assert unit.name == stored and unit.place_name == place


def test_a_province_name_is_kept_as_typed(empty_workspace: Workspace) -> None:
    unit = empty_workspace.init_unit(kind=UnitKind.PROVINCE, code="31", name="Hải Phòng")
    assert unit.name == "Hải Phòng"  # tỉnh or thành phố: the app cannot tell which


def test_an_empty_code_is_said_to_be_missing() -> None:
    with pytest.raises(UserError, match="Mã đơn vị: chưa nhập"):
        validate_unit_code(UnitKind.COMMUNE, "  ")
    with pytest.raises(UserError, match="Mã tỉnh, thành phố: chưa nhập"):
        validate_unit_code(UnitKind.PROVINCE, "")
    with pytest.raises(UserError, match="5 chữ số"):
        validate_unit_code(UnitKind.COMMUNE, "1131")
