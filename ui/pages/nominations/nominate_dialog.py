"""Who should go? The candidates for a course (and class) ranked by need with the reasons, the checks
for the people ticked (each with its reason) shown before saving, and the terms (cost, funding,
study commitment). Also "send one person to…": the courses ranked for that person."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
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
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.courses.catalogue import CourseInfo
from app.courses.checks import CheckReport
from app.courses.labels import group_digits
from app.courses.nominations import ChecksNotAccepted, NominationTerms
from app.courses.ranking import Candidate, CourseSuggestion
from app.courses.service import CoursesService
from app.errors import UserError
from app.text import fold
from db.enums import ClassStatus
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.widgets.forms import errors_label
from ui.widgets.rows_model import Col, RowsModel, make_table

CANDIDATE_COLUMNS: tuple[Col[Candidate], ...] = (
    Col(QT_TRANSLATE_NOOP("", "Họ và tên"), lambda c: c.row.full_name, lambda c: c.row.sort_key, 190),
    Col(QT_TRANSLATE_NOOP("", "Ngày sinh"), lambda c: c.row.birth_text, lambda c: c.row.date_of_birth or date.max, 85),
    Col(QT_TRANSLATE_NOOP("", "Chức vụ"), lambda c: c.row.position or "", lambda c: fold(c.row.position), 150),
    Col(
        QT_TRANSLATE_NOOP("", "Phòng, ban"), lambda c: c.row.department_name, lambda c: fold(c.row.department_name), 170
    ),
    Col(QT_TRANSLATE_NOOP("", "Ưu tiên"), lambda c: str(c.priority), lambda c: (-c.priority, c.row.sort_key), 60),
    Col(QT_TRANSLATE_NOOP("", "Vì sao được đề xuất"), lambda c: c.reason_text, None, 420),
)


def _candidate_colour(c: Candidate, col: int) -> str | None:
    if c.nominated or c.holds or not c.in_target_group:
        return "#8a8a8a"
    return "#b3261e" if col == 4 and c.priority < 0 else None


class NominateDialog(QDialog):
    """Emits ``saved(list of nomination uids)``."""

    saved = Signal(list)

    def __init__(
        self,
        parent: QWidget | None,
        service: CoursesService,
        course_uid: str,
        class_uid: str | None = None,
        *,
        preselect: list[str] | None = None,
        everyone: bool = False,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nominateDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.today = today or date.today()
        self.course: CourseInfo = service.course(course_uid)
        self.staff = service.staff_rows(self.today)  # read once: ranking and checks reuse it
        self.report = CheckReport()
        self.setWindowTitle(tr("Cử đi học — {0}").format(self.course.name))
        self.resize(1180, 760)

        about = QLabel(
            tr("<b>{0}</b><br>Đối tượng: {1}. Hoàn thành được: {2}.").format(
                escape(self.course.name),
                escape(self.course.targets_text),
                escape(self.course.grants_text or tr("giấy chứng nhận tham gia")),
            )
        )
        about.setWordWrap(True)
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("classCombo")
        self.class_combo.addItem(tr("Chưa xếp lớp (cử theo khóa học)"), "")
        for k in service.classes(course_uid):
            if k.status in (ClassStatus.CANCELLED, ClassStatus.FINISHED) and k.uid != class_uid:
                continue
            free = tr(" — còn {0} chỗ").format(k.capacity - k.nominated) if k.capacity else ""
            self.class_combo.addItem(f"{k.label}{free}", k.uid)
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(class_uid or "")))
        self.search = QLineEdit()
        self.search.setObjectName("candidateSearch")
        self.search.setPlaceholderText(tr("Lọc theo tên, chức vụ, phòng ban…"))
        self.search.setClearButtonEnabled(True)
        self.everyone = QCheckBox(tr("Hiện cả người ngoài danh sách gợi ý"))
        self.everyone.setObjectName("showEveryone")
        self.everyone.setChecked(everyone)
        self.count = QLabel()
        top = QFormLayout()
        top.addRow(tr("Lớp:"), self.class_combo)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.everyone)
        filters.addWidget(self.count)

        self.model: RowsModel[Candidate] = RowsModel(
            CANDIDATE_COLUMNS,
            self,
            uid=lambda c: c.row.uid,
            checkable=True,
            colour=_candidate_colour,
            tooltip=lambda c, _col: "\n".join(c.reasons),
        )
        self.view = QTableView()
        self.view.setObjectName("candidateView")
        make_table(self.view, self.model)
        self.all_candidates: list[Candidate] = []

        # terms
        terms = QGroupBox(tr("Kinh phí và cam kết"))
        tf = QFormLayout(terms)
        self.cost = QLineEdit(group_digits(self.course.default_cost or None))
        self.cost.setObjectName("cost")
        self.cost.setPlaceholderText(tr("đồng/người"))
        self.funding = QLineEdit(self.course.funding_source or "")
        self.funding.setObjectName("funding")
        self.commitment = QCheckBox(tr("Phải cam kết phục vụ sau khi học (bồi hoàn chi phí nếu nghỉ trước hạn)"))
        self.commitment.setObjectName("commitment")
        self.commitment.setChecked(self.course.requires_commitment)
        self.commitment_months = QLineEdit()
        self.commitment_months.setObjectName("commitmentMonths")
        self.commitment_months.setPlaceholderText(tr("số tháng, ví dụ 24"))
        self.note = QLineEdit()
        self.note.setObjectName("nominationNote")
        tf.addRow(tr("Kinh phí (đồng/người):"), self.cost)
        tf.addRow(tr("Nguồn kinh phí:"), self.funding)
        tf.addRow("", self.commitment)
        tf.addRow(tr("Thời gian cam kết (tháng):"), self.commitment_months)
        tf.addRow(tr("Ghi chú:"), self.note)

        checks_box = QGroupBox(tr("Kiểm tra trước khi cử"))
        cl = QVBoxLayout(checks_box)
        self.checks = QTextBrowser()
        self.checks.setObjectName("checksView")
        self.confirm = QCheckBox(tr("Tôi đã xem các cảnh báo trên và vẫn cử những người đã chọn"))
        self.confirm.setObjectName("confirmWarnings")
        cl.addWidget(self.checks)
        cl.addWidget(self.confirm)

        lower = QSplitter()
        lower.addWidget(terms)
        lower.addWidget(checks_box)
        lower.setSizes([480, 700])
        self.messages = errors_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Cử đi học", "button"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Đóng"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 3)
        layout.addWidget(lower, 2)
        layout.addWidget(self.messages)
        layout.addWidget(self.buttons)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(120)
        self._check_timer.timeout.connect(self.run_checks)
        self.model.checked_changed.connect(self._check_timer.start)
        self.class_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.everyone.toggled.connect(lambda _b: self.reload())
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.reload()
        if preselect:
            self.model.set_checked(preselect)
        self.run_checks()

    # --------------------------------------------------------------------------------- data
    @property
    def class_uid(self) -> str | None:
        return self.class_combo.currentData() or None

    def reload(self) -> None:
        keep = set(self.model.checked)
        self.all_candidates = self.service.candidates(
            self.course.uid, self.class_uid, everyone=self.everyone.isChecked(), today=self.today, rows=self.staff
        )
        self.apply_filter()
        self.model.checked = keep & {c.row.uid for c in self.all_candidates}
        self.run_checks()

    def apply_filter(self) -> None:
        tokens = fold(self.search.text()).split()
        rows = [
            c
            for c in self.all_candidates
            if all(t in fold(f"{c.row.full_name} {c.row.position} {c.row.department_name}") for t in tokens)
        ]
        checked = set(self.model.checked)
        self.model.set_rows(rows)
        self.model.checked = checked
        self.count.setText(tr("{0} người").format(len(rows)))

    def checked_uids(self) -> list[str]:
        order = {c.row.uid: i for i, c in enumerate(self.all_candidates)}
        return sorted(self.model.checked, key=lambda u: order.get(u, 1 << 30))

    # ------------------------------------------------------------------------------- checks
    def run_checks(self) -> None:
        self._check_timer.stop()
        uids = self.checked_uids()
        if not uids:
            self.report = CheckReport()
            self.checks.setHtml(tr("<p style='color:#777'>Đánh dấu những người cần cử để kiểm tra.</p>"))
            self.confirm.setVisible(False)
            self.save_button.setEnabled(False)
            return
        self.report = self.service.check(self.course.uid, self.class_uid, uids, today=self.today, rows=self.staff)
        self.checks.setHtml(report_html(self.report, len(uids)))
        self.confirm.setVisible(bool(self.report.warnings))
        self.save_button.setEnabled(not self.report.blocking)

    def _terms(self) -> NominationTerms | None:
        def number(edit: QLineEdit, label: str) -> int | None:
            text = edit.text().replace(".", "").replace(" ", "").strip()
            if not text:
                return None
            if not text.isdigit():
                raise UserError(tr("{0}: phải là số nguyên (nhận được “{1}”).").format(label, edit.text()))
            return int(text)

        try:
            return NominationTerms(
                cost=number(self.cost, tr("Kinh phí")),
                funding_source=self.funding.text().strip() or None,
                commitment=self.commitment.isChecked(),
                commitment_months=number(self.commitment_months, tr("Thời gian cam kết")),
                note=self.note.text().strip() or None,
            )
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return None

    def try_save(self) -> None:
        uids = self.checked_uids()
        if not uids:
            self.messages.setText(tr("• Chưa chọn người nào."))
            return
        terms = self._terms()
        if terms is None:
            return
        if self.report.warnings and not self.confirm.isChecked():
            self.messages.setText(tr("• Hãy xem các cảnh báo và đánh dấu xác nhận trước khi cử."))
            self.confirm.setFocus()
            return
        reasons = {c.row.uid: c.reason_text for c in self.all_candidates if c.row.uid in set(uids)}
        try:
            made = self.service.nominate(
                self.course.uid,
                self.class_uid,
                uids,
                reasons=reasons,
                terms=terms,
                accept_warnings=self.confirm.isChecked(),
                today=self.today,
            )
        except ChecksNotAccepted as exc:
            self.report = exc.report
            self.checks.setHtml(report_html(exc.report, len(uids)))
            self.messages.setText(f"• {exc.message}")
            return
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        self.saved.emit(made)
        self.accept()


def report_html(report: CheckReport, people: int) -> str:
    if not report.issues:
        return tr("<p style='color:#1e7b34'>✓ Không có vấn đề gì với {0} người đã chọn.</p>").format(people)
    parts = []
    for issue in report.blocking:
        parts.append(f"<li style='color:#b3261e'><b>{escape(issue.label)}:</b> {escape(issue.message)}</li>")
    for issue in report.warnings:
        parts.append(f"<li style='color:#8a5a00'><b>{escape(issue.label)}:</b> {escape(issue.message)}</li>")
    head = (
        tr("<p><b>Không thể cử</b> khi còn lỗi màu đỏ; bỏ đánh dấu người đó hoặc chọn lớp khác.</p>")
        if report.blocking
        else tr("<p>Cảnh báo (vẫn có thể cử nếu đã cân nhắc):</p>")
    )
    return head + "<ul style='margin-left:-20px'>" + "".join(parts) + "</ul>"


SUGGESTION_COLUMNS: tuple[Col[CourseSuggestion], ...] = (
    Col(QT_TRANSLATE_NOOP("", "Khóa học"), lambda s: s.course.name, lambda s: fold(s.course.name), 360),
    Col(QT_TRANSLATE_NOOP("", "Loại"), lambda s: tr_label(s.course.type_label), None, 200),
    Col(
        QT_TRANSLATE_NOOP("", "Ưu tiên"), lambda s: str(s.candidate.priority) if s.candidate.suggested else "", None, 60
    ),
    Col(QT_TRANSLATE_NOOP("", "Vì sao"), lambda s: s.candidate.reason_text, None, 420),
)


class SendPersonDialog(QDialog):
    """ "Send to…": pick a person, see the courses ranked for them, continue to the nomination."""

    chosen = Signal(str, str)  # course uid, staff uid

    def __init__(self, parent: QWidget | None, service: CoursesService, staff_uid: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendPersonDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Cử một người đi học"))
        self.resize(1050, 560)
        self.service = service
        self.person = QComboBox()
        self.person.setObjectName("personCombo")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for r in service.staff_rows():
            if r.status.on_books:
                self.person.addItem(f"{r.full_name} — {r.position or ''}, {r.department_name}", r.uid)
        completer = self.person.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.model: RowsModel[CourseSuggestion] = RowsModel(
            SUGGESTION_COLUMNS,
            self,
            uid=lambda s: s.course.uid,
            colour=lambda s, _c: None if s.candidate.suggested else "#8a8a8a",
        )
        self.view = QTableView()
        self.view.setObjectName("suggestionView")
        make_table(self.view, self.model)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(lambda _i: self.accept_choice())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Tiếp tục…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Đóng"))
        buttons.accepted.connect(self.accept_choice)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(tr("Người được cử:"), self.person)
        layout.addLayout(form)
        hint = QLabel(tr("Các khóa học xếp theo nhu cầu của người này (khóa đáp ứng nhu cầu lên trước)."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.person.currentIndexChanged.connect(lambda _i: self.reload())
        if staff_uid:
            self.person.setCurrentIndex(max(0, self.person.findData(staff_uid)))
        self.reload()

    def reload(self) -> None:
        uid = self.person.currentData()
        self.model.set_rows(self.service.courses_for_person(uid) if uid else [])
        if self.model.rows:
            self.view.selectRow(0)

    def accept_choice(self) -> None:
        indexes = self.view.selectionModel().selectedRows()
        staff = self.person.currentData()
        if not indexes or not staff:
            return
        suggestion = self.model.row_at(indexes[0])
        if suggestion is None:
            return
        self.chosen.emit(suggestion.course.uid, staff)
        self.accept()
