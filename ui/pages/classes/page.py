"""The "Lớp học, lịch học" page: the calendar of sessions (month, week), the classes with their sessions,
roll, attendance and conflicts, and all the conflicts of the schedule — filtered together by course,
department and person (a person's own schedule)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.classes.schedule import CalendarFilter, ConflictRow
from app.classes.service import ClassesService
from app.courses.service import CoursesService
from app.scheduling.conflicts import KIND_LABELS, ConflictKind
from app.text import fold
from ui.dialogs.messages import choose_save_file
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.pages.classes.calendar import CalendarWidget, set_course_order
from ui.pages.classes.classes_tab import ClassesTab, conflict_columns, conflict_uid
from ui.tasks import Task
from ui.widgets.notice_bar import NoticeBar
from ui.widgets.rows_model import RowsModel, make_table

WARN = "#b3261e"


class ClassesPage(QWidget):
    title = QT_TRANSLATE_NOOP("", "Lớp học, lịch học")
    navigate = Signal(str, str)

    def __init__(self, service: ClassesService, courses: CoursesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classesPage")
        self.service, self.courses = service, courses
        self.task: Task[Path] | None = None
        self.loaded = False

        self.course = QComboBox()
        self.course.setObjectName("filterCourse")
        self.course.setMinimumWidth(260)
        self.department = QComboBox()
        self.department.setObjectName("filterDepartment")
        self.person = QComboBox()
        self.person.setObjectName("filterPerson")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setMinimumWidth(220)
        completer = QCompleter(self.person.model(), self.person)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person.setCompleter(completer)
        self.clear_button = QPushButton(tr("Bỏ lọc"))
        self.clear_button.setObjectName("clearFilters")
        self.print_button = QPushButton(tr("In lịch…"))
        self.print_button.setObjectName("printSchedule")
        self.print_button.setToolTip(
            tr("Lịch học của khoảng đang xem (tháng hoặc tuần), theo bộ lọc, ra PDF hoặc Excel")
        )
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Khóa học:")))
        filters.addWidget(self.course, 2)
        filters.addWidget(QLabel(tr("Phòng, ban:")))
        filters.addWidget(self.department, 1)
        filters.addWidget(QLabel(tr("Người:")))
        filters.addWidget(self.person, 1)
        filters.addWidget(self.clear_button)
        filters.addWidget(self.print_button)

        self.calendar = CalendarWidget()
        self.classes = ClassesTab(service, courses)

        # all conflicts
        self.conflicts: RowsModel[ConflictRow] = RowsModel(
            conflict_columns(), self, uid=conflict_uid, colour=lambda _c, _i: WARN, tooltip=lambda c, _i: c.message
        )
        self.conflict_view = QTableView()
        self.conflict_view.setObjectName("conflictList")
        make_table(self.conflict_view, self.conflicts)
        self.conflict_view.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("conflictKind")
        self.kind.addItem(tr("Mọi loại xung đột"), "")
        for k in ConflictKind:
            self.kind.addItem(tr_label(KIND_LABELS[k]), k.value)
        self.upcoming = QCheckBox(tr("Chỉ từ hôm nay trở đi"))
        self.upcoming.setObjectName("upcomingOnly")
        self.upcoming.setChecked(True)
        self.conflict_count = QLabel()
        cbar = QHBoxLayout()
        cbar.addWidget(self.kind)
        cbar.addWidget(self.upcoming)
        cbar.addStretch(1)
        cbar.addWidget(self.conflict_count)
        conflicts_page = QWidget()
        cl = QVBoxLayout(conflicts_page)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(cbar)
        cl.addWidget(self.conflict_view, 1)
        hint = QLabel(tr("Nhấn đúp một xung đột để xem ngày đó trên lịch."))
        hint.setObjectName("hint")
        cl.addWidget(hint)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("classesPageTabs")
        self.tabs.addTab(self.calendar, tr("Lịch"))
        self.tabs.addTab(self.classes, tr("Lớp học"))
        self.tabs.addTab(conflicts_page, tr("Xung đột"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)

        self.calendar.range_changed.connect(self._load_calendar)
        self.calendar.open_class.connect(self.show_class)
        self.classes.show_on_calendar.connect(self.show_day)
        for combo in (self.course, self.department):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.person.activated.connect(lambda _i: self.apply_filter())
        line = self.person.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._person_typed)
        self.clear_button.clicked.connect(self.clear_filters)
        self.print_button.clicked.connect(self.ask_print)
        self.kind.currentIndexChanged.connect(lambda _i: self.load_conflicts())
        self.upcoming.toggled.connect(lambda _c: self.load_conflicts())
        self.conflict_view.doubleClicked.connect(lambda _i: self._conflict_day())
        self.tabs.currentChanged.connect(lambda _i: self.activate())

    # ------------------------------------------------------------------------------ loading
    def activate(self) -> None:
        if not self.loaded:
            self._fill_filters()
            self.loaded = True
            self.classes.flt = self.filter()
        current = self.tabs.currentWidget()
        if current is self.calendar:
            self.calendar.refresh()
        elif current is self.classes:
            self.classes.reload()
        else:
            self.load_conflicts()

    def reload(self) -> None:
        """Records changed behind the page's back (a sync import): read everything again."""
        if self.loaded:
            self._fill_filters()
            self.activate()

    def _fill_filters(self) -> None:
        for combo in (self.course, self.department, self.person):
            combo.blockSignals(True)
        keep = (self.course.currentData(), self.department.currentData(), self.person.currentData())
        self.course.clear()
        self.course.addItem(tr("Mọi khóa học"), "")
        courses = self.service.courses()
        for c in courses:
            self.course.addItem(c.name, c.uid)
        set_course_order([c.uid for c in courses])
        self.department.clear()
        self.department.addItem(tr("Mọi phòng, ban"), "")
        for d in self.service.departments():
            self.department.addItem(d.name, d.uid)
        self.person.clear()
        self.person.addItem(tr("Mọi người"), "")
        for p in self.service.people():
            self.person.addItem(f"{p.name} — {p.detail}" if p.detail else p.name, p.uid)
        for combo, value in zip((self.course, self.department, self.person), keep, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value or "")))
            combo.blockSignals(False)

    def filter(self) -> CalendarFilter:
        return CalendarFilter(
            course_uid=self.course.currentData() or None,
            department_uid=self.department.currentData() or None,
            staff_uid=self.person.currentData() or None,
        )

    def apply_filter(self) -> None:
        self.classes.flt = self.filter()
        line = self.person.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # the name, not the end of its department, stays in view
        self.activate()

    def _person_typed(self) -> None:
        """A name typed without picking from the list: the first person whose name contains it."""
        text = fold(self.person.currentText())
        if not text:
            self.person.setCurrentIndex(0)
        elif fold(self.person.itemText(self.person.currentIndex())) != text:
            match = next((i for i in range(1, self.person.count()) if text in fold(self.person.itemText(i))), 0)
            self.person.setCurrentIndex(match)
        self.apply_filter()

    def set_person(self, staff_uid: str) -> bool:
        """Show one person's schedule (from elsewhere in the app)."""
        if not self.loaded:
            self.activate()
        index = self.person.findData(staff_uid)
        if index < 0:
            return False
        self.person.setCurrentIndex(index)
        self.apply_filter()
        return True

    def clear_filters(self) -> None:
        for combo in (self.course, self.department, self.person):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filter()

    def _load_calendar(self, start: date, end: date) -> None:
        self.calendar.show_view(self.service.calendar_view(start, end, self.filter()), date.today())

    def load_conflicts(self) -> None:
        kind = self.kind.currentData()
        rows = self.service.conflicts(
            start=date.today() if self.upcoming.isChecked() else None,
            kinds=[ConflictKind(kind)] if kind else None,
        )
        f = self.filter()
        if not f.empty:
            keep = {c.uid for c in self.service.overview(f)}
            rows = [
                c
                for c in rows
                if set(c.class_uids) & keep
                or (f.staff_uid and f.staff_uid in c.person_uids)
                or (f.department_uid and c.department and c.department[0] == f.department_uid)
            ]
        self.conflicts.set_rows(rows)
        self.conflict_view.resizeRowsToContents()
        self.conflict_count.setText(tr("{0} xung đột").format(len(rows)))

    # ------------------------------------------------------------------------------ links
    def show_class(self, uid: str) -> None:
        self.tabs.setCurrentWidget(self.classes)
        if not self.classes.select_class(uid):
            self.clear_filters()
            self.classes.select_class(uid)

    select_uid = show_class  # for links from the other pages

    def show_day(self, day: date) -> None:
        self.tabs.setCurrentWidget(self.calendar)
        self.calendar.go_to(day)

    def _conflict_day(self) -> None:
        indexes = self.conflict_view.selectionModel().selectedRows()
        c = self.conflicts.row_at(indexes[0]) if indexes else None
        if c is not None and c.dates:
            self.show_day(max(c.dates[0], date.today()) if c.dates[-1] >= date.today() else c.dates[0])

    # ------------------------------------------------------------------------------ printing
    def filter_text(self) -> str:
        bits = []
        if self.course.currentData():
            bits.append(tr("Khóa: {0}").format(self.course.currentText()))
        if self.department.currentData():
            bits.append(self.department.currentText())
        if self.person.currentData():
            bits.append(tr("Lịch học của {0}").format(self.person.currentText().split(" — ")[0]))
        return "; ".join(bits)

    def ask_print(self) -> None:
        start, end = self.calendar.visible_range()
        if self.calendar.mode == "month":
            first = date(self.calendar.focus.year, self.calendar.focus.month, 1)
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            start, end = first, date.fromordinal(nxt.toordinal() - 1)
        suggested = Path.home() / f"lich-hoc-{start:%Y-%m-%d}.pdf"
        choose_save_file(
            self,
            tr("In lịch học"),
            tr("Tệp PDF (*.pdf);;Tệp Excel (*.xlsx)"),
            lambda path: self.print_schedule(path, start, end),
            suggested=suggested,
        )

    def print_schedule(self, path: Path, start: date, end: date) -> None:
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".pdf")
        flt, subtitle = self.filter(), self.filter_text()
        self.task = Task(
            self,
            tr("Đang in lịch học…"),
            lambda report: self.service.export_schedule(
                path, start=start, end=end, flt=flt, subtitle=subtitle, progress=report
            ),
            lambda out: self.notice.show_notice(tr("Đã lưu {0}").format(out)),
        )
