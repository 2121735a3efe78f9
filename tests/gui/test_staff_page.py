from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.staff import records
from app.staff.records import ALL, Gap
from app.staff.service import StaffService
from app.text import fold, name_sort_key
from app.workspace import Workspace
from db.enums import QualificationKind, StaffCategory, StaffStatus
from ui.gui import make_application
from ui.pages.staff.model import StaffTableModel
from ui.pages.staff.page import StaffPage
from ui.pages.staff.person_dialog import PersonDialog
from ui.pages.staff.status_dialog import StatusChangeDialog

pytestmark = pytest.mark.gui


def visible_names(page: StaffPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, staff_page: StaffPage) -> None:  # type: ignore[no-untyped-def]
    model = StaffTableModel()
    model.set_rows(staff_page.model.rows)
    qtmodeltester.check(model, force_py=True)


def test_list_opens_in_vietnamese_order(staff_page: StaffPage) -> None:
    names = visible_names(staff_page)
    assert len(names) > 40
    assert names == sorted(names, key=name_sort_key)
    assert "Hiển thị" in staff_page.count.text()


def test_search_ignores_diacritics_and_case(qtbot: QtBot, staff_page: StaffPage) -> None:
    target = visible_names(staff_page)[5]
    typed = fold(target).upper()
    qtbot.keyClicks(staff_page.search, typed)
    qtbot.waitUntil(lambda: staff_page.proxy.criteria.search == typed, timeout=2000)
    assert target in visible_names(staff_page)
    assert all(fold(typed) in fold(n) for n in visible_names(staff_page))
    staff_page.search.clear()
    qtbot.waitUntil(lambda: len(visible_names(staff_page)) > 40, timeout=2000)


def test_filters_by_category_and_gap(staff_page: StaffPage) -> None:
    staff_page.category.setCurrentIndex(staff_page.category.findData(StaffCategory.VILLAGE_HEAD.value))
    rows = [staff_page.proxy.row_at(staff_page.proxy.index(r, 0)) for r in range(staff_page.proxy.rowCount())]
    assert rows and all(r is not None and r.category == StaffCategory.VILLAGE_HEAD for r in rows)
    staff_page.category.setCurrentIndex(0)
    staff_page.gap.setCurrentIndex(staff_page.gap.findData(Gap.MISMATCH.value))
    rows = [staff_page.proxy.row_at(staff_page.proxy.index(r, 0)) for r in range(staff_page.proxy.rowCount())]
    assert rows and all(r is not None and r.match == "mismatch" for r in rows)


def test_sort_by_birth_date_then_back_to_names(staff_page: StaffPage) -> None:
    staff_page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    births = [
        staff_page.proxy.row_at(staff_page.proxy.index(r, 0)).date_of_birth  # type: ignore[union-attr]
        for r in range(staff_page.proxy.rowCount())
    ]
    known = [b for b in births if b]
    assert known == sorted(known)
    staff_page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert visible_names(staff_page) == sorted(visible_names(staff_page), key=name_sort_key)


def fill(dialog: PersonDialog, qtbot: QtBot, values: dict[str, str]) -> None:
    for name, value in values.items():
        widget = dialog.fields[name]
        if isinstance(widget, QLineEdit):
            widget.clear()
            if value.isascii():
                qtbot.keyClicks(widget, value)
            else:  # QTest cannot type Vietnamese letters; set the text as an input method would
                widget.setText(value)
                widget.textEdited.emit(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))


def test_add_person_through_the_dialog(qtbot: QtBot, staff_page: StaffPage) -> None:
    dialog = staff_page.add_person()
    qtbot.waitExposed(dialog)
    fill(dialog, qtbot, {"full_name": "Ông Thị Zê", "sex": "F", "date_of_birth": "31/02/1990"})
    assert dialog.fields["date_of_birth"].property("invalid") is True
    dialog.try_save()
    assert dialog.isVisible()  # refused: bad date and no category
    assert "Đối tượng: chưa nhập" in dialog.messages.text()
    fill(dialog, qtbot, {"date_of_birth": "28/02/1990", "category": "civil_servant", "cccd": "031190001234"})
    assert dialog.fields["date_of_birth"].property("invalid") is False
    assert "Ngày nghỉ hưu" in dialog.summary.text() and "2050" in dialog.summary.text()
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        dialog.try_save()
    uid = saved.args[0]
    assert staff_page.selected_row() is not None and staff_page.selected_row().uid == uid  # type: ignore[union-attr]
    assert "Ông Thị Zê" in visible_names(staff_page)


