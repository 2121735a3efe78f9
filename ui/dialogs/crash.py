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

log = logging.getLogger("boiduong.crash")
_open_boxes: list[QMessageBox] = []


def report_exception(exc: BaseException) -> QMessageBox | None:
    """Show an exception that escaped to the GUI. A UserError is the user's to fix: plain warning."""
    if isinstance(exc, UserError):
        from ui.dialogs.messages import show_warning

        return show_warning(QApplication.activeWindow(), "Không thực hiện được", str(exc))
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error:\n%s", text)
    report = f"Bồi dưỡng {__version__}, Python {sys.version.split()[0]}\n\n{text}"
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Lỗi không mong muốn",
        "Ứng dụng gặp một lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng; "
        "thao tác vừa rồi có thể chưa được thực hiện.\n\n"
        f"Chi tiết đã được ghi vào nhật ký:\n{log_file()}\n\n"
        "Hãy gửi báo cáo lỗi cho bộ phận hỗ trợ.",
        QMessageBox.StandardButton.Close,
        QApplication.activeWindow(),
    )
    box.setObjectName("crashDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    copy = box.addButton("Sao chép báo cáo", QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
    box.button(QMessageBox.StandardButton.Close).setText("Đóng")
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
