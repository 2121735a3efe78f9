from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from app.workspace import Workspace

# the sync fixtures (a province and two communes that know each other's keys) for the Sync page tests
from tests.unit.sync.conftest import sync_templates, world  # noqa: F401
from ui.gui import make_application
from ui.main_window import MainWindow
from ui.pages.staff.page import StaffPage

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def background_work_ends_with_its_test() -> Iterator[None]:
    """A page's loading task still running after its test would run into the next one (and into the
    reference-count guard of test_qt_runtime): every GUI test waits for the pool to drain."""
    yield
    QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture
def main_window(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[MainWindow]:
    make_application()
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.show()
    page = window.page(StaffPage)
    assert isinstance(page, StaffPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    yield window


@pytest.fixture
def staff_page(main_window: MainWindow) -> StaffPage:
    page = main_window.page(StaffPage)
    assert isinstance(page, StaffPage)
    return page
