from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from app.evaluations.classification import Period
from app.evaluations.service import ClassificationService
from app.targets.progress import Status
from app.targets.service import TargetsService
from app.workspace import Workspace
from db.enums import QualityLevel, RatingMethod, StaffCategory
from ui.gui import make_application
from ui.main_window import MainWindow
from ui.pages.staff.page import StaffPage
from ui.pages.targets.classification_tab import CapDialog, ClassificationTab
from ui.pages.targets.dialogs import PlanDialog, PresetsDialog, TargetDialog
from ui.pages.targets.models import MissingModel, TargetTableModel
from ui.pages.targets.page import TargetsPage
from ui.pages.targets.rating_model import DISCIPLINED, GENERAL, LEVEL, TASK, RatingSheetModel
from ui.pages.targets.targets_tab import TargetsTab

pytestmark = pytest.mark.gui
Y2026 = Period.of_year(2026)


@pytest.fixture
def window(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[MainWindow]:
    make_application()
    w = MainWindow(demo_workspace)
    qtbot.addWidget(w)
    w.show()
    yield w


@pytest.fixture
def page(window: MainWindow) -> TargetsPage:
    page = window.page(TargetsPage)
    assert isinstance(page, TargetsPage)
    window.nav.setCurrentRow(window.pages.index(page))
    return page


@pytest.fixture
def targets(qtbot: QtBot, page: TargetsPage) -> TargetsTab:
    tab = page.targets
    qtbot.waitUntil(lambda: tab.computation is not None, timeout=10_000)
    return tab


@pytest.fixture
def grid(page: TargetsPage) -> ClassificationTab:
    page.tabs.setCurrentIndex(1)
    tab = page.classification
    tab.set_period(Y2026)
    return tab


def test_models_pass_the_qt_model_tester(qtmodeltester, targets: TargetsTab) -> None:  # type: ignore[no-untyped-def]
    assert targets.computation is not None
    model = TargetTableModel()
    model.set_rows(targets.computation.results)
    qtmodeltester.check(model, force_py=True)
    missing = MissingModel()
    missing.set_rows(targets.computation.results[-1].missing)
    qtmodeltester.check(missing, force_py=True)
    sheet = RatingSheetModel()
    sheet.load(Y2026, ClassificationService(targets.service.db).sheet(Y2026), editable=True)
    qtmodeltester.check(sheet, force_py=True)


def test_targets_show_progress_and_who_is_missing(targets: TargetsTab) -> None:
    assert targets.proxy.rowCount() == len(targets.computation.results) >= 12  # type: ignore[union-attr]
    assert "Tính đến ngày" in targets.summary.text() and "Có nguy cơ không đạt" in targets.summary.text()
    for row in range(targets.proxy.rowCount()):
        targets.view.selectRow(row)
        selected = targets.selected()
        assert selected is not None
        assert targets.missing_model.rowCount() == selected.population - selected.achieved
        assert selected.spec.name in targets.overview.toPlainText()
        assert selected.status_label in targets.overview.toPlainText()
    # the overall chart has a bar per target, the breakdown adds up to the population
    assert len(targets.overall.items) == targets.proxy.rowCount()
    targets.view.selectRow(0)
    selected = targets.selected()
    assert selected is not None
    for i in range(targets.dimension.count()):
        targets.dimension.setCurrentIndex(i)
        assert (
            sum(int(item.text.split("/")[1].split(" ")[0]) for item in targets.breakdown.items) == selected.population
        )
    assert targets.trend.points  # recomputed history


def test_filter_by_plan(targets: TargetsTab) -> None:
    plans = targets.plans
    assert len(plans) == 3
    targets.plan_filter.setCurrentIndex(targets.plan_filter.findData(plans[0].uid))
    assert targets.proxy.rowCount() == plans[0].targets
    assert targets.edit_plan_button.isEnabled() and targets.add_target_button.isEnabled()
    assert targets.view.isColumnHidden(len(targets.model.columns) - 1)


def test_open_a_missing_person_in_the_staff_page(qtbot: QtBot, window: MainWindow, targets: TargetsTab) -> None:
    row = next(r for r in range(targets.proxy.rowCount()) if targets.proxy.index(r, 0).data() and _missing(targets, r))
    targets.view.selectRow(row)
    targets.missing_view.selectRow(0)
    uid = targets.selected_missing()
    assert uid and targets.open_person_button.isEnabled()
    qtbot.mouseClick(targets.open_person_button, Qt.MouseButton.LeftButton)
    staff = window.page(StaffPage)
    assert isinstance(staff, StaffPage)
    assert window.stack.currentWidget() is staff
    selected = staff.selected_row()
    assert selected is not None and selected.uid == uid
    assert "Xếp loại chất lượng" in staff.detail.toPlainText()  # the person's classification history


def _missing(tab: TargetsTab, row: int) -> bool:
    tab.view.selectRow(row)
    return tab.missing_model.rowCount() > 0


def test_copy_the_missing_list(targets: TargetsTab) -> None:
    targets.view.selectRow(targets.proxy.rowCount() - 1)
    selected = targets.selected()
    assert selected is not None and selected.missing
    targets.copy_missing()
    lines = QGuiApplication.clipboard().text().strip().split("\n")
    assert lines[0].startswith("STT\tHọ và tên")
    assert len(lines) == 1 + len(selected.missing)
    assert lines[1].split("\t")[1] == selected.missing[0].full_name


def test_add_a_plan_and_a_target_through_the_dialogs(qtbot: QtBot, targets: TargetsTab) -> None:
    dialog = targets.edit_plan(new=True)
    assert isinstance(dialog, PlanDialog)
    dialog.name.setText("Kế hoạch bồi dưỡng năm 2027")
    dialog.start.setText("01/01/2027")
    dialog.end.setText("31/12/2026")
    dialog.try_save()
    assert dialog.isVisible() and "phải sau ngày bắt đầu" in dialog.messages.text()
    dialog.end.setText("31/12/2027")
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        dialog.try_save()
    plan_uid = saved.args[0]
    assert targets.plan_filter.currentData() == plan_uid and targets.proxy.rowCount() == 0

    target = targets.add_target()
    assert isinstance(target, TargetDialog)
    target.name.setText("Công chức có tin học cơ bản")
    target.categories.set_checked(StaffCategory.CIVIL_SERVANT, True)
    target.kind.setCurrentIndex(target.kind.findData("qualification"))
    target.param_combos["kind"].setCurrentIndex(target.param_combos["kind"].findData("it"))
    assert target.param_combos["min_level"].currentText().startswith("Chứng chỉ A")
    target.threshold.setValue(90)
    target.deadline.setText("31/12/2027")
    target.refresh_preview()
    assert "người thuộc đối tượng" in target.preview.text() and "tin học" in target.preview.text()
    with qtbot.waitSignal(target.saved, timeout=3000):
        target.try_save()
    assert targets.proxy.rowCount() == 1
    selected = targets.selected()
    assert selected is not None and selected.spec.name == "Công chức có tin học cơ bản"
    assert selected.population == 31 and "tin học" in selected.achievement_text  # the demo's civil servants


def test_delete_a_target_then_undo(targets: TargetsTab) -> None:
    count = targets.proxy.rowCount()
    targets.view.selectRow(0)
    name = targets.selected().spec.name  # type: ignore[union-attr]
    targets.delete_target()
    assert targets.proxy.rowCount() == count - 1
    assert targets.notice.can_undo
    targets.notice.trigger_undo()
    assert targets.proxy.rowCount() == count
    assert any(r.spec.name == name for r in targets.model.rows)


def test_presets_on_a_new_commune(qtbot: QtBot, workspace: Workspace) -> None:
    make_application()
    tab = TargetsTab(TargetsService(workspace.db))
    qtbot.addWidget(tab)
    tab.reload_now()
    assert tab.proxy.rowCount() == 0 and not tab.add_target_button.isEnabled()
    dialog = tab.open_presets()
    assert isinstance(dialog, PresetsDialog)
    first = dialog.model.item(0, 0)
    total = sum(dialog.model.item(i, 0).rowCount() for i in range(dialog.model.rowCount()))
    first.child(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert "nguồn" in dialog.notes.toPlainText().lower()
    # the targets measured by training results are presets like the others
    names = [first.child(i, 0).text() for i in range(first.rowCount())]
    assert any("đánh giá hiệu quả sau bồi dưỡng" in n for n in names)
    assert any("chuyên môn chuyên ngành" in n for n in names)
    with qtbot.waitSignal(dialog.adopted, timeout=3000):
        dialog.apply()
    assert len(tab.plans) == 3 and len(tab.computation.results) == total - 1  # type: ignore[union-attr]
    # opened again, what is already adopted cannot be adopted twice
    again = tab.open_presets()
    assert not again.model.item(0, 0).child(1, 0).isEnabled()
    assert again.model.item(0, 0).child(0, 0).isEnabled()
    again.close()


# ----------------------------------------------------------------------------------------------- grid


def _score_row(grid: ClassificationTab, level: QualityLevel) -> int:
    model = grid.model
    return next(
        i for i, r in enumerate(model.rows) if r.method == RatingMethod.SCORE and r.level == level and not r.capped
    )


def _go(view: QTableView, index: QModelIndex) -> None:
    """Make a cell current and selected (as a click does), whatever modifier state an earlier key left."""
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_keyboard_entry_moves_down_like_a_spreadsheet(qtbot: QtBot, grid: ClassificationTab) -> None:
    model, view = grid.model, grid.view
    row = _score_row(grid, QualityLevel.GOOD)
    uid = model.rows[row].uid
    view.setFocus()
    view.setCurrentIndex(grid.proxy.mapFromSource(model.index(row, GENERAL)))
    qtbot.keyClick(view, "2")  # typing on a cell opens its editor with that key…
    qtbot.keyClicks(view.focusWidget(), "2")  # …and the editor (which has the focus) takes the rest
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)  # next column
    qtbot.keyClicks(view.focusWidget(), "40,5")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=2000)
    assert model.values[uid].general == 22 and model.values[uid].task == 40.5
    assert view.currentIndex().row() == grid.proxy.mapFromSource(model.index(row, 0)).row() + 1
    assert model.index(row, LEVEL).data() == "Hoàn thành"
    assert uid in model.dirty and "1 dòng đã sửa" in grid.summary.text()
    # an impossible score is refused with a message, the value stays
    view.setCurrentIndex(grid.proxy.mapFromSource(model.index(row, TASK)))
    assert not model.setData(model.index(row, TASK), "75")
    assert grid.notice.isVisible() and "từ 0 đến 70" in grid.notice.label.text()
    with qtbot.waitSignal(grid.saved, timeout=3000):
        qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    history = grid.service.history(uid)
    assert history[0].period == Y2026 and history[0].level == QualityLevel.COMPLETE and history[0].total == 62.5
    assert not grid.model.dirty


