"""The import wizard: choose a file and sheet → check the column mapping → preview every row → import.

Reading, checking and writing run in ``ui.tasks.Task`` (progress, cancel); nothing is written before
the clerk has seen the preview and pressed "Nhập"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.excel.columns import FIELD_LABELS, Field, Header, cell_text, mapping_problems
from app.excel.staff_import import (
    ACTION_LABELS,
    Action,
    ImportCancelled,
    ImportPreview,
    ImportResult,
    RowOutcome,
    SourceSheet,
    StaffImporter,
    summarise_counts,
)
from app.excel.workbook import WorkbookInfo, inspect_workbook
from app.labels import CATEGORY_LABELS
from db.enums import StaffCategory
from ui.dialogs.messages import choose_open_file
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.tasks import Task

AnyIndex = QModelIndex | QPersistentModelIndex
FILE_FILTER = QT_TRANSLATE_NOOP("", "Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)")


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its letter, header, sample values and the field it maps to."""

    HEADERS = (
        QT_TRANSLATE_NOOP("", "Cột"),
        QT_TRANSLATE_NOOP("", "Tiêu đề trong tệp"),
        QT_TRANSLATE_NOOP("", "Ví dụ"),
        QT_TRANSLATE_NOOP("", "Nhận là"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[tuple[int, str, str, str]] = []  # (index, letter, title, samples)
        self.mapping: dict[int, Field | None] = {}

    def load(self, source: SourceSheet) -> None:
        self.beginResetModel()
        header = source.header
        self.columns = []
        self.mapping = {}
        if header is not None:
            rows = source.sheet.rows[header.data_start : header.data_start + 40]
            for col in header.columns:
                samples = [cell_text(r[col.index]) for r in rows if col.index < len(r) and cell_text(r[col.index])]
                self.columns.append((col.index, col.letter, col.title, ", ".join(dict.fromkeys(samples[:6]))[:80]))
                self.mapping[col.index] = col.field
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col_index, letter, title, samples = self.columns[index.row()]
        field = self.mapping.get(col_index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (letter, title, samples, tr_label(FIELD_LABELS[field]) if field else tr("(bỏ qua)"))[index.column()]
        if role == Qt.ItemDataRole.EditRole and index.column() == 3:
            return field.value if field else ""
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 and field is None:
            return QBrush(QColor("#8a8a8a"))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == 3 else base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 3 or role != Qt.ItemDataRole.EditRole:
            return False
        self.mapping[self.columns[index.row()][0]] = Field(value) if value else None
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None


class FieldDelegate(QStyledItemDelegate):
    """A list of the fields to pick from in the "Nhận là" column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(tr("(bỏ qua cột này)"), "")
        for field, label in FIELD_LABELS.items():
            combo.addItem(tr_label(label), field.value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


_ACTION_COLOURS = {
    Action.INVALID: QColor("#b3261e"),
    Action.DUPLICATE: QColor("#8a6d00"),
    Action.UNCHANGED: QColor("#8a8a8a"),
    Action.CREATE: QColor("#1b5e20"),
    Action.UPDATE: QColor("#0d47a1"),
}


class PreviewModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("", "Dòng"),
        QT_TRANSLATE_NOOP("", "Họ và tên"),
        QT_TRANSLATE_NOOP("", "Ngày sinh"),
        QT_TRANSLATE_NOOP("", "Kết quả"),
        QT_TRANSLATE_NOOP("", "Chi tiết"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.outcomes: list[RowOutcome] = []

    def load(self, outcomes: list[RowOutcome]) -> None:
        self.beginResetModel()
        self.outcomes = list(outcomes)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.outcomes)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        o = self.outcomes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            details = o.summary
            if o.action != Action.INVALID and o.warnings:
                details = "; ".join(filter(None, [details, *(f"⚠ {p.message}" for p in o.warnings)]))
            return (str(o.excel_row), o.parsed.name, o.parsed.birth, tr_label(ACTION_LABELS[o.action]), details)[
                index.column()
            ]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            lines = [p.text() for p in o.errors + o.warnings] + o.changes
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (3, 4):
            return QBrush(_ACTION_COLOURS[o.action])
        if role == Qt.ItemDataRole.UserRole:
            return o.action.value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None


class ActionFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.action = ""

    def set_action(self, action: str) -> None:
        self.action = action
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self.action:
            return True
        source = self.sourceModel()
        return source.index(source_row, 0, source_parent).data(Qt.ItemDataRole.UserRole) == self.action


class ImportDialog(QDialog):
    """Emits ``imported(result)`` after the rows were written (one transaction)."""

    imported = Signal(object)
    PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_DONE = range(4)

    def __init__(self, parent: QWidget | None, importer: StaffImporter) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Nhập danh sách từ Excel"))
        self.resize(980, 640)
        self.importer = importer
        self.info: WorkbookInfo | None = None
        self.source: SourceSheet | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.task: Task[Any] | None = None

        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._done_page())
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self._error_colour()
        self.back_button = QPushButton(tr("Quay lại"))
        self.next_button = QPushButton(tr("Tiếp tục"))
        self.next_button.setObjectName("importNext")
        self.next_button.setDefault(True)
        self.close_button = QPushButton(tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.close_button.clicked.connect(self.reject)
        self._show_page(self.PAGE_FILE)

    # ------------------------------------------------------------------------------ pages
    def _file_page(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(tr("Chưa chọn tệp"))
        browse = QPushButton(tr("Chọn tệp…"))
        browse.setObjectName("importBrowse")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("importSheet")
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("importCategory")
        self.category_combo.addItem(tr("(không đặt — theo cột hoặc mục trong tệp)"), "")
        for cat, label in CATEGORY_LABELS.items():
            self.category_combo.addItem(tr_label(label), cat.value)
        intro = QLabel(
            tr(
                "Chọn tệp danh sách của đơn vị (.xlsx, .xls hoặc .ods). Ứng dụng tự tìm dòng tiêu đề, nhận các cột, "
                "đọc được cả tệp gõ bằng mã TCVN3 (ABC) hay VNI. Chưa có gì được ghi cho đến khi bạn xem trước và bấm "
                "“Nhập”; trước khi nhập, cơ sở dữ liệu được sao lưu tự động."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Tệp"), row)
        form.addRow(tr("Trang tính"), self.sheet_combo)
        form.addRow(tr("Đối tượng cho dòng không ghi"), self.category_combo)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping_info = QLabel()
        self.mapping_info.setObjectName("mappingInfo")
        self.mapping_info.setWordWrap(True)
        self.mapping_model = MappingModel(self)
        self.mapping_view = QTableView()
        self.mapping_view.setObjectName("mappingView")
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(3, FieldDelegate(self.mapping_view))
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping_view.setColumnWidth(0, 50)
        self.mapping_view.setColumnWidth(1, 260)
        self.mapping_view.setColumnWidth(3, 220)
        self.mapping_problems = QLabel()
        self.mapping_problems.setObjectName("mappingProblems")
        self.mapping_problems.setWordWrap(True)
        self.mapping_problems.setStyleSheet("color: #b3261e")
        self.mapping_model.dataChanged.connect(lambda *_a: self._check_mapping())
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_info)
        layout.addWidget(self.mapping_view, 1)
        layout.addWidget(self.mapping_problems)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.preview_model = PreviewModel(self)
        self.preview_filter = ActionFilter(self)
        self.preview_filter.setSourceModel(self.preview_model)
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("previewShow")
        self.show_combo.addItem(tr("Mọi dòng"), "")
        for action in Action:
            self.show_combo.addItem(tr_label(ACTION_LABELS[action]), action.value)
        self.show_combo.currentIndexChanged.connect(
            lambda _i: self.preview_filter.set_action(self.show_combo.currentData() or "")
        )
        self.preview_view = QTableView()
        self.preview_view.setObjectName("previewView")
        self.preview_view.setModel(self.preview_filter)
        self.preview_view.verticalHeader().hide()
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((55, 190, 85, 110)):
            self.preview_view.setColumnWidth(col, width)
        self.skip_invalid = QCheckBox()
        self.skip_invalid.setObjectName("skipInvalid")
        self.skip_invalid.toggled.connect(lambda _c: self._update_buttons())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(tr("Hiện")))
        top.addWidget(self.show_combo)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.skip_invalid)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_label = QLabel()
        self.done_label.setObjectName("importDone")
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------------------ flow
    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.message.clear()
        self._error_colour()  # a good news shown before (nothing to import) must not colour the next error
        self._update_buttons()

    def _error_colour(self) -> None:
        self.message.setStyleSheet("color: #b3261e")

    def _update_buttons(self) -> None:
        page = self.stack.currentIndex()
        busy = self.task is not None and self.task.running
        self.back_button.setVisible(page in (self.PAGE_MAPPING, self.PAGE_PREVIEW))
        self.next_button.setVisible(page != self.PAGE_DONE)
        self.close_button.setText(tr("Xong") if page == self.PAGE_DONE else tr("Đóng"))
        if page == self.PAGE_FILE:
            self.next_button.setText(tr("Tiếp tục"))
            self.next_button.setEnabled(self.info is not None and not busy)
        elif page == self.PAGE_MAPPING:
            self.next_button.setText(tr("Xem trước"))
            self.next_button.setEnabled(not self._mapping_errors() and not busy)
        elif page == self.PAGE_PREVIEW:
            pv = self.preview
            writes = pv.writes if pv else 0
            self.next_button.setText(tr("Nhập"))
            ok = pv is not None and writes > 0 and (not pv.has_invalid or self.skip_invalid.isChecked())
            self.next_button.setEnabled(ok and not busy)

    def browse(self) -> None:
        choose_open_file(self, tr("Chọn tệp danh sách"), tr(FILE_FILTER), self.open_file)

    def open_file(self, path: Path) -> None:
        """Inspect the file (sheets) — fast, on the GUI thread; reading the rows comes next."""
        self.path_edit.setText(str(path))
        self.sheet_combo.clear()
        self.info = None
        self._error_colour()
        try:
            self.info = inspect_workbook(path)
        except UserError as exc:
            self.message.setText(str(exc))
            self._update_buttons()
            return
        for name, visible in zip(self.info.sheet_names, self.info.visible, strict=True):
            self.sheet_combo.addItem(name if visible else tr("{name} (ẩn)").format(name=name), name)
        first_visible = next((i for i, v in enumerate(self.info.visible) if v), 0)
        self.sheet_combo.setCurrentIndex(first_visible)
        self.message.clear()
        self._update_buttons()

    def go_next(self) -> None:
        page = self.stack.currentIndex()
        if page == self.PAGE_FILE:
            self.read_file()
        elif page == self.PAGE_MAPPING:
            self.build_preview()
        elif page == self.PAGE_PREVIEW:
            self.commit()

    def go_back(self) -> None:
        self._show_page(max(self.PAGE_FILE, self.stack.currentIndex() - 1))

    def _run(self, title: str, work: Any, done: Any) -> None:
        self.task = Task(self, title, work, self._finished(done), self._failed)
        self._update_buttons()

    def _finished(self, then: Any) -> Any:
        def handler(result: Any) -> None:
            self.task = None
            then(result)
            self._update_buttons()

        return handler

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if isinstance(exc, ImportCancelled):
            self.message.setText(tr("Đã hủy; chưa ghi gì."))
        elif isinstance(exc, UserError):
            self.message.setText(str(exc))
        else:
            from ui.dialogs.crash import report_exception

            report_exception(exc)
        self._update_buttons()

    def read_file(self) -> None:
        if self.info is None:
            return
        path, sheet = self.info.path, self.sheet_combo.currentData()
        importer = self.importer
        self._run(tr("Đang đọc tệp…"), lambda report: importer.load(path, sheet, progress=report), self._loaded)

    def _loaded(self, source: SourceSheet) -> None:
        self.source = source
        if source.header is None:
            if self.sheet_combo.count() > 1:
                text = tr(
                    "Không tìm thấy dòng tiêu đề (có “Họ và tên”) trong 40 dòng đầu của trang “{sheet}”. "
                    "Hãy chọn trang khác."
                )
            else:
                text = tr(
                    "Trang “{sheet}” không giống danh sách cán bộ: không có dòng tiêu đề nào có cột “Họ và tên” "
                    "trong 40 dòng đầu. Hãy chọn tệp danh sách của đơn vị. Chưa có gì được ghi."
                )
            self.message.setText(text.format(sheet=self.sheet_combo.currentText()))
            return
        if source.default_category is not None and not self.category_combo.currentData():
            self.category_combo.setCurrentIndex(self.category_combo.findData(source.default_category.value))
        self.mapping_model.load(source)
        rows = ", ".join(str(r + 1) for r in source.header.rows)
        notes = [tr("Dòng tiêu đề: {rows}. Kiểm tra cột nào chứa gì; bấm vào ô “Nhận là” để sửa.").format(rows=rows)]
        if source.remembered:
            notes.append(tr("Đã dùng cách gán cột bạn sửa lần trước cho danh sách cùng dạng."))
        if (legacy := source.legacy.note()) is not None:
            notes.append(legacy)
        self.mapping_info.setText("\n".join(notes))
        self._show_page(self.PAGE_MAPPING)
        self._check_mapping()

    def _mapping_errors(self) -> list[str]:
        titles = {c[0]: c[2] for c in self.mapping_model.columns}
        return mapping_problems(self.mapping_model.mapping, titles) if self.mapping_model.columns else ["—"]

    def _check_mapping(self) -> None:
        problems = self._mapping_errors()
        self.mapping_problems.setText("\n".join(problems) if self.mapping_model.columns else "")
        self._update_buttons()

    def current_mapping(self) -> dict[int, Field | None]:
        return dict(self.mapping_model.mapping)

    def default_category(self) -> StaffCategory | None:
        value = self.category_combo.currentData()
        return StaffCategory(value) if value else None

    def build_preview(self) -> None:
        source = self.source
        if source is None:
            return
        mapping, category, importer = self.current_mapping(), self.default_category(), self.importer
        self._run(
            tr("Đang kiểm tra từng dòng…"),
            lambda report: importer.preview(source, mapping=mapping, default_category=category, progress=report),
            self._previewed,
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.preview_model.load(preview.outcomes)
        counts = preview.counts()
        text = [f"<b>{summarise_counts(counts)}</b>"]
        text.extend(preview.notes)
        if preview.has_invalid:
            text.append(tr("Tệp có dòng lỗi: cả tệp sẽ không được nhập, trừ khi bạn chọn chỉ nhập các dòng hợp lệ."))
        self.summary.setText("<br>".join(text))
        self.skip_invalid.setText(tr("Chỉ nhập các dòng hợp lệ (bỏ qua {n} dòng lỗi)").format(n=counts["invalid"]))
        self.skip_invalid.setVisible(preview.has_invalid)
        self.skip_invalid.setChecked(False)
        if preview.has_invalid:
            self.show_combo.setCurrentIndex(self.show_combo.findData(Action.INVALID.value))
        else:
            self.show_combo.setCurrentIndex(0)
        self._show_page(self.PAGE_PREVIEW)
        if preview.writes == 0 and not preview.has_invalid:
            self.message.setStyleSheet("color: #1b5e20")
            self.message.setText(tr("Mọi người trong tệp đã có và không có gì thay đổi; không cần nhập."))

    def commit(self) -> None:
        preview = self.preview
        if preview is None:
            return
        skip, importer = self.skip_invalid.isChecked(), self.importer
        self._run(
            tr("Đang nhập…"), lambda report: importer.commit(preview, skip_invalid=skip, progress=report), self._done
        )

    def _done(self, result: ImportResult) -> None:
        self.import_result = result
        lines = [tr("<b>Đã nhập: {counts}.</b>").format(counts=summarise_counts(result.counts()))]
        if result.qualifications_added:
            lines.append(tr("Đã ghi {n} văn bằng, chứng chỉ.").format(n=result.qualifications_added))
        if result.departments_created:
            lines.append(tr("Phòng, ban mới: {names}.").format(names=", ".join(result.departments_created)))
        if result.invalid:
            lines.append(tr("Đã bỏ qua {n} dòng lỗi: những dòng đó không được ghi.").format(n=result.invalid))
        if result.backup:
            lines.append(tr("Bản sao lưu trước khi nhập: {path}").format(path=result.backup))
        self.done_label.setText("<br>".join(lines))
        self._show_page(self.PAGE_DONE)
        self.imported.emit(result)

    def header(self) -> Header | None:
        return self.source.header if self.source else None
