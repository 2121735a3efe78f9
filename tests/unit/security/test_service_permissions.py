"""A viewer is refused by the services themselves (not only by greyed-out buttons): courses, classes,
nominations, decisions and their templates, office coverage, classification, plans and targets, and the
exchange of bundles. Each refusal changes nothing; an editor may do the same things."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.courses.catalogue import ClassInput, CourseInput
from app.courses.nominations import NominationEdit, NominationTerms
from app.courses.service import CoursesService
from app.decisions.templates import DecisionTemplates
from app.evaluations.classification import Period, RatingEntry
from app.evaluations.service import ClassificationService
from app.security.permissions import Actor, PermissionDenied, Role
from app.sync.importer import import_files
from app.sync.service import SyncService
from app.targets.plans import PlanInput
from app.targets.service import TargetsService
from app.workspace import Workspace
from db.enums import CourseType, DecisionStatus, NominationStatus, QualityLevel, StaffStatus
from db.models import Course, Decision, Nomination, Plan, Staff
from tests.conftest import TODAY

VIEWER = Actor("xem", "Lê Thị Xem", Role.VIEWER, signed_in=True)
EDITOR = Actor("capnhat", "Trần Văn Nhập", Role.EDITOR, signed_in=True)


def _state(ws: Workspace) -> str:
    """Every synced table's rows (uid, revision, deleted) and the settings: what a refusal must not touch."""
    from app.sync.catalogue import REGISTRY
    from db.models import AppSetting

    parts = []
    with ws.db.reading() as s:
        for schema in REGISTRY:
            t = schema.table
            parts += [repr(tuple(r)) for r in s.execute(select(t.c.uid, t.c.revision, t.c.deleted).order_by(t.c.uid))]
        parts += [repr((k, v)) for k, v in s.execute(select(AppSetting.key, AppSetting.value).order_by(AppSetting.key))]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _ids(ws: Workspace) -> dict[str, Any]:
    with ws.db.reading() as s:
        proposed = s.scalars(select(Nomination).where(Nomination.status == NominationStatus.PROPOSED)).first()
        approved = s.scalars(select(Nomination).where(Nomination.status == NominationStatus.APPROVED)).first()
        draft = s.scalars(select(Decision).where(Decision.status == DecisionStatus.DRAFT)).first()
        issued = s.scalars(select(Decision).where(Decision.status == DecisionStatus.ISSUED)).first()
        own_course = s.scalars(select(Course).where(Course.owner_unit == "11311")).first()
        person = s.scalars(select(Staff).where(Staff.status == StaffStatus.WORKING)).first()
        plan = s.scalars(select(Plan)).first()
        assert proposed and approved and draft and issued and own_course and person and plan
        return {
            "proposed": proposed.uid,
            "approved": approved.uid,
            "draft": draft.uid,
            "issued": issued.uid,
            "course": own_course.uid,
            "class": next(k.uid for k in own_course.classes if k.status == "open"),  # not a past class
            "person": person.uid,
            "plan": plan.uid,
        }


def _actions(ws: Workspace, ids: dict[str, Any], folder: Path) -> dict[str, Callable[[], object]]:
    courses = CoursesService(ws)
    targets = TargetsService(ws.db)
    ratings = ClassificationService(ws.db)
    sync = SyncService(ws)
    course = CourseInput("Tập huấn văn thư, lưu trữ", CourseType.SKILLS, code="VT-01")
    with ws.db.reading() as s:
        department = courses.departments()[0].uid
        del s
    edit = NominationEdit(None, 100_000, None, False, None, "Cần bồi dưỡng", None)
    return {
        "add a course": lambda: courses.create_course(course),
        "edit a course": lambda: courses.update_course(ids["course"], course),
        "archive a course": lambda: courses.set_course_active(ids["course"], False),
        "add a class": lambda: courses.create_class(ids["course"], ClassInput("Lớp 02", code="TCD-L02")),
        "edit a class": lambda: courses.update_class(ids["class"], ClassInput("Lớp 01 (sửa)")),
        "nominate": lambda: courses.nominate(
            ids["course"],
            ids["class"],
            [ids["person"]],
            reasons={},
            terms=NominationTerms(),
            accept_warnings=True,
        ),
        "change a nomination": lambda: courses.update_nomination(ids["proposed"], edit),
        "withdraw a nomination": lambda: courses.change_status(ids["proposed"], NominationStatus.WITHDRAWN),
        "draft a decision": lambda: courses.draft_decision([ids["proposed"]]),
        "issue a decision": lambda: courses.issue(ids["draft"], issued_on=TODAY, number=None),
        "cancel a decision": lambda: courses.cancel(ids["issued"], reason="Lùi lớp", on=TODAY),
        "discard a draft": lambda: courses.discard_draft(ids["draft"]),
        "decision templates": lambda: courses.save_templates(DecisionTemplates()),
        "office coverage": lambda: courses.set_department_coverage(
            department, min_ratio=0.3, min_per_position=1, receives_citizens=True
        ),
        "classification": lambda: ratings.save(
            Period.of_year(2025), [RatingEntry(ids["person"], level=QualityLevel.GOOD)]
        ),
        "add a plan": lambda: targets.create_plan(PlanInput("Kế hoạch thử", date(2026, 1, 1), date(2030, 12, 31))),
        "delete a plan": lambda: targets.delete_plan(ids["plan"]),
        "adopt a preset": lambda: targets.adopt(targets.presets()[0].key),
        "send a bundle": lambda: sync.export(folder / "gui.bdsync"),
        "import a bundle": lambda: import_files(ws.db, [folder / "none.bdsync"]),
    }


def test_a_viewer_is_refused_by_every_write_service(demo_workspace: Workspace, tmp_path: Path) -> None:
    ids = _ids(demo_workspace)
    actions = _actions(demo_workspace, ids, tmp_path)
    demo_workspace.set_actor(VIEWER)
    before = _state(demo_workspace)
    for name, action in actions.items():
        with pytest.raises(PermissionDenied, match="Chỉ xem"):
            action()
        assert _state(demo_workspace) == before, f"{name}: the refused action changed something"
    assert not list(tmp_path.glob("*.bdsync"))


def test_an_editor_may_do_the_same(demo_workspace: Workspace, tmp_path: Path) -> None:
    ids = _ids(demo_workspace)
    demo_workspace.set_actor(EDITOR)
    courses = CoursesService(demo_workspace)
    made = courses.nominate(
        ids["course"], ids["class"], [ids["person"]], reasons={}, terms=NominationTerms(), accept_warnings=True
    )
    change = courses.change_status(made[0], NominationStatus.WITHDRAWN)
    history = courses.history(made[0])
    assert change and [h.changed_by for h in history] == ["capnhat", "capnhat"]  # who acted, on every step
    assert TargetsService(demo_workspace.db).create_plan(PlanInput("Kế hoạch", date(2026, 1, 1), date(2030, 1, 1)))
