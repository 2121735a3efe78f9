"""The targets tab: plans and their targets with computed progress, and for the selected target its
overview, who is missing, the trend and breakdowns."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_date
from app.targets.achievements import ProgressModel
from app.targets.plans import PlanInfo
from app.targets.progress import DIMENSIONS, STATUS_LABELS, Computation, Status, TargetProgress, format_percent
from app.targets.service import TargetsService
from ui.dialogs.messages import ask_confirm, show_info
from ui.i18n import tr, tr_label
from ui.pages.targets.dialogs import PlanDialog, PresetsDialog, TargetDialog
from ui.pages.targets.models import (
    MISSING_COLUMNS,
    PROGRESS_COLUMN,
    STATUS_COLORS,
    TARGET_COLUMNS,
    MissingModel,
    RowRole,
    SortRole,
    TargetTableModel,
)
from ui.tasks import Task
from ui.widgets.charts import BarChart, BarItem, ProgressDelegate, TrendChart, TrendPoint
from ui.widgets.forms import hint_label
from ui.widgets.notice_bar import NoticeBar

ALL_PLANS = ""
PLAN_COLUMN = len(TARGET_COLUMNS) - 1


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setSortingEnabled(True)
    view.horizontalHeader().setHighlightSections(False)
    return view


def _proxy(parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SortRole)
    return proxy


class TargetsTab(QWidget):
    show_person = Signal(str)
    loaded = Signal()
    nominate_people = Signal(str, list)  # course uid, staff uids: open that course's nominate dialog

    def __init__(self, service: TargetsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetsTab")
        self.service = service
        self.computation: Computation | None = None
        self.plans: list[PlanInfo] = []
        self.task: Task[Computation] | None = None
        self.again = False  # the commune changed while computing: compute again when done
        self.today = date.today()
        self.may_edit = service.may_edit()
        self.own_unit = service.unit_code()

        # a province: its own plans over all its communes added up, or over one commune (with that
        # commune's own plans, read only)
        communes = service.communes()
        self.commune_names = dict(communes)
        self.commune = QComboBox()
        self.commune.setObjectName("targetsCommuneFilter")
        # sized to a short name, not the longest of 100+ communes: the page must fit a 1366-pixel screen
        self.commune.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.commune.setMinimumContentsLength(24)
        self.commune.addItem(tr("Toàn tỉnh (cộng mọi xã, phường)"), "")
        for code, name in communes:
            self.commune.addItem(f"{name} ({code})", code)
        self.commune_label = QLabel(tr("Xã, phường:"))
        for w in (self.commune, self.commune_label):
            w.setVisible(bool(communes))

        self.plan_filter = QComboBox()
        self.plan_filter.setObjectName("planFilter")
        self.plan_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_filter.setMinimumContentsLength(40)
        self.presets_button = QPushButton(tr("Áp dụng kế hoạch mẫu…"))
        self.presets_button.setObjectName("presetsButton")
        self.add_plan_button = QPushButton(tr("Thêm kế hoạch…"))
        self.edit_plan_button = QPushButton(tr("Sửa kế hoạch…"))
        self.delete_plan_button = QPushButton(tr("Xóa kế hoạch"))
        self.add_target_button = QPushButton(tr("Thêm chỉ tiêu…"))
        self.add_target_button.setObjectName("addTarget")
        top = QHBoxLayout()
        top.addWidget(self.commune_label)
        top.addWidget(self.commune)
        top.addWidget(QLabel(tr("Kế hoạch:")))
        top.addWidget(self.plan_filter, 1)
        self.summary = QLabel()
        self.summary.setObjectName("targetsSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        # the buttons share the summary's line, not the filters': one row of both is wider than a
        # 1366-pixel office screen at a province (its commune list)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        for b in (
            self.presets_button,
            self.add_plan_button,
            self.edit_plan_button,
            self.delete_plan_button,
            self.add_target_button,
        ):
            actions.addWidget(b)

        self.model = TargetTableModel(self)
        self.proxy = _proxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = _table("targetsView")
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self.view))
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the plans' own order
        for i, col in enumerate(TARGET_COLUMNS):
            self.view.setColumnWidth(i, col.width)
        self.view.setWordWrap(False)

        # detail of the selected target
        self.overview = QTextBrowser()
        self.overview.setObjectName("targetOverview")
        self.edit_target_button = QPushButton(tr("Sửa chỉ tiêu…"))
        self.edit_target_button.setObjectName("editTarget")
        self.delete_target_button = QPushButton(tr("Xóa chỉ tiêu"))
        self.refreeze_button = QPushButton(tr("Chốt lại danh sách"))
        self.refreeze_button.setToolTip(tr("Lập lại danh sách đối tượng đã chốt theo ngày bắt đầu tính"))
        overview_page = QWidget()
        ov = QVBoxLayout(overview_page)
        ov.addWidget(self.overview, 1)
        row = QHBoxLayout()
        for b in (self.edit_target_button, self.delete_target_button, self.refreeze_button):
            row.addWidget(b)
        row.addStretch(1)
        ov.addLayout(row)

        self.missing_model = MissingModel(self)
        self.missing_proxy = _proxy(self)
        self.missing_proxy.setSourceModel(self.missing_model)
        self.missing_view = _table("missingView")
        self.missing_view.setModel(self.missing_proxy)
        self.missing_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # nominate some
        for i, col in enumerate(MISSING_COLUMNS):
            self.missing_view.setColumnWidth(i, col.width)
        self.open_person_button = QPushButton(tr("Mở hồ sơ trong trang Cán bộ, công chức"))
        self.open_person_button.setObjectName("openPerson")
        self.copy_button = QPushButton(tr("Sao chép danh sách"))
        self.copy_button.setObjectName("copyMissing")
        self.copy_button.setToolTip(tr("Chép danh sách (dạng bảng) để dán vào Excel hoặc văn bản"))
        self.nominate_button = QPushButton(tr("Cử đi học…"))
        self.nominate_button.setObjectName("nominateMissing")
        self.nominate_button.setToolTip(
            tr("Mở danh sách cử đi học của một khóa đáp ứng chỉ tiêu này, đã chọn sẵn những người còn thiếu")
        )
        self.course_menu: QMenu | None = None
        missing_page = QWidget()
        mv = QVBoxLayout(missing_page)
        self.missing_label = QLabel()
        mv.addWidget(self.missing_label)
        mv.addWidget(self.missing_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_person_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.nominate_button)
        row.addStretch(1)
        mv.addLayout(row)

        self.trend = TrendChart()
        self.trend.setObjectName("trendChart")
        trend_page = QWidget()
        tv = QVBoxLayout(trend_page)
        self.trend_note = hint_label()
        tv.addWidget(self.trend, 1)
        tv.addWidget(self.trend_note)

        self.dimension = QComboBox()
        self.dimension.setObjectName("dimension")
        for key, dim in DIMENSIONS.items():
            self.dimension.addItem(tr_label(dim.label), key)
        self.breakdown = BarChart()
        self.breakdown.setObjectName("breakdownChart")
        breakdown_page = QWidget()
        bv = QVBoxLayout(breakdown_page)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Theo:")))
        row.addWidget(self.dimension)
        row.addStretch(1)
        bv.addLayout(row)
        bv.addWidget(_scroll(self.breakdown), 1)

        self.overall = BarChart()
        self.overall.setObjectName("overallChart")

        self.details = QTabWidget()
        self.details.setObjectName("targetDetails")
        self.details.addTab(overview_page, tr("Tổng quan"))
        self.details.addTab(missing_page, tr("Ai còn thiếu"))
        self.details.addTab(trend_page, tr("Xu hướng"))
        self.details.addTab(breakdown_page, tr("Phân tích"))
        self.details.addTab(_scroll(self.overall), tr("Tiến độ các chỉ tiêu"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setSizes([300, 360])
        self.notice = NoticeBar(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)

        self.plan_filter.currentIndexChanged.connect(self._show_rows)
        self.commune.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.doubleClicked.connect(lambda _i: self.edit_target() if self.edit_target_button.isEnabled() else None)
        self.presets_button.clicked.connect(self.open_presets)
        self.add_plan_button.clicked.connect(lambda: self.edit_plan(new=True))
        self.edit_plan_button.clicked.connect(lambda: self.edit_plan(new=False))
        self.delete_plan_button.clicked.connect(self.delete_plan)
        self.add_target_button.clicked.connect(self.add_target)
        self.edit_target_button.clicked.connect(self.edit_target)
        self.delete_target_button.clicked.connect(self.delete_target)
        self.refreeze_button.clicked.connect(self.refreeze)
        self.open_person_button.clicked.connect(self.open_person)
        self.missing_view.doubleClicked.connect(lambda _i: self.open_person())
        self.copy_button.clicked.connect(self.copy_missing)
        self.nominate_button.clicked.connect(self.nominate_missing)
        self.dimension.currentIndexChanged.connect(lambda _i: self._show_breakdown())
        self.missing_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.Copy, self.missing_view, self.copy_missing)
        self._update_buttons()

    # ------------------------------------------------------------------------------ loading
    def activate(self) -> None:
        """Recompute on every visit: records change on other pages (a new degree, someone leaving)."""
        self.reload()

    def unit(self) -> str | None:
        """The commune chosen at a province (None: all of them, or a commune's own install)."""
        return self.commune.currentData() or None

    def reload(self, select_uid: str | None = None) -> None:
        """Compute in a worker thread (a province has tens of thousands of people)."""
        if self.task is not None and self.task.running:
            self.again = True
            return
        service, today, unit = self.service, date.today(), self.unit()
        self.task = Task(
            self,
            tr("Đang tính tiến độ các chỉ tiêu…"),
            lambda _r: service.compute(today, unit),
            lambda c: self._loaded(c, select_uid),
            cancellable=False,
        )

    def reload_now(self, select_uid: str | None = None, today: date | None = None) -> None:
        self._loaded(self.service.compute(today or self.today, self.unit()), select_uid)

    def owns(self, plan_uid: str | None) -> bool:
        """The plan is this unit's own (a province reads its communes' plans, never changes them)."""
        plan = next((p for p in self.plans if p.uid == plan_uid), None)
        return plan is not None and (plan.owner_unit is None or not self.own_unit or plan.owner_unit == self.own_unit)

    def _loaded(self, computation: Computation, select_uid: str | None) -> None:
        selected = self.selected()
        current = select_uid or (selected.spec.uid if selected else None)
        if self.again:  # the commune changed meanwhile: this result is for the one chosen before
            self.again = False
            self.task = None
            self.reload(select_uid)
            return
        self.computation = computation
        self.today = computation.today
        self.plans = self.service.plans(self.unit())
        keep = self.plan_filter.currentData()
        self.plan_filter.blockSignals(True)
        self.plan_filter.clear()
        self.plan_filter.addItem(tr("Tất cả kế hoạch ({n})").format(n=len(self.plans)), ALL_PLANS)
        for p in self.plans:
            whose = "" if self.owns(p.uid) else f" — {self.commune_names.get(p.owner_unit or '', p.owner_unit)}"
            self.plan_filter.addItem(f"{p.name} ({p.start_date.year}–{p.end_date.year}){whose}", p.uid)
        self.plan_filter.setCurrentIndex(max(0, self.plan_filter.findData(keep or ALL_PLANS)))
        self.plan_filter.blockSignals(False)
        self._show_rows()
        if current:
            self.select_uid(current)
        elif self.proxy.rowCount():
            self.view.selectRow(0)
        self.loaded.emit()

    def _visible(self) -> list[TargetProgress]:
        if self.computation is None:
            return []
        plan = self.plan_filter.currentData()
        return [r for r in self.computation.results if not plan or r.spec.plan_uid == plan]

    def _show_rows(self) -> None:
        rows = self._visible()
        self.model.set_rows(rows)
        self.view.setColumnHidden(PLAN_COLUMN, bool(self.plan_filter.currentData()))
        counts = {s: sum(1 for r in rows if r.status == s) for s in Status}
        parts = [
            f"<span style='color:{STATUS_COLORS[s]}'>■</span> {tr_label(STATUS_LABELS[s])}: <b>{counts[s]}</b>"
            for s in Status
            if counts[s]
        ]
        when = tr("Tính đến ngày {d}").format(d=format_date(self.today))
        self.summary.setText(
            f"{when} — " + tr("{n} chỉ tiêu").format(n=len(rows)) + (": " + " · ".join(parts) if parts else "")
        )
        self.overall.set_items(
            [
                BarItem(
                    r.spec.name,
                    r.percent,
                    r.spec.threshold,
                    STATUS_COLORS[r.status],
                    f"{format_percent(r.percent)} / {r.threshold_label}",
                    f"{r.spec.name}\n{tr_label(r.status_label)}",
                )
                for r in rows
            ],
            tr("Tỷ lệ đạt so với ngưỡng (vạch đen) — màu theo trạng thái"),
        )
        self._update_buttons()
        if not self.selected():
            self._selection_changed()

    # ------------------------------------------------------------------------------ selection
    def selected(self) -> TargetProgress | None:
        model = self.view.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows:
            return None
        value = self.proxy.data(rows[0], RowRole)
        return value if isinstance(value, TargetProgress) else None

    def select_uid(self, uid: str) -> bool:
        row = self.model.row_of(uid)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def current_plan(self) -> PlanInfo | None:
        uid = self.plan_filter.currentData()
        if not uid:
            selected = self.selected()
            uid = selected.spec.plan_uid if selected else (self.plans[0].uid if len(self.plans) == 1 else None)
        return next((p for p in self.plans if p.uid == uid), None)

    def _update_buttons(self) -> None:
        selected = self.selected()
        plan = self.current_plan()
        # a viewer reads; a province changes its own plans only (its communes' plans are theirs)
        plan_chosen = (
            self.may_edit and bool(self.plan_filter.currentData()) and self.owns(self.plan_filter.currentData())
        )
        target = self.may_edit and selected is not None and self.owns(selected.spec.plan_uid)
        self.presets_button.setEnabled(self.may_edit)
        self.add_plan_button.setEnabled(self.may_edit)
        self.edit_plan_button.setEnabled(plan_chosen)
        self.delete_plan_button.setEnabled(plan_chosen)
        self.add_target_button.setEnabled(self.may_edit and plan is not None and self.owns(plan.uid))
        self.edit_target_button.setEnabled(target)
        self.delete_target_button.setEnabled(target)
        self.refreeze_button.setEnabled(target and selected is not None and selected.spec.frozen_ids is not None)
        has_missing = self.missing_model.rowCount() > 0
        self.copy_button.setEnabled(has_missing)
        self.nominate_button.setEnabled(has_missing)
        self.open_person_button.setEnabled(bool(self.missing_view.selectionModel().selectedRows()))

    def _selection_changed(self) -> None:
        r = self.selected()
        self.missing_model.set_rows(list(r.missing) if r else [])
        self._update_buttons()
        if r is None:
            self.overview.setHtml(
                "<p style='color:#777'>"
                + tr("Chọn một chỉ tiêu để xem chi tiết, hoặc áp dụng chỉ tiêu từ kế hoạch mẫu.")
                + "</p>"
            )
            self.missing_label.setText("")
            self.trend.set_data([], threshold=None, path=None, deadline=None, today=None)
            self.breakdown.set_items([])
            return
        self.details.setTabText(1, tr("Ai còn thiếu ({n})").format(n=len(r.missing)))
        self.missing_label.setText(
            tr("{n} người chưa đạt: {rule}").format(n=len(r.missing), rule=r.achievement_text.lower())
            if r.missing
            else tr("Không còn ai thiếu.")
        )
        self.overview.setHtml(overview_html(r, self.today, unit=self.commune_names.get(self.unit() or "")))
        self._show_trend(r)
        self._show_breakdown()

    def _show_trend(self, r: TargetProgress) -> None:
        assert self.computation is not None
        points = self.computation.history(self.computation.index_of(r.spec.uid or ""))
        trend = [
            TrendPoint(
                p.day,
                p.percent or 0.0,
                tr("{day}: {achieved}/{population} người ({percent})").format(
                    day=format_date(p.day),
                    achieved=p.achieved,
                    population=p.population,
                    percent=format_percent(p.percent),
                ),
            )
            for p in points
            if p.percent is not None
        ]
        path = None
        if r.model == ProgressModel.CUMULATIVE and r.baseline is not None:
            path = (TrendPoint(r.spec.start, r.baseline), TrendPoint(r.spec.deadline, r.spec.threshold))
        self.trend.set_data(
            trend,
            threshold=r.spec.threshold,
            path=path,
            deadline=r.spec.deadline,
            today=self.today,
            color=STATUS_COLORS[r.status],
        )
        self.trend_note.setText(
            tr(
                "Các điểm được tính lại từ hồ sơ: năm cấp văn bằng, kết quả xếp loại từng năm và lịch sử chuyển "
                "công tác, nghỉ hưu (ai có trong danh sách vào ngày đó). Chức vụ, phòng ban lấy theo hiện nay."
            )
        )

    def _show_breakdown(self) -> None:
        r = self.selected()
        if r is None or self.computation is None:
            self.breakdown.set_items([])
            return
        key = str(self.dimension.currentData())
        rows = self.computation.breakdown(self.computation.index_of(r.spec.uid or ""), key)
        threshold = r.spec.threshold
        items = [
            BarItem(
                tr_label(row.label),  # a category or a sex is a label; a department's name comes back as is
                row.percent,
                threshold,
                "#2e7d32" if row.percent is not None and row.percent >= threshold else "#d68910",
                f"{row.achieved}/{row.population} ({format_percent(row.percent)})",
                tr("{label}: {achieved}/{population} người đạt").format(
                    label=tr_label(row.label), achieved=row.achieved, population=row.population
                ),
            )
            for row in rows
        ]
        self.breakdown.set_items(
            items, tr("{dim} — vạch đen: ngưỡng chỉ tiêu").format(dim=self.dimension.currentText())
        )

    # ------------------------------------------------------------------------------ actions
    def open_presets(self) -> PresetsDialog:
        dialog = PresetsDialog(self, self.service)
        dialog.adopted.connect(lambda plans: self._after_adopt(plans))
        dialog.open()
        return dialog

    def _after_adopt(self, plans: list[str]) -> None:
        self.reload_now()
        if len(plans) == 1:
            self.plan_filter.setCurrentIndex(max(0, self.plan_filter.findData(plans[0])))
        self.notice.show_notice(tr("Đã áp dụng chỉ tiêu từ kế hoạch mẫu; có thể sửa từng chỉ tiêu."))

    def edit_plan(self, *, new: bool) -> PlanDialog | None:
        plan = None if new else self.current_plan()
        if not new and plan is None:
            return None
        dialog = PlanDialog(self, self.service, plan)
        dialog.saved.connect(lambda uid: self._plan_saved(uid))
        dialog.open()
        return dialog

    def _plan_saved(self, uid: str) -> None:
        self.reload_now()
        self.plan_filter.setCurrentIndex(max(0, self.plan_filter.findData(uid)))

    def delete_plan(self) -> None:
        plan = self.current_plan()
        if plan is None or not self.plan_filter.currentData():
            return

        def remove() -> None:
            self.service.delete_plan(plan.uid)
            self.plan_filter.setCurrentIndex(0)
            self.reload_now()
            self.notice.show_notice(
                tr("Đã xóa kế hoạch “{name}”.").format(name=plan.name), undo=lambda: self._restore_plan(plan.uid)
            )

        ask_confirm(
            self,
            tr("Xóa kế hoạch"),
            tr("Xóa kế hoạch “{name}” và {n} chỉ tiêu của kế hoạch?").format(name=plan.name, n=plan.targets),
            remove,
            yes=tr("Xóa"),
        )

    def _restore_plan(self, uid: str) -> None:
        self.service.restore_plan(uid)
        self.reload_now()
        self.plan_filter.setCurrentIndex(max(0, self.plan_filter.findData(uid)))

    def add_target(self) -> TargetDialog | None:
        plan = self.current_plan()
        if plan is None:
            show_info(self, tr("Thêm chỉ tiêu"), tr("Hãy chọn kế hoạch (ở ô “Kế hoạch”) trước khi thêm chỉ tiêu."))
            return None
        dialog = TargetDialog(self, self.service, plan)
        dialog.saved.connect(lambda uid: self.reload_now(uid))
        dialog.open()
        return dialog

    def edit_target(self) -> TargetDialog | None:
        r = self.selected()
        if r is None or r.spec.uid is None:
            return None
        plan = next((p for p in self.plans if p.uid == r.spec.plan_uid), None)
        if plan is None:
            return None
        dialog = TargetDialog(self, self.service, plan, r.spec.uid)
        dialog.saved.connect(lambda uid: self.reload_now(uid))
        dialog.open()
        return dialog

    def delete_target(self) -> None:
        r = self.selected()
        if r is None or r.spec.uid is None:
            return
        uid, name = r.spec.uid, r.spec.name
        self.service.delete_target(uid)
        self.reload_now()
        self.notice.show_notice(tr("Đã xóa chỉ tiêu “{name}”.").format(name=name), undo=lambda: self._restore(uid))

    def _restore(self, uid: str) -> None:
        self.service.restore_target(uid)
        self.reload_now(uid)

    def refreeze(self) -> None:
        r = self.selected()
        if r is None or r.spec.uid is None:
            return
        uid = r.spec.uid

        def run() -> None:
            count = self.service.refreeze(uid)
            self.reload_now(uid)
            self.notice.show_notice(tr("Đã chốt lại danh sách: {n} người.").format(n=count))

        ask_confirm(
            self,
            tr("Chốt lại danh sách"),
            tr("Lập lại danh sách đối tượng theo tiêu chí và ngày bắt đầu tính ({d})?").format(
                d=format_date(r.spec.start)
            ),
            run,
        )

    def selected_missing(self) -> str | None:
        rows = self.missing_view.selectionModel().selectedRows()
        if not rows:
            return None
        person = self.missing_proxy.data(rows[0], RowRole)
        return getattr(person, "uid", None)

    def open_person(self) -> None:
        uid = self.selected_missing()
        if uid:
            self.show_person.emit(uid)

    def missing_uids(self) -> list[str]:
        """The people to nominate: those selected in the list (when several are), else every one missing."""
        chosen: list[str] = []
        for index in self.missing_view.selectionModel().selectedRows():
            uid = getattr(self.missing_proxy.data(index, RowRole), "uid", None)
            if isinstance(uid, str):
                chosen.append(uid)
        if len(chosen) > 1:
            return chosen
        r = self.selected()
        return [m.uid for m in r.missing] if r else []

    def nominate_missing(self) -> QMenu | None:
        """One click to nominating who is missing: the course that meets the target (a menu when several
        do), its nominate dialog opens with these people ticked."""
        r = self.selected()
        if r is None or not r.missing or r.spec.uid is None:
            return None
        courses = self.service.suitable_courses(r.spec.uid)
        if not courses:
            show_info(
                self,
                tr("Chưa có khóa học phù hợp"),
                tr(
                    "Trong danh mục chưa có khóa học nào mà hoàn thành thì được tính cho chỉ tiêu này. "
                    "Hãy thêm khóa học ở trang “Khóa học, lớp học” (loại khóa, trình độ được công nhận)."
                ),
            )
            return None
        if len(courses) == 1:
            self.nominate_with(courses[0].uid)
            return None
        menu = QMenu(self)
        menu.setObjectName("courseMenu")
        for course in courses:
            action = menu.addAction(course.name)
            action.triggered.connect(lambda _c=False, uid=course.uid: self.nominate_with(uid))
        self.course_menu = menu
        menu.popup(self.nominate_button.mapToGlobal(self.nominate_button.rect().bottomLeft()))
        return menu

    def nominate_with(self, course_uid: str) -> None:
        self.nominate_people.emit(course_uid, self.missing_uids())

    def missing_text(self) -> str:
        """The missing people as a tab-separated table (pastes into Excel, Word keeps the columns)."""
        header = [tr("STT"), *[tr(c.title) for c in MISSING_COLUMNS]]
        lines = ["\t".join(header)]
        for i in range(self.missing_proxy.rowCount()):
            cells = [str(i + 1)]
            for c in range(len(MISSING_COLUMNS)):
                cells.append(str(self.missing_proxy.index(i, c).data() or ""))
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def copy_missing(self) -> None:
        r = self.selected()
        if r is None or not r.missing:
            return
        QGuiApplication.clipboard().setText(self.missing_text())
        self.notice.show_notice(tr("Đã chép danh sách {n} người vào bộ nhớ tạm.").format(n=len(r.missing)))


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def overview_html(r: TargetProgress, today: date, *, unit: str | None = None) -> str:
    """``unit``: the commune a province is looking at (its people only)."""
    color = STATUS_COLORS[r.status]
    spec = r.spec

    def line(label: str, value: str) -> str:
        return f"<tr><td style='color:#555;padding-right:10px;vertical-align:top'>{label}</td><td>{value}</td></tr>"

    population = escape(r.population_text)
    if unit:
        population += escape(tr(" — chỉ tính {unit}").format(unit=unit))
    if spec.frozen_ids is not None:
        population += "<br>" + escape(
            tr("Danh sách chốt ngày {d}: {n} người").format(d=format_date(spec.frozen_on), n=len(spec.frozen_ids))
        )
        if r.left:
            population += escape(tr("; {n} người đã rời danh sách nên không tính").format(n=r.left))
    achievement = escape(r.achievement_text) + (f" <i>({escape(r.note)})</i>" if r.note else "")
    result = tr("<b>{achieved}/{population}</b> người = <b>{percent}</b>; chỉ tiêu {threshold} đến {deadline}").format(
        achieved=r.achieved,
        population=r.population,
        percent=format_percent(r.percent),
        threshold=r.threshold_label,
        deadline=format_date(spec.deadline),
    )
    rows = [
        line(tr("Kế hoạch"), escape(spec.plan_name)),
        line(tr("Đối tượng"), population),
        line(tr("Cần đạt"), achievement),
        line(tr("Kết quả"), result),
        line(tr("Trạng thái"), f"<b style='color:{color}'>{escape(tr_label(r.status_label))}</b>"),
    ]
    if not r.met and r.population:
        rows.append(line(tr("Còn cần"), tr("{n} người đạt thêm (với số đối tượng hiện nay)").format(n=r.needed)))
    if r.model == ProgressModel.CUMULATIVE and r.baseline is not None:
        path = tr("Ngày bắt đầu tính {d}: {p}").format(d=format_date(spec.start), p=format_percent(r.baseline))
        if r.expected is not None and today <= spec.deadline:
            path += "; " + tr("theo lộ trình hôm nay cần {p}").format(p=format_percent(r.expected))
        if r.projected is not None and not r.met:
            path += "; " + tr("giữ nhịp độ hiện nay thì đến hạn đạt khoảng {p}").format(p=format_percent(r.projected))
        rows.append(line(tr("Lộ trình"), escape(path)))
    if spec.note:
        rows.append(line(tr("Ghi chú"), escape(spec.note)))
    rule = (
        tr(
            "Đúng tiến độ khi tỷ lệ hiện nay không thấp hơn đường thẳng nối tỷ lệ ngày bắt đầu tính với ngưỡng "
            "vào ngày hạn."
        )
        if r.model == ProgressModel.CUMULATIVE
        else tr("Chỉ tiêu đo theo kết quả từng năm: chưa đạt ngưỡng thì có nguy cơ không đạt.")
    )
    return (
        f"<h3 style='margin-bottom:4px'>{escape(spec.name)}</h3><table>{''.join(rows)}</table>"
        f"<p style='color:#777'>{escape(rule)}</p>"
    )
