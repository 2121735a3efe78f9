from __future__ import annotations

from app.courses.coverage import CoverageRule, Member, coverage_problems, load_coverage, required_staying
from db.enums import DepartmentKind
from tests.unit.courses.conftest import World


def members(dept: str, positions: list[str]) -> list[Member]:
    return [Member(f"{dept}{i}", f"Người {dept}{i}", dept, p) for i, p in enumerate(positions)]


RULE = CoverageRule("A", "Phòng A")


def test_half_must_stay_by_default() -> None:
    people = members("A", ["x", "x", "y", "y"])
    assert required_staying(4, RULE) == 2
    assert coverage_problems(people, {"A0", "A2"}, {"A": RULE}) == []
    problems = coverage_problems(people, {"A0", "A1", "A2"}, {"A": RULE})
    whole = [p for p in problems if p.position is None]
    assert len(whole) == 1 and whole[0].staying == 1 and whole[0].required == 2
    assert "chỉ còn 1/4 người" in whole[0].message and "tối thiểu 2" in whole[0].message


def test_one_per_job_position() -> None:
    people = members("A", ["Tư pháp", "Tư pháp", "Kế toán", "Văn thư", "Văn thư", "Văn thư"])
    problems = coverage_problems(people, {"A0", "A1"}, {"A": RULE})
    assert [p.position for p in problems] == ["Tư pháp"]
    assert problems[0].staying == 0 and set(problems[0].away_uids) == {"A0", "A1"}
    assert "không còn ai" in problems[0].message
    # a rule of 0 per position turns that part off
    relaxed = CoverageRule("A", "Phòng A", 0.5, 0)
    assert coverage_problems(people, {"A0", "A1"}, {"A": relaxed}) == []


def test_citizen_reception_keeps_at_least_one() -> None:
    centre = CoverageRule("C", "Trung tâm", 0.0, 0, True)
    people = members("C", ["a", "b"])
    assert required_staying(2, centre) == 1
    problems = coverage_problems(people, {"C0", "C1"}, {"C": centre})
    assert len(problems) == 1 and "tiếp công dân" in problems[0].message


def test_only_departments_someone_leaves_are_examined() -> None:
    people = members("A", ["x"]) + members("B", ["y"])
    strict = {"A": CoverageRule("A", "A", 1.0, 1), "B": CoverageRule("B", "B", 1.0, 1)}
    problems = coverage_problems(people, {"B0"}, strict)
    assert {p.department_uid for p in problems} == {"B"}


def test_load_reads_rules_and_working_people(world: World) -> None:
    world.person("Nguyễn Văn An", dept=DepartmentKind.PUBLIC_SERVICE_CENTRE, job="Tiếp nhận hồ sơ")
    world.person("Trần Thị Bình", dept=DepartmentKind.PUBLIC_SERVICE_CENTRE, job="Tiếp nhận hồ sơ")
    ctx = load_coverage(world.s)
    centre = world.depts[DepartmentKind.PUBLIC_SERVICE_CENTRE]
    assert ctx.rules[centre].receives_citizens is True
    assert {m.uid for m in ctx.members if m.department_uid == centre} == set(world.people.values())
    assert ctx.problems(world.people.values())  # both away: nobody receives citizens
