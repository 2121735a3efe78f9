from __future__ import annotations

from datetime import date

import pytest

from app.errors import UserError
from app.targets import plans
from app.targets.achievements import get_type
from app.targets.presets import PRESETS
from app.targets.progress import compute
from app.workspace import Workspace

TODAY = date(2026, 11, 23)


def test_every_preset_is_expressible_and_unique() -> None:
    keys = [t.key for p in PRESETS for t in p.targets]
    assert len(keys) == len(set(keys))
    for plan in PRESETS:
        assert plan.start < plan.end
        for t in plan.targets:
            kind = get_type(t.achievement)
            assert kind.normalise(t.params) == {**t.params}
            assert kind.describe(t.params)
            assert 0 < t.threshold <= 100 and plan.start < t.deadline <= plan.end
        # every target the seeds name is a preset now (course results included); what no type can state
        # is said in not_expressible
        assert not plan.needs_courses
        assert {t.start for t in plan.targets if t.start} <= {date(2029, 1, 1)}


def test_seed_targets_named_in_the_issue_are_presets() -> None:
    by_name = {t.name: t for p in PRESETS for t in p.targets}
    llct = next(t for n, t in by_name.items() if "trên 80%" in n)
    assert (llct.threshold, llct.comparison.value, llct.deadline) == (80, "gt", date(2030, 12, 31))
    qlnn = [t for n, t in by_name.items() if "quản lý nhà nước" in n]
    assert sorted((t.threshold, t.deadline.year) for t in qlnn) == [(50, 2028), (100, 2031)]
    good = next(t for n, t in by_name.items() if "trên 95%" in n.lower())
    assert good.achievement == "classification" and good.params["min_level"] == "good"


def test_adopting_presets_then_again(demo_workspace: Workspace) -> None:
    # the demo already adopted every preset: adopting again adds nothing and says so
    with demo_workspace.db.transaction() as s:
        with pytest.raises(UserError, match="đều đã có"):
            plans.adopt_preset(s, PRESETS[0].key)
        with pytest.raises(UserError, match="Không có kế hoạch mẫu"):
            plans.adopt_preset(s, "khong-co")


def test_adopting_a_subset_then_the_rest(workspace: Workspace) -> None:
    preset = PRESETS[2]
    first = {preset.targets[0].key, preset.targets[1].key}
    with workspace.db.transaction() as s:
        result = plans.adopt_preset(s, preset.key, target_keys=first, start=date(2026, 3, 1), today=TODAY)
        assert len(result.targets) == 2
        rest = plans.adopt_preset(s, preset.key, today=TODAY)
        assert len(rest.targets) == len(preset.targets) - 2 and rest.plan_uid == result.plan_uid
        (info,) = plans.list_plans(s)
        assert info.start_date == date(2026, 3, 1) and info.targets == len(preset.targets)
        with pytest.raises(UserError, match="không có chỉ tiêu"):
            plans.adopt_preset(s, preset.key, target_keys={"nope"})
        computation = compute(s, TODAY)
    assert len(computation.results) == len(preset.targets)


def test_deleting_a_plan_leaves_tombstones_and_can_be_undone(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        result = plans.adopt_preset(s, PRESETS[0].key, today=TODAY)
        plans.delete_plan(s, result.plan_uid)
        assert plans.list_plans(s) == [] and compute(s, TODAY).results == []
        plans.restore_plan(s, result.plan_uid)
        assert len(compute(s, TODAY).results) == len(PRESETS[0].targets)
