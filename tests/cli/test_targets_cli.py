from __future__ import annotations

from pathlib import Path

import pytest

from app.evaluations.classification import parse_period
from tests.cli.conftest import Cli

pytestmark = pytest.mark.cli


def test_targets_json_on_the_demo(cli: Cli, commune_path: Path) -> None:
    r = cli("--db", str(commune_path), "targets", "--json", "--as-of", "23/11/2026")
    assert r.code == 0, r.err
    targets = r.json()["targets"]
    assert len(targets) >= 12
    for t in targets:
        assert {"name", "population", "achieved", "percent", "threshold", "deadline", "status", "missing"} <= set(t)
        assert len(t["missing"]) == t["population"] - t["achieved"]
        assert len(set(t["missing"])) == len(t["missing"])
        assert t["status"] in {"achieved", "on_track", "at_risk", "missed", "no_data"}
        if t["population"]:
            assert t["percent"] == round(100 * t["achieved"] / t["population"], 1)
    # the missing are real people of the unit
    staff = {s["uid"] for s in cli("--db", str(commune_path), "staff", "list", "--json").json()["staff"]}
    assert all(set(t["missing"]) <= staff for t in targets)
    statuses = {t["status"] for t in targets}
    assert {"achieved", "at_risk"} <= statuses


def test_targets_text_filter_and_missing(cli: Cli, commune_path: Path) -> None:
    r = cli("--db", str(commune_path), "targets", "--plan", "nghi quyet", "--missing")
    assert r.code == 0, r.err
    assert "Nghị quyết số 05-NQ/TU" in r.out and "giai đoạn 2026 - 2031" not in r.out
    assert "Chưa có lý luận chính trị" in r.out or "Hiện có:" in r.out


def test_presets_and_adopt(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    listing = cli("--db", db, "targets", "presets", "--json").json()["presets"]
    key = listing[2]["key"]
    first = listing[2]["targets"][0]["key"]
    r = cli("--db", db, "targets", "adopt", key, "--only", first, "--start", "01/03/2026", "--freeze")
    assert r.code == 0, r.err
    assert "Đã áp dụng 1 chỉ tiêu" in r.out
    r = cli("--db", db, "targets", "adopt", key, "--only", first)
    assert r.code == 1 and "đều đã có" in r.err
    assert cli("--db", db, "targets", "adopt", "khong-co").code == 1
    assert cli("--db", db, "targets", "--as-of", "31/02/2026").code == 2
    targets = cli("--db", db, "targets", "--json").json()["targets"]
    assert len(targets) == 1 and targets[0]["frozen"] and targets[0]["population"] == 0


def test_classification_commands(cli: Cli, commune_path: Path) -> None:
    db = str(commune_path)
    sheet = cli("--db", db, "classification", "list", "2026", "--json").json()
    assert sheet["period"] == "2026"
    scored = [r for r in sheet["ratings"] if r["method"] == "score"]
    direct = [r for r in sheet["ratings"] if r["method"] == "direct"]
    assert scored and direct and all(r["category"] == "civil_servant" for r in scored)
    civil = next(g for g in sheet["summary"] if g["category"] == "civil_servant")
    assert civil["counts"]["excellent"] <= civil["excellent_allowed"]

    person = next(r for r in scored if r["level"] == "good")
    r = cli("--db", db, "classification", "set", person["uid"], "2026", "--general", "20", "--task", "45,5")
    assert r.code == 0, r.err
    assert "Hoàn thành nhiệm vụ (65,5 điểm)" in r.out
    r = cli("--db", db, "classification", "set", person["uid"], "2026", "--level", "HTTNV")
    assert r.code == 1 and "không chọn mức trực tiếp" in r.err
    r = cli("--db", db, "classification", "set", person["uid"], "2026", "--general", "40", "--task", "50")
    assert r.code == 1 and "từ 0 đến 30" in r.err
    assert cli("--db", db, "classification", "list", "2026-Q7").code == 2

    history = cli("--db", db, "classification", "history", person["uid"], "--json").json()["history"]
    assert history[0]["period"] == "2026" and history[0]["total"] == 65.5
    periods = [parse_period(h["period"]) for h in history]
    assert periods == sorted(periods, key=lambda p: p.sort_key, reverse=True)
    assert [p.code for p in periods][:2] == ["2026", "2026-Q3"]  # the year, then its quarters, latest first

    r = cli("--db", db, "classification", "clear", person["uid"], "2026")
    assert r.code == 0 and "Đã xóa" in r.out
    after = cli("--db", db, "classification", "list", "2026", "--json").json()["ratings"]
    assert next(x for x in after if x["uid"] == person["uid"])["level"] is None


def test_classification_quota_from_the_command_line(cli: Cli, commune_path: Path) -> None:
    db = str(commune_path)
    ratings = cli("--db", db, "classification", "list", "2026", "--json").json()["ratings"]
    civil = [r for r in ratings if r["category"] == "civil_servant"]
    target = next(r for r in civil if r["level"] == "good" and not r["capped"])
    # the demo's civil servants are at the quota already: one more excellent is refused
    r = cli("--db", db, "classification", "set", target["uid"], "2026", "--general", "30", "--task", "69")
    assert r.code == 1
    assert "vượt quá 20%" in r.err and "--keep-excellent" in r.err and target["uid"] in r.err
    before = cli("--db", db, "classification", "list", "2026", "--json").json()["ratings"]
    assert before == ratings  # nothing changed
    keep = [x["uid"] for x in civil if x["level"] == "excellent"]
    r = cli(
        "--db",
        db,
        "classification",
        "set",
        target["uid"],
        "2026",
        "--general",
        "30",
        "--task",
        "69",
        "--keep-excellent",
        *keep,
        "--reason",
        "Giữ kết quả đã họp xét",
    )
    assert r.code == 0, r.err
    assert "do vượt tỷ lệ 20%" in r.out
