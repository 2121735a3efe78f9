"""A bar under a list that says what just happened and offers to undo it (like mail apps do)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ui.i18n import tr

HIDE_AFTER_MS = 20_000


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(tr("Hoàn tác"))
        self.undo_button.setObjectName("undoButton")
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(tr("Đóng"))
        close.setAutoRaise(True)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self._undo: Callable[[], None] | None = None
        self.undo_button.clicked.connect(self._do_undo)
        close.clicked.connect(self.dismiss)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_notice(self, text: str, undo: Callable[[], None] | None = None) -> None:
        self.label.setText(text)
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self.show()
        self._timer.start(HIDE_AFTER_MS)

    @property
    def can_undo(self) -> bool:
        return self.isVisible() and self._undo is not None

    def _do_undo(self) -> None:
        undo, self._undo = self._undo, None
        self.dismiss()
        if undo is not None:
            undo()

    def trigger_undo(self) -> bool:
        if not self.can_undo:
            return False
        self._do_undo()
        return True

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()
