"""The "Báo cáo" page: the annual training report to the province (preview, Excel, PDF) and the lists a
clerk needs (training needs for next year, people not trained for years, certificates expiring). The
figures are built and the files written in a worker (ui/tasks.Task) with progress and cancel."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.reports.service import Listing, ReportsService
from app.reports.tables import Kind, Report, Table, cell_text
from app.security.permissions import Permission
from ui.dialogs.messages import choose_save_file
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.tasks import Report as Progress
from ui.tasks import Task
from ui.widgets.forms import hint_label
from ui.widgets.notice_bar import NoticeBar

AnyIndex = QModelIndex | QPersistentModelIndex
ANNUAL, NEEDS, UNTRAINED, EXPIRING = range(4)
KINDS = (
    QT_TRANSLATE_NOOP("", "Báo cáo kết quả đào tạo, bồi dưỡng năm"),
    QT_TRANSLATE_NOOP("", "Đăng ký nhu cầu đào tạo, bồi dưỡng năm sau"),
    QT_TRANSLATE_NOOP("", "Người chưa được bồi dưỡng trong N năm"),
    QT_TRANSLATE_NOOP("", "Chứng chỉ hết hạn, sắp hết hạn"),
)
_BOLD = QFont()
_BOLD.setBold(True)


class ReportTableModel(QAbstractTableModel):
    """A report table: its rows, then its total line in bold."""

    def __init__(self, table: Table, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table
        self.rows = list(table.rows) + ([table.total] if table.total is not None else [])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        col = self.table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{col.group}: {col.title}" if col.group else col.title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row[index.column()], col.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind != Kind.TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        total = self.table.total is not None and index.row() == len(self.rows) - 1
        if role == Qt.ItemDataRole.FontRole and total:
            return _BOLD
        if role == Qt.ItemDataRole.BackgroundRole and total:
            return QBrush(QColor("#eef2f8"))
        if role == Qt.ItemDataRole.ToolTipRole and col.kind == Kind.TEXT:
            return cell_text(row[index.column()], col.kind) or None
        return None


class ReportsPage(QWidget):
    title = QT_TRANSLATE_NOOP("", "Báo cáo")

    def __init__(self, service: ReportsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.service = service
        self.can_export = service.can(Permission.EXPORT_DATA)  # the service refuses anyway; this greys out
        self.task: Task[Any] | None = None
        self.report: Report | None = None
        self.listing: Listing | None = None
        self.built_for: tuple[Any, ...] | None = None
        today = date.today()

        self.kinds = QListWidget()
        self.kinds.setObjectName("reportKinds")
        self.kinds.setWordWrap(True)
        self.kinds.setSpacing(4)
        for text in KINDS:
            self.kinds.addItem(tr(text))

        self.year = QSpinBox()
        self.year.setObjectName("reportYear")
        self.year.setRange(2015, today.year + 1)
        self.year.setValue(today.year)
        self.commune = QComboBox()
        self.commune.setObjectName("reportCommune")
        self.commune.addItem(tr("Toàn tỉnh (mọi xã, phường)"), "")
        for code, name in service.communes():
            self.commune.addItem(f"{name} ({code})", code)
        self.years = QSpinBox()
        self.years.setObjectName("untrainedYears")
        self.years.setRange(1, 20)
        self.years.setValue(3)
        self.years.setSuffix(tr(" năm"))
        self.days = QSpinBox()
        self.days.setObjectName("expiryDays")
        self.days.setRange(0, 3650)
        self.days.setValue(90)
        self.days.setSuffix(tr(" ngày tới"))
        self.params = QStackedWidget()
        self.params.setObjectName("reportParams")
        for widgets in (
            ((tr("Năm báo cáo:"), self.year),),
            ((tr("Năm đăng ký:"), None),),
            ((tr("Chưa học trong:"), self.years),),
            ((tr("Hết hạn trong:"), self.days),),
        ):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for label, widget in widgets:
                row.addWidget(QLabel(label))
                if widget is not None:
                    row.addWidget(widget)
                else:
                    self.needs_year = QLabel(str(today.year + 1))
                    self.needs_year.setObjectName("needsYear")
                    row.addWidget(self.needs_year)
            row.addStretch(1)
            self.params.addWidget(box)
        self.build_button = QPushButton(tr("Lập báo cáo"))
        self.build_button.setObjectName("buildReport")
        self.excel_button = QPushButton(tr("Xuất Excel…"))
        self.excel_button.setObjectName("reportExcel")
        self.pdf_button = QPushButton(tr("Xuất PDF…"))
        self.pdf_button.setObjectName("reportPdf")
        controls = QHBoxLayout()
        controls.addWidget(self.params, 1)
        controls.addWidget(self.commune)
        controls.addWidget(self.build_button)
        controls.addWidget(self.excel_button)
        controls.addWidget(self.pdf_button)
        self.commune.setVisible(self.commune.count() > 1)

        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.tables = QTabWidget()
        self.tables.setObjectName("reportTables")
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(controls)
        rv.addWidget(self.summary)
        rv.addWidget(self.tables, 1)
        splitter = QSplitter()
        splitter.addWidget(self.kinds)
        splitter.addWidget(right)
        splitter.setSizes([250, 1050])
        self.notice = NoticeBar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)

        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.build_button.clicked.connect(lambda: self.build())  # not clicked(bool) into ``then``
        self.excel_button.clicked.connect(lambda: self.ask_export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.ask_export(".pdf"))
        for spin in (self.year, self.years, self.days):
            spin.valueChanged.connect(lambda _v: self._stale())
        self.commune.currentIndexChanged.connect(lambda _i: self._stale())
        self.kinds.setCurrentRow(ANNUAL)

    # ------------------------------------------------------------------------------ state
    @property
    def kind(self) -> int:
        return max(0, self.kinds.currentRow())

    def _params(self) -> tuple[Any, ...]:
        return (self.kind, self.year.value(), self.years.value(), self.days.value(), self.commune.currentData())

    def _kind_changed(self, row: int) -> None:
        self.params.setCurrentIndex(max(0, row))
        self.pdf_button.setVisible(row == ANNUAL)
        self._stale()

    def _stale(self) -> None:
        """Parameters changed: the shown figures no longer answer them."""
        self.report, self.listing, self.built_for = None, None, None
        self.tables.clear()
        self.summary.setText(tr("<p style='color:#777'>Chọn thông số rồi bấm “Lập báo cáo”.</p>"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None
        self.build_button.setEnabled(not busy)
        self.excel_button.setEnabled(not busy and self.can_export)
        self.pdf_button.setEnabled(not busy and self.can_export and self.kind == ANNUAL)

    def activate(self) -> None:
        self._update_buttons()

    # ------------------------------------------------------------------------------ building
    def build(self, then: Any = None) -> Task[Any] | None:
        if self.task is not None:
            return None
        kind, year, years, days, commune = self._params()
        commune = commune or None
        service = self.service

        def work(progress: Progress) -> Report | Listing:
            if kind == ANNUAL:
                return service.annual(year, unit_code=commune, progress=progress)
            if kind == NEEDS:
                return service.needs(date.today().year + 1, unit_code=commune, progress=progress)
            if kind == UNTRAINED:
                return service.untrained(years, unit_code=commune)
            return service.expiring(days, unit_code=commune)

        params = self._params()

        def done(result: Report | Listing) -> None:
            self.task = None
            self._show(result, params)
            if then is not None:
                then()

        self.task = Task(self, tr("Đang lập báo cáo…"), work, done, self._failed)
        self._update_buttons()
        return self.task

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._update_buttons()
        from app.errors import UserError
        from ui.dialogs.messages import show_warning

        if isinstance(exc, UserError):
            show_warning(self, tr("Không lập được báo cáo"), str(exc))
            return
        from ui.dialogs.crash import report_exception

        report_exception(exc)

    def _show(self, result: Report | Listing, params: tuple[Any, ...]) -> None:
        self.tables.clear()
        if isinstance(result, Report):
            self.report, self.listing = result, None
            scope = result.scope.unit_name
            self.summary.setText(
                tr("<b>Báo cáo {title}</b> — {unit}").format(
                    title=escape(result.title[:1].lower() + result.title[1:]), unit=escape(scope)
                )
                + "<br>"
                + "<br>".join(escape(s) for s in result.summary)
            )
            tables = result.tables
        else:
            self.report, self.listing = None, result
            self.summary.setText(f"<b>{escape(result.title)}</b> — {escape(result.unit_name)}")
            tables = result.tables
        for t in tables:
            view = QTableView()
            view.setObjectName(f"reportTable{t.number}")
            model = ReportTableModel(t, view)
            view.setModel(model)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(24)
            view.horizontalHeader().setHighlightSections(False)
            for i, col in enumerate(t.columns):  # text narrower than in Excel: the numbers stay in view
                view.setColumnWidth(i, min(int(col.width * 6), 240) if col.kind == Kind.TEXT else 78)
            page = QWidget()
            pv = QVBoxLayout(page)
            pv.setContentsMargins(4, 4, 4, 4)
            caption = QLabel(f"<b>{escape(t.heading)}</b>")
            caption.setWordWrap(True)
            pv.addWidget(caption)
            pv.addWidget(view, 1)
            if t.note:
                note = hint_label(escape(t.note))
                pv.addWidget(note)
            self.tables.addTab(page, tr("Biểu {n}").format(n=t.number))
        self.built_for = params
        self._update_buttons()

    # ------------------------------------------------------------------------------ files
    def suggested_name(self, suffix: str) -> str:
        kind, year, years, _days, commune = self._params()
        base = ("bao-cao-nam-{y}", "nhu-cau-dao-tao-{n}", "chua-boi-duong-{k}-nam", "chung-chi-het-han")[kind]
        name = base.format(y=year, n=date.today().year + 1, k=years)
        return f"{name}{'-' + commune if commune else ''}{suffix}"

    def ask_export(self, suffix: str) -> None:
        filters = tr("Bảng tính Excel (*.xlsx)") if suffix == ".xlsx" else tr("Tệp PDF (*.pdf)")
        choose_save_file(
            self,
            tr("Lưu báo cáo"),
            filters,
            lambda path: self._export_chosen(path, suffix),
            suggested=Path.home() / self.suggested_name(suffix),
        )

    def _export_chosen(self, path: Path, suffix: str) -> None:
        self.export_to(path if path.suffix.lower() == suffix else path.with_suffix(suffix))

    def export_to(self, path: Path) -> Task[Any] | None:
        """Write the shown report (built first when the parameters changed) to ``path``."""
        if self.task is not None:
            return None
        if self.built_for != self._params():
            self.build(then=lambda: self.export_to(path))
            return self.task
        service, report, listing = self.service, self.report, self.listing
        year = self.year.value()

        def work(progress: Progress) -> Path:
            if report is not None:
                return service.write_annual(year, path, report=report, progress=progress)
            assert listing is not None
            return service.write_listing(listing, path)

        def done(written: Path) -> None:
            self.task = None
            self._update_buttons()
            self.notice.show_notice(tr("Đã lưu {path}").format(path=written))

        self.task = Task(self, tr("Đang ghi tệp…"), work, done, self._failed)
        self._update_buttons()
        return self.task
