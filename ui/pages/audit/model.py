"""Item model of the audit page: plain AuditRow values, newest first, sortable by column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.audit import AuditRow, summary
from app.text import collation_key
from ui.i18n import tr, tr_label

RowRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
_WARN = QBrush(QColor("#b3261e"))


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[AuditRow], str]
    key: Callable[[AuditRow], Any]
    width: int


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.mask = True
        self.columns: tuple[Column, ...] = (
            Column(tr("Thời điểm"), lambda r: r.when, lambda r: r.at, 140),
            Column(tr("Người thực hiện"), lambda r: r.who, lambda r: collation_key(r.who), 150),
            Column(tr("Thao tác"), lambda r: tr_label(r.action_label), lambda r: r.action_label, 110),
            Column(
                tr("Loại dữ liệu"), lambda r: tr_label(r.entity_label), lambda r: collation_key(r.entity_label), 140
            ),
            Column(tr("Bản ghi"), lambda r: r.label, lambda r: collation_key(r.label), 190),
            Column(tr("Thay đổi"), lambda r: summary(r, mask=self.mask), lambda r: len(r.changes), 520),
        )

    def set_rows(self, rows: Sequence[AuditRow], *, mask: bool = True) -> None:
        self.beginResetModel()
        self.rows, self.mask = list(rows), mask
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.action in ("sign_in_failed", "locked", "delete"):
            return _WARN
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda r: (r.at, r.id), reverse=True)
        self.rows.sort(key=self.columns[column].key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def row_at(self, index: QModelIndex) -> AuditRow | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None
