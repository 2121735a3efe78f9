from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta

import pytest

from app.courses.checks import CheckKind, run_checks
from app.courses.nominations import nominate
from app.courses.ranking import (
    P_MISMATCH,
    Need,
    RankingContext,
    rank_candidates,
    rank_courses_for_person,
    register_need_provider,
    unregister_need_provider,
)
from app.staff.form import QualificationInput
from app.staff.records import StaffRow
from app.staff.retirement import retirement_date
from db.enums import ClassStatus, CourseType, DepartmentKind, QualificationKind, Sex, StaffCategory
from tests.unit.courses.conftest import TODAY, World

PT = QualificationKind.POLITICAL_THEORY


def political_course(w: World) -> str:
    return w.course(
        "Trung cấp lý luận chính trị",
        CourseType.POLITICAL_THEORY,
        grants_kind=PT,
        grants_level="trung_cap",
        target_categories=(StaffCategory.CIVIL_SERVANT,),
        duration_days=120,
    )


def names(cands: Sequence[object]) -> list[str]:
    return [c.row.full_name for c in cands]  # type: ignore[attr-defined]


def test_lacking_the_level_ranks_above_a_lower_level_and_holders_are_left_out(world: World) -> None:
    world.person("Có Sơ Cấp", extra=[QualificationInput(PT, "so_cap")], sex=Sex.MALE)
    world.person("Chưa Có Gì", sex=Sex.MALE)
    world.person("Đã Trung Cấp", extra=[QualificationInput(PT, "trung_cap")], sex=Sex.MALE)
    world.person("Trưởng Thôn", category=StaffCategory.VILLAGE_HEAD, sex=Sex.MALE)
    course = political_course(world)
    ranked = rank_candidates(world.s, course, today=TODAY)
    assert names(ranked) == ["Chưa Có Gì", "Có Sơ Cấp"]
    assert ranked[0].reasons == ["Chưa có lý luận chính trị"]
    assert ranked[1].reasons == ["Lý luận chính trị mới có Sơ cấp"]
    everyone = {c.row.full_name: c for c in rank_candidates(world.s, course, today=TODAY, everyone=True)}
    assert everyone["Đã Trung Cấp"].holds and not everyone["Đã Trung Cấp"].suggested
    assert "Ngoài đối tượng của khóa học" in everyone["Trưởng Thôn"].reasons


def test_mismatched_qualification_comes_first_for_specialised_retraining(world: World) -> None:
    world.person("Đúng Ngành", job="Tư pháp - Hộ tịch", degree=("dai_hoc", "Luật"), sex=Sex.MALE)
    world.person("Trái Ngành", job="Tư pháp - Hộ tịch", degree=("dai_hoc", "Sư phạm Ngữ văn"), sex=Sex.MALE)
    course = world.course("Bồi dưỡng chuyên môn chuyên ngành", CourseType.SPECIALISED)
    ranked = rank_candidates(world.s, course, today=TODAY)
    assert names(ranked)[0] == "Trái Ngành"
    top = ranked[0]
    assert top.priority == P_MISMATCH and top.deadline == date(2028, 12, 31)
    assert "Chuyên môn chưa phù hợp vị trí việc làm" in top.reason_text


def test_priority_groups_and_retirement_move_people(world: World) -> None:
    world.person("Ông Lớn Tuổi", sex=Sex.MALE, born=date(1966, 1, 10))  # retires in 2027
    world.person("Bà Trẻ", sex=Sex.FEMALE, born=date(1996, 3, 3), ethnicity="02")
    world.person("Ông Giữa", sex=Sex.MALE, born=date(1980, 3, 3))
    course = political_course(world)
    ranked = rank_candidates(world.s, course, today=TODAY)
    assert names(ranked) == ["Bà Trẻ", "Ông Giữa", "Ông Lớn Tuổi"]
    assert "Ưu tiên nữ, người dân tộc thiểu số, cán bộ trẻ" in ranked[0].reasons
    assert any(r.startswith("Nghỉ hưu ngày") for r in ranked[2].reasons)


