from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.cli.conftest import Cli
from tests.unit.excel.builders import PEOPLE, QUIRKS, build_list

pytestmark = pytest.mark.cli


def _init(cli: Cli, db: str) -> None:
    r = cli("--db", db, "init", "--kind", "commune", "--code", "11311", "--name", "Xã Hà Bắc", "--province-code", "31")
    assert r.code == 0, r.err


def test_import_json_dry_run_then_for_real_then_again(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    _init(cli, db)
    path = str(build_list(tmp_path / "ds.xlsx", QUIRKS))
    dry = cli("--db", db, "staff", "import", path, "--dry-run", "--json")
    assert dry.code == 0, dry.err
    report = dry.json()
    assert {"created", "updated", "unchanged", "duplicates", "errors"} <= set(report)
    assert report["created"] == len(PEOPLE) and report["errors"] == [] and report["applied"] is False
    assert cli("--db", db, "staff", "list", "--json").json() == {"staff": []}
    done = cli("--db", db, "staff", "import", path, "--json").json()
    assert done["applied"] is True and done["created"] == len(PEOPLE) and done["backup"]
    again = cli("--db", db, "staff", "import", path, "--json").json()
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, len(PEOPLE))


def test_invalid_rows_exit_1_unless_skipped(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    path = build_list(tmp_path / "bad.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["C4"] = "30/02/1990"
    wb.save(path)
    r = cli("--db", db, "staff", "import", str(path), "--json")
    assert r.code == 1
    report = r.json()
    assert report["applied"] is False and report["invalid"] == 1
    assert report["errors"] == [
        {
            "row": 4,
            "column": "Ngày sinh",
            "column_letter": "C",
            "message": "Ngày sinh: Ngày 30 không có trong tháng 02/1990",
        }
    ]
    assert cli("--db", db, "staff", "list", "--json").json() == {"staff": []}
    text = cli("--db", db, "staff", "import", str(path))
    assert text.code == 1 and "--skip-invalid" in text.err and "Dòng 4" not in text.err
    ok = cli("--db", db, "staff", "import", str(path), "--skip-invalid", "--json")
    assert ok.code == 0 and ok.json()["created"] == len(PEOPLE) - 1


def test_import_needs_a_category_when_the_file_has_none(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    path = str(build_list(tmp_path / "two.xlsx", ["two_row_header"]))
    r = cli("--db", db, "staff", "import", path)
    assert r.code == 1 and "Đối tượng: chưa nhập" in r.out
    r = cli("--db", db, "staff", "import", path, "--category", "civil_servant")
    assert r.code == 0 and "Đã nhập: 5 thêm mới" in r.out


def test_bad_files_exit_1_with_a_message(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    fake = tmp_path / "ds.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    r = cli("--db", db, "staff", "import", str(fake))
    assert r.code == 1 and "không phải bảng tính" in r.err
    r = cli("--db", db, "staff", "import", str(tmp_path / "missing.xlsx"))
    assert r.code == 1 and "Không tìm thấy tệp" in r.err
    assert cli("--db", db, "staff", "import").code == 2


def test_export_and_template(cli: Cli, commune_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds.xlsx"
    r = cli("--db", str(commune_path), "staff", "export", str(out), "--category", "cadre")
    assert r.code == 0 and out.exists()
    ws = openpyxl.load_workbook(out).active
    assert ws is not None and ws["A10"].value == "I" and ws["B10"].value == "CÁN BỘ"
    r = cli("--db", str(commune_path), "staff", "export", str(tmp_path / "mau.xlsx"), "--template")
    assert r.code == 0 and "mẫu trống" in r.out
    r = cli("--db", str(commune_path), "staff", "export", str(tmp_path / "ds.csv"))
    assert r.code == 1 and ".xlsx" in r.err
