"""The attendance grid: people × sessions, filled from the keyboard like an attendance book.

Keys (the cell cursor moves down after each mark, as a clerk goes down the list):
x, c, 1 or + present · p excused · k, v, 0 or - absent · Space cycles · Delete clears ·
Enter goes down · Ctrl+V pastes a block from Excel · Ctrl+S saves. Edits stay yellow until saved;
the last column keeps each person's share up to date, red below the minimum."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from app.classes.attendance import ATTENDANCE_LABELS, ATTENDANCE_MARKS, AttendanceSheet, AttendanceSummary, parse_mark
from app.errors import UserError
from db.enums import AttendanceStatus
from ui.i18n import tr, tr_label

AnyIndex = QModelIndex | QPersistentModelIndex
A = AttendanceStatus
CYCLE: tuple[AttendanceStatus | None, ...] = (A.PRESENT, A.EXCUSED, A.ABSENT, None)
COLOURS = {A.PRESENT: QColor("#e3f4e6"), A.EXCUSED: QColor("#fff3d6"), A.ABSENT: QColor("#fbe0df")}
PENDING = QColor("#fff6a8")
LOW = QColor("#b3261e")
KEY_MARKS = {"x": A.PRESENT, "c": A.PRESENT, "1": A.PRESENT, "+": A.PRESENT, "p": A.EXCUSED}
KEY_MARKS |= {"k": A.ABSENT, "v": A.ABSENT, "0": A.ABSENT, "-": A.ABSENT}


class AttendanceModel(QAbstractTableModel):
    invalid = Signal(str)
    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sheet: AttendanceSheet | None = None
        self.pending: dict[tuple[str, str], AttendanceStatus | None] = {}

    # ------------------------------------------------------------------------------ content
    def load(self, sheet: AttendanceSheet | None) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.pending = {}
        self.endResetModel()
        self.changed.emit()

    def revert(self) -> None:
        self.load(self.sheet)

    @property
    def editable(self) -> bool:
        return self.sheet is not None and self.sheet.editable

    @property
    def sessions(self) -> int:
        return len(self.sheet.sessions) if self.sheet else 0

    def current(self) -> dict[tuple[str, str], AttendanceStatus | None]:
        """The stored marks with the pending edits applied."""
        assert self.sheet is not None
        marks: dict[tuple[str, str], AttendanceStatus | None] = dict(self.sheet.marks)
        marks.update(self.pending)
        return marks

    def mark_at(self, row: int, col: int) -> AttendanceStatus | None:
        assert self.sheet is not None
        key = (self.sheet.people[row].staff_uid, self.sheet.sessions[col].uid)
        if key in self.pending:
            return self.pending[key]
        return self.sheet.marks.get(key)

    def summary(self, row: int) -> AttendanceSummary:
        assert self.sheet is not None
        return self.sheet.summary(self.sheet.people[row].staff_uid, self.current())

    def set_mark(self, row: int, col: int, mark: AttendanceStatus | None) -> bool:
        if not self.editable or self.sheet is None or not (0 <= col < self.sessions):
            return False
        key = (self.sheet.people[row].staff_uid, self.sheet.sessions[col].uid)
        if self.sheet.marks.get(key) == mark:
            self.pending.pop(key, None)
        else:
            self.pending[key] = mark
        # a mark can change who counts as "taken": every summary may move
        self.dataChanged.emit(self.index(row, col), self.index(row, col))
        self.dataChanged.emit(self.index(0, self.sessions), self.index(self.rowCount() - 1, self.sessions))
        self.changed.emit()
        return True

    # ------------------------------------------------------------------------------ Qt
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else self.sessions + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() < self.sessions:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.sheet is None:
            return None
        row, col = index.row(), index.column()
        if col == self.sessions:
            s = self.summary(row)
            if role == Qt.ItemDataRole.DisplayRole:
                return s.text
            if role == Qt.ItemDataRole.ForegroundRole and not s.meets:
                return QBrush(LOW)
            if role == Qt.ItemDataRole.ToolTipRole and not s.meets:
                return tr("Dưới mức tối thiểu để được ghi nhận hoàn thành")
            return None
        mark = self.mark_at(row, col)
        key = (self.sheet.people[row].staff_uid, self.sheet.sessions[col].uid)
        if role == Qt.ItemDataRole.DisplayRole:
            return ATTENDANCE_MARKS[mark] if mark else ""
        if role == Qt.ItemDataRole.EditRole:
            return {A.PRESENT: "x", A.EXCUSED: "p", A.ABSENT: "k"}.get(mark, "") if mark else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in self.pending:
                return QBrush(PENDING)
            return QBrush(COLOURS[mark]) if mark else None
        if role == Qt.ItemDataRole.ToolTipRole:
            person = self.sheet.people[row].name
            what = tr_label(ATTENDANCE_LABELS[mark]) if mark else tr("chưa điểm danh")
            return f"{person} — {self.sheet.sessions[col].label}: {what}"
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            mark = parse_mark(str(value))
        except UserError as exc:
            self.invalid.emit(str(exc))
            return False
        self.invalid.emit("")
        return self.set_mark(index.row(), index.column(), mark)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.sheet is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.sheet.people):
                return self.sheet.people[section].name
            return None
        if section == self.sessions:
            return tr("Dự học") if role == Qt.ItemDataRole.DisplayRole else None
        s = self.sheet.sessions[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{tr_label(s.block_label)}\n{s.day:%d/%m}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(b for b in (s.label, s.topic, s.teacher) if b)
        return None


class AttendanceView(QTableView):
    """Spreadsheet-like entry (see the module docstring)."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceView")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setDefaultSectionSize(58)
        self.horizontalHeader().setHighlightSections(False)

    def grid(self) -> AttendanceModel:
        model = self.model()
        assert isinstance(model, AttendanceModel)
        return model

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.grid()
        text = event.text().lower()
        if event.matches(QKeySequence.StandardKey.Save):
            self.save_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        if index.isValid() and index.column() < model.sessions:
            if text in KEY_MARKS:
                model.set_mark(index.row(), index.column(), KEY_MARKS[text])
                self.move_down()
                return
            if event.key() == Qt.Key.Key_Space:
                now = model.mark_at(index.row(), index.column())
                model.set_mark(index.row(), index.column(), CYCLE[(CYCLE.index(now) + 1) % len(CYCLE)])
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                for i in self.selectedIndexes() or [index]:
                    model.set_mark(i.row(), i.column(), None)
                return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_down()
            return
        super().keyPressEvent(event)

    def paste(self, text: str) -> int:
        """Marks from a tab-separated block (Excel), starting at the current cell; returns cells set."""
        start = self.currentIndex()
        model = self.grid()
        if not start.isValid() or not text:
            return 0
        done = 0
        for r, line in enumerate(text.rstrip("\r\n").split("\n")):
            row = start.row() + r
            if row >= model.rowCount():
                break
            for c, cell in enumerate(line.rstrip("\r").split("\t")):
                col = start.column() + c
                if col >= model.sessions:
                    break
                done += int(model.setData(model.index(row, col), cell.strip()))
        return done

    def fill_column(self, mark: AttendanceStatus = A.PRESENT) -> int:
        """Everyone not marked yet in the current session gets ``mark`` ("cả lớp có mặt")."""
        index = self.currentIndex()
        model = self.grid()
        if not index.isValid() or index.column() >= model.sessions:
            return 0
        done = 0
        for row in range(model.rowCount()):
            if model.mark_at(row, index.column()) is None:
                done += int(model.set_mark(row, index.column(), mark))
        return done
