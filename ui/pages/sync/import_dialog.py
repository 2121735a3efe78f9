"""Receiving files: every file's preview (per kind: created, updated, unchanged, deleted, conflicts; the
source and the bundle's date), the keys to confirm by phone, then apply — each file in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_date
from app.sync.catalogue import REGISTRY
from app.sync.importer import ALREADY, APPLIED, NEEDS_KEY, PREVIEW, REFUSED, WAITING, Checked, Outcome
from app.sync.merge import DECISIONS
from app.sync.service import SyncService
from app.sync.status import local_day
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.pages.sync.models import OUTCOME_COLUMNS, RowsModel, SortProxy, outcome_tip
from ui.tasks import Task

DECISION_TITLES = {
    "created": QT_TRANSLATE_NOOP("", "Thêm mới"),
    "updated": QT_TRANSLATE_NOOP("", "Cập nhật"),
    "unchanged": QT_TRANSLATE_NOOP("", "Không đổi"),
    "stale": QT_TRANSLATE_NOOP("", "Cũ hơn (bỏ qua)"),
    "deleted": QT_TRANSLATE_NOOP("", "Xóa"),
    "conflicts": QT_TRANSLATE_NOOP("", "Xung đột"),
}


def outcome_html(o: Outcome) -> str:
    """The detail of one file: what it is, what it would change, and anything to act on."""
    parts = [f"<h3>{escape(o.file_name)}</h3>"]
    if o.origin:
        kind = tr("toàn bộ dữ liệu") if o.full else tr("các thay đổi {a}–{b}").format(a=o.seq_from + 1, b=o.seq_to)
        parts.append(
            "<p>"
            + tr("Của <b>{name}</b> ({code}), lập ngày {day}; {kind}.").format(
                name=escape(o.origin.name),
                code=o.origin.code,
                day=format_date(local_day(o.created_at)),
                kind=kind,
            )
            + "</p>"
        )
    if o.counts:
        labels = {s.name: s.kind.label for s in REGISTRY}
        head = "".join(f"<th>{tr(DECISION_TITLES[d])}</th>" for d in DECISIONS)
        rows = "".join(
            f"<tr><td>{escape(tr_label(labels.get(kind, kind)))}</td>"
            + "".join(f"<td align='right'>{getattr(c, d) or ''}</td>" for d in DECISIONS)
            + "</tr>"
            for kind, c in o.counts.items()
        )
        parts.append(f"<table cellspacing='0' cellpadding='3' border='1'><tr><th></th>{head}</tr>{rows}</table>")
    if o.gap:
        parts.append(
            "<p style='color:#9a6700'>"
            + tr("Chưa nhận các thay đổi số {a}–{b} của đơn vị này (một tệp trước đó bị thiếu).").format(
                a=o.gap[0] + 1, b=o.gap[1]
            )
            + "</p>"
        )
    if o.status in (NEEDS_KEY, REFUSED, WAITING, ALREADY) and o.message:
        colour = "#b3261e" if o.status == REFUSED else "#9a6700"
        parts.append(f"<p style='color:{colour}'>{escape(o.message)}</p>")
    parts.extend(f"<p>{escape(n)}</p>" for n in o.notes)
    return "".join(parts)


class ImportDialog(QDialog):
    """Shown once the files are checked and previewed (nothing has changed yet)."""

    applied = Signal()

    def __init__(
        self,
        service: SyncService,
        checked: Sequence[Checked],
        outcomes: Sequence[Outcome],
        parent: QWidget | None = None,
        on_applied: Callable[[list[Outcome]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(tr("Nhận tệp đồng bộ"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1000, 620)
        self.service, self.checked, self.on_applied = service, list(checked), on_applied
        self.task: Task[list[Outcome]] | None = None
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.model: RowsModel[Outcome] = RowsModel(OUTCOME_COLUMNS, self, row_tip=outcome_tip)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("outcomeView")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # the files stay in the order they were given until a click
        for i, col in enumerate(OUTCOME_COLUMNS):
            self.view.setColumnWidth(i, col.width)
        self.detail = QTextBrowser()
        self.detail.setObjectName("outcomeDetail")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setSizes([330, 200])
        self.keys_box = QGroupBox(tr("Khóa cần xác nhận"))
        self.keys_box.setObjectName("keysBox")
        keys_layout = QVBoxLayout(self.keys_box)
        self.key_checks: dict[str, QCheckBox] = {}
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(tr("Nhập các tệp hợp lệ"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyButton")
        self.close_button = self.buttons.addButton(tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.keys_box)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._selected)

        for o in outcomes:
            if o.status == NEEDS_KEY and o.origin and o.origin.code not in self.key_checks:
                text = tr("Đã gọi điện cho {name} và so khớp mã khóa: {fp}").format(
                    name=o.origin.name, fp=o.fingerprint or ""
                )
                if o.previous_fingerprint:
                    text = tr("KHÓA ĐÃ THAY ĐỔI (khóa cũ {old}). ").format(old=o.previous_fingerprint) + text
                check = QCheckBox(text)
                check.setObjectName(f"keyConfirm_{o.origin.code}")
                check.toggled.connect(self._update_buttons)
                keys_layout.addWidget(check)
                self.key_checks[o.origin.code] = check
        self.keys_box.setVisible(bool(self.key_checks))
        self.show_outcomes(list(outcomes), applied=False)

    # -------------------------------------------------------------------------------------------
    def show_outcomes(self, outcomes: list[Outcome], *, applied: bool) -> None:
        self.model.set_rows(outcomes)
        counts = {
            s: sum(1 for o in outcomes if o.status == s)
            for s in (PREVIEW, NEEDS_KEY, REFUSED, ALREADY, APPLIED, WAITING)
        }
        if applied:
            text = tr("Đã nhập {n} tệp.").format(n=counts[APPLIED])
            if counts[NEEDS_KEY]:
                text += " " + tr("{n} tệp chưa nhập vì khóa chưa được xác nhận.").format(n=counts[NEEDS_KEY])
        else:
            text = tr("{n} tệp: {ok} sẵn sàng nhập").format(n=len(outcomes), ok=counts[PREVIEW])
            if counts[NEEDS_KEY]:
                text += tr(", {n} cần xác nhận khóa").format(n=counts[NEEDS_KEY])
            text += ". " + tr("Chưa có gì thay đổi; bấm “Nhập các tệp hợp lệ” để nhập (mỗi tệp một lần, trọn vẹn).")
        if counts[REFUSED]:
            text += " " + tr("{n} tệp bị từ chối (xem lý do bên dưới).").format(n=counts[REFUSED])
        if counts[ALREADY]:
            text += " " + tr("{n} tệp đã nhập trước đó.").format(n=counts[ALREADY])
        if counts[WAITING]:
            text += " " + tr("{n} tệp chờ tệp gửi trước đó.").format(n=counts[WAITING])
        self.summary.setText(text)
        if outcomes:
            self.view.selectRow(0)
        self._update_buttons()

    def _selected(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        outcome = self.proxy.row_at(rows[0]) if rows else None
        self.detail.setHtml(outcome_html(outcome) if outcome else "")

    def _update_buttons(self) -> None:
        ready = any(
            o.status == PREVIEW
            or (o.status == NEEDS_KEY and o.origin and self.key_checks.get(o.origin.code, QCheckBox()).isChecked())
            for o in self.model.rows
        )
        self.apply_button.setEnabled(bool(ready) and self.task is None)

    def confirmed_keys(self) -> set[str]:
        return {code for code, check in self.key_checks.items() if check.isChecked()}

    def apply(self) -> None:
        service, checked, accept = self.service, self.checked, self.confirmed_keys()
        self.apply_button.setEnabled(False)
        self.task = Task(self, tr("Đang nhập dữ liệu…"), lambda _r: service.apply(checked, accept), self._applied)

    def _applied(self, outcomes: list[Outcome]) -> None:
        by_name = {o.file_name: o for o in outcomes}
        shown = [by_name.pop(o.file_name, o) for o in self.model.rows] + list(by_name.values())
        self.show_outcomes(shown, applied=True)
        self.apply_button.setVisible(False)
        self.close_button.setText(tr("Đóng"))
        self.keys_box.setVisible(False)
        self.applied.emit()
        if self.on_applied is not None:
            self.on_applied(outcomes)
