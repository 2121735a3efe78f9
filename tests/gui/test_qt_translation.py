"""Qt's own widgets speak Vietnamese too (Qt ships no qtbase_vi; the project's qtbase_vi.qm fills in)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

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
        install_translators("en")
        assert QCoreApplication.translate("QLineEdit", "Select All") == "Select All"
    finally:
        install_translators("vi")
