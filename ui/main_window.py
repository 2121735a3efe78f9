"""The main window: navigation on the left, one page at a time on the right.

Pages are plain widgets with a ``title`` and an ``activate()`` called when they are shown; later
areas (courses and nominations, classes, evaluations and targets, reports, sync) add theirs to
``build_pages``."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from app import __version__
from app.staff.service import StaffService
from app.workspace import Workspace
from ui.dialogs.messages import show_info
from ui.pages.settings.page import SettingsPage
from ui.pages.staff.page import StaffPage
from ui.pages.sync.page import SyncPage


def build_pages(workspace: Workspace) -> list[QWidget]:
    return [StaffPage(StaffService(workspace.db)), SyncPage(workspace), SettingsPage(workspace)]


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self.resize(1280, 760)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.pages: list[QWidget] = build_pages(workspace)
        for page in self.pages:
            self.stack.addWidget(page)
            QListWidgetItem(getattr(page, "title", page.objectName()), self.nav)
        # a page that changes records behind the others' back (a sync import) tells them to re-read
        for page in self.pages:
            changed = getattr(page, "records_changed", None)
            if changed is not None:
                for other in self.pages:
                    if other is not page and hasattr(other, "reload"):
                        changed.connect(other.reload)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.show_page)
        self._build_menu()
        self.update_title()
        self.nav.setCurrentRow(0)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&Tệp")
        backup = QAction("Sao lưu cơ sở dữ liệu…", self)
        backup.triggered.connect(self._backup)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction("Thoát", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("Trợ &giúp")
        about = QAction("Giới thiệu", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def update_title(self) -> None:
        unit = self.workspace.unit
        name = f" — {unit.name}" if unit else ""
        self.setWindowTitle(f"Bồi dưỡng{name}")
        self.statusBar().showMessage(f"Cơ sở dữ liệu: {self.workspace.path}")

    def page(self, cls: type[QWidget]) -> QWidget:
        return next(p for p in self.pages if isinstance(p, cls))

    def show_page(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        activate = getattr(self.pages[index], "activate", None)
        if activate is not None:
            activate()

    def _backup(self) -> None:
        settings = self.page(SettingsPage)
        assert isinstance(settings, SettingsPage)
        settings.ask_backup()

    def _about(self) -> None:
        show_info(
            self,
            "Giới thiệu",
            f"Bồi dưỡng {__version__}\nQuản lý đào tạo, bồi dưỡng cán bộ, công chức cấp xã.\n"
            f"Dữ liệu: {self.workspace.path}",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.workspace.close()
        super().closeEvent(event)
