from __future__ import annotations

import unicodedata

from app.text import clean_text, fold, join_fields, matches_all_tokens, normalize_person_name


def test_fold_removes_tones_marks_and_case() -> None:
    assert fold("Đặng Thị Ngọc ƯỚC") == "dang thi ngoc uoc"
    assert fold(unicodedata.normalize("NFD", "Nguyễn")) == "nguyen"


def test_search_is_accent_and_case_insensitive() -> None:
    hay = join_fields("Nguyễn Thị Lan", "Chuyên viên")
    assert matches_all_tokens(hay, "nguyen thi")
    assert matches_all_tokens(hay, "NGUYỄN lan")
    assert not matches_all_tokens(hay, "tran")
    assert matches_all_tokens(join_fields("Đặng Văn Hùng"), "dang")


def test_tokens_must_match_within_one_field() -> None:
    hay = join_fields("Nguyễn Bích Quỳnh", "Địa chính - Xây dựng - Đô thị")
    assert not matches_all_tokens(hay, "nguyen thi")
    assert matches_all_tokens(hay, "do thi")


def test_clean_text_nfc_and_spaces() -> None:
    assert clean_text("  Nguye\u0302\u0303n \u00a0 Văn  ") == "Nguyễn Văn"
    assert clean_text("   ") is None


def test_person_name_case() -> None:
    assert normalize_person_name("  NGUYỄN   VĂN  AN ") == "Nguyễn Văn An"
    assert normalize_person_name("trần thị bích") == "Trần Thị Bích"
    assert normalize_person_name("Lê Đức McLaren") == "Lê Đức McLaren"
