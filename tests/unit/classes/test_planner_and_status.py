"""Splitting a course's learners into classes (by job title, each office spread over the classes), creating
the classes with their sessions and putting the people in them; moving people between classes; the
class's status flow."""

from __future__ import annotations

from datetime import date

import pytest

from app.classes.planner import ClassSeries, assign_to_class, course_learners, create_classes, deal, group_by_title
from app.classes.sessions import list_sessions
from app.classes.status import CLASS_TRANSITIONS, cancel_reason, set_class_status
from app.courses.catalogue import get_class, list_classes
from app.courses.nominations import get_nomination, nominate
from app.errors import UserError
from app.scheduling.splitter import split_groups
from db.enums import ClassStatus, DepartmentKind, NominationStatus
from tests.unit.courses.conftest import World

C = ClassStatus


def _learners(world: World) -> tuple[str, list[str]]:
    course = world.course("Bồi dưỡng kiến thức, kỹ năng cho công chức cấp xã", code="KNCX")
    people = []
    for i in range(5):
        people.append(world.person(f"Tư pháp {i}", dept=DepartmentKind.OFFICE, job="Tư pháp - Hộ tịch"))
    for i in range(3):
        people.append(world.person(f"Địa chính {i}", dept=DepartmentKind.ECONOMY, job="Địa chính - Xây dựng"))
    for i in range(2):
        people.append(world.person(f"Văn hóa {i}", dept=DepartmentKind.CULTURE_SOCIETY, job="Văn hóa - Xã hội"))
    nominate(world.s, course, None, people, accept_warnings=True)
    return course, people


def test_learners_by_title_are_split_dealt_and_created(world: World) -> None:
    course, _people = _learners(world)
    learners = course_learners(world.s, course)
    assert len(learners) == 10 and all(le.own and le.class_uid is None for le in learners)
    groups, by_title = group_by_title(learners)
    assert [(g.name, g.count) for g in groups] == [
        ("Tư pháp - Hộ tịch", 5),
        ("Địa chính - Xây dựng", 3),
        ("Văn hóa - Xã hội", 2),
    ]
    plan = split_groups(groups, capacity=6)
    assert [c.size for c in plan.classes] == [5, 5]  # fewest classes, even sizes
    rosters = deal(plan, by_title)
    assert sorted(len(r) for r in rosters) == [5, 5]
    assert sorted(le.uid for r in rosters for le in r) == sorted(le.uid for le in learners)
    series = ClassSeries(code_prefix="KNCX-KV1-L", region="Khu vực 1", batch="Đợt 1", start=date(2026, 11, 26), days=2)
    specs = series.classes([6, 6])
    # one after another, two study days each, weekends skipped: Thu–Fri, then Mon–Tue
    assert [(s.data.code, s.data.start_date, s.data.end_date) for s in specs] == [
        ("KNCX-KV1-L01", date(2026, 11, 26), date(2026, 11, 27)),
        ("KNCX-KV1-L02", date(2026, 11, 30), date(2026, 12, 1)),
    ]
    made = create_classes(world.s, course, specs, [[le.uid for le in r] for r in rosters], unit_code="11311")
    assert len(made.class_uids) == 2 and made.assigned == 10 and made.sessions == 8 and not made.not_assigned
    assert made.text == "Đã tạo 2 lớp (8 buổi học), xếp 10 học viên vào lớp."
    infos = {k.code: k for k in list_classes(world.s, course)}
    assert infos["KNCX-KV1-L01"].nominated == 5 and infos["KNCX-KV1-L01"].capacity == 6
    assert infos["KNCX-KV1-L02"].region == "Khu vực 1"
    assert next(s.label for s in list_sessions(world.s, infos["KNCX-KV1-L02"].uid)) == "Sáng 30/11/2026"
    assert course_learners(world.s, course) == []  # everyone has a class now


