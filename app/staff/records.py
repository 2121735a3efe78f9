"""Staff service: create, edit, list, filter, and move people off and back onto the books.

Functions take an open Session so that callers choose the transaction (one per user action in the
GUI and CLI, one per file in the importer). ``StaffRow`` is the plain, Qt-free row the Staff page,
the CLI and the exports read."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.dates import format_date
from app.errors import NotFound, UserError, ValidationFailed
from app.labels import CATEGORY_SHORT, SEX_LABELS, STATUS_LABELS
from app.organisation import department_by_uid
from app.qualifications import find_level, level_label
from app.security.permissions import Permission, require
from app.staff.form import QualificationInput, RawValue, StaffInput
from app.staff.job_positions import MatchState, PositionRule, evaluate_match, load_rules
from app.staff.retirement import months_of_service_left, retirement_date
from app.text import fold, join_fields, name_sort_key
from app.text.normalize import FIELD_SEP
from db.enums import DatePrecision, QualificationKind, Sex, StaffCategory, StaffStatus
from db.models import Department, Qualification, Staff, StaffStatusChange
from db.sync_meta import UNIT_CODE

# ---------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True, slots=True)
class StaffRow:
    uid: str
    full_name: str
    sort_key: str
    sex: Sex
    date_of_birth: date | None
    dob_precision: DatePrecision
    cccd: str | None
    phone: str | None
    ethnicity_code: str | None
    category: StaffCategory
    position: str | None
    job_position: str | None
    department_uid: str | None
    department_name: str
    rank_code: str | None
    status: StaffStatus
    party_member: bool
    start_date: date | None
    professional: str  # "Đại học Luật"
    professional_level: str | None  # level code of the highest degree
    political_theory: str | None  # level code
    state_management: str | None
    it: str | None
    foreign_language: str | None
    retirement_date: date | None
    months_left: int | None
    match: MatchState
    owner_unit: str | None
    search: str = field(repr=False, default="")

    @property
    def birth_text(self) -> str:
        return format_date(self.date_of_birth, self.dob_precision)

    @property
    def sex_label(self) -> str:
        return SEX_LABELS[self.sex]

    @property
    def category_label(self) -> str:
        return CATEGORY_SHORT[self.category]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


class Gap(StrEnum):
    """Filters for what a person still lacks ("thiếu gì")."""

    MISMATCH = "mismatch"
    NO_POLITICAL_THEORY = "no_political_theory"
    NO_STATE_MANAGEMENT = "no_state_management"
    NO_IT = "no_it"
    RETIRING_SOON = "retiring_soon"


GAP_LABELS = {
    Gap.MISMATCH: "Chuyên môn chưa phù hợp vị trí việc làm",
    Gap.NO_POLITICAL_THEORY: "Chưa có lý luận chính trị",
    Gap.NO_STATE_MANAGEMENT: "Chưa có quản lý nhà nước",
    Gap.NO_IT: "Chưa có chứng chỉ tin học",
    Gap.RETIRING_SOON: "Sắp nghỉ hưu (trong 24 tháng)",
}

ON_BOOKS = "on_books"  # status filter: working or on leave
ALL = "all"


@dataclass(frozen=True)
class StaffFilter:
    search: str = ""
    department_uid: str | None = None
    category: StaffCategory | None = None
    status: str = ON_BOOKS  # ON_BOOKS, ALL or a StaffStatus value
    gap: Gap | None = None
    retiring_within_months: int = 24
    unit_code: str | None = None  # province: one commune's people (rows are owned by their commune)

    def accepts(self, row: StaffRow) -> bool:
        return self.compile()(row)

    def compile(self) -> Callable[[StaffRow], bool]:
        """A predicate with the query folded once (the list filters 40,000 rows per keystroke)."""
        tokens = fold(self.search).replace(FIELD_SEP, " ").split()
        status, dept, category, gap, months, unit = (
            self.status,
            self.department_uid,
            self.category,
            self.gap,
            self.retiring_within_months,
            self.unit_code,
        )

        def accepts(row: StaffRow) -> bool:
            if status == ON_BOOKS:
                if not row.status.on_books:
                    return False
            elif status != ALL and row.status != status:
                return False
            if dept and row.department_uid != dept:
                return False
            if unit and row.owner_unit != unit:
                return False
            if category and row.category != category:
                return False
            if gap and not has_gap(row, gap, months):
                return False
            if not tokens:
                return True
            text = row.search
            if not all(t in text for t in tokens):  # cheap test on the whole text first
                return False
            return len(tokens) == 1 or any(all(t in f for t in tokens) for f in text.split(FIELD_SEP))

        return accepts

    def narrows(self, previous: StaffFilter) -> bool:
        """True when every row this filter accepts was accepted by ``previous`` (the user typed more),
        so only those rows need testing again."""
        if (self.department_uid, self.category, self.status, self.gap, self.unit_code) != (
            previous.department_uid,
            previous.category,
            previous.status,
            previous.gap,
            previous.unit_code,
        ):
            return False
        old, new = fold(previous.search).split(), fold(self.search).split()
        return all(any(o in n for n in new) for o in old)


def has_gap(row: StaffRow, gap: Gap, retiring_within_months: int = 24) -> bool:
    if gap == Gap.MISMATCH:
        return row.match == MatchState.MISMATCH
    if gap == Gap.NO_POLITICAL_THEORY:
        return row.political_theory is None
    if gap == Gap.NO_STATE_MANAGEMENT:
        return row.state_management is None
    if gap == Gap.NO_IT:
        return row.it is None
    return row.months_left is not None and row.months_left <= retiring_within_months


def filter_rows(rows: Iterable[StaffRow], criteria: StaffFilter) -> list[StaffRow]:
    accepts = criteria.compile()
    return [r for r in rows if accepts(r)]


def _search_text(staff: Staff) -> str:
    return search_text_of(
        staff.full_name, staff.other_name, staff.cccd, staff.phone, staff.position, staff.job_position
    )


def search_text_of(
    full_name: str | None,
    other_name: str | None,
    cccd: str | None,
    phone: str | None,
    position: str | None,
    job_position: str | None,
) -> str:
    """The folded text a person is found by (also computed for people arriving in a sync bundle)."""
    return join_fields(full_name, other_name, cccd, phone, position, job_position)


def list_rows(session: Session, *, today: date | None = None, unit_code: str | None = None) -> list[StaffRow]:
    """Every person (any status) in the Vietnamese order, with their highest levels and computed flags.
    Two queries whatever the size, so a province of 40,000 people lists in well under a second."""
    today = today or date.today()
    # best (rank, level, major) per person and kind, folded in one pass over the qualifications
    best: dict[int, dict[str, tuple[int, str, str | None]]] = defaultdict(dict)
    qq = select(Qualification.staff_id, Qualification.kind, Qualification.level, Qualification.major).where(
        Qualification.deleted.is_(False)
    )
    for staff_id, kind, level, major in session.execute(qq):
        lv = find_level(kind, level)
        if lv is None:
            continue
        mine = best[staff_id]
        have = mine.get(kind)
        if have is None or lv.rank > have[0]:
            mine[kind] = (lv.rank, lv.code, major)
    departments = {d.id: (d.uid, d.name, fold(d.name)) for d in session.scalars(select(Department))}
    query = (
        select(
            Staff.id,
            Staff.uid,
            Staff.full_name,
            Staff.name_sort_key,
            Staff.sex,
            Staff.date_of_birth,
            Staff.dob_precision,
            Staff.cccd,
            Staff.phone,
            Staff.ethnicity_code,
            Staff.category,
            Staff.position,
            Staff.job_position,
            Staff.department_id,
            Staff.rank_code,
            Staff.status,
            Staff.party_member,
            Staff.start_date,
            Staff.retirement_date,
            Staff.qualification_mismatch,
            Staff.qualification_match_override,
            Staff.search_text,
            Staff.owner_unit,
        )
        .where(Staff.deleted.is_(False))
        .order_by(Staff.name_sort_key, Staff.id)
    )
    if unit_code:
        query = query.where(Staff.owner_unit == unit_code)
    rows: list[StaffRow] = []
    empty: dict[str, tuple[int, str, str | None]] = {}
    no_dept = (None, "", "")
    for r in session.execute(query):
        mine = best.get(r.id, empty)
        degree = mine.get(_PROFESSIONAL)
        dept_uid, dept_name, dept_folded = departments.get(r.department_id, no_dept)
        rows.append(
            StaffRow(
                uid=r.uid,
                full_name=r.full_name,
                sort_key=r.name_sort_key,
                sex=_SEX[r.sex],
                date_of_birth=r.date_of_birth,
                dob_precision=_PRECISION[r.dob_precision],
                cccd=r.cccd,
                phone=r.phone,
                ethnicity_code=r.ethnicity_code,
                category=_CATEGORY[r.category],
                position=r.position,
                job_position=r.job_position,
                department_uid=dept_uid,
                department_name=dept_name,
                rank_code=r.rank_code,
                status=_STATUS[r.status],
                party_member=bool(r.party_member),
                start_date=r.start_date,
                professional=_degree_text(degree),
                professional_level=degree[1] if degree else None,
                political_theory=_code(mine.get(_POLITICAL)),
                state_management=_code(mine.get(_STATE_MGMT)),
                it=_code(mine.get(_IT)),
                foreign_language=_code(mine.get(_LANGUAGE)),
                retirement_date=r.retirement_date,
                months_left=months_of_service_left(r.retirement_date, today) if r.retirement_date else None,
                match=_stored_match(r.qualification_mismatch, r.qualification_match_override, r.job_position),
                owner_unit=r.owner_unit,
                search=f"{r.search_text}{FIELD_SEP}{dept_folded}",
            )
        )
    return rows


_SEX = {e.value: e for e in Sex}
_PRECISION = {e.value: e for e in DatePrecision}
_CATEGORY = {e.value: e for e in StaffCategory}
_STATUS = {e.value: e for e in StaffStatus}
_PROFESSIONAL = QualificationKind.PROFESSIONAL.value
_POLITICAL = QualificationKind.POLITICAL_THEORY.value
_STATE_MGMT = QualificationKind.STATE_MANAGEMENT.value
_IT = QualificationKind.IT.value
_LANGUAGE = QualificationKind.FOREIGN_LANGUAGE.value


def _code(best: tuple[int, str, str | None] | None) -> str | None:
    return best[1] if best else None


def _degree_text(best: tuple[int, str, str | None] | None) -> str:
    if best is None:
        return ""
    label = level_label(QualificationKind.PROFESSIONAL, best[1])
    return f"{label} {best[2]}" if best[2] else label


def _stored_match(mismatch: bool, override: bool | None, job_position: str | None) -> MatchState:
    if override is not None:
        return MatchState.MATCH if override else MatchState.MISMATCH
    if mismatch:
        return MatchState.MISMATCH
    return MatchState.MATCH if job_position else MatchState.UNKNOWN


# ------------------------------------------------------------------------------------------ records


def get_staff(session: Session, uid: str) -> Staff:
    staff = session.scalar(select(Staff).where(Staff.uid == uid, Staff.deleted.is_(False)))
    if staff is None:
        raise NotFound(f"Không tìm thấy người có mã {uid}.")
    return staff


def find_by_cccd(session: Session, cccd: str, *, exclude_uid: str | None = None) -> Staff | None:
    query = select(Staff).where(Staff.cccd == cccd, Staff.deleted.is_(False))
    if exclude_uid:
        query = query.where(Staff.uid != exclude_uid)
    return session.scalars(query).first()


def refresh_derived(staff: Staff, rules: dict[str, PositionRule]) -> None:
    """Recompute what is stored for filtering: sort key, search text, retirement date, match flag."""
    staff.name_sort_key = name_sort_key(staff.full_name)
    staff.search_text = _search_text(staff)
    if staff.retirement_override:
        staff.retirement_date = staff.retirement_override
    elif staff.date_of_birth:
        staff.retirement_date = retirement_date(Sex(staff.sex), staff.date_of_birth)
    else:
        staff.retirement_date = None
    degrees = [
        (q.level, q.major) for q in staff.qualifications if q.kind == QualificationKind.PROFESSIONAL and not q.deleted
    ]
    state = evaluate_match(rules, staff.job_position, degrees, staff.qualification_match_override)
    staff.qualification_mismatch = state == MatchState.MISMATCH


_COPIED_FIELDS = (
    "full_name",
    "other_name",
    "sex",
    "date_of_birth",
    "dob_precision",
    "place_of_birth",
    "home_town",
    "ethnicity_code",
    "religion",
    "cccd",
    "phone",
    "email",
    "address",
    "category",
    "position",
    "job_position",
    "rank_code",
    "start_date",
    "general_education",
    "party_member",
    "party_join_date",
    "party_official_date",
    "planning_post",
    "planning_term",
    "retirement_override",
    "qualification_match_override",
    "notes",
)


def _apply(session: Session, staff: Staff, data: StaffInput) -> None:
    if data.cccd and (other := find_by_cccd(session, data.cccd, exclude_uid=staff.uid if staff.id else None)):
        raise ValidationFailed({"cccd": f"Số CCCD {data.cccd} đã có trong hồ sơ của {other.full_name}"})
    for name in _COPIED_FIELDS:
        setattr(staff, name, getattr(data, name))
    staff.department = department_by_uid(session, data.department_uid) if data.department_uid else None
    if data.qualifications is not None:
        set_qualifications(session, staff, data.qualifications)


def create_staff(session: Session, data: StaffInput, *, rules: dict[str, PositionRule] | None = None) -> Staff:
    require(session, Permission.EDIT_RECORDS)
    rules = rules if rules is not None else load_rules(session)
    staff = Staff(status=data.status, qualifications=[])
    _apply(session, staff, data)
    session.add(staff)
    refresh_derived(staff, rules)
    session.flush()
    return staff


def require_owned(session: Session, staff: Staff) -> None:
    """Only the unit that owns a record changes it (single writer, DESIGN.md §4): a province sees its
    communes' people but their corrections come from the commune, through its next bundle."""
    me = session.info.get(UNIT_CODE)
    if me and staff.owner_unit and staff.owner_unit != me:
        raise UserError(
            f"Hồ sơ của {staff.full_name} do đơn vị {staff.owner_unit} quản lý; chỉ đơn vị đó sửa được. "
            "Hãy đề nghị đơn vị sửa rồi gửi tệp đồng bộ."
        )


