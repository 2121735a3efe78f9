from __future__ import annotations

from datetime import date

from app.staff.form import parse_qualification_form, parse_staff_form
from db.enums import DatePrecision, QualificationKind, Sex, StaffCategory

TODAY = date(2026, 11, 23)
BASE = {"full_name": "nguyễn thị lan", "sex": "F", "date_of_birth": "05/01/1985", "category": "civil_servant"}


def test_valid_minimal_form() -> None:
    result = parse_staff_form(BASE, today=TODAY)
    assert result.ok and result.data is not None
    assert result.data.full_name == "Nguyễn Thị Lan"
    assert result.data.sex == Sex.FEMALE and result.data.category == StaffCategory.CIVIL_SERVANT
    assert result.data.date_of_birth == date(1985, 1, 5)


def test_required_fields_are_named_in_vietnamese() -> None:
    result = parse_staff_form({}, today=TODAY)
    assert result.data is None
    assert set(result.errors) == {"full_name", "sex", "date_of_birth", "category"}
    assert result.errors["full_name"] == "Họ và tên: chưa nhập"


def test_bad_dates_and_cccd() -> None:
    result = parse_staff_form(
        {**BASE, "date_of_birth": "31/02/1985", "cccd": "0123", "start_date": "1/1/19"}, today=TODAY
    )
    assert "Ngày sinh" in result.errors["date_of_birth"]
    assert "12 chữ số" in result.errors["cccd"]
    assert "Ngày bắt đầu công tác" in result.errors["start_date"]
    assert "chỉ gồm chữ số" in parse_staff_form({**BASE, "cccd": "03118500123a"}, today=TODAY).errors["cccd"]


def test_cccd_disagreeing_with_sex_or_birth_year_is_a_warning() -> None:
    # 4th digit 0 = man born in the 1900s, but the form says woman born 1985
    result = parse_staff_form({**BASE, "cccd": "031085001234"}, today=TODAY)
    assert result.ok and "giới tính" in result.warnings["cccd"]
    result = parse_staff_form({**BASE, "cccd": "031186001234"}, today=TODAY)
    assert result.ok and "năm sinh" in result.warnings["cccd"]
    assert "cccd" not in parse_staff_form({**BASE, "cccd": "031185001234"}, today=TODAY).warnings


def test_partial_birth_dates_and_age_limits() -> None:
    result = parse_staff_form({**BASE, "date_of_birth": "1975"}, today=TODAY)
    assert result.data is not None and result.data.dob_precision == DatePrecision.YEAR
    assert "15 tuổi" in parse_staff_form({**BASE, "date_of_birth": "2015"}, today=TODAY).errors["date_of_birth"]


def test_party_dates_order_and_phone() -> None:
    result = parse_staff_form(
        {**BASE, "party_join_date": "01/01/2010", "party_official_date": "01/01/2009", "phone": "12345"}, today=TODAY
    )
    assert "trước ngày vào Đảng" in result.errors["party_official_date"]
    assert "Số điện thoại" in result.errors["phone"]
    ok = parse_staff_form({**BASE, "phone": "+84 912 345 678"}, today=TODAY)
    assert ok.data is not None and ok.data.phone == "0912345678"


def test_qualification_form() -> None:
    item, errors = parse_qualification_form(
        {"kind": "professional", "level": "dai_hoc", "major": "Luật", "year": "2008"}, today=TODAY
    )
    assert not errors and item is not None and item.kind == QualificationKind.PROFESSIONAL
    item, errors = parse_qualification_form({"kind": "professional", "year": "3000"}, today=TODAY)
    assert item is None and {"major", "level", "year"} <= set(errors)
    _item, errors = parse_qualification_form(
        {"kind": "it", "level": "co_ban", "issued_on": "01/01/2020", "valid_until": "01/01/2019"}, today=TODAY
    )
    assert "trước ngày cấp" in errors["valid_until"]
