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
    QToolButton,
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
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.course, 1)

        self.by_course = QToolButton()
        self.by_course.setObjectName("nominateByCourse")
        self.by_course.setText(tr("Cử theo khóa học…"))
        self.by_course.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.course_menu = QMenu(self.by_course)
        self.by_course.setMenu(self.course_menu)
        self.send_person = QPushButton(tr("Cử một người…"))
        self.send_person.setObjectName("sendPerson")
        self.status_button = QToolButton()
        self.status_button.setObjectName("statusButton")
        self.status_button.setText(tr("Chuyển trạng thái"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
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

        self.model: RowsModel[NominationRow] = RowsModel(
            COLUMNS, self, colour=lambda r, _c: STATUS_COLOURS.get(r.status), tooltip=lambda r, _c: r.reason
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
        self.course.currentIndexChanged.connect(lambda _i: self.apply_filter())
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
        self.course_menu.clear()
        for c in courses:
            action = self.course_menu.addAction(c.name)
            action.triggered.connect(lambda _c=False, uid=c.uid: self.nominate_for(uid))
        self.apply_filter()
        self.select_uids(keep)
        if not self.selected_rows() and self.model.rows:
            self.view.selectRow(0)

    def apply_filter(self) -> None:
        tokens = fold(self.search.text()).split()
        status = self.status.currentData()
        course = self.course.currentData()
        rows = []
        for r in self.all_rows:
            if status == ACTIVE and not r.status.active:
                continue
            if status and status != ACTIVE and r.status != status:
                continue
            if course and r.course_uid != course:
                continue
            if tokens and not any(all(t in f for t in tokens) for f in r.search.split("|")):
                continue
            rows.append(r)
        self.model.set_rows(rows)
        self.count.setText(tr("Hiển thị {0} / {1} lượt cử").format(len(rows), len(self.all_rows)))
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
        """Show one nomination (from a decision's link), widening the filters if they hide it."""
        if self.model.row_of(uid) < 0:
            self.search.clear()
            self.status.setCurrentIndex(self.status.findData(""))
            self.course.setCurrentIndex(0)
        self.select_uids([uid])
        return self.model.row_of(uid) >= 0

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        statuses = {r.status for r in rows}
        for st, action in self.status_actions.items():
            action.setEnabled(bool(rows) and all(st in MANUAL_TRANSITIONS[s] for s in statuses))
        self.status_button.setEnabled(bool(rows))
        self.edit_button.setEnabled(len(rows) == 1)
        self.decision_button.setEnabled(bool(rows) and statuses == {NominationStatus.PROPOSED})
        if len(rows) == 1:
            r = rows[0]
            self.detail.setHtml(
                nomination_html(r, self.service.history(r.uid), self.service.decisions_of_nomination(r.uid))
            )
        elif rows:
            self.detail.setHtml(tr("<p>Đã chọn {0} lượt cử.</p>").format(len(rows)))
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

    def change_status(self, status: NominationStatus) -> None:
        rows = self.selected_rows()
        done: list[int] = []
        try:
            for r in rows:
                done.append(self.service.change_status(r.uid, status))
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
        if len(rows) != 1:
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


def nomination_html(r: NominationRow, history: list[HistoryEntry], decisions: list) -> str:  # type: ignore[type-arg]
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
        f"<p>{escape(r.position or '')}, {escape(r.department_name)}</p><table>"
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