def update_staff(
    session: Session, uid: str, data: StaffInput, *, rules: dict[str, PositionRule] | None = None
) -> Staff:
    require(session, Permission.EDIT_RECORDS)
    rules = rules if rules is not None else load_rules(session)
    staff = get_staff(session, uid)
    require_owned(session, staff)
    _apply(session, staff, data)
    refresh_derived(staff, rules)
    session.flush()
    return staff


_QUAL_FIELDS = (
    "kind",
    "level",
    "major",
    "institution",
    "year",
    "certificate_no",
    "issued_on",
    "valid_until",
    "training_form",
    "note",
)


def set_qualifications(session: Session, staff: Staff, items: Sequence[QualificationInput]) -> None:
    """Make the person's qualifications equal to ``items``: rows are matched by uid, new ones added,
    the ones left out are marked deleted (a tombstone that travels to the province), never erased."""
    existing = {q.uid: q for q in staff.qualifications if not q.deleted}
    keep: set[str] = set()
    for item in items:
        row = existing.get(item.uid) if item.uid else None
        if row is None:
            row = Qualification(source="manual")
            staff.qualifications.append(row)
        else:
            keep.add(row.uid)
        for name in _QUAL_FIELDS:
            setattr(row, name, getattr(item, name))
    for uid, row in existing.items():
        if uid not in keep:
            row.deleted = True


