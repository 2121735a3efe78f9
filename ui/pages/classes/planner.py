"""Split a course's learners into classes ("Chia học viên vào lớp…").

1. The learners: the course's nominations not yet in a class (grouped by job title), or counts typed
   by title ("Tư pháp - Hộ tịch = 97", one per line, or pasted from Excel as two columns).
2. A capacity (maximum per class) or a number of classes → the planner's proposal (fewest classes,
   groups kept whole, overflow with related titles, even sizes), in the province's own wording.
3. Move people (or, for typed counts, learners of a title) between the proposed classes; add an empty
   class, remove an empty one.
4. Create the classes — code and name series, region, batch, venue, the first day and the days each
   class lasts (one after another, or all on the same days), its sessions — and put the people in them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.classes.planner import ClassSeries, Learner, deal, group_by_title
from app.classes.service import ClassesService
from app.courses.catalogue import CourseInfo
from app.errors import UserError
from app.scheduling.splitter import (
    LearnerGroup,
    Portion,
    ProposedClass,
    SplitPlan,
    add_class,
    format_count,
    move_learners,
    parse_count,
    remove_class,
    split_groups,
)
from app.text import clean_text
from db.enums import ClassStatus
from ui.dialogs.messages import show_warning
from ui.i18n import tr
from ui.pages.classes.dialogs import date_edit, pydate
from ui.widgets.forms import errors_label, hint_label
from ui.widgets.rows_model import Col, RowsModel, make_table, select_row

_LINE = re.compile(r"^(?P<name>.+?)\s*(?:=|\t|;)\s*(?P<count>[\d.]+)\s*$")


def parse_typed_groups(text: str) -> list[LearnerGroup]:
    """ "Tư pháp - Hộ tịch = 97" or "Tư pháp - Hộ tịch<TAB>97" per line (Excel's two columns)."""
    groups = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = _LINE.match(line.strip())
        if not m:
            raise UserError(tr("Dòng {0}: “{1}” không đúng dạng “Chức danh = số học viên”.").format(n, line.strip()))
        groups.append(LearnerGroup(clean_text(m["name"]) or "", parse_count(m["count"], tr("Dòng {0}").format(n))))
    if not groups:
        raise UserError(tr("Hãy nhập ít nhất một nhóm học viên (ví dụ “Tư pháp - Hộ tịch = 97”)."))
    return groups


@dataclass(frozen=True)
class ProposalRow:
    index: int
    size: int
    label: str
    over: bool

    @property
    def uid(self) -> str:
        return str(self.index)


def _proposal_columns() -> tuple[Col[ProposalRow], ...]:
    return (
        Col(tr("Lớp"), lambda r: tr("Lớp {0}").format(r.index + 1), None, 60),
        Col(tr("Sĩ số"), lambda r: format_count(r.size), None, 60),
        Col(tr("Nhóm học viên"), lambda r: r.label, None, 420),
    )


def _learner_columns() -> tuple[Col[Learner], ...]:
    return (
        Col(tr("Họ và tên"), lambda p: p.name, lambda p: p.sort_key, 180),
        Col(tr("Chức danh"), lambda p: p.title, None, 200),
        Col(tr("Đơn vị"), lambda p: p.department if not p.unit_name else f"{p.unit_name} – {p.department}", None, 240),
    )


def _portion_columns() -> tuple[Col[Portion], ...]:
    return (
        Col(tr("Nhóm học viên"), lambda p: p.name, None, 360),
        Col(tr("Số học viên"), lambda p: format_count(p.count), None, 90),
    )


def plan_of(groups: tuple[LearnerGroup, ...], rosters: list[list[Learner]], base: SplitPlan) -> SplitPlan:
    """The plan as the rosters now stand (after people were moved by hand)."""
    order = {g.name: i for i, g in enumerate(groups)}
    classes = []
    for roster in rosters:
        counts: dict[str, int] = {}
        for p in roster:
            name = next((g.name for g in groups if g.name.casefold() == p.title.casefold()), p.title)
            counts[name] = counts.get(name, 0) + 1
        kept = sorted(counts, key=lambda n: order.get(n, len(order)))
        classes.append(ProposedClass(tuple(Portion(n, counts[n]) for n in kept)))
    return SplitPlan(groups, tuple(classes), base.capacity, base.requested_classes)


class SplitDialog(QDialog):
    """Emits ``created(list of class uids)``."""

    created = Signal(list)

    def __init__(self, parent: QWidget | None, service: ClassesService, course: CourseInfo) -> None:
        super().__init__(parent)
        self.setObjectName("splitDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Chia học viên vào lớp — {0}").format(course.name))
        self.resize(1120, 700)
        self.service, self.course = service, course
        self.learners = service.learners(course.uid)
        self.people_by_group: dict[str, list[Learner]] = {}
        self.groups: tuple[LearnerGroup, ...] = ()
        self.plan: SplitPlan | None = None
        self.rosters: list[list[Learner]] | None = None  # None: typed counts

        # 1. who
        self.from_nominations = QRadioButton(
            tr("Các lượt cử chưa xếp lớp của khóa học ({0} người), nhóm theo chức danh").format(len(self.learners))
        )
        self.from_nominations.setObjectName("fromNominations")
        self.from_counts = QRadioButton(tr("Nhập số học viên theo chức danh"))
        self.from_counts.setObjectName("fromCounts")
        self.counts = QPlainTextEdit()
        self.counts.setObjectName("typedGroups")
        self.counts.setPlaceholderText(tr("Tư pháp - Hộ tịch = 97\nTài chính - Kế toán = 95\n…"))
        self.counts.setFixedHeight(90)
        (self.from_nominations if self.learners else self.from_counts).setChecked(True)
        self.from_nominations.setEnabled(bool(self.learners))
        who = QGroupBox(tr("1. Học viên"))
        wl = QVBoxLayout(who)
        wl.addWidget(self.from_nominations)
        wl.addWidget(self.from_counts)
        wl.addWidget(self.counts)

        # 2. how
        self.by_capacity = QRadioButton(tr("Sĩ số tối đa mỗi lớp"))
        self.by_capacity.setObjectName("byCapacity")
        self.by_capacity.setChecked(True)
        self.capacity = QSpinBox()
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(1, 10_000)
        self.capacity.setValue(100)
        self.by_classes = QRadioButton(tr("Số lớp"))
        self.by_classes.setObjectName("byClasses")
        self.class_count = QSpinBox()
        self.class_count.setObjectName("classCount")
        self.class_count.setRange(1, 1000)
        self.class_count.setValue(2)
        self.even = QCheckBox(tr("Chia đều sĩ số (kể cả khi phải tách một nhóm vừa một lớp)"))
        self.even.setObjectName("evenSplit")
        self.propose_button = QPushButton(tr("Đề xuất chia lớp"))
        self.propose_button.setObjectName("proposeSplit")
        how = QGroupBox(tr("2. Cách chia"))
        # two lines, not one: the dialog must fit a 1366×768 screen beside the "1. Học viên" box
        hl = QHBoxLayout()
        for w in (self.by_capacity, self.capacity, self.by_classes, self.class_count):
            hl.addWidget(w)
        hl.addStretch(1)
        hl.addWidget(self.propose_button)
        hv = QVBoxLayout(how)
        hv.addLayout(hl)
        hv.addWidget(self.even)
        hv.addStretch(1)

        # 3. the proposal, and moves by hand
        self.proposal: RowsModel[ProposalRow] = RowsModel(
            _proposal_columns(), self, colour=lambda r, _c: "#b3261e" if r.over else None
        )
        self.class_view = QTableView()
        self.class_view.setObjectName("proposalView")
        make_table(self.class_view, self.proposal, sortable=False)
        self.members: RowsModel[Learner] = RowsModel(_learner_columns(), self)
        self.member_view = QTableView()
        self.member_view.setObjectName("memberView")
        make_table(self.member_view, self.members)
        self.member_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.portions: RowsModel[Portion] = RowsModel(_portion_columns(), self, uid=lambda p: p.name)
        self.portion_view = QTableView()
        self.portion_view.setObjectName("portionView")
        make_table(self.portion_view, self.portions, sortable=False)
        self.target = QComboBox()
        self.target.setObjectName("moveTarget")
        self.move_count = QSpinBox()
        self.move_count.setObjectName("moveCount")
        self.move_count.setRange(1, 10_000)
        self.move_button = QPushButton(tr("Chuyển"))
        self.move_button.setObjectName("moveButton")
        self.add_class_button = QPushButton(tr("Thêm lớp trống"))
        self.add_class_button.setObjectName("addEmptyClass")
        self.remove_class_button = QPushButton(tr("Bỏ lớp trống"))
        self.remove_class_button.setObjectName("removeEmptyClass")
        moves = QHBoxLayout()
        moves.addWidget(QLabel(tr("Chuyển người đã chọn sang")))
        moves.addWidget(self.target, 1)
        moves.addWidget(self.move_count)
        moves.addWidget(self.move_button)
        moves.addSpacing(16)
        moves.addWidget(self.add_class_button)
        moves.addWidget(self.remove_class_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.member_title = QLabel()
        rl.addWidget(self.member_title)
        rl.addWidget(self.member_view, 1)
        rl.addWidget(self.portion_view, 1)
        rl.addLayout(moves)
        split = QSplitter()
        split.addWidget(self.class_view)
        split.addWidget(right)
        split.setSizes([520, 560])
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plan_box = QGroupBox(tr("3. Đề xuất — chọn một lớp để xem, chuyển học viên giữa các lớp"))
        pl = QVBoxLayout(plan_box)
        pl.addWidget(split, 1)
        pl.addWidget(self.summary)

        # 4. creating
        code = course.code or ""
        self.code_prefix = QLineEdit(f"{code}-L" if code else "")
        self.code_prefix.setObjectName("codePrefix")
        self.first_number = QSpinBox()
        self.first_number.setObjectName("firstNumber")
        self.first_number.setRange(1, 999)
        self.first_number.setValue(len(service.classes(course.uid)) + 1)
        self.region = QLineEdit()
        self.region.setObjectName("splitRegion")
        self.region.setPlaceholderText(tr("Khu vực 1"))
        self.batch = QLineEdit()
        self.batch.setObjectName("splitBatch")
        self.batch.setPlaceholderText(tr("Đợt 1"))
        self.venue = QLineEdit()
        self.venue.setObjectName("splitVenue")
        self.start = date_edit(date.today(), "splitStart")
        self.days = QSpinBox()
        self.days.setObjectName("splitDays")
        self.days.setRange(1, 120)
        self.days.setValue(max(1, min(course.typical_days, 120)))
        self.sequential = QCheckBox(tr("Các lớp học nối tiếp nhau (cùng một hội trường)"))
        self.sequential.setObjectName("sequential")
        self.sequential.setChecked(True)
        self.with_sessions = QCheckBox(tr("Lập luôn các buổi học (sáng, chiều; bỏ qua ngày nghỉ)"))
        self.with_sessions.setObjectName("withSessions")
        self.with_sessions.setChecked(True)
        self.status = QComboBox()
        self.status.setObjectName("splitStatus")
        self.status.addItem(tr("Dự kiến"), ClassStatus.PLANNED.value)
        self.status.addItem(tr("Đang nhận cử học viên"), ClassStatus.OPEN.value)
        names = QHBoxLayout()
        names.addWidget(self.code_prefix)
        names.addWidget(QLabel(tr("số đầu tiên")))
        names.addWidget(self.first_number)
        when = QHBoxLayout()
        when.addWidget(self.start)
        when.addWidget(QLabel(tr("mỗi lớp")))
        when.addWidget(self.days)
        when.addWidget(QLabel(tr("ngày học")))
        when.addWidget(self.sequential)
        when.addStretch(1)
        make = QGroupBox(tr("4. Tạo các lớp"))
        ml = QFormLayout(make)
        ml.addRow(tr("Mã lớp (tiền tố)"), names)
        ml.addRow(tr("Khu vực, đợt"), _pair(self.region, self.batch))
        ml.addRow(tr("Địa điểm"), self.venue)
        ml.addRow(tr("Bắt đầu từ"), when)
        ml.addRow("", self.with_sessions)
        ml.addRow(tr("Trạng thái"), self.status)
        self.owner_note = hint_label()
        self.messages = errors_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setObjectName("createClasses")
        self.create_button.setText(tr("Tạo các lớp"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Đóng"))
        self.buttons.accepted.connect(self.create_classes)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(who, 1)
        top.addWidget(how, 1)
        layout.addLayout(top)
        layout.addWidget(plan_box, 1)
        layout.addWidget(make)
        layout.addWidget(self.owner_note)
        layout.addWidget(self.messages)
        layout.addWidget(self.buttons)

        self.propose_button.clicked.connect(self.propose)
        self.class_view.selectionModel().selectionChanged.connect(lambda *_a: self._show_class())
        self.move_button.clicked.connect(self.move_selected)
        self.add_class_button.clicked.connect(self.add_empty)
        self.remove_class_button.clicked.connect(self.remove_empty)
        self.from_nominations.toggled.connect(lambda _c: self._source_changed())
        for w in (self.by_capacity, self.by_classes):
            w.toggled.connect(lambda _c: self._size_changed())
        editable = service.can_edit(course.owner_unit)
        if not editable:
            self.owner_note.setText(
                tr("Khóa học do {0} quản lý: chỉ đơn vị đó mở lớp. Đề xuất chia lớp vẫn dùng được để báo cáo.").format(
                    course.owner_name or course.owner_unit
                )
            )
        self.can_create = editable
        self._source_changed()
        self._size_changed()
        self._update()

    # ------------------------------------------------------------------------------ the proposal
    def _source_changed(self) -> None:
        nominations = self.from_nominations.isChecked()
        self.counts.setReadOnly(nominations)
        if nominations:
            groups, people = group_by_title(self.learners)
            self.counts.setPlainText("\n".join(f"{g.name} = {g.count}" for g in groups))
            self.people_by_group = people
        self.plan, self.rosters = None, None
        self._refresh()

    def _size_changed(self) -> None:
        self.capacity.setEnabled(self.by_capacity.isChecked())
        self.class_count.setEnabled(self.by_classes.isChecked())

    def propose(self) -> SplitPlan | None:
        self.messages.clear()
        try:
            groups = parse_typed_groups(self.counts.toPlainText())
            if self.by_capacity.isChecked():
                plan = split_groups(groups, capacity=self.capacity.value(), even=self.even.isChecked())
            else:
                plan = split_groups(groups, classes=self.class_count.value(), even=self.even.isChecked())
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return None
        self.groups = plan.groups
        self.plan = plan
        if self.from_nominations.isChecked():
            people = {g.name: self._people_of(g.name) for g in plan.groups}
            self.rosters = deal(plan, people)
        else:
            self.rosters = None
        self._refresh()
        if self.proposal.rows:
            select_row(self.class_view, 0)
        return plan

    def _people_of(self, name: str) -> list[Learner]:
        key = name.casefold()
        return next((v for k, v in self.people_by_group.items() if k.casefold() == key), [])

    def current_plan(self) -> SplitPlan | None:
        if self.plan is None:
            return None
        if self.rosters is not None:
            return plan_of(self.groups, self.rosters, self.plan)
        return self.plan

    def _refresh(self) -> None:
        plan = self.current_plan()
        selected = self.selected_class()
        rows = []
        if plan is not None:
            over = set(plan.over_capacity())
            rows = [ProposalRow(i, c.size, c.label, i in over) for i, c in enumerate(plan.classes)]
        self.proposal.set_rows(rows)
        self.target.clear()
        for r in rows:
            self.target.addItem(tr("Lớp {0} ({1} học viên)").format(r.index + 1, format_count(r.size)), r.index)
        if plan is None:
            self.summary.setText(tr("Chọn cách chia rồi bấm “Đề xuất chia lớp”."))
        else:
            head = tr("{0} lớp, {1} học viên").format(len(plan.classes), format_count(plan.total))
            if plan.capacity:
                head += tr("; cần ít nhất {0} lớp với sĩ số tối đa {1}").format(
                    plan.fewest_classes, format_count(plan.capacity)
                )
            over_ids = plan.over_capacity()
            warn = (
                "<br><span style='color:#b3261e'>"
                + tr("Vượt sĩ số: {0}").format(", ".join(tr("lớp {0}").format(i + 1) for i in over_ids))
                + "</span>"
                if over_ids
                else ""
            )
            self.summary.setText(f"<b>{head}</b>{warn}<br>" + "<br>".join(f"– {line}" for line in plan.summary_lines()))
        if selected is not None and selected < len(rows):
            select_row(self.class_view, selected)
        self._show_class()
        self._update()

    def selected_class(self) -> int | None:
        indexes = self.class_view.selectionModel().selectedRows() if self.class_view.selectionModel() else []
        row = self.proposal.row_at(indexes[0]) if indexes else None
        return row.index if row is not None else None

    def _show_class(self) -> None:
        i = self.selected_class()
        people_mode = self.rosters is not None
        self.member_view.setVisible(people_mode)
        self.portion_view.setVisible(not people_mode)
        self.move_count.setVisible(not people_mode)
        plan = self.current_plan()
        if i is None or plan is None:
            self.members.set_rows([])
            self.portions.set_rows([])
            self.member_title.setText("")
        else:
            self.member_title.setText(
                tr("<b>Lớp {0}</b>: {1} học viên").format(i + 1, format_count(plan.classes[i].size))
            )
            if self.rosters is not None:
                self.members.set_rows(self.rosters[i])
            else:
                self.portions.set_rows(plan.classes[i].portions)
        self._update()

    def _update(self) -> None:
        has_plan = self.plan is not None
        i = self.selected_class()
        for w in (self.move_button, self.add_class_button, self.target):
            w.setEnabled(has_plan and i is not None)
        plan = self.current_plan()
        self.remove_class_button.setEnabled(plan is not None and i is not None and plan.classes[i].size == 0)
        self.create_button.setEnabled(has_plan and self.can_create)
        if plan is not None:
            self.create_button.setText(tr("Tạo {0} lớp").format(len(plan.classes)))

    # ------------------------------------------------------------------------------ moves by hand
    def move_selected(self) -> int:
        """Move the chosen people (or, for typed counts, that many learners of the chosen title) to the
        class picked in the list. Returns how many moved."""
        source, target = self.selected_class(), self.target.currentData()
        if source is None or target is None or source == target or self.plan is None:
            return 0
        if self.rosters is not None:
            chosen = [p for idx in self.member_view.selectionModel().selectedRows() if (p := self.members.row_at(idx))]
            if not chosen:
                self.messages.setText(tr("• Hãy chọn người cần chuyển trong danh sách lớp."))
                return 0
            uids = {p.uid for p in chosen}
            self.rosters[source] = [p for p in self.rosters[source] if p.uid not in uids]
            self.rosters[target] = sorted([*self.rosters[target], *chosen], key=lambda p: p.sort_key)
            moved = len(chosen)
        else:
            indexes = self.portion_view.selectionModel().selectedRows()
            portion = self.portions.row_at(indexes[0]) if indexes else None
            if portion is None:
                self.messages.setText(tr("• Hãy chọn nhóm học viên cần chuyển."))
                return 0
            try:
                self.plan = move_learners(
                    self.plan, group=portion.name, count=self.move_count.value(), source=source, target=target
                )
            except UserError as exc:
                self.messages.setText(f"• {exc}")
                return 0
            moved = self.move_count.value()
        self.messages.clear()
        self._refresh()
        select_row(self.class_view, source)
        return moved

    def add_empty(self) -> None:
        if self.plan is None:
            return
        self.plan = add_class(self.plan)
        if self.rosters is not None:
            self.rosters.append([])
        self._refresh()
        select_row(self.class_view, len(self.proposal.rows) - 1)

    def remove_empty(self) -> None:
        i = self.selected_class()
        plan = self.current_plan()
        if i is None or plan is None:
            return
        try:
            self.plan = remove_class(plan, i)
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        if self.rosters is not None:
            del self.rosters[i]
        self._refresh()

    # ------------------------------------------------------------------------------ creating
    def series(self) -> ClassSeries:
        return ClassSeries(
            code_prefix=self.code_prefix.text().strip(),
            first_number=self.first_number.value(),
            region=clean_text(self.region.text()),
            batch=clean_text(self.batch.text()),
            venue=clean_text(self.venue.text()),
            start=pydate(self.start.date()),
            days=self.days.value(),
            sequential=self.sequential.isChecked(),
            status=ClassStatus(self.status.currentData()),
        )

    def create_classes(self) -> list[str] | None:
        plan = self.current_plan()
        if plan is None:
            return None
        sizes = [plan.capacity or c.size for c in plan.classes]
        try:
            specs = self.series().classes(sizes)
            if not self.with_sessions.isChecked():
                specs = [type(s)(s.data, None, s.session_defaults) for s in specs]
            rosters = [[p.uid for p in r] for r in self.rosters] if self.rosters is not None else None
            result = self.service.create_classes(self.course.uid, specs, rosters)
        except UserError as exc:
            show_warning(self, tr("Chưa tạo được các lớp"), str(exc))
            return None
        if result.not_assigned:
            show_warning(self, tr("Đã tạo các lớp"), result.text, "\n".join(result.not_assigned))
        self.created.emit(result.class_uids)
        self.accept()
        return result.class_uids


def _pair(a: QWidget, b: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(a)
    row.addWidget(b)
    return row
