"""Dialogs of the targets tab: a plan, a target (with a live preview of its progress), the presets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.dates import DateParseError, format_date, parse_date
from app.errors import UserError
from app.labels import CATEGORY_LABELS
from app.staff.roles import ROLE_LABELS, ROLE_SHORT, Role
from app.targets.achievements import achievement_types, get_type
from app.targets.plans import PlanInfo, PlanInput, TargetInput
from app.targets.population import Population
from app.targets.presets import PlanPreset
from app.targets.progress import COMPARISON_SIGNS, format_percent
from app.targets.service import TargetsService
from db.enums import StaffCategory, TargetComparison
from ui.i18n import tr, tr_label
from ui.widgets.forms import dialog_buttons, errors_label
from ui.widgets.validation import mark

DATE_HINT = "dd/mm/yyyy"


def _date_field(value: date | None = None) -> QLineEdit:
    w = QLineEdit(format_date(value))
    w.setPlaceholderText(DATE_HINT)
    w.setMaximumWidth(130)
    return w


def _read_date(widget: QLineEdit, label: str, errors: list[str], *, required: bool = True) -> date | None:
    text = widget.text().strip()
    if not text:
        if required:
            errors.append(tr("{label}: chưa nhập").format(label=label))
            mark(widget, tr("Chưa nhập"))
        else:
            mark(widget)
        return None
    try:
        value = parse_date(text)
    except DateParseError as exc:
        errors.append(f"{label}: {exc}")
        mark(widget, str(exc))
        return None
    mark(widget)
    return value


class CheckList(QListView):
    """A list of checkable choices (model/view), read back as the checked values."""

    def __init__(self, items: list[tuple[Any, str]], checked: set[Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.model_ = QStandardItemModel(self)
        for value, label in items:
            item = QStandardItem(label)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(value, Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if checked and value in checked else Qt.CheckState.Unchecked)
            self.model_.appendRow(item)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = max(1, min(len(items), 6))
        self.setFixedHeight(rows * 20 + 8)

    def values(self) -> list[Any]:
        out = []
        for i in range(self.model_.rowCount()):
            item = self.model_.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_checked(self, value: Any, checked: bool) -> None:
        for i in range(self.model_.rowCount()):
            item = self.model_.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == value:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


# ------------------------------------------------------------------------------------------------ plan


class PlanDialog(QDialog):
    """Add or edit a plan; emits ``saved(uid)``."""

    saved = Signal(str)

    def __init__(self, parent: QWidget | None, service: TargetsService, plan: PlanInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service, self.plan = service, plan
        self.setWindowTitle(tr("Sửa kế hoạch") if plan else tr("Thêm kế hoạch"))
        self.resize(620, 300)
        self.name = QLineEdit(plan.name if plan else "")
        self.name.setPlaceholderText(tr("Ví dụ: Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức giai đoạn 2026 - 2030"))
        self.document = QLineEdit((plan.document or "") if plan else "")
        self.document.setPlaceholderText(tr("Ví dụ: Kế hoạch số 198/KH-UBND ngày 01/06/2026"))
        self.start = _date_field(plan.start_date if plan else date(date.today().year, 1, 1))
        self.end = _date_field(plan.end_date if plan else date(date.today().year + 4, 12, 31))
        self.note = QPlainTextEdit((plan.note or "") if plan else "")
        self.note.setFixedHeight(60)
        self.messages = errors_label()
        form = QFormLayout()
        form.addRow(tr("Tên kế hoạch *"), self.name)
        form.addRow(tr("Văn bản"), self.document)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(tr("đến")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(tr("Thời gian *"), dates)
        form.addRow(tr("Ghi chú"), self.note)
        buttons = dialog_buttons(tr("Lưu"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)

    def try_save(self) -> None:
        errors: list[str] = []
        start = _read_date(self.start, tr("Ngày bắt đầu"), errors)
        end = _read_date(self.end, tr("Ngày kết thúc"), errors)
        if errors or start is None or end is None:
            self.messages.setText("\n".join(errors))
            return
        data = PlanInput(self.name.text(), start, end, self.document.text(), self.note.toPlainText())
        try:
            if self.plan:
                self.service.update_plan(self.plan.uid, data)
                uid = self.plan.uid
            else:
                uid = self.service.create_plan(data)
        except UserError as exc:
            self.messages.setText(str(exc))
            return
        self.saved.emit(uid)
        self.accept()


# ---------------------------------------------------------------------------------------------- target


class TargetDialog(QDialog):
    """Add or edit a target. The population, what counts as done and the threshold are checked by the
    same service the CLI uses; the preview shows what the target would measure today."""

    saved = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        service: TargetsService,
        plan: PlanInfo,
        target_uid: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("targetDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service, self.plan, self.target_uid = service, plan, target_uid
        stored = service.load_target(target_uid) if target_uid else None
        data = stored.data if stored else None
        self.setWindowTitle(tr("Sửa chỉ tiêu") if stored else tr("Thêm chỉ tiêu"))
        self.resize(860, 680)
        pop = data.population if data else Population()

        self.name = QLineEdit(data.name if data else "")
        self.name.setPlaceholderText(tr("Ví dụ: Trên 80% công chức có lý luận chính trị trung cấp"))

        # who counts
        self.categories = CheckList([(c, tr_label(lbl)) for c, lbl in CATEGORY_LABELS.items()], set(pop.categories))
        self.roles = CheckList([(r, tr_label(ROLE_SHORT[r])) for r in Role], set(pop.roles))
        for i, role in enumerate(Role):
            self.roles.model_.item(i).setToolTip(tr_label(ROLE_LABELS[role]))
        self.position_words = QLineEdit(", ".join(pop.position_contains))
        self.position_words.setPlaceholderText(tr("cách nhau bằng dấu phẩy, ví dụ: trưởng phòng, chánh văn phòng"))
        departments = service.departments()
        self.departments = CheckList([(d.uid, d.name) for d in departments], set(pop.department_uids))
        self.jobs = CheckList([(n, n) for n in service.job_position_names()], set(pop.job_positions))
        self.mismatch = QComboBox()
        self.mismatch.addItem(tr("Không xét"), None)
        self.mismatch.addItem(tr("Chỉ người có chuyên môn chưa phù hợp vị trí việc làm"), True)
        self.mismatch.addItem(tr("Chỉ người có chuyên môn phù hợp vị trí việc làm"), False)
        self.mismatch.setCurrentIndex(max(0, self.mismatch.findData(pop.mismatch)))
        self.working_only = QCheckBox(tr("Chỉ người đang công tác (không tính người nghỉ dài hạn)"))
        self.working_only.setChecked(pop.working_only)
        self.frozen = QCheckBox(tr("Chốt danh sách tại ngày bắt đầu (người đến sau không tính, người rời đi bị bỏ ra)"))
        self.frozen.setObjectName("frozenCheck")
        self.frozen.setChecked(bool(data and data.frozen))
        who = QGroupBox(tr("Đối tượng (ai được tính)"))
        grid = QGridLayout(who)
        grid.addWidget(QLabel(tr("Loại cán bộ")), 0, 0)
        grid.addWidget(QLabel(tr("Chức vụ lãnh đạo")), 0, 1)
        grid.addWidget(self.categories, 1, 0)
        grid.addWidget(self.roles, 1, 1)
        grid.addWidget(QLabel(tr("Phòng, ban")), 2, 0)
        grid.addWidget(QLabel(tr("Vị trí việc làm")), 2, 1)
        grid.addWidget(self.departments, 3, 0)
        grid.addWidget(self.jobs, 3, 1)
        more = QFormLayout()
        more.addRow(tr("Chức vụ có chứa"), self.position_words)
        more.addRow(tr("Chuyên môn so với VTVL"), self.mismatch)
        grid.addLayout(more, 4, 0, 1, 2)
        grid.addWidget(self.working_only, 5, 0, 1, 2)
        grid.addWidget(self.frozen, 6, 0, 1, 2)
        if stored and stored.data.frozen:
            grid.addWidget(QLabel(tr("Danh sách đã chốt: {n} người").format(n=stored.frozen_count)), 7, 0, 1, 2)
        grid.setRowStretch(8, 1)

        # what counts as done
        self.kind = QComboBox()
        self.kind.setObjectName("achievementKind")
        for t in achievement_types():
            self.kind.addItem(tr_label(t.label), t.key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.achievement if data else "qualification")))
        self.param_box = QWidget()
        self.param_form = QFormLayout(self.param_box)
        self.param_form.setContentsMargins(0, 0, 0, 0)
        self.param_combos: dict[str, QComboBox] = {}
        self._params: dict[str, Any] = dict(data.params) if data else {}
        done = QGroupBox(tr("Kết quả cần đạt"))
        done_form = QFormLayout(done)
        done_form.addRow(tr("Tiêu chí"), self.kind)
        done_form.addRow(self.param_box)

        # threshold and time
        self.comparison = QComboBox()
        for comparison in TargetComparison:
            self.comparison.addItem(COMPARISON_SIGNS[comparison], comparison.value)
        self.comparison.setCurrentIndex(
            self.comparison.findData((data.comparison if data else TargetComparison.AT_LEAST).value)
        )
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("threshold")
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(1)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(data.threshold if data else 100)
        self.deadline = _date_field(data.deadline if data else plan.end_date)
        self.deadline.setObjectName("deadline")
        self.own_start = _date_field(data.start_date if data else None)
        self.own_start.setPlaceholderText(tr("mặc định: {d}").format(d=format_date(plan.start_date)))
        self.note = QPlainTextEdit((data.note or "") if data else "")
        self.note.setFixedHeight(44)
        when = QGroupBox(tr("Ngưỡng và thời hạn"))
        when_form = QFormLayout(when)
        row = QHBoxLayout()
        row.addWidget(self.comparison)
        row.addWidget(self.threshold)
        row.addStretch(1)
        when_form.addRow(tr("Tỷ lệ đạt"), row)
        when_form.addRow(tr("Hạn hoàn thành *"), self.deadline)
        when_form.addRow(tr("Tính tiến độ từ ngày"), self.own_start)
        when_form.addRow(tr("Ghi chú"), self.note)

        self.preview = QLabel()
        self.preview.setObjectName("targetPreview")
        self.preview.setWordWrap(True)
        self.messages = errors_label()
        buttons = dialog_buttons(tr("Lưu"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(done)
        right.addWidget(when)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(who, 3)
        body.addLayout(right, 2)
        form = QFormLayout()
        form.addRow(tr("Tên chỉ tiêu *"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Kế hoạch: {name}").format(name=plan.name)))
        layout.addLayout(form)
        layout.addLayout(body, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh_preview)
        self._rebuild_params()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for w in (self.name, self.position_words, self.deadline, self.own_start):
            w.textChanged.connect(self._changed)
        for combo in (self.comparison, self.mismatch):
            combo.currentIndexChanged.connect(self._changed)
        self.threshold.valueChanged.connect(self._changed)
        for box in (self.working_only, self.frozen):
            box.toggled.connect(self._changed)
        for checks in (self.categories, self.roles, self.departments, self.jobs):
            checks.model_.itemChanged.connect(self._changed)
        self.refresh_preview()

    # ------------------------------------------------------------------------------ parameters
    def _kind_changed(self) -> None:
        self._params = {}
        self._rebuild_params()
        self._changed()

    def _rebuild_params(self) -> None:
        while self.param_form.rowCount():
            self.param_form.removeRow(0)
        self.param_combos = {}
        kind = get_type(str(self.kind.currentData()))
        for spec in kind.fields():
            combo = QComboBox()
            combo.setObjectName(f"param_{spec.name}")
            self.param_combos[spec.name] = combo
            self.param_form.addRow(tr_label(spec.label), combo)
            combo.currentIndexChanged.connect(lambda _i, n=spec.name: self._param_changed(n))
        self._fill_params()

    def _fill_params(self) -> None:
        kind = get_type(str(self.kind.currentData()))
        for spec in kind.fields():
            combo = self.param_combos[spec.name]
            combo.blockSignals(True)
            combo.clear()
            choices = spec.choices(self._params)
            if spec.lookup:  # more choices from the records (the course catalogue…)
                known = {c.value for c in choices}
                choices += [c for c in self.service.lookup_choices(spec.lookup) if c.value not in known]
            for choice in choices:
                combo.addItem(tr_label(choice.label), choice.value)
            wanted = self._params.get(spec.name, choices[0].value if choices else None)
            index = next((i for i, c in enumerate(choices) if c.value == wanted), 0)
            combo.setCurrentIndex(index)
            self._params[spec.name] = combo.currentData()
            combo.blockSignals(False)

    def _param_changed(self, name: str) -> None:
        self._params[name] = self.param_combos[name].currentData()
        if name == "course_uid":  # the name travels with the choice, so the target can describe it
            combo = self.param_combos[name]
            self._params["course_name"] = combo.currentText() if combo.currentData() else None
        if name == "kind":  # the levels depend on the kind
            self._params.pop("min_level", None)
            self._fill_params()
        self._changed()

    # ------------------------------------------------------------------------------ reading
    def _changed(self, *_args: object) -> None:
        self._timer.start()

    def data(self) -> tuple[TargetInput | None, list[str]]:
        errors: list[str] = []
        deadline = _read_date(self.deadline, tr("Hạn hoàn thành"), errors)
        start = _read_date(self.own_start, tr("Tính tiến độ từ ngày"), errors, required=False)
        words = tuple(w.strip() for w in self.position_words.text().split(",") if w.strip())
        population = Population(
            categories=tuple(StaffCategory(c) for c in self.categories.values()),
            roles=tuple(Role(r) for r in self.roles.values()),
            position_contains=words,
            job_positions=tuple(self.jobs.values()),
            department_uids=tuple(self.departments.values()),
            mismatch=self.mismatch.currentData(),
            working_only=self.working_only.isChecked(),
        )
        if deadline is None:
            return None, errors
        data = TargetInput(
            name=self.name.text(),
            population=population,
            achievement=str(self.kind.currentData()),
            params=dict(self._params),
            threshold=self.threshold.value(),
            deadline=deadline,
            comparison=TargetComparison(self.comparison.currentData()),
            frozen=self.frozen.isChecked(),
            start_date=start,
            note=self.note.toPlainText(),
        )
        return data, errors

    def refresh_preview(self) -> None:
        self._timer.stop()
        data, errors = self.data()
        if data is None or errors:
            self.preview.setText("")
            return
        try:
            preview = self.service.preview(self.plan.uid, data if data.name.strip() else _named(data))
        except UserError as exc:
            self.preview.setText(f"<span style='color:#b3261e'>{exc.message}</span>")
            return
        self.preview.setText(
            tr("Hôm nay: {n} người thuộc đối tượng, {k} người đạt ({p}) — {status}. {rule}").format(
                n=preview.population,
                k=preview.achieved,
                p=format_percent(preview.percent),
                status=tr_label(preview.status_label),
                rule=preview.achievement_text,
            )
        )

    def try_save(self) -> None:
        data, errors = self.data()
        if errors or data is None:
            self.messages.setText("\n".join(errors))
            return
        try:
            if self.target_uid:
                self.service.update_target(self.target_uid, data)
                uid = self.target_uid
            else:
                uid = self.service.create_target(self.plan.uid, data)
        except UserError as exc:
            self.messages.setText(str(exc))
            mark(self.name, exc.message if not data.name.strip() else None)
            return
        self.saved.emit(uid)
        self.accept()


def _named(data: TargetInput) -> TargetInput:
    return replace(data, name="…")


# --------------------------------------------------------------------------------------------- presets


class PresetsDialog(QDialog):
    """The seed plans' targets to adopt: tick the targets, then "Áp dụng". What needs course results is
    listed beside each plan (it comes with the courses area)."""

    adopted = Signal(list)  # plan uids

    def __init__(self, parent: QWidget | None, service: TargetsService) -> None:
        super().__init__(parent)
        self.setObjectName("presetsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.setWindowTitle(tr("Áp dụng chỉ tiêu theo kế hoạch mẫu"))
        self.resize(980, 600)
        self.presets: tuple[PlanPreset, ...] = service.presets()
        done = service.adopted_preset_targets()
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([tr("Kế hoạch, chỉ tiêu"), tr("Ngưỡng"), tr("Hạn")])
        for plan in self.presets:
            parent_item = QStandardItem(plan.name)
            parent_item.setEditable(False)
            parent_item.setData(plan.key, Qt.ItemDataRole.UserRole)
            for t in plan.targets:
                item = QStandardItem(t.name)
                item.setEditable(False)
                item.setCheckable(True)
                item.setData(t.key, Qt.ItemDataRole.UserRole)
                already = (plan.key, t.key) in done
                item.setCheckState(Qt.CheckState.Unchecked if already else Qt.CheckState.Checked)
                item.setEnabled(not already)
                if already:
                    item.setToolTip(tr("Đã áp dụng"))
                    item.setText(tr("{name} (đã áp dụng)").format(name=t.name))
                sign = COMPARISON_SIGNS[t.comparison]
                threshold = QStandardItem(f"{sign} {t.threshold:g}%")
                deadline = QStandardItem(format_date(t.deadline))
                for extra in (threshold, deadline):
                    extra.setEditable(False)
                parent_item.appendRow([item, threshold, deadline])
            self.model.appendRow([parent_item, QStandardItem(""), QStandardItem("")])
        self.tree = QTreeView()
        self.tree.setObjectName("presetTree")
        self.tree.setModel(self.model)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 500)
        self.tree.setColumnWidth(1, 60)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes = QTextBrowser()
        self.notes.setObjectName("presetNotes")
        self.freeze = QCheckBox(tr("Chốt danh sách đối tượng tại ngày bắt đầu kế hoạch"))
        self.messages = errors_label()
        buttons = dialog_buttons(tr("Áp dụng"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.notes)
        splitter.setSizes([640, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Các chỉ tiêu lấy từ kế hoạch mẫu; sau khi áp dụng có thể sửa như chỉ tiêu tự tạo."))
        )
        layout.addWidget(splitter, 1)
        layout.addWidget(self.freeze)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)
        self.tree.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_notes(cur.row(), cur.parent()))
        self._show_notes(0, None)

    def _show_notes(self, row: int, parent: Any) -> None:
        index = parent.row() if parent is not None and parent.isValid() else row
        if not 0 <= index < len(self.presets):
            return
        plan = self.presets[index]
        parts = [
            f"<b>{plan.name}</b><br><i>{plan.document}</i><br>"
            + tr("Nguồn: {source}<br>Thời gian: {start} – {end}").format(
                source=plan.source, start=format_date(plan.start), end=format_date(plan.end)
            )
        ]
        if plan.needs_courses:
            items = "".join(f"<li>{t}</li>" for t in plan.needs_courses)
            parts.append(
                tr("<p><b>Chỉ tiêu cần kết quả khóa học</b> (sẽ áp dụng được khi có chức năng khóa học, lớp học):</p>")
                + f"<ul>{items}</ul>"
            )
        if plan.not_expressible:
            items = "".join(f"<li>{t}</li>" for t in plan.not_expressible)
            parts.append(tr("<p><b>Không tính được từ hồ sơ:</b></p>") + f"<ul>{items}</ul>")
        self.notes.setHtml("".join(parts))

    def chosen(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for i in range(self.model.rowCount()):
            parent = self.model.item(i, 0)
            keys = {
                parent.child(j, 0).data(Qt.ItemDataRole.UserRole)
                for j in range(parent.rowCount())
                if parent.child(j, 0).isEnabled() and parent.child(j, 0).checkState() == Qt.CheckState.Checked
            }
            if keys:
                out[parent.data(Qt.ItemDataRole.UserRole)] = keys
        return out

    def apply(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self.messages.setText(tr("Chưa chọn chỉ tiêu nào."))
            return
        plans: list[str] = []
        try:
            for key, targets in chosen.items():
                plans.append(self.service.adopt(key, targets, freeze=self.freeze.isChecked()).plan_uid)
        except UserError as exc:
            self.messages.setText(str(exc))
            if not plans:
                return
        self.adopted.emit(plans)
        self.accept()
