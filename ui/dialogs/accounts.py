"""Sign-in, forgotten administrator password, change of password, and showing a recovery code.

All open with ``open()`` and report through callbacks; the work is done by app.security.service."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_date
from app.errors import UserError, ValidationFailed
from app.security.service import AccountService
from ui.i18n import tr
from ui.print_preview import a4_printer
from ui.widgets.forms import errors_label
from ui.widgets.validation import mark

Btn = QDialogButtonBox.StandardButton


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SignInDialog(QDialog):
    """Shown at start when the office turned sign-in on. Rejecting it quits the app."""

    def __init__(
        self, service: AccountService, unit_name: str, on_signed_in: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(tr("Đăng nhập — Bồi dưỡng"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service, self.on_signed_in = service, on_signed_in
        self.recovery: RecoveryDialog | None = None
        heading = QLabel(f"<b>{unit_name}</b><br>" + tr("Hãy đăng nhập để tiếp tục."))
        heading.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = _password_field("password")
        form = QFormLayout()
        form.addRow(tr("Tên đăng nhập"), self.username)
        form.addRow(tr("Mật khẩu"), self.password)
        self.error = errors_label()
        buttons = QDialogButtonBox(Btn.Ok | Btn.Cancel)
        buttons.button(Btn.Ok).setText(tr("Đăng nhập"))
        buttons.button(Btn.Cancel).setText(tr("Thoát"))
        self.forgot = QPushButton(tr("Quên mật khẩu quản trị…"))
        self.forgot.setObjectName("forgotPassword")
        self.forgot.setFlat(True)
        buttons.addButton(self.forgot, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        self.forgot.clicked.connect(self.open_recovery)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def try_sign_in(self) -> None:
        result = self.service.sign_in(self.username.text(), self.password.text())
        if not result.ok:
            self.error.setText(result.message)
            mark(self.password, result.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
        self.on_signed_in()

    def open_recovery(self) -> RecoveryDialog:
        self.recovery = RecoveryDialog(self.service, self, prefill=self.username.text())
        self.recovery.open()
        return self.recovery


class RecoveryDialog(QDialog):
    """A forgotten administrator password: the recovery code given when sign-in was turned on."""

    def __init__(self, service: AccountService, parent: QWidget | None = None, prefill: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(tr("Đặt lại mật khẩu quản trị"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.code_dialog: RecoveryCodeDialog | None = None
        intro = QLabel(
            tr(
                "Nhập mã khôi phục được in ra khi bật đăng nhập (dạng XXXXX-XXXXX-XXXXX-XXXXX). "
                "Mã chỉ dùng được một lần; sau khi đặt lại, ứng dụng cấp mã mới. "
                "Không còn mã? Người giữ máy có thể chạy lệnh “boiduong users reset-password TÊN”."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCode")
        self.username = QLineEdit(prefill)
        self.username.setObjectName("recoveryUsername")
        self.password = _password_field("newPassword")
        self.again = _password_field("newPasswordAgain")
        form = QFormLayout()
        form.addRow(tr("Mã khôi phục"), self.code)
        form.addRow(tr("Tài khoản quản trị"), self.username)
        form.addRow(tr("Mật khẩu mới"), self.password)
        form.addRow(tr("Nhập lại mật khẩu"), self.again)
        self.error = errors_label()
        buttons = QDialogButtonBox(Btn.Ok | Btn.Cancel)
        buttons.button(Btn.Ok).setText(tr("Đặt lại"))
        buttons.button(Btn.Cancel).setText(tr("Hủy"))
        buttons.accepted.connect(self.try_recover)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_recover(self) -> None:
        if self.password.text() != self.again.text():
            self.error.setText(tr("Hai lần nhập mật khẩu không giống nhau."))
            return
        try:
            new_code = self.service.recover(self.code.text(), self.username.text(), self.password.text())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
        self.code_dialog = RecoveryCodeDialog(new_code, self.parentWidget())
        self.code_dialog.open()


class RecoveryCodeDialog(QDialog):
    """Shows a new recovery code once. Only its hash is kept, so it cannot be shown again."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(tr("Mã khôi phục mới"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.code = code
        text = QLabel(
            tr(
                "Đây là mã khôi phục mật khẩu quản trị. Hãy in hoặc chép ra giấy và cất ở nơi an toàn "
                "(tủ hồ sơ của cơ quan). Mã chỉ hiện một lần này; ứng dụng chỉ giữ bản băm của mã."
            )
        )
        text.setWordWrap(True)
        shown = QLineEdit(code)
        shown.setObjectName("recoveryCodeText")
        shown.setReadOnly(True)
        font = shown.font()
        font.setPointSize(font.pointSize() + 4)
        font.setFamily("monospace")
        shown.setFont(font)
        copy = QPushButton(tr("Sao chép"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(code))
        print_button = QPushButton(tr("In…"))
        print_button.setObjectName("printRecoveryCode")
        print_button.clicked.connect(self.ask_print)
        buttons = QDialogButtonBox(Btn.Ok)
        buttons.button(Btn.Ok).setText(tr("Tôi đã cất mã"))
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(shown)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def ask_print(self) -> QPrintDialog:
        printer = a4_printer()
        printer.setDocName(tr("Mã khôi phục"))
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_sheet(printer))
        dialog._printer = printer  # type: ignore[attr-defined]  # keep it alive with the dialog
        QDialog.open(dialog)  # QPrintDialog.open() is overloaded with a receiver; the plain one is wanted
        return dialog

    def print_sheet(self, printer: QPrinter) -> None:
        """One A4 sheet to keep in the office's files: the code, the day it was made, what it is for."""
        sheet = QTextDocument()
        sheet.setDefaultFont(QFont("Times New Roman", 13))
        sheet.setHtml(
            "<h2>{title}</h2><p>{made}</p><p style='font-size:22pt; font-family:monospace'><b>{code}</b></p>"
            "<p>{use}</p>".format(
                title=html.escape(tr("Mã khôi phục mật khẩu quản trị — Bồi dưỡng")),
                made=html.escape(tr("Tạo ngày {day}.").format(day=format_date(date.today()))),
                code=html.escape(self.code),
                use=html.escape(
                    tr(
                        "Dùng mã này ở màn hình đăng nhập (“Quên mật khẩu quản trị…”) khi không ai còn nhớ "
                        "mật khẩu quản trị. Cất tờ này trong tủ hồ sơ của cơ quan; một mã mới làm mã này hết hiệu lực."
                    )
                ),
            )
        )
        sheet.print_(printer)


