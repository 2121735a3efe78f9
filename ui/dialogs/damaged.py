"""At start: the data file failed its check. Offer the latest good backup (one click), or quit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.backup import BackupInfo
from ui.i18n import tr, tr_label


def ask_restore_damaged(
    path: Path,
    problems: list[str],
    backup: BackupInfo | None,
    on_restore: Callable[[BackupInfo], None],
    on_quit: Callable[[], None],
    parent: QWidget | None = None,
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("damagedDatabase")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Tệp dữ liệu bị hỏng"))
    text = tr(
        "Tệp dữ liệu {path} không qua được bước kiểm tra khi khởi động (có thể do mất điện khi đang ghi)."
    ).format(path=path)
    if backup is not None:
        text += "\n\n" + tr(
            "Bản sao lưu tốt gần nhất: {when} ({reason}). Khôi phục bản này? Tệp hỏng được giữ lại trong thư mục "
            "sao lưu; những gì nhập sau thời điểm đó cần nhập lại."
        ).format(when=backup.taken_at.strftime("%H:%M %d/%m/%Y"), reason=tr_label(backup.reason_label))
        restore = box.addButton(tr("Khôi phục bản sao lưu"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restoreLatest")
        restore.clicked.connect(lambda: on_restore(backup))
        box.setDefaultButton(restore)
    else:
        text += "\n\n" + tr(
            "Không tìm thấy bản sao lưu tự động nào còn tốt. Đừng xóa tệp; hãy liên hệ bộ phận hỗ trợ, "
            "hoặc khôi phục từ bản sao lưu đã lưu ra ngoài bằng lệnh “boiduong restore TỆP”."
        )
    quit_button = box.addButton(tr("Thoát"), QMessageBox.ButtonRole.RejectRole)
    quit_button.clicked.connect(on_quit)
    box.setText(text)
    box.setDetailedText("\n".join(problems))
    box.open()
    return box
