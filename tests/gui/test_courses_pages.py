from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.courses.ranking import Candidate
from app.courses.service import CoursesService
from app.workspace import Workspace
from db.enums import DecisionStatus, NominationStatus, SigningMode
from ui.gui import make_application
from ui.main_window import MainWindow
from ui.pages.courses.page import CoursesPage
from ui.pages.decisions.dialogs import CancelDialog, DecisionDialog, IssueDialog
from ui.pages.decisions.page import DecisionsPage
from ui.pages.nominations.nominate_dialog import NominateDialog
from ui.pages.nominations.page import NominationsPage
from ui.pages.settings.page import SettingsPage
from ui.widgets.rows_model import RowsModel

pytestmark = pytest.mark.gui


def show(window: MainWindow, cls: type) -> object:
    page = window.page(cls)
    window.nav.setCurrentRow(window.pages.index(page))
    return page


def courses_page(window: MainWindow) -> CoursesPage:
    page = show(window, CoursesPage)
    assert isinstance(page, CoursesPage)
    return page


def select_course(page: CoursesPage, code: str) -> None:
    uid = next(c.uid for c in page.all_courses if c.code == code)
    assert page.select_course(uid)


def test_models_pass_the_qt_model_tester(qtmodeltester, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = courses_page(main_window)
    select_course(page, "QLNN-CV")
    dialog = page.who_should_go(None)
    assert dialog is not None
    model: RowsModel[Candidate] = RowsModel(dialog.model.columns, checkable=True, uid=lambda c: c.row.uid)
    model.set_rows(dialog.all_candidates)
    qtmodeltester.check(model, force_py=True)
    nominations = show(main_window, NominationsPage)
    assert isinstance(nominations, NominationsPage)
    qtmodeltester.check(nominations.model, force_py=True)
    dialog.close()


def test_nominate_from_a_course_through_the_dialog(qtbot: QtBot, main_window: MainWindow) -> None:
    page = courses_page(main_window)
    select_course(page, "QLNN-CV")
    assert page.classes.rowCount() == 1
    page.class_view.selectRow(0)
    dialog = page.who_should_go(page.selected_class())
    assert isinstance(dialog, NominateDialog)
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() > 3 and not dialog.save_button.isEnabled()
    course = page.selected_course()
    assert course is not None and course.default_cost and course.default_cost >= 1000
    assert dialog.cost.text() == f"{course.default_cost:,}".replace(",", ".")  # "1.200.000", read back whole
    # the reasons say why each one is suggested, best first
    first = dialog.model.rows[0]
    assert first.reasons and "Chưa có quản lý nhà nước" in first.reason_text
    assert [c.priority for c in dialog.model.rows] == sorted((c.priority for c in dialog.model.rows), reverse=True)
    picked = [c.row.uid for c in dialog.model.rows[:6]]
    dialog.model.set_checked(picked)
    qtbot.waitUntil(lambda: "Bảo đảm người làm việc" in dialog.checks.toPlainText(), timeout=3000)
    assert dialog.confirm.isVisible() and dialog.save_button.isEnabled()
    dialog.try_save()
    assert dialog.isVisible() and "xác nhận" in dialog.messages.text()
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        dialog.try_save()
    assert len(saved.args[0]) == 6
    assert "Đã đề xuất cử 6 người" in page.notice.label.text()
    rows = {r.uid: r for r in page.service.nominations()}
    made = [rows[u] for u in saved.args[0]]
    assert all(r.status == NominationStatus.PROPOSED and r.class_uid for r in made)
    assert all(r.cost == course.default_cost for r in made)
    assert made[0].reason and made[0].note and made[0].note.startswith("Đã xem cảnh báo")


def test_send_one_person_to_a_course(qtbot: QtBot, main_window: MainWindow) -> None:
    page = show(main_window, NominationsPage)
    assert isinstance(page, NominationsPage)
    person = next(r for r in page.service.staff_rows() if r.position == "Chuyên viên" and r.status.on_books)
    dialog = page.send_someone(person.uid)
    qtbot.waitExposed(dialog)
    assert dialog.person.currentData() == person.uid and dialog.model.rowCount() >= 5
    assert dialog.model.rows[0].candidate.suggested
    dialog.view.selectRow(0)
    with qtbot.waitSignal(dialog.chosen, timeout=2000) as chosen:
        dialog.accept_choice()
    assert chosen.args == [dialog.model.rows[0].course.uid, person.uid]
    nominate = page.findChildren(NominateDialog)[-1]
    assert nominate.model.checked == {person.uid}


def test_status_flow_with_undo(qtbot: QtBot, main_window: MainWindow) -> None:
    page = show(main_window, NominationsPage)
    assert isinstance(page, NominationsPage)
    page.status.setCurrentIndex(page.status.findData(NominationStatus.APPROVED.value))
    assert page.model.rowCount() > 0
    page.view.selectRow(0)
    row = page.selected_rows()[0]
    assert not page.status_actions[NominationStatus.COMPLETED].isEnabled()
    assert page.status_actions[NominationStatus.STUDYING].isEnabled()
    page.status_actions[NominationStatus.STUDYING].trigger()
    assert page.service.nomination(row.uid).status == NominationStatus.STUDYING
    assert "Đang học" in page.notice.label.text() and page.notice.can_undo
    page.notice.trigger_undo()
    assert page.service.nomination(row.uid).status == NominationStatus.APPROVED
    history = page.service.history(row.uid)
    assert [h.new_status for h in history][-2:] == [NominationStatus.STUDYING, NominationStatus.APPROVED]


def test_decision_from_nominations_issue_and_links_both_ways(qtbot: QtBot, main_window: MainWindow) -> None:
    noms = show(main_window, NominationsPage)
    assert isinstance(noms, NominationsPage)
    noms.status.setCurrentIndex(noms.status.findData(NominationStatus.PROPOSED.value))
    course = next(r.course_uid for r in noms.model.rows if r.course_name.startswith("Tập huấn nghiệp vụ hộ tịch"))
    noms.course.setCurrentIndex(noms.course.findData(course))
    uids = [r.uid for r in noms.model.rows]
    assert uids
    noms.select_uids(uids)
    assert noms.decision_button.isEnabled()
    uid = noms.draft_decision()
    decisions = main_window.page(DecisionsPage)
    assert isinstance(decisions, DecisionsPage)
    assert main_window.stack.currentWidget() is decisions
    selected = decisions.selected()
    assert selected is not None and selected.uid == uid and selected.status == DecisionStatus.DRAFT
    # edit the draft: a vice-chairman signs
    dialog = decisions.edit_draft()
    assert isinstance(dialog, DecisionDialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData(SigningMode.DEPUTY.value))
    dialog.signer.setEditText("Trần Văn Phó")
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.try_save()
    assert decisions.service.decision_edit(uid).signing_mode == SigningMode.DEPUTY
    used = [d.number for d in decisions.service.decisions() if d.year == 2026 and d.number is not None]
    issue = decisions.issue()
    assert isinstance(issue, IssueDialog)
    issue.date.setText("31/02/2026")  # an impossible date: named, marked, and nothing issued
    issue.try_issue()
    assert issue.isVisible() and "Ngày ban hành: Ngày 31 không có trong tháng 02/2026" in issue.messages.text()
    assert issue.date.property("invalid") is True
    assert decisions.service.decision_edit(uid) is not None and decisions.selected().status == DecisionStatus.DRAFT  # type: ignore[union-attr]
    issue.date.setText("03/12/2026")
    assert issue.number.value() == max(used) + 1  # after every number used in 2026, cancelled ones included
    with qtbot.waitSignal(issue.issued, timeout=2000):
        issue.try_issue()
    row = decisions.selected()
    expected = f"{max(used) + 1:02d}/QĐ-UBND"
    assert row is not None and row.number_text == expected and row.status == DecisionStatus.ISSUED
    assert all(decisions.service.nomination(u).status == NominationStatus.APPROVED for u in uids)
    # decision → nomination
    decisions._link(QUrl(f"nomination:{uids[0]}"))
    assert main_window.stack.currentWidget() is noms
    assert [r.uid for r in noms.selected_rows()] == [uids[0]]
    assert expected in noms.detail.toPlainText()
    # nomination → decision
    noms._link(QUrl(f"decision:{uid}"))
    assert main_window.stack.currentWidget() is decisions and decisions.selected().uid == uid  # type: ignore[union-attr]


def test_preview_print_and_save_as_pdf(qtbot: QtBot, main_window: MainWindow, tmp_path: Path) -> None:
    page = show(main_window, DecisionsPage)
    assert isinstance(page, DecisionsPage)
    row = next(r for r in page.model.rows if r.number_text == "01/QĐ-UBND" and r.year == 2026)
    page.select_uid(row.uid)
    with qtbot.waitSignal(page.pdf_ready, timeout=10_000) as ready:
        page.preview()
    pages = len(PdfReader(ready.args[0]).pages)
    qtbot.waitUntil(lambda: hasattr(page, "preview_dialog"), timeout=5000)
    preview = page.preview_dialog  # type: ignore[attr-defined]
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == pages, timeout=10_000)
    assert pages == 3 and preview.findChild(type(page.more.menu().actions()[0]), "savePdfAction") is not None
    preview.close()
    # save as PDF: the very file (text and fonts kept), not a picture of it
    target = tmp_path / "qd-01.pdf"
    page.save_pdf()
    dialog = page.findChild(QFileDialog, "fileDialog")
    assert dialog is not None
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert "QUYẾT ĐỊNH" in PdfReader(target).pages[0].extract_text()