class ChangePasswordDialog(QDialog):
    """The signed-in user's own password; ``forced`` after an administrator reset (no cancel then)."""

    def __init__(
        self,
        service: AccountService,
        on_done: Callable[[], object],
        parent: QWidget | None = None,
        *,
        forced: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(tr("Đổi mật khẩu"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service, self.on_done = service, on_done
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(tr("Mật khẩu của bạn vừa được đặt lại. Hãy chọn mật khẩu mới của riêng bạn."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.old = _password_field("oldPassword")
        self.new = _password_field("newPassword")
        self.again = _password_field("newPasswordAgain")
        form = QFormLayout()
        form.addRow(tr("Mật khẩu hiện tại"), self.old)
        form.addRow(tr("Mật khẩu mới"), self.new)
        form.addRow(tr("Nhập lại mật khẩu mới"), self.again)
        self.error = errors_label()
        buttons = QDialogButtonBox(Btn.Ok | Btn.Cancel)
        buttons.button(Btn.Ok).setText(tr("Đổi mật khẩu"))
        buttons.button(Btn.Cancel).setText(tr("Thoát") if forced else tr("Hủy"))
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_change(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(tr("Hai lần nhập mật khẩu mới không giống nhau."))
            return
        try:
            self.service.change_own_password(self.old.text(), self.new.text())
        except ValidationFailed as exc:
            self.error.setText("\n".join(exc.field_errors.values()))
            return
        self.accept()
        self.on_done()
