"""A province with its communes' data, as if their bundles had been imported. Bulk inserts: a province
of 15,000+ people must build in seconds for the benchmarks."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.demo.people import ROSTER, Post, make_person
from app.organisation import default_departments, ensure_unit
from app.staff.job_positions import MatchState, evaluate_match, load_rules
from app.staff.retirement import retirement_date
from app.text import join_fields, name_sort_key
from db.base import utcnow
from db.enums import DepartmentKind, QualificationKind, StaffCategory, UnitKind
from db.models import Department, Qualification, Staff
from db.sync_meta import new_uid

_FIRST = (
    "An",
    "Bình",
    "Cẩm",
    "Đông",
    "Gia",
    "Hà",
    "Hòa",
    "Hồng",
    "Kiến",
    "Lạc",
    "Minh",
    "Nam",
    "Phú",
    "Quang",
    "Tân",
    "Thái",
    "Thanh",
    "Thủy",
    "Tiên",
    "Trung",
    "Vĩnh",
    "Xuân",
    "Yên",
    "Đại",
)
_SECOND = (
    "Bắc",
    "Nam",
    "Đông",
    "Tây",
    "Hải",
    "Hưng",
    "Lộc",
    "Lợi",
    "Phong",
    "Sơn",
    "Thành",
    "Thịnh",
    "Thuận",
    "Tiến",
    "Trung",
    "Vinh",
    "Dương",
    "Hòa",
    "Lâm",
    "Long",
)
_EXTRA_VILLAGE = Post(DepartmentKind.VILLAGE, StaffCategory.VILLAGE_HEAD, "Trưởng thôn", None)
_EXTRA_EMPLOYEE = Post(DepartmentKind.PUBLIC_SERVICE_UNIT, StaffCategory.PUBLIC_EMPLOYEE, "Giáo viên", None)

Progress = Callable[[int, int, str], bool] | None


def commune_names(rng: random.Random, count: int) -> list[str]:
    pool = [f"{a} {b}" for a in _FIRST for b in _SECOND if a != b]
    rng.shuffle(pool)
    return [("Phường " if i % 7 == 0 else "Xã ") + pool[i] for i in range(count)]


def build_province(
    session: Session, rng: random.Random, today: date, province_code: str, communes: int, progress: Progress
) -> tuple[int, int]:
    rules = load_rules(session)
    now = utcnow()
    staff_id = (session.scalar(select(func.max(Staff.id))) or 0) + 1
    dept_id = (session.scalar(select(func.max(Department.id))) or 0) + 1
    people = 0
    for index, name in enumerate(commune_names(rng, communes)):
        code = f"{10000 + index * 37:05d}"
        kind = UnitKind.WARD if name.startswith("Phường") else UnitKind.COMMUNE
        ensure_unit(session, code, name, kind, province_code)
        meta: dict[str, Any] = {
            "owner_unit": code,
            "revision": 1,
            "updated_at": now,
            "deleted": False,
            "change_seq": 0,
        }
        depts: dict[DepartmentKind, int] = {}
        dept_rows = []
        for d in default_departments(kind):
            depts[DepartmentKind(d.kind)] = dept_id
            dept_rows.append(
                {
                    "id": dept_id,
                    "uid": new_uid(),
                    "name": d.name,
                    "kind": d.kind,
                    "sort_order": d.sort_order,
                    "receives_citizens": d.receives_citizens,
                    **meta,
                }
            )
            dept_id += 1
        session.execute(insert(Department), dept_rows)
        posts = [p for p in ROSTER for _ in range(p.count)]
        posts += [_EXTRA_VILLAGE] * rng.randint(12, 30) + [_EXTRA_EMPLOYEE] * rng.randint(30, 60)
        staff_rows, qual_rows = [], []
        for post in posts:
            person = make_person(rng, post, today, minority_share=0.12).data
            degrees = [
                (q.level, q.major) for q in person.qualifications or [] if q.kind == QualificationKind.PROFESSIONAL
            ]
            match = evaluate_match(rules, person.job_position, degrees)
            search = join_fields(person.full_name, person.cccd, person.phone, post.position, post.job_position)
            staff_rows.append(
                {
                    "id": staff_id,
                    "uid": new_uid(),
                    **meta,
                    "full_name": person.full_name,
                    "sex": person.sex,
                    "date_of_birth": person.date_of_birth,
                    "dob_precision": person.dob_precision,
                    "place_of_birth": person.place_of_birth,
                    "home_town": person.home_town,
                    "ethnicity_code": person.ethnicity_code,
                    "religion": person.religion,
                    "cccd": person.cccd,
                    "phone": person.phone,
                    "category": person.category,
                    "position": person.position,
                    "job_position": person.job_position,
                    "department_id": depts.get(post.department),
                    "rank_code": person.rank_code,
                    "start_date": person.start_date,
                    "general_education": person.general_education,
                    "party_member": person.party_member,
                    "party_join_date": person.party_join_date,
                    "status": person.status,
                    "retirement_date": retirement_date(person.sex, person.date_of_birth)
                    if person.date_of_birth
                    else None,
                    "qualification_mismatch": match == MatchState.MISMATCH,
                    "name_sort_key": name_sort_key(person.full_name),
                    "search_text": search,
                }
            )
            for q in person.qualifications or []:
                qual_rows.append(
                    {
                        "uid": new_uid(),
                        **meta,
                        "staff_id": staff_id,
                        "kind": q.kind,
                        "level": q.level,
                        "major": q.major,
                        "institution": q.institution,
                        "year": q.year,
                        "certificate_no": q.certificate_no,
                        "training_form": q.training_form,
                        "source": "import",
                    }
                )
            staff_id += 1
        session.execute(insert(Staff), staff_rows)
        session.execute(insert(Qualification), qual_rows)
        people += len(staff_rows)
        if progress and not progress(index + 1, communes, name):
            break
    return communes, people
