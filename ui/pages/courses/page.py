"""The Courses page: the catalogue (the province's and the unit's own courses), the classes of the
selected course, and "Who should go?" from a course or a class."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.courses.catalogue import ClassInfo, CourseInfo
from app.courses.labels import format_money
from app.courses.service import CoursesService
from app.text import collation_key, fold
from db.enums import ClassStatus
from ui.dialogs.messages import show_warning
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.pages.courses.course_dialog import ClassDialog, CourseDialog
from ui.pages.nominations.nominate_dialog import NominateDialog
from ui.widgets.notice_bar import NoticeBar
from ui.widgets.rows_model import Col, RowsModel, make_table

COURSE_COLUMNS: tuple[Col[CourseInfo], ...] = (
    Col(QT_TRANSLATE_NOOP("", "Khóa học"), lambda c: c.name, lambda c: collation_key(c.name), 330),
    Col(QT_TRANSLATE_NOOP("", "Loại"), lambda c: tr_label(c.type_label), lambda c: c.type_label, 210),
    Col(
        QT_TRANSLATE_NOOP("", "Cơ quan tổ chức"), lambda c: c.organiser or "", lambda c: collation_key(c.organiser), 200
    ),
    Col(QT_TRANSLATE_NOOP("", "Hình thức"), lambda c: tr_label(c.mode_label), None, 90),
    Col(QT_TRANSLATE_NOOP("", "Cấp khi hoàn thành"), lambda c: c.grants_text, None, 200),
    Col(QT_TRANSLATE_NOOP("", "Lớp"), lambda c: str(c.classes), lambda c: c.classes, 45),
    Col(QT_TRANSLATE_NOOP("", "Đã cử"), lambda c: str(c.nominated), lambda c: c.nominated, 55),
    Col(QT_TRANSLATE_NOOP("", "Quản lý"), lambda c: c.owner_name, None, 120),
)
CLASS_COLUMNS: tuple[Col[ClassInfo], ...] = (
    Col(QT_TRANSLATE_NOOP("", "Lớp"), lambda k: k.code or k.name, None, 130),
    Col(QT_TRANSLATE_NOOP("", "Tên"), lambda k: k.name, None, 90),
    Col(QT_TRANSLATE_NOOP("", "Khu vực"), lambda k: k.region or "", None, 90),
    Col(QT_TRANSLATE_NOOP("", "Đợt"), lambda k: k.batch or "", None, 60),
    Col(QT_TRANSLATE_NOOP("", "Thời gian"), lambda k: k.dates_text, None, 170),
    Col(QT_TRANSLATE_NOOP("", "Địa điểm"), lambda k: k.venue or "", None, 260),
    Col(
        QT_TRANSLATE_NOOP("", "Sĩ số"),
        lambda k: f"{k.nominated}/{k.capacity}" if k.capacity else str(k.nominated),
        None,
        60,
    ),
    Col(QT_TRANSLATE_NOOP("", "Trạng thái"), lambda k: tr_label(k.status_label), None, 120),
)
# a province: how many of its communes sent people to each class
UNITS_COLUMN: Col[ClassInfo] = Col(
    QT_TRANSLATE_NOOP("", "Số xã đã cử"), lambda k: str(k.units) if k.units else "", lambda k: k.units, 80
)


class CoursesPage(QWidget):
    title = QT_TRANSLATE_NOOP("", "Khóa học, lớp học")
    nominated = Signal(list)
    navigate = Signal(str, str)  # page object name, uid (the nominations of a class, a class's results)

    def __init__(self, service: CoursesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coursesPage")
        self.service = service
        self.search = QLineEdit()
        self.search.setObjectName("courseSearch")
        self.search.setPlaceholderText(tr("Tìm khóa học theo tên, loại, cơ quan tổ chức…"))
        self.search.setClearButtonEnabled(True)
        self.archived = QCheckBox(tr("Hiện cả khóa đã lưu trữ"))
        self.archived.setObjectName("showArchived")
        # a province shows its own catalogue; its communes' local courses (they came with their
        # nominations) on request, read-only
        self.local_courses = QCheckBox(tr("Hiện cả khóa học riêng của các xã"))
        self.local_courses.setObjectName("showLocalCourses")
        self.local_courses.setToolTip(tr("Khóa học do xã tự mở (gửi lên cùng danh sách cử đi học); chỉ xã đó được sửa"))
        self.local_courses.setVisible(service.is_province)
        self.add_course = QPushButton(tr("Thêm khóa học…"))
        self.add_course.setObjectName("addCourse")
        self.edit_course = QPushButton(tr("Xem, sửa khóa học…"))
        self.edit_course.setObjectName("editCourse")
        self.archive_button = QPushButton(tr("Lưu trữ"))
        self.archive_button.setObjectName("archiveCourse")
        self.who_button = QPushButton(tr("Ai nên đi học?…"))
        self.who_button.setObjectName("whoShouldGo")
        self.who_button.setToolTip(tr("Danh sách người cần học khóa này, xếp theo nhu cầu, kèm lý do"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.local_courses)
        top.addWidget(self.archived)
        actions = QHBoxLayout()
        for b in (self.add_course, self.edit_course, self.archive_button, self.who_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.courses: RowsModel[CourseInfo] = RowsModel(
            COURSE_COLUMNS, self, colour=lambda c, _i: None if c.active else "#8a8a8a"
        )
        self.course_view = QTableView()
        self.course_view.setObjectName("courseView")
        make_table(self.course_view, self.courses)
        self.course_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.detail = QTextBrowser()
        self.detail.setObjectName("courseDetail")

        self.classes: RowsModel[ClassInfo] = RowsModel(
            (*CLASS_COLUMNS, UNITS_COLUMN) if service.is_province else CLASS_COLUMNS,
            self,
            colour=lambda k, _i: "#8a8a8a" if k.status in (ClassStatus.CANCELLED, ClassStatus.FINISHED) else None,
        )
        self.class_view = QTableView()
        self.class_view.setObjectName("classView")
        make_table(self.class_view, self.classes)
        self.class_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.add_class = QPushButton(tr("Thêm lớp…"))
        self.add_class.setObjectName("addClass")
        self.edit_class = QPushButton(tr("Xem, sửa lớp…"))
        self.edit_class.setObjectName("editClass")
        self.class_who = QPushButton(tr("Cử người vào lớp này…"))
        self.class_who.setObjectName("nominateToClass")
        self.class_people = QPushButton(tr("Danh sách được cử…"))
        self.class_people.setObjectName("classPeople")
        self.class_people.setToolTip(
            tr("Những người được cử vào lớp này, ở trang “Cử đi học” (cấp tỉnh: của mọi xã)")
            if service.is_province
            else tr("Những người được cử vào lớp này, ở trang “Cử đi học”")
        )
        self.class_results = QPushButton(tr("Kết quả học tập…"))
        self.class_results.setObjectName("classResults")
        self.class_results.setToolTip(tr("Nhập, xem kết quả của các học viên lớp này"))
        class_actions = QHBoxLayout()
        class_actions.addWidget(QLabel(tr("<b>Các lớp của khóa học</b>")))
        class_actions.addStretch(1)
        for b in (self.add_class, self.edit_class, self.class_who, self.class_people, self.class_results):
            class_actions.addWidget(b)
        class_box = QWidget()
        cl = QVBoxLayout(class_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(class_actions)
        cl.addWidget(self.class_view)

        upper = QSplitter()
        upper.addWidget(self.course_view)
        upper.addWidget(self.detail)
        upper.setSizes([900, 320])
        outer = QSplitter()
        from PySide6.QtCore import Qt

        outer.setOrientation(Qt.Orientation.Vertical)
        outer.addWidget(upper)
        outer.addWidget(class_box)
        outer.setSizes([420, 260])
        self.notice = NoticeBar(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(outer, 1)
        layout.addWidget(self.notice)

        self.all_courses: list[CourseInfo] = []
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.archived.toggled.connect(lambda _b: self.reload())
        self.local_courses.toggled.connect(lambda _b: self.apply_filter())
        self.add_course.clicked.connect(self.new_course)
        self.edit_course.clicked.connect(self.open_course)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.who_button.clicked.connect(lambda: self.who_should_go(None))
        self.add_class.clicked.connect(self.new_class)
        self.edit_class.clicked.connect(self.open_class)
        self.class_who.clicked.connect(lambda: self.who_should_go(self.selected_class()))
        self.class_people.clicked.connect(self.show_class_people)
        self.class_results.clicked.connect(self.show_results)
        self.course_view.doubleClicked.connect(lambda _i: self.open_course())
        self.class_view.doubleClicked.connect(lambda _i: self.open_class())
        self.course_view.selectionModel().selectionChanged.connect(self._course_changed)
        self.class_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    # ------------------------------------------------------------------------------ loading
    def activate(self) -> None:
        self.reload()

    def reload(self, select_uid: str | None = None) -> None:
        current = select_uid or (c.uid if (c := self.selected_course()) else None)
        self.all_courses = self.service.courses(include_archived=self.archived.isChecked())
        self.apply_filter()
        if current:
            self.select_course(current)
        elif self.courses.rows:
            self.course_view.selectRow(0)

    def apply_filter(self) -> None:
        tokens = fold(self.search.text()).split()
        others = self.local_courses.isChecked() or not self.service.is_province
        rows = [
            c
            for c in self.all_courses
            if all(t in fold(f"{c.name} {c.code} {c.type_label} {c.organiser} {c.owner_name}") for t in tokens)
            and (others or self.service.owns(c.owner_unit))
        ]
        self.courses.set_rows(rows)
        self._course_changed()

    def selected_course(self) -> CourseInfo | None:
        indexes = self.course_view.selectionModel().selectedRows()
        return self.courses.row_at(indexes[0]) if indexes else None

    def selected_class(self) -> ClassInfo | None:
        indexes = self.class_view.selectionModel().selectedRows()
        return self.classes.row_at(indexes[0]) if indexes else None

    def select_course(self, uid: str) -> bool:
        if self.courses.row_of(uid) < 0 and any(c.uid == uid for c in self.all_courses):
            self.search.clear()
            self.local_courses.setChecked(True)  # a commune's local course, linked from its nomination
        row = self.courses.row_of(uid)
        if row < 0:
            return False
        self.course_view.selectRow(row)
        return True

    select_uid = select_course  # for links from the other pages

    def _course_changed(self, *_args: QItemSelection) -> None:
        course = self.selected_course()
        self.classes.set_rows(self.service.classes(course.uid) if course else [])
        self.detail.setHtml(course_html(course) if course else self._nothing_selected_html())
        self._update_buttons()

    def _nothing_selected_html(self) -> str:
        """With no course selected: what to do next — on an empty catalogue, where the courses come from."""
        if not self.all_courses:
            if self.service.is_province:
                return tr(
                    "<p><b>Chưa có khóa học nào.</b></p><p>Bấm <b>Thêm khóa học…</b> để lập danh mục khóa học "
                    "của tỉnh; các xã nhận danh mục này trong tệp thiết lập và tệp đồng bộ.</p>"
                )
            return tr(
                "<p><b>Chưa có khóa học nào.</b></p><p>Danh mục khóa học của tỉnh đến cùng tệp thiết lập hoặc "
                "tệp đồng bộ của tỉnh (trang <b>Đồng bộ</b>). Xã cũng có thể tự thêm khóa học riêng bằng "
                "<b>Thêm khóa học…</b>.</p>"
            )
        if self.courses.rowCount() == 0:
            return tr("<p style='color:#777'>Không có khóa học nào khớp ô tìm kiếm.</p>")
        return tr("<p style='color:#777'>Chọn một khóa học.</p>")

    def _update_buttons(self) -> None:
        course = self.selected_course()
        klass = self.selected_class()
        editable = course is not None and self.service.can_edit(course.owner_unit)
        nominates = self.service.nominates  # a viewer, or a province (its communes nominate), does not
        self.add_course.setEnabled(self.service.may_edit)
        self.edit_course.setEnabled(course is not None)
        self.archive_button.setEnabled(editable)
        self.archive_button.setText(tr("Lưu trữ") if course is None or course.active else tr("Đưa trở lại danh mục"))
        self.who_button.setEnabled(nominates and course is not None and course.active)
        self.add_class.setEnabled(editable)
        self.edit_class.setEnabled(klass is not None)
        self.class_who.setEnabled(
            nominates and klass is not None and klass.status not in (ClassStatus.CANCELLED, ClassStatus.FINISHED)
        )
        self.class_people.setEnabled(klass is not None and klass.nominated > 0)
        self.class_results.setEnabled(klass is not None and klass.status != ClassStatus.CANCELLED)

    # ------------------------------------------------------------------------------ actions
    def new_course(self) -> CourseDialog:
        dialog = CourseDialog(self, self.service)
        dialog.saved.connect(self.reload)
        dialog.open()
        return dialog

    def open_course(self) -> CourseDialog | None:
        course = self.selected_course()
        if course is None:
            return None
        dialog = CourseDialog(self, self.service, course)
        dialog.saved.connect(self.reload)
        dialog.open()
        return dialog

    def toggle_archive(self) -> None:
        course = self.selected_course()
        if course is None:
            return
        self.service.set_course_active(course.uid, not course.active)
        self.reload(course.uid)
        if course.active:

            def undo() -> None:
                self.service.set_course_active(course.uid, True)
                self.reload(course.uid)

            self.notice.show_notice(
                tr("Đã lưu trữ “{0}”. Các đề xuất, quyết định về khóa này vẫn được giữ.").format(course.name),
                undo=undo,
            )

    def new_class(self) -> ClassDialog | None:
        course = self.selected_course()
        if course is None:
            return None
        dialog = ClassDialog(self, self.service, course)
        dialog.saved.connect(lambda _uid: self.reload(course.uid))
        dialog.open()
        return dialog

    def open_class(self) -> ClassDialog | None:
        course, klass = self.selected_course(), self.selected_class()
        if course is None or klass is None:
            return None
        dialog = ClassDialog(self, self.service, course, klass)
        dialog.saved.connect(lambda _uid: self.reload(course.uid))
        dialog.open()
        return dialog

    def who_should_go(self, klass: ClassInfo | None) -> NominateDialog | None:
        course = self.selected_course()
        if course is None:
            return None
        if not course.active:
            show_warning(self, tr("Khóa học đã lưu trữ"), tr("Hãy đưa khóa học trở lại danh mục trước khi cử người."))
            return None
        dialog = NominateDialog(self, self.service, course.uid, klass.uid if klass else None)
        dialog.saved.connect(self._nominated)
        dialog.open()
        return dialog

    def show_class_people(self) -> None:
        klass = self.selected_class()
        if klass is not None:
            self.navigate.emit("nominationsPage", f"class:{klass.uid}")

    def show_results(self) -> None:
        klass = self.selected_class()
        if klass is not None:
            self.navigate.emit("resultsPage", klass.uid)

    def _nominated(self, uids: list[str]) -> None:
        course = self.selected_course()
        self.reload(course.uid if course else None)
        self.notice.show_notice(tr("Đã đề xuất cử {0} người. Xem ở trang “Cử đi học”.").format(len(uids)))
        self.nominated.emit(uids)


def course_html(c: CourseInfo) -> str:
    def line(label: str, value: str | None) -> str:
        return f"<tr><td style='color:#555;padding-right:8px'>{label}</td><td>{escape(value or '—')}</td></tr>"

    days = tr("{0} ngày").format(c.duration_days) if c.duration_days else tr("khoảng {0} ngày").format(c.typical_days)
    return (
        f"<h3 style='margin-bottom:2px'>{escape(c.name)}</h3>"
        + ("" if c.active else tr("<p style='color:#b3261e'><b>Đã lưu trữ</b></p>"))
        + "<table>"
        + line(tr("Loại"), tr_label(c.type_label))
        + line(tr("Mã"), c.code)
        + line(tr("Tổ chức"), c.organiser)
        + line(tr("Hình thức"), tr_label(c.mode_label))
        + line(tr("Thời gian", "duration"), days + (tr(", {hours} tiết").format(hours=c.hours) if c.hours else ""))
        + line(tr("Đối tượng"), c.targets_text)
        + line(tr("Hoàn thành được"), c.grants_text or tr("giấy chứng nhận tham gia"))
        + line(tr("Cam kết"), tr("Có (phục vụ, bồi hoàn chi phí)") if c.requires_commitment else tr("Không"))
        + line(tr("Kinh phí"), format_money(c.default_cost))
        + line(tr("Nguồn"), c.funding_source)
        + line(tr("Quản lý"), c.owner_name)
        + "</table>"
        + (f"<p>{escape(c.description)}</p>" if c.description else "")
    )
