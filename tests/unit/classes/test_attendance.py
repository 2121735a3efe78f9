"""The roll, the attendance marks, the share of sessions attended and the completion rule."""

from __future__ import annotations

from datetime import date

import pytest

from app.classes.attendance import (
    AttendanceBelowMinimum,
    attendance_share,
    attendance_sheet,
    meets_attendance,
    min_attendance,
    parse_mark,
    roll,
    save_marks,
    set_min_attendance,
    shortfalls,
)
from app.classes.sessions import add_generated, list_sessions
from app.courses.catalogue import get_class
from app.courses.nominations import change_status, get_nomination, history, nominate
from app.errors import UserError
from app.scheduling.sessions import SessionTime
from db.enums import AttendanceStatus, DepartmentKind, NominationStatus
from db.models import Qualification
from tests.unit.courses.conftest import World

A = AttendanceStatus
S = NominationStatus
DAYS = (date(2026, 11, 16), date(2026, 11, 17))


def _class(world: World, people: int = 3) -> tuple[str, str, list[str], list[str], list[str]]:
    course = world.course("Tập huấn nghiệp vụ văn thư", grants_certificate="Giấy chứng nhận", grants_kind="other")
    uid = world.klass(course, *DAYS)
    staff = [world.person(f"Người {i}", dept=DepartmentKind.OFFICE) for i in range(people)]
    noms = [n.uid for n in nominate(world.s, course, uid, staff, accept_warnings=True)]
    add_generated(
        world.s, uid, [SessionTime.of_block(d, b) for d in DAYS for b in ("morning", "afternoon")], unit_code="11311"
    )
    sessions = [s.uid for s in list_sessions(world.s, uid)]
    return course, uid, staff, noms, sessions


def _studying(world: World, noms: list[str]) -> None:
    for n in noms:
        get_nomination(world.s, n).status = S.STUDYING  # as if a decision had been issued
    world.s.flush()


def test_marks_typed_by_a_clerk() -> None:
    assert [parse_mark(t) for t in ("x", "C", "✓", "1", "p", "Có phép", "k", "V", "vắng", "", "  ")] == [
        A.PRESENT,
        A.PRESENT,
        A.PRESENT,
        A.PRESENT,
        A.EXCUSED,
        A.EXCUSED,
        A.ABSENT,
        A.ABSENT,
        A.ABSENT,
        None,
        None,
    ]
    with pytest.raises(UserError, match="ký hiệu điểm danh"):
        parse_mark("?")


def test_share_counts_the_sessions_where_attendance_was_taken(world: World) -> None:
    _course, uid, staff, noms, sessions = _class(world)
    n0 = get_nomination(world.s, noms[0])
    assert attendance_share(world.s, n0) is None and meets_attendance(world.s, n0)  # nothing taken yet
    marks = {(p, sessions[0]): A.PRESENT for p in staff}
    marks[(staff[1], sessions[0])] = A.EXCUSED
    saved = save_marks(world.s, uid, marks, unit_code="11311")
    assert (saved.created, saved.changed, saved.cleared) == (3, 0, 0)
    assert attendance_share(world.s, n0) == 1.0
    # the second session: the first person absent, the third not marked (counts as not present)
    save_marks(world.s, uid, {(staff[0], sessions[1]): A.ABSENT, (staff[1], sessions[1]): A.PRESENT}, unit_code="11311")
    rows = {r.name: r for r in roll(world.s, uid)}
    assert rows["Người 0"].summary is not None and rows["Người 0"].summary.text == "1/2 buổi (50%)"
    assert rows["Người 1"].summary is not None and rows["Người 1"].summary.text == "1/2 buổi (50%), 1 buổi vắng có phép"
    assert rows["Người 2"].summary is not None and (
        rows["Người 2"].summary.present,
        rows["Người 2"].summary.absent,
    ) == (1, 1)
    assert not meets_attendance(world.s, n0) and meets_attendance(world.s, n0, minimum=0.5)
    # clearing a mark tombstones it (the session stays taken: others were marked, so still 1/2);
    # marking again revives the same row
    again = save_marks(world.s, uid, {(staff[0], sessions[1]): None}, unit_code="11311")
    assert again.cleared == 1 and attendance_share(world.s, n0) == 0.5
    back = save_marks(world.s, uid, {(staff[0], sessions[1]): A.PRESENT}, unit_code="11311")
    assert back.changed == 1 and attendance_share(world.s, n0) == 1.0
    sheet = attendance_sheet(world.s, uid, unit_code="11311")
    assert sheet.editable and sheet.mark(staff[0], sessions[1]) == A.PRESENT
    assert sheet.summary(staff[2]).text == "1/2 buổi (50%)"


