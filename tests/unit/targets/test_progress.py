from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.errors import UserError
from app.evaluations.classification import Period, RatingEntry, save_ratings
from app.staff.records import add_qualification
from app.staff.roles import Role
from app.targets import plans
from app.targets.achievements import Measurement, ProgressModel, achievement_types, get_type
from app.targets.plans import PlanInput, TargetInput
from app.targets.population import Population
from app.targets.progress import Status, TargetProgress, compute, judge, meets, progress_json
from app.text import name_sort_key
from app.workspace import Workspace
from db.enums import QualificationKind, QualityLevel, Sex, StaffCategory, StaffStatus, TargetComparison
from db.models import PlanTargetMember, Staff
from tests.unit.builders import leave, make_person, qual

TODAY = date(2026, 11, 23)
START = date(2026, 1, 1)
DEADLINE = date(2028, 12, 31)
PT = QualificationKind.POLITICAL_THEORY
SPECIALISTS = Population(categories=(StaffCategory.CIVIL_SERVANT,), roles=(Role.NONE,))
LLCT = {"kind": PT.value, "min_level": "trung_cap"}


def _plan(s: Session) -> str:
    return plans.create_plan(s, PlanInput("Kế hoạch thử", START, date(2030, 12, 31))).uid


def _target(s: Session, plan_uid: str, *, threshold: float = 100, frozen: bool = False, **kw: object) -> str:
    data = TargetInput(
        name=str(kw.pop("name", "LLCT trung cấp")),
        population=kw.pop("population", SPECIALISTS),  # type: ignore[arg-type]
        achievement=str(kw.pop("achievement", "qualification")),
        params=kw.pop("params", LLCT),  # type: ignore[arg-type]
        threshold=threshold,
        deadline=kw.pop("deadline", DEADLINE),  # type: ignore[arg-type]
        comparison=kw.pop("comparison", TargetComparison.AT_LEAST),  # type: ignore[arg-type]
        frozen=frozen,
    )
    assert not kw
    return plans.create_target(s, plan_uid, data, today=TODAY).uid


def _result(s: Session, uid: str, today: date = TODAY) -> TargetProgress:
    computation = compute(s, today)
    return computation.results[computation.index_of(uid)]


