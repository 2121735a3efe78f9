"""Finding the header of a staff list and what each column holds.

Office lists put title rows above the header ("ỦY BAN NHÂN DÂN…", "DANH SÁCH…"), spread it over two
rows with merged group cells ("Ngày sinh" over "Nam | Nữ", "Trình độ" over "Chuyên môn | LLCT | QLNN"),
number the columns "(1) (2) (3)…" under it, and spell the same header many ways ("Họ và tên", "Họ tên",
"HỌ VÀ TÊN", "Số CCCD/CMND", "SĐT"…). ``find_header`` locates it; ``guess_field`` reads one header.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from functools import lru_cache

from app.excel.workbook import CellValue, Merge, Row, column_letter
from app.text import fold
from app.text.normalize import clean_text


class Field(StrEnum):
    """What a column of an imported list can hold."""

    SEQUENCE = "sequence"
    FULL_NAME = "full_name"
    FAMILY_NAME = "family_name"
    GIVEN_NAME = "given_name"
    OTHER_NAME = "other_name"
    DATE_OF_BIRTH = "date_of_birth"
    MALE = "male"  # "Nam" under "Ngày sinh" (a date) or under "Giới tính" (a mark)
    FEMALE = "female"
    SEX = "sex"
    CCCD = "cccd"
    PHONE = "phone"
    EMAIL = "email"
    ETHNICITY = "ethnicity"
    RELIGION = "religion"
    PLACE_OF_BIRTH = "place_of_birth"
    HOME_TOWN = "home_town"
    ADDRESS = "address"
    CATEGORY = "category"
    POSITION = "position"
    JOB_POSITION = "job_position"
    DEPARTMENT = "department"
    RANK = "rank"
    START_DATE = "start_date"
    GENERAL_EDUCATION = "general_education"
    PARTY_MEMBER = "party_member"
    PARTY_JOIN_DATE = "party_join_date"
    PARTY_OFFICIAL_DATE = "party_official_date"
    PLANNING = "planning"
    PROFESSIONAL = "professional"
    MAJOR = "major"
    POLITICAL_THEORY = "political_theory"
    STATE_MANAGEMENT = "state_management"
    IT = "it"
    FOREIGN_LANGUAGE = "foreign_language"
    NATIONAL_DEFENCE = "national_defence"
    QUALIFICATIONS = "qualifications"  # one "Trình độ" column with everything in it
    NOTES = "notes"


FIELD_LABELS: dict[Field, str] = {
    Field.SEQUENCE: "Số thứ tự",
    Field.FULL_NAME: "Họ và tên",
    Field.FAMILY_NAME: "Họ (và tên đệm)",
    Field.GIVEN_NAME: "Tên",
    Field.OTHER_NAME: "Tên gọi khác",
    Field.DATE_OF_BIRTH: "Ngày sinh",
    Field.MALE: "Nam (ngày sinh hoặc dấu x)",
    Field.FEMALE: "Nữ (ngày sinh hoặc dấu x)",
    Field.SEX: "Giới tính",
    Field.CCCD: "Số CCCD",
    Field.PHONE: "Điện thoại",
    Field.EMAIL: "Thư điện tử",
    Field.ETHNICITY: "Dân tộc",
    Field.RELIGION: "Tôn giáo",
    Field.PLACE_OF_BIRTH: "Nơi sinh",
    Field.HOME_TOWN: "Quê quán",
    Field.ADDRESS: "Nơi ở hiện nay",
    Field.CATEGORY: "Đối tượng",
    Field.POSITION: "Chức vụ, chức danh",
    Field.JOB_POSITION: "Vị trí việc làm",
    Field.DEPARTMENT: "Phòng, ban, đơn vị",
    Field.RANK: "Ngạch",
    Field.START_DATE: "Ngày bắt đầu công tác",
    Field.GENERAL_EDUCATION: "Giáo dục phổ thông",
    Field.PARTY_MEMBER: "Đảng viên",
    Field.PARTY_JOIN_DATE: "Ngày vào Đảng",
    Field.PARTY_OFFICIAL_DATE: "Ngày chính thức",
    Field.PLANNING: "Quy hoạch chức danh",
    Field.PROFESSIONAL: "Trình độ chuyên môn",
    Field.MAJOR: "Chuyên ngành",
    Field.POLITICAL_THEORY: "Lý luận chính trị",
    Field.STATE_MANAGEMENT: "Quản lý nhà nước",
    Field.IT: "Tin học",
    Field.FOREIGN_LANGUAGE: "Ngoại ngữ",
    Field.NATIONAL_DEFENCE: "Quốc phòng - an ninh",
    Field.QUALIFICATIONS: "Trình độ (ghi chung)",
    Field.NOTES: "Ghi chú",
}
#: fields a column may share with another column (their values add up)
MULTI_FIELDS = frozenset({Field.QUALIFICATIONS, Field.NOTES})

# Ordered: the first rule whose pattern is found in the folded header wins, so specific rules
# ("nơi sinh", "ngày vào Đảng") come before the general ones ("sinh", "ngày").
_RULES: tuple[tuple[Field, str], ...] = (
    (Field.SEQUENCE, r"^(stt|tt|so tt|so thu tu|thu tu)$"),
    (Field.OTHER_NAME, r"\b(ten goi khac|ten khac|bi danh)\b"),
    (Field.FAMILY_NAME, r"^(ho|ho dem|ho va ten dem|ho va dem|ho lot|ho va chu dem)$"),
    (Field.GIVEN_NAME, r"^(ten|ten goi)$"),
    (Field.FULL_NAME, r"\b(ho va ten|ho ten|ho, ten|ten can bo|ten cong chuc|ho va ten khai sinh)\b"),
    (Field.PLACE_OF_BIRTH, r"\bnoi sinh\b"),
    (Field.HOME_TOWN, r"\b(que quan|nguyen quan)\b"),
    (Field.ADDRESS, r"\b(noi o|dia chi|cho o|thuong tru|tam tru)\b"),
    (Field.PARTY_JOIN_DATE, r"\b(vao dang|ket nap)\b"),
    (Field.PARTY_OFFICIAL_DATE, r"\b(chinh thuc)\b"),
    (Field.PARTY_MEMBER, r"^(dang vien|la dang vien|dv)$"),
    (Field.START_DATE, r"\b(bat dau cong tac|tuyen dung|vao co quan|vao nganh|bat dau lam viec)\b"),
    (Field.DATE_OF_BIRTH, r"\b(ngay sinh|nam sinh|ngay thang nam sinh|sinh ngay|ngay, thang, nam sinh)\b"),
    (Field.SEX, r"\b(gioi tinh|nam nu|nam hay nu)\b|^gioi$"),
    (Field.CCCD, r"\b(cccd|cmnd|can cuoc|chung minh|dinh danh|cmt)\b"),
    (Field.PHONE, r"\b(dien thoai|sdt|so dt|dt|dtdd|di dong)\b"),
    (Field.EMAIL, r"\b(email|e mail|thu dien tu)\b"),
    (Field.ETHNICITY, r"^dan toc$|\bdan toc\b(?!.*\b(tieng|thieu so)\b)"),
    (Field.RELIGION, r"\bton giao\b"),
    (Field.CATEGORY, r"\b(doi tuong|phan loai|loai can bo)\b|^loai$"),
    (Field.JOB_POSITION, r"\b(vi tri viec lam|vtvl)\b"),
    (Field.RANK, r"\b(ngach|ma ngach)\b"),
    (Field.PLANNING, r"\bquy hoach\b"),
    (Field.POSITION, r"\b(chuc vu|chuc danh)\b"),
    (Field.DEPARTMENT, r"\b(don vi|phong ban|phong, ban|co quan|bo phan|noi cong tac|noi lam viec)\b|^phong$"),
    (Field.GENERAL_EDUCATION, r"\b(pho thong|van hoa|gdpt)\b"),
    (Field.POLITICAL_THEORY, r"\b(ly luan|llct|chinh tri)\b"),
    (Field.STATE_MANAGEMENT, r"\b(qlnn|quan ly nha nuoc|qlhcnn|quan ly hanh chinh)\b"),
    (Field.IT, r"\b(tin hoc|cntt|cong nghe thong tin)\b"),
    (Field.FOREIGN_LANGUAGE, r"\b(ngoai ngu|tieng anh|anh van)\b"),
    (Field.NATIONAL_DEFENCE, r"\b(quoc phong|qp an|qpan|qp-an)\b"),
    (Field.MAJOR, r"\b(chuyen nganh|nganh dao tao|nganh hoc)\b|^nganh$"),
    (Field.PROFESSIONAL, r"\b(chuyen mon|tdcm|van bang|trinh do dao tao|hoc vi|bang cap)\b"),
    (Field.QUALIFICATIONS, r"^(trinh do|trinh do dao tao, boi duong)$"),
    (Field.NOTES, r"\bghi chu\b"),
)
_COMPILED = tuple((f, re.compile(p)) for f, p in _RULES)
_PUNCT = re.compile(r"[^\w,]+")
_PLAIN = re.compile(r"^\S(?:\S| (?=\S))*$")  # no leading/trailing/double spaces, tabs or line breaks


@lru_cache(maxsize=65536)
def header_key(text: str) -> str:
    """Folded header text with punctuation as spaces ("Số CCCD/CMND" → "so cccd cmnd")."""
    return " ".join(_PUNCT.sub(" ", fold(text)).replace(",", " , ").split()).replace(" , ", ", ")


def guess_field(text: str) -> Field | None:
    key = header_key(text).replace(", ", " ") if text else ""
    if not key:
        return None
    for field, pattern in _COMPILED:
        if pattern.search(key) or pattern.search(header_key(text)):
            return field
    return None


def _is_male(text: str) -> bool:
    return (clean_text(text) or "").lower() == "nam"


def _is_female(text: str) -> bool:
    return (clean_text(text) or "").lower() in ("nữ", "nu")


def guess_column(upper: str, lower: str) -> Field | None:
    """The field of a column whose header may span two rows: a group cell above and its sub-header."""
    if not lower:
        return guess_field(upper)
    if not upper:
        if _is_male(lower):
            return Field.MALE
        if _is_female(lower):
            return Field.FEMALE
        return guess_field(lower)
    up = guess_field(upper)
    if _is_male(lower) and up in (Field.DATE_OF_BIRTH, Field.SEX, None):
        return Field.MALE
    if _is_female(lower) and up in (Field.DATE_OF_BIRTH, Field.SEX, None):
        return Field.FEMALE
    down = guess_field(lower)
    if down is not None and down != Field.QUALIFICATIONS:
        return down
    return guess_field(f"{upper} {lower}") or guess_field(f"{lower} {upper}") or down or up


# ------------------------------------------------------------------------------------ header


@dataclass(frozen=True)
class Column:
    index: int
    letter: str
    title: str  # header as shown ("Ngày sinh / Nam")
    field: Field | None

    @property
    def field_label(self) -> str:
        return FIELD_LABELS[self.field] if self.field else "(bỏ qua)"


@dataclass(frozen=True)
class Header:
    rows: tuple[int, ...]  # 0-based sheet rows that make the header
    data_start: int  # first row after the header (and its column-number row)
    columns: tuple[Column, ...]
    numbers_row: int | None = None

    @property
    def shape(self) -> str:
        """Identity of the layout, to remember a corrected mapping for the next file of this shape."""
        text = "\x1f".join(header_key(c.title) for c in self.columns)
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]

    def guessed(self) -> dict[int, Field | None]:
        return {c.index: c.field for c in self.columns}

    def with_mapping(self, mapping: dict[int, Field | None]) -> Header:
        cols = tuple(Column(c.index, c.letter, c.title, mapping.get(c.index, c.field)) for c in self.columns)
        return Header(self.rows, self.data_start, cols, self.numbers_row)

    def column(self, index: int) -> Column | None:
        return next((c for c in self.columns if c.index == index), None)


HEADER_SCAN_ROWS = 40
_NAME_FIELDS = (Field.FULL_NAME, Field.FAMILY_NAME, Field.GIVEN_NAME)
_NUMBER_TOKEN = re.compile(r"^\(?\s*\d{1,2}\s*[a-zđ]?\s*\)?$|^\(?[a-zđ]\)?$", re.IGNORECASE)
_TITLE_WORDS = re.compile(r"\b(uy ban|cong hoa|doc lap|danh sach|so:|bieu|mau so|kem theo|tinh den)\b")


def cell_text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        if value and _PLAIN.match(value) and unicodedata.is_normalized("NFC", value):
            return value  # already clean: the common case, kept cheap
        return clean_text(value) or ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        value = value.date() if value.time() == time(0) else value
    if isinstance(value, date) and not isinstance(value, datetime):
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    return str(value)


def _texts(row: Row) -> list[str]:
    return [cell_text(v) for v in row]


def _row_score(texts: Sequence[str]) -> tuple[int, bool]:
    fields = {guess_field(t) for t in texts if t}
    fields.discard(None)
    return len(fields), any(f in fields for f in _NAME_FIELDS)


def is_numbers_row(row: Row) -> bool:
    """ "(1) (2) (3)…" or 1 2 3… under the header."""
    return is_numbers_texts(_texts(row))


def is_numbers_texts(texts: Sequence[str]) -> bool:
    """``is_numbers_row`` on the row's cell texts (``cell_text`` of each cell)."""
    filled = [t for t in texts if t]
    return len(filled) >= 3 and all(_NUMBER_TOKEN.match(t) for t in filled)


