"""Add or edit one qualification (degree, political theory, state management, certificate…)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_date
from app.labels import QUALIFICATION_KIND_LABELS
from app.qualifications import levels
from app.staff.form import QualificationInput, RawValue, parse_qualification_form
from db.enums import QualificationKind
from ui.i18n import tr, tr_label
from ui.widgets.forms import errors_label
from ui.widgets.validation import mark

# Common values of a free-text field: the chosen text is stored as the record's data, so it stays Vietnamese.
TRAINING_FORMS = (
    "",
    "Chính quy",
    "Vừa làm vừa học",
    "Từ xa",
    "Tập trung",
    "Trực tuyến",
    "Bồi dưỡng ngắn hạn",
)


class QualificationDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        on_accept: Callable[[QualificationInput], None],
        initial: QualificationInput | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("qualificationDialog")
        self.setWindowTitle(tr("Sửa văn bằng, chứng chỉ") if initial else tr("Thêm văn bằng, chứng chỉ"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(480)  # school names are long
        self._on_accept = on_accept
        self._uid = initial.uid if initial else None

        self.kind = QComboBox()
        for kind, label in QUALIFICATION_KIND_LABELS.items():
            self.kind.addItem(tr_label(label), kind.value)
        self.level = QComboBox()
        self.major = QLineEdit()
        self.institution = QLineEdit()
        self.year = QLineEdit()
        self.year.setPlaceholderText("yyyy")
        self.year.setMaxLength(4)
        self.certificate_no = QLineEdit()
        self.issued_on = QLineEdit()
        self.valid_until = QLineEdit()
        for w in (self.issued_on, self.valid_until):
            w.setPlaceholderText("dd/mm/yyyy")
        self.training_form = QComboBox()
        self.training_form.setEditable(True)
        self.training_form.addItems(TRAINING_FORMS)
        self.note = QLineEdit()
        self.fields: dict[str, QWidget] = {
            "kind": self.kind,
            "level": self.level,
            "major": self.major,
            "institution": self.institution,
            "year": self.year,
            "certificate_no": self.certificate_no,
            "issued_on": self.issued_on,
            "valid_until": self.valid_until,
            "training_form": self.training_form,
            "note": self.note,
        }
        form = QFormLayout()
        for name, label in (
            ("kind", tr("Loại *")),
            ("level", tr("Trình độ *")),
            ("major", tr("Chuyên ngành, nội dung")),
            ("institution", tr("Cơ sở đào tạo")),
            ("year", tr("Năm cấp")),
            ("certificate_no", tr("Số hiệu văn bằng")),
            ("issued_on", tr("Ngày cấp")),
            ("valid_until", tr("Hiệu lực đến")),
            ("training_form", tr("Hình thức đào tạo")),
            ("note", tr("Ghi chú")),
        ):
            form.addRow(label, self.fields[name])
        self.errors = errors_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._fill_levels)
        self._fill_levels()
        if initial:
            self._load(initial)
        for line in (self.major, self.year, self.issued_on, self.valid_until):
            line.textChanged.connect(self._validate)
        self.level.currentIndexChanged.connect(self._validate)

    def _fill_levels(self) -> None:
        kind = QualificationKind(self.kind.currentData())
        self.level.clear()
        self.level.addItem("", "")
        for lv in levels(kind):
            self.level.addItem(tr_label(lv.label), lv.code)

    def _load(self, q: QualificationInput) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(q.kind.value)))
        self._fill_levels()
        self.level.setCurrentIndex(max(0, self.level.findData(q.level or "")))
        values = asdict(q)
        for name in ("major", "institution", "certificate_no", "note"):
            line = self.fields[name]
            assert isinstance(line, QLineEdit)
            line.setText(values[name] or "")
        self.year.setText(str(q.year) if q.year else "")
        self.issued_on.setText(format_date(q.issued_on))
        self.valid_until.setText(format_date(q.valid_until))
        self.training_form.setCurrentText(q.training_form or "")

    def raw(self) -> dict[str, RawValue]:
        return {
            "kind": self.kind.currentData(),
            "level": self.level.currentData(),
            "major": self.major.text(),
            "institution": self.institution.text(),
            "year": self.year.text(),
            "certificate_no": self.certificate_no.text(),
            "issued_on": self.issued_on.text(),
            "valid_until": self.valid_until.text(),
            "training_form": self.training_form.currentText(),
            "note": self.note.text(),
            "uid": self._uid or "",
        }

    def _validate(self) -> tuple[QualificationInput | None, dict[str, str]]:
        parsed, errors = parse_qualification_form(self.raw())
        for name, widget in self.fields.items():
            mark(widget, errors.get(name))
        self.errors.setText("\n".join(errors[name] for name in self.fields if name in errors))  # form order
        return parsed, errors

    def _try_accept(self) -> None:
        parsed, _errors = self._validate()
        if parsed is None:
            return
        self._on_accept(parsed)
        self.accept()
