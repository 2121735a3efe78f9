from __future__ import annotations

import random

from app.text import collation_key, name_sort_key, split_name


def test_alphabet_order_letters_with_marks_after_their_base() -> None:
    words = ["đa", "da", "ăn", "ân", "an", "bà", "ê", "e", "ơ", "ô", "o", "ư", "u", "y", "x"]
    assert sorted(words, key=collation_key) == [
        "an",
        "ăn",
        "ân",
        "bà",
        "da",
        "đa",
        "e",
        "ê",
        "o",
        "ô",
        "ơ",
        "u",
        "ư",
        "x",
        "y",
    ]


def test_tones_are_secondary_in_cldr_order() -> None:
    tones = ["á", "a", "ạ", "ã", "à", "ả"]  # shuffled
    assert sorted(tones, key=collation_key) == ["a", "à", "ả", "ã", "á", "ạ"]
    # a primary difference later in the word beats a tone earlier in the word
    assert sorted(["bán", "banh"], key=collation_key) == ["bán", "banh"]


def test_names_sort_by_given_then_middle_then_family() -> None:
    names = [
        "Nguyễn Văn Bình",
        "Trần Thị An",
        "Lê Văn An",
        "Đặng Thị Ánh",
        "Phạm Anh",
        "Bùi Thị Ân",
        "Lê Thị An",
    ]
    random.Random(1).shuffle(names)
    assert sorted(names, key=name_sort_key) == [
        "Lê Thị An",
        "Trần Thị An",
        "Lê Văn An",
        "Phạm Anh",
        "Đặng Thị Ánh",
        "Bùi Thị Ân",
        "Nguyễn Văn Bình",
    ]


def test_d_stroke_sorts_after_d_in_given_names() -> None:
    names = ["Hoàng Văn Đức", "Vũ Văn Dũng", "Lê Văn Dương", "Trần Văn Đạt"]
    assert sorted(names, key=name_sort_key) == [
        "Vũ Văn Dũng",
        "Lê Văn Dương",
        "Trần Văn Đạt",
        "Hoàng Văn Đức",
    ]


def test_decomposed_input_sorts_like_composed() -> None:
    import unicodedata

    composed = "Nguyễn Thị Ánh"
    assert name_sort_key(unicodedata.normalize("NFD", composed)) == name_sort_key(composed)


def test_split_name() -> None:
    assert split_name("Nguyễn Thị Thu Hà") == ("Nguyễn", "Thị Thu", "Hà")
    assert split_name("Hà") == ("", "", "Hà")
    assert split_name("") == ("", "", "")
