"""Starting the GUI: logging, crash dialog, translations, one window per database, the start-up check
of the data file (offering the latest good backup when it is damaged), the database, the daily backup,
the first-start dialog, sign-in when the office turned it on, then the main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.backup import BackupInfo, daily_backup, latest_good_backup, quick_check, replace_damaged
from app.errors import UserError
from app.instance import InstanceLock
from app.logging_setup import setup_logging
from app.organisation import UnitInfo
from app.paths import default_db_path, resources_dir
from app.security.service import AccountService
from app.workspace import Workspace, open_workspace
from db.database import DatabaseError
from ui import gc_guard
from ui.dialogs.accounts import ChangePasswordDialog, SignInDialog
from ui.dialogs.crash import install_excepthook
from ui.dialogs.damaged import ask_restore_damaged
from ui.dialogs.first_start import FirstStartDialog
from ui.i18n import install_translators, tr
from ui.main_window import MainWindow

log = logging.getLogger("boiduong.ui")
_qt_log = logging.getLogger("boiduong.qt")

#: set to a number of milliseconds: quit that long after the main window is shown (installer check)
EXIT_AFTER_START = "BOIDUONG_EXIT_AFTER_START_MS"


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    _qt_log.log(level, "%s", message)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        gc_guard.install(existing)
        return existing
    app = QApplication(argv or sys.argv[:1])
    gc_guard.install(app)
    app.setApplicationName("Bồi dưỡng")
    app.setOrganizationName("BoiDuong")
    install_translators()
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "boiduong.png")))
    app.setDesktopFileName("boiduong")  # Linux: matches the installed .desktop entry
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


class GuiSession:
    """Holds the windows alive while the event loop runs, and rebuilds the main window when the
    language changes, a backup is restored or the user signs out."""

    def __init__(self, workspace: Workspace, open_file: Path | None = None, started_at: float | None = None) -> None:
        self.workspace = workspace
        self.accounts = AccountService(workspace)
        self.window: MainWindow | None = None
        self.first_start: FirstStartDialog | None = None
        self.sign_in: SignInDialog | None = None
        self.change_password: ChangePasswordDialog | None = None
        self.open_file = open_file
        self.started_at = started_at or time.perf_counter()
        self.shown_after: float | None = None  # seconds from start to the main window, the first time

    def start(self) -> None:
        if self.workspace.unit is None:
            self.first_start = FirstStartDialog(self.workspace, self._unit_declared)
            self.first_start.rejected.connect(QApplication.quit)
            self.first_start.open()
        elif self.accounts.sign_in_required() and not self.workspace.actor.signed_in:
            self.ask_sign_in()
        else:
            self.show_main()

    def _unit_declared(self, _unit: UnitInfo) -> None:
        self.show_main()

    def ask_sign_in(self) -> SignInDialog:
        unit = self.workspace.unit
        self.sign_in = SignInDialog(self.accounts, unit.name if unit else "", self._signed_in)
        self.sign_in.rejected.connect(QApplication.quit)
        self.sign_in.open()
        return self.sign_in

    def _signed_in(self) -> None:
        if self.accounts.must_change_password():
            self.change_password = ChangePasswordDialog(self.accounts, self.show_main, forced=True)
            self.change_password.rejected.connect(QApplication.quit)
            self.change_password.open()
            return
        self.show_main()

    def show_main(self) -> MainWindow:
        self.window = MainWindow(self.workspace)
        self.window.restart_requested.connect(self.restart)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.show()
        if self.shown_after is None:
            self.shown_after = time.perf_counter() - self.started_at
            log.info("main window shown %.2f s after start", self.shown_after)
        if self.open_file is not None:
            path, self.open_file = self.open_file, None
            QTimer.singleShot(0, lambda: self.window.open_file(path) if self.window else None)
        return self.window

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.keep_workspace = True
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def restart(self, sign_in_again: bool = False) -> None:
        """Rebuild the main window (new language, restored data). After a restore the data may have other
        accounts, so whoever was signed in signs in again when sign-in is on."""
        self._close_window()
        install_translators()
        if sign_in_again:
            self.accounts.sign_out()
        self.start()

    def sign_out(self) -> None:
        self._close_window()
        self.accounts.sign_out()
        self.start()


class StartUp:
    """The steps before the main window, each of which may need the user's answer."""

    def __init__(self, app: QApplication, db_path: Path, log_path: Path, open_file: Path | None) -> None:
        self.app, self.db_path, self.log_path, self.open_file = app, db_path, log_path, open_file
        self.started_at = time.perf_counter()
        self.lock = InstanceLock(db_path)
        self.session: GuiSession | None = None
        self.box: QMessageBox | None = None  # a parentless box lives only while referenced
        self.exit_code = 0

    def fail(self, title: str, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, message + "\n\n" + tr("Nhật ký: {path}").format(path=self.log_path)
        )
        box.setObjectName("startupError")
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.finished.connect(lambda _r: self.quit(1))
        box.open()
        self.box = box

    def quit(self, code: int = 0) -> None:
        self.exit_code = code
        self.app.quit()

    def begin(self) -> None:
        if not self.db_path.parent.is_dir():
            self.fail(
                tr("Không mở được dữ liệu"),
                tr("Thư mục chứa cơ sở dữ liệu không tồn tại: {path}").format(path=self.db_path.parent),
            )
            return
        try:
            self.lock.acquire()
        except UserError as exc:
            self.fail(tr("Bồi dưỡng đang mở"), str(exc))
            return
        problems = quick_check(self.db_path)
        if problems:
            log.error("start-up check failed for %s: %s", self.db_path, problems)
            self.box = ask_restore_damaged(
                self.db_path, problems, latest_good_backup(self.db_path), self.restore_damaged, lambda: self.quit(1)
            )
            return
        self.open()

    def restore_damaged(self, backup: BackupInfo) -> None:
        try:
            aside = replace_damaged(self.db_path, backup.path)
        except UserError as exc:
            self.fail(tr("Không khôi phục được"), str(exc))
            return
        log.warning("restored %s from %s at start; damaged file kept as %s", self.db_path, backup.path, aside)
        self.open()

    def open(self) -> None:
        try:
            workspace = open_workspace(self.db_path)
        except (DatabaseError, UserError) as exc:
            self.fail(tr("Không mở được dữ liệu"), str(exc))
            return
        try:
            daily_backup(workspace.path)
        except (OSError, UserError):  # a full disk must not stop the clerk from working; it is logged
            log.exception("daily backup failed")
        self.session = GuiSession(workspace, self.open_file, self.started_at)
        self.session.start()

    def finish(self) -> None:
        if self.session is not None:
            self.session.workspace.close()
        self.lock.release()


def run_gui(db_path: str | Path | None = None, open_file: Path | None = None) -> int:
    log_path = setup_logging()
    qInstallMessageHandler(_qt_message)
    app = make_application()
    install_excepthook()
    startup = StartUp(app, Path(db_path) if db_path else default_db_path(), log_path, open_file)
    startup.begin()
    exit_after = os.environ.get(EXIT_AFTER_START)
    if exit_after:
        QTimer.singleShot(int(exit_after), lambda: _report_and_quit(startup))
    code = app.exec()
    startup.finish()
    return startup.exit_code or code


def _report_and_quit(startup: StartUp) -> None:
    """Installer check: say whether the main window came up, and how fast."""
    session = startup.session
    window = session.window if session else None
    if session is None or window is None or not window.isVisible() or session.shown_after is None:
        print("main window: NOT shown", flush=True)
        startup.quit(3)
        return
    print(f"main window: shown {session.shown_after:.2f} s after start ({window.windowTitle()})", flush=True)
    startup.quit(0)
