"""The results tab: the classes with learners on the left, the selected class's results grid on the
right, entered from the keyboard like a spreadsheet (type, Enter goes down, Tab right, Delete empties,
Ctrl+V pastes a block from Excel, Ctrl+S saves). "Kết thúc lớp" closes the class once no result is
pending (the service refuses otherwise and names who is left)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.courses.labels import CLASS_STATUS_LABELS
from app.errors import UserError, ValidationFailed
from app.results.results import RESULT_LABELS, RESULT_ORDER, ClassResultInfo, SaveSummary
from app.results.service import ResultsService
from app.security.permissions import Permission
from app.text import collation_key, fold
from db.enums import ClassStatus, ResultCode
from ui.dialogs.messages import ask_confirm, show_warning
from ui.i18n import tr, tr_label
from ui.pages.results.sheet_model import RESULT, WIDTHS, ResultsSheetModel
from ui.pages.targets.classification_tab import CellDelegate, SheetView
from ui.widgets.notice_bar import NoticeBar
from ui.widgets.rows_model import Col, RowsModel, make_table

AnyIndex = QModelIndex | QPersistentModelIndex

CLASS_COLUMNS: tuple[Col[ClassResultInfo], ...] = (
    Col(tr("Lớp"), lambda c: c.label, lambda c: collation_key(c.label), 120),
    Col(tr("Khóa học"), lambda c: c.course_name, lambda c: collation_key(c.course_name), 230),
    Col(tr("Thời gian"), lambda c: c.klass.dates_text, lambda c: c.klass.start_date or date.min, 160),
    Col(tr("Học viên"), lambda c: str(c.learners), lambda c: c.learners, 60),
    Col(tr("Đạt", "passed"), lambda c: str(c.passed), lambda c: c.passed, 45),
    Col(tr("Chưa có KQ"), lambda c: str(c.pending) if c.pending else "", lambda c: c.pending, 75),
    Col(tr("Trạng thái"), lambda c: tr_label(CLASS_STATUS_LABELS[c.klass.status]), None, 110),
)


class ResultDelegate(QStyledItemDelegate):
    """A combo of the results (first letters Đ, K, V, R, C pick them from the keyboard)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("resultEditor")
        for code in RESULT_ORDER:
            combo.addItem(tr_label(RESULT_LABELS[code]), code.value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, ResultCode(editor.currentData()), Qt.ItemDataRole.EditRole)