@pytest.fixture
def office(workspace: Workspace) -> dict[str, Staff]:
    """Ten specialists on 1/1/2026 (four with intermediate political theory); then one leaves (1/5),
    one arrives already qualified (1/3), one qualifies (1/9). A department head does not count."""
    with workspace.db.transaction() as s:
        names = ["An", "Bình", "Chi", "Dung", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga"]
        people = {n: make_person(s, f"Nguyễn Thị {n}") for n in names}
        for n in names[:4]:
            add_qualification(s, people[n], qual(PT, "trung_cap", year=2012))
        add_qualification(s, people["Khánh"], qual(PT, "so_cap", year=2018))
        leave(s, people["Giang"], StaffStatus.MOVED, date(2026, 5, 1))
        people["Oanh"] = make_person(
            s, "Trần Thị Oanh", start=date(2026, 3, 1), quals=[qual(PT, "trung_cap", year=2025)]
        )
        add_qualification(s, people["Hà"], qual(PT, "cao_cap", year=None, on=date(2026, 9, 1)))
        make_person(s, "Lê Văn Phó", position="Trưởng phòng", quals=[qual(PT, "trung_cap")])
        make_person(s, "Hồ Văn Quý", category=StaffCategory.CADRE, position="Chuyên viên")
    return people


def test_live_population_counts_arrivals_and_drops_leavers(workspace: Workspace, office: dict[str, Staff]) -> None:
    with workspace.db.transaction() as s:
        uid = _target(s, _plan(s))
        r = _result(s, uid)
    assert (r.population, r.achieved) == (10, 6)  # 10 − Giang + Oanh; 4 + Oanh + Hà
    assert r.percent == pytest.approx(60.0)
    assert r.baseline == pytest.approx(40.0)  # on 1/1/2026: 10 people (Giang, not Oanh), 4 qualified
    # linear path from 40% on 1/1/2026 to 100% on 31/12/2028: 40 + 60 × 326/1095 ≈ 57.9% today
    assert r.expected == pytest.approx(40 + 60 * 326 / 1095)
    assert r.status == Status.ON_TRACK
    assert len(r.missing) == r.population - r.achieved == 4
    assert [m.full_name for m in r.missing] == sorted((m.full_name for m in r.missing), key=name_sort_key)
    details = {m.full_name: m.detail for m in r.missing}
    assert details["Nguyễn Thị Khánh"] == "Hiện có: Sơ cấp"
    assert details["Nguyễn Thị Lan"] == "Chưa có lý luận chính trị"


def test_frozen_population_ignores_arrivals_and_drops_leavers(workspace: Workspace, office: dict[str, Staff]) -> None:
    with workspace.db.transaction() as s:
        uid = _target(s, _plan(s), frozen=True)
        stored = plans.get_target(s, uid)
        assert stored.frozen and stored.frozen_on == START
        r = _result(s, uid)
    # frozen on 1/1/2026: the ten; Giang left (dropped), Oanh arrived (not counted)
    assert (r.population, r.achieved, r.left) == (9, 5, 1)
    assert r.status == Status.AT_RISK  # 55.6% is below the path's 57.9%
    assert office["Oanh"].uid not in {m.uid for m in r.missing}
    assert progress_json(r)["frozen"] is True


def test_unfreezing_and_refreezing_keeps_tombstones(workspace: Workspace, office: dict[str, Staff]) -> None:
    with workspace.db.transaction() as s:
        uid = _target(s, _plan(s), frozen=True)
        data = replace(plans.target_input(plans.get_target(s, uid)), frozen=False)
        plans.update_target(s, uid, data, today=TODAY)
        assert _result(s, uid).population == 10
        plans.update_target(s, uid, replace(data, frozen=True), today=TODAY)
        assert _result(s, uid).population == 9
        rows = s.query(PlanTargetMember).all()
        assert len(rows) == 10 and all(not r.deleted for r in rows)  # revived, not duplicated


def test_status_rules_over_time(workspace: Workspace, office: dict[str, Staff]) -> None:
    with workspace.db.transaction() as s:
        plan = _plan(s)
        half = _target(s, plan, threshold=50, name="50%")
        full = _target(s, plan, threshold=100, name="100%")
        above = _target(s, plan, threshold=60, comparison=TargetComparison.MORE_THAN, name="trên 60%")
        assert _result(s, half).status == Status.ACHIEVED
        assert _result(s, above).status == Status.ON_TRACK  # exactly 60% is not "more than 60%"
        after = date(2029, 1, 5)
        assert _result(s, full, after).status == Status.MISSED
        assert _result(s, half, after).status == Status.ACHIEVED  # met, even after the deadline
        # before the start nothing is judged yet
        assert _result(s, full, date(2025, 12, 1)).status == Status.ON_TRACK


def test_history_is_recomputed_from_dates_and_status_changes(workspace: Workspace, office: dict[str, Staff]) -> None:
    with workspace.db.transaction() as s:
        uid = _target(s, _plan(s))
        computation = compute(s, TODAY)
        points = computation.history(computation.index_of(uid))
    assert [p.day for p in points] == [date(2024, 12, 31), date(2025, 12, 31), START, TODAY]
    assert [(p.population, p.achieved) for p in points] == [(10, 4), (10, 4), (10, 4), (10, 6)]


def test_breakdowns_add_up(workspace: Workspace, office: dict[str, Staff]) -> None:
    with workspace.db.transaction() as s:
        make_person(s, "Đinh Văn Sáng", sex=Sex.MALE, born=date(1998, 2, 1), ethnicity="02")
        uid = _target(s, _plan(s))
        computation = compute(s, TODAY)
        index = computation.index_of(uid)
        result = computation.results[index]
        for dimension in ("department", "category", "sex", "ethnicity", "age", "unit"):
            rows = computation.breakdown(index, dimension)
            assert sum(r.population for r in rows) == result.population
            assert sum(r.achieved for r in rows) == result.achieved
        by_sex = {r.label: r.population for r in computation.breakdown(index, "sex")}
        assert by_sex == {"Nam": 1, "Nữ": 10}
        ages = [r.label for r in computation.breakdown(index, "age")]
        assert ages[0] == "Dưới 35 tuổi"
        assert "Tày" in {r.label for r in computation.breakdown(index, "ethnicity")}


def test_a_communes_plan_counts_only_its_own_people(workspace: Workspace, office: dict[str, Staff]) -> None:
    with workspace.db.transaction() as s:
        other = make_person(s, "Người Xã Khác")
        other.owner_unit = "99999"
        s.flush()
        uid = _target(s, _plan(s))
        assert _result(s, uid).population == 10


def test_classification_targets(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        people = [make_person(s, f"Vũ Văn {n}", category=StaffCategory.CADRE) for n in ("An", "Bảo", "Cường")]
        newcomer = make_person(s, "Vũ Thị Duyên", category=StaffCategory.CADRE, start=date(2026, 2, 1))
        plan = _plan(s)
        population = Population(categories=(StaffCategory.CADRE,))
        latest = _target(
            s,
            plan,
            name="tốt trở lên",
            population=population,
            achievement="classification",
            params={"min_level": "good", "year": None},
            threshold=95,
            comparison=TargetComparison.MORE_THAN,
        )
        fixed = _target(
            s,
            plan,
            name="2024",
            population=population,
            achievement="classification",
            params={"min_level": "complete", "year": 2024},
            threshold=100,
        )
        nothing = _result(s, latest)
        assert (nothing.status, nothing.note) == (Status.NO_DATA, "Chưa có xếp loại")
        save_ratings(s, Period.of_year(2024), [RatingEntry(p.uid, level=QualityLevel.GOOD) for p in people])
        ratings = [QualityLevel.GOOD, QualityLevel.GOOD, QualityLevel.COMPLETE]
        entries = [RatingEntry(p.uid, level=lv) for p, lv in zip(people, ratings, strict=True)]
        save_ratings(s, Period.of_year(2025), entries)
        r = _result(s, latest)
        # 2025 is the latest rated year; the newcomer (started 2026) cannot have a 2025 rating
        assert (r.note, r.population, r.achieved, r.status) == ("Xếp loại năm 2025", 3, 2, Status.AT_RISK)
        assert newcomer.uid not in {m.uid for m in r.missing}
        assert {m.detail for m in r.missing} == {"Năm 2025: Hoàn thành"}
        assert _result(s, fixed).status == Status.ACHIEVED
        assert _result(s, latest, date(2031, 1, 2)).status == Status.MISSED


def test_job_position_match_target_follows_degree_dates(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        ok = make_person(
            s,
            "Kim Văn Toàn",
            job_position="Tư pháp - Hộ tịch",
            quals=[qual(QualificationKind.PROFESSIONAL, "dai_hoc", major="Luật")],
        )
        late = make_person(
            s,
            "Kim Thị Uyên",
            job_position="Tư pháp - Hộ tịch",
            quals=[qual(QualificationKind.PROFESSIONAL, "dai_hoc", major="Kế toán")],
        )
        make_person(s, "Kim Văn Vinh", job_position=None)
        add_qualification(
            s, late, qual(QualificationKind.PROFESSIONAL, "dai_hoc", year=None, on=date(2026, 6, 1), major="Luật")
        )
        uid = _target(s, _plan(s), name="VTVL", population=Population(), achievement="job_match", params={})
        r = _result(s, uid)
        assert (r.population, r.achieved, r.baseline) == (3, 2, pytest.approx(100 / 3))
        assert [m.detail for m in r.missing] == ["Chưa xác định (vị trí việc làm chưa có hoặc chưa có trong danh mục)"]
        assert ok.uid not in {m.uid for m in r.missing}


def test_judge_rule_directly() -> None:
    m = Measurement(frozenset({1, 2}), frozenset({1}))
    common = {"start": date(2026, 1, 1), "deadline": date(2027, 1, 1), "threshold": 100.0}
    mid = date(2026, 7, 2)  # half way
    status, expected, projected = judge(
        model=ProgressModel.CUMULATIVE, measurement=m, met=False, percent=50, baseline=0, today=mid, **common
    )
    assert (
        status == Status.ON_TRACK
        and expected == pytest.approx(50, abs=0.2)
        and projected == pytest.approx(100, abs=0.5)
    )
    status, *_ = judge(
        model=ProgressModel.CUMULATIVE, measurement=m, met=False, percent=45, baseline=0, today=mid, **common
    )
    assert status == Status.AT_RISK
    status, *_ = judge(
        model=ProgressModel.STATE, measurement=m, met=False, percent=99, baseline=None, today=mid, **common
    )
    assert status == Status.AT_RISK
    empty = Measurement(frozenset(), frozenset())
    status, *_ = judge(
        model=ProgressModel.CUMULATIVE, measurement=empty, met=False, percent=None, baseline=None, today=mid, **common
    )
    assert status == Status.NO_DATA


def test_meets_is_exact() -> None:
    assert meets(1, 2, 50, TargetComparison.AT_LEAST)
    assert not meets(1, 2, 50, TargetComparison.MORE_THAN)
    assert meets(96, 100, 95, TargetComparison.MORE_THAN)
    assert not meets(2, 3, 66.67, TargetComparison.AT_LEAST)
    assert not meets(0, 0, 0, TargetComparison.AT_LEAST)


def test_target_input_is_checked(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        plan = _plan(s)
        with pytest.raises(UserError, match="từ 0 đến 100"):
            _target(s, plan, threshold=120)
        with pytest.raises(UserError, match="trên 100%"):
            _target(s, plan, threshold=100, comparison=TargetComparison.MORE_THAN)
        with pytest.raises(UserError, match="phải sau ngày bắt đầu"):
            _target(s, plan, deadline=date(2025, 1, 1))
        with pytest.raises(UserError, match="không được hỗ trợ"):
            _target(s, plan, achievement="diploma")
        with pytest.raises(UserError, match="không có trong thang"):
            _target(s, plan, params={"kind": PT.value, "min_level": "thac_si"})


def test_population_json_round_trip_and_description() -> None:
    pop = Population(
        categories=(StaffCategory.CIVIL_SERVANT,),
        roles=(Role.HEAD, Role.DEPUTY),
        position_contains=("Trưởng",),
        mismatch=True,
        working_only=True,
    )
    assert Population.from_json(pop.to_json()) == pop
    assert pop.position_contains == ("truong",)
    text = pop.describe()
    assert text.startswith("Công chức; trưởng phòng, ban, phó phòng, ban")
    assert "chưa phù hợp vị trí việc làm" in text
    with pytest.raises(UserError, match="không hợp lệ"):
        Population.from_json({"colour": "red"})
    with pytest.raises(UserError):
        Population.from_json({"categories": ["alien"]})


def test_registry_types_describe_their_parameters() -> None:
    keys = {t.key for t in achievement_types()}
    assert keys == {"qualification", "classification", "job_match", "course", "training_review"}
    qualification = get_type("qualification")
    assert qualification.describe(qualification.normalise({"kind": "political_theory", "min_level": "cao_cap"})) == (
        "Có trình độ lý luận chính trị Cao cấp hoặc Cử nhân"
    )
    fields = qualification.fields()
    assert [c.label for c in fields[1].choices({"kind": "political_theory"})] == [
        "Sơ cấp",
        "Trung cấp",
        "Cao cấp / Cử nhân",
    ]
