from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.security import passwords
from tests.cli.conftest import Cli

pytestmark = pytest.mark.cli


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "N", 2**10)


def test_audit_list_json(cli: Cli, commune_path: Path) -> None:
    db = str(commune_path)
    uid = cli("--db", db, "staff", "list", "--json").json()["staff"][0]["uid"]
    r = cli("--db", db, "audit", "list", "--json", "--uid", uid)
    assert r.code == 0, r.err
    entries = r.json()["entries"]
    assert entries and entries[-1]["action"] == "create"
    assert {"at", "user", "action", "entity", "uid", "label", "changes"} <= set(entries[0])
    assert all(e["entity"] == "staff" and e["uid"] == uid for e in entries)
    # personal data is masked unless --full
    cccd = entries[-1]["changes"]["cccd"][1]
    assert cccd.startswith("********")
    full = cli("--db", db, "audit", "list", "--json", "--uid", uid, "--full").json()["entries"]
    assert full[-1]["changes"]["cccd"][1].isdigit()


def test_audit_text_filters_and_export(cli: Cli, commune_path: Path, tmp_path: Path) -> None:
    db = str(commune_path)
    r = cli("--db", db, "audit", "list", "--entity", "staff", "--action", "status", "--limit", "3")
    assert r.code == 0 and "Đổi trạng thái" in r.out and r.out.strip().endswith("3 mục")
    bad = cli("--db", db, "audit", "list", "--from", "31/02/2026")
    assert bad.code == 1 and "Ngày bắt đầu" in bad.err
    out = tmp_path / "nk.xlsx"
    r = cli("--db", db, "audit", "export", str(out), "--entity", "staff")
    assert r.code == 0 and out.stat().st_size > 1000
    assert cli("--db", db, "audit", "export", str(tmp_path / "nk.pdf")).code == 1


def test_staff_list_mask_option(cli: Cli, commune_path: Path) -> None:
    db = str(commune_path)
    plain = cli("--db", db, "staff", "list", "--json").json()["staff"]
    masked = cli("--db", db, "staff", "list", "--json", "--mask").json()["staff"]
    person = next(p for p in plain if p["cccd"])
    other = next(p for p in masked if p["uid"] == person["uid"])
    assert person["cccd"].isdigit() and other["cccd"] == "********" + person["cccd"][-4:]
    assert other["date_of_birth"].endswith("-01-01") and other["dob_precision"] == "year"


def test_users_add_list_reset(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "u.sqlite")
    monkeypatch.setattr("sys.stdin", io.StringIO("matkhau123\n"))
    r = cli("--db", db, "users", "add", "quantri", "--name", "Quản trị", "--role", "admin", "--password-stdin")
    assert r.code == 0, r.err
    listed = cli("--db", db, "users", "list", "--json").json()
    assert listed["sign_in_required"] is False
    assert [(u["username"], u["role"]) for u in listed["users"]] == [("quantri", "admin")]
    monkeypatch.setattr("sys.stdin", io.StringIO("ngan\n"))
    r = cli("--db", db, "users", "reset-password", "quantri", "--password-stdin")
    assert r.code == 1 and "ít nhất 8" in r.err
    monkeypatch.setattr("sys.stdin", io.StringIO("matkhaumoi1\n"))
    assert cli("--db", db, "users", "reset-password", "quantri", "--password-stdin").code == 0
    assert cli("--db", db, "users", "reset-password", "khongco", "--password-stdin").code == 1
    entries = cli("--db", db, "audit", "list", "--json", "--entity", "user_account").json()["entries"]
    assert any(e["changes"].get("note", [None, ""])[1] == "đặt lại mật khẩu bằng dòng lệnh" for e in entries)
