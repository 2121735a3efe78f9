"""Settings: who this install is, where its data lives, backups."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.backup import backup_to, list_backups
from app.courses.service import CoursesService
from app.logging_setup import log_file
from app.paths import data_dir
from app.workspace import Workspace
from ui.dialogs.messages import choose_save_file, show_info
from ui.pages.courses.coverage_editor import CoverageBox
from ui.tasks import Task


class SettingsPage(QWidget):
    title = "Cài đặt"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.workspace = workspace
        self.task: Task[Path] | None = None

        unit_box = QGroupBox("Đơn vị của bản cài đặt")
        self.unit_form = QFormLayout(unit_box)
        data_box = QGroupBox("Dữ liệu")
        data_form = QFormLayout(data_box)
        self.db_label = QLabel()
        self.backups_label = QLabel()
        for label in (self.db_label, self.backups_label):
            label.setWordWrap(True)
        data_form.addRow("Cơ sở dữ liệu:", self.db_label)
        data_form.addRow("Nhật ký:", QLabel(str(log_file())))
        data_form.addRow("Bản sao lưu tự động:", self.backups_label)
        self.backup_button = QPushButton("Sao lưu ngay ra tệp…")
        self.backup_button.setObjectName("backupNow")
        open_folder = QPushButton("Mở thư mục dữ liệu")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(open_folder)
        buttons.addStretch(1)
        data_form.addRow(buttons)
        self.backup_button.clicked.connect(self.ask_backup)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir()))))

        self.coverage = CoverageBox(CoursesService(workspace))
        layout = QVBoxLayout(self)
        layout.addWidget(unit_box)
        layout.addWidget(self.coverage)
        layout.addWidget(data_box)
        layout.addStretch(1)

    def activate(self) -> None:
        while self.unit_form.rowCount():
            self.unit_form.removeRow(0)
        unit = self.workspace.unit
        if unit is None:
            self.unit_form.addRow(QLabel("Chưa khai báo."))
        else:
            self.unit_form.addRow("Tên đơn vị:", QLabel(unit.name))
            self.unit_form.addRow("Mã đơn vị:", QLabel(unit.code))
            self.unit_form.addRow("Loại:", QLabel(unit.kind_label))
            if unit.parent_code:
                self.unit_form.addRow("Báo cáo lên:", QLabel(f"{unit.parent_name} ({unit.parent_code})"))
            self.unit_form.addRow("Địa danh trên văn bản:", QLabel(unit.place_name))
        self.coverage.reload()
        self.db_label.setText(str(self.workspace.path))
        backups = list_backups(self.workspace.path)
        self.backups_label.setText(
            f"{len(backups)} bản, mới nhất: {backups[0].name}" if backups else "Chưa có bản sao lưu tự động."
        )

    def ask_backup(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        suggested = Path.home() / f"boiduong-saoluu-{stamp}.sqlite"
        choose_save_file(self, "Sao lưu cơ sở dữ liệu", "Cơ sở dữ liệu (*.sqlite)", self.backup, suggested=suggested)

    def backup(self, dest: Path) -> None:
        source = self.workspace.path

        def done(path: Path) -> None:
            show_info(self, "Đã sao lưu", f"Đã sao lưu cơ sở dữ liệu vào:\n{path}")

        self.task = Task(
            self,
            "Đang sao lưu…",
            lambda _r: backup_to(source, dest),
            done,
            cancellable=False,
        )