def test_paste_delete_and_disciplined(qtbot: QtBot, grid: ClassificationTab) -> None:
    model, view = grid.model, grid.view
    scored = [i for i, r in enumerate(model.rows) if r.method == RatingMethod.SCORE][:2]
    start = grid.proxy.mapFromSource(model.index(scored[0], GENERAL))
    view.setCurrentIndex(start)
    # rows in between that are rated directly skip the score cells
    lines = []
    for i in range(scored[0], scored[1] + 1):
        lines.append("28\t61" if i in scored else "99\t99")
    changed = view.paste("\n".join(lines) + "\n")
    assert changed == 4
    assert all(model.values[model.rows[i].uid].general == 28 for i in scored)
    # Delete empties the selected editable cells; Space ticks "Kỷ luật"
    _go(view, start)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert model.values[model.rows[scored[0]].uid].general is None
    _go(view, grid.proxy.mapFromSource(model.index(scored[1], DISCIPLINED)))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert model.values[model.rows[scored[1]].uid].disciplined
    assert model.index(scored[1], LEVEL).data().startswith("Không hoàn thành")
    grid.revert()
    assert not model.dirty


def test_direct_levels_for_other_people(qtbot: QtBot, grid: ClassificationTab) -> None:
    model = grid.model
    row = next(
        i
        for i, r in enumerate(model.rows)
        if r.method == RatingMethod.DIRECT and r.category == StaffCategory.VILLAGE_HEAD
    )
    index = model.index(row, LEVEL)
    assert not model.flags(model.index(row, GENERAL)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "HTNV")
    assert index.data() == "Hoàn thành"
    with qtbot.waitSignal(grid.saved, timeout=3000):
        grid.save()
    assert grid.service.history(model.rows[row].uid)[0].level == QualityLevel.COMPLETE


