"""Demo people of one commune, created through the staff services (so every rule applies)."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy.orm import Session

from app.demo.people import commune_people
from app.organisation import list_departments
from app.staff.job_positions import load_rules
from app.staff.records import change_status, create_staff
from db.enums import DepartmentKind, StaffCategory, StaffStatus


def build_commune(session: Session, rng: random.Random, today: date) -> int:
    departments = {d.kind: d.uid for d in list_departments(session, session.info.get("unit_code"))}
    rules = load_rules(session)
    created = []
    for person in commune_people(rng, today):
        person.data.department_uid = departments.get(person.department) or departments.get(DepartmentKind.OTHER)
        created.append(create_staff(session, person.data, rules=rules))
    # part-time posts at commune level were abolished on 31/5/2026; one civil servant has moved
    for staff in created:
        if staff.category == StaffCategory.PART_TIME:
            change_status(
                session,
                staff.uid,
                StaffStatus.REMOVED,
                effective=date(2026, 5, 31),
                note="Bố trí lại theo Nghị định 154/2025/NĐ-CP",
                by="demo",
            )
    movers = [s for s in created if s.category == StaffCategory.CIVIL_SERVANT and s.position == "Chuyên viên"]
    if movers:
        change_status(
            session,
            rng.choice(movers).uid,
            StaffStatus.MOVED,
            effective=date(today.year, 3, 1),
            note="Chuyển công tác về Sở Nội vụ",
            by="demo",
        )
    return len(created)
