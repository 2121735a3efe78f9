"""The results page (grid, closing a class, reviews, certificates), the reports page, and "who is
missing" → the nominate dialog, driven through the real widgets offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.courses.nominations import get_nomination
from app.workspace import Workspace
from db.enums import ClassStatus, NominationStatus, ResultCode
from ui.gui import make_application
from ui.main_window import MainWindow
from ui.pages.nominations.nominate_dialog import NominateDialog
from ui.pages.nominations.page import NominationsPage
from ui.pages.reports.page import ANNUAL, EXPIRING, ReportsPage
from ui.pages.results.page import ResultsPage
from ui.pages.results.reviews_tab import ReviewDialog
from ui.pages.results.sheet_model import CERT_DATE, CERT_NO, RESULT, SCORE
from ui.pages.targets.page import TargetsPage

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 23)


@pytest.fixture
def window(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[MainWindow]:
    make_application()
    w = MainWindow(demo_workspace)
    qtbot.addWidget(w)
    w.show()
    yield w


@pytest.fixture
def page(window: MainWindow) -> ResultsPage:
    page = window.page(ResultsPage)
    assert isinstance(page, ResultsPage)
    page.results.today = lambda: TODAY
    page.reviews.today = lambda: TODAY
    page.certificates.today = lambda: TODAY
    window.nav.setCurrentRow(window.pages.index(page))
    return page


def test_enter_results_in_the_grid_then_close_the_class(qtbot: QtBot, qtmodeltester, page: ResultsPage) -> None:  # type: ignore[no-untyped-def]
    tab = page.results
    pending = next(c for c in tab.classes.rows if c.editable and c.pending)
    assert tab.select_class(pending.uid)
    model, view = tab.model, tab.view
    qtmodeltester.check(model)
    assert model.rowCount() == pending.learners and model.counts()[ResultCode.PENDING] == pending.learners
    # the keyboard: a score of 4 on the first learner makes the result "Không đạt"
    view.setFocus()
    view.setCurrentIndex(model.index(0, SCORE))
    qtbot.keyClick(view, "4")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=2000)
    assert model.values[model.rows[0].nomination_uid].result == ResultCode.FAILED
    assert model.index(0, RESULT).data() == "Không đạt" and view.currentIndex().row() == 1
    # an impossible date is refused with a message, which goes once the date is corrected
    assert not model.setData(model.index(0, CERT_DATE), "31/02/2026")
    assert "Ngày 31 không có trong tháng 02/2026" in tab.messages.text()
    assert model.setData(model.index(0, CERT_DATE), "")
    assert tab.messages.text() == ""
    # a block pasted from Excel: result and score for the next learner
    view.setCurrentIndex(model.index(1, RESULT))
    assert view.paste("Đạt\t8,5\n") == 2
    # closing is refused while results are pending, and says who (unsaved edits must be saved first)
    tab.revert()
    assert tab.close_button.isEnabled()
    tab.close_class()
    confirm = next(b for b in page.findChildren(QMessageBox) if b.objectName() == "confirmBox" and b.isVisible())
    confirm.accept()
    refusal = next(b for b in page.findChildren(QMessageBox) if b.objectName() == "messageBox" and b.isVisible())
    assert "chưa có kết quả" in refusal.text() and pending.label in refusal.text()
    refusal.close()
    view.setCurrentIndex(model.index(0, SCORE))
    assert view.paste("4\n") == 1 and model.values[model.rows[0].nomination_uid].result == ResultCode.FAILED
    view.setCurrentIndex(model.index(1, RESULT))
    assert view.paste("Đạt\t8,5\n") == 2
    assert not tab.close_button.isEnabled()  # unsaved edits
    tab.mark_passed()
    assert model.counts()[ResultCode.PENDING] == 0
    numbering = tab.ask_numbers()
    assert numbering is not None
    numbering.setTextValue("TCD/2026/")
    numbering.accept()  # "Đánh số"
    assert model.index(1, CERT_NO).data() == "TCD/2026/0001"
    view.setFocus()
    with qtbot.waitSignal(tab.saved, timeout=3000):
        qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not model.dirty
    assert not model.dirty and "người được ghi hoàn thành khóa học" in tab.notice.label.text()
    first, second = model.rows[0], model.rows[1]
    service = page.service
    with service.db.reading() as s:
        assert get_nomination(s, first.nomination_uid).status == NominationStatus.NOT_COMPLETED
        done = get_nomination(s, second.nomination_uid)
        assert done.status == NominationStatus.COMPLETED
    # now the class closes; the notice offers to undo
    tab.close_class()
    confirm = next(b for b in page.findChildren(QMessageBox) if b.objectName() == "confirmBox" and b.isVisible())
    confirm.accept()
    assert service.sheet(pending.uid).klass.status == ClassStatus.FINISHED
    assert tab.notice.can_undo
    tab.notice.trigger_undo()
    assert service.sheet(pending.uid).klass.status == ClassStatus.RUNNING


def test_a_province_class_is_read_only_here(page: ResultsPage) -> None:
    tab = page.results
    theirs = next(c for c in tab.classes.rows if not c.editable)
    tab.select_class(theirs.uid)
    assert "chỉ xem" in tab.heading.text()
    assert not tab.model.flags(tab.model.index(0, RESULT)) & Qt.ItemFlag.ItemIsEditable
    assert not tab.save_button.isEnabled() and not tab.close_button.isEnabled()


def test_review_a_training_through_the_form(qtbot: QtBot, page: ResultsPage) -> None:
    page.tabs.setCurrentIndex(1)
    tab = page.reviews
    due = next(i for i, r in enumerate(tab.model.rows) if r.state.value == "due")
    row = tab.model.rows[due]
    tab.view.selectRow(due)
    dialog = tab.open_review()
    assert isinstance(dialog, ReviewDialog)
    assert dialog.reviewed_on.text() == "23/11/2026" and dialog.buttons.isEnabled()
    dialog.reviewed_on.setText("01/01/2026")  # too early: refused with the first allowed day
    dialog.scores["task_results"].setCurrentIndex(dialog.scores["task_results"].findData(4))
    dialog.try_save()
    assert "chỉ đánh giá hiệu quả sau ít nhất 3 tháng" in dialog.messages.text()
    dialog.reviewed_on.setText("23/11/2026")
    dialog.scores["advice_quality"].setCurrentIndex(dialog.scores["advice_quality"].findData(4))
    assert "Hiệu quả rõ rệt" in dialog.suggestion.text()
    dialog.notes["task_results"].setText("Giải quyết hồ sơ nhanh hơn")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        dialog.try_save()
    assert row.nomination_uid not in {r.nomination_uid for r in tab.model.rows}  # done: off the list
    assert "Đã lưu phiếu đánh giá" in tab.notice.label.text()
    assert tab.summary.rowCount() > 0 and tab.summary.rows[-1].label == "Tổng cộng"
    tab.filter.setCurrentIndex(2)  # reviewed
    i = tab.model.row_of(row.nomination_uid)
    assert i >= 0 and tab.model.rows[i].overall is not None
    tab.view.selectRow(i)
    tab.delete_review()
    assert tab.model.row_of(row.nomination_uid) < 0 and tab.notice.can_undo
    tab.notice.trigger_undo()
    assert tab.model.row_of(row.nomination_uid) >= 0


def test_certificates_expiring(page: ResultsPage) -> None:
    page.tabs.setCurrentIndex(2)
    tab = page.certificates
    rows = tab.model.rows
    assert rows and any(r.expired for r in rows) and "đã hết hạn" in tab.count.text()
    tab.expired.setChecked(False)
    assert all(not r.expired for r in tab.model.rows)


def test_reports_page_builds_and_writes(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = window.page(ReportsPage)
    assert isinstance(page, ReportsPage)
    window.nav.setCurrentRow(window.pages.index(page))
    page.year.setValue(2026)
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)  # the button, as a clerk does
    assert page.task is not None
    qtbot.waitUntil(lambda: page.report is not None, timeout=20_000)
    assert page.tables.count() == 5 and "lượt cán bộ, công chức" in page.summary.text()
    out = tmp_path / "bao-cao.pdf"
    page.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and page.task is None, timeout=20_000)
    assert "BÁO CÁO" in PdfReader(out).pages[0].extract_text()
    assert page.suggested_name(".xlsx") == "bao-cao-nam-2026.xlsx"
    # a list: changing the parameters builds it again before writing
    page.kinds.setCurrentRow(EXPIRING)
    assert not page.pdf_button.isVisible() and page.tables.count() == 0
    xlsx = tmp_path / "chung-chi.xlsx"
    page.export_to(xlsx)
    qtbot.waitUntil(lambda: xlsx.exists() and page.task is None, timeout=20_000)
    assert load_workbook(xlsx).sheetnames == ["Chung chi het han"] and page.tables.count() == 1
    page.kinds.setCurrentRow(ANNUAL)


def test_who_is_missing_opens_the_nominate_dialog(qtbot: QtBot, window: MainWindow) -> None:
    targets_page = window.page(TargetsPage)
    assert isinstance(targets_page, TargetsPage)
    window.nav.setCurrentRow(window.pages.index(targets_page))
    tab = targets_page.targets
    qtbot.waitUntil(lambda: tab.computation is not None, timeout=10_000)
    assert tab.computation is not None
    result = next(r for r in tab.computation.results if r.spec.name.startswith("(3) 70% được cập nhật"))
    assert tab.select_uid(result.spec.uid or "")
    assert tab.nominate_button.isEnabled()
    # two courses meet it (digital skills, law): the button offers them in a menu; the clerk picks law
    courses = tab.service.suitable_courses(result.spec.uid or "")
    assert len(courses) >= 2
    tab.nominate_with(next(c.uid for c in courses if "pháp luật" in c.name))
    noms = window.page(NominationsPage)
    assert window.stack.currentWidget() is noms
    dialog = next(d for d in noms.findChildren(NominateDialog) if d.isVisible())
    ticked = set(dialog.model.checked)
    missing = {m.uid for m in result.missing}
    assert ticked and ticked <= missing
    # the ranking says why: the target they are missing from, first
    reasons = {c.row.uid: c.reason_text for c in dialog.all_candidates}
    assert any("chỉ tiêu" in reasons[u] for u in ticked)
    dialog.reject()
