"""Qt's own widgets speak Vietnamese too (Qt ships no qtbase_vi; the project's qtbase_vi.qm fills in)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from ui.gui import make_application
from ui.i18n import install_translators

pytestmark = pytest.mark.gui


def test_standard_widgets_in_vietnamese_then_english() -> None:
    make_application()
    try:
        assert install_translators("vi") == "vi"
        assert QCoreApplication.translate("QLineEdit", "Select All") == "Chọn tất cả"
        assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Tên tệp:"
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard)
        assert box.button(QMessageBox.StandardButton.Discard).text() == "Bỏ"
        box.deleteLater()
        # the labels of Qt's own file dialog, as a clerk sees them ("&Look in:" has a mnemonic)
        dialog = QFileDialog(None, "", "", "Tệp PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = {w.text() for w in dialog.findChildren(QLabel)}
        assert {"Tìm &trong:", "&Loại tệp:", "&Tên tệp:"} <= labels, labels
        assert not {t for t in labels if "Look" in t or "type" in t}
        dialog.deleteLater()
        install_translators("en")
        assert QCoreApplication.translate("QLineEdit", "Select All") == "Select All"
    finally:
        install_translators("vi")