@pytest.fixture
def target_provider() -> Iterator[list[str]]:
    """What the targets work (issue 6) will register: people missing from a target, with its deadline."""
    chosen: list[str] = []

    def provider(ctx: RankingContext, people: Sequence[StaffRow]) -> dict[str, list[Need]]:
        return {
            r.uid: [
                Need(90, "Thuộc chỉ tiêu 100% LLCT trung cấp, còn thiếu", deadline=date(2027, 6, 30), source="target")
            ]
            for r in people
            if r.full_name in chosen
        }

    register_need_provider("test_targets", provider)
    yield chosen
    unregister_need_provider("test_targets")


def test_a_registered_provider_extends_the_ranking(world: World, target_provider: list[str]) -> None:
    world.person("Bà Trẻ", sex=Sex.FEMALE, born=date(1996, 3, 3))
    world.person("Ông Thường", sex=Sex.MALE)
    target_provider.append("Ông Thường")
    ranked = rank_candidates(world.s, political_course(world), today=TODAY)
    assert names(ranked) == ["Ông Thường", "Bà Trẻ"]
    assert ranked[0].deadline == date(2027, 6, 30)
    assert ranked[0].reasons[0] == "Thuộc chỉ tiêu 100% LLCT trung cấp, còn thiếu"


def test_courses_ranked_for_one_person(world: World) -> None:
    uid = world.person("Chưa Có Gì", sex=Sex.MALE)
    political_course(world)
    world.course("Lãnh đạo", CourseType.LEADERSHIP, target_categories=(StaffCategory.CADRE,))
    suggestions = rank_courses_for_person(world.s, uid, today=TODAY)
    assert [s.course.name for s in suggestions] == ["Trung cấp lý luận chính trị", "Lãnh đạo"]
    assert suggestions[0].candidate.suggested and not suggestions[1].candidate.suggested


# ------------------------------------------------------------------------------------------ checks


def kinds(report: object) -> set[CheckKind]:
    return {i.kind for i in report.issues}  # type: ignore[attr-defined]


def test_already_holds_what_the_course_grants(world: World) -> None:
    uid = world.person("Đã Trung Cấp", extra=[QualificationInput(PT, "cao_cap")])
    report = run_checks(world.s, political_course(world), None, [uid], today=TODAY)
    issue = next(i for i in report.issues if i.kind == CheckKind.ALREADY_HOLDS)
    assert "đã có lý luận chính trị Cao cấp" in issue.message and not issue.blocking


def test_duplicate_is_blocking_and_overlap_warns(world: World) -> None:
    uid = world.person("Bận Rộn")
    course = political_course(world)
    first = world.klass(course, TODAY + timedelta(days=10), TODAY + timedelta(days=20))
    nominate(world.s, course, first, [uid], today=TODAY, accept_warnings=True)
    again = run_checks(world.s, course, first, [uid], today=TODAY)
    assert [i.kind for i in again.blocking] == [CheckKind.DUPLICATE]
    other = world.course("Tập huấn hộ tịch")
    clash = world.klass(other, TODAY + timedelta(days=15), TODAY + timedelta(days=16))
    apart = world.klass(other, TODAY + timedelta(days=30), TODAY + timedelta(days=31))
    report = run_checks(world.s, other, clash, [uid], today=TODAY)
    assert CheckKind.OVERLAP in kinds(report) and not report.blocking
    assert "trùng thời gian" in report.issues[0].message
    assert CheckKind.OVERLAP not in kinds(run_checks(world.s, other, apart, [uid], today=TODAY))


