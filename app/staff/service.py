"""The staff service as the GUI uses it: each call is one transaction on the workspace database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.evaluations.classification import HistoryRow, person_history
from app.organisation import DepartmentInfo, list_departments, own_unit
from app.security.permissions import Permission, allowed
from app.security.privacy import mask_birth, mask_cccd, mask_phone, mask_row
from app.staff import records
from app.staff.form import QualificationInput, RawValue, StaffInput
from app.staff.job_positions import PositionRule, load_rules
from app.staff.records import StaffRow
from app.text import collation_key
from db.database import Database
from db.enums import PeriodKind, StaffStatus
from db.models import JobPosition, Staff, Unit


@dataclass(frozen=True)
class StaffRecord:
    """A person's record for the person dialog."""

    uid: str
    values: dict[str, RawValue]
    qualifications: list[QualificationInput]
    status: StaffStatus


class StaffService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def can(self, permission: Permission) -> bool:
        """For the page to grey out what the service would refuse anyway."""
        with self.db.reading() as s:
            return allowed(s, permission)

    def rows(self, today: date | None = None) -> list[StaffRow]:
        with self.db.reading() as s:
            rows = records.list_rows(s, today=today)
            if not allowed(s, Permission.VIEW_PERSONAL_DATA):
                rows = [mask_row(r) for r in rows]
            return rows

    def departments(self, unit_code: str | None = None) -> list[DepartmentInfo]:
        with self.db.reading() as s:
            return list_departments(s, unit_code)

    def communes(self) -> list[tuple[str, str]]:
        """Province: its communes (code, name) whose people it holds, for the commune filter; else []."""
        with self.db.reading() as s:
            me = own_unit(s)
            if me is None or not me.is_province:
                return []
            owners = set(s.scalars(select(Staff.owner_unit).distinct()))
            units = s.scalars(select(Unit).where(Unit.parent_code == me.code, Unit.code.in_(owners)))
            return sorted(((u.code, u.name) for u in units), key=lambda u: collation_key(u[1]))

    def position_rules(self) -> dict[str, PositionRule]:
        with self.db.reading() as s:
            return load_rules(s)

    def job_position_names(self) -> list[str]:
        """Catalogue positions and every position already typed, for the form's completer."""
        with self.db.reading() as s:
            names = set(s.scalars(select(JobPosition.name)))
            names.update(n for n in s.scalars(select(Staff.job_position).distinct()) if n)
        return sorted(names, key=collation_key)

    def load(self, uid: str) -> StaffRecord:
        with self.db.reading() as s:
            staff = records.get_staff(s, uid)
            values = records.form_values(staff)
            if not allowed(s, Permission.VIEW_PERSONAL_DATA):
                values.update(
                    cccd=mask_cccd(staff.cccd) or "",
                    phone=mask_phone(staff.phone) or "",
                    date_of_birth=mask_birth(staff.date_of_birth) or "",
                )
            return StaffRecord(
                uid=staff.uid,
                values=values,
                qualifications=records.qualification_inputs(staff),
                status=StaffStatus(staff.status),
            )

    def annual_ratings(self, uid: str, limit: int = 6) -> list[HistoryRow]:
        """The person's latest annual classifications, for the summary beside the list."""
        with self.db.reading() as s:
            history = [h for h in person_history(s, uid) if h.period.kind == PeriodKind.YEAR]
        return history[:limit]

    def rating_lines(self, uid: str, limit: int = 6) -> list[str]:
        return [h.text() for h in self.annual_ratings(uid, limit)]

    def cccd_owner(self, cccd: str, exclude_uid: str | None = None) -> str | None:
        with self.db.reading() as s:
            other = records.find_by_cccd(s, cccd, exclude_uid=exclude_uid)
            return other.full_name if other else None

    def create(self, data: StaffInput) -> str:
        with self.db.transaction() as s:
            return records.create_staff(s, data).uid

    def update(self, uid: str, data: StaffInput) -> None:
        with self.db.transaction() as s:
            records.update_staff(s, uid, data)

    def change_status(
        self,
        uid: str,
        status: StaffStatus,
        *,
        effective: date | None = None,
        note: str | None = None,
        by: str = "",
    ) -> int:
        with self.db.transaction() as s:
            return records.change_status(s, uid, status, effective=effective, note=note, by=by).id

    def undo_status_change(self, change_id: int, *, by: str = "") -> None:
        with self.db.transaction() as s:
            records.undo_status_change(s, change_id, by=by)
