"""The course catalogue and the classes of each course.

The province owns the catalogue and its classes; a commune sees them (they arrive by sync bundle) and
may add local courses of its own. Only the owner unit may change a row (DESIGN.md §4): the others get a
clear message. Nothing is erased: a course leaves the catalogue by being archived, a class by being
cancelled."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.courses.labels import CLASS_STATUS_LABELS, COURSE_TYPE_LABELS, MODE_LABELS, TYPICAL_DAYS, group_digits
from app.dates import DateParseError, format_date, parse_date
from app.errors import NotFound, UserError, ValidationFailed
from app.labels import CATEGORY_SHORT, QUALIFICATION_KIND_LABELS
from app.qualifications import find_level, level_label, level_rank
from app.security.permissions import Permission, require
from app.text import clean_text, collation_key, fold
from db.enums import ClassStatus, CourseMode, CourseType, QualificationKind, StaffCategory
from db.models import Course, Nomination, TrainingClass, Unit

RawValue = str | bool | int | None

# --------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class CourseInfo:
    uid: str
    id: int
    code: str | None
    name: str
    course_type: CourseType
    organiser: str | None
    mode: CourseMode
    duration_days: int | None
    hours: int | None
    target_categories: tuple[StaffCategory, ...]
    target_positions: tuple[str, ...]
    target_note: str | None
    grants_kind: QualificationKind | None
    grants_level: str | None
    grants_certificate: str | None
    requires_commitment: bool
    default_cost: int | None
    funding_source: str | None
    description: str | None
    active: bool
    owner_unit: str | None
    owner_name: str
    classes: int = 0
    nominated: int = 0
    certificate_valid_months: int | None = None  # the certificate expires this long after it is issued

    @property
    def type_label(self) -> str:
        return COURSE_TYPE_LABELS[self.course_type]

    @property
    def mode_label(self) -> str:
        return MODE_LABELS[self.mode]

    @property
    def typical_days(self) -> int:
        return self.duration_days or TYPICAL_DAYS[self.course_type]

    @property
    def grants_text(self) -> str:
        """ "Lý luận chính trị: Trung cấp", "Chứng chỉ bồi dưỡng …" or ""."""
        if self.grants_kind and self.grants_kind != QualificationKind.OTHER and self.grants_level:
            return f"{QUALIFICATION_KIND_LABELS[self.grants_kind]}: {level_label(self.grants_kind, self.grants_level)}"
        return self.grants_certificate or ""

    @property
    def targets_text(self) -> str:
        parts = [CATEGORY_SHORT[c] for c in self.target_categories]
        if self.target_note:
            parts.append(self.target_note)
        return "; ".join(parts) or "Mọi đối tượng"

    @property
    def is_degree(self) -> bool:
        """University-level training: the plans send only people with more than 6 years of service left."""
        return self.course_type == CourseType.DEGREE or (
            self.grants_kind == QualificationKind.PROFESSIONAL
            and level_rank(QualificationKind.PROFESSIONAL, self.grants_level) >= 4  # Đại học and above
        )


@dataclass(frozen=True)
class ClassInfo:
    uid: str
    id: int
    course_uid: str
    course_name: str
    code: str | None
    name: str
    region: str | None
    batch: str | None
    venue: str | None
    mode: CourseMode
    start_date: date | None
    end_date: date | None
    capacity: int | None
    organiser: str | None
    status: ClassStatus
    note: str | None
    owner_unit: str | None
    nominated: int = 0
    units: int = 0  # how many units' people are nominated (a province: its communes)

    @property
    def status_label(self) -> str:
        return CLASS_STATUS_LABELS[self.status]

    @property
    def dates_text(self) -> str:
        if self.start_date and self.end_date and self.start_date != self.end_date:
            return f"{format_date(self.start_date)} – {format_date(self.end_date)}"
        return format_date(self.start_date)

    @property
    def label(self) -> str:
        """One line naming the class in lists and pickers."""
        bits = [self.code or self.name]
        if self.code and self.name and self.name != self.code:
            bits = [f"{self.code} – {self.name}"]
        if self.dates_text:
            bits.append(self.dates_text)
        if self.venue:
            bits.append(self.venue)
        return " · ".join(bits)


def _categories(text: str | None) -> tuple[StaffCategory, ...]:
    out = []
    for part in (text or "").split(","):
        part = part.strip()
        if part in StaffCategory._value2member_map_:
            out.append(StaffCategory(part))
    return tuple(out)


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def _unit_names(session: Session) -> dict[str, str]:
    return {str(code): str(name) for code, name in session.execute(select(Unit.code, Unit.name)).all()}


def course_info(c: Course, units: Mapping[str, str], classes: int = 0, nominated: int = 0) -> CourseInfo:
    return CourseInfo(
        uid=c.uid,
        id=c.id,
        code=c.code,
        name=c.name,
        course_type=CourseType(c.course_type),
        organiser=c.organiser,
        mode=CourseMode(c.mode),
        duration_days=c.duration_days,
        hours=c.hours,
        target_categories=_categories(c.target_categories),
        target_positions=_lines(c.target_positions),
        target_note=c.target_note,
        grants_kind=QualificationKind(c.grants_kind) if c.grants_kind else None,
        grants_level=c.grants_level,
        grants_certificate=c.grants_certificate,
        requires_commitment=bool(c.requires_commitment),
        default_cost=c.default_cost,
        funding_source=c.funding_source,
        description=c.description,
        active=bool(c.active),
        owner_unit=c.owner_unit,
        owner_name=units.get(c.owner_unit or "", c.owner_unit or ""),
        classes=classes,
        nominated=nominated,
        certificate_valid_months=c.certificate_valid_months,
    )


def class_info(k: TrainingClass, nominated: int = 0, units: int = 0) -> ClassInfo:
    course = k.course
    return ClassInfo(
        uid=k.uid,
        id=k.id,
        course_uid=course.uid,
        course_name=course.name,
        code=k.code,
        name=k.name,
        region=k.region,
        batch=k.batch,
        venue=k.venue,
        mode=CourseMode(k.mode or course.mode),
        start_date=k.start_date,
        end_date=k.end_date,
        capacity=k.capacity,
        organiser=k.organiser or course.organiser,
        status=ClassStatus(k.status),
        note=k.note,
        owner_unit=k.owner_unit,
        nominated=nominated,
        units=units,
    )


def _active_counts(session: Session, column: object, *, distinct_units: bool = False) -> dict[int, int]:
    """Nominations that hold a place (proposed, approved, studying, completed) per course or class; or,
    with ``distinct_units``, how many units they come from."""
    from db.enums import NominationStatus

    active = [s.value for s in NominationStatus if s.active or s == NominationStatus.COMPLETED]
    counted = func.count(func.distinct(Nomination.owner_unit)) if distinct_units else func.count(Nomination.id)
    query = (
        select(column, counted)  # type: ignore[call-overload]
        .where(Nomination.deleted.is_(False), Nomination.status.in_(active))
        .group_by(column)
    )
    return {k: n for k, n in session.execute(query) if k is not None}


def list_courses(session: Session, *, include_archived: bool = False) -> list[CourseInfo]:
    units = _unit_names(session)
    query = select(Course).where(Course.deleted.is_(False))
    if not include_archived:
        query = query.where(Course.active.is_(True))
    counts = _active_counts(session, Nomination.course_id)
    class_counts = dict(
        session.execute(
            select(TrainingClass.course_id, func.count(TrainingClass.id))
            .where(TrainingClass.deleted.is_(False))
            .group_by(TrainingClass.course_id)
        ).all()
    )
    rows = [course_info(c, units, class_counts.get(c.id, 0), counts.get(c.id, 0)) for c in session.scalars(query)]
    rows.sort(key=lambda c: (list(CourseType).index(c.course_type), collation_key(c.name)))
    return rows


def get_course(session: Session, uid: str) -> Course:
    course = session.scalar(select(Course).where(Course.uid == uid, Course.deleted.is_(False)))
    if course is None:
        raise NotFound(f"Không tìm thấy khóa học có mã {uid}.")
    return course


def get_course_info(session: Session, uid: str) -> CourseInfo:
    return course_info(get_course(session, uid), _unit_names(session))


def list_classes(session: Session, course_uid: str | None = None) -> list[ClassInfo]:
    query = select(TrainingClass).where(TrainingClass.deleted.is_(False))
    if course_uid:
        query = query.where(TrainingClass.course_id == get_course(session, course_uid).id)
    counts = _active_counts(session, Nomination.class_id)
    units = _active_counts(session, Nomination.class_id, distinct_units=True)
    rows = [class_info(k, counts.get(k.id, 0), units.get(k.id, 0)) for k in session.scalars(query)]
    rows.sort(key=lambda k: (k.start_date or date.max, collation_key(k.code or k.name)))
    return rows


def get_class(session: Session, uid: str) -> TrainingClass:
    klass = session.scalar(select(TrainingClass).where(TrainingClass.uid == uid, TrainingClass.deleted.is_(False)))
    if klass is None:
        raise NotFound(f"Không tìm thấy lớp có mã {uid}.")
    return klass


def check_owner(row: Course | TrainingClass, unit_code: str | None, what: str) -> None:
    """Only the owner unit changes a row; the others ask it (DESIGN.md §4 "single writer")."""
    if row.owner_unit and unit_code and row.owner_unit != unit_code:
        raise UserError(
            f"{what} “{row.name}” do đơn vị {row.owner_unit} quản lý; chỉ đơn vị đó được sửa. "
            "Nếu cần điều chỉnh, hãy đề nghị đơn vị đó."
        )


# --------------------------------------------------------------------------------------------- forms

COURSE_LABELS = {
    "code": "Mã khóa học",
    "name": "Tên chương trình, khóa học",
    "course_type": "Loại",
    "organiser": "Cơ quan tổ chức",
    "mode": "Hình thức",
    "duration_days": "Thời gian (ngày)",
    "hours": "Số tiết",
    "target_categories": "Đối tượng",
    "target_positions": "Vị trí việc làm, chức danh",
    "target_note": "Ghi chú về đối tượng",
    "grants_kind": "Hoàn thành được công nhận (loại)",
    "grants_level": "Trình độ được công nhận",
    "grants_certificate": "Chứng chỉ, giấy chứng nhận",
    "requires_commitment": "Phải cam kết phục vụ, bồi hoàn",
    "default_cost": "Kinh phí dự kiến mỗi người (đồng)",
    "funding_source": "Nguồn kinh phí",
    "description": "Nội dung",
    "certificate_valid_months": "Chứng chỉ có hiệu lực (tháng)",
}


@dataclass
class CourseInput:
    name: str
    course_type: CourseType
    code: str | None = None
    organiser: str | None = None
    mode: CourseMode = CourseMode.IN_PERSON
    duration_days: int | None = None
    hours: int | None = None
    target_categories: tuple[StaffCategory, ...] = ()
    target_positions: tuple[str, ...] = ()
    target_note: str | None = None
    grants_kind: QualificationKind | None = None
    grants_level: str | None = None
    grants_certificate: str | None = None
    requires_commitment: bool = False
    default_cost: int | None = None
    funding_source: str | None = None
    description: str | None = None
    certificate_valid_months: int | None = None  # None: the certificate does not expire


@dataclass
class FormResult:
    data: object | None
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _text(raw: Mapping[str, RawValue], name: str) -> str:
    value = raw.get(name)
    return "" if value is None or isinstance(value, bool) else str(value).strip()


def _whole(raw: Mapping[str, RawValue], name: str, label: str, errors: dict[str, str], *, low: int = 0) -> int | None:
    text = _text(raw, name).replace(".", "").replace(" ", "")
    if not text:
        return None
    if not text.isdigit() or int(text) < low:
        errors[name] = f"{label}: phải là số nguyên từ {low} trở lên (nhận được “{_text(raw, name)}”)"
        return None
    return int(text)


def parse_course_form(raw: Mapping[str, RawValue]) -> FormResult:
    errors: dict[str, str] = {}
    name = clean_text(_text(raw, "name")) or ""
    if not name:
        errors["name"] = "Tên chương trình, khóa học: chưa nhập"
    course_type: CourseType | None = None
    try:
        course_type = CourseType(_text(raw, "course_type"))
    except ValueError:
        errors["course_type"] = "Loại: chưa chọn"
    try:
        mode = CourseMode(_text(raw, "mode") or CourseMode.IN_PERSON)
    except ValueError:
        errors["mode"] = "Hình thức: giá trị không hợp lệ"
        mode = CourseMode.IN_PERSON
    days = _whole(raw, "duration_days", "Thời gian (ngày)", errors, low=1)
    hours = _whole(raw, "hours", "Số tiết", errors, low=1)
    cost = _whole(raw, "default_cost", "Kinh phí", errors)
    valid_months = _whole(raw, "certificate_valid_months", "Chứng chỉ có hiệu lực (tháng)", errors, low=1)
    kind: QualificationKind | None = None
    level = _text(raw, "grants_level") or None
    if k := _text(raw, "grants_kind"):
        try:
            kind = QualificationKind(k)
        except ValueError:
            errors["grants_kind"] = "Loại trình độ được công nhận: giá trị không hợp lệ"
    if kind is not None and kind != QualificationKind.OTHER:
        if not level:
            errors["grants_level"] = "Trình độ được công nhận: chọn trình độ (ví dụ Trung cấp)"
        elif find_level(kind, level) is None:
            errors["grants_level"] = "Trình độ được công nhận: không có trong danh mục của loại đã chọn"
    if kind is None:
        level = None
    certificate = clean_text(_text(raw, "grants_certificate"))
    if kind == QualificationKind.OTHER and not certificate:
        errors["grants_certificate"] = "Chứng chỉ: nhập tên chứng chỉ, giấy chứng nhận được cấp"
    categories_raw = raw.get("target_categories")
    categories = _categories(categories_raw if isinstance(categories_raw, str) else "")
    positions = tuple(fold(p) for p in _lines(_text(raw, "target_positions")))
    if errors or course_type is None:
        return FormResult(None, errors)
    return FormResult(
        CourseInput(
            name=name,
            course_type=course_type,
            code=clean_text(_text(raw, "code")),
            organiser=clean_text(_text(raw, "organiser")),
            mode=mode,
            duration_days=days,
            hours=hours,
            target_categories=categories,
            target_positions=positions,
            target_note=clean_text(_text(raw, "target_note")),
            grants_kind=kind,
            grants_level=level if kind != QualificationKind.OTHER else (level or "chung_chi"),
            grants_certificate=certificate,
            requires_commitment=bool(raw.get("requires_commitment")),
            default_cost=cost,
            funding_source=clean_text(_text(raw, "funding_source")),
            description=clean_text(_text(raw, "description")),
            certificate_valid_months=valid_months,
        )
    )


def course_form_values(c: CourseInfo) -> dict[str, RawValue]:
    return {
        "code": c.code or "",
        "name": c.name,
        "course_type": c.course_type.value,
        "organiser": c.organiser or "",
        "mode": c.mode.value,
        "duration_days": str(c.duration_days or ""),
        "hours": str(c.hours or ""),
        "target_categories": ",".join(x.value for x in c.target_categories),
        "target_positions": "\n".join(c.target_positions),
        "target_note": c.target_note or "",
        "grants_kind": c.grants_kind.value if c.grants_kind else "",
        "grants_level": c.grants_level or "",
        "grants_certificate": c.grants_certificate or "",
        "requires_commitment": c.requires_commitment,
        "default_cost": group_digits(c.default_cost or None),
        "funding_source": c.funding_source or "",
        "description": c.description or "",
        "certificate_valid_months": str(c.certificate_valid_months or ""),
    }


def apply_course(course: Course, data: CourseInput) -> None:
    course.name = data.name
    course.code = data.code
    course.course_type = data.course_type
    course.organiser = data.organiser
    course.mode = data.mode
    course.duration_days = data.duration_days
    course.hours = data.hours
    course.target_categories = ",".join(c.value for c in data.target_categories)
    course.target_positions = "\n".join(data.target_positions)
    course.target_note = data.target_note
    course.grants_kind = data.grants_kind
    course.grants_level = data.grants_level
    course.grants_certificate = data.grants_certificate
    course.requires_commitment = data.requires_commitment
    course.default_cost = data.default_cost
    course.funding_source = data.funding_source
    course.description = data.description
    course.certificate_valid_months = data.certificate_valid_months


def create_course(session: Session, data: CourseInput, *, owner_unit: str | None = None) -> Course:
    """A new course owned by this install's unit (or ``owner_unit``: the demo's province catalogue)."""
    require(session, Permission.EDIT_RECORDS)
    course = Course(active=True)
    apply_course(course, data)
    if owner_unit:
        course.owner_unit = owner_unit
    session.add(course)
    session.flush()
    return course


def update_course(session: Session, uid: str, data: CourseInput, *, unit_code: str | None) -> Course:
    require(session, Permission.EDIT_RECORDS)
    course = get_course(session, uid)
    check_owner(course, unit_code, "Khóa học")
    apply_course(course, data)
    session.flush()
    return course


def set_course_active(session: Session, uid: str, active: bool, *, unit_code: str | None) -> Course:
    """Archive a course (it leaves the catalogue; its nominations and history stay) or bring it back."""
    require(session, Permission.EDIT_RECORDS)
    course = get_course(session, uid)
    check_owner(course, unit_code, "Khóa học")
    course.active = active
    session.flush()
    return course


CLASS_LABELS = {
    "code": "Mã lớp",
    "name": "Tên lớp",
    "region": "Khu vực",
    "batch": "Đợt",
    "venue": "Địa điểm",
    "mode": "Hình thức",
    "start_date": "Từ ngày",
    "end_date": "Đến ngày",
    "capacity": "Số học viên tối đa",
    "organiser": "Đơn vị tổ chức",
    "status": "Trạng thái",
    "note": "Ghi chú",
}


@dataclass
class ClassInput:
    name: str
    code: str | None = None
    region: str | None = None
    batch: str | None = None
    venue: str | None = None
    mode: CourseMode | None = None
    start_date: date | None = None
    end_date: date | None = None
    capacity: int | None = None
    organiser: str | None = None
    status: ClassStatus = ClassStatus.PLANNED
    note: str | None = None


def parse_class_form(raw: Mapping[str, RawValue]) -> FormResult:
    errors: dict[str, str] = {}
    code = clean_text(_text(raw, "code"))
    name = clean_text(_text(raw, "name")) or code or ""
    if not name:
        errors["name"] = "Tên lớp: nhập tên hoặc mã lớp"
    dates: dict[str, date | None] = {}
    for key in ("start_date", "end_date"):
        dates[key] = None
        if text := _text(raw, key):
            try:
                dates[key] = parse_date(text)
            except DateParseError as exc:
                errors[key] = f"{CLASS_LABELS[key]}: {exc}"
    start, end = dates["start_date"], dates["end_date"]
    if start and end and end < start:
        errors["end_date"] = "Đến ngày: không thể trước ngày bắt đầu"
    if end and not start:
        errors["start_date"] = "Từ ngày: cần nhập khi đã có ngày kết thúc"
    capacity = _whole(raw, "capacity", "Số học viên tối đa", errors, low=1)
    mode: CourseMode | None = None
    if m := _text(raw, "mode"):
        try:
            mode = CourseMode(m)
        except ValueError:
            errors["mode"] = "Hình thức: giá trị không hợp lệ"
    try:
        status = ClassStatus(_text(raw, "status") or ClassStatus.PLANNED)
    except ValueError:
        errors["status"] = "Trạng thái: giá trị không hợp lệ"
        status = ClassStatus.PLANNED
    if errors:
        return FormResult(None, errors)
    return FormResult(
        ClassInput(
            name=name,
            code=code,
            region=clean_text(_text(raw, "region")),
            batch=clean_text(_text(raw, "batch")),
            venue=clean_text(_text(raw, "venue")),
            mode=mode,
            start_date=start,
            end_date=end or start,
            capacity=capacity,
            organiser=clean_text(_text(raw, "organiser")),
            status=status,
            note=clean_text(_text(raw, "note")),
        )
    )


def class_form_values(k: ClassInfo, *, own_mode: CourseMode | None = None) -> dict[str, RawValue]:
    return {
        "code": k.code or "",
        "name": k.name,
        "region": k.region or "",
        "batch": k.batch or "",
        "venue": k.venue or "",
        "mode": (own_mode.value if own_mode else ""),
        "start_date": format_date(k.start_date),
        "end_date": format_date(k.end_date),
        "capacity": str(k.capacity or ""),
        "organiser": k.organiser or "",
        "status": k.status.value,
        "note": k.note or "",
    }


def apply_class(klass: TrainingClass, data: ClassInput) -> None:
    for name in CLASS_LABELS:
        setattr(klass, name, getattr(data, name))


def create_class(session: Session, course_uid: str, data: ClassInput, *, unit_code: str | None) -> TrainingClass:
    require(session, Permission.EDIT_RECORDS)
    course = get_course(session, course_uid)
    check_owner(course, unit_code, "Khóa học")
    klass = TrainingClass(course=course)
    apply_class(klass, data)
    klass.owner_unit = course.owner_unit  # a class belongs to whoever owns its course
    session.add(klass)
    session.flush()
    return klass


def update_class(session: Session, uid: str, data: ClassInput, *, unit_code: str | None) -> TrainingClass:
    require(session, Permission.EDIT_RECORDS)
    klass = get_class(session, uid)
    check_owner(klass, unit_code, "Lớp")
    if data.capacity is not None:
        taken = session.scalar(
            select(func.count(Nomination.id)).where(
                Nomination.class_id == klass.id,
                Nomination.deleted.is_(False),
                Nomination.status.in_(["proposed", "approved", "studying"]),
            )
        )
        if taken and taken > data.capacity:
            raise ValidationFailed(
                {
                    "capacity": f"Số học viên tối đa: lớp đã có {taken} người được cử, "
                    f"không thể giảm xuống {data.capacity}"
                }
            )
    if data.status == ClassStatus.FINISHED and klass.status != ClassStatus.FINISHED:
        from app.results.results import check_can_close  # a class closes only once every result is in

        check_can_close(session, klass)
    apply_class(klass, data)
    session.flush()
    return klass


def class_end(klass: TrainingClass | ClassInfo | None, course: CourseInfo, start: date | None = None) -> date | None:
    """Last day of training: the class's end date, else its start plus the course's usual length."""
    from datetime import timedelta

    if klass is not None and klass.end_date:
        return klass.end_date
    begin = (klass.start_date if klass is not None else None) or start
    if begin is None:
        return None
    return begin + timedelta(days=max(course.typical_days - 1, 0))
