"""Start-up (second copy, damaged file), sign-in, the audit page, backups and restore in Settings."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app import backup
from app.instance import InstanceLock
from app.security import passwords
from app.security.permissions import Role
from app.security.service import AccountService
from app.staff.service import StaffService
from app.workspace import Workspace, open_workspace
from db.enums import StaffStatus
from ui.gui import GuiSession, StartUp, make_application
from ui.main_window import MainWindow
from ui.pages.audit.page import AuditPage
from ui.pages.settings.page import SettingsPage
from ui.pages.staff.page import StaffPage

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "N", 2**10)


def boxes(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == name]


@pytest.fixture
def close_boxes() -> Iterator[None]:
    yield
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()


@pytest.fixture
def gui_session(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[GuiSession]:
    make_application()
    session = GuiSession(demo_workspace)
    yield session
    if session.window is not None:
        session.window.keep_workspace = True  # the fixture closes the workspace
        session.window.close()
    for dialog in (session.sign_in, session.change_password):
        if dialog is not None and dialog.isVisible():
            dialog.done(0)


def test_audit_page_lists_filters_details_and_exports(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, close_boxes: None
) -> None:
    page = main_window.page(AuditPage)
    assert isinstance(page, AuditPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        main_window.nav.setCurrentRow(main_window.pages.index(page))
    assert page.model.rowCount() > 50
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.entity.setCurrentIndex(page.entity.findData("staff"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.action.setCurrentIndex(page.action.findData("status"))
    assert page.model.rowCount() > 0 and {r.action for r in page.model.rows} == {"status"}
    assert {r.entity for r in page.model.rows} == {"staff"}
    page.view.selectRow(0)
    html = page.detail.toHtml()
    assert "Trạng thái" in html and "Đang công tác" in html
    out = tmp_path / "nhat-ky.xlsx"
    page.export(out)
    qtbot.waitUntil(lambda: out.exists(), timeout=10_000)
    qtbot.waitUntil(lambda: bool(boxes("messageBox")), timeout=5_000)


def test_sign_in_roles_and_sign_out(qtbot: QtBot, gui_session: GuiSession) -> None:
    accounts = AccountService(gui_session.workspace)
    accounts.enable_sign_in("quantri", "Nguyễn Văn Quản", "quantri123")
    accounts.add_user("xem", "Lê Thị Xem", Role.VIEWER, "matkhau123")
    gui_session.start()
    dialog = gui_session.sign_in
    assert dialog is not None and gui_session.window is None
    qtbot.waitExposed(dialog)
    dialog.username.setText("xem")
    dialog.password.setText("sai mat khau")
    dialog.try_sign_in()
    assert "không đúng" in dialog.error.text() and gui_session.window is None
    dialog.password.setText("matkhau123")
    dialog.try_sign_in()
    window = gui_session.window
    assert window is not None and window.isVisible()
    assert not any(isinstance(p, AuditPage) for p in window.pages)  # a viewer has no audit trail
    staff = window.page(StaffPage)
    assert isinstance(staff, StaffPage) and not staff.add_button.isEnabled()
    assert not staff.import_button.isEnabled()  # importing writes records: a viewer may not
    settings = window.page(SettingsPage)
    assert isinstance(settings, SettingsPage) and not settings.users_box.isVisibleTo(settings)
    user_label = window.findChild(QLabel, "currentUser")
    assert user_label is not None and user_label.text() == "Lê Thị Xem — Chỉ xem"
    window.sign_out_requested.emit()
    assert gui_session.window is None and gui_session.sign_in is not None and gui_session.sign_in.isVisible()
    assert not gui_session.workspace.actor.signed_in


def test_restore_from_settings_rebuilds_the_window_on_the_restored_data(
    qtbot: QtBot, gui_session: GuiSession, close_boxes: None
) -> None:
    ws = gui_session.workspace
    service = StaffService(ws.db)
    uid = service.rows()[0].uid
    backup.automatic_backup(ws.path, "daily")
    service.change_status(uid, StaffStatus.RETIRED)
    gui_session.start()
    first = gui_session.window
    assert first is not None
    settings = first.page(SettingsPage)
    assert isinstance(settings, SettingsPage)
    first.nav.setCurrentRow(first.pages.index(settings))
    settings.backups.view.selectRow(0)
    info = settings.backups.selected()
    assert info is not None and info.reason == "daily"
    assert settings.backups.restore_button.isEnabled()
    settings.backups.restore(info)
    assert gui_session.window is not None and gui_session.window is not first
    assert service.load(uid).status == StaffStatus.WORKING  # the restored data, through the same service
    assert boxes("messageBox") and "Đã khôi phục" in boxes("messageBox")[0].text()
    assert any(b.reason == "before-restore" for b in backup.backup_infos(ws.path))


def test_a_second_copy_on_the_same_database_is_refused(qtbot: QtBot, tmp_path: Path, close_boxes: None) -> None:
    app = make_application()
    db = tmp_path / "db.sqlite"
    held = InstanceLock(db)
    held.acquire()
    try:
        startup = StartUp(app, db, tmp_path / "log", None)
        startup.begin()
        assert startup.session is None
        shown = boxes("startupError")
        assert shown and "đang mở cơ sở dữ liệu này trong một cửa sổ khác" in shown[0].text()
        startup.finish()
    finally:
        held.release()


def test_a_damaged_database_is_offered_its_latest_good_backup(
    qtbot: QtBot, commune_path: Path, tmp_path: Path, close_boxes: None
) -> None:
    app = make_application()
    good = backup.automatic_backup(commune_path, "daily")
    data = bytearray(commune_path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\x5a" * 8192
    commune_path.write_bytes(bytes(data))
    startup = StartUp(app, commune_path, tmp_path / "log", None)
    startup.begin()
    assert startup.session is None
    box = boxes("damagedDatabase")[0]
    assert "bị hỏng" in box.windowTitle() or "hỏng" in box.text()
    restore = box.findChild(QPushButton, "restoreLatest")
    assert restore is not None
    restore.click()
    assert startup.session is not None and startup.session.window is not None
    assert startup.session.window.isVisible()
    assert backup.quick_check(commune_path) == []
    assert any(b.reason == "damaged" for b in backup.backup_infos(commune_path))
    assert good.exists()
    startup.session.window.close()
    startup.finish()


def test_unknown_file_types_are_explained(main_window: MainWindow, tmp_path: Path, close_boxes: None) -> None:
    bundle = tmp_path / "xa-ha-bac.bdsync"
    bundle.write_bytes(b"PK")
    main_window.open_file(bundle)
    assert any("bdsync" in b.text() for b in boxes("messageBox"))


def test_restored_workspace_reopens(commune_path: Path) -> None:
    """The test above replaced a damaged file; a fresh copy opens as usual (sanity of the fixture)."""
    shutil.copy(commune_path, commune_path.with_name("copy.sqlite"))
    ws = open_workspace(commune_path.with_name("copy.sqlite"))
    assert ws.unit is not None
    ws.close()


def test_new_models_pass_qt_model_tester(qtmodeltester, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    from app.audit import AuditFilter, AuditService
    from ui.pages.audit.model import AuditTableModel
    from ui.pages.settings.backups import BackupTableModel
    from ui.pages.settings.users import UserTableModel

    make_application()
    audit = AuditTableModel()
    audit.set_rows(AuditService(demo_workspace.db).entries(AuditFilter(limit=200)))
    assert audit.rowCount() == 200
    qtmodeltester.check(audit, force_py=True)
    backup.automatic_backup(demo_workspace.path, "daily")
    backups = BackupTableModel()
    backups.set_rows(backup.backup_infos(demo_workspace.path))
    qtmodeltester.check(backups, force_py=True)
    accounts = AccountService(demo_workspace)
    accounts.enable_sign_in("quantri", "Quản trị", "quantri123")
    users = UserTableModel()
    users.set_rows(accounts.users())
    qtmodeltester.check(users, force_py=True)


def test_the_recovery_code_prints_on_one_sheet(qtbot: QtBot, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from ui.dialogs.accounts import RecoveryCodeDialog

    make_application()
    dialog = RecoveryCodeDialog("ABCDE-FGHIJ-KLMNO-PQRST")
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "printRecoveryCode")
    assert button is not None and button.text() == "In…"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "code.pdf"))
    dialog.print_sheet(printer)
    (page,) = PdfReader(tmp_path / "code.pdf").pages
    text = " ".join(page.extract_text().split())
    assert "ABCDE-FGHIJ-KLMNO-PQRST" in text and "Mã khôi phục" in text