def retire(page: StaffPage, on: str | None = None, note: str = "") -> StatusChangeDialog:
    """The "Nghỉ hưu" action of the selected person, confirmed in its dialog (today, unless ``on``)."""
    page.leave_actions[StaffStatus.RETIRED].trigger()
    (dialog,) = [d for d in page.findChildren(StatusChangeDialog) if d.isVisible()]
    if on is not None:
        dialog.date.setText(on)
    dialog.note.setText(note)
    dialog.try_save()
    return dialog


def test_remove_then_undo(qtbot: QtBot, staff_page: StaffPage) -> None:
    name = visible_names(staff_page)[0]
    staff_page.view.selectRow(0)
    uid = staff_page.selected_row().uid  # type: ignore[union-attr]
    retire(staff_page)
    assert name not in visible_names(staff_page)
    assert staff_page.notice.isVisible() and staff_page.notice.can_undo
    qtbot.mouseClick(staff_page.notice.undo_button, Qt.MouseButton.LeftButton)
    assert name in visible_names(staff_page)
    assert StaffService(staff_page.service.db).load(uid).status == StaffStatus.WORKING


def test_retirement_is_recorded_on_the_decisions_day(staff_page: StaffPage) -> None:
    staff_page.view.selectRow(0)
    row = staff_page.selected_row()
    assert row is not None
    future = retire(staff_page, on="01/01/2099")  # not happened yet: refused, nothing changes
    assert future.isVisible() and "sau hôm nay" in future.messages.text()
    assert staff_page.service.load(row.uid).status == StaffStatus.WORKING
    future.date.setText("31/02/2026")
    future.try_save()
    assert "Từ ngày" in future.messages.text() and future.isVisible()
    future.reject()
    retire(staff_page, on="01/10/2026", note="Quyết định số 25/QĐ-UBND ngày 15/09/2026")
    with staff_page.service.db.reading() as s:
        (last,) = records.status_history(s, row.uid)[-1:]
    assert last.new_status == StaffStatus.RETIRED and last.effective_date == date(2026, 10, 1)
    assert last.note == "Quyết định số 25/QĐ-UBND ngày 15/09/2026"


def test_bring_back_someone_who_left(staff_page: StaffPage) -> None:
    staff_page.status.setCurrentIndex(staff_page.status.findData(StaffStatus.REMOVED.value))
    assert staff_page.proxy.rowCount() > 0
    staff_page.view.selectRow(0)
    row = staff_page.selected_row()
    assert row is not None and staff_page.restore_button.isEnabled()
    staff_page.restore_selected()
    assert staff_page.service.load(row.uid).status == StaffStatus.WORKING


def test_summary_and_buttons_follow_a_person_hidden_by_the_search(qtbot: QtBot, staff_page: StaffPage) -> None:
    staff_page.view.selectRow(0)
    name = visible_names(staff_page)[0]
    assert name in staff_page.detail.toPlainText() and staff_page.edit_button.isEnabled()
    staff_page.search.setText("zzzz không ai tên thế này")
    staff_page.apply_filter()
    assert staff_page.proxy.rowCount() == 0
    assert staff_page.selected_row() is None
    assert name not in staff_page.detail.toPlainText()  # no stale summary of someone not shown
    assert "Không có ai khớp bộ lọc" in staff_page.detail.toPlainText()
    for button in (staff_page.edit_button, staff_page.leave_button, staff_page.send_button):
        assert not button.isEnabled()  # nothing selected: nothing to act on


def test_summary_forgets_the_person_who_just_left(staff_page: StaffPage) -> None:
    staff_page.view.selectRow(0)
    name = visible_names(staff_page)[0]
    retire(staff_page)
    assert staff_page.selected_row() is None
    assert name not in staff_page.detail.toPlainText()
    assert not staff_page.leave_button.isEnabled() and not staff_page.edit_button.isEnabled()


def test_an_empty_list_says_how_to_fill_it(qtbot: QtBot, workspace: Workspace) -> None:
    make_application()
    page = StaffPage(StaffService(workspace.db))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    text = page.detail.toPlainText()
    assert "Chưa có ai trong danh sách" in text
    assert "Thêm người…" in text and "Nhập từ Excel…" in text