def test_only_the_roll_and_only_the_class_owner(world: World) -> None:
    _course, uid, staff, _noms, sessions = _class(world, 1)
    stranger = world.person("Người ngoài lớp")
    with pytest.raises(UserError, match="không có trong danh sách lớp"):
        save_marks(world.s, uid, {(stranger, sessions[0]): A.PRESENT}, unit_code="11311")
    get_class(world.s, uid).owner_unit = "31"
    assert not attendance_sheet(world.s, uid, unit_code="11311").editable
    with pytest.raises(UserError, match="do đơn vị 31 quản lý"):
        save_marks(world.s, uid, {(staff[0], sessions[0]): A.PRESENT}, unit_code="11311")
    save_marks(world.s, uid, {(staff[0], sessions[0]): A.PRESENT}, unit_code="31")  # the province takes it


def test_completion_needs_the_minimum_share_or_a_reason(world: World) -> None:
    _course, uid, staff, noms, sessions = _class(world, 2)
    _studying(world, noms)
    marks = {(p, s): A.PRESENT for p in staff for s in sessions}
    marks[(staff[1], sessions[0])] = A.ABSENT
    marks[(staff[1], sessions[1])] = A.EXCUSED
    save_marks(world.s, uid, marks, unit_code="11311")
    assert min_attendance(world.s) == 0.8
    short = shortfalls(world.s, [get_nomination(world.s, n) for n in noms])
    assert [name for _u, name, _s in short.people] == ["Người 1"]
    change_status(world.s, noms[0], S.COMPLETED)  # 4/4: no question asked
    with pytest.raises(AttendanceBelowMinimum) as refused:
        change_status(world.s, noms[1], S.COMPLETED)
    assert "Người 1: dự 2/4 buổi (50%), 1 buổi vắng có phép" in str(refused.value)
    assert get_nomination(world.s, noms[1]).status == S.STUDYING
    assert world.s.query(Qualification).filter_by(source_ref=noms[1]).count() == 0
    change_status(world.s, noms[1], S.COMPLETED, attendance_override="Đã học bù theo xác nhận của cơ sở đào tạo")
    assert get_nomination(world.s, noms[1]).status == S.COMPLETED
    note = history(world.s, noms[1])[-1].note or ""
    assert "dưới mức tối thiểu 80%" in note and "Đã học bù" in note
    # "not completed" needs no attendance at all
    _c2, _k2, _s2, noms2, _ss2 = _class(world, 1)
    _studying(world, noms2)
    change_status(world.s, noms2[0], S.NOT_COMPLETED)


def test_the_minimum_is_a_setting(world: World) -> None:
    _course, uid, staff, noms, sessions = _class(world, 1)
    save_marks(world.s, uid, {(staff[0], sessions[0]): A.PRESENT, (staff[0], sessions[1]): A.ABSENT}, unit_code="11311")
    n = get_nomination(world.s, noms[0])
    assert not meets_attendance(world.s, n)
    set_min_attendance(world.s, 0.5)
    assert min_attendance(world.s) == 0.5 and meets_attendance(world.s, n)
    set_min_attendance(world.s, 0)  # 0 %: the rule does not apply
    assert meets_attendance(world.s, n)
    with pytest.raises(UserError, match="từ 0% đến 100%"):
        set_min_attendance(world.s, 1.2)
