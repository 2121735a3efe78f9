"""The Sync page driven as a clerk would: send to the province in one click, receive its answer, import
several communes' files at once with a key to confirm, decide a conflict; the first-start set-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.sync.export import export_bundle
from app.sync.keys import OwnKeys, store_own_keys
from app.sync.service import OUTBOX, SyncService
from app.workspace import Workspace
from db.models import Qualification
from tests.unit.sync.conftest import COMMUNE_A, COMMUNE_B, SyncWorld
from ui.dialogs.first_start import FirstStartDialog
from ui.gui import make_application
from ui.pages.sync.import_dialog import ImportDialog
from ui.pages.sync.models import COMMUNE_COLUMNS, RowsModel
from ui.pages.sync.page import SyncPage

pytestmark = pytest.mark.gui


def open_page(qtbot: QtBot, ws: Workspace) -> SyncPage:
    make_application()
    page = SyncPage(ws)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activate()
    return page


def wait_dialog(qtbot: QtBot, page: SyncPage) -> ImportDialog:
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    assert page.dialog is not None
    return page.dialog


def test_commune_sends_to_the_province_in_one_click(qtbot: QtBot, world: SyncWorld, tmp_path: Path) -> None:
    SyncService(world.a).remember_folder(OUTBOX, tmp_path)
    page = open_page(qtbot, world.a)
    assert "chưa xác nhận" in page.ack_label.text()
    assert page.send_button.isEnabled()
    page.send_button.click()
    qtbot.waitUntil(lambda: "Đã ghi tệp" in page.sent_label.text(), timeout=10_000)
    (written,) = tmp_path.glob("*.bdsync")
    assert written.name.startswith(f"boiduong-{COMMUNE_A}-gui-31-")
    assert written.name in page.sent_label.text() and "60 người" in page.sent_label.text()
    assert page.open_outbox.isVisible()
    assert [e.direction for e in page.sent_model.rows] == ["out"]
    unit = page.sent_model.index(0, 2)  # the province by its name, as elsewhere in the app (not "31")
    assert page.sent_model.data(unit) == "Thành phố Hải Phòng (31)"
    # a second click never overwrites the first file
    page.send_button.click()
    qtbot.waitUntil(lambda: len(list(tmp_path.glob("*.bdsync"))) == 2, timeout=10_000)


def test_commune_receives_the_provinces_answer(qtbot: QtBot, world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    answer = world.export("P", to=COMMUNE_A)
    page = open_page(qtbot, world.a)
    page.receive([answer])
    dialog = wait_dialog(qtbot, page)
    assert "1 tệp: 1 sẵn sàng nhập" in dialog.summary.text()
    assert "Thành phố Hải Phòng" in dialog.detail.toPlainText()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "Đã nhập 1 tệp" in dialog.summary.text(), timeout=10_000)
    dialog.close()
    qtbot.waitUntil(lambda: "đã có dữ liệu của đơn vị đến ngày" in page.ack_label.text(), timeout=5_000)
    assert "Tỉnh đã xác nhận mọi thay đổi" in page.pending_label.text()
    assert "Mã khóa của tỉnh đã xác nhận" in page.received_label.text()


def test_province_imports_many_files_and_confirms_a_new_key(qtbot: QtBot, world: SyncWorld) -> None:
    with world.a.db.transaction() as s:
        store_own_keys(s, OwnKeys.generate())  # commune A reinstalled: its key changed
    a, b = world.export("A"), world.export("B")
    broken = world.folder / "broken.bdsync"
    broken.write_bytes(b.read_bytes()[:-3])
    page = open_page(qtbot, world.province)
    page.receive([a, b, broken])
    dialog = wait_dialog(qtbot, page)
    assert [o.status for o in dialog.model.rows] == ["needs_key", "preview", "refused"]
    assert "1 cần xác nhận khóa" in dialog.summary.text() and "1 tệp bị từ chối" in dialog.summary.text()
    # the refused file says so, and why, in its own row (not only in the detail pane)
    result, file = dialog.model.index(2, 3), dialog.model.index(2, 0)
    refused = dialog.model.rows[2]
    assert dialog.model.data(result) == f"Bị từ chối — {refused.short_reason()}" and refused.short_reason()
    assert refused.reason in dialog.model.data(file, Qt.ItemDataRole.ToolTipRole)
    assert dialog.model.data(dialog.model.index(1, 3)) == "Xem trước"
    dialog.grab().save(str(world.folder / "import-dialog.png"))
    check = dialog.key_checks[COMMUNE_A]
    assert "KHÓA ĐÃ THAY ĐỔI" in check.text()
    assert dialog.apply_button.isEnabled()  # B alone can already go in
    check.setChecked(True)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "Đã nhập 2 tệp" in dialog.summary.text(), timeout=10_000)
    dialog.close()
    qtbot.waitUntil(lambda: {r.code: r.people for r in page.commune_model.rows}.get(COMMUNE_B, 0) > 0, timeout=5_000)
    rows = {r.code: r for r in page.commune_model.rows}
    assert rows[COMMUNE_A].people == 54 or rows[COMMUNE_A].people > 0
    assert rows[COMMUNE_A].freshness == "fresh"
    assert "2 gửi trong tháng" in page.commune_summary.text()
    assert any(e.result == "refused" and e.file_name == "broken.bdsync" for e in page.log_model.rows)


def test_province_sends_every_commune_its_file(qtbot: QtBot, world: SyncWorld, tmp_path: Path) -> None:
    page = open_page(qtbot, world.province)
    out = tmp_path / "gui-cac-xa"
    out.mkdir()
    page.send_to_communes(out, [r.code for r in page.commune_model.rows])
    qtbot.waitUntil(lambda: any(b.isVisible() for b in page.findChildren(QMessageBox)), timeout=10_000)
    (box,) = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert "Đã ghi 2 tệp" in box.text() and "2 tệp thiết lập" not in box.text()
    assert len(list(out.glob("*.bdsync"))) == 2
    box.close()


def test_a_conflict_is_decided_from_the_page(qtbot: QtBot, world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    with world.a.db.reading() as s:
        uid = s.scalars(select(Qualification.uid).order_by(Qualification.id)).first()
    with world.province.db.transaction() as s:
        s.scalars(select(Qualification).where(Qualification.uid == uid)).one().major = "Sửa ở tỉnh"
    with world.a.db.transaction() as s:
        s.scalars(select(Qualification).where(Qualification.uid == uid)).one().major = "Sửa ở xã"
    world.receive("P", world.export("A"))
    page = open_page(qtbot, world.province)
    assert page.tabs.tabText(1) == "Xung đột (1)"
    page.conflict_view.selectRow(0)
    assert "Sửa ở tỉnh" in page.conflict_detail.toPlainText() and "Sửa ở xã" in page.conflict_detail.toPlainText()
    assert "Xã Hà Bắc (11311)" in page.conflict_detail.toPlainText()
    assert page.conflict_model.data(page.conflict_model.index(0, 2)) == "Xã Hà Bắc (11311)"
    page.take_button.click()
    assert page.tabs.tabText(1) == "Xung đột"
    with world.province.db.reading() as s:
        assert s.scalars(select(Qualification.major).where(Qualification.uid == uid)).one() == "Sửa ở xã"


def test_models_pass_the_qt_model_tester(qtmodeltester, qtbot: QtBot, world: SyncWorld) -> None:  # type: ignore[no-untyped-def]
    world.receive("P", world.export("A"))
    page = open_page(qtbot, world.province)
    model: RowsModel = RowsModel(COMMUNE_COLUMNS)  # type: ignore[type-arg]
    model.set_rows(page.commune_model.rows)
    qtmodeltester.check(model, force_py=True)


def test_first_start_sets_up_from_the_provinces_file(
    qtbot: QtBot, world: SyncWorld, empty_workspace: Workspace, tmp_path: Path
) -> None:
    from app.organisation import ensure_unit
    from db.enums import UnitKind

    with world.province.db.transaction() as s:
        ensure_unit(s, "99901", "Xã Thử Nghiệm", UnitKind.COMMUNE, "31")
    setup = tmp_path / "setup.bdsync"
    export_bundle(world.province.db, setup, to="99901")
    make_application()
    done: list[str] = []
    dialog = FirstStartDialog(empty_workspace, lambda unit: done.append(unit.code))
    dialog.show()  # deletes itself once accepted, as at first start
    assert dialog.setup_button.isVisible()
    dialog.read_setup_file(setup)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)), timeout=10_000)
    (box,) = dialog.findChildren(QMessageBox)
    assert "Xã Thử Nghiệm" in box.text() and "Mã khóa của tỉnh" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: done == ["99901"], timeout=5_000)
    assert empty_workspace.unit is not None and empty_workspace.unit.parent_code == "31"


def test_province_staff_page_filters_by_commune(qtbot: QtBot, world: SyncWorld) -> None:
    from app.staff.service import StaffService
    from ui.pages.staff.page import StaffPage

    world.receive("P", world.export("A"), world.export("B"))
    make_application()
    page = StaffPage(StaffService(world.province.db))
    qtbot.addWidget(page)
    page.show()
    page.reload_now()
    assert not page.commune.isHidden() and page.commune.count() == 3
    assert not page.department.isEnabled()  # 20 departments of 2 communes: choose a commune first
    everyone = page.proxy.rowCount()
    page.commune.setCurrentIndex(page.commune.findData(COMMUNE_B))
    rows = [page.proxy.row_at(page.proxy.index(r, 0)) for r in range(page.proxy.rowCount())]
    assert 0 < len(rows) < everyone and all(r is not None and r.owner_unit == COMMUNE_B for r in rows)
    assert page.department.isEnabled() and page.department.count() == 11


def test_a_commune_has_no_commune_filter(qtbot: QtBot, world: SyncWorld) -> None:
    from app.staff.service import StaffService
    from ui.pages.staff.page import StaffPage

    make_application()
    page = StaffPage(StaffService(world.a.db))
    qtbot.addWidget(page)
    assert page.commune.isHidden() and page.department.count() > 1


def test_the_staff_list_follows_an_import(qtbot: QtBot, world: SyncWorld) -> None:
    from ui.main_window import MainWindow
    from ui.pages.staff.page import StaffPage

    make_application()
    window = MainWindow(world.province)
    qtbot.addWidget(window)
    window.show()
    staff = window.page(StaffPage)
    sync = window.page(SyncPage)
    assert isinstance(staff, StaffPage) and isinstance(sync, SyncPage)
    qtbot.waitUntil(lambda: staff.task is None or not staff.task.running, timeout=5_000)
    assert staff.model.rowCount() == 0
    window.nav.setCurrentRow(window.pages.index(sync))
    sync.receive([world.export("A")])
    dialog = wait_dialog(qtbot, sync)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: staff.model.rowCount() == 60, timeout=10_000)
    dialog.close()
