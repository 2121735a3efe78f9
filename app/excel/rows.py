"""From the cells of a staff list to checked records.

Each data row becomes the raw form the person dialog would hold, then goes through
``app.staff.form.parse_staff_form`` — the importer applies exactly the dialog's rules. What offices
really type is read here first: Excel dates, "dd/mm/yyyy", "mm/yyyy" or a bare year for a birth date
(kept with its precision), "00/00/1975", the birth date placed in a "Nam" or a "Nữ" column, CCCD and
phone numbers stored as numbers that lost their leading zero, section rows ("I. CÁN BỘ"), totals and
the signature block under the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from app.excel.columns import FIELD_LABELS, Column, Field, Header, cell_text, header_key, is_numbers_texts
from app.excel.quals import NONE_WORDS, parse_qualification_text
from app.excel.workbook import CellValue, Merge, Row, column_letter
from app.labels import ETHNICITIES
from app.staff.form import LABELS, RANKS, QualificationInput, RawValue, StaffInput, parse_staff_form
from app.staff.validation import CCCD_LENGTH
from app.text import clean_text, fold, normalize_person_name
from db.enums import QualificationKind, StaffCategory

# ------------------------------------------------------------------------------------ problems


@dataclass(frozen=True)
class Problem:
    """Something about one cell (or one row when ``column`` is empty), named as the clerk sees it."""

    row: int  # Excel row number (1-based)
    column: str  # the column's letter, "" for the whole row
    header: str  # the column's header text, or the field's name
    message: str

    def text(self) -> str:
        where = f"Dòng {self.row}" + (f", cột {self.column}" if self.column else "")
        what = f" ({self.header})" if self.header else ""
        return f"{where}{what}: {self.message}"

    def as_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.header, "column_letter": self.column, "message": self.message}


# ------------------------------------------------------------------------------------ values

_CATEGORY_ALIASES: dict[str, StaffCategory] = {
    "can bo": StaffCategory.CADRE,
    "cb": StaffCategory.CADRE,
    "cbct": StaffCategory.CADRE,
    "can bo chuyen trach": StaffCategory.CADRE,
    "cong chuc": StaffCategory.CIVIL_SERVANT,
    "cc": StaffCategory.CIVIL_SERVANT,
    "ccx": StaffCategory.CIVIL_SERVANT,
    "vien chuc": StaffCategory.PUBLIC_EMPLOYEE,
    "vc": StaffCategory.PUBLIC_EMPLOYEE,
    "kct": StaffCategory.PART_TIME,
    "hdkct": StaffCategory.PART_TIME,
    "nhdkct": StaffCategory.PART_TIME,
    "khong chuyen trach": StaffCategory.PART_TIME,
    "thon": StaffCategory.VILLAGE_HEAD,
    "tdp": StaffCategory.VILLAGE_HEAD,
    "to dan pho": StaffCategory.VILLAGE_HEAD,
}


def category_from_text(text: str) -> StaffCategory | None:
    key = " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
    if key in _CATEGORY_ALIASES:
        return _CATEGORY_ALIASES[key]
    if "khong chuyen trach" in key:
        return StaffCategory.PART_TIME
    if re.search(r"\b(thon|to dan pho|ap|ban|khu pho|to truong)\b", key):
        return StaffCategory.VILLAGE_HEAD
    has = [c for c, w in ((StaffCategory.CADRE, "can bo"), (StaffCategory.CIVIL_SERVANT, "cong chuc")) if w in key]
    if "vien chuc" in key and not has:
        return StaffCategory.PUBLIC_EMPLOYEE
    return has[0] if len(has) == 1 else None


def _ethnic_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


_ETHNIC_BY_KEY = {_ethnic_key(name): code for code, name in ETHNICITIES.items()}
_ETHNIC_BY_KEY.update(
    {"mong": "08", "hmong": "08", "meo": "08", "khmer": "05", "ede": "11", "bana": "12", "giarai": "10", "taoi": "27"}
)
_RANK_BY_KEY = {fold(label): code for code, label in RANKS.items()}
_RANK_BY_KEY.update({"cvcc": "01.001", "cvc": "01.002", "cv": "01.003", "cs": "01.004", "nv": "01.005"})
_RANK_CODE = re.compile(r"^\d{2}\.\d{3}[a-z]?$", re.IGNORECASE)
_MARKS = {"x", "v", "✓", "✔", "1", "+", "*", "có", "co"}
_ZERO_DAY = re.compile(r"^\s*0{1,2}\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_MIN, _SERIAL_MAX = 7306, 73051  # 1920 … 2099 as Excel day numbers


def _serial_date(n: float) -> date | None:
    if _SERIAL_MIN <= n <= _SERIAL_MAX and float(n).is_integer():
        return _EXCEL_EPOCH + timedelta(days=int(n))
    return None


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def date_text(value: CellValue) -> tuple[str, str | None]:
    """A full date as form text, and a note when a number was read as an Excel day number."""
    if isinstance(value, datetime):
        return _dmy(value.date()), None
    if isinstance(value, date):
        return _dmy(value), None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if (d := _serial_date(value)) is not None:
            return _dmy(d), f"số {int(value)} được hiểu là ngày {_dmy(d)} (số ngày của Excel)"
        return cell_text(value), None
    return (clean_text(str(value)) or "") if value is not None else "", None


def birth_text(value: CellValue) -> tuple[str, str | None]:
    """A birth date as form text: a bare year stays a year, "00/05/1975" a month, "00/00/1975" a year."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 1900 <= value <= 2100:
        return str(int(value)), None
    if isinstance(value, str):
        text = clean_text(value) or ""
        if m := _ZERO_DAY.match(text):
            month = int(m[1])
            return (m[2] if month == 0 else f"{month:02d}/{m[2]}"), None
        text = re.sub(r"^(?:năm|nam|sinh năm|sinh ngày|ngày)\s+", "", text, flags=re.IGNORECASE)
        return text, None
    return date_text(value)


