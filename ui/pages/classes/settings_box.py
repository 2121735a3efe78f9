"""Settings → the attendance rule: the minimum share of a class's sessions a person must attend to be
marked as having completed it (saved at once)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from app.classes.service import ClassesService
from app.errors import UserError
from app.security.permissions import Permission
from ui.i18n import tr
from ui.widgets.forms import hint_label


class AttendanceRuleBox(QGroupBox):
    def __init__(self, service: ClassesService, parent: QWidget | None = None) -> None:
        super().__init__(tr("Lớp học, điểm danh"), parent)
        self.setObjectName("attendanceRuleBox")
        self.service = service
        self.share = QSpinBox()
        self.share.setObjectName("minAttendance")
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.error = QLabel()
        self.error.setObjectName("formErrors")
        hint = hint_label(
            tr(
                "Học viên dự ít hơn tỷ lệ này số buổi đã điểm danh của lớp thì chưa được ghi nhận hoàn thành "
                "(vắng có phép cũng tính là vắng); muốn vẫn ghi nhận phải nêu lý do. 0 %: không áp dụng."
            )
        )
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(tr("Tối thiểu số buổi phải dự:"), self.share)
        form.addRow(hint)
        form.addRow(self.error)
        self.share.editingFinished.connect(self.save)

    def reload(self) -> None:
        self.share.blockSignals(True)
        self.share.setValue(round(self.service.min_attendance() * 100))
        self.share.blockSignals(False)
        self.share.setEnabled(self.service.can(Permission.MANAGE_SETTINGS))

    def save(self) -> None:
        value = self.share.value() / 100
        if abs(value - self.service.min_attendance()) < 1e-9:
            return
        try:
            self.service.set_min_attendance(value)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
