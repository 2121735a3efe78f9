"""Masking of personal data (CCCD, date of birth, phone) where the purpose does not need it.

Lists show a person's CCCD as ``********2345`` and a phone as ``*******678``; a user without the
``VIEW_PERSONAL_DATA`` permission (the viewer role) sees dates of birth as the year alone. The
person's own record, opened by someone allowed to edit it, shows everything. Exports and the audit
trail mask these fields unless the user asks for them in full and may see them."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from app.staff.records import StaffRow
from db.enums import DatePrecision

PERSONAL_FIELDS = frozenset({"cccd", "phone", "date_of_birth"})
MASK = "*"


def mask_tail(value: str | None, keep: int) -> str | None:
    if not value:
        return value
    keep = min(keep, max(0, len(value) - 4)) if len(value) <= keep + 4 else keep
    return MASK * (len(value) - keep) + value[len(value) - keep :]


def mask_cccd(value: str | None) -> str | None:
    return mask_tail(value, 4)


def mask_phone(value: str | None) -> str | None:
    return mask_tail(value, 3)


def mask_birth(value: date | str | None) -> str | None:
    """A date of birth reduced to its year: "**/**/1985"."""
    if value is None or value == "":
        return None
    year = value.year if isinstance(value, date) else str(value)[:4]
    return f"{MASK * 2}/{MASK * 2}/{year}"


def mask_field(field: str, value: Any) -> Any:
    """Mask one stored value by field name (exports, audit before/after)."""
    if value is None:
        return None
    if field == "cccd":
        return mask_cccd(str(value))
    if field == "phone":
        return mask_phone(str(value))
    if field == "date_of_birth":
        return mask_birth(value if isinstance(value, date) else str(value))
    return value


def mask_row(row: StaffRow) -> StaffRow:
    """A list row as a user without VIEW_PERSONAL_DATA sees it: birth year only, CCCD and phone masked."""
    birth = date(row.date_of_birth.year, 1, 1) if row.date_of_birth else None
    return dataclasses.replace(
        row,
        date_of_birth=birth,
        dob_precision=DatePrecision.YEAR if birth else row.dob_precision,
        cccd=mask_cccd(row.cccd),
        phone=mask_phone(row.phone),
    )
