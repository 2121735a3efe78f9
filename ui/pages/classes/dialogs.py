"""Dialogs of the classes page: a session (add, edit), the schedule maker (dates + blocks → sessions,
with a preview of the days and of the days off it skips), a reason (cancelling a class), completing
below the attendance minimum (the reason for the override), and moving learners to another class.

Each is shown with ``open()`` and answers through a signal; none runs a nested event loop."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.classes.attendance import AttendanceSummary, percent
from app.classes.service import ClassesService
from app.classes.sessions import SESSION_LABELS, SessionDefaults, SessionRow, parse_session_form, session_form_values
from app.courses.catalogue import ClassInfo
from app.dates import format_date
from app.errors import UserError, ValidationFailed
from app.scheduling.generate import GeneratedSessions, SessionPattern
from app.scheduling.sessions import BLOCK_LABELS, BLOCK_TIMES, WEEKDAY_NAMES, TimeBlock
from ui.i18n import tr, tr_label
from ui.widgets.forms import dialog_buttons, errors_label
from ui.widgets.validation import mark


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date | None, name: str) -> QDateEdit:
    w = QDateEdit()
    w.setObjectName(name)
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd/MM/yyyy")
    w.setDate(qdate(day or date.today()))
    return w


class SessionDialog(QDialog):
    """Add or edit one session. Emits ``saved(uid)``."""

    saved = Signal(str)

    def __init__(
        self, parent: QWidget | None, service: ClassesService, klass: ClassInfo, row: SessionRow | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Thêm buổi học") if row is None else tr("Buổi học {0}").format(row.label))
        self.resize(560, 420)
        self.service, self.klass, self.row = service, klass, row
        self.fields: dict[str, QWidget] = {}
        self.day = QLineEdit()
        self.block = QComboBox()
        self.block.setObjectName("block")
        for b in TimeBlock:
            start, end = BLOCK_TIMES[b]
            self.block.addItem(f"{tr_label(BLOCK_LABELS[b])} ({start:%H:%M}–{end:%H:%M})", b.value)
        self.block.addItem(tr("Giờ khác"), "")
        self.start = QLineEdit()
        self.end = QLineEdit()
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(klass.venue or "")
        self.room = QLineEdit()
        self.topic = QLineEdit()
        self.teacher = QLineEdit()
        self.note = QLineEdit()
        widgets: tuple[tuple[str, QWidget], ...] = (
            ("day", self.day),
            ("block", self.block),
            ("start", self.start),
            ("end", self.end),
            ("venue", self.venue),
            ("room", self.room),
            ("topic", self.topic),
            ("teacher", self.teacher),
            ("note", self.note),
        )
        for name, widget in widgets:
            widget.setObjectName(f"session_{name}")
            self.fields[name] = widget
        self.day.setPlaceholderText("dd/mm/yyyy")
        self.start.setPlaceholderText("07:30")
        self.end.setPlaceholderText("11:30")
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        form = QFormLayout()
        form.addRow(tr_label(SESSION_LABELS["day"]) + " *", self.day)
        form.addRow(tr_label(SESSION_LABELS["block"]), self.block)
        form.addRow(tr("Giờ học"), times)
        form.addRow(tr_label(SESSION_LABELS["topic"]), self.topic)
        form.addRow(tr_label(SESSION_LABELS["teacher"]), self.teacher)
        form.addRow(tr_label(SESSION_LABELS["venue"]), self.venue)
        form.addRow(tr_label(SESSION_LABELS["room"]), self.room)
        form.addRow(tr_label(SESSION_LABELS["note"]), self.note)
        self.messages = errors_label()
        self.buttons = dialog_buttons(tr("Lưu"), dialog=self, cancel=tr("Đóng"))
        self.buttons.accepted.connect(self.try_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messages)
        layout.addWidget(self.buttons)
        self.block.currentIndexChanged.connect(self._block_changed)
        if row is not None:
            values = session_form_values(row)
            self.day.setText(values["day"])
            self.block.setCurrentIndex(max(0, self.block.findData(values["block"])))
            for name in ("start", "end", "venue", "room", "topic", "teacher", "note"):
                w = self.fields[name]
                assert isinstance(w, QLineEdit)
                w.setText(values[name])
        else:
            self.day.setText(format_date(klass.start_date or date.today()))
        self._block_changed()

    def _block_changed(self) -> None:
        code = self.block.currentData()
        if code:
            start, end = BLOCK_TIMES[TimeBlock(code)]
            self.start.setText(f"{start:%H:%M}")
            self.end.setText(f"{end:%H:%M}")

    def raw(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {"block": self.block.currentData() or ""}
        for name, w in self.fields.items():
            if isinstance(w, QLineEdit):
                out[name] = w.text()
        if out["block"]:
            start, end = BLOCK_TIMES[TimeBlock(str(out["block"]))]
            if (out["start"], out["end"]) != (f"{start:%H:%M}", f"{end:%H:%M}"):
                out["block"] = ""  # times changed by hand: a session with its own times
        return out

    def try_save(self) -> None:
        try:
            data = parse_session_form(self.raw())
            if self.row is None:
                uid = self.service.add_session(self.klass.uid, data)
            else:
                self.service.update_session(self.row.uid, data)
                uid = self.row.uid
        except ValidationFailed as exc:
            for name, w in self.fields.items():
                mark(w, exc.field_errors.get(name))
            self.messages.setText("\n".join(f"• {m}" for m in exc.field_errors.values()))
            return
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        self.saved.emit(uid)
        self.accept()


class GenerateDialog(QDialog):
    """Make a class's sessions from a pattern, with a live preview. Emits ``saved(int)`` (sessions added)."""

    saved = Signal(int)

    def __init__(self, parent: QWidget | None, service: ClassesService, klass: ClassInfo, has_sessions: bool) -> None:
        super().__init__(parent)
        self.setObjectName("generateDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Lập lịch học — lớp {0}").format(klass.code or klass.name))
        self.resize(760, 560)
        self.service, self.klass = service, klass
        self.start = date_edit(klass.start_date, "generateStart")
        self.by_end = QRadioButton(tr("đến ngày"))
        self.by_end.setObjectName("byEnd")
        self.end = date_edit(klass.end_date or klass.start_date, "generateEnd")
        self.by_days = QRadioButton(tr("số ngày học"))
        self.by_days.setObjectName("byDays")
        self.days = QSpinBox()
        self.days.setObjectName("generateDays")
        self.days.setRange(1, 400)
        self.days.setValue(2)
        (self.by_end if klass.end_date else self.by_days).setChecked(True)
        self.block_boxes: dict[TimeBlock, QCheckBox] = {}
        blocks = QHBoxLayout()
        for b in TimeBlock:
            start, end = BLOCK_TIMES[b]
            box = QCheckBox(f"{tr_label(BLOCK_LABELS[b])} ({start:%H:%M}–{end:%H:%M})")
            box.setObjectName(f"block_{b.value}")
            box.setChecked(b != TimeBlock.EVENING)
            self.block_boxes[b] = box
            blocks.addWidget(box)
        blocks.addStretch(1)
        self.weekday_boxes: list[QCheckBox] = []
        weekdays = QHBoxLayout()
        for i, name in enumerate(WEEKDAY_NAMES):
            box = QCheckBox(tr_label(name))
            box.setObjectName(f"weekday_{i}")
            box.setChecked(i < 5)
            self.weekday_boxes.append(box)
            weekdays.addWidget(box)
        weekdays.addStretch(1)
        self.skip = QCheckBox(tr("Bỏ qua ngày nghỉ lễ, Tết, nghỉ bù"))
        self.skip.setObjectName("skipHolidays")
        self.skip.setChecked(True)
        self.replace = QCheckBox(tr("Thay toàn bộ lịch hiện có của lớp"))
        self.replace.setObjectName("replaceSchedule")
        self.replace.setVisible(has_sessions)
        self.room = QLineEdit()
        self.room.setObjectName("generateRoom")
        self.teacher = QLineEdit()
        self.teacher.setObjectName("generateTeacher")
        self.topic = QLineEdit()
        self.topic.setObjectName("generateTopic")
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Từ ngày")), 0, 0)
        grid.addWidget(self.start, 0, 1)
        grid.addWidget(self.by_end, 0, 2)
        grid.addWidget(self.end, 0, 3)
        grid.addWidget(self.by_days, 0, 4)
        grid.addWidget(self.days, 0, 5)
        form = QFormLayout()
        form.addRow(tr("Thời gian"), grid)
        form.addRow(tr("Các buổi trong ngày"), blocks)
        form.addRow(tr("Học vào các thứ"), weekdays)
        form.addRow("", self.skip)
        form.addRow(tr("Phòng học"), self.room)
        form.addRow(tr("Giảng viên"), self.teacher)
        form.addRow(tr("Nội dung"), self.topic)
        form.addRow("", self.replace)
        self.preview = QTextBrowser()
        self.preview.setObjectName("generatePreview")
        self.messages = errors_label()
        self.buttons = dialog_buttons(tr("Thêm vào lịch"), dialog=self, cancel=tr("Đóng"))
        self.buttons.accepted.connect(self.try_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("<b>Xem trước</b>")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.messages)
        layout.addWidget(self.buttons)
        self.generated: GeneratedSessions | None = None
        for w in (self.start, self.end):
            w.dateChanged.connect(lambda _d: self.update_preview())
        self.days.valueChanged.connect(lambda _v: self.update_preview())
        for radio in (self.by_end, self.by_days):
            radio.toggled.connect(lambda _c: self.update_preview())
        for box in [*self.block_boxes.values(), *self.weekday_boxes, self.skip]:
            box.toggled.connect(lambda _c: self.update_preview())
        self.update_preview()

    def pattern(self) -> SessionPattern:
        return SessionPattern(
            pydate(self.start.date()),
            pydate(self.end.date()) if self.by_end.isChecked() else None,
            None if self.by_end.isChecked() else self.days.value(),
            blocks=tuple(b for b, box in self.block_boxes.items() if box.isChecked()),
            weekdays=frozenset(i for i, box in enumerate(self.weekday_boxes) if box.isChecked()),
            skip_holidays=self.skip.isChecked(),
        )

    def update_preview(self) -> None:
        self.end.setEnabled(self.by_end.isChecked())
        self.days.setEnabled(self.by_days.isChecked())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.generated = self.service.preview_sessions(self.pattern())
        except UserError as exc:
            self.generated = None
            self.preview.setHtml(f"<p style='color:#b3261e'>{exc}</p>")
            ok.setEnabled(False)
            return
        g = self.generated
        ok.setEnabled(bool(g.sessions))
        days = g.study_days
        lines = [
            tr("<p><b>{0} buổi học trong {1} ngày</b>{2}</p>").format(
                len(g.sessions),
                len(days),
                tr(": từ {0} đến {1}").format(format_date(days[0]), format_date(days[-1])) if days else "",
            )
        ]
        if g.skipped:
            lines.append(
                "<p style='color:#b3261e'>"
                + tr("Bỏ qua ngày nghỉ:")
                + "<br>"
                + "<br>".join(d.label for d in g.skipped)
                + "</p>"
            )
        if g.weekend_days:
            lines.append(
                "<p style='color:#b3261e'>"
                + tr("Có buổi học vào cuối tuần: {0}").format(", ".join(format_date(d) for d in g.weekend_days))
                + "</p>"
            )
        by_day: dict[date, list[str]] = {}
        for s in g.sessions:
            by_day.setdefault(s.day, []).append(f"{s.start:%H:%M}–{s.end:%H:%M}")
        rows = "".join(
            f"<tr><td>{tr_label(WEEKDAY_NAMES[d.weekday()])}</td><td>{format_date(d)}</td><td>{', '.join(t)}</td></tr>"
            for d, t in list(by_day.items())[:120]
        )
        more = len(by_day) - 120
        lines.append(f"<table cellspacing='0' cellpadding='2'>{rows}</table>")
        if more > 0:
            lines.append(tr("<p>… và {0} ngày nữa</p>").format(more))
        self.preview.setHtml("".join(lines))

    def try_save(self) -> None:
        if self.generated is None:
            return
        try:
            added = self.service.add_generated(
                self.klass.uid,
                self.generated,
                defaults=SessionDefaults(
                    room=self.room.text().strip() or None,
                    teacher=self.teacher.text().strip() or None,
                    topic=self.topic.text().strip() or None,
                ),
                replace=self.replace.isChecked(),
            )
        except UserError as exc:
            self.messages.setText(f"• {exc}")
            return
        self.saved.emit(len(added.added))
        self.accept()


