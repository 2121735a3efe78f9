"""The results grid's model: one class's learners with the clerk's pending edits.

Edits stay in the model (the rows turn yellow) until "Lưu", which sends the changed rows to the service
in one transaction. Typing a score or a certificate number for a learner without a result fills in the
result it implies (≥ 5 "Đạt", below "Không đạt"), as a clerk copying a results sheet expects; the grade
follows the score unless typed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.dates import format_date
from app.errors import UserError
from app.results.results import (
    PASS_MARK,
    RESULT_LABELS,
    ClassSheet,
    ResultEntry,
    ResultRow,
    format_score,
    grade_for,
    parse_optional_date,
    parse_result,
    parse_score,
    validity_from,
)
from app.text import clean_text
from db.enums import ResultCode
from ui.i18n import tr, tr_label

AnyIndex = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1

UNIT, RESULT, SCORE, GRADE, CERT_NO, CERT_DATE, VALID, NOTE, STATUS, ATTENDANCE = range(10)
HEADERS = (
    tr("Phòng, ban / Đơn vị"),
    tr("Kết quả"),
    tr("Điểm (/10)"),
    tr("Xếp loại"),
    tr("Số chứng chỉ"),
    tr("Ngày cấp"),
    tr("Hiệu lực đến"),
    tr("Ghi chú"),
    tr("Tình trạng cử học"),
    tr("Chuyên cần"),
)
WIDTHS = (170, 115, 70, 80, 115, 90, 125, 180, 140, 80)
EDITABLE = frozenset({RESULT, SCORE, GRADE, CERT_NO, CERT_DATE, VALID, NOTE})

_DIRTY = QBrush(QColor("#fff6d6"))
_MUTED = QBrush(QColor("#8a8a8a"))
RESULT_COLORS = {
    ResultCode.PASSED: QColor("#2e7d32"),
    ResultCode.FAILED: QColor("#b3261e"),
    ResultCode.ABSENT: QColor("#b3261e"),
    ResultCode.WITHDRAWN: QColor("#6d4c00"),
    ResultCode.PENDING: QColor("#8a8a8a"),
}


@dataclass
class Values:
    result: ResultCode
    score: float | None
    grade: str | None
    certificate_no: str | None
    certificate_date: date | None
    valid_until: date | None
    note: str | None


def _stored(row: ResultRow) -> Values:
    return Values(row.result, row.score, row.grade, row.certificate_no, row.certificate_date, row.valid_until, row.note)


class ResultsSheetModel(QAbstractTableModel):
    invalid = Signal(str)  # a typed value was refused (the message says why; "" once one is accepted)
    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sheet: ClassSheet | None = None
        self.rows: list[ResultRow] = []
        self.values: dict[str, Values] = {}
        self.dirty: set[str] = set()
        self.several_units = False

    # ------------------------------------------------------------------------------ content
    def load(self, sheet: ClassSheet | None) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.rows = list(sheet.rows) if sheet else []
        self.several_units = len({r.unit_code for r in self.rows}) > 1  # the province's class: say whose
        self.values = {r.nomination_uid: _stored(r) for r in self.rows}
        self.dirty = set()
        self.endResetModel()
        self.changed.emit()

    def revert(self) -> None:
        self.load(self.sheet)

    @property
    def editable(self) -> bool:
        return bool(self.sheet and self.sheet.editable)

    def row_of(self, uid: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.nomination_uid == uid), -1)

    def entries(self) -> list[ResultEntry]:
        out = []
        for row in self.rows:
            if row.nomination_uid not in self.dirty:
                continue
            v = self.values[row.nomination_uid]
            out.append(
                ResultEntry(
                    row.nomination_uid,
                    v.result,
                    score=v.score,
                    grade=v.grade,
                    certificate_no=v.certificate_no,
                    certificate_date=v.certificate_date,
                    valid_until=v.valid_until,
                    note=v.note,
                )
            )
        return out

    def counts(self) -> dict[ResultCode, int]:
        out = dict.fromkeys(ResultCode, 0)
        for v in self.values.values():
            out[v.result] += 1
        return out

    def implied_validity(self, row: ResultRow) -> date | None:
        """What "hiệu lực đến" will be when left empty: the course's validity from the date of issue."""
        v = self.values[row.nomination_uid]
        if self.sheet is None or v.result != ResultCode.PASSED or v.valid_until is not None:
            return None
        issued = v.certificate_date or self.sheet.klass.end_date
        return validity_from(issued, self.sheet.course.certificate_valid_months)

    def mark_pending_passed(self) -> int:
        """Every learner still without a result gets "Đạt" (the common case: the whole class passed)."""
        changed = 0
        for i, row in enumerate(self.rows):
            v = self.values[row.nomination_uid]
            if v.result == ResultCode.PENDING:
                v.result = ResultCode.PASSED
                self.dirty.add(row.nomination_uid)
                changed += 1
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        if changed:
            self.changed.emit()
        return changed

    def number_certificates(self, prefix: str, start: int) -> int:
        """Number the certificates of the learners who passed and have none: PREFIX0001, 0002… in the
        grid's order."""
        n = start
        done = 0
        for i, row in enumerate(self.rows):
            v = self.values[row.nomination_uid]
            if v.result != ResultCode.PASSED or v.certificate_no:
                continue
            v.certificate_no = f"{prefix}{n:04d}"
            n += 1
            done += 1
            self.dirty.add(row.nomination_uid)
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        if done:
            self.changed.emit()
        return done

    # ------------------------------------------------------------------------------ Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        known = self.sheet is not None and self.sheet.attendance_known
        return len(HEADERS) if known else len(HEADERS) - 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            row = self.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return row.full_name
            if role == Qt.ItemDataRole.ToolTipRole:
                born = format_date(row.date_of_birth, row.dob_precision)
                return "\n".join(x for x in (row.full_name, born, row.position, row.department) if x)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _text(self, row: ResultRow, column: int) -> str:
        v = self.values[row.nomination_uid]
        if column == UNIT:
            if self.several_units and row.unit_name:
                return f"{row.unit_name} — {row.department}" if row.department else row.unit_name
            return row.department
        if column == RESULT:
            return tr_label(RESULT_LABELS[v.result])
        if column == SCORE:
            return format_score(v.score)
        if column == GRADE:
            return v.grade or (grade_for(v.score) or "" if v.score is not None else "")
        if column == CERT_NO:
            return v.certificate_no or ""
        if column == CERT_DATE:
            return format_date(v.certificate_date)
        if column == VALID:
            implied = self.implied_validity(row)
            if implied is not None:
                return tr("{d} (tự tính)").format(d=format_date(implied))
            return format_date(v.valid_until)
        if column == NOTE:
            return v.note or ""
        if column == STATUS:
            return tr_label(row.status_label)
        if column == ATTENDANCE and row.attendance is not None:
            return f"{row.attendance.share:.0%}"
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        v = self.values[row.nomination_uid]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == RESULT:
                return v.result.value
            if column == VALID:
                return format_date(v.valid_until)
            if column == GRADE:
                return v.grade or ""
            return self._text(row, column)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and row.nomination_uid in self.dirty:
            return _DIRTY
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == RESULT:
                return QBrush(RESULT_COLORS[v.result])
            if column == VALID and self.implied_validity(row) is not None:
                return _MUTED
            if column == GRADE and not v.grade and v.score is not None:
                return _MUTED
            if column == STATUS:
                return _MUTED
            if column == ATTENDANCE and row.attendance is not None and not row.attendance.meets:
                return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SCORE, ATTENDANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if (
                column == RESULT
                and not row.stored
                and v.result != ResultCode.PENDING
                and row.nomination_uid not in self.dirty
            ):
                return tr("Chưa nhập kết quả: theo tình trạng cử học “{s}”").format(s=tr_label(row.status_label))
            if column == ATTENDANCE and row.attendance is not None:
                return row.attendance.text
            if column == VALID and self.sheet and self.sheet.course.certificate_valid_months:
                return tr("Chứng chỉ của khóa này có hiệu lực {n} tháng kể từ ngày cấp").format(
                    n=self.sheet.course.certificate_valid_months
                )
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        row = self.rows[index.row()]
        column = index.column()
        if column not in EDITABLE:
            return False
        who = row.full_name
        v = self.values[row.nomination_uid]
        before = replace(v)
        text = "" if value is None else str(value)
        try:
            if column == RESULT:
                v.result = value if isinstance(value, ResultCode) else parse_result(text)
            elif column == SCORE:
                v.score = parse_score(text, who)
                if v.score is not None and v.result == ResultCode.PENDING:
                    v.result = ResultCode.PASSED if v.score >= PASS_MARK else ResultCode.FAILED
            elif column == GRADE:
                v.grade = clean_text(text)
            elif column == CERT_NO:
                v.certificate_no = clean_text(text)
                if v.certificate_no and v.result == ResultCode.PENDING:
                    v.result = ResultCode.PASSED
            elif column == CERT_DATE:
                v.certificate_date = parse_optional_date(text, who, tr("ngày cấp"))
            elif column == VALID:
                v.valid_until = parse_optional_date(text, who, tr("hiệu lực đến"))
            elif column == NOTE:
                v.note = clean_text(text)
        except UserError as exc:
            self.invalid.emit(exc.message)
            return False
        self.invalid.emit("")  # the value was corrected: the previous refusal no longer stands
        if v == before:
            return True
        self.dirty.add(row.nomination_uid)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.changed.emit()
        return True
