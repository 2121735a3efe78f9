"""The "Lớp học, lịch học" page driven offscreen on the demo commune: the calendar (month, week, filters),
the attendance grid from the keyboard, the completion rule's override, splitting learners into classes and
moving people between classes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from app.courses.nominations import NominationTerms
from app.scheduling.conflicts import ConflictKind
from db.enums import ClassStatus, NominationStatus
from ui.main_window import MainWindow
from ui.pages.classes.attendance_grid import AttendanceModel
from ui.pages.classes.calendar import EntriesRole
from ui.pages.classes.dialogs import AttendanceOverrideDialog, MoveDialog, ReasonDialog
from ui.pages.classes.page import ClassesPage
from ui.pages.classes.planner import SplitDialog
from ui.widgets.rows_model import select_row

pytestmark = pytest.mark.gui

KNS_DAY = date(2026, 12, 7)  # the digital-skills class and the village heads' training meet that Monday


def classes_page(window: MainWindow) -> ClassesPage:
    page = window.page(ClassesPage)
    assert isinstance(page, ClassesPage)
    window.nav.setCurrentRow(window.pages.index(page))
    return page


def codes(page: ClassesPage, day: date) -> set[str]:
    index = page.calendar.model.index_of(day)
    return {e.klass.code for e in index.data(EntriesRole)}


def test_calendar_month_week_and_filters(qtmodeltester, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = classes_page(main_window)
    cal = page.calendar
    cal.go_to(KNS_DAY)
    assert cal.title.text() == "Tháng 12/2026" and cal.model is cal.month_model
    assert {"KNS-2026-L01", "TT-XA-L01"} <= codes(page, KNS_DAY)
    view = cal.month_model.view
    assert view is not None and KNS_DAY in view.conflict_days and date(2027, 1, 1) in view.days_off
    assert "Trùng lịch học" in cal.day_panel.toPlainText() and "TT-XA-L01" in cal.day_panel.toPlainText()
    qtmodeltester.check(cal.month_model, force_py=True)
    # next month, back, today
    cal.next_button.click()
    assert cal.title.text() == "Tháng 1/2027"
    cal.prev_button.click()
    # the week: morning, afternoon, evening by day
    cal.week_button.click()
    assert cal.model is cal.week_model and cal.title.text() == "Tuần 07/12/2026 – 13/12/2026"
    morning = {e.klass.code for e in cal.week_model.index(0, 0).data(EntriesRole)}
    assert {"KNS-2026-L01", "TT-XA-L01"} <= morning
    saturday = {e.klass.code for e in cal.week_model.index(0, 5).data(EntriesRole)}
    assert saturday == {"TT-XA-L01"}  # the village heads' Saturday of practice
    qtmodeltester.check(cal.week_model, force_py=True)
    cal.month_button.click()
    cal.go_to(KNS_DAY)
    # filter by course: only that course's classes
    tt = next(i for i in range(page.course.count()) if page.course.itemText(i).startswith("Bồi dưỡng kỹ năng, phương"))
    page.course.setCurrentIndex(tt)
    assert codes(page, KNS_DAY) == {"TT-XA-L01"}
    page.clear_filters()
    # filter by department: the villages only go to their own training
    villages = page.department.findData(next(d.uid for d in page.service.departments() if d.name == "Thôn, tổ dân phố"))
    page.department.setCurrentIndex(villages)
    assert codes(page, KNS_DAY) == {"TT-XA-L01"}
    page.clear_filters()
    # one person's schedule: the one sent to both classes that Monday
    overlap = next(c for c in page.service.conflicts() if c.kind == ConflictKind.PERSON_OVERLAP)
    assert page.set_person(overlap.person_uids[0])
    assert codes(page, KNS_DAY) == {"KNS-2026-L01", "TT-XA-L01"}
    assert all(e.shown_learners == 1 for e in cal.model.view.entries)  # type: ignore[union-attr]
    assert codes(page, date(2026, 12, 14)) == set()  # not in the state-management class that week
    page.clear_filters()
    # the roll shows who is in which conflict
    page.tabs.setCurrentWidget(page.classes)
    page.show_class(next(r.uid for r in page.classes.all_rows if r.info.code == "TT-XA-L01"))
    roll = page.classes.roll
    row = next(i for i, r in enumerate(roll.rows) if r.staff_uid == overlap.person_uids[0])
    assert "Trùng lịch học" in roll.data(roll.index(row, 5)) and "Vượt sĩ số" in roll.data(roll.index(row, 5))
    # the conflicts tab lists every kind, upcoming ones only
    page.tabs.setCurrentIndex(2)
    assert {r.kind for r in page.conflicts.rows} == set(ConflictKind)
    select_row(page.conflict_view, 0)
    page._conflict_day()
    assert page.tabs.currentWidget() is page.calendar


def test_attendance_from_the_keyboard_and_completion_below_the_minimum(
    qtbot: QtBot,
    qtmodeltester,
    main_window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    page = classes_page(main_window)
    page.tabs.setCurrentWidget(page.classes)
    tab = page.classes
    uid = next(r.uid for r in tab.all_rows if r.info.code == "VTLT-XA-L01")
    assert tab.select_class(uid)
    grid: AttendanceModel = tab.grid
    assert grid.editable and grid.sessions == 4 and grid.rowCount() == 4
    qtmodeltester.check(grid, force_py=True)
    row = next(i for i in range(grid.rowCount()) if not grid.summary(i).meets)
    assert grid.summary(row).text == "2/4 buổi (50%), 1 buổi vắng có phép"
    tab.detail.setCurrentIndex(2)
    tab.grid_view.setFocus()
    tab.grid_view.setCurrentIndex(grid.index(row, 0))
    qtbot.keyClick(tab.grid_view, Qt.Key.Key_X)  # present; the cursor goes down
    assert grid.summary(row).text == "3/4 buổi (75%)" and grid.pending and tab.save_marks_button.isEnabled()
    assert tab.grid_view.currentIndex().row() == min(row + 1, grid.rowCount() - 1)
    tab.grid_view.setCurrentIndex(grid.index(row, 1))
    qtbot.keyClick(tab.grid_view, Qt.Key.Key_Space)  # absent → cleared
    assert grid.mark_at(row, 1) is None
    qtbot.keyClick(tab.grid_view, Qt.Key.Key_K)
    tab.grid_view.setCurrentIndex(grid.index(row, 1))
    qtbot.keyClick(tab.grid_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save
    assert not grid.pending and "Đã lưu điểm danh" in tab.notice.label.text()
    person = tab.grid.sheet.people[row]  # type: ignore[union-attr]
    # completing this person asks for a reason (3/4 is below 80%)
    tab.detail.setCurrentIndex(1)
    select_row(tab.roll_view, tab.roll.row_of(person.nomination_uid))
    assert tab.complete_button.isEnabled()
    tab.complete_selected()
    dialog = tab.findChildren(AttendanceOverrideDialog)[-1]
    listing = dialog.findChild(QTextBrowser, "shortfallList")
    assert listing is not None and "3/4 buổi (75%)" in listing.toPlainText()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setPlainText("Đã học bù buổi vắng theo xác nhận của Văn phòng")
    ok.click()
    status = {r.nomination_uid: r.status for r in tab.roll.rows}
    assert status[person.nomination_uid] == NominationStatus.COMPLETED
    history = page.courses.history(person.nomination_uid)
    assert "Đã học bù buổi vắng" in (history[-1].note or "")


def test_split_learners_move_one_by_hand_create_the_classes_then_move_between_classes(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = classes_page(main_window)
    courses = page.courses
    course = next(c for c in courses.courses() if c.code == "TT-XA")
    people = [r.uid for r in courses.staff_rows() if r.status.on_books and r.category.value == "civil_servant"][:9]
    courses.nominate(course.uid, None, people, reasons={}, terms=NominationTerms(), accept_warnings=True)
    page.tabs.setCurrentWidget(page.classes)
    page.course.setCurrentIndex(page.course.findData(course.uid))
    dialog = page.classes.open_split()
    assert isinstance(dialog, SplitDialog)
    qtbot.waitExposed(dialog)
    assert dialog.from_nominations.isChecked() and len(dialog.learners) == 9
    # fits a 1366×768 laptop screen (it once opened 1404×780: buttons under the taskbar)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert dialog.width() <= 1366 and dialog.height() <= 720
    dialog.capacity.setValue(5)
    plan = dialog.propose()
    assert plan is not None and len(plan.classes) == 2 and sorted(c.size for c in plan.classes) == [4, 5]
    # move one person from the fuller class to the other
    full = max(range(2), key=lambda i: plan.classes[i].size)
    select_row(dialog.class_view, full)
    select_row(dialog.member_view, 0)
    moving = dialog.members.rows[0]
    dialog.target.setCurrentIndex(dialog.target.findData(1 - full))
    assert dialog.move_selected() == 1
    assert dialog.rosters is not None and moving in dialog.rosters[1 - full]
    now = dialog.current_plan()
    assert now is not None and now.classes[1 - full].size == 5 and now.classes[full].size == 4
    # the province's wording follows the moves
    assert "2 lớp, 9 học viên" in dialog.summary.text()
    dialog.start.setDate(dialog.start.date().fromString("30/11/2026", "dd/MM/yyyy"))
    dialog.days.setValue(2)
    with qtbot.waitSignal(dialog.created, timeout=5000) as created:
        dialog.create_button.click()
    uids = created.args[0]
    assert len(uids) == 2
    made = {k.uid: k for k in page.service.classes(course.uid)}
    assert sorted(made[u].nominated for u in uids) == [4, 5]
    assert all(made[u].start_date is not None for u in uids)
    # the roll: move one person to the other new class, then undo
    tab = page.classes
    assert tab.select_class(uids[1 - full])
    tab.detail.setCurrentIndex(1)
    before = tab.roll.rowCount()
    select_row(tab.roll_view, 0)
    mover = tab.roll.rows[0]
    move = tab.ask_move()
    assert isinstance(move, MoveDialog)
    move.target.setCurrentIndex(move.target.findData(uids[full]))
    move.buttons.button(move.buttons.StandardButton.Ok).click()
    assert tab.roll.rowCount() == before - 1 and tab.notice.can_undo
    assert mover.nomination_uid in {r.nomination_uid for r in page.service.roll(uids[full])}
    tab.notice.trigger_undo()
    assert mover.nomination_uid in {r.nomination_uid for r in page.service.roll(uids[1 - full])}


def test_cancel_a_class_with_a_reason(qtbot: QtBot, main_window: MainWindow) -> None:
    page = classes_page(main_window)
    page.tabs.setCurrentWidget(page.classes)
    tab = page.classes
    assert tab.select_class(next(r.uid for r in tab.all_rows if r.info.code == "TCD-XA-L01"))
    assert not tab.status_actions[ClassStatus.FINISHED].isEnabled()
    tab.status_actions[ClassStatus.CANCELLED].trigger()
    dialog = tab.findChildren(ReasonDialog)[-1]
    dialog.reason.setText("Hội trường đang sửa chữa")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    row = tab.selected()
    assert row is not None and row.info.status == ClassStatus.CANCELLED
    assert "Lý do hủy: Hội trường đang sửa chữa" in tab.header.text()
    assert not any(c.kind == ConflictKind.COVERAGE and "Trung tâm" in c.message for c in page.service.conflicts())
