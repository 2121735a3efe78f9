"""Parts every form dialog has: the button row with the action named ("Lưu", "Ban hành"…) and the
line under the form where what is wrong is listed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from ui.i18n import tr

Button = QDialogButtonBox.StandardButton


def dialog_buttons(
    action: str,
    *,
    dialog: QDialog | None = None,
    accept: Button = Button.Ok,
    cancel: str | None = None,
) -> QDialogButtonBox:
    """The accept button says what it does; "Hủy" (or ``cancel``) closes ``dialog``. The caller connects
    ``accepted`` to its own check-then-save, so a refused form stays open."""
    box = QDialogButtonBox(accept | Button.Cancel)
    box.button(accept).setText(action)
    box.button(Button.Cancel).setText(cancel or tr("Hủy"))
    if dialog is not None:
        box.rejected.connect(dialog.reject)
    return box


def errors_label() -> QLabel:
    """Where the form lists what is wrong ("• Ngày ban hành: …"), styled by its object name."""
    label = QLabel()
    label.setObjectName("formErrors")
    label.setWordWrap(True)
    return label


def hint_label(text: str = "") -> QLabel:
    """A grey explanation under a form or a list (what saving does, what can be undone); its text may
    be set later."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label
