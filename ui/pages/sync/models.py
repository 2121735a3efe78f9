"""Item models of the Sync page: communes (province), files being received, the bundle log, conflicts.
Each is a table of plain values from app.sync with a sort role, shown through a sort proxy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from app.dates import format_date
from app.sync.importer import APPLIED, NEEDS_KEY, REFUSED, STATUS_LABELS, WAITING, Outcome
from app.sync.status import CommuneStatus, ConflictInfo, LogEntry, local_day
from app.text import collation_key, fold
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

GREEN, AMBER, RED, GREY = QColor("#1b7a3a"), QColor("#9a6700"), QColor("#b3261e"), QColor("#777777")


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    key: Callable[[T], Any]
    width: int = 110
    colour: Callable[[T], QColor | None] | None = None
    align_right: bool = False


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self, columns: Sequence[Column[T]], parent: Any = None, row_tip: Callable[[T], str] | None = None
    ) -> None:
        """``row_tip``: a tooltip for every cell of a row (a refused file's reason), else each cell's text."""
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []
        self.row_tip = row_tip

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SortRole:
            return column.key(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.row_tip(row) if self.row_tip else "") or column.text(row) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section].title)
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts by each column's key; filters by folded text typed by the user (any column)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.tokens: list[str] = []

    def set_search(self, text: str) -> None:
        self.tokens = fold(text).split()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self.tokens:
            return True
        model = self.sourceModel()
        text = " ".join(str(model.index(source_row, c, source_parent).data() or "") for c in range(model.columnCount()))
        folded = fold(text)
        return all(t in folded for t in self.tokens)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def row_at(self, index: AnyIndex) -> Any:
        return self.mapToSource(index).data(RowRole) if index.isValid() else None


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%d/%m/%Y %H:%M") if value else ""


def _day(value: datetime | None) -> str:
    return format_date(local_day(value))


def _ts(value: datetime | None) -> float:
    return value.timestamp() if value else 0.0


# ------------------------------------------------------------------------------------------ communes
def _freshness_colour(row: CommuneStatus) -> QColor:
    return {"fresh": GREEN, "old": AMBER, "stale": RED}.get(row.freshness, GREY)


def freshness_text(row: CommuneStatus) -> str:
    if row.days is None:
        return tr("Chưa nhận tệp nào")
    label = {"fresh": tr("Mới"), "old": tr("Cũ"), "stale": tr("Quá hạn")}[row.freshness]
    return tr("{label} ({days} ngày)").format(label=label, days=row.days)


COMMUNE_COLUMNS: tuple[Column[CommuneStatus], ...] = (
    Column(QT_TRANSLATE_NOOP("", "Mã"), lambda r: r.code, lambda r: r.code, 60),
    Column(QT_TRANSLATE_NOOP("", "Xã, phường"), lambda r: r.name, lambda r: collation_key(r.name), 180),
    Column(
        QT_TRANSLATE_NOOP("", "Tệp gần nhất"), lambda r: _day(r.last_bundle_at), lambda r: _ts(r.last_bundle_at), 100
    ),
    Column(
        QT_TRANSLATE_NOOP("", "Tình trạng"),
        freshness_text,
        lambda r: r.days if r.days is not None else 10**6,
        130,
        _freshness_colour,
    ),
    Column(
        QT_TRANSLATE_NOOP("", "Số người"),
        lambda r: f"{r.people:,}".replace(",", "."),
        lambda r: r.people,
        75,
        None,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("", "Văn bằng"),
        lambda r: f"{r.qualifications:,}".replace(",", "."),
        lambda r: r.qualifications,
        80,
        None,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("", "Lượt cử đi học"),
        lambda r: f"{r.nominations:,}".replace(",", "."),
        lambda r: r.nominations,
        90,
        None,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("", "Xung đột"),
        lambda r: str(r.open_conflicts) if r.open_conflicts else "",
        lambda r: r.open_conflicts,
        70,
        lambda r: RED if r.open_conflicts else None,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("", "Ghi chú"),
        lambda r: r.gap or ("" if r.key_fingerprint else tr("Chưa có khóa: gửi tệp thiết lập")),
        lambda r: r.gap or "",
        170,
        lambda r: AMBER if r.gap or not r.key_fingerprint else None,
    ),
    Column(QT_TRANSLATE_NOOP("", "Nhập lúc"), lambda r: _when(r.last_import_at), lambda r: _ts(r.last_import_at), 125),
)


# ------------------------------------------------------------------------------------------- outcomes
def _status_colour(o: Outcome) -> QColor | None:
    return {APPLIED: GREEN, REFUSED: RED, NEEDS_KEY: AMBER, WAITING: AMBER}.get(o.status)


def outcome_result(o: Outcome) -> str:
    """ "Bị từ chối — chữ ký số không hợp lệ…": a refused (or waiting) file says why in its own row."""
    label = tr_label(STATUS_LABELS[o.status])
    if o.status in (REFUSED, WAITING) and o.reason:
        return f"{label} — {o.short_reason()}"
    return label


def outcome_tip(o: Outcome) -> str:
    """The whole reason, on every cell of a refused (or waiting) file's row."""
    return f"{tr_label(STATUS_LABELS[o.status])}: {o.reason}" if o.status in (REFUSED, WAITING) and o.reason else ""


def _count(name: str) -> Callable[[Outcome], str]:
    def text(o: Outcome) -> str:
        n = sum(getattr(c, name) for c in o.counts.values())
        return str(n) if n else ""

    return text


def _count_key(name: str) -> Callable[[Outcome], int]:
    return lambda o: sum(getattr(c, name) for c in o.counts.values())


OUTCOME_COLUMNS: tuple[Column[Outcome], ...] = (
    Column(QT_TRANSLATE_NOOP("", "Tệp"), lambda o: o.file_name, lambda o: collation_key(o.file_name), 220),
    Column(
        QT_TRANSLATE_NOOP("", "Đơn vị gửi"),
        lambda o: f"{o.origin.name} ({o.origin.code})" if o.origin else "",
        lambda o: o.origin.code if o.origin else "",
        190,
    ),
    Column(QT_TRANSLATE_NOOP("", "Ngày lập"), lambda o: _day(o.created_at), lambda o: _ts(o.created_at), 85),
    Column(
        QT_TRANSLATE_NOOP("", "Kết quả"),
        outcome_result,
        lambda o: o.status,
        340,
        _status_colour,
    ),
    Column(QT_TRANSLATE_NOOP("", "Thêm"), _count("created"), _count_key("created"), 55, None, True),
    Column(QT_TRANSLATE_NOOP("", "Sửa"), _count("updated"), _count_key("updated"), 50, None, True),
    Column(QT_TRANSLATE_NOOP("", "Không đổi"), _count("unchanged"), _count_key("unchanged"), 70, None, True),
    Column(QT_TRANSLATE_NOOP("", "Xóa"), _count("deleted"), _count_key("deleted"), 45, None, True),
    Column(
        QT_TRANSLATE_NOOP("", "Xung đột"),
        _count("conflicts"),
        _count_key("conflicts"),
        70,
        lambda o: RED if o.conflicts else None,
        True,
    ),
)


# ------------------------------------------------------------------------------------------------ log
RESULT_LABELS = {
    "sent": QT_TRANSLATE_NOOP("", "Đã gửi"),
    "applied": QT_TRANSLATE_NOOP("", "Đã nhập"),
    "already": QT_TRANSLATE_NOOP("", "Đã nhập trước đó"),
    "refused": QT_TRANSLATE_NOOP("", "Bị từ chối"),
    "needs_key": QT_TRANSLATE_NOOP("", "Cần xác nhận khóa"),
    "preview": QT_TRANSLATE_NOOP("", "Đã xem trước"),
    "waiting": QT_TRANSLATE_NOOP("", "Chờ tệp trước đó"),
}


def _log_colour(e: LogEntry) -> QColor | None:
    return {"refused": RED, "needs_key": AMBER, "waiting": AMBER, "applied": GREEN}.get(e.result)


LOG_COLUMNS: tuple[Column[LogEntry], ...] = (
    Column(QT_TRANSLATE_NOOP("", "Thời điểm"), lambda e: _when(e.at), lambda e: _ts(e.at), 120),
    Column(
        QT_TRANSLATE_NOOP("", "Chiều"),
        lambda e: tr("Gửi đi") if e.direction == "out" else tr("Nhận về"),
        lambda e: e.direction,
        70,
    ),
    Column(QT_TRANSLATE_NOOP("", "Đơn vị"), lambda e: e.unit_label, lambda e: collation_key(e.unit_label), 200),
    Column(
        QT_TRANSLATE_NOOP("", "Kết quả"),
        lambda e: tr(RESULT_LABELS.get(e.result, e.result)),
        lambda e: e.result,
        120,
        _log_colour,
    ),
    Column(
        QT_TRANSLATE_NOOP("", "Tệp"),
        lambda e: Path(e.file_name).name,
        lambda e: collation_key(Path(e.file_name).name),
        280,
    ),
    Column(
        QT_TRANSLATE_NOOP("", "Ngày lập tệp"),
        lambda e: _day(e.bundle_created_at),
        lambda e: _ts(e.bundle_created_at),
        90,
    ),
    Column(QT_TRANSLATE_NOOP("", "Mã băm (SHA-256)"), lambda e: e.file_hash[:16], lambda e: e.file_hash, 130),
    Column(QT_TRANSLATE_NOOP("", "Ghi chú"), lambda e: e.message, lambda e: e.message, 300),
)


# ------------------------------------------------------------------------------------------ conflicts
CONFLICT_REASONS = {  # ConflictInfo.reason_label, for the translation
    "edit_vs_delete": QT_TRANSLATE_NOOP("", "Sửa và xóa cùng lúc"),
    "same_revision": QT_TRANSLATE_NOOP("", "Cùng phiên bản, nội dung khác"),
}


def _conflict_reason(c: ConflictInfo) -> str:
    return tr(CONFLICT_REASONS[c.reason]) if c.reason in CONFLICT_REASONS else c.reason_label


CONFLICT_COLUMNS: tuple[Column[ConflictInfo], ...] = (
    Column(QT_TRANSLATE_NOOP("", "Loại"), lambda c: tr_label(c.kind_label), lambda c: c.kind_label, 130),
    Column(QT_TRANSLATE_NOOP("", "Bản ghi"), lambda c: c.what or c.uid, lambda c: collation_key(c.what or c.uid), 220),
    Column(QT_TRANSLATE_NOOP("", "Đơn vị"), lambda c: c.origin_label, lambda c: collation_key(c.origin_label), 200),
    Column(QT_TRANSLATE_NOOP("", "Lý do"), _conflict_reason, lambda c: c.reason, 180),
    Column(QT_TRANSLATE_NOOP("", "Phát hiện lúc"), lambda c: _when(c.detected_at), lambda c: _ts(c.detected_at), 120),
)