def add_qualification(
    session: Session,
    staff: Staff,
    item: QualificationInput,
    *,
    source: str = "manual",
    source_ref: str | None = None,
) -> Qualification:
    """Add one qualification (an import row, or a passed course granting a level) and refresh flags."""
    require_owned(session, staff)
    rules = load_rules(session)
    row = Qualification(source=source, source_ref=source_ref)
    for name in _QUAL_FIELDS:
        setattr(row, name, getattr(item, name))
    staff.qualifications.append(row)
    refresh_derived(staff, rules)
    session.flush()
    return row


def form_values(staff: Staff) -> dict[str, RawValue]:
    """The record as the person form shows it (dates as dd/mm/yyyy text)."""
    values: dict[str, RawValue] = {}
    for name in _COPIED_FIELDS:
        value = getattr(staff, name)
        if name == "date_of_birth":
            values[name] = format_date(value, staff.dob_precision)
        elif isinstance(value, date):
            values[name] = format_date(value)
        elif name == "qualification_match_override":
            values[name] = "" if value is None else ("match" if value else "mismatch")
        elif isinstance(value, bool):
            values[name] = value
        else:
            values[name] = "" if value is None else str(value)
    values["department_uid"] = staff.department.uid if staff.department else ""
    values["status"] = str(staff.status)
    return values


