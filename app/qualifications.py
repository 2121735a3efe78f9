"""Qualification levels per kind: codes, Vietnamese labels, order, and the highest level a person holds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.text import fold
from db.enums import QualificationKind


@dataclass(frozen=True)
class Level:
    code: str
    label: str
    rank: int  # higher is more; levels of equal rank are equivalent (Cử nhân = Cao cấp LLCT)
    aliases: tuple[str, ...] = ()  # folded spellings found in office lists


_LEVELS: dict[QualificationKind, tuple[Level, ...]] = {
    QualificationKind.PROFESSIONAL: (
        Level("so_cap", "Sơ cấp", 1, ("so cap", "sc")),
        Level("trung_cap", "Trung cấp", 2, ("trung cap", "tc", "trung hoc chuyen nghiep", "thcn")),
        Level("cao_dang", "Cao đẳng", 3, ("cao dang", "cd", "cdsp")),
        Level(
            "dai_hoc",
            "Đại học",
            4,
            ("dai hoc", "dh", "cu nhan", "ky su", "bac si", "cn", "ks", "kien truc su", "duoc si", "bs", "ds", "dhsp"),
        ),
        Level("thac_si", "Thạc sĩ", 5, ("thac si", "ths", "thac sy", "cao hoc", "th s")),
        Level("tien_si", "Tiến sĩ", 6, ("tien si", "ts", "tien sy", "ts khoa hoc")),
    ),
    QualificationKind.POLITICAL_THEORY: (
        Level("so_cap", "Sơ cấp", 1, ("so cap", "sc")),
        Level("trung_cap", "Trung cấp", 2, ("trung cap", "tc")),
        Level("cao_cap", "Cao cấp", 3, ("cao cap", "cc", "cao cap chinh tri")),
        Level("cu_nhan", "Cử nhân", 3, ("cu nhan", "cn")),
    ),
    QualificationKind.STATE_MANAGEMENT: (
        Level("can_su", "Cán sự", 1, ("can su", "cs")),
        Level("chuyen_vien", "Chuyên viên", 2, ("chuyen vien", "cv")),
        Level("chuyen_vien_chinh", "Chuyên viên chính", 3, ("chuyen vien chinh", "cvc", "cv chinh")),
        Level("chuyen_vien_cao_cap", "Chuyên viên cao cấp", 4, ("chuyen vien cao cap", "cvcc")),
    ),
    QualificationKind.IT: (
        Level("a", "Chứng chỉ A", 1, ("chung chi a", "a", "tin hoc a")),
        Level(
            "co_ban",
            "Ứng dụng CNTT cơ bản",
            1,
            ("co ban", "cntt co ban", "ung dung cntt co ban", "ky nang su dung cntt co ban", "chuan ky nang co ban"),
        ),
        Level("b", "Chứng chỉ B", 2, ("chung chi b", "b", "tin hoc b")),
        Level("nang_cao", "Ứng dụng CNTT nâng cao", 2, ("nang cao", "cntt nang cao", "ung dung cntt nang cao")),
        Level("c", "Chứng chỉ C", 2, ("chung chi c", "c")),
        Level("trung_cap", "Trung cấp CNTT", 3, ("trung cap", "tc")),
        Level("cao_dang", "Cao đẳng CNTT", 3, ("cao dang", "cd")),
        Level("dai_hoc", "Đại học CNTT", 4, ("dai hoc", "dh", "ky su")),
    ),
    QualificationKind.FOREIGN_LANGUAGE: (
        Level("a1", "Bậc 1 (A1)", 1, ("a1", "bac 1")),
        Level("a", "Chứng chỉ A", 1, ("a", "chung chi a")),
        Level("a2", "Bậc 2 (A2)", 2, ("a2", "bac 2")),
        Level("b", "Chứng chỉ B", 2, ("b", "chung chi b")),
        Level("b1", "Bậc 3 (B1)", 3, ("b1", "bac 3")),
        Level("c", "Chứng chỉ C", 3, ("c", "chung chi c")),
        Level("b2", "Bậc 4 (B2)", 4, ("b2", "bac 4")),
        Level("c1", "Bậc 5 (C1)", 5, ("c1", "bac 5")),
        Level("dai_hoc", "Đại học ngoại ngữ", 5, ("dai hoc", "dh", "cu nhan")),
        Level("c2", "Bậc 6 (C2)", 6, ("c2", "bac 6")),
    ),
    QualificationKind.NATIONAL_DEFENCE: (
        Level("doi_tuong_4", "Đối tượng 4", 1, ("doi tuong 4", "dt4")),
        Level("doi_tuong_3", "Đối tượng 3", 2, ("doi tuong 3", "dt3")),
        Level("doi_tuong_2", "Đối tượng 2", 3, ("doi tuong 2", "dt2")),
        Level("doi_tuong_1", "Đối tượng 1", 4, ("doi tuong 1", "dt1")),
    ),
    QualificationKind.ETHNIC_LANGUAGE: (
        Level("chung_chi", "Chứng chỉ", 1, ("chung chi",)),
        Level("thanh_thao", "Thành thạo", 2, ("thanh thao", "biet")),
    ),
    QualificationKind.OTHER: (
        Level("chung_nhan", "Giấy chứng nhận", 1, ("giay chung nhan", "chung nhan")),
        Level("chung_chi", "Chứng chỉ", 1, ("chung chi",)),
    ),
}


_BY_CODE: dict[tuple[str, str], Level] = {(kind.value, lv.code): lv for kind, lvs in _LEVELS.items() for lv in lvs}


def levels(kind: QualificationKind) -> tuple[Level, ...]:
    return _LEVELS[kind]


def find_level(kind: QualificationKind, code: str | None) -> Level | None:
    return _BY_CODE.get((kind, code)) if code else None


def level_label(kind: QualificationKind, code: str | None) -> str:
    lv = find_level(kind, code)
    return lv.label if lv else (code or "")


def level_rank(kind: QualificationKind, code: str | None) -> int:
    lv = find_level(kind, code)
    return lv.rank if lv else 0


def level_from_text(kind: QualificationKind, text: str | None) -> Level | None:
    """Recognise a level typed in a list ("CVC", "Cao cấp", "Thạc sĩ"…)."""
    key = fold(text).replace(".", " ").strip()
    if not key:
        return None
    for lv in _LEVELS[kind]:
        if key == lv.code.replace("_", " ") or key == fold(lv.label) or key in lv.aliases:
            return lv
    return None


def highest(kind: QualificationKind, codes: Iterable[str | None]) -> Level | None:
    best: Level | None = None
    for code in codes:
        lv = find_level(kind, code)
        if lv and (best is None or lv.rank > best.rank):
            best = lv
    return best
