"""The targets service as the GUI uses it: each call is one transaction; computations hand back plain
values (a ``Computation``) that stay usable after the session closes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.courses.catalogue import CourseInfo
from app.organisation import DepartmentInfo, communes_with, list_departments, own_unit, own_unit_code
from app.security.permissions import Permission, allowed
from app.targets import plans
from app.targets.achievements import Choice
from app.targets.plans import AdoptResult, PlanInfo, PlanInput, TargetInput
from app.targets.population import load_people, members_on
from app.targets.presets import PRESETS, PlanPreset
from app.targets.progress import Computation, TargetProgress, TargetSpec, compute, plan_scope, unit_kinds
from app.text import collation_key
from db.database import Database
from db.models import JobPosition, Plan, PlanTarget, PlanTargetMember, Staff


@dataclass(frozen=True)
class StoredTarget:
    uid: str
    plan_uid: str
    data: TargetInput
    frozen_count: int


class TargetsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ------------------------------------------------------------------------------ who may do what
    def may_edit(self) -> bool:
        """The current user may change plans and targets (a viewer reads them)."""
        with self.db.reading() as s:
            return allowed(s, Permission.EDIT_RECORDS)

    def unit_code(self) -> str | None:
        with self.db.reading() as s:
            return own_unit_code(s)

    def communes(self) -> list[tuple[str, str]]:
        """Province: its communes (code, name) whose people it holds, for the commune filter; else []."""
        with self.db.reading() as s:
            me = own_unit(s)
            if me is None or not me.is_province:
                return []
            return communes_with(s, Staff.owner_unit)

    # ------------------------------------------------------------------------------ progress
    def compute(self, today: date | None = None, unit_code: str | None = None) -> Computation:
        """``unit_code`` (a province): one commune's people and plans instead of all communes added up."""
        with self.db.reading() as s:
            return compute(s, today, unit_code=unit_code)

    def preview(self, plan_uid: str, data: TargetInput, today: date | None = None) -> TargetProgress:
        """The progress a target being edited would have, without saving it."""
        today = today or date.today()
        with self.db.reading() as s:
            plan = plans.get_plan(s, plan_uid)
            checked = plans.check_target(data, plan.start_date)
            start = checked.start_date or plan.start_date
            unit = plan_scope(unit_kinds(s), plan.owner_unit)
            people = load_people(s)
            frozen = None
            if checked.frozen:
                frozen = frozenset(members_on(people, checked.population, min(start, today), unit_code=unit))
            spec = TargetSpec(
                name=checked.name,
                population=checked.population,
                achievement=checked.achievement,
                params=checked.params,
                threshold=checked.threshold,
                comparison=checked.comparison,
                deadline=checked.deadline,
                start=start,
                plan_uid=plan.uid,
                plan_name=plan.name,
                frozen_ids=frozen,
                unit_code=unit,
            )
            return Computation(s, [spec], today, people=people).results[0]

    # ------------------------------------------------------------------------------ plans
    def plans(self, unit_code: str | None = None) -> list[PlanInfo]:
        with self.db.reading() as s:
            return plans.list_plans(s, unit_code=unit_code)

    def create_plan(self, data: PlanInput) -> str:
        with self.db.transaction() as s:
            return plans.create_plan(s, data).uid

    def update_plan(self, uid: str, data: PlanInput) -> None:
        with self.db.transaction() as s:
            plans.update_plan(s, uid, data)

    def delete_plan(self, uid: str) -> None:
        with self.db.transaction() as s:
            plans.delete_plan(s, uid)

    def restore_plan(self, uid: str) -> None:
        with self.db.transaction() as s:
            plans.restore_plan(s, uid)

    # ------------------------------------------------------------------------------ targets
    def load_target(self, uid: str) -> StoredTarget:
        with self.db.reading() as s:
            target = plans.get_target(s, uid)
            count = sum(1 for m in _members(s, target.id))
            return StoredTarget(target.uid, target.plan.uid, plans.target_input(target), count)

    def create_target(self, plan_uid: str, data: TargetInput) -> str:
        with self.db.transaction() as s:
            return plans.create_target(s, plan_uid, data).uid

    def update_target(self, uid: str, data: TargetInput) -> None:
        with self.db.transaction() as s:
            plans.update_target(s, uid, data)

    def delete_target(self, uid: str) -> None:
        with self.db.transaction() as s:
            plans.delete_target(s, uid)

    def restore_target(self, uid: str) -> None:
        with self.db.transaction() as s:
            plans.restore_target(s, uid)

    def refreeze(self, uid: str) -> int:
        with self.db.transaction() as s:
            return plans.freeze_target(s, uid)

    # ------------------------------------------------------------------------------ presets
    def presets(self) -> tuple[PlanPreset, ...]:
        return PRESETS

    def adopted_preset_targets(self) -> set[tuple[str, str]]:
        """(plan preset key, target preset key) already adopted."""
        with self.db.reading() as s:
            rows = s.execute(
                select(Plan.preset_key, PlanTarget.preset_key)
                .join(PlanTarget, PlanTarget.plan_id == Plan.id)
                .where(Plan.deleted.is_(False), PlanTarget.deleted.is_(False), Plan.preset_key.is_not(None))
            ).all()
        return {(p, t) for p, t in rows if p and t}

    def adopt(
        self, key: str, target_keys: set[str] | None = None, *, start: date | None = None, freeze: bool = False
    ) -> AdoptResult:
        with self.db.transaction() as s:
            return plans.adopt_preset(s, key, target_keys=target_keys, start=start, freeze=freeze)

    # ------------------------------------------------------------------------------ courses
    def suitable_courses(self, target_uid: str) -> list[CourseInfo]:
        """Active courses whose completion counts for the target (those with an open class first)."""
        from app.targets.courses import suitable_courses

        with self.db.reading() as s:
            target = plans.get_target(s, target_uid)
            return suitable_courses(s, target.achievement, dict(target.params or {}))

    def lookup_choices(self, lookup: str) -> list[Choice]:
        """Choices a parameter reads from the records (``ParamField.lookup``): "courses" the catalogue."""
        if lookup != "courses":
            return []
        from app.courses.catalogue import list_courses
        from app.text import collation_key as key

        with self.db.reading() as s:
            courses = sorted(list_courses(s), key=lambda c: key(c.name))
        return [Choice(c.uid, c.name) for c in courses if c.active]

    # ------------------------------------------------------------------------------ choices
    def departments(self) -> list[DepartmentInfo]:
        with self.db.reading() as s:
            return list_departments(s)

    def job_position_names(self) -> list[str]:
        with self.db.reading() as s:
            names = set(s.scalars(select(JobPosition.name)))
            names.update(n for n in s.scalars(select(Staff.job_position).distinct()) if n)
        return sorted(names, key=collation_key)


def _members(session: Session, target_id: int) -> list[int]:
    return list(
        session.scalars(
            select(PlanTargetMember.staff_id).where(
                PlanTargetMember.target_id == target_id, PlanTargetMember.deleted.is_(False)
            )
        )
    )
