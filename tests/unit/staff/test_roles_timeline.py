from __future__ import annotations

from datetime import date

import pytest

from app.staff.roles import Role, position_role
from app.staff.timeline import on_books_on, status_on
from db.enums import StaffStatus


@pytest.mark.parametrize(
    ("post", "role"),
    [
        ("Chủ tịch UBND", Role.LEADER),
        ("Chủ tịch Ủy ban nhân dân xã", Role.LEADER),
        ("Bí thư Đảng ủy", Role.LEADER),
        ("Phó Bí thư Thường trực Đảng ủy", Role.LEADER),
        ("Phó Chủ tịch HĐND", Role.VICE_CHAIR),
        ("PHÓ CHỦ TỊCH UBND", Role.VICE_CHAIR),
        ("Trưởng phòng Kinh tế", Role.HEAD),
        ("Chánh Văn phòng", Role.HEAD),
        ("Chủ tịch Ủy ban MTTQ", Role.HEAD),
        ("Chỉ huy trưởng Ban Chỉ huy Quân sự", Role.HEAD),
        ("Phó Chủ tịch Ủy ban MTTQ", Role.DEPUTY),
        ("Phó Giám đốc Trung tâm", Role.DEPUTY),
        ("Phó Bí thư Đoàn", Role.DEPUTY),
        ("Chuyên viên", Role.NONE),
        ("Trưởng thôn", Role.NONE),
        ("", Role.NONE),
        (None, Role.NONE),
    ],
)
def test_position_roles(post: str | None, role: Role) -> None:
    assert position_role(post) == role


def test_status_played_back() -> None:
    changes = [
        (date(2025, 6, 1), StaffStatus.WORKING, StaffStatus.MOVED),
        (date(2026, 2, 1), StaffStatus.MOVED, StaffStatus.WORKING),
    ]
    assert status_on(StaffStatus.WORKING, changes, date(2025, 5, 31)) == StaffStatus.WORKING
    assert status_on(StaffStatus.WORKING, changes, date(2025, 6, 1)) == StaffStatus.MOVED
    assert status_on(StaffStatus.WORKING, changes, date(2026, 3, 1)) == StaffStatus.WORKING
    assert not on_books_on(StaffStatus.WORKING, None, changes, date(2025, 12, 31))
    assert not on_books_on(StaffStatus.WORKING, date(2026, 1, 1), [], date(2025, 12, 31))
    assert on_books_on(StaffStatus.ON_LEAVE, None, [], date(2025, 12, 31))
