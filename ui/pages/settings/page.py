"""Settings: who this install is, the interface language, where the data lives, backups (with one-click
restore), and sign-in with its accounts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import prefs
from app.backup import backup_to
from app.classes.service import ClassesService
from app.courses.service import CoursesService
from app.logging_setup import log_file
from app.paths import data_dir
from app.security.permissions import Permission
from app.security.service import AccountService
from app.workspace import Workspace
from ui.dialogs.messages import choose_save_file, show_info
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.pages.classes.settings_box import AttendanceRuleBox
from ui.pages.courses.coverage_editor import CoverageBox
from ui.pages.settings.backups import BackupsBox, show_restored
from ui.pages.settings.users import UsersBox
from ui.tasks import Task


class SettingsPage(QWidget):
    title = QT_TRANSLATE_NOOP("", "Cài đặt")
    #: rebuild the main window (True: on restored data, so sign in again)
    restart_requested = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.workspace = workspace
        self.task: Task[Path] | None = None

        unit_box = QGroupBox(tr("Đơn vị của bản cài đặt"))
        self.unit_form = QFormLayout(unit_box)

        language_box = QGroupBox(tr("Giao diện"))
        language_form = QFormLayout(language_box)
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        for code, label in prefs.LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(prefs.language()))
        self.language.currentIndexChanged.connect(self._language_changed)
        language_form.addRow(tr("Ngôn ngữ:"), self.language)

        data_box = QGroupBox(tr("Dữ liệu"))
        data_form = QFormLayout(data_box)
        self.db_label = QLabel()
        self.db_label.setWordWrap(True)
        data_form.addRow(tr("Cơ sở dữ liệu:"), self.db_label)
        data_form.addRow(tr("Nhật ký:"), QLabel(str(log_file())))
        self.backup_button = QPushButton(tr("Sao lưu ngay ra tệp…"))
        self.backup_button.setObjectName("backupNow")
        open_folder = QPushButton(tr("Mở thư mục dữ liệu"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(open_folder)
        buttons.addStretch(1)
        data_form.addRow(buttons)
        self.backup_button.clicked.connect(self.ask_backup)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir()))))

        backups_box = QGroupBox(tr("Bản sao lưu tự động"))
        self.backups = BackupsBox(workspace)
        self.backups.restored.connect(self._restored)
        QVBoxLayout(backups_box).addWidget(self.backups)

        self.accounts = AccountService(workspace)
        self.users_box = QGroupBox(tr("Đăng nhập và tài khoản"))
        self.users_box.setObjectName("usersBox")
        self.users = UsersBox(self.accounts)
        QVBoxLayout(self.users_box).addWidget(self.users)
        self.users_box.setVisible(workspace.actor.can(Permission.MANAGE_USERS))

        content = QWidget()
        layout = QVBoxLayout(content)
        self.coverage = CoverageBox(CoursesService(workspace))
        self.attendance = AttendanceRuleBox(ClassesService(workspace))
        for box in (unit_box, self.coverage, self.attendance, language_box, data_box, backups_box, self.users_box):
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def activate(self) -> None:
        while self.unit_form.rowCount():
            self.unit_form.removeRow(0)
        unit = self.workspace.unit
        if unit is None:
            self.unit_form.addRow(QLabel(tr("Chưa khai báo.")))
        else:
            self.unit_form.addRow(tr("Tên đơn vị:"), QLabel(unit.name))
            self.unit_form.addRow(tr("Mã đơn vị:"), QLabel(unit.code))
            self.unit_form.addRow(tr("Loại:"), QLabel(tr_label(unit.kind_label)))
            if unit.parent_code:
                self.unit_form.addRow(tr("Báo cáo lên:"), QLabel(f"{unit.parent_name} ({unit.parent_code})"))
            self.unit_form.addRow(tr("Địa danh trên văn bản:"), QLabel(unit.place_name))
        # the coverage rule is each commune's, for its own departments: a province has none of its own
        # (an empty table with no explanation), its communes set theirs
        self.coverage.setVisible(not (unit is not None and unit.is_province))
        self.coverage.reload()
        self.attendance.reload()
        self.db_label.setText(str(self.workspace.path))
        self.backups.refresh()
        if self.users_box.isVisibleTo(self):
            self.users.refresh()

    def _language_changed(self) -> None:
        code = self.language.currentData()
        if code and code != prefs.language():
            prefs.set_language(code)
            self.restart_requested.emit(False)

    def _restored(self, message: str) -> None:
        self.restart_requested.emit(True)
        show_restored(message)

    def ask_backup(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        suggested = Path.home() / f"boiduong-saoluu-{stamp}.sqlite"
        choose_save_file(
            self, tr("Sao lưu cơ sở dữ liệu"), tr("Cơ sở dữ liệu (*.sqlite)"), self.backup, suggested=suggested
        )

    def backup(self, dest: Path) -> None:
        source = self.workspace.path

        def done(path: Path) -> None:
            show_info(self, tr("Đã sao lưu"), tr("Đã sao lưu cơ sở dữ liệu vào:\n{path}").format(path=path))

        self.task = Task(
            self,
            tr("Đang sao lưu…"),
            lambda _r: backup_to(source, dest),
            done,
            cancellable=False,
        )
