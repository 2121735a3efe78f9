"""Item models of the targets tab: the targets with their progress, and the people still missing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.dates import format_date
from app.labels import CATEGORY_SHORT
from app.targets.progress import MissingPerson, Status, TargetProgress, format_percent
from app.text import collation_key
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.widgets.charts import BarRole, BarValue

AnyIndex = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

STATUS_COLORS: dict[Status, str] = {
    Status.ACHIEVED: "#2e7d32",
    Status.ON_TRACK: "#1a5fb4",
    Status.AT_RISK: "#d68910",
    Status.MISSED: "#b3261e",
    Status.NO_DATA: "#8a8a8a",
}


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any]
    width: int = 100


def _status_text(r: TargetProgress) -> str:
    return tr_label(r.status_label)


POPULATION_COLUMN = 1
TARGET_COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("", "Chỉ tiêu"), lambda r: r.spec.name, lambda r: collation_key(r.spec.name), 360),
    Column(QT_TRANSLATE_NOOP("", "Đối tượng"), lambda r: str(r.population), lambda r: r.population, 70),
    Column(QT_TRANSLATE_NOOP("", "Đạt"), lambda r: str(r.achieved), lambda r: r.achieved, 60),
    Column(
        QT_TRANSLATE_NOOP("", "Tỷ lệ / ngưỡng"),
        lambda r: format_percent(r.percent),
        lambda r: -1 if r.percent is None else r.percent,
        190,
    ),
    Column(QT_TRANSLATE_NOOP("", "Ngưỡng"), lambda r: r.threshold_label, lambda r: r.spec.threshold, 70),
    Column(QT_TRANSLATE_NOOP("", "Hạn"), lambda r: format_date(r.spec.deadline), lambda r: r.spec.deadline, 85),
    Column(QT_TRANSLATE_NOOP("", "Trạng thái"), _status_text, lambda r: list(Status).index(r.status), 150),
    Column(
        QT_TRANSLATE_NOOP("", "Kế hoạch"), lambda r: r.spec.plan_name, lambda r: collation_key(r.spec.plan_name), 300
    ),
)
PROGRESS_COLUMN = 3
STATUS_COLUMN = 6


class TableModel(QAbstractTableModel):
    """A read-only table of plain rows described by ``Column``s."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == RowRole:
            return row
        if role == SortRole:
            return column.key(row)
        return self.extra(row, index.column(), role)

    def extra(self, row: Any, column: int, role: int) -> Any:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section].title)
        return None


class TargetTableModel(TableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(TARGET_COLUMNS, parent)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            section == POPULATION_COLUMN
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return tr("Đối tượng", "number of people a target counts")  # elsewhere "Đối tượng" is a category
        return super().headerData(section, orientation, role)

    def extra(self, row: Any, column: int, role: int) -> Any:
        assert isinstance(row, TargetProgress)
        color = STATUS_COLORS[row.status]
        if role == BarRole and column == PROGRESS_COLUMN:
            return BarValue(row.percent, row.spec.threshold, color)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS_COLUMN:
            return QBrush(QColor(color))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{name}\nĐối tượng: {population}\nCần đạt: {achievement}").format(
                name=row.spec.name, population=row.population_text, achievement=row.achievement_text
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, uid: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.spec.uid == uid), -1)


MISSING_COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("", "Họ và tên"), lambda m: m.full_name, lambda m: m.sort_key, 190),
    Column(
        QT_TRANSLATE_NOOP("", "Ngày sinh"), lambda m: format_date(m.date_of_birth), lambda m: m.date_of_birth or "", 85
    ),
    Column(QT_TRANSLATE_NOOP("", "Chức vụ"), lambda m: m.position, lambda m: collation_key(m.position), 170),
    Column(QT_TRANSLATE_NOOP("", "Phòng, ban"), lambda m: m.department, lambda m: collation_key(m.department), 190),
    Column(
        QT_TRANSLATE_NOOP("", "Đối tượng"),
        lambda m: tr_label(CATEGORY_SHORT[m.category]),
        lambda m: m.category.value,
        90,
    ),
    Column(QT_TRANSLATE_NOOP("", "Hiện có"), lambda m: m.detail, lambda m: collation_key(m.detail), 240),
)


class MissingModel(TableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(MISSING_COLUMNS, parent)

    def person(self, row: int) -> MissingPerson | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