def test_quota_asks_who_keeps_excellent(qtbot: QtBot, grid: ClassificationTab) -> None:
    model = grid.model
    row = _score_row(grid, QualityLevel.GOOD)
    uid = model.rows[row].uid
    model.setData(model.index(row, GENERAL), "30")
    model.setData(model.index(row, TASK), "69,5")
    grid.save()
    dialogs = [d for d in grid.findChildren(QDialog) if isinstance(d, CapDialog) and d.isVisible()]
    assert len(dialogs) == 1
    cap = dialogs[0]
    ok = cap.buttons.button(cap.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    assert uid in cap.kept()  # the best score is suggested
    cap.reason.setText("Tập thể lãnh đạo họp xét ngày 20/12")
    assert ok.isEnabled()
    with qtbot.waitSignal(grid.saved, timeout=3000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    rows = {r.uid: r for r in grid.model.rows}
    assert rows[uid].level == QualityLevel.EXCELLENT
    civil = [r for r in rows.values() if r.category == StaffCategory.CIVIL_SERVANT]
    excellent = sum(1 for r in civil if r.level == QualityLevel.EXCELLENT)
    good = sum(1 for r in civil if r.level == QualityLevel.GOOD)
    assert 5 * excellent <= good
    assert "do vượt tỷ lệ 20%" in grid.notice.label.text()
    assert any(r.capped and r.cap_note == "Tập thể lãnh đạo họp xét ngày 20/12" for r in civil)


def test_changing_period_with_unsaved_edits_asks_first(qtbot: QtBot, grid: ClassificationTab) -> None:
    model = grid.model
    row = _score_row(grid, QualityLevel.GOOD)
    model.setData(model.index(row, GENERAL), "20")
    grid.year.setValue(2025)
    boxes = [b for b in grid.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "chưa lưu" in boxes[0].text()
    assert grid.period == Y2026 and grid.year.value() == 2026 and model.dirty
    boxes[0].button(QMessageBox.StandardButton.Cancel).click()
    assert model.dirty and grid.period == Y2026
    grid.year.setValue(2025)
    box = next(b for b in grid.findChildren(QMessageBox) if b.isVisible())
    box.button(QMessageBox.StandardButton.Yes).click()
    assert grid.period == Period.of_year(2025) and not model.dirty
    assert all(r.method == RatingMethod.DIRECT for r in model.rows)


def test_grid_filters_by_name_and_department(grid: ClassificationTab) -> None:
    total = grid.proxy.rowCount()
    name = grid.model.rows[3].full_name
    grid.search.setText(name.split()[-1].upper())
    assert 0 < grid.proxy.rowCount() < total
    grid.search.clear()
    grid.department.setCurrentIndex(1)
    shown = [grid.proxy.row_at(grid.proxy.index(r, 0)) for r in range(grid.proxy.rowCount())]
    assert shown and all(r is not None and r.department == grid.department.currentData() for r in shown)


def test_status_counts_match_the_service(targets: TargetsTab) -> None:
    expected = targets.service.compute(targets.today).results
    statuses = [r.status for r in targets.model.rows]
    assert statuses == [r.status for r in expected]
    assert Status.ACHIEVED in statuses
