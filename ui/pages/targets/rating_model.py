"""The classification grid's model: the unit's sheet for a period with the clerk's pending edits.

Edits stay in the model (the rows turn yellow) until "Lưu", which sends them to the service in one
transaction; the level shown follows the score as it is typed, the same rule the service applies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.errors import UserError
from app.evaluations.classification import (
    GENERAL_MAX,
    LEVEL_LABELS,
    LEVEL_SHORT,
    METHOD_LABELS,
    TASK_MAX,
    GroupSummary,
    Period,
    RatingEntry,
    SheetRow,
    format_score,
    level_from_score,
    parse_level,
    parse_score,
    summarise,
)
from app.labels import CATEGORY_SHORT
from app.text import clean_text, fold
from db.enums import QualityLevel, RatingMethod
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label

AnyIndex = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1

# The person's name is the vertical header, so it stays in view while the grid scrolls sideways.
CATEGORY, METHOD, GENERAL, TASK, TOTAL, LEVEL, DISCIPLINED, AVERAGE, DEPARTMENT, NOTE = range(10)
HEADERS = (
    QT_TRANSLATE_NOOP("", "Đối tượng"),
    QT_TRANSLATE_NOOP("", "Cách xếp loại"),
    QT_TRANSLATE_NOOP("", "Tiêu chí chung /30"),
    QT_TRANSLATE_NOOP("", "KQ nhiệm vụ /70"),
    QT_TRANSLATE_NOOP("", "Tổng điểm"),
    QT_TRANSLATE_NOOP("", "Mức xếp loại"),
    QT_TRANSLATE_NOOP("", "Kỷ luật"),
    QT_TRANSLATE_NOOP("", "TB các kỳ"),
    QT_TRANSLATE_NOOP("", "Phòng, ban"),
    QT_TRANSLATE_NOOP("", "Ghi chú"),
)
WIDTHS = (105, 90, 115, 110, 72, 170, 75, 70, 150, 200)

_DIRTY = QBrush(QColor("#fff6d6"))
_WARN = QBrush(QColor("#b3261e"))
_MUTED = QBrush(QColor("#8a8a8a"))
_LEVEL_COLORS = {
    QualityLevel.EXCELLENT: QColor("#2e7d32"),
    QualityLevel.GOOD: QColor("#1a5fb4"),
    QualityLevel.COMPLETE: QColor("#6d4c00"),
    QualityLevel.INCOMPLETE: QColor("#b3261e"),
}
_YES = {"x", "co", "1", "true", "yes", "ky luat", "bi ky luat"}


@dataclass
class Values:
    """What a row holds now (stored values with the clerk's edits on top)."""

    general: float | None
    task: float | None
    level: QualityLevel | None  # direct method only
    disciplined: bool
    note: str | None

    def empty(self) -> bool:
        return self.general is None and self.task is None and self.level is None and not self.disciplined


def _stored(row: SheetRow) -> Values:
    level = row.proposed_level if row.method == RatingMethod.DIRECT else None
    return Values(row.general_score, row.task_score, level, row.disciplined, row.note)


class RatingSheetModel(QAbstractTableModel):
    invalid = Signal(str)  # a typed value was refused (the message says why)
    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SheetRow] = []
        self.values: dict[str, Values] = {}
        self.dirty: set[str] = set()
        self.editable = True
        self.period: Period | None = None

    # ------------------------------------------------------------------------------ content
    def load(self, period: Period, rows: Sequence[SheetRow], *, editable: bool) -> None:
        self.beginResetModel()
        self.period, self.rows, self.editable = period, list(rows), editable
        self.values = {r.uid: _stored(r) for r in self.rows}
        self.dirty = set()
        self.endResetModel()
        self.changed.emit()

    def revert(self) -> None:
        if self.period is not None:
            self.load(self.period, self.rows, editable=self.editable)

    def row_of(self, uid: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.uid == uid), -1)

    def proposed(self, row: SheetRow) -> QualityLevel | None:
        """The level the current values give (None while incomplete)."""
        v = self.values[row.uid]
        if row.method == RatingMethod.SCORE:
            if v.general is None or v.task is None:
                return None
            return level_from_score(v.general + v.task, disciplined=v.disciplined)
        if v.disciplined:
            return QualityLevel.INCOMPLETE
        return v.level

    def final(self, row: SheetRow) -> QualityLevel | None:
        proposed = self.proposed(row)
        if proposed == QualityLevel.EXCELLENT and row.capped:
            return QualityLevel.GOOD
        return proposed

    def total(self, row: SheetRow) -> float | None:
        v = self.values[row.uid]
        return None if v.general is None or v.task is None else round(v.general + v.task, 2)

    def entries(self) -> list[RatingEntry]:
        """The pending changes as service entries (a row emptied by the clerk clears its rating)."""
        out = []
        for row in self.rows:
            if row.uid not in self.dirty:
                continue
            v = self.values[row.uid]
            if v.empty():
                if row.rated:
                    out.append(RatingEntry(row.uid, clear=True))
                continue
            out.append(
                RatingEntry(
                    row.uid,
                    level=v.level if row.method == RatingMethod.DIRECT else None,
                    general_score=v.general,
                    task_score=v.task,
                    disciplined=v.disciplined,
                    note=v.note,
                )
            )
        return out

    def summaries(self) -> list[GroupSummary]:
        if self.period is None:
            return []
        return summarise(self.period, ((r.category, self.final(r)) for r in self.rows))

    # ------------------------------------------------------------------------------ Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            row = self.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return row.full_name
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [row.full_name, row.position, row.department]
                if not row.on_books:
                    lines.append(tr("Đã rời danh sách"))
                return "\n".join(x for x in lines if x)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ForegroundRole and not row.on_books:
                return _MUTED
        return None

    def cell_editable(self, row: SheetRow, column: int) -> bool:
        if not self.editable:
            return False
        if column in (GENERAL, TASK):
            return row.method == RatingMethod.SCORE
        if column == LEVEL:
            return row.method == RatingMethod.DIRECT
        return column in (NOTE, DISCIPLINED)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if self.cell_editable(row, index.column()):
            if index.column() == DISCIPLINED:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _text(self, row: SheetRow, column: int) -> str:
        v = self.values[row.uid]
        if column == DEPARTMENT:
            return row.department
        if column == CATEGORY:
            return tr_label(CATEGORY_SHORT[row.category])
        if column == METHOD:
            return tr("Chấm điểm") if row.method == RatingMethod.SCORE else tr("Chọn mức")
        if column == GENERAL:
            return format_score(v.general)
        if column == TASK:
            return format_score(v.task)
        if column == TOTAL:
            return format_score(self.total(row))
        if column == AVERAGE:
            return format_score(row.periods_average)
        if column == LEVEL:
            proposed, final = self.proposed(row), self.final(row)
            if final is None:
                return tr("(chưa đủ điểm)") if row.method == RatingMethod.SCORE and not v.empty() else ""
            text = tr_label(LEVEL_SHORT[final])
            if final != proposed:
                text += " " + tr("(vượt tỷ lệ 20%)")
            elif v.disciplined:
                text += " " + tr("(kỷ luật)")
            return text
        if column == NOTE:
            return v.note or ""
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            v = self.values[row.uid]
            if column == LEVEL:
                return v.level.value if v.level else ""
            return self._text(row, column)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.CheckStateRole and column == DISCIPLINED:
            return Qt.CheckState.Checked if self.values[row.uid].disciplined else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and row.uid in self.dirty:
            return _DIRTY
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == LEVEL and (level := self.final(row)) is not None:
                return QBrush(_LEVEL_COLORS[level])
            if column in (GENERAL, TASK, LEVEL) and not self.cell_editable(row, column):
                return _MUTED
            if not row.on_books:
                return _MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (GENERAL, TASK, TOTAL, AVERAGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: SheetRow, column: int) -> str | None:
        if column == LEVEL:
            level = self.final(row)
            parts = [tr_label(LEVEL_LABELS[level])] if level else []
            if row.capped and self.proposed(row) == QualityLevel.EXCELLENT:
                parts.append(tr("Đạt mức xuất sắc theo điểm nhưng xếp Hoàn thành tốt do vượt tỷ lệ 20%"))
                if row.cap_note:
                    parts.append(tr("Lý do: {r}").format(r=row.cap_note))
            return "\n".join(parts) or None
        if column == METHOD:
            return tr_label(METHOD_LABELS[row.method])
        if column in (GENERAL, TASK) and row.method == RatingMethod.DIRECT:
            return tr("Kỳ này người này xếp loại trực tiếp theo mức, không chấm điểm")
        if column == AVERAGE and row.periods_average is not None:
            return tr("Điểm trung bình các tháng, quý của năm (tham khảo khi chấm điểm năm)")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        column = index.column()
        if not self.cell_editable(row, column):
            return False
        v = self.values[row.uid]
        try:
            if column == DISCIPLINED:
                if role == Qt.ItemDataRole.CheckStateRole:
                    flag = Qt.CheckState(value) == Qt.CheckState.Checked
                else:
                    flag = fold(str(value or "")) in _YES
                if flag == v.disciplined:
                    return True
                v.disciplined = flag
            elif role != Qt.ItemDataRole.EditRole:
                return False
            elif column == GENERAL:
                v.general = parse_score(
                    str(value or ""), tr("{name}: điểm tiêu chí chung").format(name=row.full_name), GENERAL_MAX
                )
            elif column == TASK:
                v.task = parse_score(
                    str(value or ""), tr("{name}: điểm kết quả nhiệm vụ").format(name=row.full_name), TASK_MAX
                )
            elif column == LEVEL:
                v.level = value if isinstance(value, QualityLevel) else parse_level(str(value or ""))
            elif column == NOTE:
                v.note = clean_text(str(value or ""))
        except UserError as exc:
            self.invalid.emit(exc.message)
            return False
        self.dirty.add(row.uid)
        left, right = self.index(index.row(), 0), self.index(index.row(), len(HEADERS) - 1)
        self.dataChanged.emit(left, right)
        self.changed.emit()
        return True


class RatingFilterProxy(QSortFilterProxyModel):
    """Filters the grid by department and by a name typed without accents; keeps the sheet's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.department = ""
        self.tokens: list[str] = []
        self.category = ""

    def set_filter(self, *, department: str = "", search: str = "", category: str = "") -> None:
        self.department, self.tokens, self.category = department, fold(search).split(), category
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RatingSheetModel)
        row = model.rows[source_row]
        if self.department and row.department != self.department:
            return False
        if self.category and row.category.value != self.category:
            return False
        name = fold(row.full_name)
        return all(t in name for t in self.tokens)

    def row_at(self, index: QModelIndex) -> SheetRow | None:
        value = self.data(index, RowRole) if index.isValid() else None
        return value if isinstance(value, SheetRow) else None
