"""Hand-built people, courses and classes for the courses, nominations and decisions tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.courses.catalogue import ClassInput, CourseInput, create_class, create_course
from app.organisation import list_departments
from app.settings import SIGNER_NAME, set_setting
from app.staff.form import QualificationInput, StaffInput
from app.staff.records import create_staff
from app.workspace import Workspace
from db.enums import ClassStatus, CourseType, DepartmentKind, QualificationKind, Sex, StaffCategory

TODAY = date(2026, 11, 23)


@dataclass
class World:
    """A commune with people built for the case at hand; ``s`` is one open transaction."""

    s: Session
    depts: dict[DepartmentKind, str]
    people: dict[str, str] = field(default_factory=dict)  # short name -> uid

    def person(
        self,
        key: str,
        *,
        dept: DepartmentKind = DepartmentKind.OFFICE,
        job: str | None = "Văn phòng - Tổng hợp",
        position: str = "Chuyên viên",
        born: date = date(1985, 5, 5),
        sex: Sex = Sex.FEMALE,
        category: StaffCategory = StaffCategory.CIVIL_SERVANT,
        degree: tuple[str, str] | None = ("dai_hoc", "Hành chính học"),
        extra: list[QualificationInput] | None = None,
        ethnicity: str = "01",
    ) -> str:
        quals = [QualificationInput(QualificationKind.PROFESSIONAL, degree[0], degree[1])] if degree else []
        quals += extra or []
        staff = create_staff(
            self.s,
            StaffInput(
                full_name=key,
                sex=sex,
                category=category,
                date_of_birth=born,
                position=position,
                job_position=job,
                department_uid=self.depts[dept],
                ethnicity_code=ethnicity,
                qualifications=quals,
            ),
        )
        self.people[key] = staff.uid
        return staff.uid

    def course(self, name: str, course_type: CourseType = CourseType.SKILLS, **kw: object) -> str:
        return create_course(self.s, CourseInput(name, course_type, **kw)).uid  # type: ignore[arg-type]

    def klass(
        self,
        course_uid: str,
        start: date,
        end: date,
        *,
        capacity: int | None = None,
        status: ClassStatus = ClassStatus.OPEN,
    ) -> str:
        data = ClassInput(
            name=f"Lớp {start:%d%m}",
            code=f"L{start:%d%m%y}",
            start_date=start,
            end_date=end,
            capacity=capacity,
            status=status,
        )
        return create_class(self.s, course_uid, data, unit_code=None).uid


@pytest.fixture
def world(workspace: Workspace) -> Iterator[World]:
    with workspace.db.transaction() as s:
        set_setting(s, SIGNER_NAME, "Nguyễn Văn Chủ Tịch")
        depts = {d.kind: d.uid for d in list_departments(s)}
        yield World(s, depts)


WorldFactory = Callable[[], World]
