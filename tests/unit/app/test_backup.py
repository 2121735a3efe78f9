from __future__ import annotations

from pathlib import Path

import pytest

from app.backup import backup_to, check_database, list_backups, restore_from
from app.errors import UserError
from app.staff.service import StaffService
from app.workspace import Workspace, open_workspace
from db.enums import StaffStatus


def test_backup_restore_round_trip(demo_workspace: Workspace, tmp_path: Path) -> None:
    path = demo_workspace.path
    before = len(StaffService(demo_workspace.db).rows())
    copy = backup_to(path, tmp_path / "copy.sqlite")
    assert check_database(copy).ok
    # change the live database, then restore the copy over it
    service = StaffService(demo_workspace.db)
    uid = service.rows()[0].uid
    service.change_status(uid, StaffStatus.REMOVED)
    demo_workspace.close()
    safety = restore_from(copy, path)
    assert safety is not None and safety in list_backups(path)
    ws = open_workspace(path)
    rows = StaffService(ws.db).rows()
    assert len(rows) == before
    assert next(r for r in rows if r.uid == uid).status == "working"
    ws.close()


def test_restore_refuses_a_bad_file_and_changes_nothing(demo_workspace: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database")
    path = demo_workspace.path
    demo_workspace.close()
    size = path.stat().st_size
    with pytest.raises(UserError, match="Không thể khôi phục"):
        restore_from(bad, path)
    assert path.stat().st_size == size


def test_restore_refuses_another_units_backup_unless_asked(demo_workspace: Workspace, tmp_path: Path) -> None:
    """A colleague's backup on the same USB stick would replace this commune's records, code and keys."""
    from app.backup import unit_of
    from db.enums import UnitKind

    other = open_workspace(tmp_path / "other.sqlite")
    other.init_unit(
        kind=UnitKind.COMMUNE, code="11320", name="Xã Hà Nam", province_code="31", province_name="Hải Phòng"
    )
    other.close()
    path = demo_workspace.path
    demo_workspace.close()
    before = path.read_bytes()
    assert unit_of(path) == ("11311", "Xã Hà Bắc") and unit_of(tmp_path / "other.sqlite") == ("11320", "Xã Hà Nam")
    with pytest.raises(UserError, match=r"bản sao lưu của Xã Hà Nam \(11320\), không phải của Xã Hà Bắc \(11311\)"):
        restore_from(tmp_path / "other.sqlite", path)
    assert path.read_bytes() == before
    assert restore_from(tmp_path / "other.sqlite", path, other_unit=True) is not None
    assert unit_of(path) == ("11320", "Xã Hà Nam")
    # a new install (no unit yet) takes any backup: moving to a new PC
    fresh = open_workspace(tmp_path / "fresh.sqlite")
    fresh.close()
    assert unit_of(fresh.path) is None
    restore_from(path, fresh.path)
    assert unit_of(fresh.path) == ("11320", "Xã Hà Nam")


def test_check_reports_damage(demo_workspace: Workspace, tmp_path: Path) -> None:
    copy = backup_to(demo_workspace.path, tmp_path / "copy.sqlite")
    assert check_database(copy).ok
    data = bytearray(copy.read_bytes())
    # scribble over a page in the middle of the file
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xff" * 4096
    copy.write_bytes(bytes(data))
    report = check_database(copy)
    assert not report.ok and report.problems


def test_backup_refuses_missing_folder(demo_workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="không tồn tại"):
        backup_to(demo_workspace.path, tmp_path / "nope" / "x.sqlite")