def qualification_inputs(staff: Staff) -> list[QualificationInput]:
    # the column is a plain string: read back from the file it is "professional", not the enum member
    # (the dialog that edits a qualification reads ``kind.value``)
    return [
        replace(
            QualificationInput(uid=q.uid, **{name: getattr(q, name) for name in _QUAL_FIELDS}),
            kind=QualificationKind(q.kind),
        )
        for q in staff.qualifications
        if not q.deleted
    ]


# ------------------------------------------------------------------------------------------- status


def change_status(
    session: Session,
    uid: str,
    new_status: StaffStatus,
    *,
    effective: date | None = None,
    note: str | None = None,
    by: str = "",
) -> StaffStatusChange:
    """Move someone off the books (moved, retired, removed) or back on; the history keeps every step."""
    actor = require(session, Permission.EDIT_RECORDS)
    staff = get_staff(session, uid)
    require_owned(session, staff)
    new_status = StaffStatus(new_status)
    if staff.status == new_status:
        raise UserError(f"{staff.full_name} đã ở trạng thái “{STATUS_LABELS[new_status]}”.")
    if effective is not None:
        _check_effective(staff, effective)
    change = StaffStatusChange(
        staff_id=staff.id,
        old_status=staff.status,
        new_status=new_status,
        effective_date=effective or date.today(),
        note=note,
        changed_by=by or actor.username,
    )
    staff.status = new_status
    staff.status_date = change.effective_date
    staff.status_note = note
    session.add(change)
    session.flush()
    return change


