"""A table model over a list of plain, frozen rows (dataclasses) described by columns: what the
courses, nominations and decisions lists show. Rows may be checkable (the candidate list); sorting
reorders the list with the column's key (one Python sort)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ui.i18n import tr

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
LONG_TEXT = 24  # characters: longer cell texts are also their own tooltip


@dataclass(frozen=True)
class Col(Generic[T]):
    title: str
    text: Callable[[T], str]
    key: Callable[[T], Any] | None = None
    width: int = 120


class RowsModel(QAbstractTableModel, Generic[T]):
    checked_changed = Signal()

    def __init__(
        self,
        columns: Sequence[Col[T]],
        parent: Any = None,
        *,
        uid: Callable[[T], str] = lambda r: r.uid,  # type: ignore[attr-defined]
        checkable: bool = False,
        colour: Callable[[T, int], str | None] | None = None,
        tooltip: Callable[[T, int], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []
        self.uid = uid
        self.checkable = checkable
        self.checked: set[str] = set()
        self.colour = colour
        self.tooltip = tooltip

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        present = {self.uid(r) for r in self.rows}
        self.checked &= present
        self.endResetModel()
        self.checked_changed.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.checkable and index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[col].text(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and col == 0:
            return Qt.CheckState.Checked if self.uid(row) in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and self.colour is not None:
            colour = self.colour(row, col)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tooltip(row, col) if self.tooltip is not None else None
            if tip:
                return tip
            # long course names and summaries are cut with "…" in their column: hovering reads them whole
            text = self.columns[col].text(row)
            return text if len(text) > LONG_TEXT else None
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (self.checkable and index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole):
            return False
        uid = self.uid(self.rows[index.row()])
        state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        if state == Qt.CheckState.Checked:
            self.checked.add(uid)
        else:
            self.checked.discard(uid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def set_checked(self, uids: Iterable[str], checked: bool = True) -> None:
        wanted = set(uids)
        if checked:
            self.checked |= wanted
        else:
            self.checked -= wanted
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def checked_rows(self) -> list[T]:
        return [r for r in self.rows if self.uid(r) in self.checked]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].key
        if key is None:
            return
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def row_of(self, uid: str) -> int:
        return next((i for i, r in enumerate(self.rows) if self.uid(r) == uid), -1)

    def row_at(self, index: QModelIndex) -> T | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]


def make_table(view: Any, model: RowsModel[Any], *, sortable: bool = True) -> None:
    """The common look of the lists: whole rows, one selection, no editing, widths from the columns."""
    from PySide6.QtWidgets import QAbstractItemView

    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order
    view.setSortingEnabled(sortable)
    for i, col in enumerate(model.columns):
        view.setColumnWidth(i, col.width)


def select_row(view: Any, row: int) -> None:
    """Select exactly ``row`` of a list from code. (QTableView.selectRow toggles the row instead while
    Ctrl is held, e.g. right after a Ctrl+S.)"""
    from PySide6.QtCore import QItemSelectionModel

    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(index, flags)
