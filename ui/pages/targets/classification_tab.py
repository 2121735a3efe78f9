"""The classification tab: the whole unit's quality classification for a period in one grid.

Keyboard first, like a spreadsheet: type to edit, Enter moves down, Tab moves right, Delete empties the
selected cells, Ctrl+V pastes a block copied from Excel, Space ticks "Kỷ luật", Ctrl+S saves. The 20 %
quota is checked on save by the service; when it is exceeded the clerk chooses who keeps "excellent"
and gives the reason (``CapDialog``), or goes back to the grid."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.evaluations.classification import (
    LEVEL_SHORT,
    LEVELS_BEST_FIRST,
    PERIOD_KIND_LABELS,
    CapExceeded,
    CapGroup,
    Period,
    RatingEntry,
    SaveResult,
    format_score,
)
from app.evaluations.service import ClassificationService, UnitChoice
from app.labels import CATEGORY_LABELS
from db.enums import PeriodKind
from ui.dialogs.messages import ask_confirm, show_warning
from ui.i18n import tr, tr_label
from ui.pages.targets.rating_model import (
    DISCIPLINED,
    GENERAL,
    LEVEL,
    WIDTHS,
    RatingFilterProxy,
    RatingSheetModel,
)
from ui.rating_texts import group_text, history_text, period_text
from ui.widgets.forms import hint_label
from ui.widgets.notice_bar import NoticeBar

AnyIndex = QModelIndex | QPersistentModelIndex
_ROMAN = ("I", "II", "III", "IV")


class LevelDelegate(QStyledItemDelegate):
    """A combo of the four levels (first letters X, T, H, K pick them from the keyboard)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("levelEditor")
        combo.addItem("", "")
        for level in LEVELS_BEST_FIRST:
            combo.addItem(tr_label(LEVEL_SHORT[level]), level.value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


class CellDelegate(QStyledItemDelegate):
    """A line editor whose text is selected when it opens (Tab into a cell, then type to replace)."""

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        super().setEditorData(editor, index)
        if isinstance(editor, QLineEdit):
            editor.selectAll()


class SheetView(QTableView):
    """A table that behaves like a spreadsheet for data entry (the classification and results grids)."""

    saved_shortcut = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingView")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setHighlightSections(False)
        self.setTabKeyNavigation(True)
        self.errors: list[str] = []
        self.check_column = DISCIPLINED  # the tick column (Space toggles it); -1: none (the results grid)

    def move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        below = self.model().index(min(current.row() + 1, self.model().rowCount() - 1), current.column())
        self.setCurrentIndex(below)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: next row, like a spreadsheet
            self.move_down()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_down()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selected()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste(QGuiApplication.clipboard().text())
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                QGuiApplication.clipboard().setText(self.selected_text())
                return
            if key == Qt.Key.Key_Space and self.currentIndex().column() == self.check_column:
                index = self.currentIndex()
                checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
                self.model().setData(index, new.value, Qt.ItemDataRole.CheckStateRole)
                return
        super().keyPressEvent(event)

    def clear_selected(self) -> None:
        model = self.model()
        indexes = self.selectedIndexes() or ([self.currentIndex()] if self.currentIndex().isValid() else [])
        for index in indexes:
            if index.column() == self.check_column:
                model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
            elif model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                model.setData(index, "", Qt.ItemDataRole.EditRole)

    def paste(self, text: str) -> int:
        """Fill cells from a tab-separated block starting at the current cell; returns cells changed.
        Cells that cannot take a value (a score for a direct rating…) are skipped."""
        start = self.currentIndex()
        if not start.isValid() or not text:
            return 0
        model = self.model()
        changed = 0
        lines = text.rstrip("\r\n").split("\n")
        for r, line in enumerate(lines):
            row = start.row() + r
            if row >= model.rowCount():
                break
            for c, cell in enumerate(line.rstrip("\r").split("\t")):
                col = start.column() + c
                if col >= model.columnCount():
                    break
                index = model.index(row, col)
                if col == self.check_column or model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    ok = model.setData(index, cell.strip(), Qt.ItemDataRole.EditRole)
                else:
                    continue
                changed += int(ok)
        return changed

    def selected_text(self) -> str:
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return ""
        rows: dict[int, list[str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), []).append(str(index.data() or ""))
        return "\n".join("\t".join(cells) for cells in rows.values()) + "\n"


# ----------------------------------------------------------------------------------------- the quota


class CapDialog(QDialog):
    """Who keeps "excellent" when the 20 % quota is exceeded, and why the others become "good"."""

    def __init__(self, parent: QWidget | None, error: CapExceeded, on_confirm: Callable[[set[str], str], None]):
        super().__init__(parent)
        self.setObjectName("capDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Vượt tỷ lệ 20% “Hoàn thành xuất sắc nhiệm vụ”"))
        self.resize(640, 480)
        self.groups = error.groups
        self.on_confirm = on_confirm
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Theo NĐ 48/2023/NĐ-CP và NĐ 335/2025/NĐ-CP, số người “Hoàn thành xuất sắc nhiệm vụ” không vượt quá "
                "20% số người “Hoàn thành tốt nhiệm vụ” trong đơn vị. Chọn những người giữ mức xuất sắc; những "
                "người còn lại được xếp “Hoàn thành tốt nhiệm vụ” và lý do được ghi vào kết quả."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.lists: list[tuple[CapGroup, QStandardItemModel, QLabel]] = []
        suggested = error.suggested
        for group in self.groups:
            model = QStandardItemModel(self)
            for c in group.candidates:
                score = tr(" — {score} điểm").format(score=format_score(c.total)) if c.total is not None else ""
                item = QStandardItem(f"{c.full_name}{score}" + (f" ({c.department})" if c.department else ""))
                item.setCheckable(True)
                item.setEditable(False)
                item.setData(c.uid, Qt.ItemDataRole.UserRole)
                item.setCheckState(Qt.CheckState.Checked if c.uid in suggested else Qt.CheckState.Unchecked)
                model.appendRow(item)
            view = QListView()
            view.setObjectName("capCandidates")
            view.setModel(model)
            count = QLabel()
            title = QLabel(f"<b>{escape(group.describe())}</b>")
            title.setWordWrap(True)
            layout.addWidget(title)
            layout.addWidget(view, 1)
            layout.addWidget(count)
            self.lists.append((group, model, count))
            model.itemChanged.connect(lambda _i: self._check())
        self.reason = QLineEdit()
        self.reason.setObjectName("capReason")
        self.reason.setPlaceholderText(tr("Lý do, ví dụ: Tập thể lãnh đạo họp xét ngày 20/12, chọn theo điểm cao nhất"))
        self.reason.textChanged.connect(lambda _t: self._check())
        layout.addWidget(QLabel(tr("Lý do xếp “Hoàn thành tốt nhiệm vụ” cho những người không được chọn *")))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Lưu theo lựa chọn này"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Quay lại sửa"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def kept(self) -> set[str]:
        out = set()
        for _group, model, _label in self.lists:
            for i in range(model.rowCount()):
                item = model.item(i)
                if item.checkState() == Qt.CheckState.Checked:
                    out.add(item.data(Qt.ItemDataRole.UserRole))
        return out

    def _check(self) -> None:
        ok = bool(self.reason.text().strip())
        for group, model, label in self.lists:
            chosen = sum(1 for i in range(model.rowCount()) if model.item(i).checkState() == Qt.CheckState.Checked)
            within = chosen <= group.keep_at_most
            ok = ok and within
            label.setText(
                tr("Đã chọn {n} / tối đa {m} người").format(n=chosen, m=group.keep_at_most)
                + ("" if within else " — " + tr("quá số được giữ"))
            )
            label.setStyleSheet("" if within else "color:#b3261e")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _confirm(self) -> None:
        kept, reason = self.kept(), self.reason.text().strip()
        self.accept()
        self.on_confirm(kept, reason)


