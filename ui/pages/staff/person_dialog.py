"""The person dialog: add, view and edit a person with their qualifications.

Every keystroke re-runs app.staff.form.parse_staff_form, so the dialog shows exactly the rules the
importer and the CLI apply; the computed retirement date and job-position match update live."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.dates import DateParseError, parse_date, parse_partial_date
from app.errors import UserError, ValidationFailed
from app.labels import CATEGORY_LABELS, ETHNICITIES, SEX_LABELS, STATUS_LABELS
from app.staff.form import (
    LABELS,
    RANKS,
    REQUIRED,
    FormResult,
    QualificationInput,
    RawValue,
    StaffInput,
    parse_staff_form,
)
from app.staff.service import StaffService
from app.staff.summary import summarise
from db.enums import Sex, StaffStatus
from ui.dialogs.messages import ask_confirm
from ui.i18n import format_duration, tr, tr_label
from ui.pages.staff.qualification_dialog import QualificationDialog
from ui.pages.staff.qualification_model import QualificationTableModel
from ui.widgets.forms import errors_label
from ui.widgets.validation import mark

DATE_HINT = "dd/mm/yyyy"


class PersonDialog(QDialog):
    """Emits ``saved(uid)`` after the record was written (one transaction)."""

    saved = Signal(str)

    def __init__(self, parent: QWidget | None, service: StaffService, uid: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.uid = uid
        self.rules = service.position_rules()
        self.touched: set[str] = set()
        self.qualifications_changed = False
        self.discard_confirmed = False
        self.show_all_errors = False
        self.fields: dict[str, QWidget] = {}
        self.form_order: list[str] = []  # fields as the form shows them: messages follow this order
        self.getters: dict[str, Callable[[], RawValue]] = {}

        record = service.load(uid) if uid else None
        self.status = record.status if record else StaffStatus.WORKING
        title = tr("Thêm người") if record is None else tr("Hồ sơ: {name}").format(name=record.values.get("full_name"))
        self.setWindowTitle(title)
        self.resize(860, 640)

        tabs = QTabWidget()
        tabs.addTab(self._identity_tab(), tr("Sơ yếu lý lịch"))
        tabs.addTab(self._work_tab(), tr("Công tác"))
        tabs.addTab(self._qualifications_tab(record.qualifications if record else []), tr("Trình độ, văn bằng"))
        self.tabs = tabs

        self.summary = QLabel()
        self.summary.setObjectName("personSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.messages = errors_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        summary_box = QGroupBox(tr("Ứng dụng tính"))
        QVBoxLayout(summary_box).addWidget(self.summary)
        layout.addWidget(summary_box)
        layout.addWidget(self.messages)
        layout.addWidget(buttons)

        if record:
            self._load(record.values)
        self._connect_changes()
        self.refresh()

    # ----------------------------------------------------------------------------------- widgets
    def _line(self, name: str, placeholder: str = "", max_length: int = 0) -> QLineEdit:
        w = QLineEdit()
        w.setObjectName(name)
        if placeholder:
            w.setPlaceholderText(placeholder)
        if max_length:
            w.setMaxLength(max_length)
        self.fields[name] = w
        self.getters[name] = w.text
        return w

    def _combo(self, name: str, items: list[tuple[str, str]], *, editable: bool = False) -> QComboBox:
        w = QComboBox()
        w.setObjectName(name)
        w.setEditable(editable)
        for code, label in items:
            w.addItem(label, code)
        self.fields[name] = w
        if editable:
            self.getters[name] = lambda: _editable_value(w)
        else:
            self.getters[name] = lambda: w.currentData() or ""
        return w

    def _form(self, rows: list[tuple[str, QWidget]]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, widget in rows:
            label = tr_label(LABELS.get(name, name)) + (" *" if name in REQUIRED else "")
            form.addRow(label, widget)
            if name in self.fields:
                self.form_order.append(name)
        return page

    def _identity_tab(self) -> QWidget:
        sex = self._combo("sex", [("", ""), *[(s.value, tr_label(lbl)) for s, lbl in SEX_LABELS.items()]])
        ethnicity = self._combo("ethnicity_code", [("", ""), *[(c, n) for c, n in ETHNICITIES.items()]])
        return self._form(
            [
                ("full_name", self._line("full_name", tr("Ví dụ: Nguyễn Thị Lan"))),
                ("other_name", self._line("other_name")),
                ("sex", sex),
                ("date_of_birth", self._line("date_of_birth", tr("dd/mm/yyyy (hoặc mm/yyyy, yyyy nếu chỉ biết năm)"))),
                ("ethnicity_code", ethnicity),
                ("religion", self._line("religion")),
                ("place_of_birth", self._line("place_of_birth")),
                ("home_town", self._line("home_town")),
                ("cccd", self._line("cccd", tr("12 chữ số"), 14)),
                ("phone", self._line("phone")),
                ("email", self._line("email")),
                ("address", self._line("address")),
            ]
        )

    def _work_tab(self) -> QWidget:
        category = self._combo(
            "category", [("", ""), *[(c.value, tr_label(lbl)) for c, lbl in CATEGORY_LABELS.items()]]
        )
        department = self._combo("department_uid", [("", ""), *[(d.uid, d.name) for d in self.service.departments()]])
        job = self._line("job_position", tr("Chọn hoặc gõ vị trí việc làm"))
        completer = QCompleter(self.service.job_position_names(), job)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        job.setCompleter(completer)
        rank = self._combo(
            "rank_code", [("", ""), *[(code, f"{code} – {name}") for code, name in RANKS.items()]], editable=True
        )
        party = QCheckBox(tr("Là đảng viên"))
        party.setObjectName("party_member")
        self.fields["party_member"] = party
        self.getters["party_member"] = party.isChecked
        override = self._combo(
            "qualification_match_override",
            [
                ("", tr("Theo quy tắc của vị trí việc làm")),
                ("match", tr("Phù hợp (xác nhận thủ công)")),
                ("mismatch", tr("Chưa phù hợp (xác nhận thủ công)")),
            ],
        )
        notes = QPlainTextEdit()
        notes.setObjectName("notes")
        notes.setFixedHeight(54)
        self.fields["notes"] = notes
        self.getters["notes"] = notes.toPlainText
        self.status_label = QLabel(tr_label(STATUS_LABELS[self.status]))
        return self._form(
            [
                ("category", category),
                ("department_uid", department),
                ("position", self._line("position", tr("Ví dụ: Chuyên viên, Phó Chủ tịch UBND"))),
                ("job_position", job),
                ("rank_code", rank),
                ("start_date", self._line("start_date", DATE_HINT)),
                ("general_education", self._line("general_education", "12/12")),
                ("party_member", party),
                ("party_join_date", self._line("party_join_date", DATE_HINT)),
                ("party_official_date", self._line("party_official_date", DATE_HINT)),
                ("planning_post", self._line("planning_post")),
                ("planning_term", self._line("planning_term", "2025-2030")),
                ("qualification_match_override", override),
                ("retirement_override", self._line("retirement_override", tr("Để trống: tính theo Bộ luật Lao động"))),
                ("status", self.status_label),
                ("notes", notes),
            ]
        )

    def _qualifications_tab(self, items: list) -> QWidget:  # type: ignore[type-arg]
        page = QWidget()
        self.qual_model = QualificationTableModel(items, page)
        view = QTableView()
        view.setObjectName("qualificationsView")
        view.setModel(self.qual_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.doubleClicked.connect(lambda _i: self.edit_qualification())
        self.qual_view = view
        add = QPushButton(tr("Thêm…"))
        add.setObjectName("addQualification")
        edit = QPushButton(tr("Sửa…"))
        remove = QPushButton(tr("Xóa"))
        remove.setObjectName("removeQualification")
        add.clicked.connect(self.add_qualification)
        edit.clicked.connect(self.edit_qualification)
        remove.clicked.connect(self.remove_qualification)
        buttons = QHBoxLayout()
        for b in (add, edit, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(view)
        layout.addLayout(buttons)
        hint = QLabel(tr("Văn bằng bị xóa ở đây vẫn được lưu vết trong cơ sở dữ liệu và đồng bộ lên tỉnh."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        return page

    def add_qualification(self) -> QualificationDialog:
        dialog = QualificationDialog(self, self._added)
        dialog.open()
        return dialog

    def _added(self, item: object) -> None:
        self.qual_model.add(item)  # type: ignore[arg-type]
        self.qualifications_changed = True
        self.refresh()

    def edit_qualification(self) -> QualificationDialog | None:
        row = self.qual_view.currentIndex().row()
        if row < 0:
            return None

        def replace(item: QualificationInput) -> None:
            self.qual_model.replace(row, item)
            self.qualifications_changed = True
            self.refresh()

        dialog = QualificationDialog(self, replace, self.qual_model.items[row])
        dialog.open()
        return dialog

    def remove_qualification(self) -> None:
        row = self.qual_view.currentIndex().row()
        if row >= 0:
            self.qual_model.remove(row)
            self.qualifications_changed = True
            self.refresh()

    # ------------------------------------------------------------------------------- behaviour
    def _load(self, values: dict[str, RawValue]) -> None:
        for name, widget in self.fields.items():
            value = values.get(name)
            if isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
            elif isinstance(widget, QComboBox):
                idx = widget.findData(value or "")
                if idx >= 0:
                    widget.setCurrentIndex(idx)
                elif widget.isEditable():
                    widget.setEditText(str(value or ""))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))

    def _connect_changes(self) -> None:
        for name, widget in self.fields.items():
            touch = self._toucher(name)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(touch)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(touch)
                if widget.isEditable():
                    widget.editTextChanged.connect(touch)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(touch)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(touch)

    def _toucher(self, name: str) -> Callable[..., None]:
        def touch(*_args: object) -> None:
            self.touched.add(name)
            self.refresh()

        return touch

    def raw(self) -> dict[str, RawValue]:
        values = {name: get() for name, get in self.getters.items()}
        values["status"] = self.status.value
        return values

    def refresh(self) -> FormResult:
        """Re-check the form; mark fields, list messages, update the computed summary."""
        result = parse_staff_form(self.raw())
        shown: list[str] = []
        for name in self.form_order:
            widget = self.fields[name]
            visible = self.show_all_errors or name in self.touched
            error = result.errors.get(name) if visible else None
            warning = result.warnings.get(name) if visible else None
            mark(widget, error, warning)
            if error:
                shown.append(f"• {error}")
            elif warning:
                shown.append(f"⚠ {warning}")
        self.messages.setText("\n".join(shown))
        self._update_summary(result)
        return result

    def _update_summary(self, result: FormResult) -> None:
        raw = self.raw()
        birth: date | None = None
        override: date | None = None
        with suppress(DateParseError):
            birth = parse_partial_date(str(raw.get("date_of_birth") or "")).value
        with suppress(DateParseError):
            override = parse_date(str(raw.get("retirement_override") or ""))
        sex_code = str(raw.get("sex") or "")
        summary = summarise(
            sex=Sex(sex_code) if sex_code in ("M", "F") else None,
            date_of_birth=birth,
            retirement_override=override,
            job_position=str(raw.get("job_position") or ""),
            match_override=result.data.qualification_match_override if result.data else None,
            qualifications=self.qual_model.items,
            rules=self.rules,
            today=date.today(),
        )
        left = (
            tr(" — còn {service_left_text}").format(service_left_text=format_duration(summary.months_left))
            if summary.months_left is not None
            else ""
        )
        self.summary.setText(
            tr(
                "<b>Ngày nghỉ hưu:</b> {retirement_text}{left}<br><b>Chuyên môn so với vị "
                "trí việc làm:</b> {match_text}"
            ).format(retirement_text=summary.retirement_text, left=left, match_text=tr_label(summary.match_text))
        )

    @property
    def has_changes(self) -> bool:
        return bool(self.touched) or self.qualifications_changed

    def reject(self) -> None:
        """Hủy, Esc or the window's close button: a record typed in is not thrown away without asking."""
        if not self.has_changes or self.discard_confirmed:
            super().reject()
            return

        def discard() -> None:
            self.discard_confirmed = True
            self.reject()

        ask_confirm(
            self,
            tr("Bỏ các thay đổi?"),
            tr("Hồ sơ có thay đổi chưa lưu. Đóng mà không lưu?"),
            discard,
            yes=tr("Bỏ thay đổi"),
        )

    def try_save(self) -> None:
        self.show_all_errors = True
        result = self.refresh()
        if result.data is None:
            self._focus_first_error(result.errors)
            return
        data: StaffInput = result.data
        data.qualifications = list(self.qual_model.items)
        try:
            if self.uid:
                self.service.update(self.uid, data)
                uid = self.uid
            else:
                uid = self.service.create(data)
        except ValidationFailed as exc:
            for name, message in exc.field_errors.items():
                if name in self.fields:
                    mark(self.fields[name], message)
            self.messages.setText("\n".join(f"• {m}" for m in exc.field_errors.values()))
            self._focus_first_error(exc.field_errors)
            return
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        self.saved.emit(uid)
        self.accept()

    def _focus_first_error(self, errors: dict[str, str]) -> None:
        for name in self.form_order:
            widget = self.fields[name]
            if name in errors:
                page = widget.parentWidget()
                while page is not None and self.tabs.indexOf(page) < 0:
                    page = page.parentWidget()
                if page is not None:
                    self.tabs.setCurrentWidget(page)
                widget.setFocus()
                return


def _editable_value(combo: QComboBox) -> str:
    """An editable combo shows "01.003 – Chuyên viên" but stores the code."""
    text = combo.currentText().strip()
    idx = combo.findText(text)
    if idx >= 0 and combo.itemData(idx):
        return str(combo.itemData(idx))
    return text.split(" – ")[0].strip()
