"""boiduong schedule conflicts / classes / sessions / generate / attendance / ical / export on the demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.cli.conftest import Cli

pytestmark = pytest.mark.cli


def test_conflicts_json_names_people_classes_and_dates(cli: Cli, commune_path: Path) -> None:
    db = str(commune_path)
    r = cli("--db", db, "schedule", "conflicts", "--json", "--from", "23/11/2026")
    assert r.code == 0, r.err
    conflicts = r.json()["conflicts"]
    assert {c["kind"] for c in conflicts} == {
        "person_overlap",
        "over_capacity",
        "coverage",
        "public_holiday",
        "weekend",
    }
    for c in conflicts:
        assert c["message"] and c["dates"] and c["classes"] and {"uid", "label"} <= set(c["classes"][0])
    overlap = next(c for c in conflicts if c["kind"] == "person_overlap")
    assert len(overlap["people"]) == 1 and overlap["people"][0]["name"] in overlap["message"]
    coverage = next(c for c in conflicts if c["kind"] == "coverage" and "Trung tâm" in c["department"]["name"])
    assert len(coverage["people"]) == 3 and coverage["dates"] == sorted(coverage["dates"])
    only = cli("--db", db, "schedule", "conflicts", "--json", "--kind", "weekend").json()["conflicts"]
    assert [c["kind"] for c in only] == ["weekend"]
    text = cli("--db", db, "schedule", "conflicts", "--from", "23/11/2026")
    assert text.code == 0 and "[Trùng lịch học]" in text.out and "Tổng cộng:" in text.out
    bad = cli("--db", db, "schedule", "conflicts", "--from", "31/02/2026")
    assert bad.code == 1 and "--from" in bad.err


def test_classes_sessions_and_attendance(cli: Cli, commune_path: Path) -> None:
    db = str(commune_path)
    classes = cli("--db", db, "schedule", "classes", "--json").json()["classes"]
    by_code = {k["code"]: k for k in classes}
    assert by_code["TT-XA-L01"]["learners"] == 12 and by_code["TT-XA-L01"]["capacity"] == 10
    assert by_code["VTLT-XA-L01"]["sessions"] == 4 and by_code["VTLT-XA-L01"]["status"] == "finished"
    filtered = cli("--db", db, "schedule", "classes", "--course", "van thu").out
    assert "VTLT-XA-L01" in filtered and "TT-XA-L01" not in filtered
    sessions = cli("--db", db, "schedule", "sessions", "tt-xa-l01", "--json").json()
    assert [s["block"] for s in sessions["sessions"]] == ["morning", "afternoon", "morning", "morning"]
    att = cli("--db", db, "schedule", "attendance", "VTLT-XA-L01", "--json").json()
    assert att["minimum"] == 0.8 and len(att["sessions"]) == 4
    below = [p for p in att["people"] if not p["meets_minimum"]]
    assert len(below) == 1 and below[0]["share"] == 0.5 and below[0]["status"] == "studying"
    text = cli("--db", db, "schedule", "attendance", "VTLT-XA-L01").out
    assert "✓✓✓✓" in text and "dưới mức tối thiểu" in text
    missing = cli("--db", db, "schedule", "sessions", "KHONG-CO")
    assert missing.code == 1 and "Không tìm thấy lớp" in missing.err


def test_generate_then_export_and_ical(cli: Cli, commune_path: Path, tmp_path: Path) -> None:
    db = str(commune_path)
    refused = cli("--db", db, "schedule", "generate", "QLNN-CV-L01", "--days", "2")
    assert refused.code == 1 and "do đơn vị 31 quản lý" in refused.err  # the province's class
    made = cli(
        "--db",
        db,
        "schedule",
        "generate",
        "TCD-XA-L01",
        "--from",
        "23/11/2026",
        "--days",
        "3",
        "--blocks",
        "toi",
        "--weekdays",
        "2,3,4,5,6,7",
        "--json",
    ).json()
    assert made["added"] == 3 and made["skipped"] == [{"date": "2026-11-24", "reason": "Ngày Văn hóa Việt Nam (24/11)"}]
    bad = cli("--db", db, "schedule", "generate", "TCD-XA-L01", "--days", "2", "--blocks", "dem")
    assert bad.code == 1 and "--blocks" in bad.err
    pdf = tmp_path / "ky-ten.pdf"
    r = cli("--db", db, "schedule", "export", "TCD-XA-L01", str(pdf), "--what", "signin")
    assert r.code == 0, r.err
    assert "KÝ TÊN" in PdfReader(pdf).pages[0].extract_text()
    xlsx = tmp_path / "ds.xlsx"
    assert cli("--db", db, "schedule", "export", "TCD-XA-L01", str(xlsx)).code == 0
    cells = [c for row in load_workbook(xlsx).active.iter_rows(values_only=True) for c in row if c]
    assert "DANH SÁCH HỌC VIÊN" in cells
    ics = tmp_path / "lop.ics"
    assert cli("--db", db, "schedule", "ical", "TCD-XA-L01", str(ics)).code == 0
    assert ics.read_bytes().count(b"BEGIN:VEVENT") == 7  # 4 from the demo, 3 evenings added here
    wrong = cli("--db", db, "schedule", "export", "TCD-XA-L01", str(tmp_path / "x.docx"))
    assert wrong.code == 1 and "Chỉ xuất được" in wrong.err
