from __future__ import annotations

from app.staff.job_positions import MatchState, PositionRule, evaluate_match

RULES = {"tu phap - ho tich": PositionRule("dai_hoc", ("luat",))}


def test_match_needs_major_and_level() -> None:
    assert evaluate_match(RULES, "Tư pháp - Hộ tịch", [("dai_hoc", "Luật Kinh tế")]) == MatchState.MATCH
    assert evaluate_match(RULES, "tu phap - ho tich", [("thac_si", "Luật")]) == MatchState.MATCH
    assert evaluate_match(RULES, "Tư pháp - Hộ tịch", [("trung_cap", "Luật")]) == MatchState.MISMATCH
    assert evaluate_match(RULES, "Tư pháp - Hộ tịch", [("dai_hoc", "Kế toán")]) == MatchState.MISMATCH
    assert evaluate_match(RULES, "Tư pháp - Hộ tịch", []) == MatchState.MISMATCH


def test_unknown_position_and_override() -> None:
    assert evaluate_match(RULES, "Không có trong danh mục", [("dai_hoc", "Kế toán")]) == MatchState.UNKNOWN
    assert evaluate_match(RULES, None, []) == MatchState.UNKNOWN
    assert evaluate_match(RULES, "Tư pháp - Hộ tịch", [], override=True) == MatchState.MATCH
    assert evaluate_match(RULES, "Tư pháp - Hộ tịch", [("dai_hoc", "Luật")], override=False) == MatchState.MISMATCH
