from __future__ import annotations

from datetime import date

import pytest

from app.dates import DateParseError, format_date, format_duration_months, parse_date, parse_partial_date
from db.enums import DatePrecision


@pytest.mark.parametrize("text", ["05/01/1980", "5/1/1980", "05-01-1980", "05.01.1980", "1980-01-05"])
def test_parse_date_forms(text: str) -> None:
    assert parse_date(text) == date(1980, 1, 5)


@pytest.mark.parametrize("text", ["31/02/1980", "00/01/1980", "1/13/1980", "abc", "05/01/80", ""])
def test_parse_date_rejects_with_vietnamese_message(text: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(text)
    assert any(word in str(info.value) for word in ("không", "Ngày", "Tháng"))


def test_partial_dates_keep_their_precision() -> None:
    assert parse_partial_date("03/1975") == parse_partial_date("3/1975")
    p = parse_partial_date("03/1975")
    assert p.precision == DatePrecision.MONTH and p.format() == "03/1975"
    y = parse_partial_date("1975")
    assert y.precision == DatePrecision.YEAR and y.format() == "1975"
    assert parse_partial_date("15/03/1975").precision == DatePrecision.DAY


def test_format() -> None:
    assert format_date(date(2026, 1, 5)) == "05/01/2026"
    assert format_date(None) == ""
    assert format_duration_months(63) == "5 năm 3 tháng"
    assert format_duration_months(24) == "2 năm"
    assert format_duration_months(0) == "đã đến tuổi"