class ReasonDialog(QDialog):
    """Ask for a reason (cancelling a class). Emits ``chosen(text)``."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None, title: str, prompt: str, ok: str) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.resize(480, 200)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.buttons = dialog_buttons(ok, dialog=self, cancel=tr("Đóng"))
        self.buttons.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))

    def _accept(self) -> None:
        text = self.reason.text().strip()
        if text:
            self.chosen.emit(text)
            self.accept()


class AttendanceOverrideDialog(QDialog):
    """Completing people who attended less than the minimum: who, how much, and the reason that must be
    given to go ahead. Emits ``confirmed(reason)``."""

    confirmed = Signal(str)

    def __init__(
        self, parent: QWidget | None, minimum: float, people: Sequence[tuple[str, str, AttendanceSummary]]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceOverrideDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Chưa dự đủ số buổi học"))
        self.resize(560, 360)
        head = QLabel(
            tr(
                "Quy định của đơn vị: phải dự ít nhất {0} số buổi học để được ghi nhận hoàn thành. "
                "Những người dưới đây chưa đủ:"
            ).format(percent(minimum))
        )
        head.setWordWrap(True)
        listing = QTextBrowser()
        listing.setObjectName("shortfallList")
        listing.setHtml(
            "<ul>"
            + "".join(
                "<li>" + tr("<b>{0}</b>: dự {1}").format(name, summary.text) + "</li>" for _uid, name, summary in people
            )
            + "</ul>"
        )
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(tr("Ví dụ: Đã học bù các buổi vắng theo xác nhận của cơ sở đào tạo"))
        self.reason.setFixedHeight(70)
        self.buttons = dialog_buttons(tr("Vẫn ghi nhận hoàn thành"), dialog=self, cancel=tr("Đóng"))
        self.buttons.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(listing, 1)
        layout.addWidget(QLabel(tr("Lý do vẫn ghi nhận hoàn thành (lưu vào lịch sử):")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.toPlainText().strip()))

    def _accept(self) -> None:
        text = self.reason.toPlainText().strip()
        if text:
            self.confirmed.emit(text)
            self.accept()


class MoveDialog(QDialog):
    """Pick the class to move learners to (another class of the same course). Emits ``chosen(uid)``."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None, classes: Sequence[ClassInfo], names: Sequence[str]) -> None:
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Chuyển sang lớp khác"))
        self.resize(560, 200)
        who = ", ".join(names[:5]) + (tr(" và {0} người khác").format(len(names) - 5) if len(names) > 5 else "")
        label = QLabel(tr("Chuyển {0} sang lớp:").format(who))
        label.setWordWrap(True)
        self.target = QComboBox()
        self.target.setObjectName("moveTarget")
        for k in classes:
            size = f"{k.nominated}/{k.capacity}" if k.capacity else str(k.nominated)
            self.target.addItem(f"{k.label} ({size})", k.uid)
        self.buttons = dialog_buttons(tr("Chuyển"), dialog=self, cancel=tr("Đóng"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(classes))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.target)
        if not classes:
            layout.addWidget(QLabel(tr("Khóa học chưa có lớp nào khác đang nhận học viên.")))
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        uid = self.target.currentData()
        if uid:
            self.chosen.emit(uid)
            self.accept()