def digits_text(value: CellValue, length: int | None = None) -> str:
    """A number typed as a number (CCCD 31190001234 lost its leading zero; 3.1190001234E+11 as text)."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
    else:
        text = clean_text(str(value)) or ""
        if re.fullmatch(r"\d(?:[.,]\d+)?[eE]\+?\d+", text):
            text = str(int(float(text.replace(",", "."))))
        elif text.startswith("'"):
            text = text[1:]
    digits = re.sub(r"[\s.\-]", "", text)
    if length and digits.isdigit() and length - 2 <= len(digits) < length and isinstance(value, int):
        digits = digits.zfill(length)
    return digits if digits.isdigit() else text


def phone_text(value: CellValue) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = str(int(value))
        if len(digits) in (9, 10) and not digits.startswith("0") and not digits.startswith("84"):
            return "0" + digits
        return digits
    return clean_text(str(value)) if value is not None else ""  # type: ignore[return-value]


# ------------------------------------------------------------------------------------ parsing


@dataclass
class ParsedRow:
    excel_row: int
    data: StaffInput | None
    qualifications: list[QualificationInput]
    department: str | None  # as written (a column or the section it sits in)
    provided: frozenset[str]  # StaffInput fields the file gave (others are left alone on update)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    name: str = ""
    birth: str = ""
    qualification_cells: dict[int, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors and self.data is not None


@dataclass
class ParseOutcome:
    rows: list[ParsedRow]
    skipped: list[tuple[int, str]]  # (Excel row, why): sections, totals, blank numbered rows
    end_row: int | None  # where the signature block / footer starts


_ROMAN = r"(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)"
_ROMAN_ONLY = re.compile(rf"^{_ROMAN}$")
_ROMAN_PREFIX = re.compile(rf"^(?:{_ROMAN}|[a-d])\s*[.)\-:/]\s*|^(?:{_ROMAN})\s+")
_ARABIC_PREFIX = re.compile(r"^\d{1,2}\s*[.)\-:/]\s*")
_END = re.compile(
    r"^(nguoi lap|lap bieu|chu tich|pho chu tich|tm\b|t m\b|kt\b|k t\b|thu truong|xac nhan|giam doc|"
    r"truong phong|ky ten|ky ghi ro|ky, ghi ro|noi nhan|ghi chu:|chu thich|lanh dao|bi thu|tl\b)"
)
_PLACE_DATE = re.compile(r"\bngay\b.{0,12}\bthang\b.{0,12}\bnam\b")
_TOTAL = re.compile(r"^(tong cong|tong so|tong)\b|^cong\s*($|[:\d(])")

FormFields = tuple[str, ...]
_SOURCES: dict[Field, FormFields] = {
    Field.FULL_NAME: ("full_name",),
    Field.FAMILY_NAME: ("full_name",),
    Field.GIVEN_NAME: ("full_name",),
    Field.OTHER_NAME: ("other_name",),
    Field.DATE_OF_BIRTH: ("date_of_birth",),
    Field.MALE: ("date_of_birth", "sex"),
    Field.FEMALE: ("date_of_birth", "sex"),
    Field.SEX: ("sex",),
    Field.CCCD: ("cccd",),
    Field.PHONE: ("phone",),
    Field.EMAIL: ("email",),
    Field.ETHNICITY: ("ethnicity_code",),
    Field.RELIGION: ("religion",),
    Field.PLACE_OF_BIRTH: ("place_of_birth",),
    Field.HOME_TOWN: ("home_town",),
    Field.ADDRESS: ("address",),
    Field.CATEGORY: ("category",),
    Field.POSITION: ("position",),
    Field.JOB_POSITION: ("job_position",),
    Field.RANK: ("rank_code",),
    Field.START_DATE: ("start_date",),
    Field.GENERAL_EDUCATION: ("general_education",),
    Field.PARTY_MEMBER: ("party_member",),
    Field.PARTY_JOIN_DATE: ("party_join_date",),
    Field.PARTY_OFFICIAL_DATE: ("party_official_date",),
    Field.PLANNING: ("planning_post",),
    Field.NOTES: ("notes",),
}
_TEXT_FIELDS = {
    Field.OTHER_NAME: "other_name",
    Field.RELIGION: "religion",
    Field.PLACE_OF_BIRTH: "place_of_birth",
    Field.HOME_TOWN: "home_town",
    Field.ADDRESS: "address",
    Field.POSITION: "position",
    Field.JOB_POSITION: "job_position",
    Field.PLANNING: "planning_post",
    Field.EMAIL: "email",
}
_QUAL_KINDS: dict[Field, QualificationKind | None] = {
    Field.PROFESSIONAL: QualificationKind.PROFESSIONAL,
    Field.POLITICAL_THEORY: QualificationKind.POLITICAL_THEORY,
    Field.STATE_MANAGEMENT: QualificationKind.STATE_MANAGEMENT,
    Field.IT: QualificationKind.IT,
    Field.FOREIGN_LANGUAGE: QualificationKind.FOREIGN_LANGUAGE,
    Field.NATIONAL_DEFENCE: QualificationKind.NATIONAL_DEFENCE,
    Field.QUALIFICATIONS: None,
}


@lru_cache(maxsize=4096)
def _qualifications_cached(
    text: str, kind: QualificationKind | None, major: str | None, today: date
) -> tuple[tuple[QualificationInput, ...], tuple[str, ...]]:
    parsed = parse_qualification_text(text, kind, today=today, major=major)
    return tuple(parsed.items), tuple(parsed.problems)


@lru_cache(maxsize=4096)
def department_key(name: str | None) -> str:
    """ "Văn phòng HĐND-UBND" and "Văn phòng HĐND và UBND" are the same department."""
    words = re.sub(r"[^\w]+", " ", fold(name)).split()
    return " ".join(w for w in words if w not in ("va", "phong", "ban", "cua", "xa", "phuong"))


@lru_cache(maxsize=4096)
def _match_department(text: str, known: tuple[str, ...]) -> str | None:
    key = department_key(text)
    if not key:
        return None
    keys = {department_key(k): k for k in known}
    if key in keys:
        return keys[key]
    contained = [name for k, name in keys.items() if k and (key in k.split(" ") or f" {key} " in f" {k} ")]
    contained = contained or [name for k, name in keys.items() if k and (k in key or key in k)]
    return contained[0] if len(contained) == 1 else None


def match_department(text: str, known: Sequence[str]) -> str | None:
    """The known department a written name means, if exactly one fits."""
    return _match_department(text, tuple(known))


class RowParser:
    """Parses the data rows of one sheet under a header and a column mapping."""

    def __init__(
        self,
        header: Header,
        *,
        departments: Sequence[str] = (),
        default_category: StaffCategory | None = None,
        today: date | None = None,
    ) -> None:
        self.header = header
        self.today = today or date.today()
        self.departments = list(departments)
        self.default_category = default_category
        self.by_field: dict[Field, list[Column]] = {}
        for col in header.columns:
            if col.field is not None:
                self.by_field.setdefault(col.field, []).append(col)
        self.name_cols = [
            c.index for f in (Field.FULL_NAME, Field.FAMILY_NAME, Field.GIVEN_NAME) for c in self.by_field.get(f, [])
        ]
        self.seq_col = self.by_field[Field.SEQUENCE][0].index if Field.SEQUENCE in self.by_field else None
        self.header_titles = {header_key(c.title) for c in header.columns}

    # ------------------------------------------------------------------------------ sheet
    def parse(
        self, rows: list[Row], merges: Sequence[Merge] = (), progress: Callable[[int, int], bool] | None = None
    ) -> ParseOutcome:
        rows = fill_vertical_merges(rows, merges, self.header.data_start)
        out = ParseOutcome([], [], None)
        section_category: StaffCategory | None = None
        section_department: str | None = None
        total = len(rows)
        for r in range(self.header.data_start, total):
            if progress is not None and r % 500 == 0 and not progress(r, total):
                break
            row = rows[r]
            texts = [cell_text(v) for v in row]
            filled = [(c, t) for c, t in enumerate(texts) if t]
            if not filled:
                continue
            excel_row = r + 1
            name = " ".join(texts[c] for c in self.name_cols if c < len(texts) and texts[c])
            lead = [t if t.isascii() and t.isdigit() else header_key(t) for _c, t in filled[:2]]
            if any(_END.match(k) or _PLACE_DATE.search(k) for k in lead) and (not name or header_key(name) in lead):
                out.end_row = excel_row
                break
            if is_numbers_texts(texts) or self._is_repeated_header(texts):
                out.skipped.append((excel_row, "dòng tiêu đề/đánh số cột lặp lại"))
                continue
            if any(_TOTAL.match(k) for k in lead) and (not name or header_key(name) in lead):
                out.skipped.append((excel_row, "dòng tổng cộng"))
                continue
            section = self._section(filled, name)
            if section is not None:
                category, department, label = section
                if category is not None:
                    section_category, section_department = category, None
                if department is not None:
                    section_department = department
                elif category is None:
                    section_department = None
                out.skipped.append((excel_row, f"dòng mục “{label}”"))
                continue
            others = [t for c, t in filled if c != self.seq_col and c not in self.name_cols]
            if not name:
                if others:
                    parsed = ParsedRow(excel_row, None, [], None, frozenset())
                    col = self.header.column(self.name_cols[0]) if self.name_cols else None
                    parsed.errors.append(
                        Problem(
                            excel_row,
                            col.letter if col else "",
                            col.title if col else "Họ và tên",
                            "Họ và tên: chưa nhập",
                        )
                    )
                    out.rows.append(parsed)
                else:
                    out.skipped.append((excel_row, "dòng trống có số thứ tự"))
                continue
            out.rows.append(self.parse_row(excel_row, row, section_category, section_department, texts))
        return out

    def _is_repeated_header(self, texts: list[str]) -> bool:
        """The header printed again further down (lists pasted together page by page)."""
        name = next((texts[c] for c in self.name_cols if c < len(texts) and texts[c]), "")
        if not name or header_key(name) not in self.header_titles:
            return False
        filled = [header_key(t) for t in texts if t]
        return len(filled) >= 3 and sum(1 for t in filled if t in self.header_titles) >= len(filled) - 1

    def _section(self, filled: list[tuple[int, str]], name: str) -> tuple[StaffCategory | None, str | None, str] | None:
        if len(filled) > 3:
            return None
        texts = [t for c, t in filled if c != self.seq_col]
        seq_text = next((t for c, t in filled if c == self.seq_col), "")
        label = " ".join(texts) or seq_text
        key = fold(label)
        numbered = bool(_ROMAN_ONLY.match(fold(seq_text))) or bool(_ROMAN_PREFIX.match(key))
        stripped = _ARABIC_PREFIX.sub("", _ROMAN_PREFIX.sub("", label.strip(), count=1) if numbered else label.strip())
        if not numbered and _ARABIC_PREFIX.match(label) and not seq_text:
            numbered = True
            stripped = _ARABIC_PREFIX.sub("", label.strip())
        category = category_from_text(stripped) if stripped else None
        department = match_department(stripped, self.departments) if stripped else None
        if len(filled) > 2 and not numbered:
            return None
        if category is None and department is None and not numbered:
            return None
        if category is None and department is None and name and len(name.split()) >= 2 and not _ROMAN_PREFIX.match(key):
            return None  # "3 | Trần Văn Công": a person with nothing else filled in
        return category, department, label

    # ------------------------------------------------------------------------------ one row
    def parse_row(
        self,
        excel_row: int,
        row: Row,
        section_category: StaffCategory | None = None,
        section_department: str | None = None,
        texts: Sequence[str] | None = None,
    ) -> ParsedRow:
        """One data row; ``texts`` are its cells' ``cell_text`` when the caller has them already."""
        if texts is None:
            texts = [cell_text(v) for v in row]
        raw: dict[str, RawValue] = {}
        source: dict[str, Column] = {}
        errors: list[Problem] = []
        warnings: list[Problem] = []
        provided: set[str] = set()

        width = len(row)

        def value(col: Column) -> CellValue:
            return row[col.index] if col.index < width else None

        def text_of(col: Column) -> str:
            return texts[col.index] if col.index < width else ""

        def note(col: Column | None, message: str, *, error: bool = False) -> None:
            problem = Problem(excel_row, col.letter if col else "", col.title if col else "", message)
            (errors if error else warnings).append(problem)

        def put(name: str, text: str | bool, col: Column) -> None:
            if text == "" or text is None:
                return
            raw[name] = text
            source.setdefault(name, col)
            provided.add(name)

        f = self.by_field
        # name
        if Field.FULL_NAME in f:
            col = f[Field.FULL_NAME][0]
            put("full_name", text_of(col), col)
        elif Field.FAMILY_NAME in f or Field.GIVEN_NAME in f:
            parts = [text_of(c) for fld in (Field.FAMILY_NAME, Field.GIVEN_NAME) for c in f.get(fld, [])]
            first = (f.get(Field.FAMILY_NAME) or f[Field.GIVEN_NAME])[0]
            put("full_name", " ".join(p for p in parts if p), first)
        # birth date and sex
        for fld, sex in ((Field.MALE, "M"), (Field.FEMALE, "F")):
            for col in f.get(fld, []):
                v = value(col)
                text = text_of(col)
                if not text:
                    continue
                if "sex" in raw and raw["sex"] != sex:
                    note(col, "Có ghi ở cả cột Nam và cột Nữ", error=True)
                    continue
                put("sex", sex, col)
                if fold(text) not in _MARKS and not (isinstance(v, bool) and v):
                    birth, warn = birth_text(v)
                    put("date_of_birth", birth, col)
                    if warn:
                        note(col, f"Ngày sinh: {warn}")
        for col in f.get(Field.DATE_OF_BIRTH, []):
            birth, warn = birth_text(value(col))
            if birth and "date_of_birth" not in raw:
                put("date_of_birth", birth, col)
                if warn:
                    note(col, f"Ngày sinh: {warn}")
        for col in f.get(Field.SEX, []):
            text = fold(text_of(col))
            if not text:
                continue
            sex_code = {"nam": "M", "m": "M", "male": "M", "trai": "M", "nu": "F", "f": "F", "female": "F", "gai": "F"}
            if text in sex_code:
                if "sex" in raw and raw["sex"] != sex_code[text]:
                    note(col, "Giới tính khác với cột Nam/Nữ", error=True)
                put("sex", sex_code[text], col)
            else:
                note(col, f"Giới tính: “{text_of(col)}” không phải Nam hoặc Nữ", error=True)
        # identity numbers
        for col in f.get(Field.CCCD, []):
            text = digits_text(value(col), CCCD_LENGTH)
            if text.isdigit() and len(text) == 9:
                note(col, f"Số {text} là CMND cũ (9 chữ số), không phải CCCD — chưa ghi")
                continue
            put("cccd", text, col)
        if "sex" not in raw and "cccd" in raw and str(raw["cccd"]).isdigit() and len(str(raw["cccd"])) == CCCD_LENGTH:
            sex = "F" if int(str(raw["cccd"])[3]) % 2 else "M"
            put("sex", sex, source["cccd"])
            note(source["cccd"], f"Giới tính suy ra từ số CCCD: {'Nữ' if sex == 'F' else 'Nam'}")
        for col in f.get(Field.PHONE, []):
            put("phone", phone_text(value(col)), col)
        # coded values
        for col in f.get(Field.ETHNICITY, []):
            text = text_of(col)
            if not text:
                continue
            code = text.zfill(2) if text.isdigit() else _ETHNIC_BY_KEY.get(_ethnic_key(text))
            if code in ETHNICITIES:
                put("ethnicity_code", code, col)
            else:
                note(col, f"Dân tộc: “{text}” không có trong danh mục (QĐ 1019/QĐ-TCTK)", error=True)
        category_unknown = False
        for col in f.get(Field.CATEGORY, []):
            text = text_of(col)
            if text:
                category = category_from_text(text)
                if category is None:
                    category_unknown = True
                    note(col, f"Đối tượng: không nhận ra “{text}” (cán bộ, công chức, viên chức…)", error=True)
                else:
                    put("category", category.value, col)
        if "category" not in raw and not category_unknown:
            fallback = section_category or self.default_category
            if fallback is not None:
                raw["category"] = fallback.value
                provided.add("category")
        for col in f.get(Field.RANK, []):
            text = text_of(col)
            if not text:
                continue
            if _RANK_CODE.match(text):
                put("rank_code", text, col)
            elif (code := _RANK_BY_KEY.get(fold(text).replace(".", ""))) is not None:
                put("rank_code", code, col)
            else:
                note(col, f"Ngạch: không nhận ra “{text}” — chưa ghi")
        for col in f.get(Field.RELIGION, []):
            text = text_of(col)
            if text and fold(text) not in NONE_WORDS:
                put("religion", text, col)
        for fld, name in _TEXT_FIELDS.items():
            if fld == Field.RELIGION:
                continue
            for col in f.get(fld, []):
                put(name, text_of(col), col)
        for col in f.get(Field.GENERAL_EDUCATION, []):
            text = text_of(col)
            put("general_education", f"{text}/12" if text in ("9", "10", "12") else text, col)
        for fld, name in (
            (Field.START_DATE, "start_date"),
            (Field.PARTY_JOIN_DATE, "party_join_date"),
            (Field.PARTY_OFFICIAL_DATE, "party_official_date"),
        ):
            for col in f.get(fld, []):
                text, warn = date_text(value(col))
                if text and re.fullmatch(r"\d{4}|\d{1,2}/\d{4}", text):
                    note(col, f"{LABELS[name]}: chỉ có “{text}”, cần đủ ngày/tháng/năm — chưa ghi")
                    continue
                put(name, text, col)
                if warn:
                    note(col, f"{LABELS[name]}: {warn}")
        for col in f.get(Field.PARTY_MEMBER, []):
            text = fold(text_of(col))
            if text and text not in NONE_WORDS - {"x"}:
                put("party_member", True, col)
        notes = [text_of(c) for c in f.get(Field.NOTES, [])]
        if any(notes):
            put("notes", "; ".join(n for n in notes if n), f[Field.NOTES][0])

        result = parse_staff_form(raw, today=self.today)
        for name, message in result.errors.items():
            if name in source:
                note(source[name], message, error=True)
            elif not (name == "category" and category_unknown):
                errors.append(Problem(excel_row, "", LABELS.get(name, name), message + self._hint(name)))
        for name, message in result.warnings.items():
            note(source.get(name), message)

        # department
        department: str | None = None
        for col in f.get(Field.DEPARTMENT, []):
            department = text_of(col) or department
        department = department or section_department
        if department:
            provided.add("department_uid")

        # qualifications
        quals: list[QualificationInput] = []
        major_text = " ".join(text_of(c) for c in f.get(Field.MAJOR, []) if text_of(c)) or None
        cells: dict[int, str] = {}
        for fld, kind in _QUAL_KINDS.items():
            for col in f.get(fld, []):
                text = text_of(col)
                if not text:
                    continue
                cells[col.index] = text
                items, problems = _qualifications_cached(
                    text, kind, major_text if fld == Field.PROFESSIONAL else None, self.today
                )
                quals.extend(items)  # shared with other rows of the same text: never changed
                for message in problems:
                    note(col, message)
        if major_text and Field.PROFESSIONAL not in f:
            col = f[Field.MAJOR][0]
            note(col, "Có chuyên ngành nhưng không có cột trình độ chuyên môn — chưa ghi")
        parsed = ParsedRow(
            excel_row=excel_row,
            data=result.data,
            qualifications=_unique(quals),
            department=clean_text(department),
            provided=frozenset(provided),
            errors=errors,
            warnings=warnings,
            name=normalize_person_name(str(raw.get("full_name") or "")),
            birth=str(raw.get("date_of_birth") or ""),
            qualification_cells=cells,
        )
        return parsed

    @staticmethod
    def _hint(name: str) -> str:
        if name == "category":
            return " (thêm cột Đối tượng, dòng mục “I. CÁN BỘ”… hoặc chọn đối tượng mặc định khi nhập)"
        if name == "sex":
            return " (thêm cột Giới tính hoặc ghi ngày sinh vào cột Nam/Nữ)"
        return ""


