"""First start: which unit is this install (commune/ward/special zone or province)?"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.labels import UNIT_KIND_LABELS
from app.organisation import COMMUNE_KINDS, UnitInfo, validate_unit_code
from app.sync.service import read_setup_file, set_up_from
from app.sync.setup import SetupOffer
from app.workspace import Workspace
from db.enums import UnitKind
from ui.dialogs.messages import ask_confirm, choose_open_file
from ui.i18n import tr, tr_label
from ui.tasks import Task
from ui.widgets.forms import errors_label
from ui.widgets.validation import mark


class FirstStartDialog(QDialog):
    def __init__(
        self, workspace: Workspace, on_done: Callable[[UnitInfo], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(tr("Khai báo đơn vị sử dụng"))
        self.setMinimumWidth(520)  # the welcome text and the messages read in a few lines, not a column
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace, self.on_done = workspace, on_done
        intro = QLabel(
            tr(
                "<b>Chào mừng đến với Bồi dưỡng.</b><br>Trước khi bắt đầu, hãy cho biết máy này dùng cho đơn vị nào. "
                "Mã đơn vị là mã đơn vị hành chính theo Quyết định 19/2025/QĐ-TTg (xã: 5 chữ số, tỉnh: 2 chữ số)."
            )
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("unitKind")
        for kind in (*COMMUNE_KINDS, UnitKind.PROVINCE):
            self.kind.addItem(tr_label(UNIT_KIND_LABELS[kind]), kind.value)
        self.code = QLineEdit()
        self.code.setObjectName("unitCode")
        self.code.setPlaceholderText(tr("Ví dụ: 11311"))
        self.name = QLineEdit()
        self.name.setObjectName("unitName")
        self.name.setPlaceholderText(tr("Ví dụ: Xã Vĩnh Lộc"))
        self.province_code = QLineEdit()
        self.province_code.setObjectName("provinceCode")
        self.province_code.setPlaceholderText(tr("2 chữ số, ví dụ: 31"))
        self.province_name = QLineEdit()
        self.province_name.setObjectName("provinceName")
        self.province_name.setPlaceholderText(tr("Ví dụ: Thành phố Hải Phòng"))
        form = QFormLayout()
        form.addRow(tr("Loại đơn vị"), self.kind)
        form.addRow(tr("Mã đơn vị *"), self.code)
        form.addRow(tr("Tên đơn vị *"), self.name)
        self.province_rows = (QLabel(tr("Mã tỉnh, thành phố *")), QLabel(tr("Tên tỉnh, thành phố")))
        form.addRow(self.province_rows[0], self.province_code)
        form.addRow(self.province_rows[1], self.province_name)
        self.error = errors_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Bắt đầu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Thoát"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        # a commune whose province sent a set-up file starts from it (identity, province key, catalogue)
        self.setup_button = buttons.addButton(tr("Thiết lập từ tệp của tỉnh…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.setup_button.setObjectName("setupFromFile")
        self.setup_button.clicked.connect(self.ask_setup_file)
        self.task: Task[SetupOffer] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        commune = UnitKind(self.kind.currentData()) != UnitKind.PROVINCE
        for w in (*self.province_rows, self.province_code, self.province_name):
            w.setVisible(commune)

    def try_accept(self) -> None:
        kind = UnitKind(self.kind.currentData())
        commune = kind != UnitKind.PROVINCE
        errors: dict[QLineEdit, str] = {}
        try:
            validate_unit_code(kind, self.code.text())
        except UserError as exc:
            errors[self.code] = str(exc)
        if not self.name.text().strip():
            errors[self.name] = tr("Tên đơn vị không được để trống.")
        if commune:
            try:
                validate_unit_code(UnitKind.PROVINCE, self.province_code.text())
            except UserError as exc:
                errors[self.province_code] = str(exc)
        for field in (self.code, self.name, self.province_code):
            mark(field, errors.get(field))
        if errors:
            self.error.setText("\n".join(errors.values()))
            return
        try:
            unit = self.workspace.init_unit(
                kind=kind,
                code=self.code.text(),
                name=self.name.text(),
                province_code=self.province_code.text() if commune else None,
                province_name=self.province_name.text() if commune else None,
            )
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
        self.on_done(unit)

    # ------------------------------------------------------------------ set up from the province's file
    def ask_setup_file(self) -> None:
        choose_open_file(
            self,
            tr("Chọn tệp thiết lập do tỉnh gửi"),
            tr("Tệp đồng bộ Bồi dưỡng (*.bdsync);;Mọi tệp (*)"),
            self.read_setup_file,
        )

    def read_setup_file(self, path: Path) -> None:
        self.error.setText("")
        self.task = Task(
            self, tr("Đang kiểm tra tệp…"), lambda _r: read_setup_file(path), self.confirm_setup, self._setup_failed
        )

    def _setup_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.error.setText(str(exc))

    def confirm_setup(self, offer: SetupOffer) -> None:
        text = tr(
            "Tệp của {province} ({pcode}) thiết lập máy này cho {unit} ({ucode}).\n\n"
            "Mã khóa của tỉnh:\n{fp}\n\n"
            "Hãy gọi điện cho Sở Nội vụ và so từng nhóm số. Chỉ bấm “Mã khớp — thiết lập” khi cả 8 nhóm đều giống."
        ).format(
            province=offer.province_name,
            pcode=offer.province_code,
            unit=offer.unit_name,
            ucode=offer.unit_code,
            fp=offer.fingerprint,
        )
        ask_confirm(
            self,
            tr("Xác nhận khóa của tỉnh"),
            text,
            # after the box has closed: setting up closes (and deletes) this dialog, the box's parent
            lambda: QTimer.singleShot(0, lambda: self.set_up(offer)),
            yes=tr("Mã khớp — thiết lập"),
        )

    def set_up(self, offer: SetupOffer) -> None:
        try:
            unit = set_up_from(self.workspace, offer)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
        self.on_done(unit)
