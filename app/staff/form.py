"""What a person's record is made of, and how raw form text becomes a checked ``StaffInput``.

The person dialog, the Excel importer and the CLI all go through ``parse_staff_form`` so a rule is
written once. Errors block saving; warnings are shown but let the clerk save."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from app.dates import DateParseError, PartialDate, parse_date, parse_partial_date
from app.labels import ETHNICITIES
from app.staff.validation import (
    cccd_consistency_warning,
    check_cccd,
    check_email,
    check_phone,
    digits_only,
    normalise_phone,
)
from app.text import clean_text, normalize_person_name
from db.enums import DatePrecision, QualificationKind, Sex, StaffCategory, StaffStatus

RANKS: dict[str, str] = {
    "01.001": "Chuyên viên cao cấp",
    "01.002": "Chuyên viên chính",
    "01.003": "Chuyên viên",
    "01.004": "Cán sự",
    "01.005": "Nhân viên",
    "06.030": "Kế toán viên chính",
    "06.031": "Kế toán viên",
    "06.032": "Kế toán viên trung cấp",
}

LABELS: dict[str, str] = {
    "full_name": "Họ và tên",
    "other_name": "Tên gọi khác",
    "sex": "Giới tính",
    "date_of_birth": "Ngày sinh",
    "place_of_birth": "Nơi sinh",
    "home_town": "Quê quán",
    "ethnicity_code": "Dân tộc",
    "religion": "Tôn giáo",
    "cccd": "Số CCCD",
    "phone": "Điện thoại",
    "email": "Thư điện tử",
    "address": "Nơi ở hiện nay",
    "category": "Đối tượng",
    "position": "Chức vụ, chức danh",
    "job_position": "Vị trí việc làm",
    "department_uid": "Phòng, ban, đơn vị",
    "rank_code": "Ngạch",
    "start_date": "Ngày bắt đầu công tác",
    "general_education": "Giáo dục phổ thông",
    "party_member": "Đảng viên",
    "party_join_date": "Ngày vào Đảng",
    "party_official_date": "Ngày chính thức",
    "planning_post": "Quy hoạch chức danh",
    "planning_term": "Nhiệm kỳ quy hoạch",
    "retirement_override": "Ngày nghỉ hưu (nếu khác quy định)",
    "qualification_match_override": "Phù hợp vị trí việc làm",
    "notes": "Ghi chú",
    "status": "Trạng thái",
}
REQUIRED = ("full_name", "sex", "date_of_birth", "category")
_TEXT_FIELDS = (
    "other_name",
    "place_of_birth",
    "home_town",
    "religion",
    "address",
    "position",
    "job_position",
    "planning_post",
    "planning_term",
    "notes",
    "general_education",
)


@dataclass
class QualificationInput:
    kind: QualificationKind
    level: str | None = None
    major: str | None = None
    institution: str | None = None
    year: int | None = None
    certificate_no: str | None = None
    issued_on: date | None = None
    valid_until: date | None = None
    training_form: str | None = None
    note: str | None = None
    uid: str | None = None  # an existing qualification; None for a new one


@dataclass
class StaffInput:
    full_name: str
    sex: Sex
    category: StaffCategory
    date_of_birth: date | None = None
    dob_precision: DatePrecision = DatePrecision.DAY
    other_name: str | None = None
    place_of_birth: str | None = None
    home_town: str | None = None
    ethnicity_code: str | None = None
    religion: str | None = None
    cccd: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    position: str | None = None
    job_position: str | None = None
    department_uid: str | None = None
    rank_code: str | None = None
    start_date: date | None = None
    general_education: str | None = None
    party_member: bool = False
    party_join_date: date | None = None
    party_official_date: date | None = None
    planning_post: str | None = None
    planning_term: str | None = None
    retirement_override: date | None = None
    qualification_match_override: bool | None = None
    notes: str | None = None
    status: StaffStatus = StaffStatus.WORKING
    # None leaves a person's qualifications as they are; a list replaces them (kept rows by uid)
    qualifications: list[QualificationInput] | None = None


@dataclass
class FormResult:
    data: StaffInput | None
    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


RawValue = str | bool | None


def _text(raw: Mapping[str, RawValue], name: str) -> str:
    value = raw.get(name)
    return "" if value is None or isinstance(value, bool) else str(value).strip()


def parse_staff_form(raw: Mapping[str, RawValue], *, today: date | None = None) -> FormResult:
    """Check every field of a person's form. ``raw`` maps field names (see LABELS) to typed text,
    choice codes or booleans. Returns the parsed input when there is no error."""
    today = today or date.today()
    errors: dict[str, str] = {}
    warnings: dict[str, str] = {}

    for name in REQUIRED:
        if not _text(raw, name):
            errors[name] = f"{LABELS[name]}: chưa nhập"

    full_name = normalize_person_name(_text(raw, "full_name"))
    if full_name and len(full_name.split()) < 2:
        warnings["full_name"] = "Họ và tên thường có ít nhất hai chữ (họ và tên)"

    sex: Sex | None = None
    if s := _text(raw, "sex"):
        try:
            sex = Sex(s)
        except ValueError:
            errors["sex"] = "Giới tính: chọn Nam hoặc Nữ"

    category: StaffCategory | None = None
    if c := _text(raw, "category"):
        try:
            category = StaffCategory(c)
        except ValueError:
            errors["category"] = "Đối tượng: giá trị không hợp lệ"

    birth: PartialDate | None = None
    if b := _text(raw, "date_of_birth"):
        try:
            birth = parse_partial_date(b)
        except DateParseError as exc:
            errors["date_of_birth"] = f"Ngày sinh: {exc}"
        else:
            age = today.year - birth.value.year
            if birth.value > today:
                errors["date_of_birth"] = "Ngày sinh: không thể sau ngày hôm nay"
            elif age < 15:
                errors["date_of_birth"] = "Ngày sinh: người dưới 15 tuổi không thể là cán bộ, công chức"
            elif age > 80:
                warnings["date_of_birth"] = f"Ngày sinh: người này đã {age} tuổi — hãy kiểm tra lại"

    dates: dict[str, date | None] = {}
    for name in ("start_date", "party_join_date", "party_official_date", "retirement_override"):
        text = _text(raw, name)
        dates[name] = None
        if text:
            try:
                dates[name] = parse_date(text)
            except DateParseError as exc:
                errors[name] = f"{LABELS[name]}: {exc}"
    if (d := dates["start_date"]) and d > today:
        warnings["start_date"] = "Ngày bắt đầu công tác: sau ngày hôm nay"
    if birth and (d := dates["start_date"]) and d.year - birth.value.year < 15:
        errors["start_date"] = "Ngày bắt đầu công tác: khi đó người này chưa đủ 15 tuổi"
    join, official = dates["party_join_date"], dates["party_official_date"]
    if join and official and official < join:
        errors["party_official_date"] = "Ngày chính thức: không thể trước ngày vào Đảng"

    cccd = digits_only(_text(raw, "cccd")) or None
    if cccd:
        if problem := check_cccd(cccd):
            errors["cccd"] = problem
        elif warning := cccd_consistency_warning(cccd, sex, birth.value if birth else None):
            warnings["cccd"] = warning

    phone = _text(raw, "phone") or None
    if phone:
        if problem := check_phone(phone):
            errors["phone"] = problem
        else:
            phone = normalise_phone(phone)
    email = _text(raw, "email") or None
    if email and (problem := check_email(email)):
        errors["email"] = problem

    ethnicity = _text(raw, "ethnicity_code") or None
    if ethnicity and ethnicity not in ETHNICITIES:
        errors["ethnicity_code"] = "Dân tộc: mã không có trong danh mục (QĐ 1019/QĐ-TCTK)"

    match_override: bool | None = None
    if m := _text(raw, "qualification_match_override"):
        match_override = {"match": True, "mismatch": False}.get(m)

    status = StaffStatus.WORKING
    if st := _text(raw, "status"):
        try:
            status = StaffStatus(st)
        except ValueError:
            errors["status"] = "Trạng thái: giá trị không hợp lệ"

    if errors or sex is None or category is None:
        return FormResult(None, errors, warnings)

    texts = {name: clean_text(_text(raw, name)) for name in _TEXT_FIELDS}
    data = StaffInput(
        full_name=full_name,
        sex=sex,
        category=category,
        date_of_birth=birth.value if birth else None,
        dob_precision=birth.precision if birth else DatePrecision.DAY,
        ethnicity_code=ethnicity,
        cccd=cccd,
        phone=phone,
        email=email,
        department_uid=_text(raw, "department_uid") or None,
        rank_code=_text(raw, "rank_code") or None,
        start_date=dates["start_date"],
        party_member=bool(raw.get("party_member")) or bool(join),
        party_join_date=join,
        party_official_date=official,
        retirement_override=dates["retirement_override"],
        qualification_match_override=match_override,
        status=status,
        other_name=texts["other_name"],
        place_of_birth=texts["place_of_birth"],
        home_town=texts["home_town"],
        religion=texts["religion"],
        address=texts["address"],
        position=texts["position"],
        job_position=texts["job_position"],
        planning_post=texts["planning_post"],
        planning_term=texts["planning_term"],
        notes=texts["notes"],
        general_education=texts["general_education"],
    )
    return FormResult(data, errors, warnings)


def parse_qualification_form(
    raw: Mapping[str, RawValue], *, today: date | None = None
) -> tuple[QualificationInput | None, dict[str, str]]:
    """Check one qualification row of the form; returns (input, errors by field)."""
    today = today or date.today()
    errors: dict[str, str] = {}
    kind: QualificationKind | None = None
    try:
        kind = QualificationKind(_text(raw, "kind"))
    except ValueError:
        errors["kind"] = "Loại văn bằng, chứng chỉ: chưa chọn"
    year: int | None = None
    if y := _text(raw, "year"):
        if not y.isdigit() or not 1950 <= int(y) <= today.year:
            errors["year"] = f"Năm cấp: phải là năm từ 1950 đến {today.year}"
        else:
            year = int(y)
    parsed: dict[str, date | None] = {}
    for name, label in (("issued_on", "Ngày cấp"), ("valid_until", "Hiệu lực đến")):
        parsed[name] = None
        if text := _text(raw, name):
            try:
                parsed[name] = parse_date(text)
            except DateParseError as exc:
                errors[name] = f"{label}: {exc}"
    if (issued := parsed["issued_on"]) and issued > today:
        errors["issued_on"] = "Ngày cấp: không thể sau ngày hôm nay"
    if (issued := parsed["issued_on"]) and (until := parsed["valid_until"]) and until < issued:
        errors["valid_until"] = "Hiệu lực đến: không thể trước ngày cấp"
    level = _text(raw, "level") or None
    major = clean_text(_text(raw, "major"))
    if kind == QualificationKind.PROFESSIONAL and not major:
        errors["major"] = "Chuyên ngành: cần nhập với văn bằng chuyên môn"
    if kind is not None and not level and kind != QualificationKind.OTHER:
        errors["level"] = "Trình độ: chưa chọn"
    if errors or kind is None:
        return None, errors
    if year is None and (issued := parsed["issued_on"]):
        year = issued.year
    return QualificationInput(
        kind=kind,
        level=level,
        major=major,
        institution=clean_text(_text(raw, "institution")),
        year=year,
        certificate_no=clean_text(_text(raw, "certificate_no")),
        issued_on=parsed["issued_on"],
        valid_until=parsed["valid_until"],
        training_form=clean_text(_text(raw, "training_form")),
        note=clean_text(_text(raw, "note")),
        uid=_text(raw, "uid") or None,
    ), errors
