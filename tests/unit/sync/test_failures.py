"""Surviving what goes wrong in the middle: a full disk while writing a bundle, an error half way
through applying one."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from sqlalchemy import func, select

import app.sync.merge as merge
from app.errors import UserError
from app.sync.export import export_bundle, write_atomically
from app.sync.importer import APPLIED
from app.sync.keys import own_keys
from app.workspace import open_workspace
from db.models import Staff, SyncBundleLog
from tests.unit.sync.conftest import SyncWorld, file_state


def test_keys_are_made_at_set_up(world: SyncWorld) -> None:
    for ws in (world.province, world.a, world.b):
        with ws.db.reading() as s:
            keys = own_keys(s)
        assert keys is not None and len(keys.public.fingerprint) == 39


def test_a_full_disk_leaves_no_file_and_no_trace(
    world: SyncWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.bdsync"
    out.write_bytes(b"previous file")
    real_fsync = __import__("os").fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.sync.export.os.fsync", full)
    with pytest.raises(UserError, match="ổ đĩa đã đầy"):
        export_bundle(world.a.db, out)
    monkeypatch.setattr("app.sync.export.os.fsync", real_fsync)
    assert out.read_bytes() == b"previous file"  # the old file is intact
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with world.a.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SyncBundleLog)) == 0  # nothing recorded as sent


def test_write_atomically_refuses_a_folder_and_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="thư mục"):
        write_atomically(tmp_path, b"x")
    with pytest.raises(UserError, match="không tồn tại"):
        write_atomically(tmp_path / "nope" / "f.bdsync", b"x")


def test_an_error_half_way_through_an_import_changes_nothing(world: SyncWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = world.export("A")
    world.province.close()
    before = file_state(world.province.path)
    world.province = open_workspace(world.province.path)
    real = merge._merge_kind
    calls = {"n": 0}

    def failing(*args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:  # departments and people are written; the qualifications blow up
            raise RuntimeError("power cut")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(merge, "_merge_kind", failing)
    with pytest.raises(RuntimeError):
        world.receive("P", bundle)
    monkeypatch.setattr(merge, "_merge_kind", real)
    with world.province.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Staff)) == 0
    world.province.close()
    assert file_state(world.province.path)[0] == before[0]
    world.province = open_workspace(world.province.path)
    assert world.receive("P", bundle)[0].status == APPLIED


@pytest.mark.slow
def test_a_killed_import_leaves_all_or_nothing(world: SyncWorld, tmp_path: Path) -> None:
    """The real thing: the import process is killed at several moments; the database is always whole
    and holds either the whole bundle or none of it."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from app.backup import check_database

    bundle = world.export("A")
    world.province.close()
    env = dict(os.environ, BOIDUONG_DATA_DIR=str(tmp_path / "data"))

    def start(name: str) -> tuple[Path, subprocess.Popen[bytes]]:
        copy = tmp_path / f"p-{name}.sqlite"
        copy.write_bytes(world.province.path.read_bytes())
        command = [sys.executable, "-m", "ui.launch", "--db", str(copy), "bundle", "import", str(bundle)]
        return copy, subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    began = time.perf_counter()
    _copy, proc = start("full")
    assert proc.wait(timeout=60) == 0
    whole = time.perf_counter() - began
    seen = set()
    for fraction in (0.55, 0.7, 0.8, 0.9, 0.97):  # the import itself runs in the last part of the process
        copy, proc = start(str(fraction))
        time.sleep(whole * fraction)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        assert check_database(copy).ok, check_database(copy).problems
        ws = open_workspace(copy)
        with ws.db.reading() as s:
            people = s.scalar(select(func.count()).select_from(Staff))
        ws.close()
        assert people in (0, 60)
        seen.add(people)
    world.province = open_workspace(world.province.path)
    assert seen <= {0, 60}


def test_importing_the_file_this_install_sent_says_so(world: SyncWorld) -> None:
    """A clerk picks the file in the "sent" folder instead of the one received: the message says it is
    this unit's own outgoing file (not "encrypted for another unit"), and nothing changes."""
    bundle = world.export("A")
    world.a.close()
    before = file_state(world.a.path)
    world.a = open_workspace(world.a.path)
    [outcome] = world.receive("A", bundle)
    assert outcome.status != APPLIED
    assert "tệp chính đơn vị này đã lập" in outcome.message
    assert "không phải tệp nhận về" in outcome.message
    world.a.close()
    assert file_state(world.a.path) == before
    world.a = open_workspace(world.a.path)


def test_a_refused_files_reason_is_short_enough_for_a_row() -> None:
    from app.sync.importer import REFUSED, Outcome

    o = Outcome("a.bdsync", "", REFUSED, "a.bdsync: chữ ký số không hợp lệ: tệp đã bị sửa. Không dùng.")
    assert o.reason == "chữ ký số không hợp lệ: tệp đã bị sửa. Không dùng."
    assert o.short_reason() == "chữ ký số không hợp lệ: tệp đã bị sửa"
    long = Outcome("b.bdsync", "", REFUSED, "b.bdsync: " + "rất dài " * 30)
    assert len(long.short_reason()) == 60 and long.short_reason().endswith("…")
    broken = Outcome("d", "", REFUSED, "d: Tệp bị hỏng, bị cắt cụt hoặc đã bị sửa (kiểm tra mã hóa không khớp).")
    assert broken.short_reason() == "Tệp bị hỏng, bị cắt cụt hoặc đã bị sửa"
    assert Outcome("c", "", REFUSED, "").short_reason() == ""
