from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.courses.catalogue import (
    CourseInput,
    course_form_values,
    create_course,
    list_classes,
    list_courses,
    parse_class_form,
    parse_course_form,
    set_course_active,
    update_class,
    update_course,
)
from app.courses.nominations import nominate
from app.errors import UserError, ValidationFailed
from db.enums import ClassStatus, CourseType, QualificationKind, StaffCategory
from tests.unit.courses.conftest import TODAY, World


def test_course_form_rules() -> None:
    bad = parse_course_form({"name": "", "course_type": "", "duration_days": "ba", "grants_kind": "political_theory"})
    assert set(bad.errors) == {"name", "course_type", "duration_days", "grants_level"}
    assert "Tên chương trình" in bad.errors["name"]
    wrong_level = parse_course_form(
        {"name": "X", "course_type": "skills", "grants_kind": "it", "grants_level": "cao_cap"}
    )
    assert "không có trong danh mục" in wrong_level.errors["grants_level"]
    no_cert = parse_course_form({"name": "X", "course_type": "skills", "grants_kind": "other"})
    assert "grants_certificate" in no_cert.errors
    ok = parse_course_form(
        {
            "name": "  Sơ cấp   lý luận chính trị ",
            "course_type": "political_theory",
            "grants_kind": "political_theory",
            "grants_level": "so_cap",
            "target_categories": "civil_servant,village_head,nonsense",
            "target_positions": "Tư pháp\n\nVăn phòng",
            "default_cost": "1.500.000",
            "requires_commitment": True,
        }
    )
    data = ok.data
    assert isinstance(data, CourseInput) and data.name == "Sơ cấp lý luận chính trị"
    assert data.target_categories == (StaffCategory.CIVIL_SERVANT, StaffCategory.VILLAGE_HEAD)
    assert data.target_positions == ("tu phap", "van phong") and data.default_cost == 1_500_000


def test_a_cost_is_shown_with_dots_and_read_back(world: World) -> None:
    uid = world.course("Khóa có kinh phí", CourseType.SKILLS, default_cost=4_500_000)
    info = next(c for c in list_courses(world.s) if c.uid == uid)
    values = course_form_values(info)
    assert values["default_cost"] == "4.500.000"  # as a clerk reads an amount, not "4500000"
    again = parse_course_form(values)
    assert again.data is not None and again.data.default_cost == 4_500_000


def test_class_form_rules() -> None:
    bad = parse_class_form({"name": "L1", "start_date": "10/05/2026", "end_date": "01/05/2026", "capacity": "0"})
    assert set(bad.errors) == {"end_date", "capacity"}
    one_day = parse_class_form({"code": "KNS-01", "start_date": "3/12/2026"}).data
    assert one_day is not None and one_day.name == "KNS-01" and one_day.end_date == date(2026, 12, 3)  # type: ignore[attr-defined]


def test_only_the_owner_changes_a_course(world: World) -> None:
    province = create_course(world.s, CourseInput("Khóa của tỉnh", CourseType.SKILLS), owner_unit="31")
    own = world.course("Khóa của xã")
    with pytest.raises(UserError, match="do đơn vị 31 quản lý"):
        update_course(world.s, province.uid, CourseInput("Đổi tên", CourseType.SKILLS), unit_code="11311")
    with pytest.raises(UserError):
        set_course_active(world.s, province.uid, False, unit_code="11311")
    update_course(world.s, own, CourseInput("Khóa của xã (sửa)", CourseType.DIGITAL), unit_code="11311")
    set_course_active(world.s, own, False, unit_code="11311")
    names = [c.name for c in list_courses(world.s)]
    assert names == ["Khóa của tỉnh"]
    archived = {c.name: c for c in list_courses(world.s, include_archived=True)}
    assert archived["Khóa của xã (sửa)"].owner_name == "Xã Hà Bắc" and not archived["Khóa của xã (sửa)"].active


def test_course_info_texts(world: World) -> None:
    uid = world.course(
        "Trung cấp LLCT",
        CourseType.POLITICAL_THEORY,
        grants_kind=QualificationKind.POLITICAL_THEORY,
        grants_level="trung_cap",
        target_categories=(StaffCategory.CADRE,),
        target_note="Trưởng, phó phòng",
    )
    info = next(c for c in list_courses(world.s) if c.uid == uid)
    assert info.grants_text == "Lý luận chính trị: Trung cấp"
    assert info.targets_text == "Cán bộ; Trưởng, phó phòng"
    assert info.typical_days == 60 and not info.is_degree


def test_capacity_cannot_drop_below_the_people_sent(world: World) -> None:
    a, b = world.person("Người A"), world.person("Người B", job="Tư pháp - Hộ tịch")
    course = world.course("Tập huấn")
    klass = world.klass(course, TODAY + timedelta(days=9), TODAY + timedelta(days=10), capacity=10)
    nominate(world.s, course, klass, [a, b], today=TODAY, accept_warnings=True)
    (info,) = list_classes(world.s, course)
    assert info.nominated == 2 and info.status == ClassStatus.OPEN
    data = parse_class_form({"name": "Lớp", "capacity": "1"}).data
    with pytest.raises(ValidationFailed) as caught:
        update_class(world.s, klass, data, unit_code=None)  # type: ignore[arg-type]
    assert "đã có 2 người" in caught.value.field_errors["capacity"]
