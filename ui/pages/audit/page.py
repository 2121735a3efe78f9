"""Nhật ký thay đổi: who changed what and when, filtered, with the before/after of each field, and
exported to Excel or CSV."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.audit import ACTION_LABELS, ENTITY_LABELS, AuditFilter, AuditRow, AuditService, describe
from ui.dialogs.messages import choose_save_file, show_info
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.pages.audit.model import AuditTableModel
from ui.tasks import Task

SHOWN_AT_MOST = 5000
PERIODS = (
    (QT_TRANSLATE_NOOP("", "7 ngày qua"), 7),
    (QT_TRANSLATE_NOOP("", "30 ngày qua"), 30),
    (QT_TRANSLATE_NOOP("", "12 tháng qua"), 365),
    (QT_TRANSLATE_NOOP("", "Mọi thời điểm"), 0),
)


class AuditPage(QWidget):
    title = QT_TRANSLATE_NOOP("", "Nhật ký thay đổi")
    loaded = Signal()

    def __init__(self, service: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.service = service
        self.task: Task[list[AuditRow]] | None = None
        self.export_task: Task[int] | None = None
        self.pending = False
        self.model = AuditTableModel(self)

        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setPlaceholderText(tr("Tìm theo tên bản ghi, người thực hiện… (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.period = QComboBox()
        self.period.setObjectName("auditPeriod")
        for label, days in PERIODS:
            self.period.addItem(tr(label), days)
        self.period.setCurrentIndex(1)
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.entity = QComboBox()
        self.entity.setObjectName("auditEntity")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(tr("Mọi thao tác"), "")
        for code, label in ACTION_LABELS.items():
            self.action.addItem(label, str(code))
        self.full = QCheckBox(tr("Hiện đầy đủ CCCD, ngày sinh, điện thoại"))
        self.full.setObjectName("auditFull")
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.export_button = QPushButton(tr("Xuất ra tệp…"))
        self.export_button.setObjectName("auditExport")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.period, self.user, self.entity, self.action):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            filters.addWidget(combo, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.full)
        actions.addStretch(1)
        actions.addWidget(self.count)
        actions.addWidget(self.export_button)

        self.view = QTableView()
        self.view.setObjectName("auditView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(self.model.columns):
            self.view.setColumnWidth(i, col.width)
        self.detail = QTextBrowser()
        self.detail.setObjectName("auditDetail")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.period, self.user, self.entity, self.action):
            combo.currentIndexChanged.connect(self.reload)
        self.full.toggled.connect(self._mask_changed)
        self.export_button.clicked.connect(self.ask_export)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

    # ------------------------------------------------------------------------------ loading
    def activate(self) -> None:
        self._fill_choices()
        self.full.setVisible(self.service.may_see_personal_data())
        self.reload()

    def _fill_choices(self) -> None:
        for combo, first, values in (
            (self.user, tr("Mọi người"), [(u, u) for u in self.service.users()]),
            (
                self.entity,
                tr("Mọi loại dữ liệu"),
                [(tr_label(ENTITY_LABELS.get(e, e)), e) for e in self.service.entities()],
            ),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, "")
            for label, value in values:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(keep or "")))
            combo.blockSignals(False)

    def criteria(self) -> AuditFilter:
        days = int(self.period.currentData() or 0)
        return AuditFilter(
            search=self.search.text(),
            user=self.user.currentData() or None,
            entity=self.entity.currentData() or None,
            action=self.action.currentData() or None,
            date_from=date.today() - timedelta(days=days) if days else None,
            limit=SHOWN_AT_MOST,
        )

    def reload(self) -> None:
        self._timer.stop()
        if self.task is not None and self.task.running:
            self.pending = True  # read again when this read ends, with the newest filters
            return
        service, criteria = self.service, self.criteria()
        self.task = Task(
            self, tr("Đang đọc nhật ký…"), lambda _r: service.entries(criteria), self._loaded, cancellable=False
        )

    def _loaded(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows, mask=self.masked)
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() != 0 or header.sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        more = "" if len(rows) < SHOWN_AT_MOST else tr(" (mới nhất; hãy lọc hẹp hơn để xem các mục cũ)")
        self.count.setText(tr("{count} mục{more}").format(count=len(rows), more=more))
        self.detail.setHtml(tr("<p style='color:#777'>Chọn một dòng để xem chi tiết trước và sau khi sửa.</p>"))
        self.export_button.setEnabled(bool(rows))
        self.loaded.emit()
        if self.pending:
            self.pending = False
            self.reload()

    @property
    def masked(self) -> bool:
        return not (self.full.isVisible() and self.full.isChecked())

    def _mask_changed(self) -> None:
        self.model.set_rows(self.model.rows, mask=self.masked)
        self._show_selected()

    # ------------------------------------------------------------------------------ detail
    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._show_selected()

    def selected(self) -> AuditRow | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def _show_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        lines = "".join(
            f"<tr><td style='padding-right:10px;color:#555'>{escape(f)}</td>"
            f"<td style='padding-right:10px;color:#b3261e'>{escape(b)}</td>"
            f"<td style='color:#1b5e20'>{escape(a)}</td></tr>"
            for f, b, a in describe(row, mask=self.masked)
        )
        table = (
            "<table><tr><th align='left'>"
            + tr("Trường")
            + "</th><th align='left'>"
            + tr("Trước")
            + "</th><th align='left'>"
            + tr("Sau")
            + f"</th></tr>{lines}</table>"
            if lines
            else tr("<p><i>Không có giá trị nào thay đổi.</i></p>")
        )
        uid = (
            tr("<br><span style='color:#777'>Mã định danh: {entity_uid}</span>").format(
                entity_uid=escape(row.entity_uid)
            )
            if row.entity_uid
            else ""
        )
        self.detail.setHtml(
            tr("<p><b>{action_label}</b> — {entity_label}: <b>{label}</b><br>{when}, {who}{uid}</p>{table}").format(
                action_label=escape(tr_label(row.action_label)),
                entity_label=escape(tr_label(row.entity_label)),
                label=escape(row.label),
                when=escape(row.when),
                who=escape(row.who),
                uid=uid,
                table=table,
            )
        )

    # ------------------------------------------------------------------------------ export
    def ask_export(self) -> None:
        suggested = Path.home() / f"nhat-ky-thay-doi-{date.today():%Y%m%d}.xlsx"
        choose_save_file(
            self,
            tr("Xuất nhật ký thay đổi"),
            tr("Bảng tính Excel (*.xlsx);;CSV (*.csv)"),
            self.export,
            suggested=suggested,
        )

    def export(self, path: Path) -> None:
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        rows, full, service = list(self.model.rows), not self.masked, self.service

        def done(lines: int) -> None:
            show_info(
                self,
                tr("Đã xuất"),
                tr("Đã xuất {count} mục ({lines} dòng) vào:\n{path}").format(count=len(rows), lines=lines, path=path),
            )

        self.export_task = Task(
            self, tr("Đang xuất nhật ký…"), lambda _r: service.export(rows, path, full_personal_data=full), done
        )
