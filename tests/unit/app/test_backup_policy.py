"""Daily backups, the retention policy, finding the latest good backup, replacing a damaged file,
restoring in place, and one window per database."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import backup
from app.backup import BackupInfo, backup_infos, daily_backup, latest_good_backup, quick_check, replace_damaged
from app.errors import UserError
from app.instance import AlreadyOpen, InstanceLock
from app.paths import backup_dir
from app.security.permissions import Actor, PermissionDenied, Role
from app.staff.service import StaffService
from app.workspace import Workspace, open_workspace
from db.enums import StaffStatus


def fake(name_time: datetime, reason: str) -> BackupInfo:
    return BackupInfo(
        path=Path(f"db-{name_time:%Y%m%d-%H%M%S}-000000-{reason}.sqlite"), taken_at=name_time, reason=reason, size=1
    )


def test_retention_keeps_two_weeks_daily_then_monthly_and_recent_events() -> None:
    start = datetime(2026, 11, 23, 8, 0)
    daily = [fake(start - timedelta(days=i), "daily") for i in range(400)]  # over a year of working days
    events = [fake(start - timedelta(days=i, hours=3), "before-import") for i in range(30)]
    backups = sorted(daily + events, key=lambda b: b.taken_at, reverse=True)
    pruned = {b.path for b in backup.to_prune(backups)}
    kept = [b for b in backups if b.path not in pruned]
    kept_daily = [b for b in kept if b.is_daily]
    assert kept_daily[: backup.KEEP_DAILY] == daily[: backup.KEEP_DAILY]
    months = {(b.taken_at.year, b.taken_at.month) for b in kept_daily[backup.KEEP_DAILY :]}
    assert len(kept_daily) == backup.KEEP_DAILY + backup.KEEP_MONTHLY and len(months) == backup.KEEP_MONTHLY
    assert [b for b in kept if not b.is_daily] == events[: backup.KEEP_EVENTS]
    assert backup.to_prune(backups[:1]) == []  # the only backup is never pruned


def test_daily_backup_once_a_day_and_listed_with_labels(demo_workspace: Workspace) -> None:
    path = demo_workspace.path
    first = daily_backup(path)
    assert first is not None and daily_backup(path) is None  # same day: nothing new
    tomorrow = datetime.now() + timedelta(days=1)
    assert daily_backup(path, now=tomorrow) is not None
    infos = backup_infos(path)
    assert [i.reason_label for i in infos] == ["Hằng ngày", "Hằng ngày"]
    assert all(i.size > 10_000 for i in infos)


def test_automatic_backups_are_rotated(demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "KEEP_EVENTS", 3)
    for _ in range(5):
        backup.automatic_backup(demo_workspace.path, "before-import")
    assert len(backup_infos(demo_workspace.path)) == 3


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\xa5" * 8192
    path.write_bytes(bytes(data))


def test_damaged_database_is_found_and_replaced_by_the_latest_good_backup(demo_workspace: Workspace) -> None:
    path = demo_workspace.path
    people = len(StaffService(demo_workspace.db).rows())
    good = backup.automatic_backup(path, "daily")
    newer_but_damaged = backup.automatic_backup(path, "before-import")
    damage(newer_but_damaged)
    demo_workspace.close()
    assert quick_check(path) == []
    damage(path)
    assert quick_check(path)
    latest = latest_good_backup(path)
    assert latest is not None and latest.path == good  # the damaged newer one is skipped
    aside = replace_damaged(path, latest.path)
    assert aside.exists() and aside.parent == backup_dir() and "damaged" in aside.name
    assert quick_check(path) == [] and backup.check_database(path).ok
    ws = open_workspace(path)
    assert len(StaffService(ws.db).rows()) == people
    ws.close()
    with pytest.raises(UserError, match="cũng bị hỏng"):
        replace_damaged(path, newer_but_damaged)


def test_restore_in_place_keeps_the_workspace_usable(demo_workspace: Workspace) -> None:
    service = StaffService(demo_workspace.db)
    uid = service.rows()[0].uid
    saved = backup.automatic_backup(demo_workspace.path, "daily")
    service.change_status(uid, StaffStatus.REMOVED)
    demo_workspace.set_actor(Actor("xem", "Xem", Role.VIEWER, signed_in=True))
    with pytest.raises(PermissionDenied):
        demo_workspace.restore(saved)
    demo_workspace.set_actor(Actor("quantri", "QT", Role.ADMIN, signed_in=True))
    safety = demo_workspace.restore(saved)
    assert safety is not None and safety.exists()
    # the same service object goes on working, on the restored data, as the same user
    assert next(r for r in service.rows() if r.uid == uid).status == StaffStatus.WORKING
    assert demo_workspace.actor.username == "quantri" and demo_workspace.unit is not None


def test_second_window_on_the_same_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from app.instance import InstanceLock; "
            f"lock = InstanceLock(Path({str(db)!r})); lock.acquire(); print('held', flush=True); sys.stdin.readline()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(AlreadyOpen, match="đang mở cơ sở dữ liệu này trong một cửa sổ khác"):
            InstanceLock(db).acquire()
        other = InstanceLock(tmp_path / "other.sqlite")  # another database is fine
        other.acquire()
        other.release()
    finally:
        holder.kill()  # killed, not closed: the OS still frees the lock
        holder.communicate()
    lock = InstanceLock(db)
    lock.acquire()
    assert lock.held
    lock.release()
