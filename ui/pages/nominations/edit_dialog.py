"""Edit one nomination: its class (while proposed), cost, funding, study commitment, reason and note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.courses.labels import group_digits
from app.courses.nominations import NominationEdit, NominationRow
from app.courses.service import CoursesService
from app.errors import UserError
from db.enums import NominationStatus
from ui.i18n import tr
from ui.widgets.forms import errors_label


class NominationEditDialog(QDialog):
    saved = Signal(str)

    def __init__(self, parent: QWidget | None, service: CoursesService, row: NominationRow) -> None:
        super().__init__(parent)
        self.setObjectName("nominationEditDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Cử đi học: {0}").format(row.staff_name))
        self.resize(620, 420)
        self.service, self.row = service, row
        self.klass = QComboBox()
        self.klass.setObjectName("editClass")
        self.klass.addItem(tr("Chưa xếp lớp"), "")
        for k in service.classes(row.course_uid):
            self.klass.addItem(k.label, k.uid)
        self.klass.setCurrentIndex(max(0, self.klass.findData(row.class_uid or "")))
        self.klass.setEnabled(row.status == NominationStatus.PROPOSED)
        self.cost = QLineEdit(group_digits(row.cost or None))
        self.cost.setObjectName("editCost")
        self.funding = QLineEdit(row.funding_source or "")
        self.commitment = QCheckBox(tr("Phải cam kết phục vụ sau khi học"))
        self.commitment.setChecked(row.commitment)
        self.months = QLineEdit(str(row.commitment_months or ""))
        self.reason = QPlainTextEdit(row.reason or "")
        self.reason.setFixedHeight(60)
        self.note = QPlainTextEdit(row.note or "")
        self.note.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(tr("Khóa học:"), QLabel(row.course_name))
        form.addRow(tr("Lớp:"), self.klass)
        form.addRow(tr("Kinh phí (đồng):"), self.cost)
        form.addRow(tr("Nguồn kinh phí:"), self.funding)
        form.addRow("", self.commitment)
        form.addRow(tr("Thời gian cam kết (tháng):"), self.months)
        form.addRow(tr("Vì sao được cử:"), self.reason)
        form.addRow(tr("Ghi chú:"), self.note)
        self.messages = errors_label()
        if row.status != NominationStatus.PROPOSED:
            self.messages.setText(tr("Đã có quyết định cử: muốn đổi lớp hãy lập quyết định thay thế."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)  # spare height below the form, not inside the course's row
        layout.addWidget(self.messages)
        layout.addWidget(buttons)

    def _number(self, edit: QLineEdit, label: str) -> int | None:
        text = edit.text().replace(".", "").replace(" ", "").strip()
        if not text:
            return None
        if not text.isdigit():
            raise UserError(tr("{0}: phải là số nguyên (nhận được “{1}”).").format(label, edit.text()))
        return int(text)

    def try_save(self) -> None:
        try:
            edit = NominationEdit(
                class_uid=self.klass.currentData() or None,
                cost=self._number(self.cost, tr("Kinh phí")),
                funding_source=self.funding.text().strip() or None,
                commitment=self.commitment.isChecked(),
                commitment_months=self._number(self.months, tr("Thời gian cam kết")),
                reason=self.reason.toPlainText().strip() or None,
                note=self.note.toPlainText().strip() or None,
            )
            self.service.update_nomination(self.row.uid, edit)
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        self.saved.emit(self.row.uid)
        self.accept()
