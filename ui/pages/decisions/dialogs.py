"""Dialogs of the Decisions page: edit a draft, issue it (number and date), cancel an issued decision,
and edit the templates (legal bases, articles, recipients, signers)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.courses.labels import SIGNING_MODE_LABELS
from app.courses.service import CoursesService
from app.dates import DateParseError, format_date, parse_date
from app.decisions.service import DecisionEdit, DecisionRow
from app.decisions.templates import DecisionTemplates
from app.errors import UserError
from db.enums import SigningMode
from ui.i18n import tr, tr_label
from ui.widgets.forms import Button, dialog_buttons, errors_label, hint_label
from ui.widgets.validation import mark


def _text(value: str, height: int = 70, name: str = "") -> QPlainTextEdit:
    w = QPlainTextEdit(value)
    w.setFixedHeight(height)
    if name:
        w.setObjectName(name)
    return w


class DecisionDialog(QDialog):
    """Edit a draft: texts, signer, recipients and who is in it. Emits ``saved(uid)``."""

    saved = Signal(str)

    def __init__(self, parent: QWidget | None, service: CoursesService, row: DecisionRow) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Dự thảo quyết định"))
        self.resize(900, 720)
        self.service, self.row = service, row
        edit = service.decision_edit(row.uid)
        templates = service.templates()
        self.summary = _text(edit.summary, 50, "summary")
        self.authority = QLineEdit(edit.authority)
        self.bases = _text("\n".join(edit.legal_bases), 120, "legalBases")
        self.proposal = QLineEdit(edit.proposal)
        self.article1 = _text(edit.article1, 110, "article1")
        self.article2 = _text(edit.article2, 110, "article2")
        self.article3 = _text(edit.article3, 90, "article3")
        self.mode = QComboBox()
        self.mode.setObjectName("signingMode")
        for m, label in SIGNING_MODE_LABELS.items():
            self.mode.addItem(tr_label(label), m.value)
        self.mode.setCurrentIndex(max(0, self.mode.findData(str(edit.signing_mode))))
        self.signer = QComboBox()
        self.signer.setObjectName("signerName")
        self.signer.setEditable(True)
        self.signer.addItems([n for n in [templates.chairman, *templates.vice_chairmen] if n])
        self.signer.setEditText(edit.signer_name)
        self.recipients = _text("\n".join(edit.recipients), 90, "recipients")
        self.appendix_title = QLineEdit(edit.appendix_title)
        self.people = QListWidget()
        self.people.setObjectName("decisionPeople")
        for n in service.decision_nominations(row.uid):
            item = QListWidgetItem(f"{n.staff_name} — {n.position or ''}, {n.department_name}")
            item.setData(Qt.ItemDataRole.UserRole, n.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)
        regenerate = QPushButton(tr("Soạn lại trích yếu và Điều 1–3 theo mẫu"))
        regenerate.setObjectName("regenerate")
        regenerate.clicked.connect(self.regenerate)

        tabs = QTabWidget()
        text_page = QWidget()
        f = QFormLayout(text_page)
        f.addRow(tr("Trích yếu:"), self.summary)
        f.addRow(tr("Thẩm quyền:"), self.authority)
        f.addRow(tr("Căn cứ (mỗi dòng một căn cứ, kết thúc bằng “;”):"), self.bases)
        f.addRow(tr("Theo đề nghị của:"), self.proposal)
        f.addRow(tr("Điều 1:"), self.article1)
        f.addRow(tr("Điều 2:"), self.article2)
        f.addRow(tr("Điều 3:"), self.article3)
        f.addRow("", regenerate)
        tabs.addTab(text_page, tr("Nội dung"))
        sign_page = QWidget()
        g = QFormLayout(sign_page)
        g.addRow(tr("Hình thức ký:"), self.mode)
        g.addRow(tr("Người ký:"), self.signer)
        g.addRow(tr("Nơi nhận (mỗi dòng một nơi; dòng cuối là nơi lưu):"), self.recipients)
        g.addRow(tr("Tên danh sách kèm theo:"), self.appendix_title)
        tabs.addTab(sign_page, tr("Người ký, nơi nhận"))
        people_page = QWidget()
        pl = QVBoxLayout(people_page)
        pl.addWidget(QLabel(tr("Bỏ đánh dấu để đưa người đó ra khỏi quyết định (đề xuất vẫn còn).")))
        pl.addWidget(self.people)
        tabs.addTab(people_page, tr("Người được cử ({0})").format(self.people.count()))
        self.messages = errors_label()
        buttons = dialog_buttons(tr("Lưu dự thảo"), dialog=self, accept=Button.Save)
        buttons.accepted.connect(self.try_save)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)

    def edit(self) -> DecisionEdit:
        uids = [
            str(self.people.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]
        return DecisionEdit(
            summary=self.summary.toPlainText(),
            legal_bases=self.bases.toPlainText().splitlines(),
            proposal=self.proposal.text(),
            article1=self.article1.toPlainText(),
            article2=self.article2.toPlainText(),
            article3=self.article3.toPlainText(),
            signing_mode=SigningMode(self.mode.currentData()),
            signer_name=self.signer.currentText(),
            recipients=self.recipients.toPlainText().splitlines(),
            appendix_title=self.appendix_title.text(),
            authority=self.authority.text(),
            nomination_uids=uids,
        )

    def try_save(self) -> None:
        try:
            self.service.update_draft(self.row.uid, self.edit())
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        self.saved.emit(self.row.uid)
        self.accept()

    def regenerate(self) -> None:
        """Save the people and signer first, then rebuild the texts from the templates."""
        try:
            self.service.update_draft(self.row.uid, self.edit())
            self.service.regenerate(self.row.uid)
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        edit = self.service.decision_edit(self.row.uid)
        self.summary.setPlainText(edit.summary)
        self.article1.setPlainText(edit.article1)
        self.article2.setPlainText(edit.article2)
        self.article3.setPlainText(edit.article3)
        self.appendix_title.setText(edit.appendix_title)
        self.messages.setText(tr("Đã soạn lại theo mẫu."))


class IssueDialog(QDialog):
    """Give the draft its number (next free of the year, or the one the văn thư gave) and date."""

    issued = Signal(str)

    def __init__(
        self, parent: QWidget | None, service: CoursesService, row: DecisionRow, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issueDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Ban hành quyết định"))
        self.service, self.row = service, row
        day = today or date.today()
        self.date = QLineEdit(format_date(day))
        self.date.setObjectName("issueDate")
        self.number = QSpinBox()
        self.number.setObjectName("issueNumber")
        self.number.setRange(1, 99999)
        self.number.setValue(service.next_number(day.year))
        self.date.textChanged.connect(self._date_changed)
        form = QFormLayout()
        form.addRow(tr("Trích yếu:"), QLabel(row.summary))
        form.addRow(tr("Ngày ban hành:"), self.date)
        form.addRow(tr("Số:"), self.number)
        hint = hint_label(
            tr(
                "Số quyết định đánh theo năm, bắt đầu lại từ 01 ngày 01/01. Ban hành xong, các đề xuất trong "
                "quyết định chuyển sang “Đã có quyết định cử”."
            )
        )
        self.messages = errors_label()
        buttons = dialog_buttons(tr("Ban hành"), dialog=self, accept=Button.Save)
        buttons.accepted.connect(self.try_issue)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)

    def _date_changed(self, text: str) -> None:
        try:
            day = parse_date(text)
        except DateParseError:
            return
        self.number.setValue(self.service.next_number(day.year))

    def try_issue(self) -> None:
        try:
            day = parse_date(self.date.text())
        except DateParseError as exc:
            self.messages.setText(tr("• Ngày ban hành: {error}").format(error=exc))
            mark(self.date, str(exc))
            return
        mark(self.date, None)
        try:
            self.service.issue(self.row.uid, issued_on=day, number=self.number.value())
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        self.issued.emit(self.row.uid)
        self.accept()


class CancelDialog(QDialog):
    cancelled = Signal(str)

    def __init__(self, parent: QWidget | None, service: CoursesService, row: DecisionRow) -> None:
        super().__init__(parent)
        self.setObjectName("cancelDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Hủy bỏ quyết định {0}").format(row.number_text))
        self.service, self.row = service, row
        self.reason = QLineEdit()
        self.reason.setObjectName("cancelReason")
        self.setMinimumWidth(460)  # the reason is a sentence; the note and messages read on two lines
        self.date = QLineEdit(format_date(date.today()))
        form = QFormLayout()
        form.addRow(tr("Lý do hủy bỏ:"), self.reason)
        form.addRow(tr("Ngày hủy bỏ:"), self.date)
        note = hint_label(
            tr(
                "Quyết định vẫn được lưu với số, ngày và lý do hủy; những người trong quyết định trở về trạng "
                "thái “Đề xuất”."
            )
        )
        self.messages = errors_label()
        buttons = dialog_buttons(tr("Hủy bỏ quyết định"), dialog=self, accept=Button.Save)
        buttons.accepted.connect(self.try_cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)

    def try_cancel(self) -> None:
        try:
            on = parse_date(self.date.text())
        except DateParseError as exc:
            self.messages.setText(tr("• Ngày hủy bỏ: {error}").format(error=exc))
            mark(self.date, str(exc))
            return
        mark(self.date, None)
        try:
            self.service.cancel(self.row.uid, reason=self.reason.text(), on=on)
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        self.cancelled.emit(self.row.uid)
        self.accept()


class TemplatesDialog(QDialog):
    """The unit's templates for new decisions. Placeholders: {don_vi}, {Don_vi}, {tinh}; Điều 2 also
    {kinh_phi} (the costs sentence) and {cam_ket} (the study commitment sentence)."""

    saved = Signal()

    def __init__(self, parent: QWidget | None, service: CoursesService) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Mẫu quyết định cử đi học"))
        self.resize(860, 700)
        self.service = service
        t = service.templates()
        self.bases = _text("\n".join(t.legal_bases), 140, "templateBases")
        self.proposal = QLineEdit(t.proposal)
        self.article2 = _text(t.article2, 100, "templateArticle2")
        self.article3 = _text(t.article3, 100, "templateArticle3")
        self.recipients = _text("\n".join(t.recipients), 100, "templateRecipients")
        self.symbol = QLineEdit(t.symbol)
        self.symbol.setObjectName("templateSymbol")
        self.chairman = QLineEdit(t.chairman)
        self.chairman.setObjectName("templateChairman")
        self.vices = _text("\n".join(t.vice_chairmen), 50, "templateVices")
        form = QFormLayout()
        form.addRow(tr("Căn cứ (mỗi dòng một căn cứ):"), self.bases)
        form.addRow(tr("Theo đề nghị của:"), self.proposal)
        form.addRow(tr("Điều 2:"), self.article2)
        form.addRow(tr("Điều 3:"), self.article3)
        form.addRow(tr("Nơi nhận:"), self.recipients)
        form.addRow(tr("Ký hiệu:"), self.symbol)
        form.addRow(tr("Chủ tịch UBND:"), self.chairman)
        form.addRow(tr("Các Phó Chủ tịch (mỗi dòng một người):"), self.vices)
        hint = hint_label(
            tr(
                "Chỗ điền: {don_vi} tên đơn vị (xã Hà Bắc), {tinh} tỉnh/thành phố; ở Điều 2: {kinh_phi} câu về kinh "
                "phí, {cam_ket} câu về cam kết phục vụ. Mẫu chỉ áp dụng cho dự thảo lập sau khi lưu."
            )
        )
        self.messages = errors_label()
        buttons = dialog_buttons(tr("Lưu mẫu"), dialog=self, accept=Button.Save)
        buttons.accepted.connect(self.try_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)

    def try_save(self) -> None:
        t = DecisionTemplates(
            legal_bases=self.bases.toPlainText().splitlines(),
            proposal=self.proposal.text(),
            article2=self.article2.toPlainText(),
            article3=self.article3.toPlainText(),
            recipients=self.recipients.toPlainText().splitlines(),
            symbol=self.symbol.text(),
            chairman=self.chairman.text(),
            vice_chairmen=self.vices.toPlainText().splitlines(),
        )
        try:
            self.service.save_templates(t)
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        self.saved.emit()
        self.accept()
