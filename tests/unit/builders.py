"""Hand-built people for service tests (created through the staff services, so every rule applies)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.organisation import list_departments
from app.staff import records
from app.staff.form import QualificationInput, StaffInput
from db.enums import DepartmentKind, QualificationKind, Sex, StaffCategory, StaffStatus
from db.models import Staff


def make_person(
    session: Session,
    name: str,
    *,
    category: StaffCategory = StaffCategory.CIVIL_SERVANT,
    position: str = "Chuyên viên",
    sex: Sex = Sex.FEMALE,
    born: date = date(1985, 3, 4),
    start: date | None = date(2015, 1, 1),
    department: DepartmentKind | None = DepartmentKind.OFFICE,
    ethnicity: str = "01",
    job_position: str | None = None,
    quals: list[QualificationInput] | None = None,
) -> Staff:
    dept_uid = None
    if department is not None:
        dept_uid = next((d.uid for d in list_departments(session) if d.kind == department), None)
    data = StaffInput(
        full_name=name,
        sex=sex,
        category=category,
        date_of_birth=born,
        position=position,
        job_position=job_position,
        department_uid=dept_uid,
        start_date=start,
        ethnicity_code=ethnicity,
        qualifications=quals or [],
    )
    return records.create_staff(session, data)


def qual(
    kind: QualificationKind, level: str, *, year: int | None = 2010, on: date | None = None, major: str | None = None
) -> QualificationInput:
    return QualificationInput(kind, level, major, "Trường", year, issued_on=on)


def leave(session: Session, staff: Staff, status: StaffStatus, on: date) -> None:
    records.change_status(session, staff.uid, status, effective=on, note="test")
