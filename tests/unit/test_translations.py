"""The English translation is complete and the committed .qm matches its .ts (so a checkout and the
packaged app work without Qt's tools)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "boiduong_en.ts"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if not found:
        pytest.skip(f"{name} not installed")
    return found


def sources(ts: Path) -> dict[str, str | None]:
    """{source: English or None}; a message of another context than the default one (the labels of
    ui/app_labels.py) or with a disambiguation is keyed "context: source [comment]"."""
    out: dict[str, str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            translation = msg.find("translation")
            assert translation is not None
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            comment = msg.findtext("comment")  # the disambiguation of a source used with two meanings
            key = (f"{name}: " if name else "") + (msg.findtext("source") or "") + (f" [{comment}]" if comment else "")
            out[key] = translation.text if finished else None
    return out


def test_every_interface_string_has_an_english_translation(tmp_path: Path) -> None:
    """lupdate over ui/ finds no string the .ts lacks, and every one is translated."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete", *files, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    current = sources(fresh)
    untranslated = sorted(s for s, t in current.items() if not t)
    assert untranslated == [], "run `make translations` and translate these in boiduong_en.ts"
    assert set(current) == set(sources(TS)), "boiduong_en.ts is out of date: run `make translations`"


def test_placeholders_survive_translation() -> None:
    import re

    for source, english in sources(TS).items():
        assert english is not None
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(re.findall(r"\{[^}]*\}", english)), source


@pytest.mark.parametrize("name", ["boiduong_en", "qtbase_vi"])
def test_committed_qm_is_built_from_the_ts(tmp_path: Path, name: str) -> None:
    ts = TS.with_name(f"{name}.ts")
    built = tmp_path / "built.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run `make translations` and commit the .qm"


def test_app_labels_are_all_marked_for_translation() -> None:
    """ui/app_labels.py lists every label of app/ the interface shows (`python -m ui.app_labels`)."""
    from ui.app_labels import LABELS, collect

    assert list(LABELS) == collect(), "run `make translations` (it runs `python -m ui.app_labels`)"


def test_rating_texts_read_as_app_composes_them_in_vietnamese() -> None:
    """ui/rating_texts.py composes app's rating texts through tr(): untranslated, they are app's own."""
    from app.evaluations.classification import GroupSummary, HistoryRow, Period
    from db.enums import QualityLevel, RatingMethod, StaffCategory
    from ui.rating_texts import group_text, history_text, period_text

    periods = [Period.of_year(2026), Period.quarter(2026, 3), Period.month(2025, 5)]
    assert [period_text(p) for p in periods] == [p.label for p in periods]
    for scores, capped, disciplined in (((24.8, 60.6), True, False), ((None, None), False, True)):
        row = HistoryRow(
            periods[1], RatingMethod.SCORE, *scores, disciplined, QualityLevel.EXCELLENT, QualityLevel.GOOD,
            capped, None, None,
        )  # fmt: skip
        assert history_text(row) == row.text()
    counts = {QualityLevel.EXCELLENT: 3, QualityLevel.GOOD: 11, QualityLevel.COMPLETE: 1, QualityLevel.INCOMPLETE: 0}
    for unrated, cap in ((0, True), (2, False)):
        group = GroupSummary(StaffCategory.CIVIL_SERVANT, counts, unrated, cap)
        assert group_text(group) == group.text()


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """lupdate reads an f-string as one literal: a tr() inside one never reaches the .ts. Write
    tr("… {name} …").format(name=…) instead."""
    import ast

    hidden = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [
                    f"{path.relative_to(ROOT)}:{call.lineno}"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id == "tr"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ]
    assert hidden == []
