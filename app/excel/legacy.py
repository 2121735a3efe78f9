"""Old Vietnamese lists typed before Unicode: TCVN3 (ABC, the ".Vn…" fonts) and VNI (the "VNI-…" fonts).

Excel keeps such text as Windows-1252 characters that only the old font drew as Vietnamese, so a cell
reads "NguyÔn V¨n Hïng" (TCVN3) or "Nguyeãn Vaên Huøng" (VNI). The tables below are the published
code charts of the two encodings (TCVN 5712:1993 VN3; VNI-Windows), written out letter by letter:

* TCVN3 is one byte per letter; capitals with a tone mark do not exist in it (the capital font
  ".VnTimeH" draws the small-letter codes as capitals), so a cell whose plain letters are all capitals
  is converted to capitals as a whole.
* VNI is a base letter followed by a mark character ("a" + "ù" = "á", "a" + "ä" = "ậ"), plus a few
  letters of one byte ("ñ" = "đ", "ô" = "ơ", "ö" = "ư", "ó" = "ĩ"…).

Detection never guesses from one accented letter: a cell is a candidate only when it holds characters
that Vietnamese Unicode text never uses ("µ", "¸", "ø", "ï"…), and each candidate is decoded both ways
and scored by how many of its words become valid Vietnamese syllables. When a sheet is clearly in one
legacy encoding, its other cells in that encoding (those without such tell-tale characters) follow.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from app.excel.workbook import Row


class Encoding(StrEnum):
    TCVN3 = "tcvn3"
    VNI = "vni"


ENCODING_LABELS = {Encoding.TCVN3: "TCVN3 (ABC)", Encoding.VNI: "VNI"}

# TCVN3 (VN3): the byte read as Windows-1252 → the Vietnamese letter it stands for.
_TCVN3_CODES = (
    "µ¸¶·¹"  # à á ả ã ạ
    "¨»¾¼½Æ"  # ă ằ ắ ẳ ẵ ặ
    "©ÇÊÈÉË"  # â ầ ấ ẩ ẫ ậ
    "®"  # đ
    "ÌÐÎÏÑ"  # è é ẻ ẽ ẹ
    "ªÒÕÓÔÖ"  # ê ề ế ể ễ ệ
    "×ÝØÜÞ"  # ì í ỉ ĩ ị
    "ßãáâä"  # ò ó ỏ õ ọ
    "«åèæçé"  # ô ồ ố ổ ỗ ộ
    "¬êíëìî"  # ơ ờ ớ ở ỡ ợ
    "ïóñòô"  # ù ú ủ ũ ụ
    "\u00adõøö÷ù"  # ư ừ ứ ử ữ ự
    "úýûüþ"  # ỳ ý ỷ ỹ ỵ
    "¡¢§£¤¥¦"  # Ă Â Đ Ê Ô Ơ Ư
)
_TCVN3_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
assert len(_TCVN3_CODES) == len(_TCVN3_LETTERS) == 74 and len(set(_TCVN3_CODES)) == 74
TCVN3_TABLE = str.maketrans(dict(zip(_TCVN3_CODES, _TCVN3_LETTERS, strict=True)))

# VNI-Windows: mark characters that follow a base letter, as combining sequences.
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_VNI_TONES = {"ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_CIRCUMFLEX = {
    "â": _CIRC,
    "á": _CIRC + _ACUTE,
    "à": _CIRC + _GRAVE,
    "å": _CIRC + _HOOK,
    "ã": _CIRC + _TILDE,
    "ä": _CIRC + _DOT,
}
_VNI_BREVE = {
    "ê": _BREVE,
    "é": _BREVE + _ACUTE,
    "è": _BREVE + _GRAVE,
    "ú": _BREVE + _HOOK,
    "ü": _BREVE + _TILDE,
    "ë": _BREVE + _DOT,
}
# base letter as typed → (its plain form, the marks it takes)
_VNI_BASES: dict[str, tuple[str, dict[str, str]]] = {
    "a": ("a", {**_VNI_TONES, **_VNI_CIRCUMFLEX, **_VNI_BREVE}),
    "e": ("e", {**_VNI_TONES, **_VNI_CIRCUMFLEX}),
    "o": ("o", {**_VNI_TONES, **_VNI_CIRCUMFLEX}),
    "u": ("u", dict(_VNI_TONES)),
    "y": ("y", dict(_VNI_TONES)),
    "ô": ("o" + _HORN, dict(_VNI_TONES)),  # ơ
    "ö": ("u" + _HORN, dict(_VNI_TONES)),  # ư
}
_VNI_SINGLE = {"ñ": "đ", "ó": "ĩ", "ò": "ị", "æ": "ỉ", "î": "ỵ", "ô": "ơ", "ö": "ư"}


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    pairs: dict[str, str] = {}
    for base, (plain, marks) in _VNI_BASES.items():
        for mark, combining in marks.items():
            lower = unicodedata.normalize("NFC", plain + combining)
            pairs[base + mark] = lower
            pairs[base.upper() + mark.upper()] = lower.upper()
            pairs[base.upper() + mark] = lower.upper()  # a capital typed with a small-letter mark
    singles = dict(_VNI_SINGLE)
    singles.update({k.upper(): v.upper() for k, v in _VNI_SINGLE.items()})
    return pairs, singles


_VNI_PAIRS, _VNI_SINGLES = _vni_tables()
_VNI_ALL = {**_VNI_SINGLES, **_VNI_PAIRS}
# one pass, pairs before single letters: "oø" is "ò", never "o" + a second conversion of "ø"
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(_VNI_ALL, key=len, reverse=True)))

# Characters Vietnamese Unicode text never holds but the legacy encodings do.
_VIETNAMESE_LATIN1 = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
_TCVN3_TELLS = {c for c in _TCVN3_CODES if c not in _VIETNAMESE_LATIN1}
_VNI_TELLS = set("øûïåäëüñæîöØÛÏÅÄËÜÑÆÎÖ")
_TELL_RE = re.compile("[" + re.escape("".join(sorted(_TCVN3_TELLS | _VNI_TELLS))) + "]")
_TCVN3_ANY_RE = re.compile("[" + re.escape("".join(sorted(set(_TCVN3_CODES)))) + "]")
# Vietnamese Latin-1 letters that are not TCVN3 codes: a cell holding one is Unicode
_NOT_TCVN3_RE = re.compile("[" + "".join(sorted(_VIETNAMESE_LATIN1 - set(_TCVN3_CODES))) + "]")
_VNI_ANY_RE = re.compile("[" + re.escape("".join(sorted(_VNI_TELLS | set("ùõâáàãéèúêóòôÙÕÂÁÀÃÉÈÚÊÓÒÔ")))) + "]")
# Unicode-only Vietnamese letters (Latin Extended-A/B and Additional) or combining tone marks
_UNICODE_VN_RE = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0323]"
)


_ASCII_CAPS_RUN = re.compile("[A-Z]{2}")
_ASCII_SMALL = re.compile("[a-z]")


_TCVN3_CODE_SET = frozenset(_TCVN3_CODES)


def decode_tcvn3(text: str) -> str:
    out = text.translate(TCVN3_TABLE)
    if _ASCII_CAPS_RUN.search(text) and not _ASCII_SMALL.search(text):
        return out.upper()  # typed in the capital font .VnTimeH, which draws small-letter codes as capitals
    # TCVN3 has no capital "Á", "Ú"…: in a name whose other words are capitalised ("§Æng ThÞ Ngäc ¸nh"),
    # a word that starts with such a letter was a capital too
    words = text.split(" ")
    ascii_starts = [w[0] for w in words if w and w[0].isascii() and w[0].isalpha()]
    coded = [i for i, w in enumerate(words) if w and w[0] in _TCVN3_CODE_SET]
    if coded and ascii_starts and all(c.isupper() for c in ascii_starts):
        decoded = out.split(" ")
        for i in coded:
            decoded[i] = decoded[i][:1].upper() + decoded[i][1:]
        out = " ".join(decoded)
    return out


def decode_vni(text: str) -> str:
    return _VNI_RE.sub(lambda m: _VNI_ALL[m.group(0)], text)


_DECODERS = {Encoding.TCVN3: decode_tcvn3, Encoding.VNI: decode_vni}

# ------------------------------------------------------------------------------ syllable check

_ONSETS = [
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gh",
    "gi",
    "h",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "ngh",
    "nh",
    "p",
    "ph",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
]
_NUCLEI = [
    "a",
    "ă",
    "â",
    "e",
    "ê",
    "i",
    "o",
    "ô",
    "ơ",
    "u",
    "ư",
    "y",
    "ai",
    "ao",
    "au",
    "ay",
    "âu",
    "ây",
    "eo",
    "êu",
    "ia",
    "iê",
    "iu",
    "oa",
    "oă",
    "oe",
    "oi",
    "ôi",
    "ơi",
    "oo",
    "ua",
    "uâ",
    "uê",
    "ui",
    "uô",
    "uơ",
    "uy",
    "ưa",
    "ưi",
    "ưu",
    "ươ",
    "yê",
    "iêu",
    "oai",
    "oay",
    "oao",
    "oeo",
    "uây",
    "uôi",
    "uya",
    "uyê",
    "uyu",
    "ươi",
    "ươu",
    "yêu",
    "uê",
    "oă",
]
_CODAS = ["c", "ch", "m", "n", "ng", "nh", "p", "t"]
_SYLLABLE_RE = re.compile(
    "^(?:"
    + "|".join(sorted(_ONSETS, key=len, reverse=True))
    + ")?(?:"
    + "|".join(sorted(_NUCLEI, key=len, reverse=True))
    + ")(?:"
    + "|".join(sorted(_CODAS, key=len, reverse=True))
    + ")?$"
)
_TONE_MARKS = {_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT}
_WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8192)
def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in decomposed if c in _TONE_MARKS)
    if tones > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return bool(_SYLLABLE_RE.match(toneless))


def score(text: str) -> int:
    """Valid Vietnamese syllables minus words holding a legacy tell-tale character."""
    total = 0
    for word in _WORD_RE.findall(text):
        if _TELL_RE.search(word):
            total -= 1
        elif len(word) > 1 and _is_syllable(word):
            total += 1
    return total


def best_decoding(text: str) -> tuple[Encoding, str] | None:
    """The legacy decoding that makes the most Vietnamese of ``text``, if it makes it better."""
    base = score(text)
    best: tuple[int, Encoding, str] | None = None
    for encoding, decode in _DECODERS.items():
        decoded = decode(text)
        s = score(decoded)
        if s > base and (best is None or s > best[0]):
            best = (s, encoding, decoded)
    return (best[1], best[2]) if best else None


# ------------------------------------------------------------------------------------- sheets


@dataclass
class LegacyReport:
    converted: Counter[Encoding] = field(default_factory=Counter)
    sheet_encoding: Encoding | None = None
    examples: list[tuple[str, str]] = field(default_factory=list)  # (before, after)

    @property
    def total(self) -> int:
        return sum(self.converted.values())

    def note(self) -> str | None:
        if not self.total:
            return None
        parts = [f"{n} ô từ mã {ENCODING_LABELS[e]}" for e, n in self.converted.most_common()]
        example = f" (ví dụ “{self.examples[0][0]}” → “{self.examples[0][1]}”)" if self.examples else ""
        return "Đã chuyển sang Unicode " + ", ".join(parts) + example + "."


def convert_rows(rows: list[Row]) -> tuple[list[Row], LegacyReport]:
    """Convert every legacy-encoded text cell of a sheet to Unicode (NFC). Rows without any such cell
    are returned as the same objects, so a Unicode file costs one regular-expression scan per cell."""
    report = LegacyReport()
    votes: Counter[Encoding] = Counter()
    decided: dict[tuple[int, int], str] = {}
    plain_candidates: list[tuple[int, int, str]] = []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if not isinstance(value, str) or value.isascii() or _UNICODE_VN_RE.search(value):
                continue
            if _TELL_RE.search(value):
                found = best_decoding(value)
                if found:
                    votes[found[0]] += 1
                    decided[(r, c)] = found[1]
                    report.converted[found[0]] += 1
                    if len(report.examples) < 3:
                        report.examples.append((value, found[1]))
            else:
                plain_candidates.append((r, c, value))
    if votes:
        encoding, count = votes.most_common(1)[0]
        if count >= 2 and count > 2 * (sum(votes.values()) - count):
            report.sheet_encoding = encoding
            tcvn3 = encoding == Encoding.TCVN3
            any_re = _TCVN3_ANY_RE if tcvn3 else _VNI_ANY_RE
            decode = _DECODERS[encoding]
            for r, c, value in plain_candidates:
                if any_re.search(value) and not (tcvn3 and _NOT_TCVN3_RE.search(value)):
                    decoded = decode(value)
                    # TCVN3 words are often valid both ways ("Tô" is "Tụ"); VNI must show it is VNI
                    before, after = score(value), score(decoded)
                    if decoded != value and (after > before or (tcvn3 and after >= before)):
                        decided[(r, c)] = decoded
                        report.converted[encoding] += 1
    if not decided:
        return rows, report
    out = list(rows)
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (r, c), text in decided.items():
        by_row.setdefault(r, []).append((c, unicodedata.normalize("NFC", text)))
    for r, changes in by_row.items():
        values = list(out[r])
        for c, text in changes:
            values[c] = text
        out[r] = tuple(values)
    return out, report
