"""Settings → the coverage rule of each department: how many must stay at work while others train
(at least this share of the department, at least this many per job position, and whether it receives
citizens). Each edit is saved at once (one transaction)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.courses.service import CoursesService
from app.errors import UserError
from app.organisation import DepartmentInfo
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.widgets.forms import hint_label

AnyIndex = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("", "Phòng, ban, đơn vị"),
    QT_TRANSLATE_NOOP("", "Tối thiểu ở lại (%)"),
    QT_TRANSLATE_NOOP("", "Tối thiểu mỗi vị trí"),
    QT_TRANSLATE_NOOP("", "Tiếp công dân"),
)


class CoverageModel(QAbstractTableModel):
    failed = Signal(str)

    def __init__(self, service: CoursesService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.rows: list[DepartmentInfo] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.service.departments()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not self.service.may_edit:  # a viewer reads the rules
            return base
        if index.column() in (1, 2):
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == 3:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return d.name
            if col == 1:
                return str(round(d.coverage_min_ratio * 100))
            if col == 2:
                return str(d.coverage_min_per_position)
        if role == Qt.ItemDataRole.CheckStateRole and col == 3:
            return Qt.CheckState.Checked if d.receives_citizens else Qt.CheckState.Unchecked
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        d = self.rows[index.row()]
        ratio, per, receives = d.coverage_min_ratio, d.coverage_min_per_position, d.receives_citizens
        col = index.column()
        try:
            if col == 1 and role == Qt.ItemDataRole.EditRole:
                ratio = _whole(value, tr("Tối thiểu ở lại")) / 100
            elif col == 2 and role == Qt.ItemDataRole.EditRole:
                per = _whole(value, tr("Tối thiểu mỗi vị trí"))
            elif col == 3 and role == Qt.ItemDataRole.CheckStateRole:
                receives = Qt.CheckState(value) == Qt.CheckState.Checked
            else:
                return False
            self.service.set_department_coverage(
                d.uid, min_ratio=ratio, min_per_position=per, receives_citizens=receives
            )
        except UserError as exc:
            self.failed.emit(str(exc))
            return False
        self.rows[index.row()] = DepartmentInfo(d.uid, d.name, d.kind, ratio, per, receives)
        self.dataChanged.emit(index, index)
        self.failed.emit("")
        return True


def _whole(value: Any, label: str) -> int:
    text = str(value).strip().rstrip("%").strip()
    if not text.isdigit():
        raise UserError(tr("{0}: nhập số nguyên (nhận được “{1}”).").format(label, value))
    return int(text)


class CoverageBox(QGroupBox):
    """The group box the Settings page shows."""

    def __init__(self, service: CoursesService, parent: QWidget | None = None) -> None:
        super().__init__(tr("Bảo đảm người làm việc khi cử đi học"), parent)
        self.setObjectName("coverageBox")
        self.model = CoverageModel(service, self)
        self.view = QTableView()
        self.view.setObjectName("coverageView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.view.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        hint = hint_label(
            tr(
                "Khi cử người đi học, ứng dụng cảnh báo nếu một phòng, ban còn ít người làm việc hơn quy định "
                "(mặc định: ít nhất một nửa ở lại và mỗi vị trí việc làm còn ít nhất một người)."
            )
        )
        self.error = QLabel()
        self.error.setObjectName("formErrors")
        self.model.failed.connect(self.error.setText)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view)
        layout.addWidget(self.error)

    def reload(self) -> None:
        self.model.reload()
        self.view.setMinimumHeight(min(360, 28 + 26 * max(3, len(self.model.rows))))
