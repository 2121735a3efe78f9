"""Add or edit a course of the catalogue, and add or edit a class of a course.

A course owned by another unit (the province's catalogue, seen by a commune) opens read-only with a
note saying who may change it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.courses.catalogue import (
    CLASS_LABELS,
    COURSE_LABELS,
    ClassInfo,
    ClassInput,
    CourseInfo,
    CourseInput,
    RawValue,
    class_form_values,
    course_form_values,
    parse_class_form,
    parse_course_form,
)
from app.courses.labels import CLASS_STATUS_LABELS, COURSE_TYPE_LABELS, MODE_LABELS
from app.courses.service import CoursesService
from app.errors import UserError, ValidationFailed
from app.labels import CATEGORY_LABELS, QUALIFICATION_KIND_LABELS
from app.qualifications import levels
from db.enums import CourseMode, QualificationKind
from ui.i18n import tr, tr_label
from ui.widgets.forms import errors_label
from ui.widgets.validation import mark


class _FormDialog(QDialog):
    saved = Signal(str)

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.fields: dict[str, QWidget] = {}
        self.getters: dict[str, Callable[[], RawValue]] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.messages = errors_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Đóng"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.messages)
        layout.addWidget(self.buttons)

    def line(self, name: str, placeholder: str = "") -> QLineEdit:
        w = QLineEdit()
        w.setObjectName(name)
        w.setPlaceholderText(placeholder)
        self.fields[name], self.getters[name] = w, w.text
        return w

    def combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        w = QComboBox()
        w.setObjectName(name)
        for code, label in items:
            w.addItem(label, code)
        self.fields[name] = w
        self.getters[name] = lambda: w.currentData() or ""
        return w

    def text_box(self, name: str, height: int = 60) -> QPlainTextEdit:
        w = QPlainTextEdit()
        w.setObjectName(name)
        w.setFixedHeight(height)
        self.fields[name], self.getters[name] = w, w.toPlainText
        return w

    def check(self, name: str, label: str) -> QCheckBox:
        w = QCheckBox(label)
        w.setObjectName(name)
        self.fields[name], self.getters[name] = w, w.isChecked
        return w

    def load(self, values: dict[str, RawValue]) -> None:
        for name, widget in self.fields.items():
            value = values.get(name)
            if isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value or "")))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))

    def raw(self) -> dict[str, RawValue]:
        return {name: get() for name, get in self.getters.items()}

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, widget in self.fields.items():
            mark(widget, errors.get(name))
        self.messages.setText("\n".join(f"• {m}" for m in errors.values()))

    def read_only(self, note: str) -> None:
        for widget in self.fields.values():
            widget.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        self.messages.setStyleSheet("color:#555")
        self.messages.setText(note)

    def try_save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class CourseDialog(_FormDialog):
    """Emits ``saved(uid)``."""

    def __init__(self, parent: QWidget | None, service: CoursesService, course: CourseInfo | None = None) -> None:
        super().__init__(parent, tr("Thêm khóa học") if course is None else tr("Khóa học: {0}").format(course.name))
        self.setObjectName("courseDialog")
        self.service, self.course = service, course
        self.resize(720, 640)
        labels = COURSE_LABELS
        self.form.addRow(
            tr_label(labels["name"]) + " *", self.line("name", tr("Ví dụ: Bồi dưỡng kiến thức quản lý nhà nước"))
        )
        self.form.addRow(tr_label(labels["code"]), self.line("code"))
        self.form.addRow(
            tr_label(labels["course_type"]) + " *",
            self.combo("course_type", [("", ""), *[(t.value, tr_label(lbl)) for t, lbl in COURSE_TYPE_LABELS.items()]]),
        )
        self.form.addRow(tr_label(labels["organiser"]), self.line("organiser", tr("Sở Nội vụ, Trường Chính trị, Bộ…")))
        self.form.addRow(
            tr_label(labels["mode"]), self.combo("mode", [(m.value, tr_label(lbl)) for m, lbl in MODE_LABELS.items()])
        )
        self.form.addRow(tr_label(labels["duration_days"]), self.line("duration_days", tr("số ngày của một lớp")))
        self.form.addRow(tr_label(labels["hours"]), self.line("hours"))
        # target groups: one box per category
        cats = QWidget()
        grid = QGridLayout(cats)
        grid.setContentsMargins(0, 0, 0, 0)
        self.category_boxes: dict[str, QCheckBox] = {}
        for i, (cat, label) in enumerate(CATEGORY_LABELS.items()):
            box = QCheckBox(tr_label(label))
            box.setObjectName(f"target_{cat.value}")
            self.category_boxes[cat.value] = box
            grid.addWidget(box, i // 3, i % 3)
        self.fields["target_categories"] = cats
        self.getters["target_categories"] = lambda: ",".join(c for c, b in self.category_boxes.items() if b.isChecked())
        self.form.addRow(tr_label(labels["target_categories"]), cats)
        self.form.addRow(tr_label(labels["target_positions"]), self.text_box("target_positions", 44))
        self.form.addRow(tr_label(labels["target_note"]), self.line("target_note"))
        kinds = self.combo(
            "grants_kind",
            [("", tr("Không cấp trình độ")), *[(k.value, tr_label(v)) for k, v in QUALIFICATION_KIND_LABELS.items()]],
        )
        self.level = self.combo("grants_level", [])
        kinds.currentIndexChanged.connect(self._fill_levels)
        self.form.addRow(tr_label(labels["grants_kind"]), kinds)
        self.form.addRow(tr_label(labels["grants_level"]), self.level)
        self.form.addRow(
            tr_label(labels["grants_certificate"]),
            self.line("grants_certificate", tr("Tên chứng chỉ, giấy chứng nhận")),
        )
        self.form.addRow(
            tr_label(labels["certificate_valid_months"]),
            self.line("certificate_valid_months", tr("để trống nếu chứng chỉ không có thời hạn")),
        )
        self.form.addRow("", self.check("requires_commitment", tr_label(labels["requires_commitment"])))
        self.form.addRow(tr_label(labels["default_cost"]), self.line("default_cost", "1.500.000"))
        self.form.addRow(
            tr_label(labels["funding_source"]), self.line("funding_source", tr("Ngân sách xã, ngân sách tỉnh…"))
        )
        self.form.addRow(tr_label(labels["description"]), self.text_box("description"))
        hint = QLabel(tr("Vị trí việc làm: mỗi dòng một từ khóa (ví dụ “tư pháp”); để trống là mọi vị trí."))
        hint.setObjectName("hint")
        self.form.addRow("", hint)
        if course is not None:
            values = course_form_values(course)
            self.load(values)
            self._fill_levels()
            self.level.setCurrentIndex(max(0, self.level.findData(values["grants_level"] or "")))
            for code in str(values["target_categories"]).split(","):
                if code in self.category_boxes:
                    self.category_boxes[code].setChecked(True)
            if not service.may_edit:
                self.read_only(tr("Tài khoản của bạn chỉ được xem, không sửa được khóa học."))
            elif not service.owns(course.owner_unit):
                owner = course.owner_name or course.owner_unit
                self.read_only(
                    tr("Khóa học do {0} quản lý; chỉ đơn vị đó được sửa. Bạn vẫn có thể cử người đi học.").format(owner)
                    if service.nominates
                    else tr("Khóa học do {0} quản lý; chỉ đơn vị đó được sửa.").format(owner)
                )
        else:
            self._fill_levels()

    def _fill_levels(self) -> None:
        code = self.fields["grants_kind"].currentData()  # type: ignore[attr-defined]
        self.level.clear()
        if not code:
            self.level.setEnabled(False)
            return
        self.level.setEnabled(True)
        self.level.addItem("", "")
        for lv in levels(QualificationKind(code)):
            self.level.addItem(tr_label(lv.label), lv.code)

    def try_save(self) -> None:
        result = parse_course_form(self.raw())
        if not isinstance(result.data, CourseInput):
            self.show_errors(result.errors)
            return
        try:
            if self.course is None:
                uid = self.service.create_course(result.data)
            else:
                self.service.update_course(self.course.uid, result.data)
                uid = self.course.uid
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        self.saved.emit(uid)
        self.accept()


class ClassDialog(_FormDialog):
    """Add or edit a class of a course. Emits ``saved(uid)``."""

    def __init__(
        self,
        parent: QWidget | None,
        service: CoursesService,
        course: CourseInfo,
        klass: ClassInfo | None = None,
    ) -> None:
        title = (
            tr("Thêm lớp — {0}").format(course.name)
            if klass is None
            else tr("Lớp {0}").format(klass.code or klass.name)
        )
        super().__init__(parent, title)
        self.setObjectName("classDialog")
        self.service, self.course, self.klass = service, course, klass
        self.resize(600, 480)
        labels = CLASS_LABELS
        date_hint = "dd/mm/yyyy"
        self.form.addRow(tr_label(labels["code"]), self.line("code", tr("Ví dụ: QLNN-L01")))
        self.form.addRow(tr_label(labels["name"]) + " *", self.line("name", tr("Ví dụ: Lớp 01")))
        self.form.addRow(tr_label(labels["region"]), self.line("region", tr("Khu vực 1")))
        self.form.addRow(tr_label(labels["batch"]), self.line("batch", tr("Đợt 1")))
        self.form.addRow(tr_label(labels["venue"]), self.line("venue"))
        self.form.addRow(
            tr_label(labels["mode"]),
            self.combo(
                "mode", [("", tr("Theo khóa học")), *[(m.value, tr_label(lbl)) for m, lbl in MODE_LABELS.items()]]
            ),
        )
        self.form.addRow(tr_label(labels["start_date"]), self.line("start_date", date_hint))
        self.form.addRow(tr_label(labels["end_date"]), self.line("end_date", date_hint))
        self.form.addRow(tr_label(labels["capacity"]), self.line("capacity", "100"))
        self.form.addRow(tr_label(labels["organiser"]), self.line("organiser", course.organiser or ""))
        self.form.addRow(
            tr_label(labels["status"]),
            self.combo("status", [(s.value, tr_label(lbl)) for s, lbl in CLASS_STATUS_LABELS.items()]),
        )
        self.form.addRow(tr_label(labels["note"]), self.line("note"))
        if klass is not None:
            mode = service.class_mode(klass.uid)
            self.load(class_form_values(klass, own_mode=CourseMode(mode) if mode else None))
            if not service.may_edit:
                self.read_only(tr("Tài khoản của bạn chỉ được xem, không sửa được lớp học."))
            elif not service.owns(klass.owner_unit):
                self.read_only(tr("Lớp thuộc khóa học của {0}; chỉ đơn vị đó được sửa.").format(course.owner_name))
        elif not service.can_edit(course.owner_unit):
            self.read_only(tr("Khóa học do {0} quản lý; chỉ đơn vị đó mở lớp.").format(course.owner_name))

    def try_save(self) -> None:
        result = parse_class_form(self.raw())
        if not isinstance(result.data, ClassInput):
            self.show_errors(result.errors)
            return
        try:
            if self.klass is None:
                uid = self.service.create_class(self.course.uid, result.data)
            else:
                self.service.update_class(self.klass.uid, result.data)
                uid = self.klass.uid
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        self.saved.emit(uid)
        self.accept()
