"""A commune with people, a course and a class whose learners were sent by an issued decision."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from app.courses.nominations import nominate
from app.decisions.service import draft_decision, issue_decision
from app.organisation import list_departments
from app.settings import SIGNER_NAME, set_setting
from app.workspace import Workspace
from tests.unit.courses.conftest import World

TODAY = date(2026, 11, 23)


def send(world: World, course_uid: str, class_uid: str | None, keys: list[str], *, on: date) -> list[str]:
    """Nominate these people and approve them by an issued decision dated ``on``."""
    made = nominate(world.s, course_uid, class_uid, [world.people[k] for k in keys], accept_warnings=True, today=on)
    decision = draft_decision(world.s, [n.uid for n in made])
    issue_decision(world.s, decision.uid, issued_on=on + timedelta(days=1))
    return [n.uid for n in made]


@pytest.fixture
def world(workspace: Workspace) -> Iterator[World]:
    with workspace.db.transaction() as s:
        set_setting(s, SIGNER_NAME, "Nguyễn Văn Chủ Tịch")
        yield World(s, {d.kind: d.uid for d in list_departments(s)})
