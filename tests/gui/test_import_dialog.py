from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.excel.columns import Field
from app.excel.staff_import import Action
from tests.unit.excel.builders import PEOPLE, QUIRKS, build_list
from ui.pages.staff.import_dialog import ImportDialog
from ui.pages.staff.page import StaffPage

pytestmark = pytest.mark.gui


def test_wizard_reads_maps_previews_and_imports(qtbot: QtBot, staff_page: StaffPage, tmp_path: Path) -> None:
    path = build_list(tmp_path / "ds.xlsx", QUIRKS)
    before = staff_page.model.rowCount()
    dialog = staff_page.open_import()
    qtbot.waitExposed(dialog)
    assert not dialog.next_button.isEnabled()
    dialog.open_file(path)
    assert dialog.sheet_combo.currentData() == "DS can bo" and dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == ImportDialog.PAGE_MAPPING, timeout=10_000)
    assert Field.MALE in dialog.current_mapping().values()
    assert "Dòng tiêu đề: 6, 7" in dialog.mapping_info.text()
    # the clerk maps the name column away: the wizard names what is missing and will not go on
    model = dialog.mapping_model
    name_row = next(i for i, c in enumerate(model.columns) if model.mapping[c[0]] == Field.FULL_NAME)
    model.setData(model.index(name_row, 3), "")
    assert "Họ và tên" in dialog.mapping_problems.text() and not dialog.next_button.isEnabled()
    model.setData(model.index(name_row, 3), Field.FULL_NAME.value)
    assert dialog.next_button.isEnabled()
    dialog.go_next()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == ImportDialog.PAGE_PREVIEW, timeout=10_000)
    assert dialog.preview is not None and dialog.preview.count(Action.CREATE) == len(PEOPLE)
    assert dialog.preview_model.rowCount() == len(PEOPLE)
    assert "thêm mới" in dialog.summary.text()
    dialog.grab().save(str(tmp_path / "preview.png"))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.go_next()
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_DONE
    assert "Bản sao lưu" in dialog.done_label.text()
    assert staff_page.model.rowCount() == before + len(PEOPLE)


def test_wizard_shows_invalid_rows_and_imports_only_valid_ones_when_asked(
    qtbot: QtBot, staff_page: StaffPage, tmp_path: Path
) -> None:
    path = build_list(tmp_path / "bad.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["C3"] = "31/02/1985"
    wb.save(path)
    dialog = staff_page.open_import()
    dialog.open_file(path)
    dialog.go_next()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == ImportDialog.PAGE_MAPPING, timeout=10_000)
    dialog.go_next()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == ImportDialog.PAGE_PREVIEW, timeout=10_000)
    assert dialog.preview is not None and dialog.preview.has_invalid
    assert not dialog.next_button.isEnabled()  # refused whole unless the clerk chooses
    assert dialog.preview_filter.rowCount() == 1  # the view opens on the rows with errors
    assert "Ngày 31 không có trong tháng 02/1985" in dialog.preview_filter.index(0, 4).data()
    dialog.skip_invalid.setChecked(True)
    assert dialog.next_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.go_next()
    assert done.args[0].created == 4 and done.args[0].invalid == 1
    assert "Đã bỏ qua 1 dòng lỗi" in dialog.done_label.text()  # "1 có lỗi" alone reads as imported with errors


def test_a_workbook_that_is_not_a_staff_list_is_named_and_changes_nothing(
    qtbot: QtBot, staff_page: StaffPage, tmp_path: Path
) -> None:
    path = tmp_path / "du-toan.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Dự toán"
    ws.append(["DỰ TOÁN KINH PHÍ NĂM 2026"])
    ws.append(["STT", "Nội dung", "Số tiền"])
    for i in range(1, 10):
        ws.append([i, f"Mục chi {i}", 1_000_000 * i])
    wb.save(path)
    before = staff_page.model.rowCount()
    dialog = staff_page.open_import()
    dialog.open_file(path)
    dialog.go_next()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    text = dialog.message.text()
    assert "“Dự toán” không giống danh sách cán bộ" in text and "Họ và tên" in text
    assert "chọn trang khác" not in text  # there is no other sheet to choose
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_FILE
    assert "#b3261e" in dialog.message.styleSheet()
    staff_page.reload_now()
    assert staff_page.model.rowCount() == before


def test_an_error_after_a_nothing_to_import_note_is_shown_as_an_error(
    qtbot: QtBot, staff_page: StaffPage, tmp_path: Path
) -> None:
    path = build_list(tmp_path / "ds.xlsx")
    dialog = staff_page.open_import()
    dialog.open_file(path)
    for page in (ImportDialog.PAGE_MAPPING, ImportDialog.PAGE_PREVIEW):
        dialog.go_next()
        qtbot.waitUntil(lambda page=page: dialog.stack.currentIndex() == page, timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.go_next()
    dialog.reject()
    again = staff_page.open_import()  # the same file a second time: nothing to import, said in green
    again.open_file(path)
    for page in (ImportDialog.PAGE_MAPPING, ImportDialog.PAGE_PREVIEW):
        again.go_next()
        qtbot.waitUntil(lambda page=page: again.stack.currentIndex() == page, timeout=10_000)
    assert "không cần nhập" in again.message.text() and "#1b5e20" in again.message.styleSheet()
    again.go_back()
    again.go_back()
    bad = tmp_path / "hong.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    again.open_file(bad)
    assert "không phải bảng tính" in again.message.text() and "#b3261e" in again.message.styleSheet()


def test_a_file_that_is_not_a_workbook_is_explained(qtbot: QtBot, staff_page: StaffPage, tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.xlsx"
    path.write_text("Họ và tên;Ngày sinh\n", encoding="utf-8")
    dialog = staff_page.open_import()
    dialog.open_file(path)
    assert "không phải bảng tính" in dialog.message.text() and not dialog.next_button.isEnabled()


def test_export_button_writes_the_filtered_list(qtbot: QtBot, staff_page: StaffPage, tmp_path: Path) -> None:
    staff_page.category.setCurrentIndex(staff_page.category.findData("village_head"))
    shown = staff_page.proxy.rowCount()
    staff_page.export_to(tmp_path / "thon.xlsx")
    qtbot.waitUntil(lambda: staff_page.export_task is not None and not staff_page.export_task.running, timeout=10_000)
    wb = openpyxl.load_workbook(tmp_path / "thon.xlsx")
    ws = wb.active
    assert ws is not None
    names = [ws.cell(r, 2).value for r in range(11, 11 + shown)]
    assert all(names) and ws.cell(10, 2).value == "TRƯỞNG, PHÓ THÔN, TỔ DÂN PHỐ"
    assert "lọc: thôn, tổ dân phố" in str(ws["A5"].value)
    assert f"Đã xuất {shown} người" in staff_page.notice.label.text()