def _unique(items: list[QualificationInput]) -> list[QualificationInput]:
    seen: set[tuple[str, str | None, str]] = set()
    out = []
    for q in items:
        key = (q.kind.value, q.level, fold(q.major))
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def fill_vertical_merges(rows: list[Row], merges: Sequence[Merge], data_start: int) -> list[Row]:
    """A cell merged down over several people (a department, a category) belongs to each of them."""
    down = [m for m in merges if m.last_row > m.first_row and m.first_row >= data_start]
    if not down:
        return rows
    out = list(rows)
    for m in down:
        if m.first_row >= len(out):
            continue
        top = out[m.first_row]
        value = top[m.first_col] if m.first_col < len(top) else None
        if value is None or value == "":
            continue
        for r in range(m.first_row + 1, min(m.last_row, len(out) - 1) + 1):
            cells = list(out[r])
            if len(cells) <= m.first_col:
                cells.extend([None] * (m.first_col + 1 - len(cells)))
            if cells[m.first_col] in (None, ""):
                cells[m.first_col] = value
                out[r] = tuple(cells)
    return out


def field_label(fld: Field | None) -> str:
    return FIELD_LABELS[fld] if fld else "(bỏ qua)"


def describe_columns(header: Header) -> list[str]:
    return [f"{c.letter}: {c.title} → {field_label(c.field)}" for c in header.columns]


__all__ = [
    "ParseOutcome",
    "ParsedRow",
    "Problem",
    "RowParser",
    "birth_text",
    "category_from_text",
    "column_letter",
    "date_text",
    "department_key",
    "digits_text",
    "fill_vertical_merges",
    "match_department",
]
