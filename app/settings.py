"""Settings stored in the database (they belong to the unit, travel with its backups).

Declared once here with their defaults; a missing key reads as its default. Values are JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from db.models import AppSetting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    description: str


INSTALL_UNIT_CODE = SettingSpec("install.unit_code", None, "Mã đơn vị của bản cài đặt này")
INSTALL_ID = SettingSpec("install.id", None, "Mã định danh bản cài đặt (UUID)")
RETIRING_SOON_MONTHS = SettingSpec("staff.retiring_soon_months", 24, "Sắp nghỉ hưu: trong số tháng")
SIGNER_NAME = SettingSpec("unit.chairman_name", "", "Họ tên Chủ tịch UBND (người ký)")


def get_setting(session: Session, spec: SettingSpec) -> Any:
    row = session.get(AppSetting, spec.key)
    return spec.default if row is None else row.value


def set_setting(session: Session, spec: SettingSpec, value: Any) -> None:
    row = session.get(AppSetting, spec.key)
    if row is None:
        session.add(AppSetting(key=spec.key, value=value))
    else:
        row.value = value
