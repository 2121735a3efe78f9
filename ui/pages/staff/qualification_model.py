"""Table model of the qualifications being edited in the person dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.dates import format_date
from app.labels import QUALIFICATION_KIND_LABELS
from app.qualifications import level_label
from app.staff.form import QualificationInput
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label

AnyIndex = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("", "Loại"),
    QT_TRANSLATE_NOOP("", "Trình độ"),
    QT_TRANSLATE_NOOP("", "Chuyên ngành"),
    QT_TRANSLATE_NOOP("", "Cơ sở đào tạo"),
    QT_TRANSLATE_NOOP("", "Năm"),
    QT_TRANSLATE_NOOP("", "Số hiệu"),
    QT_TRANSLATE_NOOP("", "Hiệu lực đến"),
)


class QualificationTableModel(QAbstractTableModel):
    def __init__(self, items: list[QualificationInput] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[QualificationInput] = list(items or [])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        q = self.items[index.row()]
        return (
            tr_label(QUALIFICATION_KIND_LABELS[q.kind]),
            tr_label(level_label(q.kind, q.level)),
            q.major or "",
            q.institution or "",
            str(q.year or ""),
            q.certificate_no or "",
            format_date(q.valid_until),
        )[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def add(self, item: QualificationInput) -> None:
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items))
        self.items.append(item)
        self.endInsertRows()

    def replace(self, row: int, item: QualificationInput) -> None:
        self.items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()
