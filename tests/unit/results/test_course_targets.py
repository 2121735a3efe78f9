"""Targets measured by training results, on hand-built populations: "completed a course of type T (since
D / of a given course)" and "reviewed after training"; frozen populations, people leaving, deadlines
passed; and the ranking of candidates by the targets a course would meet."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from app.courses.ranking import rank_candidates
from app.evaluations.reviews import ReviewInput, save_review
from app.results.results import ResultEntry, save_results
from app.staff.records import change_status
from app.targets import plans
from app.targets.achievements import get_type
from app.targets.courses import suitable_courses
from app.targets.plans import PlanInput, TargetInput
from app.targets.population import Population
from app.targets.progress import Status, compute
from db.enums import CourseType, QualificationKind, ResultCode, StaffCategory, StaffStatus
from tests.unit.courses.conftest import World
from tests.unit.results.conftest import TODAY, send

START = date(2026, 6, 1)


def _plan(world: World) -> str:
    return plans.create_plan(world.s, PlanInput("Kế hoạch 2026 - 2031", START, date(2031, 12, 31))).uid


def _target(world: World, plan: str, params: dict[str, Any], **kw: Any) -> str:
    today = kw.pop("today", TODAY)
    data = TargetInput(
        name=kw.pop("name", "100% được tập huấn nghiệp vụ"),
        population=kw.pop("population", Population(categories=(StaffCategory.CIVIL_SERVANT,))),
        achievement=kw.pop("achievement", "course"),
        params=params,
        threshold=kw.pop("threshold", 100),
        deadline=kw.pop("deadline", date(2028, 12, 31)),
        **kw,
    )
    return plans.create_target(world.s, plan, data, today=today).uid


def _completed(world: World, course: str, keys: list[str], start: date, *, passed: bool = True) -> list[str]:
    klass = world.klass(course, start, start + timedelta(days=2))
    noms = send(world, course, klass, keys, on=start - timedelta(days=20))
    result = ResultCode.PASSED if passed else ResultCode.FAILED
    save_results(world.s, klass, [ResultEntry(n, result) for n in noms], today=TODAY)
    return noms


def _result(world: World, name: str, day: date = TODAY) -> Any:
    return next(r for r in compute(world.s, day).results if r.spec.name == name)


def test_completed_a_course_of_a_type_since_a_day(world: World) -> None:
    for k in ("Trước", "Sau", "Số", "Cử", "Chưa"):
        world.person(k)
    skills = world.course("Tập huấn nghiệp vụ hộ tịch", CourseType.SKILLS, grants_certificate="GCN")
    digital = world.course("Kỹ năng số", CourseType.DIGITAL, grants_certificate="GCN")
    _completed(world, skills, ["Trước"], date(2026, 3, 2))  # before the target counts
    _completed(world, skills, ["Sau"], date(2026, 9, 7))
    _completed(world, digital, ["Số"], date(2026, 9, 14))  # another type
    later = world.klass(skills, date(2026, 12, 7), date(2026, 12, 9))
    send(world, skills, later, ["Cử"], on=date(2026, 11, 1))  # sent, not finished
    plan = _plan(world)
    _target(world, plan, {"course_type": "skills", "since": "2026-06-01"})
    r = _result(world, "100% được tập huấn nghiệp vụ")
    assert (r.population, r.achieved, r.status) == (5, 1, Status.ON_TRACK)
    details = {m.full_name: m.detail for m in r.missing}
    assert details["Cử"].startswith("Đã cử: Tập huấn nghiệp vụ hộ tịch")
    assert details["Trước"] == "Chưa hoàn thành khóa nào phù hợp từ 01/06/2026"
    assert r.achievement_text == "Đã hoàn thành khóa tập huấn chuyên môn, nghiệp vụ, kỹ năng (từ 01/06/2026)"
    # the trend is recomputed from the completion dates: nobody at the start, one today
    points = {p.day: p.achieved for p in compute(world.s, TODAY).history(0)}
    assert points[START] == 0 and points[TODAY] == 1
    # as of a day before the completion, it did not count yet
    assert _result(world, "100% được tập huấn nghiệp vụ", date(2026, 9, 1)).achieved == 0


def test_topics_and_a_given_course(world: World) -> None:
    for k in ("Đạo đức", "Luật", "Khác"):
        world.person(k)
    ethics = world.course("Bồi dưỡng đạo đức công vụ, văn hóa công sở", CourseType.OTHER, grants_certificate="GCN")
    law = world.course("Cập nhật kiến thức pháp luật", CourseType.SKILLS, grants_certificate="GCN")
    other = world.course("Sơ cứu ban đầu", CourseType.OTHER, grants_certificate="GCN")
    _completed(world, ethics, ["Đạo đức"], date(2026, 8, 3))
    _completed(world, law, ["Luật"], date(2026, 8, 10))
    _completed(world, other, ["Khác"], date(2026, 8, 17))
    plan = _plan(world)
    _target(world, plan, {"course_type": "dao_duc_cong_vu"}, name="Đạo đức")
    _target(world, plan, {"course_type": "cap_nhat_kien_thuc"}, name="Cập nhật", threshold=70)
    kind = get_type("course")
    params = kind.normalise({"course_uid": law, "course_name": "Cập nhật kiến thức pháp luật"})
    _target(world, plan, params, name="Một khóa")
    assert kind.describe(params) == "Đã hoàn thành khóa “Cập nhật kiến thức pháp luật”"
    names = {name: {m.full_name for m in _result(world, name).missing} for name in ("Đạo đức", "Cập nhật", "Một khóa")}
    assert names["Đạo đức"] == {"Luật", "Khác"}
    assert names["Cập nhật"] == {"Khác"}  # law and ethics are knowledge updates; first aid is not
    assert names["Một khóa"] == {"Đạo đức", "Khác"}
    with pytest.raises(Exception, match="không hợp lệ"):
        kind.normalise({"course_type": "juggling"})


def test_frozen_population_people_leaving_and_a_passed_deadline(world: World) -> None:
    for k in ("An", "Bình", "Chi"):
        world.person(k)
    skills = world.course("Tập huấn nghiệp vụ", CourseType.SKILLS, grants_certificate="GCN")
    plan = _plan(world)
    _target(world, plan, {"course_type": "skills"}, frozen=True, deadline=date(2026, 10, 31), today=START)
    world.person("Mới")  # arrives after the list was frozen
    _completed(world, skills, ["An", "Mới"], date(2026, 9, 7))
    people = {p: world.people[p] for p in ("Chi",)}
    change_status(world.s, people["Chi"], StaffStatus.RETIRED, effective=date(2026, 10, 1), note="nghỉ hưu")
    r = _result(world, "100% được tập huấn nghiệp vụ")
    # the newcomer does not count; Chi left the books: out of the count; the deadline has passed
    assert (r.population, r.achieved, r.left, r.status) == (2, 1, 1, Status.MISSED)
    assert [m.full_name for m in r.missing] == ["Bình"]
    before = _result(world, "100% được tập huấn nghiệp vụ", date(2026, 9, 1))
    assert (before.population, before.achieved, before.status) == (3, 0, Status.AT_RISK)


def test_reviewed_after_training(world: World) -> None:
    for k in ("An", "Bình", "Chi"):
        world.person(k)
    skills = world.course("Tập huấn nghiệp vụ", CourseType.SKILLS, grants_certificate="GCN")
    a, b = _completed(world, skills, ["An", "Bình"], date(2026, 7, 1))  # ended 03/07: due from 03/10
    _completed(world, skills, ["Chi"], date(2026, 10, 5))  # not due yet
    plan = _plan(world)
    name = "100% được đánh giá sau bồi dưỡng"
    _target(world, plan, {"since": "2026-06-01"}, achievement="training_review", name=name, population=Population())
    r = _result(world, name)
    assert (r.population, r.achieved, r.status) == (2, 0, Status.AT_RISK)
    assert {m.full_name for m in r.missing} == {"An", "Bình"}
    assert next(m.detail for m in r.missing).startswith("Chưa đánh giá: Tập huấn nghiệp vụ (kết thúc 03/07/2026")
    save_review(world.s, ReviewInput(a, date(2026, 10, 20), {"task_results": 3}), today=TODAY)
    save_review(world.s, ReviewInput(b, TODAY, {"task_results": 4}), today=TODAY)
    r = _result(world, name)
    assert (r.population, r.achieved, r.status) == (2, 2, Status.ACHIEVED)
    assert _result(world, name, date(2026, 10, 31)).achieved == 1  # Bình's review came later
    assert _result(world, name, date(2026, 9, 1)).status == Status.NO_DATA  # nobody due yet


def test_candidates_missing_from_a_target_rank_first_sooner_deadline_first(world: World) -> None:
    world.person("Bồi dưỡng rồi")
    world.person("Chuyên viên A")
    world.person("Chuyên viên B", category=StaffCategory.CADRE, position="Phó Chủ tịch UBND")
    skills = world.course(
        "Tập huấn nghiệp vụ",
        CourseType.SKILLS,
        grants_certificate="GCN",
        target_categories=(StaffCategory.CIVIL_SERVANT, StaffCategory.CADRE),
    )
    _completed(world, skills, ["Bồi dưỡng rồi"], date(2026, 8, 3))
    plan = _plan(world)
    _target(world, plan, {"course_type": "skills"}, name="Công chức 2028")
    _target(
        world,
        plan,
        {"course_type": "skills"},
        name="Cán bộ 2027",
        population=Population(categories=(StaffCategory.CADRE,)),
        deadline=date(2027, 6, 30),
    )
    ranked = rank_candidates(world.s, skills, today=TODAY)
    assert [c.row.full_name for c in ranked] == ["Chuyên viên B", "Chuyên viên A"]  # the sooner deadline first
    b, a = ranked
    assert b.deadline == date(2027, 6, 30) and b.priority >= 100
    assert "Chưa đạt chỉ tiêu “Cán bộ 2027” (0/1 người, cần ≥ 100% đến 30/06/2027)" in b.reasons
    assert a.reasons[0].startswith("Chưa đạt chỉ tiêu “Công chức 2028” (1/2 người")
    # a course that meets no target adds no such reason
    other = world.course(
        "Quốc phòng", CourseType.DEFENCE, grants_kind=QualificationKind.NATIONAL_DEFENCE, grants_level="doi_tuong_3"
    )
    assert not any(n.source == "target" for c in rank_candidates(world.s, other, today=TODAY) for n in c.needs)


def test_suitable_courses_for_a_target(world: World) -> None:
    skills = world.course("Tập huấn nghiệp vụ", CourseType.SKILLS, grants_certificate="GCN")
    world.course("Kỹ năng số", CourseType.DIGITAL, grants_certificate="GCN")
    sm = world.course(
        "QLNN chuyên viên",
        CourseType.STATE_MANAGEMENT,
        grants_kind=QualificationKind.STATE_MANAGEMENT,
        grants_level="chuyen_vien",
    )
    world.course(
        "QLNN cán sự",
        CourseType.STATE_MANAGEMENT,
        grants_kind=QualificationKind.STATE_MANAGEMENT,
        grants_level="can_su",
    )
    assert [c.uid for c in suitable_courses(world.s, "course", {"course_type": "skills"})] == [skills]
    wanted = {"kind": "state_management", "min_level": "chuyen_vien"}
    assert [c.uid for c in suitable_courses(world.s, "qualification", wanted)] == [sm]
    assert suitable_courses(world.s, "classification", {"min_level": "good", "year": None}) == []