def test_messages_follow_the_order_of_the_form(qtbot: QtBot, staff_page: StaffPage) -> None:
    dialog = staff_page.add_person()
    qtbot.waitExposed(dialog)
    assert set(dialog.form_order) == set(dialog.fields)  # every field is on a tab, and checked
    dialog.try_save()
    lines = dialog.messages.text().splitlines()
    assert [line.split(":")[0].lstrip("• ") for line in lines] == ["Họ và tên", "Giới tính", "Ngày sinh", "Đối tượng"]
    assert dialog.tabs.currentIndex() == 0 and dialog.focusWidget() is dialog.fields["full_name"]


def test_cancel_asks_before_throwing_away_what_was_typed(qtbot: QtBot, staff_page: StaffPage) -> None:
    untouched = staff_page.add_person()
    qtbot.waitExposed(untouched)
    untouched.reject()
    assert not untouched.isVisible()  # nothing typed: closes at once
    dialog = staff_page.add_person()
    qtbot.waitExposed(dialog)
    fill(dialog, qtbot, {"full_name": "Lò Thị Mai"})
    dialog.reject()
    assert dialog.isVisible()  # still open: the clerk is asked first
    box = dialog.findChild(QMessageBox, "confirmBox")
    assert box is not None and "chưa lưu" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.fields["full_name"].text() == "Lò Thị Mai"  # type: ignore[attr-defined]
    dialog.reject()
    box = next(b for b in dialog.findChildren(QMessageBox, "confirmBox") if b.isVisible())
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert "Lò Thị Mai" not in visible_names(staff_page)


def test_qualification_messages_follow_the_form(qtbot: QtBot, staff_page: StaffPage) -> None:
    dialog = staff_page.add_person()
    qtbot.waitExposed(dialog)
    qualification = dialog.add_qualification()
    qualification.kind.setCurrentIndex(qualification.kind.findData("professional"))
    qualification.year.setText("20x5")
    qualification._try_accept()
    lines = qualification.errors.text().splitlines()
    assert [line.split(":")[0] for line in lines] == ["Trình độ", "Chuyên ngành", "Năm cấp"]
    assert dialog.qual_model.rowCount() == 0  # refused: nothing added


def test_the_page_fits_a_small_office_screen(staff_page: StaffPage) -> None:
    """A 1366-pixel screen less the navigation: the filters and buttons must not force a wider window."""
    assert staff_page.minimumSizeHint().width() <= 1000


def test_edit_a_qualification_read_back_from_the_database(qtbot: QtBot, staff_page: StaffPage) -> None:
    """A record read from the file holds the qualification's kind as a string; editing it crashed."""
    uid = next(r.uid for r in staff_page.model.rows if staff_page.service.load(r.uid).qualifications)
    assert staff_page.reveal(uid)
    dialog = staff_page.edit_selected()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    first = dialog.qual_model.items[0]
    assert isinstance(first.kind, QualificationKind)
    dialog.qual_view.selectRow(0)
    editor = dialog.edit_qualification()
    assert editor is not None
    assert editor.kind.currentData() == first.kind.value and editor.level.currentData() == (first.level or "")
    editor.institution.setText("Trường Chính trị thành phố Hải Phòng")
    editor._try_accept()
    assert dialog.qual_model.items[0].institution == "Trường Chính trị thành phố Hải Phòng"
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        dialog.try_save()
    saved = staff_page.service.load(uid).qualifications
    assert any(q.institution == "Trường Chính trị thành phố Hải Phòng" and q.uid == first.uid for q in saved)


def test_the_count_never_shows_more_than_its_total(staff_page: StaffPage) -> None:
    staff_page.status.setCurrentIndex(staff_page.status.findData(ALL))
    shown = staff_page.proxy.rowCount()
    assert shown > sum(1 for r in staff_page.model.rows if r.status.on_books)  # the demo has people who left
    assert staff_page.count.text() == f"Hiển thị {shown} / {len(staff_page.model.rows)} người (kể cả đã nghỉ, chuyển)"
    staff_page.status.setCurrentIndex(0)
    on_books = sum(1 for r in staff_page.model.rows if r.status.on_books)
    assert staff_page.count.text() == f"Hiển thị {on_books} / {on_books} người trong danh sách"
