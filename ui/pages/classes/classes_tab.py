"""The "Lớp học" tab: the classes the filters keep, and for the selected class its sessions, its roll,
the attendance grid and its conflicts; the status flow, splitting a course's learners into classes, and
the printed list, sign-in sheet, schedule and calendar file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.classes.attendance import AttendanceBelowMinimum, RollRow, percent
from app.classes.exports import EXPORT_LABELS, ExportKind
from app.classes.schedule import CalendarFilter, ClassOverview, ConflictRow
from app.classes.service import ClassesService
from app.classes.sessions import SessionRow
from app.classes.status import CLASS_STATUS_VERBS, CLASS_TRANSITIONS
from app.courses.labels import CLASS_STATUS_LABELS, NOMINATION_STATUS_LABELS
from app.courses.service import CoursesService
from app.dates import format_date
from app.errors import UserError
from app.security.permissions import Permission
from app.text import collation_key, fold
from db.enums import ClassStatus, NominationStatus
from ui.dialogs.messages import ask_confirm, choose_save_file, show_info, show_warning
from ui.i18n import tr, tr_label
from ui.pages.classes.attendance_grid import AttendanceModel, AttendanceView
from ui.pages.classes.dialogs import AttendanceOverrideDialog, GenerateDialog, MoveDialog, ReasonDialog, SessionDialog
from ui.pages.classes.planner import SplitDialog
from ui.pages.courses.course_dialog import ClassDialog
from ui.tasks import Task
from ui.widgets.forms import hint_label
from ui.widgets.notice_bar import NoticeBar
from ui.widgets.rows_model import Col, RowsModel, make_table, select_row

MUTED = "#8a8a8a"
WARN = "#b3261e"


def class_columns() -> tuple[Col[ClassOverview], ...]:
    return (
        Col(tr("Lớp"), lambda r: r.info.code or r.info.name, lambda r: collation_key(r.info.code or r.info.name), 130),
        Col(tr("Khóa học"), lambda r: r.info.course_name, lambda r: collation_key(r.info.course_name), 260),
        Col(tr("Khu vực, đợt"), lambda r: ", ".join(b for b in (r.info.region, r.info.batch) if b), None, 110),
        Col(tr("Thời gian"), lambda r: r.info.dates_text, lambda r: r.info.start_date or date.max, 160),
        Col(tr("Buổi"), lambda r: str(r.sessions), lambda r: r.sessions, 45),
        Col(
            tr("Sĩ số"),
            lambda r: f"{r.info.nominated}/{r.info.capacity}" if r.info.capacity else str(r.info.nominated),
            lambda r: r.info.nominated,
            60,
        ),
        Col(
            tr("Trạng thái"),
            lambda r: tr_label(r.info.status_label),
            lambda r: list(ClassStatus).index(r.info.status),
            150,
        ),
        Col(tr("Xung đột"), lambda r: str(len(r.conflicts)) if r.conflicts else "", lambda r: len(r.conflicts), 60),
        Col(tr("Địa điểm"), lambda r: r.info.venue or "", None, 240),
    )


def session_columns() -> tuple[Col[SessionRow], ...]:
    return (
        Col(tr("Thứ"), lambda s: tr_label(s.weekday), None, 70),
        Col(tr("Ngày"), lambda s: format_date(s.day), lambda s: s.day, 85),
        Col(tr("Buổi"), lambda s: tr_label(s.block_label), None, 50),
        Col(tr("Giờ"), lambda s: s.hours, None, 90),
        Col(tr("Nội dung"), lambda s: s.topic or "", None, 280),
        Col(tr("Giảng viên"), lambda s: s.teacher or "", None, 150),
        Col(tr("Địa điểm, phòng"), lambda s: s.place, None, 220),
    )


def roll_columns(conflicts_of: Callable[[str], list[ConflictRow]] = lambda _uid: []) -> tuple[Col[RollRow], ...]:
    """``conflicts_of(staff uid)``: the class's conflicts that concern the person."""
    return (
        Col(tr("Họ và tên"), lambda r: r.name, lambda r: r.sort_key, 180),
        Col(tr("Chức vụ, chức danh"), lambda r: r.position or "", None, 170),
        Col(tr("Đơn vị"), lambda r: r.department if not r.unit_name else f"{r.unit_name} – {r.department}", None, 220),
        Col(tr("Trạng thái"), lambda r: tr_label(NOMINATION_STATUS_LABELS[r.status]), None, 130),
        Col(
            tr("Dự học"),
            lambda r: r.summary.text if r.summary else "",
            lambda r: (r.summary.share or 0) if r.summary else 0,
            200,
        ),
        Col(
            tr("Xung đột"),
            lambda r: ", ".join(dict.fromkeys(tr_label(c.label) for c in conflicts_of(r.staff_uid))),
            lambda r: len(conflicts_of(r.staff_uid)),
            220,
        ),
    )


