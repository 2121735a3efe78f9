"""Factories for message boxes and file pickers (non-blocking)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.i18n import tr

Btn = QMessageBox.StandardButton


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, Btn.Ok, parent)
    box.setObjectName("messageBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    box.button(Btn.Ok).setText(tr("Đóng"))
    return box


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.open()
    return box


def show_warning(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Warning, title, text, details)
    box.open()
    return box


def ask_confirm(
    parent: QWidget | None, title: str, text: str, on_yes: Callable[[], None], *, yes: str | None = None
) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Btn.Yes | Btn.Cancel, parent)
    box.setObjectName("confirmBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.button(Btn.Yes).setText(yes or tr("Đồng ý"))
    box.button(Btn.Cancel).setText(tr("Hủy"))
    box.setDefaultButton(Btn.Cancel)
    box.accepted.connect(on_yes)
    box.open()
    return box


def _file_dialog(parent: QWidget | None, title: str, filters: str, start: Path | None) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start or Path.home()), filters)
    dialog.setObjectName("fileDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def choose_save_file(
    parent: QWidget | None,
    title: str,
    filters: str,
    on_chosen: Callable[[Path], None],
    *,
    suggested: Path | None = None,
) -> QFileDialog:
    dialog = _file_dialog(parent, title, filters, suggested.parent if suggested else None)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if suggested:
        dialog.selectFile(suggested.name)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    dialog.open()
    return dialog


def choose_open_file(
    parent: QWidget | None,
    title: str,
    filters: str,
    on_chosen: Callable[[Path], None],
    *,
    start: Path | None = None,
) -> QFileDialog:
    dialog = _file_dialog(parent, title, filters, start)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    dialog.open()
    return dialog
