"""Starting the GUI: logging, crash dialog, Vietnamese locale and Qt translations, the database,
the first-start dialog, then the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QtMsgType, QTranslator, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import UserError
from app.logging_setup import setup_logging
from app.organisation import UnitInfo
from app.paths import resources_dir
from app.workspace import Workspace, open_workspace
from db.database import DatabaseError
from ui.dialogs.crash import install_excepthook
from ui.dialogs.first_start import FirstStartDialog
from ui.main_window import MainWindow

log = logging.getLogger("boiduong.ui")
_qt_log = logging.getLogger("boiduong.qt")


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
        return existing
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Bồi dưỡng")
    app.setOrganizationName("BoiDuong")
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    translator = QTranslator(app)
    if translator.load(
        QLocale(QLocale.Language.Vietnamese),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(translator)
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


class GuiSession:
    """Holds the windows alive while the event loop runs."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.window: MainWindow | None = None
        self.first_start: FirstStartDialog | None = None

    def start(self) -> None:
        if self.workspace.unit is None:
            self.first_start = FirstStartDialog(self.workspace, self._unit_declared)
            self.first_start.rejected.connect(QApplication.quit)
            self.first_start.open()
        else:
            self.show_main()

    def _unit_declared(self, _unit: UnitInfo) -> None:
        self.show_main()

    def show_main(self) -> MainWindow:
        self.window = MainWindow(self.workspace)
        self.window.show()
        return self.window


def run_gui(db_path: str | Path | None = None) -> int:
    log_path = setup_logging()
    qInstallMessageHandler(_qt_message)
    app = make_application()
    install_excepthook()
    try:
        workspace = open_workspace(Path(db_path) if db_path else None)
    except (DatabaseError, UserError) as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, "Không mở được dữ liệu", f"{exc}\n\nNhật ký: {log_path}")
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.finished.connect(lambda _r: app.quit())
        box.open()
        app.exec()
        return 1
    if workspace.db.backup_path:
        log.info("database upgraded; backup at %s", workspace.db.backup_path)
    session = GuiSession(workspace)
    session.start()
    return app.exec()
