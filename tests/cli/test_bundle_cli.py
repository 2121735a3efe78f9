"""First contact exactly as it happens (issue 7): the province registers a commune and exports its set-up
file; the commune starts from it; bundles go up and come back."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

pytestmark = pytest.mark.cli


def fingerprint(text: str) -> str:
    match = re.search(r"(\d{4}(?: \d{4}){7})", text)
    assert match, text
    return match.group(1)


def test_first_contact_in_five_steps(cli: Cli, tmp_path: Path) -> None:
    p, c = str(tmp_path / "P.sqlite"), str(tmp_path / "C.sqlite")
    setup, out, back = (str(tmp_path / n) for n in ("SETUP", "OUT", "BACK"))
    assert cli("--db", p, "init", "--kind", "province", "--code", "31", "--name", "Thành phố Hải Phòng").code == 0

    # 1. the province registers the commune and exports its set-up file
    assert cli("--db", p, "unit", "add", "--code", "99901", "--name", "Xã Thử Nghiệm").code == 0
    # a code typed twice for another commune is a typo, not a rename; the same name again changes nothing
    r = cli("--db", p, "unit", "add", "--code", "99901", "--name", "Xã Khác")
    assert r.code == 1 and "Mã 99901 đã được đăng ký cho Xã Thử Nghiệm" in r.err
    assert cli("--db", p, "unit", "add", "--code", "99901", "--name", "Xã Thử Nghiệm").code == 0
    assert "Xã Khác" not in cli("--db", p, "units", "list").out
    r = cli("--db", p, "bundle", "export", setup, "--to", "99901")
    assert r.code == 0 and Path(setup).is_file(), r.err
    province_fp = fingerprint(r.out)

    # 2. the commune starts from it: the fingerprint is shown, nothing happens without --accept-key
    r = cli("--db", c, "init", "--from-bundle", setup)
    assert r.code == 1 and province_fp in r.err and "--accept-key" in r.err
    assert not Path(c).exists()
    r = cli("--db", c, "init", "--from-bundle", setup, "--accept-key")
    assert r.code == 0, r.err
    assert "Xã Thử Nghiệm (99901)" in r.out and province_fp in r.out
    commune_fp = fingerprint(r.out.split("Mã khóa của đơn vị này")[1])
    assert cli("--db", c, "demo").code == 0  # keeps the identity and the keys
    assert fingerprint(cli("--db", c, "bundle", "keys").out) == commune_fp

    # 3. the commune works, then sends to its province (by default)
    r = cli("--db", c, "bundle", "export", out)
    assert r.code == 0 and "Thành phố Hải Phòng (31)" in r.out and Path(out).is_file()
    assert list(tmp_path.glob(".OUT*")) == []  # no temporary file left

    # 4. the province imports it: the new key is shown and refused until confirmed
    before = Path(p).read_bytes()
    r = cli("--db", p, "bundle", "import", out)
    assert r.code == 1 and commune_fp in r.out
    assert Path(p).read_bytes() == before
    r = cli("--db", p, "bundle", "import", out, "--accept-new-key", "--json")
    assert r.code == 0, r.out
    (item,) = r.json()["bundles"]
    assert item["status"] == "applied" and item["origin"]["code"] == "99901"
    assert item["counts"]["staff"]["created"] == 60 and item["key"]["fingerprint"] == commune_fp
    r = cli("--db", p, "bundle", "import", out)
    assert r.code == 0 and "đã được nhập" in r.out

    # 5. the province answers; the commune imports it and knows what the province holds
    r = cli("--db", p, "bundle", "export", back, "--to", "99901")
    assert r.code == 0 and "đã ký số và mã hóa" in r.out
    r = cli("--db", c, "bundle", "import", back)
    assert r.code == 0 and "đã có dữ liệu của đơn vị này đến ngày" in r.out
    r = cli("--db", c, "units", "list", "--json")
    assert r.json()["province_has_data_through"]

    # the province's consolidated view
    units = {u["code"]: u for u in cli("--db", p, "units", "list", "--json").json()["units"]}
    commune = units["99901"]
    assert commune["people"] == 60 and commune["qualifications"] > 100 and commune["freshness"] == "fresh"
    assert commune["last_bundle_date"] and commune["key_fingerprint"] == commune_fp
    assert "tệp gần nhất" in cli("--db", p, "units", "list").out


def test_dry_run_previews_without_changing_anything(cli: Cli, tmp_path: Path) -> None:
    p, c = str(tmp_path / "P.sqlite"), str(tmp_path / "C.sqlite")
    cli("--db", p, "demo", "--size", "province", "--communes", "3")
    assert cli("--db", c, "demo").code == 0
    out = str(tmp_path / "c.bdsync")
    assert cli("--db", c, "bundle", "export", out).code == 0
    before = Path(p).read_bytes()
    r = cli("--db", p, "bundle", "import", out, "--dry-run", "--json")
    assert r.code == 0
    (item,) = r.json()["bundles"]
    assert item["status"] == "needs_key" and item["counts"]["staff"]["created"] == 60
    assert Path(p).read_bytes() == before
    log = cli("--db", p, "bundle", "log", "--json").json()["entries"]
    assert [e["result"] for e in log if e["file"] == "c.bdsync"] == ["needs_key"]


def test_bad_usage_and_bad_files(cli: Cli, tmp_path: Path) -> None:
    p = str(tmp_path / "P.sqlite")
    assert cli("--db", p, "init", "--code", "31").code == 2
    assert cli("--db", p, "init", "--kind", "province", "--code", "31", "--name", "Tỉnh").code == 0
    assert cli("--db", p, "bundle", "export", str(tmp_path / "x")).code == 1  # no commune given
    r = cli("--db", p, "bundle", "export", str(tmp_path / "x"), "--to", "12345")
    assert r.code == 1 and "chưa được đăng ký" in r.err
    junk = tmp_path / "junk.bdsync"
    junk.write_bytes(b"hello")
    r = cli("--db", p, "bundle", "import", str(junk), "--json")
    assert r.code == 1 and r.json()["bundles"][0]["status"] == "refused"
    r = cli("--db", p, "bundle", "import", str(tmp_path / "missing.bdsync"))
    assert r.code == 1 and "không tìm thấy" in r.out


def test_demo_province_looks_like_bundles_were_imported(cli: Cli, tmp_path: Path) -> None:
    p = str(tmp_path / "P.sqlite")
    assert cli("--db", p, "demo", "--size", "province", "--communes", "6").code == 0
    units = [u for u in cli("--db", p, "units", "list", "--json").json()["units"] if u["people"]]
    assert len(units) == 6
    assert all(u["last_bundle_date"] and u["key_fingerprint"] for u in units)
    entries = cli("--db", p, "bundle", "log", "--json").json()["entries"]
    assert len(entries) == 6 and all(e["result"] == "applied" for e in entries)
    keys = json.loads(cli("--db", p, "bundle", "keys", "--json").out)
    assert len(keys["peers"]) >= 6
