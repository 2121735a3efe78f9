"""The province's consolidated pages (its communes' nominations, decisions and targets, per commune or
added up) and what a viewer may not do, driven through the real widgets."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app.demo import generate_demo
from app.security.permissions import Actor, Role
from app.workspace import Workspace, open_workspace
from tests.conftest import TODAY
from ui.gui import make_application
from ui.main_window import MainWindow
from ui.pages.courses.page import CoursesPage
from ui.pages.decisions.page import DecisionsPage
from ui.pages.nominations.page import NominationsPage
from ui.pages.sync.page import SyncPage
from ui.pages.targets.page import TargetsPage
from ui.pages.targets.targets_tab import TargetsTab

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def province_template(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Path:
    """A demo province of eight communes, with their nominations to its classes (built once)."""
    path = tmp_path_factory.mktemp("province") / "province.sqlite"
    shutil.copy(template_db, path)
    ws = open_workspace(path)
    generate_demo(ws.db, size="province", communes=8, today=TODAY)
    ws.close()
    return path


@pytest.fixture
def province(tmp_path: Path, province_template: Path) -> Iterator[Workspace]:
    shutil.copy(province_template, tmp_path / "p.sqlite")
    ws = open_workspace(tmp_path / "p.sqlite")
    yield ws
    ws.close()


def window_on(qtbot: QtBot, ws: Workspace) -> MainWindow:
    make_application()
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    return window


def settle(qtbot: QtBot) -> None:
    """Let the pages' background work finish inside the test (a worker still running in the next test
    disturbs it: tests/gui/test_qt_runtime.py counts references)."""
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30_000)
    qtbot.wait(50)


def page_of(window: MainWindow, cls: type) -> object:
    page = window.page(cls)
    window.nav.setCurrentRow(window.pages.index(page))
    return page


def test_a_class_lists_the_people_of_every_commune(qtbot: QtBot, province: Workspace) -> None:
    window = window_on(qtbot, province)
    courses = page_of(window, CoursesPage)
    assert isinstance(courses, CoursesPage)
    # the province's own catalogue, its classes with how many communes sent people
    assert courses.courses.rows and all(c.owner_unit == "31" for c in courses.courses.rows)
    assert courses.classes.columns[-1].title == "Số xã đã cử"
    assert not courses.who_button.isEnabled() and not courses.class_who.isEnabled()  # communes nominate
    uid = next(c.uid for c in courses.all_courses if c.code == "QLNN-02C")
    assert courses.select_course(uid)
    row = max(range(courses.classes.rowCount()), key=lambda i: courses.classes.rows[i].units)
    klass = courses.classes.rows[row]
    assert klass.units >= 2 and klass.nominated >= klass.units
    courses.class_view.selectRow(row)
    assert courses.class_people.isEnabled()
    courses.class_people.click()
    nominations = window.page(NominationsPage)
    assert isinstance(nominations, NominationsPage)
    assert window.stack.currentWidget() is nominations
    rows = nominations.model.rows
    assert {r.class_uid for r in rows} == {klass.uid}
    assert len(rows) == len([r for r in nominations.all_rows if r.class_uid == klass.uid]) >= klass.nominated
    communes = {r.owner_unit for r in rows}
    assert len(communes) == klass.units
    # the commune column names each one's commune; the filter narrows to one of them
    assert nominations.model.headerData(1, nominations.view.horizontalHeader().orientation()) == "Xã, phường"
    names = {nominations.model.index(i, 1).data() for i in range(nominations.model.rowCount())}
    assert names == {nominations.communes[c] for c in communes}
    one = sorted(communes)[0]
    nominations.commune.setCurrentIndex(nominations.commune.findData(one))
    assert {r.owner_unit for r in nominations.model.rows} == {one}
    assert "xã, phường" not in nominations.count.text()
    nominations.commune.setCurrentIndex(0)
    assert f"{len(communes)} xã, phường" in nominations.count.text()
    # the province reads its communes' nominations; each commune changes its own
    nominations.view.selectRow(0)
    assert not nominations.status_button.isEnabled() and not nominations.edit_button.isEnabled()
    assert not nominations.send_person.isEnabled() and not nominations.by_course.isEnabled()
    assert "Lịch sử" in nominations.detail.toPlainText() and nominations.communes[rows[0].owner_unit or ""] in (
        nominations.detail.toPlainText()
    )


def test_decisions_of_the_communes_are_read_and_printed_not_changed(qtbot: QtBot, province: Workspace) -> None:
    window = window_on(qtbot, province)
    page = page_of(window, DecisionsPage)
    assert isinstance(page, DecisionsPage)
    page.reload()
    assert page.model.rowCount() > 3 and page.model.columns[0].title == "Xã, phường"
    page.view.selectRow(0)
    assert page.preview_button.isEnabled()
    assert not page.edit_button.isEnabled() and not page.cancel_action.isEnabled()
    assert not page.templates_action.isEnabled()


def test_targets_add_up_the_communes_or_show_one(qtbot: QtBot, province: Workspace) -> None:
    window = window_on(qtbot, province)
    targets = page_of(window, TargetsPage)
    assert isinstance(targets, TargetsPage)
    tab = targets.findChild(TargetsTab)
    assert isinstance(tab, TargetsTab)
    tab.reload_now(today=TODAY)
    assert tab.commune.isVisible() and tab.commune.count() == 9  # all, then each commune
    total = {r.spec.uid: r.population for r in tab.computation.results}  # type: ignore[union-attr]
    parts: dict[str | None, int] = {}
    for i in range(1, tab.commune.count()):
        tab.commune.blockSignals(True)
        tab.commune.setCurrentIndex(i)
        tab.commune.blockSignals(False)
        tab.reload_now(today=TODAY)
        for r in tab.computation.results:  # type: ignore[union-attr]
            assert r.spec.unit_code == tab.commune.currentData()
            parts[r.spec.uid] = parts.get(r.spec.uid, 0) + r.population
    assert parts == total and sum(total.values()) > 0  # each commune's share adds up to the province's


def test_every_page_fits_a_1366_pixel_screen_at_a_province(qtbot: QtBot, province: Workspace) -> None:
    """Office PCs and laptops have 1366×768 screens: no page may force the window wider (the targets
    page once put its commune and plan filters and five buttons on one line: 1616 pixels)."""
    window = window_on(qtbot, province)
    for page in window.pages:
        page_of(window, type(page))
        if isinstance(page, TargetsPage):
            tab = page.findChild(TargetsTab)
            assert isinstance(tab, TargetsTab)
            tab.reload_now(today=TODAY)
        assert window.minimumSizeHint().width() <= 1366, type(page).__name__
    settle(qtbot)


def test_reviews_due_at_a_province_say_which_commune(qtbot: QtBot, province: Workspace) -> None:
    from ui.pages.results.page import ResultsPage
    from ui.pages.results.reviews_tab import ReviewsTab

    window = window_on(qtbot, province)
    page = page_of(window, ResultsPage)
    tab = page.findChild(ReviewsTab)  # type: ignore[attr-defined]
    assert isinstance(tab, ReviewsTab)
    tab.filter.setCurrentIndex(3)  # every completed training
    tab.reload()
    model = tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Xã, phường" in headers
    col = headers.index("Xã, phường")
    units = {model.index(r, col).data() for r in range(model.rowCount())}
    assert len(units) > 1 and all(u and u.startswith(("Xã ", "Phường ", "Đặc khu ")) for u in units)
    tab.search.setText(next(iter(units)))
    assert 0 < model.rowCount() < len(tab.all_rows)
    settle(qtbot)


def test_settings_at_a_province_hide_the_communes_coverage_rule(qtbot: QtBot, province: Workspace) -> None:
    from ui.pages.settings.page import SettingsPage

    window = window_on(qtbot, province)
    settings = page_of(window, SettingsPage)
    assert isinstance(settings, SettingsPage)
    assert not settings.coverage.isVisible() and settings.attendance.isVisible()
    settle(qtbot)


def test_a_viewer_sees_everything_greyed_out(qtbot: QtBot, demo_workspace: Workspace) -> None:
    demo_workspace.set_actor(Actor("xem", "Lê Thị Xem", Role.VIEWER, signed_in=True))
    window = window_on(qtbot, demo_workspace)
    courses = page_of(window, CoursesPage)
    assert isinstance(courses, CoursesPage)
    courses.reload()
    courses.course_view.selectRow(0)
    assert not courses.add_course.isEnabled() and not courses.who_button.isEnabled()
    assert not courses.archive_button.isEnabled() and courses.edit_course.isEnabled()  # opens read only
    dialog = courses.open_course()
    assert dialog is not None and "chỉ được xem" in dialog.messages.text()
    dialog.close()
    nominations = page_of(window, NominationsPage)
    assert isinstance(nominations, NominationsPage)
    nominations.view.selectRow(0)
    assert not nominations.status_button.isEnabled() and not nominations.decision_button.isEnabled()
    assert not nominations.send_person.isEnabled()
    decisions = page_of(window, DecisionsPage)
    assert isinstance(decisions, DecisionsPage)
    decisions.reload()
    decisions.view.selectRow(0)
    assert decisions.preview_button.isEnabled() and not decisions.issue_button.isEnabled()
    targets = page_of(window, TargetsPage)
    tab = targets.findChild(TargetsTab)  # type: ignore[attr-defined]
    assert isinstance(tab, TargetsTab)
    tab.reload_now(today=TODAY)
    assert tab.model.rowCount() > 0
    tab.view.selectRow(0)
    assert not tab.add_plan_button.isEnabled() and not tab.edit_target_button.isEnabled()
    assert not tab.presets_button.isEnabled()
    sync = page_of(window, SyncPage)
    assert isinstance(sync, SyncPage)
    assert not sync.send_button.isEnabled() and not sync.receive_button.isEnabled()
