"""The automatic backups of the open database, newest first, with one-click restore."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.backup import KEEP_DAILY, KEEP_EVENTS, KEEP_MONTHLY, BackupInfo, backup_infos
from app.errors import UserError
from app.security.permissions import Permission
from app.workspace import Workspace
from ui.dialogs.messages import ask_confirm, show_info, show_warning
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label

AnyIndex = QModelIndex | QPersistentModelIndex


def size_text(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} KB"


class BackupTableModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("", "Thời điểm"), QT_TRANSLATE_NOOP("", "Loại"), QT_TRANSLATE_NOOP("", "Dung lượng"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BackupInfo] = []

    def set_rows(self, rows: Sequence[BackupInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.taken_at.strftime("%H:%M %d/%m/%Y"), tr_label(row.reason_label), size_text(row.size))[
                index.column()
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None


class BackupsBox(QWidget):
    """Lists the backups; "Khôi phục" replaces the data after a confirmation (the current data is kept
    as a backup first), then asks the window to rebuild on the restored data."""

    restored = Signal(str)  # the message to show once the window is rebuilt

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = BackupTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("backupsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setColumnWidth(0, 140)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(2, 100)
        self.view.setMinimumHeight(170)
        policy = QLabel(
            tr(
                "Tự động sao lưu mỗi ngày khi mở ứng dụng và trước khi nâng cấp, nhập dữ "
                "liệu, nhận gói đồng bộ hay khôi phục. Giữ {KEEP_DAILY} bản hằng ngày gần "
                "nhất, một bản mỗi tháng trong {KEEP_MONTHLY} tháng, và {KEEP_EVENTS} bản "
                "gần nhất của các lần khác."
            ).format(KEEP_DAILY=KEEP_DAILY, KEEP_MONTHLY=KEEP_MONTHLY, KEEP_EVENTS=KEEP_EVENTS)
        )
        policy.setWordWrap(True)
        policy.setObjectName("backupPolicy")
        self.restore_button = QPushButton(tr("Khôi phục bản đã chọn…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.ask_restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(policy)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())

    def refresh(self) -> None:
        self.model.set_rows(backup_infos(self.workspace.path))
        self._update()

    def _update(self) -> None:
        allowed = self.workspace.actor.can(Permission.RESTORE_BACKUP)
        self.restore_button.setEnabled(allowed and self.selected() is not None)
        self.restore_button.setToolTip("" if allowed else tr("Chỉ tài khoản quản trị được khôi phục dữ liệu."))

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def ask_restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        ask_confirm(
            self,
            tr("Khôi phục dữ liệu"),
            tr(
                "Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {taken_at:%H:%M "
                "%d/%m/%Y} ({reason_label})?\n\nDữ liệu hiện tại được sao lưu trước khi thay, "
                "nên vẫn lấy lại được."
            ).format(taken_at=info.taken_at, reason_label=tr_label(info.reason_label)),
            lambda: self.restore(info),
            yes=tr("Khôi phục"),
        )

    def restore(self, info: BackupInfo) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            safety = self.workspace.restore(info.path)
        except UserError as exc:
            show_warning(self, tr("Không khôi phục được"), str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        kept = (
            tr("\n\nDữ liệu trước khi khôi phục được giữ trong bản sao lưu {name}.").format(name=safety.name)
            if safety
            else ""
        )
        self.restored.emit(
            tr("Đã khôi phục dữ liệu từ bản sao lưu lúc {taken_at:%H:%M %d/%m/%Y}.{kept}").format(
                taken_at=info.taken_at, kept=kept
            )
        )


_open: list[QMessageBox] = []  # shown after the window that asked was rebuilt: kept alive here


def show_restored(message: str) -> QMessageBox:
    box = show_info(None, tr("Đã khôi phục"), message)
    _open.append(box)
    box.destroyed.connect(lambda: _open.remove(box) if box in _open else None)
    return box