def test_retirement_before_the_end_and_soon_after_a_long_course(world: World) -> None:
    born = date(1967, 9, 1)
    retire = retirement_date(Sex.FEMALE, born)
    uid = world.person("Sắp Nghỉ", born=born, sex=Sex.FEMALE)
    long_course = world.course("Chuyên môn 3 tháng", CourseType.SPECIALISED, duration_days=90)
    ends_after = world.klass(long_course, retire - timedelta(days=30), retire + timedelta(days=60))
    report = run_checks(world.s, long_course, ends_after, [uid], today=TODAY)
    assert any(i.kind == CheckKind.RETIREMENT and "trước khi khóa học kết thúc" in i.message for i in report.issues)
    ends_before = world.klass(long_course, retire - timedelta(days=200), retire - timedelta(days=110))
    report = run_checks(world.s, long_course, ends_before, [uid], today=TODAY)
    assert any(i.kind == CheckKind.RETIREMENT and "sau khi kết thúc khóa học dài" in i.message for i in report.issues)


def test_university_needs_more_than_six_years_of_service(world: World) -> None:
    young = world.person("Còn Lâu", born=date(1990, 1, 1))
    older = world.person("Còn Ba Năm", born=date(1972, 6, 1), sex=Sex.FEMALE)  # retires 10/2030
    degree = world.course("Đại học Luật (vừa làm vừa học)", CourseType.DEGREE, duration_days=365)
    start = world.klass(degree, date(2027, 1, 4), date(2027, 12, 31))
    report = run_checks(world.s, degree, start, [young, older], today=TODAY)
    service = [i for i in report.issues if i.kind == CheckKind.SERVICE_LEFT]
    assert [i.staff_uids for i in service] == [(older,)]
    assert "trên 6 năm" in service[0].message


def test_office_coverage(world: World) -> None:
    a = world.person("Tiếp Nhận Một", dept=DepartmentKind.PUBLIC_SERVICE_CENTRE, job="Tiếp nhận hồ sơ")
    b = world.person("Tiếp Nhận Hai", dept=DepartmentKind.PUBLIC_SERVICE_CENTRE, job="Tiếp nhận hồ sơ")
    c = world.person("Tiếp Nhận Ba", dept=DepartmentKind.PUBLIC_SERVICE_CENTRE, job="Tiếp nhận hồ sơ")
    course = world.course("Kỹ năng tiếp dân")
    k = world.klass(course, TODAY + timedelta(days=5), TODAY + timedelta(days=6))
    assert CheckKind.COVERAGE not in kinds(run_checks(world.s, course, k, [a], today=TODAY))
    report = run_checks(world.s, course, k, [a, b], today=TODAY)
    coverage = [i for i in report.issues if i.kind == CheckKind.COVERAGE]
    assert coverage and "Trung tâm Phục vụ hành chính công" in coverage[0].message
    # someone already sent to an overlapping class counts as away too
    nominate(world.s, course, k, [a], today=TODAY)
    for other in (b, c):
        report = run_checks(world.s, course, k, [other], today=TODAY)
        assert next(i.staff_uids for i in report.issues if i.kind == CheckKind.COVERAGE) == (other,)


def test_capacity_closed_class_and_people_who_left(world: World) -> None:
    from app.staff.records import change_status
    from db.enums import StaffStatus

    a = world.person("Người Một")
    b = world.person("Người Hai", dept=DepartmentKind.ECONOMY, job="Tài chính - Kế toán")
    gone = world.person("Đã Chuyển", dept=DepartmentKind.CULTURE_SOCIETY, job="Nội vụ")
    change_status(world.s, gone, StaffStatus.MOVED)
    course = world.course("Tập huấn")
    small = world.klass(course, TODAY + timedelta(days=5), TODAY + timedelta(days=6), capacity=1)
    report = run_checks(world.s, course, small, [a, b, gone], today=TODAY)
    assert CheckKind.CAPACITY in kinds(report)
    assert [i.kind for i in report.blocking] == [CheckKind.NOT_WORKING]
    closed = world.klass(course, TODAY - timedelta(days=30), TODAY - timedelta(days=29), status=ClassStatus.FINISHED)
    assert CheckKind.CLASS_CLOSED in {i.kind for i in run_checks(world.s, course, closed, [a], today=TODAY).blocking}