class ResultsView(SheetView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.check_column = -1


class ResultsTab(QWidget):
    show_person = Signal(str)
    saved = Signal()

    def __init__(self, service: ResultsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsTab")
        self.service = service
        self.can_edit = service.can(Permission.EDIT_RECORDS)
        self.all_classes: list[ClassResultInfo] = []
        self.today: Callable[[], date] = date.today  # the day results are checked against (tests set it)

        self.search = QLineEdit()
        self.search.setObjectName("classSearch")
        self.search.setPlaceholderText(tr("Tìm lớp, khóa học…"))
        self.search.setClearButtonEnabled(True)
        self.classes: RowsModel[ClassResultInfo] = RowsModel(
            CLASS_COLUMNS,
            self,
            colour=lambda c, col: "#b3261e" if col == 5 and c.pending else (None if c.editable else "#555555"),
            tooltip=lambda c, _col: None if c.editable else tr("Lớp do đơn vị khác tổ chức: chỉ xem kết quả"),
        )
        self.class_view = QTableView()
        self.class_view.setObjectName("resultClassView")
        make_table(self.class_view, self.classes)
        self.class_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.class_view, 1)

        self.heading = QLabel()
        self.heading.setObjectName("resultsHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.model = ResultsSheetModel(self)
        self.view = ResultsView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(CellDelegate(self.view))
        self.view.setItemDelegateForColumn(RESULT, ResultDelegate(self.view))
        for i, w in enumerate(WIDTHS):
            self.view.setColumnWidth(i, w)
        self.view.verticalHeader().setMinimumWidth(170)
        self.counts = QLabel()
        self.counts.setObjectName("resultCounts")
        self.messages = QLabel()
        self.messages.setObjectName("resultMessages")
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("color:#b3261e")
        self.save_button = QPushButton(tr("Lưu (Ctrl+S)"))
        self.save_button.setObjectName("saveResults")
        self.revert_button = QPushButton(tr("Hủy thay đổi"))
        self.revert_button.setObjectName("revertResults")
        self.all_passed_button = QPushButton(tr("Ghi “Đạt” cho người chưa có kết quả"))
        self.all_passed_button.setObjectName("markPassed")
        self.number_button = QPushButton(tr("Đánh số chứng chỉ…"))
        self.number_button.setObjectName("numberCertificates")
        self.close_button = QPushButton(tr("Kết thúc lớp"))
        self.close_button.setObjectName("closeClass")
        self.close_button.setToolTip(tr("Chỉ kết thúc được khi mọi học viên đã có kết quả"))
        buttons = QHBoxLayout()
        for b in (self.save_button, self.revert_button, self.all_passed_button, self.number_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.heading)
        rv.addWidget(self.view, 1)
        rv.addWidget(self.counts)
        rv.addWidget(self.messages)
        rv.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 950])
        self.notice = NoticeBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)

        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.class_view.selectionModel().selectionChanged.connect(lambda *_: self._class_changed())
        self.model.changed.connect(self._update)
        self.model.invalid.connect(self.messages.setText)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.all_passed_button.clicked.connect(self.mark_passed)
        self.number_button.clicked.connect(self.ask_numbers)
        self.close_button.clicked.connect(self.close_class)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._update()

    # ------------------------------------------------------------------------------ loading
    def activate(self) -> None:
        if not self.model.dirty:
            self.reload()

    def reload(self, select_uid: str | None = None) -> None:
        current = select_uid or (c.uid if (c := self.selected_class()) else None)
        self.all_classes = self.service.classes(today=self.today())
        self.apply_filter()
        if not (current and self.select_class(current)) and self.classes.rows:
            self.class_view.selectRow(0)
        if not self.classes.rows:
            self._class_changed()

    def apply_filter(self) -> None:
        tokens = fold(self.search.text()).split()
        rows = [c for c in self.all_classes if all(t in fold(f"{c.label} {c.course_name}") for t in tokens)]
        keep = c.uid if (c := self.selected_class()) else None
        self.classes.set_rows(rows)
        if keep:
            self.select_class(keep)

    def selected_class(self) -> ClassResultInfo | None:
        indexes = self.class_view.selectionModel().selectedRows()
        return self.classes.row_at(indexes[0]) if indexes else None

    def select_class(self, uid: str) -> bool:
        row = self.classes.row_of(uid)
        if row < 0:
            self.search.clear()
            row = self.classes.row_of(uid)
        if row < 0:
            return False
        self.class_view.selectRow(row)
        return True

    def _class_changed(self) -> None:
        c = self.selected_class()
        if self.model.sheet is not None and c is not None and c.uid == self.model.sheet.klass.uid:
            return
        self.messages.setText("")
        self.model.load(self.service.sheet(c.uid) if c else None)

    def _update(self) -> None:
        sheet = self.model.sheet
        editable = self.can_edit and self.model.editable
        dirty = bool(self.model.dirty)
        if sheet is None:
            self.heading.setText(tr("<p style='color:#777'>Chọn một lớp để nhập kết quả.</p>"))
            self.counts.setText("")
        else:
            k = sheet.klass
            owner = (
                ""
                if sheet.editable
                else tr("<br><span style='color:#8a5a00'>Kết quả lớp này do {o} nhập; ở đây chỉ xem.</span>").format(
                    o=escape(sheet.owner_name or k.owner_unit or "")
                )
            )
            validity = (
                tr(" · chứng chỉ có hiệu lực {n} tháng").format(n=sheet.course.certificate_valid_months)
                if sheet.course.certificate_valid_months
                else ""
            )
            self.heading.setText(
                f"<b>{escape(k.code or k.name)}</b> — {escape(sheet.course.name)}<br>"
                f"{escape(k.dates_text)}{' · ' + escape(k.venue) if k.venue else ''} · "
                f"{escape(tr_label(CLASS_STATUS_LABELS[k.status]))}{escape(validity)}{owner}"
            )
            counts = self.model.counts()
            parts = [f"{tr_label(RESULT_LABELS[code])}: {counts[code]}" for code in RESULT_ORDER if counts[code]]
            self.counts.setText(tr("{n} học viên — {parts}").format(n=len(self.model.rows), parts=", ".join(parts)))
        self.save_button.setEnabled(editable and dirty)
        self.revert_button.setEnabled(dirty)
        pending = sheet is not None and self.model.counts()[ResultCode.PENDING] > 0
        self.all_passed_button.setEnabled(editable and pending)
        self.number_button.setEnabled(editable and sheet is not None)
        closable = sheet is not None and sheet.klass.status not in (ClassStatus.FINISHED, ClassStatus.CANCELLED)
        self.close_button.setEnabled(editable and closable and not dirty)

    # ------------------------------------------------------------------------------ actions
    def save(self) -> SaveSummary | None:
        sheet = self.model.sheet
        entries = self.model.entries()
        if sheet is None or not entries:
            return None
        try:
            summary = self.service.save(sheet.klass.uid, entries, today=self.today())
        except ValidationFailed as exc:
            self.messages.setText("\n".join(f"• {d}" for d in exc.details))
            return None
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return None
        self.messages.setText("\n".join(f"⚠ {w}" for w in summary.warnings))
        uid = sheet.klass.uid
        self.model.sheet = None
        self.reload(uid)
        text = tr("Đã lưu kết quả của {n} học viên.").format(n=summary.saved)
        if summary.completed:
            text += " " + tr("{n} người được ghi hoàn thành khóa học và cập nhật văn bằng, chứng chỉ.").format(
                n=len(summary.completed)
            )
        if summary.waiting:
            text += " " + tr("{n} người thuộc đơn vị khác: đơn vị đó cập nhật khi nhận được tệp đồng bộ.").format(
                n=summary.waiting
            )
        self.notice.show_notice(text)
        self.saved.emit()
        return summary

    def revert(self) -> None:
        self.model.revert()
        self.messages.setText("")

    def mark_passed(self) -> None:
        n = self.model.mark_pending_passed()
        if n:
            self.notice.show_notice(tr("Đã ghi “Đạt” cho {n} học viên (chưa lưu).").format(n=n))

    def ask_numbers(self) -> QInputDialog | None:
        sheet = self.model.sheet
        if sheet is None:
            return None
        dialog = QInputDialog(self)
        dialog.setObjectName("numberDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(tr("Đánh số chứng chỉ"))
        dialog.setLabelText(
            tr("Tiền tố số hiệu (các chứng chỉ được đánh số tiếp theo: TIỀN TỐ0001, 0002…) cho người đạt chưa có số:")
        )
        dialog.setTextValue(f"{sheet.klass.code or 'CC'}/")
        dialog.setOkButtonText(tr("Đánh số"))
        dialog.setCancelButtonText(tr("Hủy"))
        dialog.textValueSelected.connect(self._number)
        dialog.open()
        return dialog

    def _number(self, prefix: str) -> None:
        n = self.model.number_certificates(prefix.strip(), 1)
        self.notice.show_notice(tr("Đã đánh số {n} chứng chỉ (chưa lưu).").format(n=n))

    def close_class(self) -> None:
        sheet = self.model.sheet
        if sheet is None:
            return
        uid, label = sheet.klass.uid, sheet.klass.code or sheet.klass.name

        def close() -> None:
            try:
                self.service.close_class(uid)
            except UserError as exc:
                show_warning(self, tr("Chưa kết thúc được lớp"), str(exc))
                return
            self.model.sheet = None
            self.reload(uid)

            def undo() -> None:
                self.service.reopen_class(uid)
                self.model.sheet = None
                self.reload(uid)

            self.notice.show_notice(tr("Đã kết thúc lớp {c}.").format(c=label), undo=undo)

        ask_confirm(
            self,
            tr("Kết thúc lớp"),
            tr("Kết thúc lớp {c}? Sau khi kết thúc, lớp không nhận thêm học viên.").format(c=label),
            close,
            yes=tr("Kết thúc lớp"),
        )
