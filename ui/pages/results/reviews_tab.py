"""The effectiveness reviews after training: what is due (overdue first), the review form with the
plans' criteria, and the summaries of effectiveness by course, course type, department (and commune at
the province)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.dates import DateParseError, format_date, parse_date
from app.errors import UserError, ValidationFailed
from app.evaluations.reviews import (
    CRITERIA,
    CRITERION_SHORT,
    OUTCOME_LABELS,
    OUTCOMES_BEST_FIRST,
    SCALE,
    DueReview,
    DueState,
    EffectivenessRow,
    ReviewForm,
    ReviewInput,
    format_average,
    suggested_outcome,
)
from app.reports.tables import percent_text
from app.results.service import ResultsService
from app.security.permissions import Permission
from app.text import fold
from db.enums import ReviewOutcome
from ui.i18n import tr, tr_label
from ui.widgets.forms import errors_label
from ui.widgets.notice_bar import NoticeBar
from ui.widgets.rows_model import Col, RowsModel, make_table

STATE_COLOURS = {
    DueState.OVERDUE: "#b3261e",
    DueState.DUE: "#8a5a00",
    DueState.UPCOMING: "#1a5fb4",
    DueState.DONE: "#2e7d32",
    DueState.NOT_YET: "#8a8a8a",
}
DUE_COLUMNS: tuple[Col[DueReview], ...] = (
    Col(tr("Tình trạng"), lambda r: tr_label(r.state_label), lambda r: r.state.value, 120),
    Col(tr("Họ và tên"), lambda r: r.full_name, lambda r: r.sort_key, 170),
    Col(tr("Phòng, ban"), lambda r: r.department, lambda r: fold(r.department), 170),
    Col(tr("Khóa học"), lambda r: r.course_name, lambda r: fold(r.course_name), 300),
    Col(tr("Lớp"), lambda r: r.class_label, None, 100),
    Col(tr("Kết thúc"), lambda r: format_date(r.ended), lambda r: r.ended, 85),
    Col(tr("Đánh giá từ"), lambda r: format_date(r.due_from), lambda r: r.due_from, 85),
    Col(tr("Ngày đánh giá"), lambda r: format_date(r.reviewed_on), lambda r: r.reviewed_on or date.min, 90),
    Col(tr("Kết luận"), lambda r: tr_label(OUTCOME_LABELS[r.overall]) if r.overall else "", None, 130),
)
UNIT_COLUMN: Col[DueReview] = Col(tr("Xã, phường"), lambda r: r.unit_name, lambda r: fold(r.unit_name), 150)
FILTERS = (
    (tr("Cần đánh giá (quá hạn, đến hạn, sắp đến hạn)"), (DueState.OVERDUE, DueState.DUE, DueState.UPCOMING)),
    (tr("Quá hạn"), (DueState.OVERDUE,)),
    (tr("Đã đánh giá"), (DueState.DONE,)),
    (tr("Tất cả khóa học đã hoàn thành"), None),
)
GROUP_LABELS = {
    "course": tr("Khóa học"),
    "course_type": tr("Loại khóa học"),
    "department": tr("Phòng, ban"),
    "unit": tr("Đơn vị"),
}


def _summary_columns() -> tuple[Col[EffectivenessRow], ...]:
    cols: list[Col[EffectivenessRow]] = [
        Col(tr("Nhóm"), lambda r: r.label, None, 300),
        Col(tr("Số phiếu"), lambda r: str(r.reviews), lambda r: r.reviews, 65),
    ]

    def average_of(key: str) -> Col[EffectivenessRow]:
        return Col(tr_label(CRITERION_SHORT[key]), lambda r: format_average(r.averages[key]), None, 90)

    for c in CRITERIA:
        cols.append(average_of(c.key))
    cols.append(Col(tr("Bình quân"), lambda r: format_average(r.average), None, 75))
    cols.append(Col(tr("Có hiệu quả"), lambda r: percent_text(r.effective_share), None, 85))
    return tuple(cols)


class ReviewDialog(QDialog):
    """The review form: each criterion on the scale with a comment, the conclusion (suggested by the
    ratings until the reviewer chooses), remarks and recommendations. Emits ``saved(review uid)``."""

    saved = Signal(str)

    def __init__(self, parent: QWidget | None, service: ResultsService, form: ReviewForm, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Đánh giá hiệu quả sau bồi dưỡng — {n}").format(n=form.full_name))
        self.resize(880, 560)
        self.service, self.form = service, form
        self.today = today or date.today()
        stored = form.review
        about = QLabel(
            tr(
                "<b>{name}</b> — {position}, {department}<br>Khóa học: <b>{course}</b>{klass}<br>Kết thúc ngày {ended};"
                " đánh giá từ ngày {due} (sau ít nhất 03 tháng)."
            ).format(
                name=escape(form.full_name),
                position=escape(form.position or "—"),
                department=escape(form.department or "—"),
                course=escape(form.course_name),
                klass=escape(f", lớp {form.class_label}") if form.class_label else "",
                ended=format_date(form.ended),
                due=format_date(form.due_from),
            )
        )
        about.setWordWrap(True)
        self.reviewed_on = QLineEdit(format_date(stored.reviewed_on if stored else max(self.today, form.due_from)))
        self.reviewed_on.setObjectName("reviewedOn")
        self.reviewer = QLineEdit(stored.reviewer if stored else "")
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setPlaceholderText(tr("Người đánh giá (để trống: tài khoản đang dùng)"))
        head = QFormLayout()
        head.addRow(tr("Ngày đánh giá:"), self.reviewed_on)
        head.addRow(tr("Người đánh giá:"), self.reviewer)

        criteria = QGroupBox(tr("Tiêu chí (Tốt 4 – Khá 3 – Trung bình 2 – Yếu 1)"))
        grid = QGridLayout(criteria)
        self.scores: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        for i, c in enumerate(CRITERIA):
            label = QLabel(tr_label(c.label))
            label.setToolTip(tr_label(c.hint))
            combo = QComboBox()
            combo.setObjectName(f"score_{c.key}")
            combo.addItem(tr("— không đánh giá"), None)
            for value, text in SCALE.items():
                combo.addItem(tr("{n} — {label}").format(n=value, label=tr_label(text)), value)
            note = QLineEdit()
            note.setObjectName(f"note_{c.key}")
            note.setPlaceholderText(tr_label(c.hint))
            if stored is not None:
                combo.setCurrentIndex(max(0, combo.findData(stored.scores.get(c.key))))
                note.setText(stored.notes.get(c.key) or "")
            combo.currentIndexChanged.connect(lambda _i: self._suggest())
            self.scores[c.key], self.notes[c.key] = combo, note
            grid.addWidget(label, i, 0)
            grid.addWidget(combo, i, 1)
            grid.addWidget(note, i, 2)
        grid.setColumnStretch(2, 1)

        self.overall = QComboBox()
        self.overall.setObjectName("overall")
        self.overall.addItem(tr("(theo điểm các tiêu chí)"), None)
        for o in OUTCOMES_BEST_FIRST:
            self.overall.addItem(tr_label(OUTCOME_LABELS[o]), o.value)
        if stored is not None and stored.overall is not None:
            self.overall.setCurrentIndex(max(0, self.overall.findData(stored.overall.value)))
        self.suggestion = QLabel()
        self.suggestion.setObjectName("hint")
        self.conclusion = QPlainTextEdit(stored.conclusion or "" if stored else "")
        self.conclusion.setObjectName("conclusion")
        self.conclusion.setPlaceholderText(tr("Nhận xét chung về việc vận dụng kiến thức vào công việc"))
        self.conclusion.setFixedHeight(64)
        self.recommendation = QPlainTextEdit(stored.recommendation or "" if stored else "")
        self.recommendation.setObjectName("recommendation")
        self.recommendation.setPlaceholderText(tr("Đề xuất, kiến nghị (bồi dưỡng tiếp, bố trí công việc…)"))
        self.recommendation.setFixedHeight(52)
        tail = QFormLayout()
        conclusion_row = QWidget()
        row = QHBoxLayout(conclusion_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.overall)
        row.addWidget(self.suggestion, 1)
        tail.addRow(tr("Kết luận:"), conclusion_row)
        tail.addRow(tr("Nhận xét:"), self.conclusion)
        tail.addRow(tr("Kiến nghị:"), self.recommendation)

        self.messages = errors_label()
        self.messages.setStyleSheet("color:#b3261e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Lưu phiếu đánh giá"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Đóng"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        if not form.editable or not service.can(Permission.EDIT_RECORDS):
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.messages.setText(tr("Phiếu này do đơn vị của người học lập; ở đây chỉ xem."))

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(head)
        layout.addWidget(criteria)
        layout.addLayout(tail)
        layout.addWidget(self.messages)
        layout.addWidget(self.buttons)
        self._suggest()

    def _suggest(self) -> None:
        outcome = suggested_outcome(c.currentData() for c in self.scores.values())
        self.suggestion.setText(
            tr("Gợi ý theo điểm: {o}").format(o=tr_label(OUTCOME_LABELS[outcome]))
            if outcome
            else tr("Chưa chấm tiêu chí nào")
        )

    def data(self) -> ReviewInput | None:
        try:
            day = parse_date(self.reviewed_on.text())
        except DateParseError as exc:
            self.messages.setText(tr("• Ngày đánh giá: {error}").format(error=exc))
            return None
        overall = self.overall.currentData()
        return ReviewInput(
            nomination_uid=self.form.nomination_uid,
            reviewed_on=day,
            scores={k: combo.currentData() for k, combo in self.scores.items()},
            notes={k: edit.text() for k, edit in self.notes.items()},
            overall=ReviewOutcome(overall) if overall else None,
            conclusion=self.conclusion.toPlainText(),
            recommendation=self.recommendation.toPlainText(),
            reviewer=self.reviewer.text(),
        )

    def try_save(self) -> None:
        data = self.data()
        if data is None:
            return
        try:
            uid = self.service.save_review(data, today=self.today)
        except ValidationFailed as exc:
            self.messages.setText("\n".join(f"• {d}" for d in exc.details))
            return
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        self.saved.emit(uid)
        self.accept()


class ReviewsTab(QWidget):
    show_person = Signal(str)

    def __init__(self, service: ResultsService, parent: QWidget | None = None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.setObjectName("reviewsTab")
        self.service = service
        self.today = today
        self.can_edit = service.can(Permission.EDIT_RECORDS)
        self.dialog: ReviewDialog | None = None
        self.filter = QComboBox()
        self.filter.setObjectName("reviewFilter")
        for label, _states in FILTERS:
            self.filter.addItem(tr(label))  # a constant made at import: translate here
        self.search = QLineEdit()
        self.search.setObjectName("reviewSearch")
        self.search.setPlaceholderText(tr("Tìm theo tên, khóa học…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("reviewCount")
        self.review_button = QPushButton(tr("Đánh giá…"))
        self.review_button.setObjectName("reviewButton")
        self.delete_button = QPushButton(tr("Xóa phiếu đánh giá"))
        self.delete_button.setObjectName("deleteReview")
        self.person_button = QPushButton(tr("Mở hồ sơ"))
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.review_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.person_button)
        columns = list(DUE_COLUMNS)
        if service.is_province:  # every commune has its "Văn phòng HĐND và UBND": say whose
            columns.insert(2, UNIT_COLUMN)
        self.model: RowsModel[DueReview] = RowsModel(
            tuple(columns),
            self,
            uid=lambda r: r.nomination_uid,
            colour=lambda r, col: STATE_COLOURS[r.state] if col == 0 else None,
        )
        self.view = QTableView()
        self.view.setObjectName("dueView")
        make_table(self.view, self.model)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.all_rows: list[DueReview] = []

        self.group = QComboBox()
        self.group.setObjectName("summaryBy")
        for key, label in GROUP_LABELS.items():
            self.group.addItem(tr(label), key)
        self.year = QSpinBox()
        self.year.setObjectName("summaryYear")
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText(tr("Mọi năm"))
        self.year.setValue(0)
        self.summary: RowsModel[EffectivenessRow] = RowsModel(_summary_columns(), self, uid=lambda r: r.label)
        self.summary_view = QTableView()
        self.summary_view.setObjectName("effectivenessView")
        make_table(self.summary_view, self.summary, sortable=False)
        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("<b>Hiệu quả sau bồi dưỡng</b> — tổng hợp theo:")))
        row.addWidget(self.group)
        row.addWidget(QLabel(tr("Năm đánh giá:")))
        row.addWidget(self.year)
        row.addStretch(1)
        lv.addLayout(row)
        lv.addWidget(self.summary_view, 1)
        upper = QWidget()
        uv = QVBoxLayout(upper)
        uv.setContentsMargins(0, 0, 0, 0)
        uv.addLayout(top)
        uv.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([420, 260])
        self.notice = NoticeBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)

        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.group.currentIndexChanged.connect(lambda _i: self.reload_summary())
        self.year.valueChanged.connect(lambda _v: self.reload_summary())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.open_review())
        self.review_button.clicked.connect(self.open_review)
        self.delete_button.clicked.connect(self.delete_review)
        self.person_button.clicked.connect(self._show_person)
        self._update_buttons()

    def activate(self) -> None:
        self.reload()

    def reload(self, select_uid: str | None = None) -> None:
        current = select_uid or (r.nomination_uid if (r := self.selected()) else None)
        states = FILTERS[self.filter.currentIndex()][1]
        self.all_rows = self.service.reviews(states, today=self.today())
        self.apply_filter()
        if current and (i := self.model.row_of(current)) >= 0:
            self.view.selectRow(i)
        self.reload_summary()

    def apply_filter(self) -> None:
        tokens = fold(self.search.text()).split()
        rows = [
            r
            for r in self.all_rows
            if all(
                t in fold(f"{r.full_name} {r.course_name} {r.department} {r.class_label} {r.unit_name}") for t in tokens
            )
        ]
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.state == DueState.OVERDUE)
        self.count.setText(tr("{n} lượt, {o} quá hạn").format(n=len(rows), o=overdue))
        self._update_buttons()

    def reload_summary(self) -> None:
        year = self.year.value() or None
        self.summary.set_rows(self.service.effectiveness(str(self.group.currentData()), year))

    def selected(self) -> DueReview | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def _update_buttons(self) -> None:
        r = self.selected()
        due = r is not None and r.state in (DueState.DUE, DueState.OVERDUE, DueState.DONE)
        self.review_button.setEnabled(due)
        self.review_button.setText(tr("Xem, sửa phiếu…") if r and r.review_uid else tr("Đánh giá…"))
        self.delete_button.setEnabled(self.can_edit and r is not None and r.review_uid is not None)
        self.person_button.setEnabled(r is not None)

    def open_review(self) -> ReviewDialog | None:
        r = self.selected()
        if r is None:
            return None
        try:
            form = self.service.review_form(r.nomination_uid)
        except UserError as exc:
            self.notice.show_notice(str(exc))
            return None
        dialog = ReviewDialog(self, self.service, form, today=self.today())
        dialog.saved.connect(lambda _uid: self._saved(r))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, r: DueReview) -> None:
        self.reload(r.nomination_uid)
        self.notice.show_notice(tr("Đã lưu phiếu đánh giá của {n}.").format(n=r.full_name))

    def delete_review(self) -> None:
        r = self.selected()
        if r is None or r.review_uid is None:
            return
        uid = r.review_uid
        self.service.delete_review(uid)
        self.reload()

        def undo() -> None:
            self.service.restore_review(uid)
            self.reload(r.nomination_uid)

        self.notice.show_notice(tr("Đã xóa phiếu đánh giá của {n}.").format(n=r.full_name), undo=undo)

    def _show_person(self) -> None:
        r = self.selected()
        if r is not None:
            self.show_person.emit(r.staff_uid)