def test_moving_people_between_classes_follows_the_decision_rules(world: World) -> None:
    course, people = _learners(world)
    first = world.klass(course, date(2026, 12, 1), date(2026, 12, 2))
    second = world.klass(course, date(2026, 12, 3), date(2026, 12, 4))
    other_course = world.klass(world.course("Khóa khác"), date(2026, 12, 1), date(2026, 12, 2))
    learners = {le.staff_uid: le.uid for le in course_learners(world.s, course)}
    noms = [learners[p] for p in people]
    assert assign_to_class(world.s, first, noms[:4]).assigned == 4
    moved = assign_to_class(world.s, second, noms[:2])
    assert moved.assigned == 2 and get_nomination(world.s, noms[0]).training_class.uid == second  # type: ignore[union-attr]
    assert assign_to_class(world.s, second, noms[:1]).unchanged == 1
    with pytest.raises(UserError, match="không phải khóa của lớp này"):
        assign_to_class(world.s, other_course, noms[:1])
    # approved by a decision that named the class: only an amended decision moves it
    n = get_nomination(world.s, noms[2])
    n.status = NominationStatus.APPROVED
    with pytest.raises(UserError, match="quyết định cử đã ghi lớp"):
        assign_to_class(world.s, second, [noms[2]])
    # approved without a class: it may be given one
    n5 = get_nomination(world.s, noms[5])
    n5.status = NominationStatus.APPROVED
    assert assign_to_class(world.s, second, [noms[5]]).assigned == 1
    # another unit's nomination (the province planning): left to that unit, said why
    get_nomination(world.s, noms[6]).owner_unit = "11312"
    result = assign_to_class(world.s, second, [noms[6], noms[7]], strict=False)
    assert result.assigned == 1 and "đơn vị đó tự xếp lớp" in result.refused[0]
    get_class(world.s, second).status = C.CANCELLED
    with pytest.raises(UserError, match="đã hủy"):
        assign_to_class(world.s, second, [noms[8]])


def test_the_status_flow_of_a_class(world: World) -> None:
    uid = world.klass(world.course("Tập huấn"), date(2026, 11, 16), date(2026, 11, 17), status=C.PLANNED)
    assert set(CLASS_TRANSITIONS[C.PLANNED]) == {C.OPEN, C.CANCELLED}
    assert set_class_status(world.s, uid, C.OPEN, unit_code="11311").text == "Dự kiến → Đang nhận cử học viên"
    with pytest.raises(UserError, match="không thể chuyển"):
        set_class_status(world.s, uid, C.FINISHED, unit_code="11311")
    set_class_status(world.s, uid, C.RUNNING, unit_code="11311")
    set_class_status(world.s, uid, C.FINISHED, unit_code="11311")
    set_class_status(world.s, uid, C.RUNNING, unit_code="11311")  # a wrong click taken back
    with pytest.raises(UserError, match="lý do hủy"):
        set_class_status(world.s, uid, C.CANCELLED, unit_code="11311")
    get_class(world.s, uid).note = "Học tại hội trường tầng 3"
    set_class_status(world.s, uid, C.CANCELLED, reason="Không đủ học viên", unit_code="11311")
    klass = get_class(world.s, uid)
    assert cancel_reason(klass) == "Không đủ học viên" and "Học tại hội trường" in (klass.note or "")
    set_class_status(world.s, uid, C.PLANNED, unit_code="11311")
    assert (
        cancel_reason(get_class(world.s, uid)) is None and get_class(world.s, uid).note == "Học tại hội trường tầng 3"
    )
    future = world.klass(world.course("Sau này"), date(2027, 3, 1), date(2027, 3, 2), status=C.RUNNING)
    with pytest.raises(UserError, match="chưa bắt đầu"):
        set_class_status(world.s, future, C.FINISHED, unit_code="11311")
    get_class(world.s, future).owner_unit = "31"
    with pytest.raises(UserError, match="do đơn vị 31 quản lý"):
        set_class_status(world.s, future, C.OPEN, unit_code="11311")
