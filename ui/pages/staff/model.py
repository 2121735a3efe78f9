"""Item models of the Staff page: a table of plain StaffRow values and a filtering proxy.

Rows arrive already in the Vietnamese order from the service. Sorting by a column reorders the
source list with a key function (one Python sort, not a comparison per pair through Qt), and
filtering tests a precomputed set, so 40,000 rows stay responsive."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from app.dates import format_date
from app.qualifications import level_label
from app.security.privacy import mask_cccd
from app.staff.job_positions import MATCH_LABELS, MatchState
from app.staff.records import StaffFilter, StaffRow
from app.text import collation_key
from db.enums import QualificationKind
from ui.i18n import QT_TRANSLATE_NOOP, format_duration, tr, tr_label

RowRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[StaffRow], str]
    key: Callable[[StaffRow], Any]
    width: int = 110


def _text_key(get: Callable[[StaffRow], str | None]) -> Callable[[StaffRow], Any]:
    return lambda r: collation_key(get(r) or "")


def _date_key(get: Callable[[StaffRow], date | None]) -> Callable[[StaffRow], Any]:
    return lambda r: get(r) or date.max


_PT, _SM = QualificationKind.POLITICAL_THEORY, QualificationKind.STATE_MANAGEMENT
COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("", "Họ và tên"), lambda r: r.full_name, lambda r: r.sort_key, 190),
    Column(QT_TRANSLATE_NOOP("", "Ngày sinh"), lambda r: r.birth_text, _date_key(lambda r: r.date_of_birth), 85),
    Column(QT_TRANSLATE_NOOP("", "Giới tính"), lambda r: tr_label(r.sex_label), lambda r: r.sex.value, 60),
    Column(
        QT_TRANSLATE_NOOP("", "Chức vụ, chức danh"), lambda r: r.position or "", _text_key(lambda r: r.position), 200
    ),
    Column(
        QT_TRANSLATE_NOOP("", "Phòng, ban, đơn vị"),
        lambda r: r.department_name,
        _text_key(lambda r: r.department_name),
        200,
    ),
    Column(QT_TRANSLATE_NOOP("", "Đối tượng"), lambda r: tr_label(r.category_label), lambda r: r.category_label, 120),
    Column(QT_TRANSLATE_NOOP("", "Chuyên môn"), lambda r: r.professional, _text_key(lambda r: r.professional), 190),
    Column(
        QT_TRANSLATE_NOOP("", "LLCT"),
        lambda r: tr_label(level_label(_PT, r.political_theory)),
        lambda r: r.political_theory or "",
        80,
    ),
    Column(
        QT_TRANSLATE_NOOP("", "QLNN"),
        lambda r: tr_label(level_label(_SM, r.state_management)),
        lambda r: r.state_management or "",
        110,
    ),
    Column(
        QT_TRANSLATE_NOOP("", "Nghỉ hưu"),
        lambda r: format_date(r.retirement_date),
        _date_key(lambda r: r.retirement_date),
        85,
    ),
    Column(
        QT_TRANSLATE_NOOP("", "Còn công tác"),
        lambda r: "" if r.months_left is None else format_duration(r.months_left),
        lambda r: r.months_left if r.months_left is not None else 10**6,
        100,
    ),
    Column(
        QT_TRANSLATE_NOOP("", "Vị trí việc làm"),
        lambda r: tr_label(MATCH_LABELS[r.match]) if r.match != MatchState.UNKNOWN else "",
        lambda r: r.match.value,
        170,
    ),
    Column(QT_TRANSLATE_NOOP("", "Trạng thái"), lambda r: tr_label(r.status_label), lambda r: r.status_label, 110),
)
NAME_COLUMN = 0

_GREY = QBrush(QColor("#8a8a8a"))
_WARN = QBrush(QColor("#b3261e"))


class StaffTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[StaffRow] = []
        self.retiring_soon_months = 24

    def set_rows(self, rows: Sequence[StaffRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.status.on_books:
                return _GREY
            if index.column() == 11 and row.match == MatchState.MISMATCH:
                return _WARN
            if (
                index.column() in (9, 10)
                and row.months_left is not None
                and row.months_left <= self.retiring_soon_months
            ):
                return _WARN
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NAME_COLUMN:
            cccd = mask_cccd(row.cccd) or tr("chưa có")  # a list's tooltip needs no full CCCD
            return tr("{full_name}\nCCCD: {cccd}\nVị trí việc làm: {job_position}").format(
                full_name=row.full_name, cccd=cccd, job_position=row.job_position or tr("chưa có")
            )
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        key = COLUMNS[column].key
        # keep the Vietnamese name order inside equal values
        self.rows.sort(key=lambda r: r.sort_key)
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def row_of(self, uid: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.uid == uid), -1)


class StaffFilterProxy(QSortFilterProxyModel):
    """Filters by a StaffFilter; sorting is delegated to the source model (see module doc)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.criteria = StaffFilter()
        self._accepted: set[str] | None = None

    def load(self, rows: Sequence[StaffRow]) -> None:
        """Replace the source rows; the filter set is computed first so the reset filters once."""
        accepts = self.criteria.compile()
        self._accepted = {r.uid for r in rows if accepts(r)}
        source = self.sourceModel()
        assert isinstance(source, StaffTableModel)
        source.set_rows(rows)

    def set_criteria(self, criteria: StaffFilter) -> None:
        previous, self.criteria = self.criteria, criteria
        source = self.sourceModel()
        rows = source.rows if isinstance(source, StaffTableModel) else []
        accepts = criteria.compile()
        if self._accepted is not None and criteria.narrows(previous):
            # typing more letters: only the rows still shown can remain
            accepted = self._accepted
            self._accepted = {r.uid for r in rows if r.uid in accepted and accepts(r)}
        else:
            self._accepted = {r.uid for r in rows if accepts(r)}
        # One full invalidation: far cheaper than Qt's row-range bookkeeping when thousands of
        # scattered rows appear or disappear at once.
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        source = self.sourceModel()
        assert isinstance(source, StaffTableModel)
        if self._accepted is None:
            return self.criteria.accepts(source.rows[source_row])
        return source.rows[source_row].uid in self._accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def row_at(self, index: QModelIndex) -> StaffRow | None:
        if not index.isValid():
            return None
        value = self.data(index, RowRole)
        return value if isinstance(value, StaffRow) else None
