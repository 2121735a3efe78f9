"""Who counts for a target: criteria over the staff records, evaluated on any day.

``People`` is one read of the staff table (plus the status history) shared by every target computed in
the same run, so computing all targets costs one pass over the people, not one query per target.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.labels import CATEGORY_LABELS
from app.staff.roles import ROLE_SHORT, Role, position_role
from app.staff.timeline import StatusChanges, load_status_changes, on_books_on, status_on
from app.text import clean_text, fold
from db.enums import Sex, StaffCategory, StaffStatus
from db.models import Department, Staff


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    uid: str
    full_name: str
    sort_key: str
    sex: Sex
    date_of_birth: date | None
    ethnicity_code: str | None
    category: StaffCategory
    position: str
    role: Role
    job_position: str
    job_position_key: str
    department_uid: str | None
    department_name: str
    status: StaffStatus
    start_date: date | None
    mismatch: bool
    match_override: bool | None
    owner_unit: str | None


@dataclass
class People:
    by_id: dict[int, Person]
    changes: StatusChanges = field(default_factory=dict)

    def on_books(self, person: Person, day: date, *, working_only: bool = False) -> bool:
        changes = self.changes.get(person.id, ())
        if not changes and not working_only:  # the common case: no status history
            return person.status in _ON_BOOKS and (person.start_date is None or person.start_date <= day)
        if not on_books_on(person.status, person.start_date, changes, day):
            return False
        return not working_only or status_on(person.status, changes, day) == StaffStatus.WORKING

    def in_unit(self, unit_code: str | None) -> Iterable[Person]:
        if unit_code is None:
            return self.by_id.values()
        return (p for p in self.by_id.values() if p.owner_unit == unit_code)


_SEX = {e.value: e for e in Sex}
_ON_BOOKS = frozenset(s for s in StaffStatus if s.on_books)
_CATEGORY = {e.value: e for e in StaffCategory}
_STATUS = {e.value: e for e in StaffStatus}


def load_people(session: Session, *, unit_code: str | None = None) -> People:
    """Every person not deleted (any status), with the leadership role read from the post.
    One pass over the staff table; posts, job positions and departments repeat, so their derived
    values are computed once each."""
    departments = {
        i: (uid, name) for i, uid, name in session.execute(select(Department.id, Department.uid, Department.name))
    }
    query = select(
        Staff.id,
        Staff.uid,
        Staff.full_name,
        Staff.name_sort_key,
        Staff.sex,
        Staff.date_of_birth,
        Staff.ethnicity_code,
        Staff.category,
        Staff.position,
        Staff.job_position,
        Staff.department_id,
        Staff.status,
        Staff.start_date,
        Staff.qualification_mismatch,
        Staff.qualification_match_override,
        Staff.owner_unit,
    ).where(Staff.deleted.is_(False))
    if unit_code:
        query = query.where(Staff.owner_unit == unit_code)
    roles: dict[str | None, Role] = {}
    jobs: dict[str | None, str] = {}
    by_id: dict[int, Person] = {}
    no_dept = (None, "")
    for (
        id_,
        uid,
        name,
        sort_key,
        sex,
        born,
        ethnicity,
        category,
        position,
        job,
        dept_id,
        status,
        start,
        mismatch,
        override,
        owner,
    ) in session.execute(query):
        role = roles.get(position)
        if role is None:
            role = roles[position] = position_role(position)
        job_key = jobs.get(job)
        if job_key is None:
            job_key = jobs[job] = fold(job)
        dept_uid, dept_name = departments.get(dept_id, no_dept)
        by_id[id_] = Person(
            id=id_,
            uid=uid,
            full_name=name,
            sort_key=sort_key,
            sex=_SEX[sex],
            date_of_birth=born,
            ethnicity_code=ethnicity,
            category=_CATEGORY[category],
            position=position or "",
            role=role,
            job_position=job or "",
            job_position_key=job_key,
            department_uid=dept_uid,
            department_name=dept_name,
            status=_STATUS[status],
            start_date=start,
            mismatch=(not override) if override is not None else bool(mismatch),
            match_override=override,
            owner_unit=owner,
        )
    return People(by_id, load_status_changes(session))


# -------------------------------------------------------------------------------------------- criteria


@dataclass(frozen=True)
class Population:
    """Criteria; an empty list means "any". Everything is ANDed; values inside one list are ORed."""

    categories: tuple[StaffCategory, ...] = ()
    roles: tuple[Role, ...] = ()
    position_contains: tuple[str, ...] = ()  # folded words: the post contains one of them
    job_positions: tuple[str, ...] = ()  # job positions (vị trí việc làm), compared folded
    department_uids: tuple[str, ...] = ()
    mismatch: bool | None = None  # True: qualification does not match the job position; False: matches
    working_only: bool = False  # False: on the books (working or on leave); True: working only
    unit_codes: tuple[str, ...] = ()  # a province's plan: only these communes

    def __post_init__(self) -> None:
        object.__setattr__(self, "categories", tuple(StaffCategory(c) for c in self.categories))
        object.__setattr__(self, "roles", tuple(Role(r) for r in self.roles))
        object.__setattr__(self, "position_contains", tuple(w for w in (fold(x) for x in self.position_contains) if w))
        object.__setattr__(self, "job_positions", tuple(j for j in (clean_text(x) for x in self.job_positions) if j))

    def compile(self) -> Any:
        """A faster predicate for one computation run (sets built once)."""
        categories = set(self.categories)
        roles = set(self.roles)
        jobs = {fold(j) for j in self.job_positions}
        departments = set(self.department_uids)
        units = set(self.unit_codes)
        words = self.position_contains
        mismatch = self.mismatch

        def matches(p: Person) -> bool:
            if categories and p.category not in categories:
                return False
            if roles and p.role not in roles:
                return False
            if words:
                post = fold(p.position)
                if not any(w in post for w in words):
                    return False
            if jobs and p.job_position_key not in jobs:
                return False
            if departments and p.department_uid not in departments:
                return False
            if mismatch is not None and p.mismatch != mismatch:
                return False
            return not (units and p.owner_unit not in units)

        return matches

    # ------------------------------------------------------------------------- storage (JSON)
    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.categories:
            out["categories"] = [c.value for c in self.categories]
        if self.roles:
            out["roles"] = [r.value for r in self.roles]
        if self.position_contains:
            out["position_contains"] = list(self.position_contains)
        if self.job_positions:
            out["job_positions"] = list(self.job_positions)
        if self.department_uids:
            out["department_uids"] = list(self.department_uids)
        if self.mismatch is not None:
            out["mismatch"] = self.mismatch
        if self.working_only:
            out["working_only"] = True
        if self.unit_codes:
            out["unit_codes"] = list(self.unit_codes)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Population:
        data = dict(data or {})
        known = {
            "categories",
            "roles",
            "position_contains",
            "job_positions",
            "department_uids",
            "mismatch",
            "working_only",
            "unit_codes",
        }
        unknown = set(data) - known
        if unknown:
            raise UserError(f"Tiêu chí đối tượng không hợp lệ: {', '.join(sorted(unknown))}.")
        try:
            return cls(
                categories=tuple(StaffCategory(c) for c in data.get("categories", ())),
                roles=tuple(Role(r) for r in data.get("roles", ())),
                position_contains=tuple(str(x) for x in data.get("position_contains", ())),
                job_positions=tuple(str(x) for x in data.get("job_positions", ())),
                department_uids=tuple(str(x) for x in data.get("department_uids", ())),
                mismatch=None if data.get("mismatch") is None else bool(data["mismatch"]),
                working_only=bool(data.get("working_only", False)),
                unit_codes=tuple(str(x) for x in data.get("unit_codes", ())),
            )
        except ValueError as exc:
            raise UserError(f"Tiêu chí đối tượng không hợp lệ: {exc}") from exc

    def describe(self, department_names: Mapping[str, str] | None = None) -> str:
        """ "Công chức; không giữ chức vụ lãnh đạo, quản lý" — how the target names its population."""
        parts: list[str] = []
        parts.append(", ".join(CATEGORY_LABELS[c] for c in self.categories) if self.categories else "Mọi đối tượng")
        if self.roles:
            parts.append(", ".join(ROLE_SHORT[r] for r in self.roles).lower())
        if self.position_contains:
            parts.append("chức vụ có: " + ", ".join(f"“{w}”" for w in self.position_contains))
        if self.job_positions:
            parts.append("vị trí việc làm: " + ", ".join(self.job_positions))
        if self.department_uids:
            names = [(department_names or {}).get(u, u) for u in self.department_uids]
            parts.append("thuộc " + ", ".join(names))
        if self.mismatch is True:
            parts.append("chuyên môn chưa phù hợp vị trí việc làm")
        elif self.mismatch is False:
            parts.append("chuyên môn phù hợp vị trí việc làm")
        if self.working_only:
            parts.append("chỉ người đang công tác")
        if self.unit_codes:
            parts.append("đơn vị: " + ", ".join(self.unit_codes))
        return "; ".join(parts)


def members_on(
    people: People,
    population: Population,
    day: date,
    *,
    frozen: Collection[int] | None = None,
    unit_code: str | None = None,
    predicate: Any = None,
) -> set[int]:
    """Who counts on ``day``: the frozen list (those still on the books that day) or everyone matching
    the criteria who was on the books that day. ``unit_code`` limits a commune's plan to its people."""
    working_only = population.working_only
    if frozen is not None:
        candidates: Iterable[Person] = (people.by_id[i] for i in frozen if i in people.by_id)
        if unit_code is not None:
            candidates = (p for p in candidates if p.owner_unit == unit_code)
        return {p.id for p in candidates if people.on_books(p, day, working_only=working_only)}
    matches = predicate or population.compile()
    return {
        p.id for p in people.in_unit(unit_code) if matches(p) and people.on_books(p, day, working_only=working_only)
    }
