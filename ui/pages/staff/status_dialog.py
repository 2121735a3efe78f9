"""Taking someone off the books (retired, moved, removed…): on which day, and on what grounds.

The day is the decision's effective day, not the day the clerk types it in: reports and targets count
people by it. Emits ``changed(change_id)``; the page offers the undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.dates import DateParseError, format_date, parse_date
from app.errors import UserError
from app.labels import STATUS_LABELS
from app.staff.records import StaffRow
from app.staff.service import StaffService
from db.enums import StaffStatus
from ui.i18n import tr, tr_label
from ui.widgets.forms import dialog_buttons, errors_label, hint_label
from ui.widgets.validation import mark


class StatusChangeDialog(QDialog):
    changed = Signal(int)

    def __init__(self, parent: QWidget | None, service: StaffService, row: StaffRow, status: StaffStatus) -> None:
        super().__init__(parent)
        self.setObjectName("statusChangeDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service, self.row, self.status = service, row, status
        label = tr_label(STATUS_LABELS[status])
        self.setWindowTitle(tr("{full_name}: chuyển sang “{status}”").format(full_name=row.full_name, status=label))
        self.date = QLineEdit(format_date(date.today()))
        self.date.setObjectName("effectiveDate")
        self.date.setPlaceholderText(tr("ngày/tháng/năm"))
        self.note = QLineEdit()
        self.note.setObjectName("statusNote")
        self.note.setPlaceholderText(tr("Ví dụ: Quyết định số 25/QĐ-UBND ngày 15/10/2026"))
        self.note.setMinimumWidth(380)
        form = QFormLayout()
        form.addRow(tr("Từ ngày:"), self.date)
        form.addRow(tr("Căn cứ, ghi chú:"), self.note)
        hint = hint_label(
            tr(
                "Ngày có hiệu lực theo quyết định (không phải ngày nhập). Hồ sơ vẫn được giữ cùng lịch sử "
                "và có thể đưa trở lại."
            )
        )
        self.messages = errors_label()
        buttons = dialog_buttons(tr("Ghi nhận"), dialog=self)
        buttons.accepted.connect(self.try_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)

    def try_save(self) -> None:
        try:
            effective = parse_date(self.date.text())
        except DateParseError as exc:
            self._refuse(tr("Từ ngày: {error}").format(error=exc))
            return
        try:
            change_id = self.service.change_status(
                self.row.uid, self.status, effective=effective, note=self.note.text().strip() or None
            )
        except UserError as exc:
            self._refuse(str(exc))
            return
        mark(self.date, None)
        self.changed.emit(change_id)
        self.accept()

    def _refuse(self, message: str) -> None:
        self.messages.setText(f"• {message}")
        mark(self.date, message)
        self.date.setFocus()
