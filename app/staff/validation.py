"""Field checks shared by the person dialog, the Excel importer and the CLI. Messages are Vietnamese
and name the field, so the same text can be shown beside a widget or against an Excel cell."""

from __future__ import annotations

import re
from datetime import date

from db.enums import Sex

CCCD_LENGTH = 12
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^0\d{9,10}$")


def digits_only(text: str) -> str:
    return re.sub(r"[\s.\-]", "", text or "")


def check_cccd(text: str) -> str | None:
    """Error message for a citizen ID that is not 12 digits, else None."""
    value = digits_only(text)
    if not value.isdigit():
        return "Số CCCD chỉ gồm chữ số"
    if len(value) != CCCD_LENGTH:
        return f"Số CCCD phải có đúng {CCCD_LENGTH} chữ số (đang có {len(value)})"
    return None


def cccd_consistency_warning(cccd: str, sex: Sex | None, birth: date | None) -> str | None:
    """The 4th digit encodes century and sex, the 5th–6th the birth year (Thông tư 59/2021/TT-BCA).
    A disagreement is usually a typo, so it is a warning, not a refusal."""
    value = digits_only(cccd)
    if len(value) != CCCD_LENGTH or not value.isdigit():
        return None
    code = int(value[3])
    century = 1900 + (code // 2) * 100
    female = code % 2 == 1
    problems = []
    if sex is not None and female != (sex == Sex.FEMALE):
        problems.append("giới tính")
    if birth is not None and (century + int(value[4:6])) != birth.year:
        problems.append("năm sinh")
    if not problems:
        return None
    return f"Số CCCD không khớp {' và '.join(problems)} (chữ số thứ 4–6) — hãy kiểm tra lại"


def check_phone(text: str) -> str | None:
    value = normalise_phone(text)
    if not _PHONE.match(value):
        return "Số điện thoại phải bắt đầu bằng 0 và có 10 hoặc 11 chữ số"
    return None


def normalise_phone(text: str) -> str:
    """ "+84 912 345 678", "0912.345.678" → "0912345678"."""
    value = re.sub(r"[\s.\-()+]", "", text or "")
    if value.startswith("84") and len(value) >= 11:
        value = "0" + value[2:]
    return value


def check_email(text: str) -> str | None:
    return None if _EMAIL.match(text.strip()) else "Địa chỉ thư điện tử không hợp lệ"
