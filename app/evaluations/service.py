"""The classification service as the GUI uses it: each call is one transaction on the workspace database."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.evaluations import classification as rules
from app.evaluations.classification import HistoryRow, Period, RatingEntry, SaveResult, SheetRow
from app.organisation import COMMUNE_KINDS, DepartmentInfo, list_departments, own_unit
from app.security.permissions import Permission, allowed
from db.database import Database
from db.enums import UnitKind
from db.models import Staff, Unit


@dataclass(frozen=True)
class UnitChoice:
    code: str
    name: str
    editable: bool  # only the install's own unit enters its classification (single writer)


class ClassificationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def units(self) -> list[UnitChoice]:
        """The units whose sheets this install can show: a commune its own; a province every commune
        that has people (read only: the communes own their classification)."""
        with self.db.reading() as s:
            unit = own_unit(s)
            may_edit = allowed(s, Permission.EDIT_RECORDS)  # a viewer reads the sheets
            if unit is not None and unit.kind in COMMUNE_KINDS:
                return [UnitChoice(unit.code, unit.name, may_edit)]
            with_people = set(
                s.scalars(select(Staff.owner_unit).where(Staff.deleted.is_(False)).group_by(Staff.owner_unit))
            )
            units = s.scalars(select(Unit).where(Unit.code.in_([c for c in with_people if c]))).all()
            choices = [UnitChoice(u.code, u.name, False) for u in units if UnitKind(u.kind) in COMMUNE_KINDS]
            if None in with_people or (unit is None and not choices):
                choices.insert(0, UnitChoice("", "Đơn vị chưa khai báo", may_edit))
            return sorted(choices, key=lambda u: u.code)

    def sheet(self, period: Period, unit_code: str | None = None, today: date | None = None) -> list[SheetRow]:
        with self.db.reading() as s:
            return rules.rating_sheet(s, period, unit_code=unit_code or None, today=today)

    def save(
        self,
        period: Period,
        entries: Sequence[RatingEntry],
        *,
        keep_excellent: Collection[str] | None = None,
        cap_reason: str | None = None,
    ) -> SaveResult:
        with self.db.transaction() as s:
            return rules.save_ratings(s, period, entries, keep_excellent=keep_excellent, cap_reason=cap_reason)

    def history(self, uid: str) -> list[HistoryRow]:
        with self.db.reading() as s:
            return rules.person_history(s, uid)

    def departments(self) -> list[DepartmentInfo]:
        with self.db.reading() as s:
            return list_departments(s)