# ------------------------------------------------------------------------------------------------ tab


class ClassificationTab(QWidget):
    show_person = Signal(str)
    saved = Signal()

    def __init__(self, service: ClassificationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classificationTab")
        self.service = service
        self.units: list[UnitChoice] = []
        self.period: Period | None = None
        self.loaded_once = False

        today = date.today()
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for kind, label in PERIOD_KIND_LABELS.items():
            self.kind.addItem(tr_label(label), kind.value)
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(2015, 2100)
        self.year.setValue(today.year if today.month >= 11 else today.year - 1)
        self.number = QComboBox()
        self.number.setObjectName("periodNumber")
        self.unit = QComboBox()
        self.unit.setObjectName("ratingUnit")
        self.department = QComboBox()
        self.department.setObjectName("ratingDepartment")
        self.category = QComboBox()
        self.category.addItem(tr("Mọi đối tượng"), "")
        for cat, label in CATEGORY_LABELS.items():
            self.category.addItem(tr_label(label), cat.value)
        self.search = QLineEdit()
        self.search.setObjectName("ratingSearch")
        self.search.setPlaceholderText(tr("Tìm theo tên…"))
        self.search.setClearButtonEnabled(True)
        self.save_button = QPushButton(tr("Lưu (Ctrl+S)"))
        self.save_button.setObjectName("saveRatings")
        self.revert_button = QPushButton(tr("Hủy thay đổi"))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Kỳ:")))
        for w in (self.kind, self.year, self.number, self.unit):
            top.addWidget(w)
        top.addSpacing(12)
        top.addWidget(self.department, 1)
        top.addWidget(self.category)
        top.addWidget(self.search, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.revert_button)

        self.hint = hint_label()
        self.summary = QLabel()
        self.summary.setObjectName("ratingSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.model = RatingSheetModel(self)
        self.proxy = RatingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = SheetView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CellDelegate(self.view))
        self.view.setItemDelegateForColumn(LEVEL, LevelDelegate(self.view))
        for i, width in enumerate(WIDTHS):
            self.view.setColumnWidth(i, width)
        self.history = QTextBrowser()
        self.history.setObjectName("ratingHistory")
        self.open_button = QPushButton(tr("Mở hồ sơ trong trang Cán bộ, công chức"))
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.history, 1)
        sv.addWidget(self.open_button)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1020, 240])
        self.notice = NoticeBar(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)

        self._fill_numbers()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(lambda _v: self.request_period())
        self.number.currentIndexChanged.connect(lambda _i: self.request_period())
        self.unit.currentIndexChanged.connect(lambda _i: self.request_period())
        self.department.currentIndexChanged.connect(lambda _i: self._filter())
        self.category.currentIndexChanged.connect(lambda _i: self._filter())
        self.search.textChanged.connect(lambda _t: self._filter())
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.revert)
        self.open_button.clicked.connect(self._open_person)
        self.model.changed.connect(self._update_summary)
        self.model.invalid.connect(lambda text: self.notice.show_notice(text))
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_history(cur))
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())

    # ------------------------------------------------------------------------------ period
    def _fill_numbers(self) -> None:
        kind = PeriodKind(self.kind.currentData())
        self.number.blockSignals(True)
        self.number.clear()
        if kind == PeriodKind.QUARTER:
            for q in range(1, 5):
                self.number.addItem(tr("Quý {q}").format(q=_ROMAN[q - 1]), q)
            self.number.setCurrentIndex((date.today().month - 1) // 3)
        elif kind == PeriodKind.MONTH:
            for m in range(1, 13):
                self.number.addItem(tr("Tháng {m:02d}").format(m=m), m)
            self.number.setCurrentIndex(date.today().month - 1)
        self.number.setVisible(kind != PeriodKind.YEAR)
        self.number.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_numbers()
        self.request_period()

    def selected_period(self) -> Period:
        kind = PeriodKind(self.kind.currentData())
        number = int(self.number.currentData() or 0) if kind != PeriodKind.YEAR else 0
        return Period(self.year.value(), kind, number)

    def set_period(self, period: Period) -> None:
        """Load a period (pending edits are dropped: call ``request_period`` to ask first)."""
        self._show_controls(period)
        self.load()

    def _show_controls(self, period: Period) -> None:
        for w in (self.kind, self.year, self.number):
            w.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(period.kind.value))
        self._fill_numbers()
        self.year.setValue(period.year)
        if period.kind != PeriodKind.YEAR:
            self.number.setCurrentIndex(self.number.findData(period.number))
        for w in (self.kind, self.year, self.number):
            w.blockSignals(False)

    def request_period(self) -> None:
        """Switch to the chosen period, asking first when edits would be lost."""
        if self.model.dirty and self.period is not None:
            wanted = self.selected_period()
            previous = self.period
            self._show_controls(previous)  # the controls show the loaded period until the clerk decides

            def discard() -> None:
                self.model.dirty.clear()
                self.set_period(wanted)

            ask_confirm(
                self,
                tr("Thay đổi chưa lưu"),
                tr("Có {n} dòng đã sửa nhưng chưa lưu ({p}). Bỏ các thay đổi đó?").format(
                    n=len(self.model.dirty), p=period_text(previous)
                ),
                discard,
                yes=tr("Bỏ thay đổi"),
            )
            return
        self.load()

    # ------------------------------------------------------------------------------ loading
    def activate(self) -> None:
        """Reload on every visit (people join and leave on the Staff page) unless edits are pending."""
        if not self.loaded_once:
            self._fill_units()
        if not self.model.dirty:
            self.load()

    def _fill_units(self) -> None:
        self.units = self.service.units()
        self.unit.blockSignals(True)
        self.unit.clear()
        for u in self.units:
            self.unit.addItem(f"{u.name} ({u.code})" if u.code else u.name, u.code)
        self.unit.setVisible(len(self.units) > 1)
        self.unit.blockSignals(False)
        keep = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(tr("Mọi phòng, ban"), "")
        for d in self.service.departments():
            if self.department.findData(d.name) < 0:
                self.department.addItem(d.name, d.name)
        self.department.setCurrentIndex(max(0, self.department.findData(keep or "")))
        self.department.blockSignals(False)

    def current_unit(self) -> UnitChoice | None:
        code = self.unit.currentData()
        return next((u for u in self.units if u.code == code), None)

    def load(self, select_uid: str | None = None) -> None:
        period = self.selected_period()
        unit = self.current_unit()
        rows = self.service.sheet(period, unit.code if unit else None)
        editable = unit is None or unit.editable
        current = select_uid or self._current_uid()
        self.period = period
        self.loaded_once = True
        self.model.load(period, rows, editable=editable)
        self._filter()
        self.hint.setText(self._hint(period, editable))
        self.save_button.setEnabled(editable)
        self.revert_button.setEnabled(editable)
        if not (current and self.select_uid(current)) and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, GENERAL))
        self.view.horizontalScrollBar().setValue(0)

    def _hint(self, period: Period, editable: bool) -> str:
        if not editable:
            return tr("Chỉ xem: xếp loại do đơn vị cấp xã nhập, bằng tài khoản được cập nhật dữ liệu.")
        scored = period.year >= 2026
        rule = (
            tr(
                "Công chức từ năm 2026 chấm điểm: tiêu chí chung tối đa 30, kết quả thực hiện nhiệm vụ tối đa 70; "
                "mức xếp loại tự tính (≥ 90 xuất sắc, 70–< 90 tốt, 50–< 70 hoàn thành, < 50 hoặc bị kỷ luật: không "
                "hoàn thành). Các trường hợp khác chọn mức trực tiếp."
            )
            if scored
            else tr("Năm trước 2026: chọn mức xếp loại trực tiếp (NĐ 90/2020/NĐ-CP).")
        )
        keys = tr(
            "Gõ để sửa, Enter xuống dòng, Tab sang cột, Delete xóa ô, Ctrl+V dán từ Excel, Space đánh dấu kỷ luật."
        )
        return f"{period_text(period)}: {rule} {keys}"

    def _filter(self) -> None:
        self.proxy.set_filter(
            department=self.department.currentData() or "",
            search=self.search.text(),
            category=self.category.currentData() or "",
        )
        self._update_summary()

    def _current_uid(self) -> str | None:
        row = self.proxy.row_at(self.view.currentIndex())
        return row.uid if row else None

    def select_uid(self, uid: str, column: int = GENERAL) -> bool:
        source = self.model.row_of(uid)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, column))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        return True

    def _update_summary(self) -> None:
        groups = self.model.summaries()
        lines = []
        for g in groups:
            text = escape(group_text(g))
            lines.append(f"<span style='color:#b3261e'><b>{text}</b></span>" if g.over_cap else text)
        pending = len(self.model.dirty)
        if pending:
            lines.append("<b>" + tr("{n} dòng đã sửa, chưa lưu").format(n=pending) + "</b>")
        self.summary.setText("<br>".join(lines))
        self.save_button.setEnabled(self.model.editable and pending > 0)
        self.revert_button.setEnabled(pending > 0)

    def _show_history(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(self.proxy.index(index.row(), LEVEL)) if index.isValid() else None
        if row is None:
            self.history.setHtml("")
            return
        items = self.service.history(row.uid)
        lines = "".join(f"<li>{escape(history_text(h))}</li>" for h in items) or "<li>" + tr("Chưa có") + "</li>"
        self.history.setHtml(
            f"<h3 style='margin-bottom:2px'>{escape(row.full_name)}</h3>"
            f"<p style='color:#555'>{escape(row.position)}<br>{escape(row.department)}</p>"
            + tr("<p><b>Lịch sử xếp loại</b></p>")
            + f"<ul style='margin-left:-20px'>{lines}</ul>"
        )

    def _open_person(self) -> None:
        uid = self._current_uid()
        if uid:
            self.show_person.emit(uid)

    # ------------------------------------------------------------------------------ saving
    def revert(self) -> None:
        self.model.revert()
        self._update_summary()

    def save(self, keep: set[str] | None = None, reason: str | None = None) -> None:
        if self.period is None or not self.model.editable:
            return
        if self.view.state() == QAbstractItemView.State.EditingState:
            self.view.setFocus()  # commits the cell being typed
        entries: list[RatingEntry] = self.model.entries()
        if not entries:
            if self.model.dirty:
                self.model.revert()
            return
        try:
            result = self.service.save(self.period, entries, keep_excellent=keep, cap_reason=reason)
        except CapExceeded as exc:
            dialog = CapDialog(self, exc, lambda kept, why: self.save(kept, why))
            dialog.open()
            return
        except UserError as exc:
            show_warning(self, tr("Chưa lưu được"), exc.message, "\n".join(exc.details))
            return
        self._saved(result)

    def _saved(self, result: SaveResult) -> None:
        current = self._current_uid()
        self.load(current)
        text = tr("Đã lưu {n} xếp loại ({p}).").format(
            n=result.changed, p=period_text(self.period) if self.period else ""
        )
        if result.capped:
            text += " " + tr("Xếp Hoàn thành tốt do vượt tỷ lệ 20%: {names}.").format(names=", ".join(result.capped))
        self.notice.show_notice(text)
        self.saved.emit()
