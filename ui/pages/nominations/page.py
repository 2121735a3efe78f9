"""The Nominations page (Cử đi học): every nomination with its status, class and decision; the status
flow with history and undo; drafting a decision from the proposed ones; links to the decisions."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.courses.labels import NOMINATION_STATUS_LABELS, format_money
from app.courses.nominations import MANUAL_TRANSITIONS, TRANSITION_VERBS, HistoryEntry, NominationRow
from app.courses.service import CoursesService
from app.dates import format_date
from app.errors import UserError
from app.text import collation_key, fold
from db.enums import NominationStatus
from ui.dialogs.messages import show_warning
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.pages.classes.dialogs import AttendanceOverrideDialog
from ui.pages.nominations.edit_dialog import NominationEditDialog
from ui.pages.nominations.nominate_dialog import NominateDialog, SendPersonDialog
from ui.widgets.notice_bar import NoticeBar
from ui.widgets.rows_model import Col, RowsModel, make_table

ACTIVE = "active"
COLUMNS: tuple[Col[NominationRow], ...] = (
    Col(QT_TRANSLATE_NOOP("", "Họ và tên"), lambda r: r.staff_name, lambda r: r.staff_sort_key, 180),
    Col(
        QT_TRANSLATE_NOOP("", "Phòng, ban"),
        lambda r: r.department_name,
        lambda r: collation_key(r.department_name),
        170,
    ),
    Col(QT_TRANSLATE_NOOP("", "Khóa học"), lambda r: r.course_name, lambda r: collation_key(r.course_name), 280),
    Col(
        QT_TRANSLATE_NOOP("", "Lớp"),
        lambda r: r.class_label or tr("(chưa xếp lớp)"),
        lambda r: collation_key(r.class_label),
        130,
    ),
    Col(QT_TRANSLATE_NOOP("", "Thời gian"), lambda r: r.dates_text, lambda r: r.start_date or date.max, 170),
    Col(
        QT_TRANSLATE_NOOP("", "Trạng thái"),
        lambda r: tr_label(r.status_label),
        lambda r: list(NominationStatus).index(r.status),
        130,
    ),
    Col(QT_TRANSLATE_NOOP("", "Quyết định"), lambda r: r.decision_text, lambda r: r.decision_text, 100),
    Col(QT_TRANSLATE_NOOP("", "Kinh phí"), lambda r: format_money(r.cost), lambda r: r.cost or 0, 110),
)
CLASS_PREFIX = "class:"  # select_uid("class:<uid>"): the people nominated to one class (from the Courses page)


def commune_column(names: dict[str, str]) -> Col[NominationRow]:
    """A province: whose nomination it is."""
    return Col(
        QT_TRANSLATE_NOOP("", "Xã, phường"),
        lambda r: names.get(r.owner_unit or "", r.owner_unit or ""),
        lambda r: collation_key(names.get(r.owner_unit or "", "")),
        150,
    )


STATUS_COLOURS = {
    NominationStatus.WITHDRAWN: "#8a8a8a",
    NominationStatus.NOT_COMPLETED: "#b3261e",
    NominationStatus.COMPLETED: "#1e7b34",
}


class NominationsPage(QWidget):
    title = QT_TRANSLATE_NOOP("", "Cử đi học")
    navigate = Signal(str, str)  # page object name, uid

    def __init__(self, service: CoursesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nominationsPage")
        self.service = service
        self.search = QLineEdit()
        self.search.setObjectName("nominationSearch")
        self.search.setPlaceholderText(tr("Tìm theo tên, khóa học, lớp, số quyết định… (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("nominationStatusFilter")
        self.status.addItem(tr("Đang hiệu lực (đề xuất, đã duyệt, đang học)"), ACTIVE)
        for st, label in NOMINATION_STATUS_LABELS.items():
            self.status.addItem(tr_label(label), st.value)
        self.status.addItem(tr("Tất cả"), "")
        self.course = QComboBox()
        self.course.setObjectName("nominationCourseFilter")
        self.klass = QComboBox()
        self.klass.setObjectName("nominationClassFilter")
        self.klass.setToolTip(tr("Chọn khóa học để lọc theo từng lớp"))
        # a province: the nominations of one commune, or of all of them added up
        self.communes = dict(service.communes())
        self.commune = QComboBox()
        self.commune.setObjectName("nominationCommuneFilter")
        self.commune.addItem(tr("Mọi xã, phường"), "")
        for code, name in self.communes.items():
            self.commune.addItem(f"{name} ({code})", code)
        self.commune.setVisible(service.is_province)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.commune, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.course, 1)
        filters.addWidget(self.klass, 1)

        self.by_course = QPushButton()
        self.by_course.setObjectName("nominateByCourse")
        self.by_course.setText(tr("Cử theo khóa học…"))
        self.course_menu = QMenu(self.by_course)
        self.by_course.setMenu(self.course_menu)
        self.send_person = QPushButton(tr("Cử một người…"))
        self.send_person.setObjectName("sendPerson")
        self.status_button = QPushButton()
        self.status_button.setObjectName("statusButton")
        self.status_button.setText(tr("Chuyển trạng thái"))
        menu = QMenu(self.status_button)
        self.status_actions = {}
        for st in (
            NominationStatus.STUDYING,
            NominationStatus.COMPLETED,
            NominationStatus.NOT_COMPLETED,
            NominationStatus.WITHDRAWN,
            NominationStatus.PROPOSED,
        ):
            action = menu.addAction(tr_label(TRANSITION_VERBS[st]))
            action.triggered.connect(lambda _c=False, s=st: self.change_status(s))
            self.status_actions[st] = action
        self.status_button.setMenu(menu)
        self.edit_button = QPushButton(tr("Sửa…"))
        self.edit_button.setObjectName("editNomination")
        self.decision_button = QPushButton(tr("Lập quyết định cử…"))
        self.decision_button.setObjectName("draftDecision")
        self.decision_button.setToolTip(tr("Dự thảo quyết định cho các đề xuất đã chọn (cùng một khóa học)"))
        self.count = QLabel()
        actions = QHBoxLayout()
        for w in (self.by_course, self.send_person, self.status_button, self.edit_button, self.decision_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.count)

        columns = (COLUMNS[0], commune_column(self.communes), *COLUMNS[1:]) if service.is_province else COLUMNS
        self.model: RowsModel[NominationRow] = RowsModel(
            columns, self, colour=lambda r, _c: STATUS_COLOURS.get(r.status), tooltip=lambda r, _c: r.reason
        )
        self.view = QTableView()
        self.view.setObjectName("nominationView")
        make_table(self.view, self.model)
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.detail = QTextBrowser()
        self.detail.setObjectName("nominationDetail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setSizes([900, 340])
        self.notice = NoticeBar(self)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)

        self.all_rows: list[NominationRow] = []
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.course.currentIndexChanged.connect(lambda _i: self._course_changed())
        self.klass.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.commune.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.send_person.clicked.connect(lambda: self.send_someone())
        self.edit_button.clicked.connect(self.edit_selected)
        self.decision_button.clicked.connect(self.draft_decision)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        QShortcut(QKeySequence.StandardKey.Undo, self, self.notice.trigger_undo)
        self._selection_changed()

    # ------------------------------------------------------------------------------ loading
    def activate(self) -> None:
        self.reload()

    def reload(self, select: list[str] | None = None) -> None:
        keep = select if select is not None else [r.uid for r in self.selected_rows()]
        self.all_rows = self.service.nominations()
        courses = self.service.courses()
        current = self.course.currentData()
        self.course.blockSignals(True)
        self.course.clear()
        self.course.addItem(tr("Mọi khóa học"), "")
        for c in courses:
            self.course.addItem(c.name, c.uid)
        self.course.setCurrentIndex(max(0, self.course.findData(current or "")))
        self.course.blockSignals(False)
        self.fill_classes()
        if self.service.is_province:  # communes whose first nominations arrived since
            fresh = dict(self.service.communes())
            for code, name in fresh.items():
                if code not in self.communes and self.commune.findData(code) < 0:
                    self.commune.addItem(f"{name} ({code})", code)
            self.communes.update(fresh)
        self.course_menu.clear()
        for c in courses:
            action = self.course_menu.addAction(c.name)
            action.triggered.connect(lambda _c=False, uid=c.uid: self.nominate_for(uid))
        if not courses:  # an empty menu would look like a button that does nothing
            self.course_menu.addAction(tr("Chưa có khóa học nào — xem trang “Khóa học, lớp học”")).setEnabled(False)
        self.apply_filter()
        self.select_uids(keep)
        if not self.selected_rows() and self.model.rows:
            self.view.selectRow(0)

    def fill_classes(self, select: str | None = None) -> None:
        """The class filter lists the classes of the chosen course (with how many are nominated)."""
        course = self.course.currentData()
        keep = select or self.klass.currentData()
        self.klass.blockSignals(True)
        self.klass.clear()
        self.klass.addItem(tr("Mọi lớp"), "")
        if course:
            for k in self.service.classes(course):
                self.klass.addItem(f"{k.code or k.name} — {k.dates_text} ({k.nominated})", k.uid)
        self.klass.setCurrentIndex(max(0, self.klass.findData(keep or "")))
        self.klass.setEnabled(bool(course))
        self.klass.blockSignals(False)

    def _course_changed(self) -> None:
        self.fill_classes()
        self.apply_filter()

    def apply_filter(self) -> None:
        tokens = fold(self.search.text()).split()
        status = self.status.currentData()
        course = self.course.currentData()
        klass = self.klass.currentData()
        commune = self.commune.currentData()
        rows = []
        for r in self.all_rows:
            if status == ACTIVE and not r.status.active:
                continue
            if status and status != ACTIVE and r.status != status:
                continue
            if course and r.course_uid != course:
                continue
            if klass and r.class_uid != klass:
                continue
            if commune and r.owner_unit != commune:
                continue
            if tokens and not any(all(t in f for t in tokens) for f in r.search.split("|")):
                continue
            rows.append(r)
        self.model.set_rows(rows)
        text = tr("Hiển thị {0} / {1} lượt cử").format(len(rows), len(self.all_rows))
        if self.service.is_province and not commune:
            text += tr(" — {0} xã, phường").format(len({r.owner_unit for r in rows}))
        self.count.setText(text)
        self._selection_changed()

    def selected_rows(self) -> list[NominationRow]:
        return [r for i in self.view.selectionModel().selectedRows() if (r := self.model.row_at(i)) is not None]

    def select_uids(self, uids: list[str]) -> None:
        self.view.clearSelection()
        from PySide6.QtCore import QItemSelectionModel

        first = True
        for uid in uids:
            row = self.model.row_of(uid)
            if row < 0:
                continue
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().select(self.model.index(row, 0), flags)
            if first:
                self.view.scrollTo(self.model.index(row, 0))
                first = False

    def select_uid(self, uid: str) -> bool:
        """Show one nomination (from a decision's link), widening the filters if they hide it; or, given
        "class:<uid>", everyone nominated to that class (at a province: from every commune)."""
        if uid.startswith(CLASS_PREFIX):
            return self.show_class(uid[len(CLASS_PREFIX) :])
        if self.model.row_of(uid) < 0:
            self.search.clear()
            self.status.setCurrentIndex(self.status.findData(""))
            self.course.setCurrentIndex(0)
            self.commune.setCurrentIndex(0)
        self.select_uids([uid])
        return self.model.row_of(uid) >= 0

    def show_class(self, class_uid: str) -> bool:
        course = next((r.course_uid for r in self.all_rows if r.class_uid == class_uid), None)
        if course is None:
            return False
        self.search.clear()
        self.commune.setCurrentIndex(0)
        self.status.setCurrentIndex(self.status.findData(""))
        self.course.blockSignals(True)
        self.course.setCurrentIndex(max(0, self.course.findData(course)))
        self.course.blockSignals(False)
        self.fill_classes(select=class_uid)
        self.apply_filter()
        return self.model.rowCount() > 0

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        statuses = {r.status for r in rows}
        # a viewer reads; a province reads its communes' nominations (each commune changes its own)
        editable = self.service.may_edit and all(self.service.owns(r.owner_unit) for r in rows)
        self.by_course.setEnabled(self.service.nominates)
        self.send_person.setEnabled(self.service.nominates)
        for st, action in self.status_actions.items():
            action.setEnabled(editable and bool(rows) and all(st in MANUAL_TRANSITIONS[s] for s in statuses))
        self.status_button.setEnabled(editable and bool(rows))
        self.edit_button.setEnabled(editable and len(rows) == 1)
        self.decision_button.setEnabled(editable and bool(rows) and statuses == {NominationStatus.PROPOSED})
        if len(rows) == 1:
            r = rows[0]
            self.detail.setHtml(
                nomination_html(
                    r,
                    self.service.history(r.uid),
                    self.service.decisions_of_nomination(r.uid),
                    unit=self.communes.get(r.owner_unit or "") if self.service.is_province else None,
                )
            )
        elif rows:
            self.detail.setHtml(tr("<p>Đã chọn {0} lượt cử.</p>").format(len(rows)))
        elif not self.all_rows and self.service.nominates:
            self.detail.setHtml(
                tr(
                    "<p><b>Chưa cử ai đi học.</b></p><p>Bấm <b>Cử theo khóa học…</b> để xem ai cần một khóa học, "
                    "hoặc <b>Cử một người…</b> để xem các khóa học một người cần.</p>"
                )
            )
        elif self.all_rows and self.model.rowCount() == 0:
            self.detail.setHtml(
                tr(
                    "<p style='color:#777'>Không có lượt cử nào khớp bộ lọc. "
                    "Hãy xóa ô tìm kiếm hoặc chọn bộ lọc khác.</p>"
                )
            )
        else:
            self.detail.setHtml(tr("<p style='color:#777'>Chọn một lượt cử để xem lịch sử và quyết định.</p>"))

    def _link(self, url: QUrl) -> None:
        kind, _, uid = url.toString().partition(":")
        if kind == "decision":
            self.navigate.emit("decisionsPage", uid)
        elif kind == "course":
            self.navigate.emit("coursesPage", uid)

    # ------------------------------------------------------------------------------ actions
    def nominate_for(self, course_uid: str, *, preselect: list[str] | None = None) -> NominateDialog:
        dialog = NominateDialog(self, self.service, course_uid, preselect=preselect, everyone=bool(preselect))
        dialog.saved.connect(self._nominated)
        dialog.open()
        return dialog

    def send_someone(self, staff_uid: str | None = None) -> SendPersonDialog:
        dialog = SendPersonDialog(self, self.service, staff_uid)
        dialog.chosen.connect(lambda course, staff: self.nominate_for(course, preselect=[staff]))
        dialog.open()
        return dialog

    def _nominated(self, uids: list[str]) -> None:
        self.status.setCurrentIndex(self.status.findData(ACTIVE))
        self.reload(select=uids)
        self.notice.show_notice(tr("Đã đề xuất cử {0} người.").format(len(uids)))

    def change_status(self, status: NominationStatus, *, attendance_override: str | None = None) -> None:
        rows = self.selected_rows()
        if status == NominationStatus.COMPLETED and attendance_override is None:
            short = self.service.attendance_shortfalls([r.uid for r in rows])
            if short.people:  # below the minimum share of sessions: only with a reason
                dialog = AttendanceOverrideDialog(self, short.minimum, short.people)
                dialog.confirmed.connect(lambda reason: self.change_status(status, attendance_override=reason))
                dialog.open()
                return
        done: list[int] = []
        try:
            for r in rows:
                done.append(self.service.change_status(r.uid, status, attendance_override=attendance_override))
        except UserError as exc:
            show_warning(self, tr("Không chuyển được trạng thái"), str(exc))
        self.reload(select=[r.uid for r in rows])
        if done:
            label = tr_label(NOMINATION_STATUS_LABELS[status])
            extra = tr(" Trình độ khóa học cấp đã được thêm vào hồ sơ.") if status == NominationStatus.COMPLETED else ""
            self.notice.show_notice(
                tr("Đã chuyển {0} lượt cử sang “{1}”.{2}").format(len(done), label, extra),
                undo=lambda: self._undo(done, [r.uid for r in rows]),
            )

    def _undo(self, change_ids: list[int], uids: list[str]) -> None:
        try:
            for cid in reversed(change_ids):
                self.service.undo_status_change(cid)
        except UserError as exc:
            show_warning(self, tr("Không hoàn tác được"), str(exc))
        self.reload(select=uids)
        self.notice.show_notice(tr("Đã hoàn tác."))

    def edit_selected(self) -> NominationEditDialog | None:
        rows = self.selected_rows()
        if len(rows) != 1 or not self.edit_button.isEnabled():
            return None
        dialog = NominationEditDialog(self, self.service, rows[0])
        dialog.saved.connect(lambda uid: self.reload(select=[uid]))
        dialog.open()
        return dialog

    def draft_decision(self) -> str | None:
        rows = self.selected_rows()
        try:
            uid = self.service.draft_decision([r.uid for r in rows])
        except UserError as exc:
            show_warning(self, tr("Chưa lập được quyết định"), str(exc))
            return None
        self.reload(select=[r.uid for r in rows])
        self.navigate.emit("decisionsPage", uid)
        return uid


def _step(h: HistoryEntry) -> str:
    """HistoryEntry.text with the statuses translated: "Đề xuất → Đã có quyết định cử"."""
    old = tr_label(NOMINATION_STATUS_LABELS[h.old_status]) if h.old_status else "—"
    return f"{old} → {tr_label(NOMINATION_STATUS_LABELS[h.new_status])}"


def nomination_html(
    r: NominationRow,
    history: list[HistoryEntry],
    decisions: list,  # type: ignore[type-arg]
    *,
    unit: str | None = None,
) -> str:
    def line(label: str, value: str | None) -> str:
        return f"<tr><td style='color:#555;padding-right:8px'>{label}</td><td>{escape(value or '—')}</td></tr>"

    commitment = tr("Không")
    if r.commitment:
        commitment = tr("Có, {n} tháng").format(n=r.commitment_months) if r.commitment_months else tr("Có")
    decision_links = "".join(
        f"<li><a href='decision:{d.uid}'>{escape(d.title)}</a> — {escape(tr_label(d.status_label))}</li>"
        for d in decisions
    )
    steps = "".join(
        f"<li>{format_date(h.effective_date or h.changed_at.date())}: {escape(_step(h))}"
        + (
            tr(" — <a href='decision:{0}'>QĐ {1}</a>").format(h.decision_uid, escape(h.decision_text))
            if h.decision_uid
            else ""
        )
        + (f"<br><i>{escape(h.note)}</i>" if h.note else "")
        + (f" <span style='color:#777'>({escape(h.changed_by)})</span>" if h.changed_by else "")
        + "</li>"
        for h in history
    )
    return (
        f"<h3 style='margin-bottom:2px'>{escape(r.staff_name)}</h3>"
        f"<p>{escape(r.position or '')}, {escape(r.department_name)}"
        + (f"<br><b>{escape(unit)}</b>" if unit else "")
        + "</p><table>"
        + line(tr("Khóa học"), r.course_name)
        + line(tr("Lớp"), r.class_label or tr("chưa xếp lớp"))
        + line(tr("Thời gian"), r.dates_text)
        + line(tr("Địa điểm"), r.venue)
        + line(tr("Trạng thái"), tr_label(r.status_label))
        + line(tr("Kinh phí"), format_money(r.cost))
        + line(tr("Nguồn kinh phí"), r.funding_source)
        + line(tr("Cam kết"), commitment)
        + "</table>"
        + (tr("<p><b>Vì sao được cử</b><br>{reason}</p>").format(reason=escape(r.reason)) if r.reason else "")
        + (tr("<p><b>Ghi chú</b><br>{note}</p>").format(note=escape(r.note)) if r.note else "")
        + (tr("<p><b>Quyết định</b></p>") + f"<ul style='margin-left:-20px'>{decision_links}</ul>" if decisions else "")
        + tr("<p><b>Lịch sử</b></p>")
        + f"<ul style='margin-left:-20px'>{steps}</ul>"
    )


__all__ = ["NominationsPage", "Qt"]