def _merged_fill(rows: list[Row], header_rows: Sequence[int], merges: Sequence[Merge]) -> dict[tuple[int, int], str]:
    """Header cell texts with merged areas spread over every cell they cover."""
    filled: dict[tuple[int, int], str] = {}
    for r in header_rows:
        for c, text in enumerate(_texts(rows[r])):
            if text:
                filled[(r, c)] = text
    for m in merges:
        if m.last_row < header_rows[0] or m.first_row > header_rows[-1]:
            continue
        top = filled.get((m.first_row, m.first_col), "")
        if not top:
            continue
        for r in range(max(m.first_row, header_rows[0]), min(m.last_row, header_rows[-1]) + 1):
            for c in range(m.first_col, m.last_col + 1):
                if (r, c) != (m.first_row, m.first_col) and r == m.first_row:
                    filled[(r, c)] = top
                elif r != m.first_row:
                    filled.setdefault((r, c), "")
    return filled


def find_header(rows: list[Row], merges: Sequence[Merge] = ()) -> Header | None:
    """The header of a staff list: the row (among the first 40) that names the most known columns,
    one of them a name column; with its sub-header row when the header spans two rows."""
    best: tuple[int, int] | None = None
    for r, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score, has_name = _row_score(_texts(row))
        if has_name and score >= 2 and (best is None or score > best[1]):
            best = (r, score)
    if best is None:
        return None
    top = best[0]
    header_rows = [top]
    name_cols = [c for c, t in enumerate(_texts(rows[top])) if guess_field(t) in _NAME_FIELDS]
    # a sub-header row: nothing under the name column, some text, not the column numbers
    if top + 1 < len(rows):
        below = _texts(rows[top + 1])
        if not any(below[c] for c in name_cols if c < len(below)) and any(below) and not is_numbers_row(rows[top + 1]):
            header_rows.append(top + 1)
    # an upper group row: several short cells over the header, not a title line
    if len(header_rows) == 1 and top > 0:
        above = _texts(rows[top - 1])
        cells = [t for t in above if t]
        if (
            len(cells) >= 2
            and not any(_TITLE_WORDS.search(header_key(t)) for t in cells)
            and sum(1 for t in cells if guess_field(t)) >= 1
            and not any(above[c] for c in name_cols if c < len(above))
        ):
            header_rows.insert(0, top - 1)
    width = max(len(rows[r]) for r in header_rows)
    filled = _merged_fill(rows, header_rows, merges)
    upper_row = header_rows[0]
    lower_row = header_rows[-1] if len(header_rows) > 1 else None
    uppers = [filled.get((upper_row, c), "") for c in range(width)]
    lowers = [filled.get((lower_row, c), "") for c in range(width)] if lower_row is not None else [""] * width
    if lower_row is not None and not any(
        m.first_row == upper_row and m.last_col > m.first_col for m in merges
    ):  # no merge information: a group label stands over the sub-headers to its right
        group = ""
        for c in range(width):
            raw_upper = _texts(rows[upper_row])[c] if c < len(rows[upper_row]) else ""
            if raw_upper:
                group = raw_upper if lowers[c] else ""
            elif lowers[c] and group:
                uppers[c] = group
            else:
                group = ""
    columns = []
    for c in range(width):
        up, low = uppers[c], lowers[c]
        if up == low:
            low = ""
        title = " / ".join(t for t in (up, low) if t)
        if not title:
            continue
        columns.append(Column(c, column_letter(c), title, guess_column(up, low)))
    columns = _dedupe(columns)
    data_start = header_rows[-1] + 1
    numbers_row = None
    if data_start < len(rows) and is_numbers_row(rows[data_start]):
        numbers_row = data_start
        data_start += 1
    return Header(tuple(header_rows), data_start, tuple(columns), numbers_row)