def test_course_and_class_dialogs(qtbot: QtBot, main_window: MainWindow) -> None:
    page = courses_page(main_window)
    select_course(page, "QLNN-CV")  # the province's: read only here
    dialog = page.open_course()
    assert dialog is not None and not dialog.buttons.button(dialog.buttons.StandardButton.Save).isVisible()
    assert "chỉ đơn vị đó được sửa" in dialog.messages.text()
    dialog.close()
    assert not page.add_class.isEnabled()
    add = page.new_course()
    add.fields["name"].setText("Tập huấn phòng cháy chữa cháy")  # type: ignore[attr-defined]
    add.try_save()
    assert "Loại: chưa chọn" in add.messages.text()
    add.fields["course_type"].setCurrentIndex(add.fields["course_type"].findData("skills"))  # type: ignore[attr-defined]
    add.fields["duration_days"].setText("2")  # type: ignore[attr-defined]
    add.category_boxes["civil_servant"].setChecked(True)
    with qtbot.waitSignal(add.saved, timeout=2000):
        add.try_save()
    course = next(c for c in page.all_courses if c.name == "Tập huấn phòng cháy chữa cháy")
    assert course.owner_unit == "11311" and course.targets_text == "Công chức"
    page.select_course(course.uid)
    assert page.add_class.isEnabled()
    klass = page.new_class()
    assert klass is not None
    klass.fields["name"].setText("Lớp 01")  # type: ignore[attr-defined]
    klass.fields["start_date"].setText("10/12/2026")  # type: ignore[attr-defined]
    klass.fields["end_date"].setText("09/12/2026")  # type: ignore[attr-defined]
    klass.try_save()
    assert "không thể trước ngày bắt đầu" in klass.messages.text()
    klass.fields["end_date"].setText("11/12/2026")  # type: ignore[attr-defined]
    with qtbot.waitSignal(klass.saved, timeout=2000):
        klass.try_save()
    assert page.classes.rowCount() == 1 and page.classes.rows[0].dates_text == "10/12/2026 – 11/12/2026"


