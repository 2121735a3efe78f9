"""Vietnamese collation (CLDR "vi"): letters a ă â b c d đ e ê … with tones as a secondary difference
in the order ngang, huyền, hỏi, ngã, sắc, nặng. Keys are plain strings so that SQLite's binary
comparison of a stored key gives the Vietnamese order too."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_PRIMARY = {letter: i for i, letter in enumerate(_ALPHABET)}
_LETTER_MARKS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
_WITH_MARK = {
    ("a", "breve"): "ă",
    ("a", "circumflex"): "â",
    ("e", "circumflex"): "ê",
    ("o", "circumflex"): "ô",
    ("o", "horn"): "ơ",
    ("u", "horn"): "ư",
}
# ngang (none) < huyền < hỏi < ngã < sắc < nặng
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# Key alphabet: separators sort below digits, digits below letters, letters below anything else.
_LEVEL_SEP = "\x00"
_WORD_SEP = "\x01"
_PART_SEP = "\x02"
_DIGIT_BASE = 0x30
_LETTER_BASE = 0x100
_OTHER_BASE = 0x1000


@lru_cache(maxsize=4096)
def _char_weights(ch: str) -> tuple[str, str, str]:
    """(primary, secondary, tertiary) weights of one NFC character as one-character strings."""
    if ch == " ":
        return _WORD_SEP, "", ""
    lower = ch.lower()
    tertiary = "1" if ch != lower else "0"
    if lower == "đ":
        return chr(_LETTER_BASE + _PRIMARY["đ"]), "0", tertiary
    decomposed = unicodedata.normalize("NFD", lower)
    base, marks = decomposed[0], decomposed[1:]
    tone = 0
    for mark in marks:
        if mark in _LETTER_MARKS:
            base = _WITH_MARK.get((base, _LETTER_MARKS[mark]), base)
        elif mark in _TONES:
            tone = _TONES[mark]
    if base in _PRIMARY:
        return chr(_LETTER_BASE + _PRIMARY[base]), str(tone), tertiary
    if base.isdigit():
        return chr(_DIGIT_BASE + int(base) if base.isascii() else _OTHER_BASE + ord(base)), "0", "0"
    return chr(_OTHER_BASE + ord(base)), "0", "0"


@lru_cache(maxsize=1 << 14)  # a list's given, middle and family names repeat
def _levels(text: str) -> tuple[str, str, str]:
    primary, secondary, tertiary = [], [], []
    for ch in unicodedata.normalize("NFC", text.strip()):
        p, s, t = _char_weights(ch)
        primary.append(p)
        secondary.append(s)
        tertiary.append(t)
    return "".join(primary), "".join(secondary), "".join(tertiary)


def collation_key(text: str | None) -> str:
    """Sort key for any Vietnamese text."""
    p, s, t = _levels(text or "")
    return _LEVEL_SEP.join((p, s, t))


def split_name(full_name: str) -> tuple[str, str, str]:
    """(family, middle, given): "Nguyễn Thị Thu Hà" → ("Nguyễn", "Thị Thu", "Hà")."""
    words = (full_name or "").split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def name_sort_key(full_name: str | None) -> str:
    """Key for lists of people, as offices sort them: by given name, then middle names, then family
    name, each compared in full (so every "Anh" comes before every "Ánh", as in an Excel sort by the
    "Tên" column then the "Họ đệm" column)."""
    family, middle, given = split_name(full_name or "")
    return _PART_SEP.join(_LEVEL_SEP.join(_levels(part)) for part in (given, middle, family))
