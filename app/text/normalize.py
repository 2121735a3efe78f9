"""Normalisation and accent-insensitive folding."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_PLAIN = re.compile(r"^\S(?:\S| (?=\S))*$")  # no leading/trailing/double spaces, tabs, line breaks, NBSP
# đ/Đ do not decompose in Unicode; every other Vietnamese letter does.
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})
# the combining marks of the basic block (U+0300–U+036F), every one Vietnamese text uses
_BASIC_MARKS: dict[int, None] = {cp: None for cp in range(0x300, 0x370) if unicodedata.combining(chr(cp))}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_text(text: str | None) -> str | None:
    """NFC, no stray or doubled spaces (including non-breaking ones); empty becomes None."""
    if text is None or text == "":
        return None
    if type(text) is str and _PLAIN.match(text) and unicodedata.is_normalized("NFC", text):
        return text  # already clean: the common case, kept cheap
    out = _SPACES.sub(" ", nfc(str(text)).replace("\u00a0", " ")).strip()
    return out or None


@lru_cache(maxsize=1 << 16)
def fold(text: str | None) -> str:
    """Lower case without tones or letter marks: "Đặng Thị Ngọc" → "dang thi ngoc". Cached: lists and
    imports fold the same names, places and headers over and over."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = decomposed.translate(_BASIC_MARKS)  # Vietnamese marks: one C-level pass
    if not stripped.isascii():
        stripped = "".join(c for c in stripped if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold()).strip()


FIELD_SEP = "|"


def join_fields(*fields: str | None) -> str:
    """Folded search text of several fields, kept apart so that a query matches within one field."""
    return FIELD_SEP.join(fold(f) for f in fields if f)


def matches_all_tokens(haystack_folded: str, query: str) -> bool:
    """True when every word of the query appears in one field of the (already folded) text:
    "nguyen thi" and "nguyen lan" find "Nguyễn Thị Lan", but "nguyen thi" does not find a Nguyễn
    who works in "Đô thị"."""
    tokens = fold(query).replace(FIELD_SEP, " ").split()
    if not tokens:
        return True
    return any(all(t in field for t in tokens) for field in haystack_folded.split(FIELD_SEP))


def _capitalise_word(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def normalize_person_name(name: str) -> str:
    """NFC and single spaces; a name typed all in capitals or all in lower case gets name case
    ("NGUYỄN VĂN AN" → "Nguyễn Văn An"); a name with mixed case is left as typed."""
    cleaned = clean_text(name) or ""
    if cleaned.isupper() or cleaned.islower():
        cleaned = " ".join(_capitalise_word(w) for w in cleaned.split(" "))
    return cleaned
