"""The main window: navigation on the left, one page at a time on the right.

Pages are plain widgets with a ``title`` and an ``activate()`` called when they are shown; later
areas (courses and nominations, classes, evaluations and targets, reports, sync) add theirs to
``build_pages``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from app import __version__
from app.audit import AuditService
from app.classes.service import ClassesService
from app.courses.service import CoursesService
from app.evaluations.service import ClassificationService
from app.reports.service import ReportsService
from app.results.service import ResultsService
from app.security.permissions import Permission
from app.security.service import AccountService
from app.staff.service import StaffService
from app.targets.service import TargetsService
from app.workspace import Workspace
from ui.dialogs.accounts import ChangePasswordDialog
from ui.dialogs.messages import show_info, show_warning
from ui.i18n import tr, tr_label
from ui.pages.audit.page import AuditPage
from ui.pages.classes.page import ClassesPage
from ui.pages.courses.page import CoursesPage
from ui.pages.decisions.page import DecisionsPage
from ui.pages.nominations.page import NominationsPage
from ui.pages.reports.page import ReportsPage
from ui.pages.results.page import ResultsPage
from ui.pages.settings.page import SettingsPage
from ui.pages.staff.page import StaffPage
from ui.pages.sync.page import SyncPage
from ui.pages.targets.page import TargetsPage


def build_pages(workspace: Workspace) -> list[QWidget]:
    courses = CoursesService(workspace)
    pages: list[QWidget] = [
        StaffPage(StaffService(workspace.db)),
        CoursesPage(courses),
        NominationsPage(courses),
        DecisionsPage(courses),
        ClassesPage(ClassesService(workspace), courses),
        TargetsPage(TargetsService(workspace.db), ClassificationService(workspace.db)),
        ResultsPage(ResultsService(workspace)),
        ReportsPage(ReportsService(workspace.db)),
    ]
    pages.append(SyncPage(workspace))
    if workspace.actor.can(Permission.VIEW_AUDIT):
        pages.append(AuditPage(AuditService(workspace.db)))
    pages.append(SettingsPage(workspace))
    return pages


class MainWindow(QMainWindow):
    #: rebuild the window (language changed; True: data restored, sign in again)
    restart_requested = Signal(bool)
    sign_out_requested = Signal()

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self.keep_workspace = False  # closing to rebuild, not to quit
        self.dialog: QWidget | None = None
        self.resize(1280, 760)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.pages: list[QWidget] = build_pages(workspace)
        for page in self.pages:
            self.stack.addWidget(page)
            QListWidgetItem(tr(getattr(page, "title", page.objectName())), self.nav)
            restart = getattr(page, "restart_requested", None)
            if restart is not None:
                restart.connect(self.restart_requested.emit)
            if (signal := getattr(page, "show_person", None)) is not None:  # pages that list people
                signal.connect(self.show_person)
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
        for page in self.pages:  # pages that link to each other (a decision ↔ its nominations)
            navigate = getattr(page, "navigate", None)
            if navigate is not None:
                navigate.connect(self.navigate)
        staff = self.page(StaffPage)
        assert isinstance(staff, StaffPage)
        staff.send_to_training.connect(self.send_to_training)
        for page in self.pages:  # "who is missing" → the nominate dialog of a course, those people ticked
            if (nominate := getattr(page, "nominate_people", None)) is not None:
                nominate.connect(self.nominate_people)
        self._build_menu()
        self.update_title()
        self.nav.setCurrentRow(0)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&Tệp"))
        backup = QAction(tr("Sao lưu cơ sở dữ liệu…"), self)
        backup.triggered.connect(self._backup)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(tr("Thoát"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        actor = self.workspace.actor
        if actor.signed_in:
            account = self.menuBar().addMenu(f"&{actor.display_name}")
            change = QAction(tr("Đổi mật khẩu…"), self)
            change.triggered.connect(self.change_password)
            account.addAction(change)
            sign_out = QAction(tr("Đăng xuất"), self)
            sign_out.setObjectName("signOut")
            sign_out.triggered.connect(self.sign_out_requested.emit)
            account.addAction(sign_out)
        help_menu = self.menuBar().addMenu(tr("Trợ &giúp"))
        about = QAction(tr("Giới thiệu"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def update_title(self) -> None:
        unit = self.workspace.unit
        name = f" — {unit.name}" if unit else ""
        self.setWindowTitle(tr("Bồi dưỡng{name}").format(name=name))
        self.statusBar().showMessage(tr("Cơ sở dữ liệu: {path}").format(path=self.workspace.path))
        actor = self.workspace.actor
        if actor.signed_in:
            user = QLabel(f"{actor.display_name} — {tr_label(actor.role_label)}")
            user.setObjectName("currentUser")
            self.statusBar().addPermanentWidget(user)

    def page(self, cls: type[QWidget]) -> QWidget:
        return next(p for p in self.pages if isinstance(p, cls))

    def show_page(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        activate = getattr(self.pages[index], "activate", None)
        if activate is not None:
            activate()

    def navigate(self, page_name: str, uid: str) -> None:
        """Show the page named ``page_name`` and select the row ``uid`` on it."""
        for index, page in enumerate(self.pages):
            if page.objectName() == page_name:
                self.nav.setCurrentRow(index)
                select = getattr(page, "select_uid", None)
                if select is not None:
                    select(uid)
                return

    def send_to_training(self, staff_uid: str) -> None:
        """From the Staff page: the courses ranked for this person, then the nomination."""
        page = self.page(NominationsPage)
        assert isinstance(page, NominationsPage)
        self.nav.setCurrentRow(self.pages.index(page))
        page.send_someone(staff_uid)

    def nominate_people(self, course_uid: str, staff_uids: list[str]) -> None:
        page = self.page(NominationsPage)
        assert isinstance(page, NominationsPage)
        self.nav.setCurrentRow(self.pages.index(page))
        page.nominate_for(course_uid, preselect=list(staff_uids))

    def show_person(self, uid: str) -> None:
        """Open a person in the Staff page (from a target's "who is missing" list, the classification…)."""
        staff = self.page(StaffPage)
        assert isinstance(staff, StaffPage)
        self.nav.setCurrentRow(self.pages.index(staff))
        staff.reveal(uid)

    def _backup(self) -> None:
        settings = self.page(SettingsPage)
        assert isinstance(settings, SettingsPage)
        settings.ask_backup()

    def _about(self) -> None:
        show_info(
            self,
            tr("Giới thiệu"),
            tr("Bồi dưỡng {__version__}\nQuản lý đào tạo, bồi dưỡng cán bộ, công chức cấp xã.\nDữ liệu: {path}").format(
                __version__=__version__, path=self.workspace.path
            ),
        )

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(
            AccountService(self.workspace), lambda: show_info(self, tr("Đổi mật khẩu"), tr("Đã đổi mật khẩu.")), self
        )
        self.dialog = dialog
        dialog.open()

    def open_file(self, path: Path) -> None:
        """A file given on the command line (a double-clicked bundle): the first page that declares
        ``open_suffixes`` containing its extension shows it, through its ``open_file(path)``."""
        for index, page in enumerate(self.pages):
            if path.suffix.lower() in getattr(page, "open_suffixes", ()):
                self.nav.setCurrentRow(index)
                page.open_file(path)  # type: ignore[attr-defined]
                return
        show_warning(
            self,
            tr("Không mở được tệp"),
            tr("Phiên bản này chưa mở được loại tệp “{suffix}”:\n{path}").format(suffix=path.suffix, path=path),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.keep_workspace:
            self.workspace.close()
        super().closeEvent(event)
