"""Qualification text as offices type it, turned into qualifications.

"ĐH Luật", "Thạc sĩ QLKT", "TC Văn thư", "Cử nhân Kinh tế (2005)", "CVC", "Cao cấp", "Sơ cấp LLCT",
"Tin học B", "Tiếng Anh B1", or several in one cell ("ĐH Luật; Trung cấp LLCT"). The column says what
kind of qualification a cell holds (a "LLCT" column holds political theory); words in the text
("LLCT", "QLNN", "tin học", "tiếng Anh") override it. Levels are recognised by
``app.qualifications.level_from_text``; what follows the level is the major.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from app.qualifications import Level, level_from_text
from app.staff.form import QualificationInput
from app.text import clean_text, fold
from db.enums import QualificationKind

K = QualificationKind

# folded marker phrases → the kind they announce (longest first when matching)
_MARKERS: tuple[tuple[str, QualificationKind], ...] = (
    ("ly luan chinh tri", K.POLITICAL_THEORY),
    ("quan ly hanh chinh nha nuoc", K.STATE_MANAGEMENT),
    ("quan ly nha nuoc", K.STATE_MANAGEMENT),
    ("quoc phong an ninh", K.NATIONAL_DEFENCE),
    ("quoc phong", K.NATIONAL_DEFENCE),
    ("ly luan", K.POLITICAL_THEORY),
    ("chinh tri", K.POLITICAL_THEORY),
    ("llct", K.POLITICAL_THEORY),
    ("qlhcnn", K.STATE_MANAGEMENT),
    ("qlnn", K.STATE_MANAGEMENT),
    ("tin hoc", K.IT),
    ("ngoai ngu", K.FOREIGN_LANGUAGE),
    ("anh van", K.FOREIGN_LANGUAGE),
    ("qp an", K.NATIONAL_DEFENCE),
    ("qpan", K.NATIONAL_DEFENCE),
    ("gdqp", K.NATIONAL_DEFENCE),
)
_LANGUAGES = {
    "anh": "Tiếng Anh",
    "phap": "Tiếng Pháp",
    "nga": "Tiếng Nga",
    "trung": "Tiếng Trung",
    "hoa": "Tiếng Trung",
    "han": "Tiếng Hàn",
    "nhat": "Tiếng Nhật",
    "duc": "Tiếng Đức",
    "lao": "Tiếng Lào",
    "khmer": "Tiếng Khmer",
}
# common abbreviations of majors (whole major only)
MAJOR_ABBREVIATIONS = {
    "qlkt": "Quản lý kinh tế",
    "qlnn": "Quản lý nhà nước",
    "qtkd": "Quản trị kinh doanh",
    "cntt": "Công nghệ thông tin",
    "tcnh": "Tài chính - Ngân hàng",
    "qldd": "Quản lý đất đai",
    "hch": "Hành chính học",
    "lkt": "Luật Kinh tế",
    "ktnn": "Kinh tế nông nghiệp",
    "xdd": "Xây dựng Đảng",
    "xdd va cqnn": "Xây dựng Đảng và chính quyền nhà nước",
    "qtvp": "Quản trị văn phòng",
    "vtlt": "Văn thư - Lưu trữ",
    "ktxd": "Kỹ thuật xây dựng",
}
_FILLER = {"chuyen nganh", "nganh", "chuyen mon", "trinh do", "bang", "van bang", "he", "chung chi"}
NONE_WORDS = {"khong", "chua", "chua co", "chua qua dao tao", "khong co", "-", "--", "0", "x", "k", "kh", "/"}
_SPLIT = re.compile(r"[;\n+]|,(?=\s*\S)(?![^()]*\))")  # not inside "(Lao động, Tiền lương)"
_YEAR = re.compile(r"\(?\b(?:nam\s*)?(19[5-9]\d|20\d\d)\b\)?")
_WORDS = re.compile(r"[^\W_]+(?:[.'][^\W_]+)*", re.UNICODE)
_SEARCH_ORDER = (K.PROFESSIONAL, K.POLITICAL_THEORY, K.STATE_MANAGEMENT)


@dataclass
class ParsedQualifications:
    items: list[QualificationInput] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # warnings: the cell part was not recorded


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return fold(self.text).replace(".", "")


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(0), m.start(), m.end()) for m in _WORDS.finditer(text)]


def _strip_markers(tokens: list[_Token]) -> tuple[list[_Token], QualificationKind | None, str | None]:
    """Remove kind-marking phrases; return (remaining tokens, kind they name, language for FL)."""
    keys = [t.key for t in tokens]
    kind: QualificationKind | None = None
    language: str | None = None
    keep = [True] * len(tokens)
    i = 0
    while i < len(tokens):
        matched = False
        for phrase, marker_kind in _MARKERS:
            parts = phrase.split()
            if keys[i : i + len(parts)] == parts:
                kind = kind or marker_kind
                for j in range(i, i + len(parts)):
                    keep[j] = False
                i += len(parts)
                matched = True
                break
        if matched:
            continue
        if keys[i] == "tieng" and i + 1 < len(tokens) and keys[i + 1] in _LANGUAGES:
            kind, language = K.FOREIGN_LANGUAGE, _LANGUAGES[keys[i + 1]]
            keep[i] = keep[i + 1] = False
            i += 2
            continue
        i += 1
    return [t for t, k in zip(tokens, keep, strict=True) if k], kind, language


def _level_prefix(kind: QualificationKind, tokens: list[_Token]) -> tuple[Level, int] | None:
    """The longest run of leading words naming a level of ``kind`` (and how many words it took)."""
    for n in range(min(len(tokens), 5), 0, -1):
        lv = level_from_text(kind, " ".join(t.text for t in tokens[:n]))
        if lv is not None:
            return lv, n
    return None


def _level_anywhere(kind: QualificationKind, tokens: list[_Token]) -> tuple[Level, int, int] | None:
    for start in range(len(tokens)):
        found = _level_prefix(kind, tokens[start:])
        if found:
            return found[0], start, found[1]
    return None


def _major(text: str, tokens: list[_Token]) -> str | None:
    """The original text of the remaining tokens (with the punctuation between them: "Văn thư - Lưu trữ")."""
    while tokens and tokens[0].key in _FILLER:
        tokens = tokens[1:]
    if tokens and len(tokens) > 1 and f"{tokens[0].key} {tokens[1].key}" in _FILLER:
        tokens = tokens[2:]
    if not tokens:
        return None
    span = text[tokens[0].start : tokens[-1].end]
    inside = _tokens(span)
    if len(inside) != len(tokens):  # a marker sat between the words: keep the words only
        span = " ".join(t.text for t in tokens)
    elif span.count("(") > span.count(")") and text[tokens[-1].end :].lstrip().startswith(")"):
        span += ")"
    major = clean_text(span.strip(" -–:") if span.count("(") == span.count(")") else span.strip(" -–:()"))
    if not major:
        return None
    expanded = MAJOR_ABBREVIATIONS.get(" ".join(fold(major).replace(".", "").replace("&", " va ").split()))
    return expanded or major


def parse_part(text: str, column_kind: QualificationKind | None, today: date) -> QualificationInput | str | None:
    """One qualification, or a Vietnamese problem, or None for "nothing" ("Không", "-")."""
    cleaned = clean_text(text) or ""
    if not cleaned or fold(cleaned).strip(" .") in NONE_WORDS:
        return None
    year: int | None = None
    if (m := _YEAR.search(fold(cleaned))) and 1950 <= int(m[1]) <= today.year:
        year = int(m[1])
        cleaned = clean_text(cleaned[: m.start()] + " " + cleaned[m.end() :]) or ""
    all_tokens = _tokens(cleaned)
    stripped, marked_kind, language = _strip_markers(all_tokens)
    # a word naming a kind ("LLCT") decides, unless the text then names no level of that kind
    # ("Đại học Chính trị học" in a degree column is a degree in political science)
    attempts: list[tuple[QualificationKind, list[_Token]]] = []
    if marked_kind is not None:
        attempts.append((marked_kind, stripped))
    if column_kind is not None:
        attempts.append((column_kind, all_tokens if marked_kind is not None else stripped))
    if not attempts:
        attempts = [(k, stripped) for k in _SEARCH_ORDER]
    single = len(attempts) == 1
    for kind, tokens in attempts:
        found = _level_prefix(kind, tokens)
        start = 0
        if found is None and kind in (K.FOREIGN_LANGUAGE, K.IT, K.NATIONAL_DEFENCE) and (single or kind == marked_kind):
            anywhere = _level_anywhere(kind, tokens)
            if anywhere:
                found, start = (anywhere[0], anywhere[2]), anywhere[1]
        if found is None:
            continue
        level, used = found
        rest = tokens[:start] + tokens[start + used :]
        if rest and all(level_from_text(kind, t.text) == level for t in rest):
            rest = []  # "Bậc 3 (B1)": the level said twice
        if kind == K.FOREIGN_LANGUAGE:
            major = language or (_LANGUAGES.get(rest[0].key) if rest else None) or _major(cleaned, rest)
        else:
            major = _major(cleaned, rest)
        if kind == K.PROFESSIONAL and not major:
            return (
                f"“{text.strip()}”: văn bằng chuyên môn cần có chuyên ngành (ví dụ “ĐH Luật”) — chưa ghi văn bằng này"
            )
        return QualificationInput(kind=kind, level=level.code, major=major, year=year)
    return f"Không nhận ra trình độ “{text.strip()}” — chưa ghi ô này"


def parse_qualification_text(
    text: str, column_kind: QualificationKind | None, *, today: date | None = None, major: str | None = None
) -> ParsedQualifications:
    """All qualifications in a cell. ``major`` (from a separate "Chuyên ngành" column) completes a
    professional degree written as a bare level ("Đại học")."""
    today = today or date.today()
    out = ParsedQualifications()
    parts = [p for p in _SPLIT.split(text or "") if p and p.strip()]
    merged: list[str] = []
    for part in parts:  # "ĐH Luật, Kinh tế": a part with no level continues the previous major
        tokens, marked, _lang = _strip_markers(_tokens(part))
        has_level = marked is not None or any(
            _level_prefix(k, tokens) for k in ((column_kind,) if column_kind else _SEARCH_ORDER)
        )
        if merged and not has_level and fold(part).strip(" .") not in NONE_WORDS:
            merged[-1] = f"{merged[-1]}, {part.strip()}"
        else:
            merged.append(part)
    for part in merged:
        if major and column_kind == K.PROFESSIONAL:
            part_tokens = _tokens(part)
            found = _level_prefix(K.PROFESSIONAL, part_tokens)
            if found and found[1] == len(part_tokens):
                part = f"{part} {major}"
        result = parse_part(part, column_kind, today)
        if result is None:
            continue
        if isinstance(result, str):
            out.problems.append(result)
        else:
            out.items.append(result)
    return out


def same_qualification(a_kind: str, a_level: str | None, a_major: str | None, b: QualificationInput) -> bool:
    """Whether a held qualification (kind, level, major) already is ``b``: same kind and level, and the
    same (folded) major — or no major in ``b``, since a list that does not say the major ("Tin học B")
    says less, not something else. Importing it again then adds nothing."""
    if a_kind != b.kind or (a_level or None) != (b.level or None):
        return False
    return not b.major or fold(a_major) == fold(b.major)