def _dedupe(columns: list[Column]) -> list[Column]:
    """A field other than the shared ones keeps its first column; later ones are left unmapped."""
    seen: set[Field] = set()
    out = []
    for col in columns:
        fld = col.field
        if fld is not None and fld not in MULTI_FIELDS:
            if fld in seen:
                col = Column(col.index, col.letter, col.title, None)
            else:
                seen.add(fld)
        out.append(col)
    return out


def mapping_problems(mapping: dict[int, Field | None], titles: dict[int, str]) -> list[str]:
    """What is wrong with a (corrected) mapping before any row is read."""
    problems = []
    used: dict[Field, list[int]] = {}
    for index, field in mapping.items():
        if field is not None:
            used.setdefault(field, []).append(index)
    for field, indexes in used.items():
        if len(indexes) > 1 and field not in MULTI_FIELDS:
            cols = ", ".join(f"{column_letter(i)} ({titles.get(i, '')})" for i in sorted(indexes))
            problems.append(f"“{FIELD_LABELS[field]}” được gán cho nhiều cột: {cols}.")
    fields = set(used)
    if Field.FULL_NAME not in fields and not {Field.FAMILY_NAME, Field.GIVEN_NAME} <= fields:
        problems.append("Chưa có cột Họ và tên (hoặc hai cột Họ và Tên).")
    if not fields & {Field.DATE_OF_BIRTH, Field.MALE, Field.FEMALE}:
        problems.append("Chưa có cột Ngày sinh (hoặc hai cột Nam, Nữ ghi ngày sinh).")
    if not fields & {Field.SEX, Field.MALE, Field.FEMALE, Field.CCCD}:
        problems.append("Chưa có cột Giới tính (hoặc hai cột Nam, Nữ, hoặc số CCCD để suy ra).")
    return problems
