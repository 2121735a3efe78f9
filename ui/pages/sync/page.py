"""The Sync page ("Đồng bộ"). A commune sends its data to the province in one click and receives the
province's files; a province receives many communes' files at once, sees every commune's freshness and
sends each (or all) of them what it owns. Both see the conflicts left for a person and the bundle log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_date
from app.errors import UserError
from app.labels import UNIT_KIND_LABELS
from app.organisation import COMMUNE_KINDS
from app.security.permissions import Permission
from app.sync.export import BUNDLE_SUFFIX, ExportResult
from app.sync.importer import Checked, Outcome
from app.sync.service import SendResult, SyncService, find_bundle_files
from app.sync.status import ConflictInfo, local_day
from app.workspace import Workspace
from db.enums import UnitKind
from ui.dialogs.messages import ask_confirm, choose_save_file, show_info, show_warning
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.pages.sync.import_dialog import ImportDialog
from ui.pages.sync.models import (
    COMMUNE_COLUMNS,
    CONFLICT_COLUMNS,
    LOG_COLUMNS,
    Column,
    RowsModel,
    SortProxy,
)
from ui.tasks import Task

FILTER = QT_TRANSLATE_NOOP("", "Tệp đồng bộ Bồi dưỡng (*.bdsync);;Mọi tệp (*)")


def make_table(model: RowsModel, columns: tuple[Column, ...], name: str) -> tuple[QTableView, SortProxy]:  # type: ignore[type-arg]
    proxy = SortProxy(model)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setSortingEnabled(True)
    view.horizontalHeader().setHighlightSections(False)
    for i, col in enumerate(columns):
        view.setColumnWidth(i, col.width)
    return view, proxy


def describe_export(result: ExportResult) -> str:
    from app.sync.catalogue import REGISTRY

    labels = {s.name: s.kind.label for s in REGISTRY}
    what = ", ".join(
        tr("{n} {kind}").format(n=n, kind=tr_label(labels.get(k, k)).lower()) for k, n in result.counts.items() if n
    )
    if result.bundle_type == "setup":
        return tr("Tệp thiết lập cho {name}: khóa của tỉnh và danh mục; không có dữ liệu cá nhân.").format(
            name=result.destination.name
        )
    if not what:
        what = tr("không có thay đổi mới (chỉ xác nhận đã nhận)")
    scope = tr("toàn bộ dữ liệu") if result.full else tr("phần chưa được xác nhận")
    return tr("Gửi {name}: {scope} — {what}. Đã ký số và mã hóa, chỉ {name} mở được.").format(
        name=result.destination.name, scope=scope, what=what
    )


class RegisterCommuneDialog(QDialog):
    """Province: register a commune before its set-up file can be made."""

    def __init__(self, service: SyncService, on_done: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerCommuneDialog")
        self.setWindowTitle(tr("Đăng ký xã trực thuộc"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service, self.on_done = service, on_done
        self.code = QLineEdit()
        self.code.setObjectName("communeCode")
        self.code.setPlaceholderText(tr("5 chữ số, ví dụ 99901"))
        self.name = QLineEdit()
        self.name.setObjectName("communeName")
        self.name.setPlaceholderText(tr("Ví dụ: Xã Vĩnh Lộc"))
        self.kind = QComboBox()
        for kind in COMMUNE_KINDS:
            self.kind.addItem(tr_label(UNIT_KIND_LABELS[kind]), kind.value)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b3261e")
        form = QFormLayout()
        form.addRow(tr("Loại"), self.kind)
        form.addRow(tr("Mã đơn vị *"), self.code)
        form.addRow(tr("Tên *"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Đăng ký"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        try:
            self.service.register_commune(self.code.text(), self.name.text(), UnitKind(self.kind.currentData()))
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
        self.on_done(self.code.text().strip())


class SyncPage(QWidget):
    title = QT_TRANSLATE_NOOP("", "Đồng bộ")
    records_changed = Signal()  # bundles were applied: other pages re-read their lists

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self.workspace = workspace
        self.service = SyncService(workspace)
        self.task: Task[Any] | None = None
        self.dialog: ImportDialog | None = None
        # sending and receiving files needs the right to exchange bundles (a viewer reads the status)
        self.may_exchange = workspace.actor.can(Permission.EXCHANGE_BUNDLES)
        self.identity = QLabel()
        self.identity.setObjectName("syncIdentity")
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        unit = workspace.unit
        self.is_province = bool(unit and unit.is_province)
        if self.is_province:
            self.tabs.addTab(self._province_tab(), tr("Các xã"))
        else:
            self.tabs.addTab(self._commune_tab(), tr("Gửi và nhận"))
        self.tabs.addTab(self._conflicts_tab(), tr("Xung đột"))
        self.tabs.addTab(self._log_tab(), tr("Nhật ký tệp"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.identity)
        layout.addWidget(self.tabs, 1)

    # =============================================================================== commune
    def _commune_tab(self) -> QWidget:
        tab = QWidget()
        send_box = QGroupBox(tr("Gửi dữ liệu lên tỉnh"))
        self.ack_label = QLabel()
        self.ack_label.setObjectName("ackLabel")
        self.ack_label.setStyleSheet("font-weight:bold")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingLabel")
        self.full_check = QCheckBox(tr("Gửi toàn bộ dữ liệu (không chỉ phần tỉnh chưa xác nhận)"))
        self.full_check.setObjectName("fullCheck")
        self.send_button = QPushButton(tr("Gửi lên tỉnh"))
        self.send_button.setObjectName("sendToProvince")
        self.send_button.setDefault(True)
        self.send_as_button = QPushButton(tr("Lưu tệp gửi vào chỗ khác (USB)…"))
        self.send_as_button.setObjectName("sendAs")
        self.sent_label = QLabel()
        self.sent_label.setObjectName("sentLabel")
        self.sent_label.setWordWrap(True)
        self.sent_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_outbox = QPushButton(tr("Mở thư mục chứa tệp"))
        self.open_outbox.setObjectName("openOutbox")
        self.open_outbox.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addWidget(self.send_as_button)
        row.addWidget(self.full_check)
        row.addStretch(1)
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.sent_label, 1)
        sent_row.addWidget(self.open_outbox)
        send_layout = QVBoxLayout(send_box)
        send_layout.addWidget(self.ack_label)
        send_layout.addWidget(self.pending_label)
        send_layout.addLayout(row)
        send_layout.addLayout(sent_row)

        receive_box = QGroupBox(tr("Nhận tệp từ tỉnh"))
        self.received_label = QLabel()
        self.received_label.setObjectName("receivedLabel")
        self.received_label.setWordWrap(True)
        self.receive_button = QPushButton(tr("Nhận tệp từ tỉnh…"))
        self.receive_button.setObjectName("receiveFromProvince")
        receive_layout = QVBoxLayout(receive_box)
        receive_layout.addWidget(self.received_label)
        r = QHBoxLayout()
        r.addWidget(self.receive_button)
        r.addStretch(1)
        receive_layout.addLayout(r)

        self.sent_model: RowsModel = RowsModel(LOG_COLUMNS, self)  # type: ignore[type-arg]
        self.sent_view, self.sent_proxy = make_table(self.sent_model, LOG_COLUMNS, "sentView")
        self.sent_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        history = QGroupBox(tr("Các tệp đã gửi"))
        QVBoxLayout(history).addWidget(self.sent_view)

        layout = QVBoxLayout(tab)
        layout.addWidget(send_box)
        layout.addWidget(receive_box)
        layout.addWidget(history, 1)
        self.send_button.clicked.connect(self.send_to_province)
        self.send_as_button.clicked.connect(self.ask_send_as)
        self.receive_button.clicked.connect(self.ask_receive)
        self.open_outbox.clicked.connect(self._open_outbox)
        self._last_sent: Path | None = None
        self.receive_button.setEnabled(self.may_exchange)
        return tab

    def _refresh_commune(self) -> None:
        try:
            link = self.service.province_link()
        except UserError as exc:
            self.ack_label.setText(str(exc))
            return
        if link.acked_through is None:
            acknowledged = tr("{province} chưa xác nhận đã nhận dữ liệu của đơn vị.").format(
                province=link.province_name
            )
        else:
            acknowledged = tr("{province} đã có dữ liệu của đơn vị đến ngày {day}.").format(
                province=link.province_name, day=format_date(local_day(link.acked_through))
            )
        self.ack_label.setText(acknowledged)
        if link.province_fingerprint is None:
            self.pending_label.setText(
                tr("Chưa có khóa của tỉnh: hãy bấm “Nhận tệp từ tỉnh…” và chọn tệp thiết lập do Sở Nội vụ gửi.")
            )
            self.send_button.setEnabled(False)
            self.send_as_button.setEnabled(False)
        else:
            self.send_button.setEnabled(self.may_exchange)
            self.send_as_button.setEnabled(self.may_exchange)
            self.pending_label.setText(
                tr("Có {n} bản ghi thay đổi tỉnh chưa xác nhận đã nhận.").format(n=link.pending_changes)
                if link.pending_changes
                else tr("Tỉnh đã xác nhận mọi thay đổi của đơn vị.")
            )
        province_key = (
            tr("Mã khóa của tỉnh đã xác nhận: {fp}.").format(fp=link.province_fingerprint)
            if link.province_fingerprint
            else ""
        )
        last = (
            tr("Lần nhận tệp của tỉnh gần nhất: tệp lập ngày {day}.").format(
                day=format_date(local_day(link.last_received_at))
            )
            if link.last_received_at
            else tr("Chưa nhận tệp nào của tỉnh.")
        )
        self.received_label.setText(f"{last} {province_key}".strip())
        self.sent_model.set_rows([e for e in self.service.log() if e.direction == "out"])

    def send_to_province(self) -> None:
        """One click: the file goes to the outbox folder under its default name."""
        folder = self.service.outbox()
        self._send(self.service.default_path(folder))

    def ask_send_as(self) -> None:
        suggested = self.service.default_path(self.service.outbox())
        choose_save_file(self, tr("Lưu tệp gửi tỉnh"), tr(FILTER), self._send, suggested=suggested)

    def _send(self, out: Path) -> None:
        service, full = self.service, self.full_check.isChecked()
        self.task = Task(self, tr("Đang tạo tệp gửi tỉnh…"), lambda _r: service.export(out, full=full), self._sent)

    def _sent(self, result: ExportResult) -> None:
        self._last_sent = result.path
        size = f"{result.size / 1024:.0f} KB" if result.size >= 1024 else f"{result.size} byte"
        self.sent_label.setText(
            tr(
                "Đã ghi tệp <b>{name}</b> ({size}) vào thư mục {folder}.<br>{what}<br>"
                "Hãy chép tệp này vào USB hoặc đính kèm thư điện tử gửi Sở Nội vụ."
            ).format(
                name=escape(result.path.name),
                size=size,
                folder=escape(str(result.path.parent)),
                what=escape(describe_export(result)),
            )
        )
        self.open_outbox.setVisible(True)
        self.refresh()

    def _open_outbox(self) -> None:
        if self._last_sent is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_sent.parent)))

    def ask_receive(self) -> None:
        dialog = QFileDialog(self, tr("Chọn tệp của tỉnh"), str(self.service.inbox() or Path.home()), tr(FILTER))
        dialog.setObjectName("fileDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.filesSelected.connect(lambda names: self.receive([Path(n) for n in names]))
        dialog.open()

    # ============================================================================== province
    def _province_tab(self) -> QWidget:
        tab = QWidget()
        self.import_files_button = QPushButton(tr("Nhận tệp của các xã…"))
        self.import_files_button.setObjectName("importFiles")
        self.import_folder_button = QPushButton(tr("Nhận cả thư mục (USB)…"))
        self.import_folder_button.setObjectName("importFolder")
        self.send_selected_button = QPushButton(tr("Gửi cho xã đã chọn…"))
        self.send_selected_button.setObjectName("sendSelected")
        self.send_all_button = QPushButton(tr("Gửi cho tất cả các xã…"))
        self.send_all_button.setObjectName("sendAll")
        self.register_button = QPushButton(tr("Đăng ký xã…"))
        self.register_button.setObjectName("registerCommune")
        self.search = QLineEdit()
        self.search.setObjectName("communeSearch")
        self.search.setPlaceholderText(tr("Tìm xã theo tên hoặc mã…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        bar = QHBoxLayout()
        for button in (
            self.import_files_button,
            self.import_folder_button,
            self.send_selected_button,
            self.send_all_button,
            self.register_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.search)
        self.commune_model: RowsModel = RowsModel(COMMUNE_COLUMNS, self)  # type: ignore[type-arg]
        self.commune_view, self.commune_proxy = make_table(self.commune_model, COMMUNE_COLUMNS, "communeView")
        self.commune_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.commune_summary = QLabel()
        self.commune_summary.setObjectName("communeSummary")
        self.commune_summary.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.commune_view, 1)
        layout.addWidget(self.commune_summary)
        self.import_files_button.clicked.connect(self.ask_import_files)
        self.import_folder_button.clicked.connect(self.ask_import_folder)
        self.send_selected_button.clicked.connect(self.ask_send_selected)
        self.send_all_button.clicked.connect(self.ask_send_all)
        self.register_button.clicked.connect(self.ask_register)
        self.search.textChanged.connect(self.commune_proxy.set_search)
        self.commune_view.selectionModel().selectionChanged.connect(lambda *_: self._update_province_buttons())
        for button in (self.import_files_button, self.import_folder_button, self.register_button):
            button.setEnabled(self.may_exchange)
        return tab

    def _refresh_province(self) -> None:
        rows = self.service.communes(date.today())
        self.commune_model.set_rows(rows)
        fresh = sum(1 for r in rows if r.freshness == "fresh")
        old = sum(1 for r in rows if r.freshness == "old")
        stale = sum(1 for r in rows if r.freshness == "stale")
        never = sum(1 for r in rows if r.freshness == "never")
        people = sum(r.people for r in rows)
        self.commune_summary.setText(
            tr(
                "{n} xã, phường: {fresh} gửi trong tháng, {old} cũ hơn 1 tháng, {stale} quá 3 tháng, {never} chưa gửi; "
                "tổng {people} người trong danh sách."
            ).format(
                n=len(rows), fresh=fresh, old=old, stale=stale, never=never, people=f"{people:,}".replace(",", ".")
            )
        )
        self._update_province_buttons()

    def _update_province_buttons(self) -> None:
        self.send_selected_button.setEnabled(self.may_exchange and bool(self.selected_communes()))
        self.send_all_button.setEnabled(self.may_exchange and bool(self.commune_model.rows))

    def selected_communes(self) -> list[str]:
        rows = self.commune_view.selectionModel().selectedRows() if self.commune_view.selectionModel() else []
        return [self.commune_proxy.row_at(i).code for i in rows]

    def ask_import_files(self) -> None:
        dialog = QFileDialog(self, tr("Chọn các tệp của xã"), str(self.service.inbox() or Path.home()), tr(FILTER))
        dialog.setObjectName("fileDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.filesSelected.connect(lambda names: self.receive([Path(n) for n in names]))
        dialog.open()

    def ask_import_folder(self) -> None:
        dialog = QFileDialog(self, tr("Chọn thư mục (ổ USB) chứa các tệp"), str(self.service.inbox() or Path.home()))
        dialog.setObjectName("folderDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda name: self.receive_folder(Path(name)))
        dialog.open()

    def receive_folder(self, folder: Path) -> None:
        files = find_bundle_files(folder)
        if not files:
            show_info(
                self,
                tr("Không có tệp"),
                tr("Thư mục {folder} không có tệp đồng bộ ({suffix}).").format(folder=folder, suffix=BUNDLE_SUFFIX),
            )
            return
        self.receive(files)

    def ask_send_selected(self) -> None:
        codes = self.selected_communes()
        if len(codes) == 1:
            suggested = self.service.default_path(self.service.outbox(), codes[0])
            choose_save_file(
                self, tr("Lưu tệp gửi xã"), tr(FILTER), lambda path: self._send_one(codes[0], path), suggested=suggested
            )
        elif codes:
            self._ask_folder(codes)

    def ask_send_all(self) -> None:
        self._ask_folder([r.code for r in self.commune_model.rows])

    def _ask_folder(self, codes: list[str]) -> None:
        dialog = QFileDialog(self, tr("Chọn thư mục để lưu các tệp gửi xã"), str(self.service.outbox()))
        dialog.setObjectName("folderDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda name: self.send_to_communes(Path(name), codes))
        dialog.open()

    def _send_one(self, code: str, path: Path) -> None:
        service = self.service
        self.task = Task(self, tr("Đang tạo tệp…"), lambda _r: service.export(path, to=code), self._sent_one)

    def _sent_one(self, result: ExportResult) -> None:
        show_info(
            self,
            tr("Đã tạo tệp"),
            tr("Đã ghi {path}.\n{what}").format(path=result.path, what=describe_export(result)),
        )
        self.refresh()

    def send_to_communes(self, folder: Path, codes: list[str]) -> None:
        service = self.service
        self.task = Task(
            self,
            tr("Đang tạo tệp gửi các xã…"),
            lambda report: service.send_to_communes(folder, codes, progress=report),
            lambda results: self._sent_many(folder, results),
        )

    def _sent_many(self, folder: Path, results: list[SendResult]) -> None:
        ok = [r for r in results if r.result is not None]
        setup = [r for r in ok if r.result and r.result.bundle_type == "setup"]
        failed = [r for r in results if r.result is None]
        text = tr("Đã ghi {n} tệp vào {folder}").format(n=len(ok), folder=folder)
        if setup:
            text += tr(" ({n} tệp thiết lập cho xã chưa có khóa)").format(n=len(setup))
        text += "."
        if failed:
            text += "\n" + "\n".join(f"{r.unit_name}: {r.error}" for r in failed[:10])
        show_info(self, tr("Đã tạo tệp gửi các xã"), text)
        self.refresh()

    def ask_register(self) -> None:
        RegisterCommuneDialog(self.service, self._registered, self).open()

    def _registered(self, code: str) -> None:
        self.refresh()
        ask_confirm(
            self,
            tr("Đã đăng ký"),
            tr("Đã đăng ký xã {code}. Tạo ngay tệp thiết lập để gửi cho xã?").format(code=code),
            lambda: self._ask_setup(code),
            yes=tr("Tạo tệp thiết lập"),
        )

    def _ask_setup(self, code: str) -> None:
        suggested = self.service.default_path(self.service.outbox(), code)
        choose_save_file(
            self, tr("Lưu tệp thiết lập"), tr(FILTER), lambda path: self._send_one(code, path), suggested=suggested
        )

    # ============================================================================== receiving
    def receive(self, paths: list[Path]) -> None:
        """Check and preview in the background, then show the preview dialog (nothing changed yet)."""
        service = self.service

        def work(report: object) -> tuple[list[Checked], list[Outcome]]:
            checked = service.check(paths, report)  # type: ignore[arg-type]
            return checked, service.preview(checked)

        self.task = Task(self, tr("Đang kiểm tra tệp…"), work, self._previewed)

    def _previewed(self, result: tuple[list[Checked], list[Outcome]]) -> None:
        checked, outcomes = result
        self.dialog = ImportDialog(self.service, checked, outcomes, self, on_applied=self._applied)
        self.dialog.finished.connect(lambda _r: self.refresh())
        self.dialog.open()

    def _applied(self, outcomes: list[Outcome]) -> None:
        self.refresh()
        if any(o.status == "applied" and o.changes for o in outcomes):
            self.records_changed.emit()

    # ============================================================================== conflicts
    def _conflicts_tab(self) -> QWidget:
        tab = QWidget()
        self.conflict_model: RowsModel = RowsModel(CONFLICT_COLUMNS, self)  # type: ignore[type-arg]
        self.conflict_view, self.conflict_proxy = make_table(self.conflict_model, CONFLICT_COLUMNS, "conflictView")
        self.conflict_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_detail = QTextBrowser()
        self.conflict_detail.setObjectName("conflictDetail")
        self.keep_button = QPushButton(tr("Giữ bản đang có ở đây"))
        self.keep_button.setObjectName("keepLocal")
        self.take_button = QPushButton(tr("Nhận bản của đơn vị quản lý"))
        self.take_button.setObjectName("takeIncoming")
        intro = QLabel(
            tr(
                "Hai phiên bản của cùng một bản ghi không thể cùng đúng. Không bản nào bị bỏ đi cho đến khi "
                "có người quyết định; hãy hỏi đơn vị quản lý bản ghi nếu cần."
            )
        )
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.conflict_view)
        splitter.addWidget(self.conflict_detail)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.conflict_view.selectionModel().selectionChanged.connect(self._conflict_selected)
        self.keep_button.clicked.connect(lambda: self.resolve(take_incoming=False))
        self.take_button.clicked.connect(lambda: self.resolve(take_incoming=True))
        self._conflict_selected(QItemSelection(), QItemSelection())
        return tab

    def selected_conflict(self) -> ConflictInfo | None:
        rows = self.conflict_view.selectionModel().selectedRows()
        return self.conflict_proxy.row_at(rows[0]) if rows else None

    def _conflict_selected(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        conflict = self.selected_conflict()
        self.keep_button.setEnabled(self.may_exchange and conflict is not None)
        self.take_button.setEnabled(self.may_exchange and conflict is not None)
        if conflict is None:
            self.conflict_detail.setHtml(
                "<p style='color:#777'>" + tr("Chọn một xung đột để xem hai phiên bản.") + "</p>"
            )
            return
        rows = "".join(
            f"<tr><td>{escape(name)}</td><td>{escape(str(here))}</td><td>{escape(str(there))}</td></tr>"
            for name, here, there in conflict.readable_differences()
        )
        self.conflict_detail.setHtml(
            f"<h3>{escape(tr_label(conflict.kind_label))}: {escape(conflict.what or conflict.uid)}</h3>"
            + "<p>"
            + tr("Của đơn vị {unit}; phiên bản ở đây {a}, phiên bản gửi đến {b}.").format(
                unit=conflict.origin_label, a=conflict.local_revision, b=conflict.incoming_revision
            )
            + "</p><table cellspacing='0' cellpadding='3' border='1'><tr><th>"
            + tr("Trường")
            + "</th><th>"
            + tr("Ở đây")
            + "</th><th>"
            + tr("Bản gửi đến")
            + f"</th></tr>{rows}</table>"
        )

    def resolve(self, *, take_incoming: bool) -> None:
        conflict = self.selected_conflict()
        if conflict is None:
            return
        try:
            self.service.resolve(conflict.id, take_incoming=take_incoming)
        except UserError as exc:
            show_warning(self, tr("Không xử lý được"), str(exc))
        self.refresh()
        if take_incoming:
            self.records_changed.emit()

    # ==================================================================================== log
    def _log_tab(self) -> QWidget:
        tab = QWidget()
        self.log_model: RowsModel = RowsModel(LOG_COLUMNS, self)  # type: ignore[type-arg]
        self.log_view, self.log_proxy = make_table(self.log_model, LOG_COLUMNS, "logView")
        self.log_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        note = QLabel(
            tr("Mọi tệp đã gửi và đã nhận (kể cả tệp bị từ chối) đều được ghi lại và lưu theo mã băm SHA-256.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addWidget(self.log_view, 1)
        return tab

    # ================================================================================ refresh
    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        unit = self.workspace.unit
        fingerprint = self.service.own_fingerprint(ensure=True)
        if unit is not None:
            self.identity.setText(
                tr(
                    "<b>{name}</b> ({code}) — mã khóa của đơn vị: <b>{fp}</b> (đọc dãy số này khi {other} gọi điện "
                    "xác nhận)."
                ).format(
                    name=escape(unit.name),
                    code=unit.code,
                    fp=fingerprint or tr("chưa có"),
                    other=tr("xã") if unit.is_province else tr("tỉnh"),
                )
            )
        if self.is_province:
            self._refresh_province()
        else:
            self._refresh_commune()
        conflicts = self.service.conflicts()
        self.conflict_model.set_rows(conflicts)
        self.tabs.setTabText(1, tr("Xung đột ({n})").format(n=len(conflicts)) if conflicts else tr("Xung đột"))
        self._conflict_selected(QItemSelection(), QItemSelection())
        self.log_model.set_rows(self.service.log())
