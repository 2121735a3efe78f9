"""Sign-in and accounts (administrators only): turn sign-in on or off, add people with a role, reset a
password, unlock, disable, and make a new recovery code."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationFailed
from app.security.accounts import MIN_PASSWORD, UserInfo
from app.security.permissions import ROLE_LABELS, Permission, Role
from app.security.service import AccountService
from ui.dialogs.accounts import RecoveryCodeDialog
from ui.dialogs.messages import ask_confirm, show_warning
from ui.i18n import QT_TRANSLATE_NOOP, tr, tr_label
from ui.widgets.forms import errors_label

AnyIndex = QModelIndex | QPersistentModelIndex
Btn = QDialogButtonBox.StandardButton
ROLE_HELP = {
    Role.ADMIN: QT_TRANSLATE_NOOP("", "mọi việc, kể cả tài khoản, cài đặt và khôi phục dữ liệu"),
    Role.EDITOR: QT_TRANSLATE_NOOP("", "thêm, sửa dữ liệu, nhập/xuất, gửi nhận gói, xem nhật ký"),
    Role.VIEWER: QT_TRANSLATE_NOOP("", "chỉ xem; CCCD, ngày sinh, điện thoại được che"),
}


class UserTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("", "Tên đăng nhập"),
        QT_TRANSLATE_NOOP("", "Họ tên"),
        QT_TRANSLATE_NOOP("", "Vai trò"),
        QT_TRANSLATE_NOOP("", "Tình trạng"),
        QT_TRANSLATE_NOOP("", "Đăng nhập gần nhất"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[UserInfo] = []

    def set_rows(self, rows: Sequence[UserInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        u = self.rows[index.row()]
        state = tr("Ngừng hoạt động") if not u.active else (tr("Tạm khóa") if u.locked() else tr("Đang hoạt động"))
        last = u.last_sign_in_at.astimezone().strftime("%H:%M %d/%m/%Y") if u.last_sign_in_at else "—"
        return (u.username, u.display_name, tr_label(u.role_label), state, last)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None


class UserDialog(QDialog):
    """Add an account (name, role, first password), or change an account's name, role and state."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        on_ok: Callable[[UserDialog], None],
        *,
        user: UserInfo | None = None,
        ask_password: bool = True,
        ask_role: bool = True,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userDialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.on_ok = on_ok
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("userUsername")
        self.username.setEnabled(user is None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.display_name.setObjectName("userDisplayName")
        self.role = QComboBox()
        self.role.setObjectName("userRole")
        for role in Role:
            self.role.addItem(f"{tr_label(ROLE_LABELS[role])} — {tr(ROLE_HELP[role])}", role.value)
        self.role.setCurrentIndex(self.role.findData((user.role if user else Role.EDITOR).value))
        self.active = QCheckBox(tr("Đang hoạt động (bỏ chọn để ngừng cho đăng nhập)"))
        self.active.setObjectName("userActive")
        self.active.setChecked(user.active if user else True)
        self.password = QLineEdit()
        self.password.setObjectName("userPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("ít nhất {MIN_PASSWORD} ký tự").format(MIN_PASSWORD=MIN_PASSWORD))
        self.again = QLineEdit()
        self.again.setObjectName("userPasswordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr("Tên đăng nhập"), self.username)
        form.addRow(tr("Họ tên"), self.display_name)
        if ask_role:
            form.addRow(tr("Vai trò"), self.role)
        if user is not None:
            form.addRow("", self.active)
        if ask_password:
            form.addRow(tr("Mật khẩu") if user is None else tr("Mật khẩu mới"), self.password)
            form.addRow(tr("Nhập lại mật khẩu"), self.again)
        self.ask_password = ask_password
        self.error = errors_label()
        buttons = QDialogButtonBox(Btn.Ok | Btn.Cancel)
        buttons.button(Btn.Ok).setText(tr("Lưu"))
        buttons.button(Btn.Cancel).setText(tr("Hủy"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @property
    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def try_accept(self) -> None:
        if self.ask_password and self.password.text() != self.again.text():
            self.error.setText(tr("Hai lần nhập mật khẩu không giống nhau."))
            return
        try:
            self.on_ok(self)
        except ValidationFailed as exc:
            self.error.setText("\n".join(exc.field_errors.values()))
            return
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class UsersBox(QWidget):
    def __init__(self, service: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.dialog: QDialog | None = None
        self.state = QLabel()
        self.state.setObjectName("signInState")
        self.state.setWordWrap(True)
        self.toggle = QPushButton()
        self.toggle.setObjectName("toggleSignIn")
        self.toggle.clicked.connect(self.toggle_sign_in)
        self.new_code = QPushButton(tr("Tạo mã khôi phục mới…"))
        self.new_code.setObjectName("newRecoveryCode")
        self.new_code.clicked.connect(self.ask_new_code)
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.toggle)
        top.addWidget(self.new_code)
        self.model = UserTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("usersView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setMinimumHeight(140)
        for i, w in enumerate((130, 200, 130, 120)):
            self.view.setColumnWidth(i, w)
        self.add_button = QPushButton(tr("Thêm tài khoản…"))
        self.add_button.setObjectName("addUser")
        self.edit_button = QPushButton(tr("Sửa vai trò, tình trạng…"))
        self.edit_button.setObjectName("editUser")
        self.reset_button = QPushButton(tr("Đặt lại mật khẩu…"))
        self.reset_button.setObjectName("resetPassword")
        self.unlock_button = QPushButton(tr("Mở khóa"))
        self.unlock_button.setObjectName("unlockUser")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.reset_button, self.unlock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self.ask_add)
        self.edit_button.clicked.connect(self.ask_edit)
        self.reset_button.clicked.connect(self.ask_reset)
        self.unlock_button.clicked.connect(self.unlock)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        required = self.service.sign_in_required()
        self.model.set_rows(self.service.users())
        if required:
            self.state.setText(
                tr(
                    "Đăng nhập đang <b>bật</b>: mỗi người dùng tài khoản riêng; nhật ký thay đổi ghi tên người sửa. "
                    "Áp dụng từ lần mở ứng dụng tiếp theo."
                )
            )
            self.toggle.setText(tr("Tắt đăng nhập"))
        else:
            self.state.setText(
                tr(
                    "Đăng nhập đang <b>tắt</b> (phù hợp máy một người dùng). Bật khi nhiều người dùng chung máy: "
                    "mỗi người có tài khoản và vai trò riêng."
                )
            )
            self.toggle.setText(tr("Bật đăng nhập…"))
        self.new_code.setVisible(required)
        self._update()

    def selected(self) -> UserInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update(self) -> None:
        user = self.selected()
        for b in (self.edit_button, self.reset_button):
            b.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and user.locked())
        self.setEnabled(self.service.can(Permission.MANAGE_USERS))

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------------------ sign-in on/off
    def toggle_sign_in(self) -> None:
        if self.service.sign_in_required():
            ask_confirm(
                self,
                tr("Tắt đăng nhập"),
                tr("Tắt đăng nhập? Ai mở máy cũng dùng được ứng dụng với mọi quyền. Các tài khoản vẫn được giữ."),
                self._disable,
                yes=tr("Tắt đăng nhập"),
            )
            return
        admins = [u for u in self.service.users() if u.role == Role.ADMIN and u.active]
        if admins:  # turned off before: the accounts are still there
            self._show_code(self.service.enable_sign_in("", "", ""))
            return

        def enable(d: UserDialog) -> None:
            code = self.service.enable_sign_in(d.username.text(), d.display_name.text(), d.password.text())
            self._show_code(code)

        intro = tr(
            "Tạo tài khoản quản trị đầu tiên (người phụ trách máy). Sau khi lưu, ứng dụng cấp một mã khôi phục "
            "để đặt lại mật khẩu quản trị khi quên: hãy in hoặc chép ra giấy và cất kỹ. Từ lần mở tiếp theo, "
            "ai dùng máy cũng phải đăng nhập; người quản trị thêm tài khoản cho từng người."
        )
        self._show(UserDialog(self, tr("Bật đăng nhập"), enable, ask_role=False, intro=intro))

    def _disable(self) -> None:
        self.service.disable_sign_in()
        self.refresh()

    def _show_code(self, code: str) -> None:
        self.refresh()
        self._show(RecoveryCodeDialog(code, self))

    def ask_new_code(self) -> None:
        ask_confirm(
            self,
            tr("Mã khôi phục mới"),
            tr("Tạo mã khôi phục mới? Mã cũ sẽ không dùng được nữa."),
            lambda: self._show_code(self.service.new_recovery_code()),
            yes=tr("Tạo mã mới"),
        )

    # ------------------------------------------------------------------------------ accounts
    def ask_add(self) -> None:
        def add(d: UserDialog) -> None:
            self.service.add_user(d.username.text(), d.display_name.text(), d.chosen_role, d.password.text())
            self.refresh()

        self._show(UserDialog(self, tr("Thêm tài khoản"), add))

    def ask_edit(self) -> None:
        user = self.selected()
        if user is None:
            return

        def save(d: UserDialog) -> None:
            self.service.update_user(
                user.username, display_name=d.display_name.text(), role=d.chosen_role, active=d.active.isChecked()
            )
            self.refresh()

        self._show(
            UserDialog(
                self, tr("Tài khoản {username}").format(username=user.username), save, user=user, ask_password=False
            )
        )

    def ask_reset(self) -> None:
        user = self.selected()
        if user is None:
            return

        def reset(d: UserDialog) -> None:
            self.service.reset_password(user.username, d.password.text())
            self.refresh()

        dialog = UserDialog(
            self, tr("Đặt lại mật khẩu của {username}").format(username=user.username), reset, user=user, ask_role=False
        )
        dialog.display_name.setEnabled(False)
        dialog.active.hide()
        self._show(dialog)

    def unlock(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self.service.unlock(user.username)
        except UserError as exc:
            show_warning(self, tr("Không mở khóa được"), str(exc))
        self.refresh()