def test_coverage_rules_in_settings(qtmodeltester, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = show(main_window, SettingsPage)
    assert isinstance(page, SettingsPage)
    model = page.coverage.model
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() >= 8
    row = next(i for i, d in enumerate(model.rows) if d.name == "Phòng Văn hóa - Xã hội")
    assert model.setData(model.index(row, 1), "60")
    assert not model.setData(model.index(row, 1), "150")
    assert "100%" in page.coverage.error.text()
    assert not model.setData(model.index(row, 2), "một")
    saved = next(d for d in page.coverage.model.service.departments() if d.name == "Phòng Văn hóa - Xã hội")
    assert saved.coverage_min_ratio == pytest.approx(0.6) and saved.coverage_min_per_position == 1


def test_printing_draws_every_page_of_the_pdf(main_window: MainWindow, tmp_path: Path) -> None:
    """What "In…" does after the print dialog: each PDF page drawn on the printer (here a PDF printer)."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.print_preview import a4_printer, paint_pdf, save_copy

    page = show(main_window, DecisionsPage)
    assert isinstance(page, DecisionsPage)
    row = next(r for r in page.model.rows if r.number_text == "01/QĐ-UBND" and r.year == 2026)
    source = page.service.render_pdf(row.uid, tmp_path / "qd.pdf")
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(printer, source) == len(PdfReader(source).pages) == 3
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 3
    copy = save_copy(source, tmp_path / "copy.pdf")
    assert copy.read_bytes() == source.read_bytes()


def test_send_to_training_from_the_staff_page(qtbot: QtBot, main_window: MainWindow) -> None:
    from ui.pages.nominations.nominate_dialog import SendPersonDialog
    from ui.pages.staff.page import StaffPage

    staff = show(main_window, StaffPage)
    assert isinstance(staff, StaffPage)
    staff.view.selectRow(0)
    row = staff.selected_row()
    assert row is not None and staff.send_button.isEnabled()
    staff.send_button.click()
    nominations = main_window.page(NominationsPage)
    assert main_window.stack.currentWidget() is nominations
    dialog = nominations.findChildren(SendPersonDialog)[-1]
    assert dialog.person.currentData() == row.uid and dialog.model.rowCount() > 0


def test_an_empty_catalogue_says_where_courses_come_from(qtbot: QtBot, workspace: Workspace) -> None:
    make_application()
    page = CoursesPage(CoursesService(workspace))
    qtbot.addWidget(page)
    page.activate()
    text = page.detail.toPlainText()
    assert "Chưa có khóa học nào" in text and "Đồng bộ" in text and "Thêm khóa học…" in text


def test_a_search_that_finds_no_course_says_so(main_window: MainWindow) -> None:
    page = courses_page(main_window)
    page.search.setText("không có khóa nào tên thế này")
    assert page.courses.rowCount() == 0
    assert "Không có khóa học nào khớp" in page.detail.toPlainText()


def test_no_nominations_yet_says_how_to_start(qtbot: QtBot, workspace: Workspace) -> None:
    make_application()
    page = NominationsPage(CoursesService(workspace))
    qtbot.addWidget(page)
    page.activate()
    text = page.detail.toPlainText()
    assert "Chưa cử ai đi học" in text and "Cử theo khóa học…" in text and "Cử một người…" in text
    entries = page.course_menu.actions()  # no course yet: the menu says so instead of opening empty
    assert len(entries) == 1 and not entries[0].isEnabled() and "Chưa có khóa học nào" in entries[0].text()


def test_nominations_hidden_by_the_search_say_so(main_window: MainWindow) -> None:
    page = show(main_window, NominationsPage)
    assert isinstance(page, NominationsPage)
    page.search.setText("không có ai tên thế này")
    page.apply_filter()
    assert page.model.rowCount() == 0
    assert "Không có lượt cử nào khớp bộ lọc" in page.detail.toPlainText()


def test_cancelling_with_an_impossible_date_names_the_field_and_changes_nothing(main_window: MainWindow) -> None:
    decisions = show(main_window, DecisionsPage)
    assert isinstance(decisions, DecisionsPage)
    issued = next(d for d in decisions.service.decisions() if d.status == DecisionStatus.ISSUED)
    assert decisions.select_uid(issued.uid)
    dialog = decisions.cancel()
    assert isinstance(dialog, CancelDialog)
    dialog.reason.setText("Lớp học lùi sang năm sau")
    dialog.date.setText("30/02/2026")
    dialog.try_cancel()
    assert dialog.isVisible() and "Ngày hủy bỏ: Ngày 30 không có trong tháng 02/2026" in dialog.messages.text()
    still = next(d for d in decisions.service.decisions() if d.uid == issued.uid)
    assert still.status == DecisionStatus.ISSUED


def test_a_long_course_name_can_be_read_whole_by_hovering(main_window: MainWindow) -> None:
    page = courses_page(main_window)
    row = next(i for i, c in enumerate(page.courses.rows) if len(c.name) > 60)
    name = page.courses.rows[row].name
    assert page.courses.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == name  # the column shows it cut
    short = next(i for i, c in enumerate(page.classes.columns) if c.title == "Đợt")
    if page.classes.rows:
        assert page.classes.index(0, short).data(Qt.ItemDataRole.ToolTipRole) is None  # short texts: no tooltip
