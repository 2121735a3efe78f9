from __future__ import annotations

import pytest

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
