"""Long work off the GUI thread, with a progress dialog that respects the user (after Anki's
operations/progress): a busy cursor at once, a dialog only if the work lasts, cancel through a flag the
work checks. The work function opens its own database session in the worker thread and hands back
plain values; widgets are touched only in the callbacks, on the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import UserError
from ui.i18n import tr

log = logging.getLogger("boiduong.ui.tasks")
T = TypeVar("T")

#: The work's progress callback: report(done, total, message) returns False once the user cancelled.
Report = Callable[[int, int, str], bool]

DIALOG_DELAY_MS = 600


class Cancelled(Exception):
    """Raised by work that noticed the cancel flag; the task then ends quietly."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Report], Any], signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel

    def run(self) -> None:
        def report(done: int, total: int, message: str = "") -> bool:
            self.signals.progress.emit(done, total, message)
            return not self.cancel.is_set()

        try:
            result = self.work(report)
        except BaseException as exc:  # handed to the GUI thread, which decides how to show it
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Task(QObject, Generic[T]):
    """A running piece of work. Keep a reference (the page does) until ``finished`` fires."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Report], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        cancellable: bool = True,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.cancel_flag = threading.Event()
        self._on_done, self._on_error = on_done, on_error
        self._signals = _Signals()
        self._signals.progress.connect(self._progress)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self.dialog = QProgressDialog(title, tr("Hủy") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(DIALOG_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._timer.start(DIALOG_DELAY_MS)
        self.running = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        (pool or QThreadPool.globalInstance()).start(_Runnable(work, self._signals, self.cancel_flag))

    def cancel(self) -> None:
        self.cancel_flag.set()
        self.dialog.setLabelText(tr("Đang dừng…"))

    def _show_dialog(self) -> None:
        if self.running:
            self.dialog.show()

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message and not self.cancel_flag.is_set():
            self.dialog.setLabelText(message)

    def _end(self) -> None:
        self.running = False
        self._timer.stop()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        QGuiApplication.restoreOverrideCursor()
        self.finished.emit()

    def _done(self, result: T) -> None:
        self._end()
        self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, Cancelled):
            log.info("task cancelled by the user")
            return
        if self._on_error is not None:
            self._on_error(exc)
            return
        if isinstance(exc, UserError):
            from ui.dialogs.messages import show_warning

            show_warning(self.parent(), tr("Không thực hiện được"), str(exc))  # type: ignore[arg-type]
            return
        from ui.dialogs.crash import report_exception

        report_exception(exc)
