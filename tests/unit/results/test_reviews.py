"""The effectiveness review after training: when it is due (the three-month boundary), the form's rules,
and the summaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import UserError, ValidationFailed
from app.evaluations.reviews import (
    DueState,
    ReviewInput,
    delete_review,
    due_state,
    effectiveness_summary,
    months_after,
    restore_review,
    review_form,
    review_from,
    review_list,
    save_review,
    suggested_outcome,
)
from app.results.results import ResultEntry, save_results
from db.enums import CourseType, DepartmentKind, ResultCode, ReviewOutcome
from tests.unit.courses.conftest import World
from tests.unit.results.conftest import TODAY, send

ENDED = date(2026, 8, 23)  # three months before TODAY (23/11/2026)
GOOD = {"task_results": 4, "advice_quality": 3, "responsibility": 4, "discipline": 3, "coordination": 3}


def test_three_months_after_the_end() -> None:
    assert review_from(date(2026, 8, 23)) == date(2026, 11, 23)
    assert review_from(date(2026, 11, 30)) == date(2027, 2, 28)
    assert review_from(date(2027, 11, 30)) == date(2028, 2, 29)  # leap year
    assert review_from(date(2026, 12, 31)) == date(2027, 3, 31)
    assert months_after(date(2026, 5, 31), 3) == date(2026, 8, 31)
    # the day before it is due, the day it is due, three months later, long before
    assert due_state(ENDED, date(2026, 11, 22), False) == DueState.UPCOMING
    assert due_state(ENDED, date(2026, 11, 23), False) == DueState.DUE
    assert due_state(ENDED, date(2027, 2, 22), False) == DueState.DUE
    assert due_state(ENDED, date(2027, 2, 23), False) == DueState.OVERDUE
    assert due_state(ENDED, date(2026, 9, 1), False) == DueState.NOT_YET
    assert due_state(ENDED, date(2026, 9, 1), True) == DueState.DONE


def _trained(world: World, ended: date = ENDED) -> tuple[str, str]:
    world.person("An")
    world.person("Bình", dept=DepartmentKind.ECONOMY)
    course = world.course("Cập nhật kiến thức pháp luật", CourseType.SKILLS, grants_certificate="Giấy chứng nhận")
    klass = world.klass(course, ended - timedelta(days=1), ended)
    a, b = send(world, course, klass, ["An", "Bình"], on=ended - timedelta(days=30))
    save_results(world.s, klass, [ResultEntry(a, ResultCode.PASSED), ResultEntry(b, ResultCode.FAILED)], today=TODAY)
    return a, b


def test_due_list_across_the_boundary(world: World) -> None:
    _trained(world)
    before = review_list(world.s, today=date(2026, 11, 22))
    assert [(r.full_name, r.state) for r in before] == [("An", DueState.UPCOMING)]  # Bình did not complete
    (due,) = review_list(world.s, today=TODAY)
    assert due.state == DueState.DUE and due.due_from == TODAY and due.overdue_from == date(2027, 2, 23)
    (late,) = review_list(world.s, today=date(2027, 3, 1))
    assert late.state == DueState.OVERDUE
    assert review_list(world.s, today=date(2026, 9, 1)) == []  # not yet
    assert len(review_list(world.s, today=date(2026, 9, 1), states=None)) == 1


def test_a_review_is_refused_before_three_months_and_kept_after(world: World) -> None:
    a, _b = _trained(world)
    early = ReviewInput(a, date(2026, 11, 22), GOOD)
    with pytest.raises(ValidationFailed, match="từ ngày 23/11/2026"):
        save_review(world.s, early, today=TODAY)
    with pytest.raises(ValidationFailed, match="ở tương lai"):
        save_review(world.s, ReviewInput(a, date(2026, 12, 1), GOOD), today=TODAY)
    with pytest.raises(ValidationFailed, match="Chưa đánh giá tiêu chí nào"):
        save_review(world.s, ReviewInput(a, TODAY, {}), today=TODAY)
    with pytest.raises(ValidationFailed, match="từ 1 đến 4"):
        save_review(world.s, ReviewInput(a, TODAY, {"task_results": 7}), today=TODAY)
    review = save_review(
        world.s,
        ReviewInput(a, TODAY, GOOD, notes={"task_results": "Tham mưu văn bản đúng luật hơn"}, reviewer="Trưởng phòng"),
        today=TODAY,
    )
    assert review.overall == ReviewOutcome.EFFECTIVE  # suggested by the ratings: mean 3.4
    form = review_form(world.s, a)
    assert form.review is not None and form.review.notes["task_results"] == "Tham mưu văn bản đúng luật hơn"
    assert form.review.scores["satisfaction"] is None and form.due_from == TODAY
    (done,) = review_list(world.s, today=TODAY, states=(DueState.DONE,))
    assert done.reviewed_on == TODAY and done.overall == ReviewOutcome.EFFECTIVE
    assert review_list(world.s, today=TODAY) == []
    # a correction replaces it; withdrawing it brings the training back to the list
    save_review(world.s, ReviewInput(a, TODAY, {"task_results": 2}, overall=ReviewOutcome.LIMITED), today=TODAY)
    assert review_form(world.s, a).review.overall == ReviewOutcome.LIMITED  # type: ignore[union-attr]
    delete_review(world.s, review.uid)
    assert [r.state for r in review_list(world.s, today=TODAY)] == [DueState.DUE]
    restore_review(world.s, review.uid)
    assert review_list(world.s, today=TODAY) == []


def test_only_completed_trainings_are_reviewed(world: World) -> None:
    _a, b = _trained(world)
    with pytest.raises(UserError, match="chưa hoàn thành khóa"):
        save_review(world.s, ReviewInput(b, TODAY, GOOD), today=TODAY)
    with pytest.raises(UserError, match="chưa hoàn thành khóa"):
        review_form(world.s, b)


def test_suggested_outcome() -> None:
    assert suggested_outcome([4, 4, 3, None]) == ReviewOutcome.HIGH  # 3.67
    assert suggested_outcome([3, 3, 3]) == ReviewOutcome.EFFECTIVE
    assert suggested_outcome([2, 3]) == ReviewOutcome.LIMITED
    assert suggested_outcome([1, 2, 1]) == ReviewOutcome.NONE
    assert suggested_outcome([None, None]) is None


def test_summaries_by_course_and_department(world: World) -> None:
    a, _b = _trained(world)
    world.person("Chi", dept=DepartmentKind.ECONOMY)
    course = world.course("Kỹ năng số", CourseType.DIGITAL, grants_certificate="Giấy chứng nhận kỹ năng số")
    klass = world.klass(course, date(2026, 6, 1), date(2026, 6, 2))
    (c,) = send(world, course, klass, ["Chi"], on=date(2026, 5, 1))
    save_results(world.s, klass, [ResultEntry(c, ResultCode.PASSED)], today=TODAY)
    save_review(world.s, ReviewInput(a, TODAY, GOOD), today=TODAY)
    save_review(world.s, ReviewInput(c, date(2026, 10, 1), {"task_results": 2, "satisfaction": 1}), today=TODAY)
    by_course = {r.label: r for r in effectiveness_summary(world.s, "course")}
    assert by_course["Cập nhật kiến thức pháp luật"].averages["task_results"] == 4
    assert by_course["Kỹ năng số"].averages["satisfaction"] == 1
    total = by_course["Tổng cộng"]
    assert (
        total.total and total.reviews == 2 and total.averages["task_results"] == 3 and total.effective_share == 0.5
    )  # effective, and not yet effective
    by_dept = {r.label: r.reviews for r in effectiveness_summary(world.s, "department")}
    assert by_dept == {"Văn phòng HĐND và UBND": 1, "Phòng Kinh tế": 1, "Tổng cộng": 2}
    assert [r.label for r in effectiveness_summary(world.s, "course_type", year=2026)][:2] == [
        "Kỹ năng số, chuyển đổi số",
        "Tập huấn chuyên môn, nghiệp vụ, kỹ năng",
    ]
    assert effectiveness_summary(world.s, "course", year=2025) == []
    with pytest.raises(UserError, match="Không tổng hợp được"):
        effectiveness_summary(world.s, "colour")
