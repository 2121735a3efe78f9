from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.workspace import Workspace

# the sync fixtures (a province and two communes that know each other's keys) for the Sync page tests
from tests.unit.sync.conftest import sync_templates, world  # noqa: F401
from ui.gui import make_application
from ui.main_window import MainWindow
from ui.pages.staff.page import StaffPage

pytestmark = pytest.mark.gui


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
