from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from app.text import name_sort_key
from tests.cli.conftest import Cli, run_subprocess

pytestmark = pytest.mark.cli


def test_init_then_list_empty(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    r = cli(
        "--db",
        db,
        "init",
        "--kind",
        "commune",
        "--code",
        "11311",
        "--name",
        "Xã Hà Bắc",
        "--province-code",
        "31",
        "--province-name",
        "Thành phố Hải Phòng",
    )
    assert r.code == 0, r.err
    assert "Xã Hà Bắc" in r.out
    assert cli("--db", db, "staff", "list", "--json").json() == {"staff": []}
    units = cli("--db", db, "units", "list", "--json").json()["units"]
    assert {u["code"] for u in units} == {"11311", "31"}
    assert next(u for u in units if u["code"] == "11311")["is_self"]


def test_init_rejects_bad_codes(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    r = cli("--db", db, "init", "--kind", "commune", "--code", "123", "--name", "Xã A", "--province-code", "31")
    assert r.code == 1 and "5 chữ số" in r.err
    r = cli("--db", db, "init", "--kind", "commune", "--code", "12345", "--name", "Xã A")
    assert r.code == 1 and "mã tỉnh" in r.err


def test_demo_and_staff_list_json(cli: Cli, commune_path: Path) -> None:
    data = cli("--db", str(commune_path), "staff", "list", "--json").json()
    staff = data["staff"]
    assert len(staff) > 40
    required = {"uid", "full_name", "date_of_birth", "sex", "cccd", "department", "position", "category"}
    assert all(required <= set(item) for item in staff)
    names = [s["full_name"] for s in staff]
    assert names == sorted(names, key=name_sort_key)
    assert all(s["status"] in ("working", "on_leave") for s in staff)
    everyone = cli("--db", str(commune_path), "staff", "list", "--status", "all", "--json").json()["staff"]
    assert len(everyone) > len(staff)


def test_search_ignores_case_and_diacritics(cli: Cli, commune_path: Path) -> None:
    staff = cli("--db", str(commune_path), "staff", "list", "--json").json()["staff"]
    target = next(s for s in staff if s["full_name"].startswith(("Nguyễn", "Đặng", "Trần")))
    family = target["full_name"].split()[0]
    plain = {"Nguyễn": "nguyen", "Đặng": "DANG", "Trần": "tran"}[family]
    found = cli("--db", str(commune_path), "staff", "list", "--search", plain, "--json").json()["staff"]
    assert target["uid"] in {s["uid"] for s in found}


def test_demo_command_builds_a_commune(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    r = cli("--db", db, "demo", "--seed", "3")
    assert r.code == 0, r.err
    assert "11311" in r.out
    assert len(cli("--db", db, "staff", "list", "--json").json()["staff"]) >= 40


def test_backup_restore_check(cli: Cli, commune_path: Path, tmp_path: Path) -> None:
    db = str(commune_path)
    out = tmp_path / "b.sqlite"
    assert cli("--db", db, "backup", str(out)).code == 0
    assert cli("--db", str(out), "check").code == 0
    target = tmp_path / "restored.sqlite"
    r = cli("--db", str(target), "restore", str(out))
    assert r.code == 0, r.err
    assert len(cli("--db", str(target), "staff", "list", "--json").json()["staff"]) > 40


def test_check_fails_on_damage(cli: Cli, commune_path: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    cli("--db", str(commune_path), "backup", str(damaged))
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\x00" * 8192
    damaged.write_bytes(bytes(data))
    r = cli("--db", str(damaged), "check")
    assert r.code == 1 and "vấn đề" in r.out


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (("--db", "/no/such/folder/x.sqlite", "staff", "list"), 1, "không tồn tại"),
        (("staff", "list", "--status", "bogus"), 2, "lỗi cú pháp"),
        (("staff", "frobnicate"), 2, "lỗi cú pháp"),
        (("demo", "--size", "country"), 2, "lỗi cú pháp"),
    ],
)
def test_bad_input_gives_a_message_not_a_traceback(cli: Cli, args: tuple[str, ...], code: int, needle: str) -> None:
    r = cli(*args)
    assert r.code == code
    assert needle in r.err and "Traceback" not in r.err


def test_not_a_database(cli: Cli, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello")
    r = cli("--db", str(junk), "staff", "list")
    assert r.code == 1 and "không phải" in r.err


def test_real_entry_point(commune_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.sqlite"
    shutil.copy(commune_path, db)
    r = run_subprocess("--db", str(db), "staff", "list", "--search", "xyzxyz")
    assert r.code == 0 and "Tổng cộng: 0 người" in r.out
    bad = run_subprocess("--db", str(tmp_path / "missing" / "db.sqlite"), "check")
    assert bad.code == 1 and "Traceback" not in bad.err


def test_staff_status_on_the_decisions_day(cli: Cli, commune_path: Path) -> None:
    db = str(commune_path)
    person = cli("--db", db, "staff", "list", "--json").json()["staff"][0]
    r = cli("--db", db, "staff", "status", person["cccd"], "--to", "retired", "--on", "01/01/2099")
    assert r.code == 1 and "sau hôm nay" in r.err  # not happened yet: nothing changes
    r = cli("--db", db, "staff", "status", person["uid"], "--to", "retired", "--on", "31/02/2026")
    assert r.code == 1 and "--on" in r.err
    assert cli("--db", db, "staff", "list", "--json").json()["staff"][0]["uid"] == person["uid"]
    r = cli("--db", db, "staff", "status", person["uid"], "--to", "retired", "--on", "01/10/2026", "--note", "QĐ 25")
    assert r.code == 0, r.err
    assert person["full_name"] in r.out and "01/10/2026" in r.out
    everyone = cli("--db", db, "staff", "list", "--status", "all", "--json").json()["staff"]
    assert next(p for p in everyone if p["uid"] == person["uid"])["status"] == "retired"
    r = cli("--db", db, "staff", "status", "không-có-ai", "--to", "working")
    assert r.code == 1 and "Không tìm thấy" in r.err


ENGLISH = ("usage:", "show this help message", "options:", "optional arguments", "positional arguments", "show program")


def _every_command(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [path]
    for action in parser._actions:  # the test walks the tree; the app itself never reads argparse's insides
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _every_command(sub, (*path, name))
    return found


def test_help_is_vietnamese_on_every_command(cli: Cli) -> None:
    """`boiduong -h` and every sub-command's help kept argparse's English ("usage:", "options:", "show
    this help message and exit")."""
    from app.cli.main import build_parser

    commands = _every_command(build_parser())
    assert ("staff", "list") in commands and len(commands) > 40
    for command in commands:
        r = cli(*command, "-h")
        assert r.code == 0 and r.out.startswith("Cách dùng: boiduong"), command
        assert "hiện phần hướng dẫn này rồi thoát" in r.out and "tùy chọn:" in r.out, command
        assert not [word for word in ENGLISH if word in r.out], (command, r.out)
    top = cli("--help").out
    assert "tham số:" in top and "in số phiên bản rồi thoát" in top
    assert top.count("tùy chọn:") == 1  # --db (from a parent parser) joins the same section


def test_usage_errors_are_vietnamese(cli: Cli) -> None:
    r = cli("staff")
    assert r.code == 2 and "lỗi cú pháp: thiếu tham số bắt buộc: LỆNH" in r.err and r.err.startswith("Cách dùng:")
    r = cli("staff", "list", "--status", "bogus")
    assert "tham số --status: không có lựa chọn 'bogus' (chọn: 'on_books'" in r.err
    assert "không hiểu các tham số: --frob" in cli("staff", "list", "--frob").err