def conflict_columns() -> tuple[Col[ConflictRow], ...]:
    return (
        Col(tr("Loại"), lambda c: tr_label(c.label), None, 150),
        Col(tr("Ngày"), lambda c: c.dates_text, lambda c: c.dates[:1], 170),
        Col(tr("Nội dung"), lambda c: c.message, None, 700),
    )


def conflict_uid(c: ConflictRow) -> str:
    return f"{c.kind}|{c.dates}|{c.class_uids}|{c.department}|{c.person_uids[:3]}"


class ClassesTab(QWidget):
    changed = Signal()  # something the other tabs show changed (sessions, learners, status)
    show_on_calendar = Signal(object)  # a date

    def __init__(self, service: ClassesService, courses: CoursesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classesTab")
        self.service, self.courses = service, courses
        self.flt = CalendarFilter()
        self.task: Task[Path] | None = None

        self.add_button = QPushButton(tr("Thêm lớp…"))
        self.add_button.setObjectName("classAdd")
        self.edit_button = QPushButton(tr("Xem, sửa lớp…"))
        self.edit_button.setObjectName("classEdit")
        self.status_button = QToolButton()
        self.status_button.setObjectName("classStatusButton")
        self.status_button.setText(tr("Trạng thái lớp"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        status_menu = QMenu(self.status_button)
        self.status_actions = {}
        for st in (
            ClassStatus.OPEN,
            ClassStatus.RUNNING,
            ClassStatus.FINISHED,
            ClassStatus.PLANNED,
            ClassStatus.CANCELLED,
        ):
            action = status_menu.addAction(tr_label(CLASS_STATUS_VERBS[st]))
            action.triggered.connect(lambda _c=False, s=st: self.change_status(s))
            self.status_actions[st] = action
        self.status_button.setMenu(status_menu)
        self.split_button = QPushButton(tr("Chia học viên vào lớp…"))
        self.split_button.setObjectName("splitLearners")
        self.split_button.setToolTip(
            tr("Chia người được cử của khóa học (hoặc số lượng theo chức danh) thành các lớp, rồi tạo các lớp")
        )
        self.export_button = QToolButton()
        self.export_button.setObjectName("classExport")
        self.export_button.setText(tr("In, xuất tệp"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        self.export_actions: dict[tuple[ExportKind, str], object] = {}
        for kind in (ExportKind.CLASS_LIST, ExportKind.SIGN_IN, ExportKind.SCHEDULE):
            for suffix, what in ((".pdf", tr("PDF")), (".xlsx", tr("Excel"))):
                action = export_menu.addAction(f"{tr_label(EXPORT_LABELS[kind])} ({what})…")
                action.triggered.connect(lambda _c=False, k=kind, x=suffix: self.ask_export(k, x))
                self.export_actions[(kind, suffix)] = action
            export_menu.addSeparator()
        ical = export_menu.addAction(tr("Tệp lịch cho điện thoại, Outlook (.ics)…"))
        ical.triggered.connect(lambda: self.ask_export(ExportKind.ICAL, ".ics"))
        self.export_actions[(ExportKind.ICAL, ".ics")] = ical
        self.export_button.setMenu(export_menu)
        self.count = QLabel()
        actions = QHBoxLayout()
        for w in (self.add_button, self.edit_button, self.status_button, self.split_button, self.export_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.count)

        self.model: RowsModel[ClassOverview] = RowsModel(
            class_columns(), self, colour=self._class_colour, tooltip=self._class_tooltip
        )
        self.view = QTableView()
        self.view.setObjectName("classList")
        make_table(self.view, self.model)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)

        # detail: sessions, roll, attendance, conflicts
        self.header = QLabel()
        self.header.setObjectName("classHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.detail = QTabWidget()
        self.detail.setObjectName("classDetailTabs")

        self.sessions: RowsModel[SessionRow] = RowsModel(
            session_columns(),
            self,
            colour=lambda s, _c: WARN if self._day_off(s.day) else None,
            tooltip=lambda s, _c: self._day_off(s.day),
        )
        self.session_view = QTableView()
        self.session_view.setObjectName("sessionList")
        make_table(self.session_view, self.sessions)
        self.session_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.generate_button = QPushButton(tr("Lập lịch học…"))
        self.generate_button.setObjectName("generateSessions")
        self.add_session_button = QPushButton(tr("Thêm buổi…"))
        self.add_session_button.setObjectName("addSession")
        self.edit_session_button = QPushButton(tr("Sửa buổi…"))
        self.edit_session_button.setObjectName("editSession")
        self.remove_session_button = QPushButton(tr("Xóa buổi"))
        self.remove_session_button.setObjectName("removeSession")
        sbar = QHBoxLayout()
        for w in (self.generate_button, self.add_session_button, self.edit_session_button, self.remove_session_button):
            sbar.addWidget(w)
        sbar.addStretch(1)
        sessions_page = _page(sbar, self.session_view)

        self.person_conflicts: dict[str, list[ConflictRow]] = {}  # staff uid → the class's conflicts about them
        self.roll: RowsModel[RollRow] = RowsModel(
            roll_columns(lambda uid: self.person_conflicts.get(uid, [])),
            self,
            uid=lambda r: r.nomination_uid,
            colour=lambda r, c: (
                WARN
                if (c == 4 and r.summary and not r.summary.meets) or c == 5
                else (MUTED if r.status == NominationStatus.NOT_COMPLETED else None)
            ),
            tooltip=lambda r, c: (
                "\n".join(x.message for x in self.person_conflicts.get(r.staff_uid, [])) or None if c == 5 else None
            ),
        )
        self.roll_view = QTableView()
        self.roll_view.setObjectName("rollView")
        make_table(self.roll_view, self.roll)
        self.roll_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.move_button = QPushButton(tr("Chuyển sang lớp khác…"))
        self.move_button.setObjectName("moveToClass")
        self.complete_button = QPushButton(tr("Ghi nhận hoàn thành"))
        self.complete_button.setObjectName("completeSelected")
        self.complete_button.setToolTip(tr("Các học viên đã chọn (đang học) hoàn thành khóa học"))
        self.roll_note = QLabel()
        self.roll_note.setObjectName("hint")
        rbar = QHBoxLayout()
        for w in (self.move_button, self.complete_button):
            rbar.addWidget(w)
        rbar.addStretch(1)
        rbar.addWidget(self.roll_note)
        roll_page = _page(rbar, self.roll_view)

        self.grid = AttendanceModel(self)
        self.grid_view = AttendanceView()
        self.grid_view.setModel(self.grid)
        self.save_marks_button = QPushButton(tr("Lưu điểm danh"))
        self.save_marks_button.setObjectName("saveMarks")
        self.revert_marks_button = QPushButton(tr("Hoàn tác thay đổi"))
        self.revert_marks_button.setObjectName("revertMarks")
        self.fill_button = QPushButton(tr("Cả buổi có mặt"))
        self.fill_button.setObjectName("fillPresent")
        self.fill_button.setToolTip(tr("Những người chưa điểm danh ở buổi đang chọn được ghi có mặt"))
        self.grid_note = hint_label()
        gbar = QHBoxLayout()
        for w in (self.fill_button, self.save_marks_button, self.revert_marks_button):
            gbar.addWidget(w)
        gbar.addStretch(1)
        grid_page = _page(gbar, self.grid_view, self.grid_note)

        self.class_conflicts: RowsModel[ConflictRow] = RowsModel(
            conflict_columns(), self, uid=conflict_uid, colour=lambda _c, _i: WARN, tooltip=lambda c, _i: c.message
        )
        self.conflict_view = QTableView()
        self.conflict_view.setObjectName("classConflicts")
        make_table(self.conflict_view, self.class_conflicts)
        self.conflict_view.setWordWrap(True)

        self.detail.addTab(sessions_page, tr("Buổi học"))
        self.detail.addTab(roll_page, tr("Học viên"))
        self.detail.addTab(grid_page, tr("Điểm danh"))
        self.detail.addTab(self.conflict_view, tr("Xung đột"))
        detail_box = QWidget()
        dl = QVBoxLayout(detail_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.header)
        dl.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(detail_box)
        split.setSizes([280, 460])
        self.notice = NoticeBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        layout.addWidget(self.notice)

        self.all_rows: list[ClassOverview] = []
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._class_changed())
        self.view.doubleClicked.connect(lambda _i: self.open_class_dialog())
        self.add_button.clicked.connect(self.new_class)
        self.edit_button.clicked.connect(self.open_class_dialog)
        self.split_button.clicked.connect(self.open_split)
        self.generate_button.clicked.connect(self.open_generate)
        self.add_session_button.clicked.connect(lambda: self.open_session(None))
        self.edit_session_button.clicked.connect(lambda: self.open_session(self.selected_session()))
        self.session_view.doubleClicked.connect(lambda _i: self.open_session(self.selected_session()))
        self.remove_session_button.clicked.connect(self.remove_sessions)
        self.session_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.roll_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.move_button.clicked.connect(self.ask_move)
        self.complete_button.clicked.connect(self.complete_selected)
        self.save_marks_button.clicked.connect(self.save_marks)
        self.revert_marks_button.clicked.connect(self.grid.revert)
        self.fill_button.clicked.connect(self.grid_view.fill_column)
        self.grid_view.save_requested.connect(self.save_marks)
        self.grid.changed.connect(self._update_buttons)
        self.grid.invalid.connect(lambda m: self.grid_note.setText(m) if m else None)
        self.conflict_view.doubleClicked.connect(self._conflict_day)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.notice.trigger_undo)
        self._update_buttons()

    # ------------------------------------------------------------------------------ loading
    def reload(self, select_uid: str | None = None) -> None:
        keep = select_uid or (c.uid if (c := self.selected()) else None)
        self.all_rows = self.service.overview(self.flt)
        self.model.set_rows(self.all_rows)
        shown = len(self.all_rows)
        self.count.setText(tr("{0} lớp").format(shown))
        if keep and self.select_class(keep):
            return
        if self.model.rows:
            select_row(self.view, 0)
        else:
            self._class_changed()

    def set_filter(self, flt: CalendarFilter) -> None:
        self.flt = flt
        self.reload()

    def selected(self) -> ClassOverview | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def select_class(self, uid: str) -> bool:
        row = self.model.row_of(uid)
        if row < 0:
            return False
        select_row(self.view, row)
        self.view.scrollTo(self.model.index(row, 0))
        self._class_changed()
        return True

    def _class_colour(self, r: ClassOverview, col: int) -> str | None:
        if col == 7 and r.conflicts:
            return WARN
        if col == 5 and r.info.capacity is not None and r.info.nominated > r.info.capacity:
            return WARN
        if r.info.status in (ClassStatus.CANCELLED, ClassStatus.FINISHED):
            return MUTED
        return None

    def _class_tooltip(self, r: ClassOverview, col: int) -> str | None:
        if col == 7 and r.conflicts:
            return "\n".join(f"• {c.message}" for c in r.conflicts[:8])
        return None

    def _day_off(self, day: date) -> str | None:
        off = self.service.calendar.day_off(day)
        return off.label if off is not None else None

    def _class_changed(self) -> None:
        row = self.selected()
        if row is None:
            self.header.setText(tr("<span style='color:#777'>Chọn một lớp.</span>"))
            self.sessions.set_rows([])
            self.roll.set_rows([])
            self.grid.load(None)
            self.class_conflicts.set_rows([])
            self._update_buttons()
            return
        k = row.info
        self.sessions.set_rows(self.service.sessions(k.uid))
        self.person_conflicts = {}
        for c in row.conflicts:
            for uid in c.person_uids:
                self.person_conflicts.setdefault(uid, []).append(c)
        self.roll.set_rows(self.service.roll(k.uid))
        self.grid.load(self.service.attendance_sheet(k.uid))
        self.class_conflicts.set_rows(row.conflicts)
        self.grid_view.resizeColumnToContents(self.grid.sessions)
        self.detail.setTabText(3, tr("Xung đột ({0})").format(len(row.conflicts)) if row.conflicts else tr("Xung đột"))
        reason = self.service.cancel_reason(k.uid) if k.status == ClassStatus.CANCELLED else None
        size = f"{k.nominated}/{k.capacity}" if k.capacity else str(k.nominated)
        over = k.capacity is not None and k.nominated > k.capacity
        title = f"{k.code} – {k.name}" if k.code and k.code != k.name else k.name
        bits = [
            f"<b style='font-size:13pt'>{escape(title)}</b> &nbsp; {escape(k.course_name)}",
            tr("{0} · {1} buổi · sĩ số <span style='color:{2}'>{3}</span> · {4}").format(
                escape(k.dates_text or tr("chưa có ngày")),
                row.sessions,
                WARN if over else "#222",
                size,
                escape(tr_label(k.status_label)),
            )
            + (f" · {escape(k.venue)}" if k.venue else ""),
        ]
        if reason:
            bits.append(f"<span style='color:{WARN}'>" + escape(tr("Lý do hủy: {0}").format(reason)) + "</span>")
        self.header.setText("<br>".join(bits))
        sheet = self.grid.sheet
        if sheet is not None and not sheet.editable:
            self.grid_note.setText(
                tr("Điểm danh do đơn vị tổ chức lớp ({0}) thực hiện; ở đây chỉ xem.").format(sheet.owner_name)
            )
        elif sheet is not None:
            self.grid_note.setText(
                tr(
                    "Gõ x (có mặt), p (vắng có phép), k (vắng không phép); Phím cách đổi lần lượt; Delete xóa; "
                    "Ctrl+S lưu. Tối thiểu {0} số buổi để được ghi nhận hoàn thành."
                ).format(percent(sheet.minimum))
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        k = row.info if row else None
        own = k is not None and self.service.can_edit(k.owner_unit)
        self.edit_button.setEnabled(k is not None)
        self.status_button.setEnabled(own)
        if k is not None:
            for st, action in self.status_actions.items():
                action.setEnabled(own and st in CLASS_TRANSITIONS[k.status])
        self.split_button.setEnabled(bool(self.flt.course_uid) or k is not None)
        self.export_button.setEnabled(k is not None)
        self.add_button.setEnabled(self.service.can(Permission.EDIT_RECORDS))
        self.generate_button.setEnabled(own)
        self.add_session_button.setEnabled(own)
        picked = self.session_view.selectionModel().selectedRows()
        self.edit_session_button.setEnabled(k is not None and len(picked) == 1)
        self.remove_session_button.setEnabled(own and bool(picked))
        people = self.selected_people()
        open_class = k is not None and k.status not in (ClassStatus.CANCELLED,)
        self.move_button.setEnabled(open_class and bool(people) and all(p.own for p in people))
        self.complete_button.setEnabled(
            bool(people) and all(p.own and p.status == NominationStatus.STUDYING for p in people)
        )
        pending = bool(self.grid.pending)
        self.save_marks_button.setEnabled(pending)
        self.revert_marks_button.setEnabled(pending)
        self.fill_button.setEnabled(self.grid.editable)
        if k is not None and not own:
            self.roll_note.setText(tr("Lớp do đơn vị {0} quản lý.").format(k.owner_unit))
        else:
            self.roll_note.setText("")

    # ------------------------------------------------------------------------------ class actions
    def new_class(self) -> ClassDialog | None:
        course_uid = self.flt.course_uid or (r.info.course_uid if (r := self.selected()) else None)
        if course_uid is None:
            show_info(self, tr("Thêm lớp"), tr("Hãy chọn khóa học ở ô “Khóa học” phía trên trước."))
            return None
        course = self.courses.course(course_uid)
        dialog = ClassDialog(self, self.courses, course)
        dialog.saved.connect(self._saved_class)
        dialog.open()
        return dialog

    def open_class_dialog(self) -> ClassDialog | None:
        row = self.selected()
        if row is None:
            return None
        course = self.courses.course(row.info.course_uid)
        dialog = ClassDialog(self, self.courses, course, row.info)
        dialog.saved.connect(self._saved_class)
        dialog.open()
        return dialog

    def _saved_class(self, uid: str) -> None:
        self.reload(uid)
        self.changed.emit()

    def change_status(self, status: ClassStatus) -> None:
        row = self.selected()
        if row is None:
            return
        k = row.info
        if status == ClassStatus.CANCELLED:
            dialog = ReasonDialog(
                self,
                tr("Hủy lớp {0}").format(k.code or k.name),
                tr("Lý do hủy lớp (ghi vào ghi chú của lớp; các lượt cử vẫn được giữ để xếp lớp khác):"),
                tr("Hủy lớp"),
            )
            dialog.chosen.connect(lambda reason: self._set_status(k.uid, status, reason))
            dialog.open()
            return
        self._set_status(k.uid, status, None)

    def _set_status(self, uid: str, status: ClassStatus, reason: str | None) -> None:
        try:
            change = self.service.set_status(uid, status, reason=reason)
        except UserError as exc:
            show_warning(self, tr("Không đổi được trạng thái lớp"), str(exc))
            return
        self.reload(uid)
        self.changed.emit()

        def undo() -> None:
            try:
                self.service.set_status(uid, change.old, reason=self.service.cancel_reason(uid))
            except UserError as exc:
                show_warning(self, tr("Không hoàn tác được"), str(exc))
            self.reload(uid)
            self.changed.emit()

        back = change.old in CLASS_TRANSITIONS[change.new] and change.old != ClassStatus.CANCELLED
        self.notice.show_notice(
            tr("Lớp chuyển sang “{0}”.").format(tr_label(CLASS_STATUS_LABELS[change.new])), undo=undo if back else None
        )

    def open_split(self) -> SplitDialog | None:
        course_uid = self.flt.course_uid or (r.info.course_uid if (r := self.selected()) else None)
        if course_uid is None:
            return None
        dialog = SplitDialog(self, self.service, self.courses.course(course_uid))
        dialog.created.connect(self._split_done)
        dialog.open()
        return dialog

    def _split_done(self, uids: list[str]) -> None:
        self.reload(uids[0] if uids else None)
        self.changed.emit()
        self.notice.show_notice(tr("Đã tạo {0} lớp.").format(len(uids)))

    # ------------------------------------------------------------------------------ sessions
    def selected_session(self) -> SessionRow | None:
        indexes = self.session_view.selectionModel().selectedRows()
        return self.sessions.row_at(indexes[0]) if len(indexes) == 1 else None

    def open_generate(self) -> GenerateDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = GenerateDialog(self, self.service, row.info, bool(self.sessions.rows))
        dialog.saved.connect(lambda n: self._sessions_saved(tr("Đã thêm {0} buổi học.").format(n)))
        dialog.open()
        return dialog

    def open_session(self, session: SessionRow | None) -> SessionDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = SessionDialog(self, self.service, row.info, session)
        if session is not None and not self.service.can_edit(row.info.owner_unit):
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).hide()
            for w in dialog.fields.values():
                w.setEnabled(False)
        dialog.saved.connect(lambda _uid: self._sessions_saved(tr("Đã lưu buổi học.")))
        dialog.open()
        return dialog

    def _sessions_saved(self, text: str) -> None:
        row = self.selected()
        self.reload(row.uid if row else None)
        self.changed.emit()
        self.notice.show_notice(text)

    def remove_sessions(self) -> None:
        picked = [r for i in self.session_view.selectionModel().selectedRows() if (r := self.sessions.row_at(i))]
        if not picked:
            return
        marks = self.service.marks_at([s.uid for s in picked])
        text = tr("Xóa {0} buổi học ({1})?").format(len(picked), ", ".join(s.label for s in picked[:4]))
        if marks:
            text += "\n" + tr("Đã điểm danh {0} lượt ở các buổi này; phần điểm danh đó cũng bị xóa.").format(marks)

        def go() -> None:
            try:
                done = self.service.remove_sessions([s.uid for s in picked])
            except UserError as exc:
                show_warning(self, tr("Không xóa được"), str(exc))
                return
            self._sessions_saved(tr("Đã xóa {0} buổi học.").format(done.sessions))

        ask_confirm(self, tr("Xóa buổi học"), text, go, yes=tr("Xóa"))

    # ------------------------------------------------------------------------------ roll
    def selected_people(self) -> list[RollRow]:
        return [r for i in self.roll_view.selectionModel().selectedRows() if (r := self.roll.row_at(i))]

    def ask_move(self) -> MoveDialog | None:
        row, people = self.selected(), self.selected_people()
        if row is None or not people:
            return None
        others = [
            k
            for k in self.service.classes(row.info.course_uid)
            if k.uid != row.info.uid and k.status not in (ClassStatus.CANCELLED, ClassStatus.FINISHED)
        ]
        dialog = MoveDialog(self, others, [p.name for p in people])
        dialog.chosen.connect(lambda uid: self.move_to(uid, [p.nomination_uid for p in people]))
        dialog.open()
        return dialog

    def move_to(self, class_uid: str, nomination_uids: list[str]) -> bool:
        source = self.selected()
        try:
            self.service.move_to_class(nomination_uids, class_uid)
        except UserError as exc:
            show_warning(self, tr("Không chuyển được"), str(exc))
            return False
        self.reload(source.uid if source else None)
        self.changed.emit()

        def undo() -> None:
            if source is not None:
                self.move_to(source.uid, nomination_uids)

        self.notice.show_notice(tr("Đã chuyển {0} học viên sang lớp khác.").format(len(nomination_uids)), undo=undo)
        return True

    def complete_selected(self, *, override: str | None = None) -> None:
        people = [p for p in self.selected_people() if p.status == NominationStatus.STUDYING]
        if not people:
            return
        uids = [p.nomination_uid for p in people]
        if override is None:
            short = self.courses.attendance_shortfalls(uids)
            if short.people:
                dialog = AttendanceOverrideDialog(self, short.minimum, short.people)
                dialog.confirmed.connect(lambda reason: self.complete_selected(override=reason))
                dialog.open()
                return
        done = 0
        try:
            for uid in uids:
                self.courses.change_status(uid, NominationStatus.COMPLETED, attendance_override=override)
                done += 1
        except AttendanceBelowMinimum as exc:
            show_warning(self, tr("Chưa ghi nhận hoàn thành"), str(exc))
        except UserError as exc:
            show_warning(self, tr("Không chuyển được trạng thái"), str(exc))
        row = self.selected()
        self.reload(row.uid if row else None)
        self.changed.emit()
        if done:
            self.notice.show_notice(tr("Đã ghi nhận {0} học viên hoàn thành khóa học.").format(done))

    # ------------------------------------------------------------------------------ attendance
    def save_marks(self) -> None:
        row = self.selected()
        if row is None or not self.grid.pending:
            return
        try:
            saved = self.service.save_marks(row.uid, self.grid.pending)
        except UserError as exc:
            show_warning(self, tr("Chưa lưu được điểm danh"), str(exc))
            return
        self.reload(row.uid)
        self.detail.setCurrentIndex(2)
        self.notice.show_notice(tr("Đã lưu điểm danh ({0} ô).").format(saved.total))

    def has_pending_marks(self) -> bool:
        return bool(self.grid.pending)

    # ------------------------------------------------------------------------------ exports
    def ask_export(self, kind: ExportKind, suffix: str) -> None:
        row = self.selected()
        if row is None:
            return
        k = row.info
        stem = {
            ExportKind.CLASS_LIST: "danh-sach",
            ExportKind.SIGN_IN: "ky-ten",
            ExportKind.SCHEDULE: "lich-hoc",
            ExportKind.ICAL: "lich",
        }[kind]
        name = f"{stem}-{fold(k.code or k.name).replace(' ', '-')}{suffix}"
        filters = {".pdf": tr("Tệp PDF (*.pdf)"), ".xlsx": tr("Tệp Excel (*.xlsx)"), ".ics": tr("Tệp lịch (*.ics)")}
        choose_save_file(
            self,
            tr_label(EXPORT_LABELS[kind]),
            filters[suffix],
            lambda path: self.export(k.uid, kind, path.with_suffix(suffix) if path.suffix.lower() != suffix else path),
            suggested=Path.home() / name,
        )

    def export(
        self, class_uid: str, kind: ExportKind, path: Path, on_done: Callable[[Path], None] | None = None
    ) -> None:
        def done(out: Path) -> None:
            self.notice.show_notice(tr("Đã lưu {0}").format(out))
            if on_done is not None:
                on_done(out)

        self.task = Task(
            self,
            tr("Đang xuất {0}…").format(tr_label(EXPORT_LABELS[kind]).lower()),
            lambda report: self.service.export_class(class_uid, kind, path, report),
            done,
        )

    def _conflict_day(self, index: object) -> None:
        indexes = self.conflict_view.selectionModel().selectedRows()
        c = self.class_conflicts.row_at(indexes[0]) if indexes else None
        if c is not None and c.dates:
            self.show_on_calendar.emit(c.dates[0])


def _page(bar: QHBoxLayout, view: QWidget, below: QWidget | None = None) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addLayout(bar)
    layout.addWidget(view, 1)
    if below is not None:
        layout.addWidget(below)
    return page


__all__ = ["ClassesTab", "QTextBrowser"]
