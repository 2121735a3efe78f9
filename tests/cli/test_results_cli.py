from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.cli.conftest import Cli

pytestmark = pytest.mark.cli


def test_evaluations_due(cli: Cli, commune_path: Path) -> None:
    db = str(commune_path)
    r = cli("--db", db, "evaluations", "due", "--json", "--as-of", "23/11/2026")
    assert r.code == 0, r.err
    out = r.json()
    states = [x["state"] for x in out["reviews"]]
    assert states and set(states) <= {"overdue", "due", "upcoming"}
    assert states == sorted(states, key=["overdue", "due", "upcoming"].index)  # overdue first
    assert out["counts"]["overdue"] == states.count("overdue") and out["counts"]["done"] == 0
    first = out["reviews"][0]
    assert first["due_from"] <= "2026-11-23" and {"name", "course", "ended", "nomination"} <= set(first)
    every = cli("--db", db, "evaluations", "due", "--json", "--all", "--as-of", "23/11/2026").json()
    assert every["counts"]["done"] > 0 and len(every["reviews"]) > len(states)
    text = cli("--db", db, "evaluations", "due", "--as-of", "23/11/2026")
    assert "[Đến hạn đánh giá]" in text.out and "đánh giá từ" in text.out
    summary = cli("--db", db, "evaluations", "summary", "--by", "department", "--json").json()
    assert summary["rows"][-1]["label"] == "Tổng cộng" and summary["rows"][-1]["reviews"] > 0
    assert cli("--db", db, "evaluations", "due", "--as-of", "31/02/2026").code == 2
    assert cli("--db", db, "evaluations").code == 2


def test_report_annual_xlsx_and_pdf(cli: Cli, commune_path: Path, tmp_path: Path) -> None:
    db = str(commune_path)
    xlsx, pdf = tmp_path / "bc.xlsx", tmp_path / "bc.pdf"
    r = cli("--db", db, "report", "annual", "--year", "2026", str(xlsx), "--as-of", "23/11/2026")
    assert r.code == 0, r.err
    assert load_workbook(xlsx).sheetnames[0] == "Thông tin" and len(load_workbook(xlsx).sheetnames) == 6
    assert cli("--db", db, "report", "annual", "--year", "2026", str(pdf)).code == 0
    assert "BÁO CÁO" in PdfReader(pdf).pages[0].extract_text()
    bad = cli("--db", db, "report", "annual", "--year", "2026", str(tmp_path / "bc.doc"))
    assert bad.code == 1 and ".xlsx hoặc .pdf" in bad.err and not (tmp_path / "bc.doc").exists()
    assert cli("--db", db, "report", "annual", "--year", "1990", str(xlsx)).code == 1
    assert cli("--db", db, "report", "annual", str(xlsx)).code == 2  # --year is required


def test_report_lists(cli: Cli, commune_path: Path, tmp_path: Path) -> None:
    db = str(commune_path)
    expiring = cli("--db", db, "report", "expiring", "--within", "60", "--json", "--as-of", "23/11/2026").json()
    (table,) = expiring["tables"]
    assert "Hiệu lực đến" in table["columns"] and table["rows"]
    untrained = cli("--db", db, "report", "untrained", "--years", "2", "--as-of", "23/11/2026")
    assert untrained.code == 0 and "2 năm gần đây" in untrained.out
    out = tmp_path / "nhu-cau.xlsx"
    r = cli("--db", db, "report", "needs", "--year", "2027", str(out), "--as-of", "23/11/2026")
    assert r.code == 0, r.err
    assert len(load_workbook(out).sheetnames) == 2
    assert cli("--db", db, "report", "untrained", str(tmp_path / "x.csv")).code == 1
    assert cli("--db", db, "report", "expiring", "--within", "-3").code == 1
