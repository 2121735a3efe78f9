from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.conftest import Cli

pytestmark = pytest.mark.cli


def test_decision_list_json(cli: Cli, commune_path: Path) -> None:
    r = cli("--db", str(commune_path), "decision", "list", "--json")
    assert r.code == 0, r.err
    decisions = r.json()["decisions"]
    issued = [d for d in decisions if d["status"] == "issued"]
    assert len(issued) >= 2
    numbers = {d["number"] for d in decisions}
    assert {"01/QĐ-UBND", "02/QĐ-UBND"} <= numbers and None in numbers  # a draft has no number yet
    first = next(d for d in decisions if d["number"] == "01/QĐ-UBND")
    assert first["people"] == len(first["nominations"]) == 5 and first["summary"].startswith("Về việc cử")
    assert {d["status"] for d in decisions} >= {"draft", "issued", "cancelled", "replaced"}
    replaced = next(d for d in decisions if d["status"] == "replaced")
    assert replaced["replaced_by"] is not None
    text = cli("--db", str(commune_path), "decision", "list")
    assert "01/QĐ-UBND" in text.out and "Tổng cộng" in text.out


def test_decision_pdf_by_number_and_by_id(cli: Cli, commune_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "qd01.pdf"
    # the demo holds decisions of several years: a bare number names the year's decision only with the year
    r = cli("--db", str(commune_path), "decision", "pdf", "01/QĐ-UBND", str(out))
    assert r.code == 1 and "01/QĐ-UBND/2026" in r.err and not out.exists()
    r = cli("--db", str(commune_path), "decision", "pdf", "01/QĐ-UBND/2026", str(out))
    assert r.code == 0, r.err
    assert "01/QĐ-UBND" in PdfReader(out).pages[0].extract_text()
    decisions = cli("--db", str(commune_path), "decision", "list", "--json").json()["decisions"]
    second = next(d for d in decisions if d["number"] == "02/QĐ-UBND")
    out2 = tmp_path / "qd02.pdf"
    assert cli("--db", str(commune_path), "decision", "pdf", str(second["id"]), str(out2)).code == 0
    assert "Số: 02/QĐ-UBND" in PdfReader(out2).pages[0].extract_text()
    # the accents may be left out when typing the number
    assert cli("--db", str(commune_path), "decision", "pdf", "2/QD-UBND/2026", str(tmp_path / "x.pdf")).code == 0


def test_unknown_decision_exits_1_and_writes_nothing(cli: Cli, commune_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "none.pdf"
    r = cli("--db", str(commune_path), "decision", "pdf", "99/QĐ-UBND", str(out))
    assert r.code == 1 and "Không tìm thấy quyết định" in r.err and not out.exists()
    assert list(folder.iterdir()) == []
    r = cli("--db", str(commune_path), "decision", "pdf", "01/QĐ-UBND/2026", str(tmp_path / "no" / "dir.pdf"))
    assert r.code == 1 and "không tồn tại" in r.err


def test_decision_needs_a_declared_unit(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    assert cli("--db", str(db), "decision", "list", "--json").json() == {"decisions": []}
    r = cli("--db", str(db), "decision", "pdf", "1", str(tmp_path / "x.pdf"))
    assert r.code == 1 and "Chưa khai báo đơn vị" in r.err
    assert cli("--db", str(db), "decision").code == 2