def _check_effective(staff: Staff, effective: date) -> None:
    """The day a change took effect (the decision's): recorded once it has happened, and within the
    person's time at the unit."""
    if effective > date.today():
        raise UserError(
            f"Ngày hiệu lực {format_date(effective)} còn ở sau hôm nay: hãy ghi nhận khi quyết định đã có hiệu lực "
            "(đến ngày đó, người này vẫn đang làm việc)."
        )
    if staff.start_date is not None and effective < staff.start_date:
        raise UserError(
            f"Ngày hiệu lực {format_date(effective)} ở trước ngày {staff.full_name} bắt đầu công tác "
            f"({format_date(staff.start_date)})."
        )
    if staff.date_of_birth is not None and effective <= staff.date_of_birth:
        raise UserError(f"Ngày hiệu lực {format_date(effective)} ở trước ngày sinh của {staff.full_name}.")


def undo_status_change(session: Session, change_id: int, *, by: str = "") -> StaffStatusChange:
    """Take a status change back (the "Hoàn tác" offered right after removing someone)."""
    change = session.get(StaffStatusChange, change_id)
    if change is None:
        raise NotFound("Không tìm thấy thao tác cần hoàn tác.")
    staff = session.get(Staff, change.staff_id)
    assert staff is not None
    if staff.status != change.new_status:
        raise UserError(f"Trạng thái của {staff.full_name} đã thay đổi sau đó; không thể hoàn tác.")
    return change_status(session, staff.uid, StaffStatus(change.old_status), note="Hoàn tác", by=by)


def status_history(session: Session, uid: str) -> list[StaffStatusChange]:
    staff = get_staff(session, uid)
    query = select(StaffStatusChange).where(StaffStatusChange.staff_id == staff.id)
    return list(session.scalars(query.order_by(StaffStatusChange.changed_at, StaffStatusChange.id)))
