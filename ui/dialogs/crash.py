"""Unexpected errors (bugs): a short Vietnamese message, the log path, "copy report"; the full
traceback goes to the log file, never in front of the clerk."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.errors import UserError
from app.logging_setup import log_file
from ui.i18n import tr

log = logging.getLogger("boiduong.crash")
_open_boxes: list[QMessageBox] = []


def report_exception(exc: BaseException) -> QMessageBox | None:
    """Show an exception that escaped to the GUI. A UserError is the user's to fix: plain warning."""
    if isinstance(exc, UserError):
        from ui.dialogs.messages import show_warning

        return show_warning(QApplication.activeWindow(), tr("Không thực hiện được"), str(exc))
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error:\n%s", text)
    report = f"Bồi dưỡng {__version__}, Python {sys.version.split()[0]}\n\n{text}"  # for support, as is
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("Lỗi không mong muốn"),
        tr(
            "Ứng dụng gặp một lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng; "
            "thao tác vừa rồi có thể chưa được thực hiện.\n\nChi tiết đã được ghi vào nhật "
            "ký:\n{log}\n\nHãy gửi báo cáo lỗi cho bộ phận hỗ trợ."
        ).format(log=log_file()),
        QMessageBox.StandardButton.Close,
        QApplication.activeWindow(),
    )
    box.setObjectName("crashDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    copy = box.addButton(tr("Sao chép báo cáo"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
    box.button(QMessageBox.StandardButton.Close).setText(tr("Đóng"))
    _open_boxes.append(box)
    box.destroyed.connect(lambda: _open_boxes.remove(box) if box in _open_boxes else None)
    box.open()
    return box


def install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        value.__traceback__ = tb
        try:
            report_exception(value)
        except Exception:  # never let the reporter itself kill the app
            log.exception("could not show the crash dialog")

    sys.excepthook = hook
