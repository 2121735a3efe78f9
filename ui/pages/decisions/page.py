"""The Decisions page: drafts and issued, cancelled and replaced decisions; issue, cancel, replace;
print preview, print and save as PDF (the PDF is made in a worker thread); links to the people."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
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

from app.courses.service import CoursesService
from app.dates import format_date
from app.decisions.service import DecisionRow
from app.errors import UserError
from app.text import fold
from db.enums import DecisionStatus
from ui.dialogs.messages import ask_confirm, choose_save_file, show_info, show_warning
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.pages.decisions.dialogs import CancelDialog, DecisionDialog, IssueDialog, TemplatesDialog
from ui.print_preview import open_preview, print_directly, save_copy
from ui.tasks import Report, Task
from ui.widgets.notice_bar import NoticeBar
from ui.widgets.rows_model import Col, RowsModel, make_table

COLUMNS: tuple[Col[DecisionRow], ...] = (
    Col(QT_TRANSLATE_NOOP("", "Số"), lambda r: tr_label(r.number_text), lambda r: (r.year or 0, r.number or 0), 110),
    Col(
        QT_TRANSLATE_NOOP("", "Ngày"),
        lambda r: format_date(r.issued_on),
        lambda r: r.issued_on or r.cancelled_on or 0,
        90,
    ),
    Col(QT_TRANSLATE_NOOP("", "Trích yếu"), lambda r: r.summary, lambda r: fold(r.summary), 430),
    Col(QT_TRANSLATE_NOOP("", "Số người"), lambda r: str(r.people), lambda r: r.people, 70),
    Col(QT_TRANSLATE_NOOP("", "Người ký"), lambda r: r.signer_name, None, 150),
    Col(QT_TRANSLATE_NOOP("", "Trạng thái"), lambda r: tr_label(r.status_label), lambda r: r.status_label, 130),
)
STATUS_COLOURS = {
    DecisionStatus.DRAFT: "#1a5fb4",
    DecisionStatus.CANCELLED: "#8a8a8a",
    DecisionStatus.REPLACED: "#8a8a8a",
}


class DecisionsPage(QWidget):
    title = QT_TRANSLATE_NOOP("", "Quyết định cử đi học")
    navigate = Signal(str, str)
    pdf_ready = Signal(str)  # path of the PDF just made (tests and the preview listen)

    def __init__(self, service: CoursesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionsPage")
        self.service = service
        self.task: Task[Path] | None = None
        self._tmp_dir: Path | None = None
        self.search = QLineEdit()
        self.search.setObjectName("decisionSearch")
        self.search.setPlaceholderText(tr("Tìm theo số, trích yếu, người ký…"))
        self.search.setClearButtonEnabled(True)
        self.edit_button = QPushButton(tr("Sửa dự thảo…"))
        self.edit_button.setObjectName("editDraft")
        self.issue_button = QPushButton(tr("Ban hành…"))
        self.issue_button.setObjectName("issueDecision")
        self.preview_button = QPushButton(tr("Xem trước, in…"))
        self.preview_button.setObjectName("previewDecision")
        self.print_button = QPushButton(tr("In…"))
        self.print_button.setObjectName("printDecision")
        self.save_button = QPushButton(tr("Lưu PDF…"))
        self.save_button.setObjectName("saveDecisionPdf")
        self.more = QPushButton()
        self.more.setObjectName("moreDecisionActions")
        self.more.setText(tr("Thao tác khác"))
        menu = QMenu(self.more)
        self.replace_action = menu.addAction(tr("Lập quyết định thay thế…"))
        self.cancel_action = menu.addAction(tr("Hủy bỏ quyết định…"))
        self.discard_action = menu.addAction(tr("Xóa dự thảo"))
        menu.addSeparator()
        self.templates_action = menu.addAction(tr("Mẫu quyết định (căn cứ, nơi nhận, người ký)…"))
        self.more.setMenu(menu)
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        for w in (
            self.edit_button,
            self.issue_button,
            self.preview_button,
            self.print_button,
            self.save_button,
            self.more,
        ):
            actions.addWidget(w)

        # a province reads its communes' decisions: whose each one is
        self.communes: dict[str, str] = dict(service.communes()) if service.is_province else {}

        def unit_name(r: DecisionRow) -> str:
            return self.communes.get(r.owner_unit or "", r.owner_unit or "")

        columns = COLUMNS
        if service.is_province:
            unit: Col[DecisionRow] = Col(
                QT_TRANSLATE_NOOP("", "Xã, phường"), unit_name, lambda r: fold(unit_name(r)), 150
            )
            columns = (unit, *COLUMNS)
        self.model: RowsModel[DecisionRow] = RowsModel(columns, self, colour=lambda r, _c: STATUS_COLOURS.get(r.status))
        self.view = QTableView()
        self.view.setObjectName("decisionView")
        make_table(self.view, self.model)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.detail = QTextBrowser()
        self.detail.setObjectName("decisionDetail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setSizes([820, 420])
        self.notice = NoticeBar(self)
        hint = QLabel(
            tr("Lập quyết định từ trang “Cử đi học”: chọn các đề xuất cùng một khóa học rồi bấm “Lập quyết định cử…”.")
        )
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        layout.addWidget(self.notice)

        self.all_rows: list[DecisionRow] = []
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.edit_button.clicked.connect(self.edit_draft)
        self.issue_button.clicked.connect(self.issue)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_pdf)
        self.replace_action.triggered.connect(self.replace)
        self.cancel_action.triggered.connect(self.cancel)
        self.discard_action.triggered.connect(self.discard)
        self.templates_action.triggered.connect(self.edit_templates)
        self.view.doubleClicked.connect(
            lambda _i: self.edit_draft() if self._is_draft() and self.edit_button.isEnabled() else self.preview()
        )
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self._selection_changed()

    # ------------------------------------------------------------------------------ loading
    def activate(self) -> None:
        self.reload()

    def reload(self, select_uid: str | None = None) -> None:
        current = select_uid or (r.uid if (r := self.selected()) else None)
        self.all_rows = self.service.decisions()
        if self.service.is_province:
            self.communes.update(self.service.communes())
        self.apply_filter()
        if not (current and self.select_uid(current)) and self.model.rows:
            self.view.selectRow(0)

    def apply_filter(self) -> None:
        tokens = fold(self.search.text()).split()
        rows = [
            r
            for r in self.all_rows
            if all(
                t in fold(f"{r.number_text} {r.summary} {r.signer_name} {self.communes.get(r.owner_unit or '', '')}")
                for t in tokens
            )
        ]
        self.model.set_rows(rows)
        self._selection_changed()

    def selected(self) -> DecisionRow | None:
        model = self.view.selectionModel()
        indexes = model.selectedRows() if model else []
        return self.model.row_at(indexes[0]) if indexes else None

    def select_uid(self, uid: str) -> bool:
        if self.model.row_of(uid) < 0:
            if not self.all_rows:
                self.all_rows = self.service.decisions()
            self.search.clear()
            self.apply_filter()
        row = self.model.row_of(uid)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _is_draft(self) -> bool:
        r = self.selected()
        return r is not None and r.status == DecisionStatus.DRAFT

    def _selection_changed(self) -> None:
        r = self.selected()
        # a viewer prints; a province reads (and prints) its communes' decisions, each commune changes its own
        mine = r is not None and self.service.can_edit(r.owner_unit)
        draft = mine and r is not None and r.status == DecisionStatus.DRAFT
        issued = mine and r is not None and r.status == DecisionStatus.ISSUED
        self.templates_action.setEnabled(self.service.nominates)
        self.edit_button.setEnabled(draft)
        self.issue_button.setEnabled(draft)
        for b in (self.preview_button, self.print_button, self.save_button):
            b.setEnabled(r is not None)
        self.replace_action.setEnabled(issued)
        self.cancel_action.setEnabled(issued)
        self.discard_action.setEnabled(draft)
        if r is None:
            self.detail.setHtml(tr("<p style='color:#777'>Chọn một quyết định.</p>"))
            return
        self.detail.setHtml(decision_html(r, self.service.decision_nominations(r.uid)))

    def _link(self, url: QUrl) -> None:
        kind, _, uid = url.toString().partition(":")
        if kind == "nomination":
            self.navigate.emit("nominationsPage", uid)
        elif kind == "decision":
            self.select_uid(uid)

    # ------------------------------------------------------------------------------ actions
    def edit_draft(self) -> DecisionDialog | None:
        r = self.selected()
        if r is None or r.status != DecisionStatus.DRAFT:
            return None
        dialog = DecisionDialog(self, self.service, r)
        dialog.saved.connect(self.reload)
        dialog.open()
        return dialog

    def issue(self) -> IssueDialog | None:
        r = self.selected()
        if r is None or r.status != DecisionStatus.DRAFT:
            return None
        dialog = IssueDialog(self, self.service, r)
        dialog.issued.connect(self._issued)
        dialog.open()
        return dialog

    def _issued(self, uid: str) -> None:
        self.reload(uid)
        r = self.selected()
        self.notice.show_notice(
            tr("Đã ban hành Quyết định số {0}; các đề xuất đã chuyển sang “Đã có quyết định cử”.").format(
                r.number_text if r else ""
            )
        )

    def cancel(self) -> CancelDialog | None:
        r = self.selected()
        if r is None or r.status != DecisionStatus.ISSUED:
            return None
        dialog = CancelDialog(self, self.service, r)
        dialog.cancelled.connect(self.reload)
        dialog.open()
        return dialog

    def replace(self) -> str | None:
        r = self.selected()
        if r is None or r.status != DecisionStatus.ISSUED:
            return None
        try:
            uid = self.service.draft_decision(list(r.nomination_uids), amends_uid=r.uid)
        except UserError as exc:
            show_warning(self, tr("Chưa lập được quyết định thay thế"), str(exc))
            return None
        self.reload(uid)
        self.notice.show_notice(
            tr(
                "Đã lập dự thảo thay thế Quyết định số {0}. Sửa dự thảo rồi ban hành; quyết định cũ vẫn được lưu."
            ).format(r.number_text)
        )
        return uid

    def discard(self) -> None:
        r = self.selected()
        if r is None or r.status != DecisionStatus.DRAFT:
            return

        def go() -> None:
            self.service.discard_draft(r.uid)
            self.reload()

        ask_confirm(
            self, tr("Xóa dự thảo"), tr("Xóa dự thảo “{0}”? Các đề xuất vẫn còn.").format(r.summary), go, yes=tr("Xóa")
        )

    def edit_templates(self) -> TemplatesDialog:
        dialog = TemplatesDialog(self, self.service)
        dialog.saved.connect(lambda: self.notice.show_notice(tr("Đã lưu mẫu quyết định.")))
        dialog.open()
        return dialog

    # ------------------------------------------------------------------------------ PDF
    @property
    def tmp_dir(self) -> Path:
        """Where made PDFs wait for the preview, the printer or a copy; removed with the page."""
        if self._tmp_dir is None:
            path = Path(tempfile.mkdtemp(prefix="boiduong-qd-"))
            self._tmp_dir = path
            self.destroyed.connect(lambda *_a: shutil.rmtree(path, ignore_errors=True))
        return self._tmp_dir

    def _file_name(self, r: DecisionRow) -> str:
        if r.number is None:
            return "du-thao-quyet-dinh.pdf"
        return f"QD-{r.number:02d}-{r.year}.pdf"

    def make_pdf(self, r: DecisionRow, then: Callable[[Path], None], dest: Path | None = None) -> Task[Path]:
        """Make the PDF in a worker thread (a long appendix takes a moment), then call ``then``."""
        out = dest or Path(self.tmp_dir) / self._file_name(r)
        service = self.service

        def work(report: Report) -> Path:
            return service.render_pdf(r.uid, out, report)

        def done(path: Path) -> None:
            self.pdf_ready.emit(str(path))
            then(path)

        self.task = Task(self, tr("Đang tạo tệp PDF…"), work, done)
        return self.task

    def preview(self) -> None:
        r = self.selected()
        if r is None:
            return
        title = tr("Quyết định {0}").format(r.number_text)
        self.make_pdf(
            r,
            lambda path: setattr(self, "preview_dialog", open_preview(self, path, title=title, on_save=self.save_pdf)),
        )

    def print_(self) -> None:
        r = self.selected()
        if r is None:
            return
        title = tr("Quyết định {0}").format(r.number_text)

        def printed(pages: int) -> None:
            self.notice.show_notice(tr("Đã gửi {0} trang tới máy in.").format(pages))

        self.make_pdf(
            r, lambda path: setattr(self, "print_dialog", print_directly(self, path, title=title, on_done=printed))
        )

    def save_pdf(self) -> None:
        r = self.selected()
        if r is None:
            return
        suggested = Path.home() / self._file_name(r)

        def chosen(dest: Path) -> None:
            if dest.suffix.lower() != ".pdf":
                dest = dest.with_suffix(".pdf")
            made = Path(self.tmp_dir) / self._file_name(r)
            if made.exists():
                save_copy(made, dest)
                self._saved(dest)
            else:
                self.make_pdf(r, self._saved, dest=dest)

        choose_save_file(self, tr("Lưu quyết định ra PDF"), tr("Tệp PDF (*.pdf)"), chosen, suggested=suggested)

    def _saved(self, path: Path) -> None:
        show_info(self, tr("Đã lưu"), tr("Đã lưu quyết định vào:\n{0}").format(path))


def decision_html(r: DecisionRow, people: list) -> str:  # type: ignore[type-arg]
    def line(label: str, value: str | None) -> str:
        return f"<tr><td style='color:#555;padding-right:8px'>{label}</td><td>{escape(value or '—')}</td></tr>"

    links = []
    if r.amends_uid:
        links.append(
            tr("Thay thế Quyết định số <a href='decision:{0}'>{1}</a>").format(r.amends_uid, escape(r.amends_text))
        )
    if r.replaced_by_uid:
        links.append(
            tr("Đã được thay thế bằng Quyết định số <a href='decision:{0}'>{1}</a>").format(
                r.replaced_by_uid, escape(r.replaced_by_text)
            )
        )
    if r.status == DecisionStatus.CANCELLED:
        links.append(tr("Đã hủy bỏ ngày {0}: {1}").format(format_date(r.cancelled_on), escape(r.cancel_reason or "")))
    names = "".join(
        f"<li><a href='nomination:{n.uid}'>{escape(n.staff_name)}</a> — {escape(n.position or '')}"
        f" <span style='color:#777'>({escape(tr_label(n.status_label))})</span></li>"
        for n in people
    )
    return (
        f"<h3 style='margin-bottom:2px'>{escape(r.title)}</h3><p>{escape(r.summary)}</p><table>"
        + line(tr("Trạng thái"), tr_label(r.status_label))
        + line(tr("Khóa học"), r.course_name)
        + line(tr("Người ký"), r.signer_name)
        + "</table>"
        + "".join(f"<p>{x}</p>" for x in links)
        + tr("<p><b>Người được cử ({n})</b></p>").format(n=r.people)
        + f"<ol style='margin-left:-20px'>{names}</ol>"
    )
