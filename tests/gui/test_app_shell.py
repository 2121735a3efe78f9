"""The shell around the pages: first start, the crash dialog, settings and backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.backup import check_database
from app.logging_setup import log_file, setup_logging
from app.workspace import Workspace
from ui.dialogs.crash import report_exception
from ui.dialogs.first_start import FirstStartDialog
from ui.gui import GuiSession, make_application
from ui.main_window import MainWindow
from ui.pages.settings.page import SettingsPage

pytestmark = pytest.mark.gui


def test_first_start_declares_the_unit_and_opens_the_main_window(qtbot: QtBot, empty_workspace: Workspace) -> None:
    make_application()
    session = GuiSession(empty_workspace)
    session.start()
    dialog = session.first_start
    assert isinstance(dialog, FirstStartDialog)  # deletes itself once accepted
    dialog.code.setText("123")
    dialog.name.setText("Xã Vĩnh Lộc")
    dialog.try_accept()
    assert session.window is None
    assert "5 chữ số" in dialog.error.text() and "Mã tỉnh" in dialog.error.text()
    assert dialog.code.property("invalid") is True
    dialog.code.setText("11311")
    dialog.province_code.setText("31")
    dialog.province_name.setText("Thành phố Hải Phòng")
    dialog.try_accept()
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert empty_workspace.unit is not None and empty_workspace.unit.name == "Xã Vĩnh Lộc"
    assert "Xã Vĩnh Lộc" in session.window.windowTitle()


def test_province_kind_hides_the_province_fields(qtbot: QtBot, empty_workspace: Workspace) -> None:
    make_application()
    dialog = FirstStartDialog(empty_workspace, lambda _u: None)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("province"))
    assert not dialog.province_code.isVisible()
    dialog.code.setText("31")
    dialog.name.setText("Thành phố Hải Phòng")
    dialog.try_accept()
    assert empty_workspace.unit is not None and empty_workspace.unit.is_province


def test_unexpected_error_shows_a_short_message_with_the_log_path(qtbot: QtBot) -> None:
    make_application()
    setup_logging()
    try:
        raise RuntimeError("boom inside a slot")
    except RuntimeError as exc:
        box = report_exception(exc)
    assert isinstance(box, QMessageBox)
    qtbot.addWidget(box)
    assert str(log_file()) in box.text()
    assert "Traceback" not in box.text()
    assert "boom inside a slot" in log_file().read_text(encoding="utf-8")
    copy = next(b for b in box.buttons() if b.text() == "Sao chép báo cáo")
    copy.click()
    assert "RuntimeError: boom inside a slot" in QApplication.clipboard().text()


def test_settings_page_shows_the_unit_and_backs_up(qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path) -> None:
    make_application()
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    page = window.page(SettingsPage)
    assert isinstance(page, SettingsPage)
    window.nav.setCurrentRow(window.pages.index(page))
    labels = [page.unit_form.itemAt(i).widget().text() for i in range(page.unit_form.count())
              if page.unit_form.itemAt(i).widget() is not None]  # fmt: skip
    assert "Xã Hà Bắc" in labels and "11311" in labels
    dest = tmp_path / "saoluu.sqlite"
    page.backup(dest)
    assert page.task is not None
    qtbot.waitUntil(lambda: dest.exists() and not page.task.running, timeout=10_000)  # type: ignore[union-attr]
    assert check_database(dest).ok
