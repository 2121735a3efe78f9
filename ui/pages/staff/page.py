"""The Staff page: everyone on the books, filtered and searched the Vietnamese way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.excel.staff_export import ExportSummary, StaffExporter
from app.excel.staff_import import StaffImporter
from app.labels import CATEGORY_LABELS, STATUS_LABELS
from app.security.permissions import Permission
from app.staff.records import ALL, GAP_LABELS, ON_BOOKS, Gap, StaffFilter, StaffRow
from app.staff.service import StaffService
from db.enums import StaffCategory, StaffStatus
from ui.dialogs.messages import choose_save_file
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.pages.staff.detail import person_html
from ui.pages.staff.import_dialog import ImportDialog
from ui.pages.staff.model import COLUMNS, StaffFilterProxy, StaffTableModel
from ui.pages.staff.person_dialog import PersonDialog
from ui.pages.staff.status_dialog import StatusChangeDialog
from ui.rating_texts import history_text
from ui.tasks import Task
from ui.widgets.notice_bar import NoticeBar

LEAVE_ACTIONS = (
    (StaffStatus.MOVED, QT_TRANSLATE_NOOP("", "Chuyển công tác")),
    (StaffStatus.RETIRED, QT_TRANSLATE_NOOP("", "Nghỉ hưu")),
    (StaffStatus.REMOVED, QT_TRANSLATE_NOOP("", "Thôi việc / đưa ra khỏi danh sách")),
    (StaffStatus.ON_LEAVE, QT_TRANSLATE_NOOP("", "Nghỉ dài hạn (vẫn trong danh sách)")),
)


class StaffPage(QWidget):
    title = QT_TRANSLATE_NOOP("", "Cán bộ, công chức")
    loaded = Signal()
    send_to_training = Signal(str)  # staff uid: "Cử đi học…" (the main window opens the nominations)

    def __init__(self, service: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffPage")
        self.service = service
        self.can_edit = service.can(Permission.EDIT_RECORDS)  # the service refuses anyway; this greys out
        self.task: Task[list[StaffRow]] | None = None
        self.model = StaffTableModel(self)
        self.proxy = StaffFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("staffSearch")
        self.search.setPlaceholderText(tr("Tìm tên, CCCD, chức vụ… (không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.department = QComboBox()
        self.department.setObjectName("departmentFilter")
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.category.addItem(tr("Mọi đối tượng"), "")
        for cat, label in CATEGORY_LABELS.items():
            self.category.addItem(tr_label(label), cat.value)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(tr("Đang trong danh sách"), ON_BOOKS)
        for st, label in STATUS_LABELS.items():
            self.status.addItem(tr_label(label), st.value)
        self.status.addItem(tr("Tất cả (kể cả đã nghỉ, chuyển)"), ALL)
        self.gap = QComboBox()
        self.gap.setObjectName("gapFilter")
        self.gap.addItem(tr("Mọi trình độ"), "")
        for gap, label in GAP_LABELS.items():
            self.gap.addItem(tr_label(label), gap.value)
        self.count = QLabel()
        self.count.setObjectName("staffCount")

        # province: the people of one commune (hidden for a commune's own install)
        self.commune = QComboBox()
        self.commune.setObjectName("communeFilter")
        self.communes = service.communes()
        self.commune.addItem(tr("Mọi xã, phường"), "")
        for code, name in self.communes:
            self.commune.addItem(f"{name} ({code})", code)
        self.commune.setVisible(bool(self.communes))

        # the page fits a 1366×768 screen at 125 % (about 1090 points for the window, navigation included)
        self.search.setMinimumWidth(200)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.commune, self.department, self.category, self.status, self.gap):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
            filters.addWidget(combo, 1)

        self.add_button = QPushButton(tr("Thêm người…"))
        self.add_button.setObjectName("addPerson")
        self.edit_button = QPushButton(tr("Xem, sửa hồ sơ…"))
        self.edit_button.setObjectName("editPerson")
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("leaveButton")
        self.leave_button.setText(tr("Cho nghỉ, chuyển…"))
        menu = QMenu(self.leave_button)
        self.leave_actions: dict[StaffStatus, QAction] = {}
        for st, label in LEAVE_ACTIONS:
            action = menu.addAction(tr(label))
            action.triggered.connect(lambda _c=False, s=st: self.change_status(s))
            self.leave_actions[st] = action
        self.leave_button.setMenu(menu)
        self.restore_button = QPushButton(tr("Đưa trở lại danh sách"))
        self.restore_button.setObjectName("restorePerson")
        self.send_button = QPushButton(tr("Cử đi học…"))
        self.send_button.setObjectName("sendToTraining")
        self.send_button.setToolTip(tr("Các khóa học người này cần, xếp theo nhu cầu"))
        self.import_button = QPushButton(tr("Nhập từ Excel…"))
        self.import_button.setObjectName("importExcel")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportExcel")
        self.export_button.setText(tr("Xuất Excel"))
        export_menu = QMenu(self.export_button)
        self.export_list_action = export_menu.addAction(tr("Danh sách đang hiển thị (theo bộ lọc)…"))
        self.export_list_action.triggered.connect(lambda _c=False: self.ask_export())
        self.export_template_action = export_menu.addAction(tr("Mẫu trống để đơn vị điền…"))
        self.export_template_action.triggered.connect(lambda _c=False: self.ask_export(template=True))
        self.export_button.setMenu(export_menu)
        self.export_task: Task[ExportSummary] | None = None
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.leave_button, self.restore_button, self.send_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.count)
        self.count.setMinimumWidth(60)  # on a narrow screen the count gives way, not the buttons

        self.view = QTableView()
        self.view.setObjectName("staffView")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setHighlightSections(False)
        for i, col in enumerate(COLUMNS):
            self.view.setColumnWidth(i, col.width)
        self.detail = QTextBrowser()
        self.detail.setObjectName("staffDetail")
        self.detail.setOpenLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 280])

        self.notice = NoticeBar(self)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(60)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        for combo in (self.department, self.category, self.status, self.gap):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.commune.currentIndexChanged.connect(self._commune_changed)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.send_button.clicked.connect(self._send_selected)
        self.import_button.clicked.connect(self.open_import)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        # a filter, a reload or a status change can hide the selected person without Qt saying the
        # selection changed: the summary and the buttons follow what is really selected
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsRemoved):
            signal.connect(self._refresh_selection)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_person)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.notice.trigger_undo)
        self._detail_uid: str | None = None
        self._has_loaded = False  # the empty-list guidance waits for the first read
        self._fill_departments()
        self._update_buttons()
        self._show_detail()

    # ------------------------------------------------------------------------------- loading
    def reload(self, select_uid: str | None = None) -> None:
        """Read the list in a worker thread; the page stays usable meanwhile."""
        if self.task is not None and self.task.running:
            return
        service = self.service
        self.task = Task(
            self,
            tr("Đang đọc danh sách…"),
            lambda _r: service.rows(date.today()),
            lambda rows: self._loaded(rows, select_uid),
            cancellable=False,
        )

    def reload_now(self, select_uid: str | None = None) -> None:
        """Synchronous reload (small lists, and after a user's own change)."""
        self._loaded(self.service.rows(date.today()), select_uid)

    def _loaded(self, rows: list[StaffRow], select_uid: str | None) -> None:
        selected = self.selected_row()
        current = select_uid or (selected.uid if selected else None)
        self._has_loaded = True
        self.proxy.load(rows)
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() != 0 or header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_count()
        if current:
            self.select_uid(current)
        self.loaded.emit()

    def _fill_departments(self) -> None:
        keep = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(tr("Mọi phòng, ban"), "")
        unit = self.commune.currentData() or None
        if not self.communes or unit:  # a province lists the departments of the chosen commune only
            for d in self.service.departments(unit):
                self.department.addItem(d.name, d.uid)
        self.department.setEnabled(self.department.count() > 1)
        self.department.setCurrentIndex(max(0, self.department.findData(keep or "")))
        self.department.blockSignals(False)

    def activate(self) -> None:
        self._fill_departments()
        if not self.model.rows:
            self.reload()

    # ------------------------------------------------------------------------------- filtering
    def criteria(self) -> StaffFilter:
        cat, gap = self.category.currentData(), self.gap.currentData()
        return StaffFilter(
            search=self.search.text(),
            department_uid=self.department.currentData() or None,
            category=StaffCategory(cat) if cat else None,
            status=self.status.currentData() or ON_BOOKS,
            gap=Gap(gap) if gap else None,
            unit_code=self.commune.currentData() or None,
        )

    def _commune_changed(self) -> None:
        self._fill_departments()
        self.apply_filter()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_criteria(self.criteria())
        self._update_count()

    def _update_count(self) -> None:
        """ "Hiển thị 12 / 57 người trong danh sách": out of everyone on the books, or — when the status filter
        shows those who left too — out of everyone the app holds (never "60 / 57")."""
        shown = self.proxy.rowCount()
        if self.status.currentData() == ALL:
            total = len(self.model.rows)
            text = tr("Hiển thị {shown} / {total} người (kể cả đã nghỉ, chuyển)")
        else:
            total = sum(1 for r in self.model.rows if r.status.on_books)
            text = tr("Hiển thị {shown} / {total} người trong danh sách")
        self.count.setText(text.format(shown=shown, total=total))

    # ------------------------------------------------------------------------------- selection
    def selected_row(self) -> StaffRow | None:
        indexes = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.proxy.row_at(indexes[0]) if indexes else None

    def select_uid(self, uid: str) -> bool:
        source_row = self.model.row_of(uid)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def reveal(self, uid: str) -> bool:
        """Show and select a person named by another page, clearing the filters that would hide them."""
        if not self.model.rows:
            self.reload_now(uid)
        if self.select_uid(uid):
            return True
        for combo in (self.department, self.category, self.gap):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(ALL)))
        self.status.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filter()
        return self.select_uid(uid)

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self._update_buttons()
        self._show_detail(force=True)

    def _refresh_selection(self, *_args: object) -> None:
        self._update_buttons()
        self._show_detail()

    def _show_detail(self, *, force: bool = False) -> None:
        """The selected person's summary; with nobody selected, what to do next (an empty list says
        how to fill it)."""
        row = self.selected_row()
        uid = row.uid if row else None
        if uid == self._detail_uid and not force and uid is not None:
            return
        self._detail_uid = uid
        if row is None:
            if self._has_loaded and not self.model.rows:
                text = tr(
                    "<p><b>Chưa có ai trong danh sách.</b></p><p>Bấm <b>Thêm người…</b> để nhập từng hồ sơ, "
                    "hoặc <b>Nhập từ Excel…</b> để đưa cả danh sách đơn vị đang có vào.</p>"
                )
            elif self._has_loaded and self.proxy.rowCount() == 0:
                text = tr(
                    "<p style='color:#777'>Không có ai khớp bộ lọc. Hãy xóa ô tìm kiếm hoặc chọn bộ lọc khác.</p>"
                )
            else:
                text = tr("<p style='color:#777'>Chọn một người để xem tóm tắt hồ sơ.</p>")
            self.detail.setHtml(text)
            return
        self.detail.setHtml(
            person_html(
                row,
                self.service.load(row.uid).qualifications,
                [history_text(h) for h in self.service.annual_ratings(row.uid)],
            )
        )

    def _update_buttons(self) -> None:
        row = self.selected_row()
        # a province reads its communes' people: each commune changes (and sends to training) its own
        own = self.can_edit and row is not None and row.owner_unit not in {code for code, _name in self.communes}
        self.add_button.setEnabled(self.can_edit)
        self.import_button.setEnabled(self.can_edit)  # the import writes records: the same permission
        self.edit_button.setEnabled(row is not None)
        self.leave_button.setEnabled(own and row is not None and row.status.on_books)
        self.restore_button.setEnabled(own and row is not None and not row.status.on_books)
        self.send_button.setEnabled(own and row is not None and row.status == StaffStatus.WORKING)
        if row is not None:
            for st, action in self.leave_actions.items():
                action.setEnabled(st != row.status)

    # --------------------------------------------------------------------------------- actions
    def add_person(self) -> PersonDialog:
        dialog = PersonDialog(self, self.service)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def edit_selected(self, _index: QModelIndex | None = None) -> PersonDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = PersonDialog(self, self.service, row.uid)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _send_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.send_to_training.emit(row.uid)

    def _saved(self, uid: str) -> None:
        self.reload_now(uid)
        selected = self.selected_row()
        if selected is None or selected.uid != uid:
            # a filter hides the person just saved: say so instead of silently losing them
            self.notice.show_notice(
                tr("Đã lưu. Người vừa lưu không khớp bộ lọc hiện tại nên không hiện trong danh sách.")
            )

    def change_status(self, status: StaffStatus) -> StatusChangeDialog | None:
        """Asks from which day and on what grounds, then takes the person off the list (with an undo)."""
        row = self.selected_row()
        if row is None:
            return None
        dialog = StatusChangeDialog(self, self.service, row, status)

        def changed(change_id: int) -> None:
            self.reload_now()
            self.notice.show_notice(
                tr("Đã chuyển {full_name} sang “{status}”. Hồ sơ vẫn được giữ và có thể đưa trở lại.").format(
                    full_name=row.full_name, status=tr_label(STATUS_LABELS[status])
                ),
                undo=lambda: self._undo(change_id, row.uid),
            )

        dialog.changed.connect(changed)
        dialog.open()
        return dialog

    def _undo(self, change_id: int, uid: str) -> None:
        self.service.undo_status_change(change_id)
        self.reload_now(uid)
        self.notice.show_notice(tr("Đã hoàn tác."))

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.status.on_books:
            return
        change_id = self.service.change_status(
            row.uid, StaffStatus.WORKING, note="Đưa trở lại danh sách"
        )  # kept in the history: data, not interface
        self.reload_now(row.uid)
        self.notice.show_notice(
            tr("Đã đưa {full_name} trở lại danh sách.").format(full_name=row.full_name),
            undo=lambda: self._undo(change_id, row.uid),
        )

    # ---------------------------------------------------------------------------- Excel
    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self, StaffImporter(self.service.db))
        dialog.imported.connect(lambda _result: self.reload_now())
        dialog.open()
        return dialog

    def visible_rows(self) -> list[StaffRow]:
        """The rows the page shows, in the page's order (what "Xuất Excel" exports)."""
        rows = (self.proxy.row_at(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount()))
        return [r for r in rows if r is not None]

    def ask_export(self, *, template: bool = False) -> None:
        name = tr("mau-danh-sach-can-bo.xlsx") if template else tr("danh-sach-can-bo.xlsx")
        choose_save_file(
            self,
            tr("Xuất mẫu trống") if template else tr("Xuất danh sách"),
            tr("Excel (*.xlsx)"),
            lambda path: self.export_to(path, template=template),
            suggested=Path.home() / name,
        )

    def export_to(self, path: Path, *, template: bool = False) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        exporter = StaffExporter(self.service.db)
        rows, criteria = self.visible_rows(), self.criteria()
        if template:
            work = lambda _report: exporter.template(path)  # noqa: E731
        else:
            work = lambda report: exporter.export(path, criteria=criteria, rows=rows, progress=report)  # noqa: E731
        self.export_task = Task(self, tr("Đang xuất Excel…"), work, self._exported)

    def _exported(self, summary: ExportSummary) -> None:
        if summary.template:
            self.notice.show_notice(tr("Đã xuất mẫu trống: {path}").format(path=summary.path))
        else:
            self.notice.show_notice(tr("Đã xuất {n} người vào {path}").format(n=summary.people, path=summary.path))
