"""Importing a staff list: read → find the header → map the columns → parse the rows → preview → apply.

One service under the GUI wizard and ``boiduong staff import``. The preview and the apply run the same
planning code (the apply re-plans inside its transaction, so what it writes is what the preview said
unless the database changed in between). People are matched by CCCD, else by name and date of birth;
only attributes that really differ are assigned and a qualification is added only when the person
does not already hold the same kind, level and major, so importing the same file twice changes nothing.
The apply is one transaction, after an automatic backup; a file with invalid rows is refused whole
unless the caller asks to import only the valid rows.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from app.backup import automatic_backup
from app.dates import format_date
from app.errors import UserError
from app.excel.columns import FIELD_LABELS, Field, Header, find_header, mapping_problems
from app.excel.legacy import LegacyReport, convert_rows
from app.excel.quals import same_qualification
from app.excel.rows import ParsedRow, Problem, RowParser, department_key, match_department
from app.excel.workbook import Progress, ReadCancelled, Sheet, WorkbookInfo, inspect_workbook, read_sheet
from app.gc_pause import collector_paused
from app.labels import CATEGORY_SHORT, SEX_LABELS, ethnicity_label
from app.organisation import add_department, list_departments
from app.qualifications import level_label
from app.security.permissions import Permission, require
from app.settings import SettingSpec, get_setting, set_setting
from app.staff.form import LABELS, QualificationInput
from app.staff.job_positions import MatchState, PositionRule, evaluate_match, load_rules
from app.staff.records import refresh_derived
from app.staff.retirement import retirement_date
from app.text import fold, join_fields, name_sort_key
from db.audit import record_bulk_created
from db.bulk import insert_rows
from db.database import Database
from db.enums import DatePrecision, QualificationKind, Sex, StaffCategory, StaffStatus
from db.models import Department, Qualification, Staff
from db.sync_meta import new_row_stamp, new_uids

log = logging.getLogger("boiduong.excel.import")


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    INVALID = "invalid"


ACTION_LABELS = {
    Action.CREATE: "Thêm mới",
    Action.UPDATE: "Cập nhật",
    Action.UNCHANGED: "Không đổi",
    Action.DUPLICATE: "Trùng trong tệp",
    Action.INVALID: "Có lỗi",
}


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class SourceSheet:
    """A sheet read from a file, converted to Unicode, with its header found (or not)."""

    info: WorkbookInfo
    sheet: Sheet
    header: Header | None
    legacy: LegacyReport
    auto_mapping: dict[int, Field | None] = field(default_factory=dict)
    remembered: bool = False
    default_category: StaffCategory | None = None

    @property
    def path(self) -> Path:
        return self.info.path


@dataclass
class RowOutcome:
    parsed: ParsedRow
    action: Action
    target_uid: str | None = None
    target_id: int | None = None
    duplicate_of: int | None = None
    changes: list[str] = field(default_factory=list)
    assignments: dict[str, Any] = field(default_factory=dict)
    new_qualifications: list[QualificationInput] = field(default_factory=list)
    department: str | None = None  # resolved name (existing or to be created)
    plan_errors: list[Problem] = field(default_factory=list)
    plan_warnings: list[Problem] = field(default_factory=list)

    @property
    def excel_row(self) -> int:
        return self.parsed.excel_row

    @property
    def errors(self) -> list[Problem]:
        return self.parsed.errors + self.plan_errors

    @property
    def warnings(self) -> list[Problem]:
        return self.parsed.warnings + self.plan_warnings

    @property
    def summary(self) -> str:
        if self.action == Action.INVALID:
            return "; ".join(p.message for p in self.errors)
        if self.action == Action.DUPLICATE:
            return f"Trùng với dòng {self.duplicate_of} — bỏ qua"
        if self.action == Action.UPDATE:
            return "; ".join(self.changes)
        if self.action == Action.CREATE:
            return ", ".join(_qual_text(q) for q in self.new_qualifications)
        return ""


@dataclass
class ImportPreview:
    source: SourceSheet
    header: Header
    outcomes: list[RowOutcome]
    skipped: list[tuple[int, str]]
    end_row: int | None
    new_departments: list[str]
    notes: list[str]
    default_category: StaffCategory | None = None
    basis: PlanBasis | None = None  # what the plan read; the apply reuses the plan while it still holds

    def count(self, action: Action) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    def counts(self) -> dict[str, int]:
        return {
            "created": self.count(Action.CREATE),
            "updated": self.count(Action.UPDATE),
            "unchanged": self.count(Action.UNCHANGED),
            "duplicates": self.count(Action.DUPLICATE),
            "invalid": self.count(Action.INVALID),
        }

    @property
    def has_invalid(self) -> bool:
        return any(o.action == Action.INVALID for o in self.outcomes)

    def errors(self) -> list[Problem]:
        return [p for o in self.outcomes if o.action == Action.INVALID for p in o.errors]

    def warnings(self) -> list[Problem]:
        return [p for o in self.outcomes if o.action != Action.INVALID for p in o.warnings]

    @property
    def writes(self) -> int:
        return self.count(Action.CREATE) + self.count(Action.UPDATE)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    invalid: int = 0
    qualifications_added: int = 0
    departments_created: list[str] = field(default_factory=list)
    backup: Path | None = None
    applied: bool = False

    def counts(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "invalid": self.invalid,
        }


# ------------------------------------------------------------------------------------ reading


def load_source(path: Path, sheet: str | int | None = None, *, progress: Progress | None = None) -> SourceSheet:
    """Read one sheet, convert legacy encodings, find the header. Raises WorkbookError on a bad file."""
    info = inspect_workbook(path)
    data = read_sheet(path, sheet, progress=progress)
    data.rows, legacy = convert_rows(data.rows)
    header = find_header(data.rows, data.merges)
    auto = header.guessed() if header else {}
    return SourceSheet(info=info, sheet=data, header=header, legacy=legacy, auto_mapping=auto)


def _mapping_setting(shape: str) -> SettingSpec:
    return SettingSpec(f"excel.import.mapping.{shape}", None, "Cách gán cột đã sửa cho danh sách cùng dạng")


def remembered_mapping(session: Session, shape: str) -> tuple[dict[int, Field | None], StaffCategory | None] | None:
    value = get_setting(session, _mapping_setting(shape))
    if not isinstance(value, dict) or not isinstance(value.get("columns"), dict):
        return None
    mapping: dict[int, Field | None] = {}
    for key, fld in value["columns"].items():
        try:
            mapping[int(key)] = Field(fld) if fld else None
        except ValueError:
            continue
    category = value.get("default_category")
    try:
        default = StaffCategory(category) if category else None
    except ValueError:
        default = None
    return mapping, default


def remember_mapping(
    session: Session, shape: str, mapping: dict[int, Field | None], default_category: StaffCategory | None
) -> None:
    set_setting(
        session,
        _mapping_setting(shape),
        {
            "columns": {str(k): (v.value if v else None) for k, v in sorted(mapping.items())},
            "default_category": default_category.value if default_category else None,
        },
    )


# ---------------------------------------------------------------------------------- planning


def _name_key(name: str) -> str:
    return " ".join(fold(name).split())


_PRECISION_RANK = {DatePrecision.YEAR: 0, DatePrecision.MONTH: 1, DatePrecision.DAY: 2}


def _precision(value: Any) -> DatePrecision:
    try:
        return DatePrecision(value)
    except ValueError:
        return DatePrecision.DAY


def _dob_compatible(a: date | None, pa: DatePrecision, b: date | None, pb: DatePrecision) -> bool:
    if a is None or b is None:
        return False
    coarse = min(_PRECISION_RANK[pa], _PRECISION_RANK[pb])
    if a.year != b.year:
        return False
    return coarse == 0 or (a.month == b.month and (coarse == 1 or a.day == b.day))


@dataclass
class _Existing:
    id: int
    uid: str
    full_name: str
    dob: date | None
    precision: DatePrecision
    cccd: str | None


def _identity_keys(row: ParsedRow) -> tuple[str | None, tuple[str, date, str] | None]:
    data = row.data
    assert data is not None
    cccd = data.cccd
    dob = (
        (_name_key(data.full_name), data.date_of_birth, _precision(data.dob_precision).value)
        if data.date_of_birth
        else None
    )
    return cccd, dob


def _qual_text(q: QualificationInput) -> str:
    label = level_label(q.kind, q.level)
    kind_label = {
        "professional": "",
        "political_theory": "LLCT ",
        "state_management": "QLNN ",
        "it": "Tin học ",
        "foreign_language": "",
        "national_defence": "QP-AN ",
    }.get(q.kind.value, "")
    return f"{kind_label}{label}" + (f" {q.major}" if q.major else "")


def _show(name: str, value: Any, departments: dict[int, str]) -> str:
    if value is None or value == "":
        return "(trống)"
    if name == "sex":
        return SEX_LABELS[Sex(value)]
    if name == "category":
        return CATEGORY_SHORT[StaffCategory(value)]
    if name == "ethnicity_code":
        return ethnicity_label(value)
    if name == "department_id":
        return departments.get(value, "")
    if name == "party_member":
        return "có" if value else "không"
    if isinstance(value, date):
        return format_date(value)
    return str(value)


_SIMPLE = (
    "sex",
    "other_name",
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
    "party_join_date",
    "party_official_date",
    "planning_post",
)


def _non_ascii(text: str) -> int:
    return sum(1 for c in text if not c.isascii())


def _diff(staff: Any, row: ParsedRow, department_id: int | None) -> dict[str, Any]:
    """Attributes of ``staff`` the row changes: only what the file gives and the record lacks or differs."""
    data = row.data
    assert data is not None
    out: dict[str, Any] = {}
    given = row.provided
    # the same name (matched by it): take the file's only when it carries more diacritics
    if (
        "full_name" in given
        and data.full_name != staff.full_name
        and (
            _name_key(data.full_name) != _name_key(staff.full_name)
            or _non_ascii(data.full_name) > _non_ascii(staff.full_name)
        )
    ):
        out["full_name"] = data.full_name
    if "date_of_birth" in given and data.date_of_birth is not None:
        mine, theirs = _precision(staff.dob_precision), _precision(data.dob_precision)
        if staff.date_of_birth is None or (
            _PRECISION_RANK[theirs] >= _PRECISION_RANK[mine]
            and (staff.date_of_birth != data.date_of_birth or mine != theirs)
        ):
            out["date_of_birth"] = data.date_of_birth
            out["dob_precision"] = theirs
    for name in _SIMPLE:
        if name in given:
            new = getattr(data, name)
            old = getattr(staff, name)
            if new is not None and new != old:
                out[name] = new
    if data.party_member and not staff.party_member:
        out["party_member"] = True
    if "notes" in given and data.notes and not staff.notes:
        out["notes"] = data.notes
    if department_id is not None and staff.department_id != department_id:
        out["department_id"] = department_id
    return out


@dataclass(frozen=True)
class PlanBasis:
    """Everything a plan read from the database. The apply's transaction reads it again: when nothing
    changed since the preview, the preview's plan is the plan (and is not computed twice)."""

    people: frozenset[tuple[Any, ...]]  # identity columns of every person on the books
    departments: frozenset[tuple[Any, ...]]
    matched: frozenset[tuple[Any, ...]]  # every column of the people the file matches
    held: Counter[tuple[Any, ...]]  # their qualifications (kind, level, major)


def _people_rows(session: Session) -> list[tuple[Any, ...]]:
    query = select(Staff.id, Staff.uid, Staff.cccd, Staff.full_name, Staff.date_of_birth, Staff.dob_precision).where(
        Staff.deleted.is_(False)
    )
    return [tuple(r) for r in session.execute(query)]


def _department_rows(session: Session) -> frozenset[tuple[Any, ...]]:
    query = select(Department.id, Department.uid, Department.name, Department.sort_order).where(
        Department.deleted.is_(False)
    )
    return frozenset(tuple(r) for r in session.execute(query))


def _matched_rows(session: Session, ids: list[int]) -> tuple[list[Any], list[tuple[Any, ...]]]:
    """Every column of the people ``ids`` and their qualifications — plain values, not ORM objects:
    comparing ten thousand people must stay cheap."""
    table = Staff.__table__
    assert isinstance(table, Table)
    records: list[Any] = []
    held: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        quals = select(Qualification.staff_id, Qualification.kind, Qualification.level, Qualification.major).where(
            Qualification.staff_id.in_(chunk), Qualification.deleted.is_(False)
        )
        held.extend(tuple(r) for r in session.execute(quals))
        records.extend(session.execute(select(table).where(table.c.id.in_(chunk))))
    return records, held


def plan_basis(session: Session, matched_ids: list[int]) -> PlanBasis:
    """The database as a plan that matched ``matched_ids`` saw it."""
    records, held = _matched_rows(session, matched_ids)
    return PlanBasis(
        frozenset(_people_rows(session)),
        _department_rows(session),
        frozenset(tuple(r) for r in records),
        Counter(held),
    )


def plan_import(
    session: Session, rows: list[ParsedRow], *, today: date | None = None
) -> tuple[list[RowOutcome], list[str]]:
    """Decide, for every parsed row, create / update / unchanged / duplicate / invalid. Reads only."""
    outcomes, new_departments, _basis = plan_with_basis(session, rows)
    return outcomes, new_departments


def plan_with_basis(session: Session, rows: list[ParsedRow]) -> tuple[list[RowOutcome], list[str], PlanBasis]:
    """``plan_import``, and what it read (see ``PlanBasis``)."""
    outcomes: list[RowOutcome] = []
    existing: list[_Existing] = []
    by_cccd: dict[str, list[int]] = defaultdict(list)
    by_name: dict[str, list[int]] = defaultdict(list)
    people = _people_rows(session)
    department_rows = _department_rows(session)
    for sid, uid, cccd, full_name, dob, precision in people:
        index = len(existing)
        existing.append(_Existing(sid, uid, full_name, dob, _precision(precision), cccd))
        if cccd:
            by_cccd[cccd].append(index)
        by_name[_name_key(full_name)].append(index)

    departments = {d.name: d for d in list_departments(session)}
    dept_ids = {d.uid: d.id for d in session.scalars(select(Department).where(Department.deleted.is_(False)))}
    dept_names = {dept_ids[d.uid]: d.name for d in departments.values()}
    new_departments: dict[str, str] = {}  # key → name as first written

    seen_cccd: dict[str, int] = {}
    seen_identity: dict[tuple[str, date, str], tuple[int, bool]] = {}
    matched: dict[int, RowOutcome] = {}  # existing index → first row that updates it
    for row in rows:
        outcome = RowOutcome(row, Action.INVALID)
        outcomes.append(outcome)
        if not row.ok:
            continue
        data = row.data
        assert data is not None
        cccd, identity = _identity_keys(row)
        # duplicates inside the file
        first = seen_cccd.get(cccd) if cccd else None
        if first is None and identity is not None and identity in seen_identity:
            other_row, other_has_cccd = seen_identity[identity]
            if not (cccd and other_has_cccd):
                first = other_row
        if first is not None:
            outcome.action = Action.DUPLICATE
            outcome.duplicate_of = first
            continue
        if cccd:
            seen_cccd[cccd] = row.excel_row
        if identity is not None:
            seen_identity.setdefault(identity, (row.excel_row, bool(cccd)))
        # department
        if row.department:
            found = match_department(row.department, list(departments))
            if found:
                outcome.department = found
            else:
                key = department_key(row.department)
                outcome.department = new_departments.setdefault(key, row.department)
        # match in the database
        target: _Existing | None = None
        if cccd and by_cccd.get(cccd):
            target = existing[by_cccd[cccd][0]]
            if _name_key(target.full_name) != _name_key(data.full_name):
                outcome.plan_errors.append(
                    Problem(
                        row.excel_row,
                        "",
                        LABELS["cccd"],
                        f"Số CCCD {cccd} đã thuộc về hồ sơ {target.full_name}"
                        f" ({format_date(target.dob, target.precision) or 'chưa có ngày sinh'}), khác tên trong tệp",
                    )
                )
                continue
        elif data.date_of_birth is not None:
            candidates = [
                existing[i]
                for i in by_name.get(_name_key(data.full_name), [])
                if _dob_compatible(
                    existing[i].dob, existing[i].precision, data.date_of_birth, _precision(data.dob_precision)
                )
            ]
            if len(candidates) > 1:
                outcome.plan_errors.append(
                    Problem(
                        row.excel_row,
                        "",
                        "Họ và tên",
                        f"Có {len(candidates)} người cùng tên và ngày sinh trong dữ liệu; hãy ghi số CCCD để phân biệt",
                    )
                )
                continue
            target = candidates[0] if candidates else None
        if target is None:
            outcome.action = Action.CREATE
            outcome.new_qualifications = list(row.qualifications)
            continue
        if target.id in matched:
            outcome.action = Action.DUPLICATE
            outcome.duplicate_of = matched[target.id].excel_row
            continue
        if cccd and target.cccd and target.cccd != cccd:
            outcome.plan_warnings.append(
                Problem(row.excel_row, "", LABELS["cccd"], f"Số CCCD sẽ đổi từ {target.cccd} sang {cccd}")
            )
        outcome.target_id, outcome.target_uid = target.id, target.uid
        matched[target.id] = outcome

    records, held = _fill_updates(session, matched, departments, dept_ids, dept_names)
    basis = PlanBasis(frozenset(people), department_rows, frozenset(tuple(r) for r in records), Counter(held))
    return outcomes, sorted(new_departments.values()), basis


def _fill_updates(
    session: Session,
    matched: dict[int, RowOutcome],
    departments: dict[str, Any],
    dept_ids: dict[str, int],
    dept_names: dict[int, str],
) -> tuple[list[Any], list[tuple[Any, ...]]]:
    """Fill the changes of the rows that match a person; returns what it read (for ``PlanBasis``)."""
    records, held = _matched_rows(session, list(matched))
    held_by: dict[int, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    for staff_id, kind, level, major in held:
        held_by[staff_id].append((kind, level, major))
    for record in records:
        staff = SimpleNamespace(**record._mapping)
        outcome = matched[staff.id]
        row = outcome.parsed
        dept_id = None
        if outcome.department and outcome.department in departments:
            dept_id = dept_ids.get(departments[outcome.department].uid)
        changes = _diff(staff, row, dept_id)
        holds = held_by.get(staff.id, [])
        new_quals = [q for q in row.qualifications if not any(same_qualification(k, lv, m, q) for k, lv, m in holds)]
        if outcome.department and outcome.department not in departments:
            changes["department_new"] = outcome.department
        outcome.assignments = changes
        outcome.new_qualifications = new_quals
        if staff.status not in (StaffStatus.WORKING, StaffStatus.ON_LEAVE):
            outcome.plan_warnings.append(
                Problem(row.excel_row, "", "Trạng thái", "Người này đã rời danh sách (nghỉ hưu, chuyển…)")
            )
        descriptions = []
        for name, value in changes.items():
            if name == "dob_precision":
                continue
            if name == "department_new":
                descriptions.append(
                    f"Phòng, ban: “{_show('department_id', staff.department_id, dept_names)}” → “{value}” (mới)"
                )
                continue
            label = "Phòng, ban" if name == "department_id" else LABELS.get(name, name)
            old = getattr(staff, name)
            if name == "date_of_birth":
                old_text = format_date(old, staff.dob_precision) or "(trống)"
                new_text = format_date(value, changes["dob_precision"])
            else:
                old_text, new_text = _show(name, old, dept_names), _show(name, value, dept_names)
            descriptions.append(f"{label}: “{old_text}” → “{new_text}”")
        descriptions.extend(f"Thêm {_qual_text(q)}" for q in new_quals)
        outcome.changes = descriptions
        outcome.action = Action.UPDATE if (changes or new_quals) else Action.UNCHANGED
    return records, held


# ------------------------------------------------------------------------------------- apply


_STAFF_COLUMNS = (
    *("owner_unit", "revision", "updated_at", "deleted", "change_seq"),
    *("id", "uid", "full_name", "other_name", "sex", "date_of_birth", "dob_precision", "place_of_birth"),
    *("home_town", "ethnicity_code", "religion", "cccd", "phone", "email", "address", "category", "position"),
    *("job_position", "department_id", "rank_code", "start_date", "general_education", "party_member"),
    *("party_join_date", "party_official_date", "planning_post", "planning_term", "notes", "status"),
    *("retirement_override", "retirement_date", "qualification_match_override", "qualification_mismatch"),
    *("name_sort_key", "search_text"),
)
_QUALIFICATION_COLUMNS = (
    *("owner_unit", "revision", "updated_at", "deleted", "change_seq"),
    *("id", "uid", "staff_id", "kind", "level", "major", "institution", "year", "certificate_no", "issued_on"),
    *("valid_until", "training_form", "note", "source", "source_ref"),
)
_VALUES: dict[Any, str] = {m: m.value for e in (Sex, StaffCategory, DatePrecision, QualificationKind) for m in e}


def _bulk_create(
    session: Session,
    outcomes: list[RowOutcome],
    dept_ids: dict[str, int],
    rules: dict[str, PositionRule],
    progress: Callable[[int, int], bool] | None,
) -> int:
    """Insert new people and their qualifications with one executemany each (an ORM flush of ten
    thousand people takes seconds). What the ORM listeners would do is done here: the derived columns
    exactly as ``refresh_derived`` computes them, the sync stamp of this transaction (``new_row_stamp``)
    and one audit entry per person and per qualification (``record_bulk_created``)."""
    if not outcomes:
        return 0
    stamp = new_row_stamp(session)
    head = (stamp["owner_unit"], stamp["revision"], stamp["updated_at"], stamp["deleted"], stamp["change_seq"])
    staff_table = Staff.__table__
    qual_table = Qualification.__table__
    assert isinstance(staff_table, Table) and isinstance(qual_table, Table)
    # BEGIN IMMEDIATE (db/engine.py): the transaction holds SQLite's write lock, so the ids SQLite would
    # give (the highest + 1) are known now and the qualifications can point to their person.
    next_staff = (session.execute(select(func.max(Staff.id))).scalar() or 0) + 1
    next_qual = (session.execute(select(func.max(Qualification.id))).scalar() or 0) + 1
    owner = stamp["owner_unit"]
    working = StaffStatus.WORKING.value
    total_quals = sum(len(o.new_qualifications) for o in outcomes)
    staff_uids, qual_uids = new_uids(len(outcomes)), new_uids(total_quals)
    staff_rows: list[tuple[Any, ...]] = []
    qual_rows: list[tuple[Any, ...]] = []
    staff_audit: list[tuple[str | None, int | None, str | None, str]] = []
    qual_audit: list[tuple[str | None, int | None, str | None, str]] = []
    for n, outcome in enumerate(outcomes):
        data = outcome.parsed.data
        assert data is not None
        uid = staff_uids[n]
        staff_id = next_staff + n
        degrees = [(q.level, q.major) for q in outcome.new_qualifications if q.kind == "professional"]
        state = evaluate_match(rules, data.job_position, degrees, None)
        staff_rows.append(
            (
                *head,
                staff_id,
                uid,
                data.full_name,
                data.other_name,
                _VALUES[data.sex],
                data.date_of_birth,
                _VALUES[_precision(data.dob_precision)],
                data.place_of_birth,
                data.home_town,
                data.ethnicity_code,
                data.religion,
                data.cccd,
                data.phone,
                data.email,
                data.address,
                _VALUES[data.category],
                data.position,
                data.job_position,
                dept_ids.get(outcome.department) if outcome.department else None,
                data.rank_code,
                data.start_date,
                data.general_education,
                data.party_member,
                data.party_join_date,
                data.party_official_date,
                data.planning_post,
                data.planning_term,
                data.notes,
                working,
                None,  # retirement_override
                retirement_date(data.sex, data.date_of_birth) if data.date_of_birth else None,
                None,  # qualification_match_override
                state == MatchState.MISMATCH,
                name_sort_key(data.full_name),
                join_fields(data.full_name, data.other_name, data.cccd, data.phone, data.position, data.job_position),
            )
        )
        staff_audit.append((uid, staff_id, owner, data.full_name))
        for q in outcome.new_qualifications:
            k = len(qual_rows)
            qual_rows.append(
                (
                    *head,
                    next_qual + k,
                    qual_uids[k],
                    staff_id,
                    _VALUES[q.kind],
                    q.level,
                    q.major,
                    q.institution,
                    q.year,
                    q.certificate_no,
                    q.issued_on,
                    q.valid_until,
                    q.training_form,
                    q.note,
                    "import",
                    None,  # source_ref
                )
            )
            qual_audit.append((qual_uids[k], next_qual + k, owner, data.full_name))
        if progress is not None and n % 1000 == 0 and not progress(n, len(outcomes)):
            raise ImportCancelled()
    insert_rows(session, staff_table, _STAFF_COLUMNS, staff_rows)
    insert_rows(session, qual_table, _QUALIFICATION_COLUMNS, qual_rows)
    record_bulk_created(session, "staff", staff_audit)
    record_bulk_created(session, "qualification", qual_audit)
    return len(qual_rows)


def apply_import(
    session: Session,
    preview: ImportPreview,
    *,
    skip_invalid: bool = False,
    today: date | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportResult:
    """Write the preview's rows in the caller's transaction: the preview's plan when the database still
    reads as it did for the preview (``PlanBasis``), else the rows re-planned against it as it is."""
    matched_ids = [o.target_id for o in preview.outcomes if o.target_id is not None]
    if preview.basis is not None and plan_basis(session, matched_ids) == preview.basis:
        outcomes, new_departments = preview.outcomes, preview.new_departments
    else:
        outcomes, new_departments = plan_import(session, [o.parsed for o in preview.outcomes], today=today)
    invalid = [o for o in outcomes if o.action == Action.INVALID]
    if invalid and not skip_invalid:
        problems = [p for o in invalid for p in o.errors]
        raise UserError(
            f"Tệp có {len(invalid)} dòng lỗi nên chưa nhập gì. "
            "Sửa các dòng này trong tệp, hoặc chọn chỉ nhập các dòng hợp lệ:",
            details=[p.text() for p in problems[:30]]
            + ([f"… và {len(problems) - 30} lỗi khác"] if len(problems) > 30 else []),
        )
    result = ImportResult(
        unchanged=sum(1 for o in outcomes if o.action == Action.UNCHANGED),
        duplicates=sum(1 for o in outcomes if o.action == Action.DUPLICATE),
        invalid=len(invalid),
        applied=True,
    )
    writes = [o for o in outcomes if o.action in (Action.CREATE, Action.UPDATE)]
    if not writes:
        return result
    require(session, Permission.EDIT_RECORDS)  # as records.create_staff / update_staff do
    departments = {d.name: d for d in session.scalars(select(Department).where(Department.deleted.is_(False)))}
    for name in new_departments:
        departments[name] = add_department(session, name)
        result.departments_created.append(name)
    dept_ids = {name: d.id for name, d in departments.items()}
    rules = load_rules(session)

    updates = [o for o in outcomes if o.action == Action.UPDATE]
    staff_by_id = {s.id: s for s in session.scalars(select(Staff).where(Staff.id.in_([o.target_id for o in updates])))}
    for n, outcome in enumerate(updates):
        staff = staff_by_id[outcome.target_id]  # type: ignore[index]
        for name, value in outcome.assignments.items():
            if name == "department_new":
                staff.department_id = dept_ids[value]
            else:
                setattr(staff, name, value)
        for q in outcome.new_qualifications:
            row = Qualification(source="import")
            for attr in ("kind", "level", "major", "institution", "year", "certificate_no", "issued_on"):
                setattr(row, attr, getattr(q, attr))
            staff.qualifications.append(row)
            result.qualifications_added += 1
        refresh_derived(staff, rules)
        if progress is not None and n % 200 == 0 and not progress(n, len(writes)):
            raise ImportCancelled()
    session.flush()
    result.updated = len(updates)
    creates = [o for o in outcomes if o.action == Action.CREATE]
    result.qualifications_added += _bulk_create(session, creates, dept_ids, rules, progress)
    result.created = len(creates)
    log.info("import %s: %s", preview.source.path, result.counts())
    return result


# -------------------------------------------------------------------------------------- facade


def build_preview(
    session: Session,
    source: SourceSheet,
    *,
    mapping: dict[int, Field | None] | None = None,
    default_category: StaffCategory | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Parse the rows under ``mapping`` (default: the remembered or guessed one) and plan them."""
    if source.header is None:
        raise UserError(
            f"Không tìm thấy dòng tiêu đề của danh sách (có “Họ và tên” và ít nhất một cột khác như “Ngày sinh”) "
            f"trong {40} dòng đầu của trang “{source.sheet.name}” (tệp {source.path.name})."
        )
    header = source.header.with_mapping(mapping) if mapping is not None else source.header
    titles = {c.index: c.title for c in header.columns}
    problems = mapping_problems({c.index: c.field for c in header.columns}, titles)
    if problems:
        raise UserError(f"Cách gán cột của trang “{source.sheet.name}” chưa dùng được:", details=problems)
    departments = [d.name for d in list_departments(session)]
    parser = RowParser(header, departments=departments, default_category=default_category, today=today)

    def rows_progress(done: int, total: int) -> bool:
        return progress(done, total, f"Đang kiểm tra dòng {done}/{total}…") if progress else True

    parsed = parser.parse(source.sheet.rows, source.sheet.merges, rows_progress)
    if progress is not None and not progress(len(source.sheet.rows), len(source.sheet.rows), "Đang đối chiếu…"):
        raise ImportCancelled()
    outcomes, new_departments, basis = plan_with_basis(session, parsed.rows)
    notes = list(source.sheet.notes)
    if (legacy := source.legacy.note()) is not None:
        notes.append(legacy)
    if source.remembered:
        notes.append("Dùng cách gán cột đã sửa lần trước cho danh sách cùng dạng.")
    if new_departments:
        notes.append("Phòng, ban sẽ được thêm: " + ", ".join(new_departments) + ".")
    if parsed.end_row:
        notes.append(f"Danh sách kết thúc ở dòng {parsed.end_row} (phần ký tên bên dưới được bỏ qua).")
    if not outcomes:
        notes.append("Không có dòng dữ liệu nào dưới dòng tiêu đề.")
    return ImportPreview(
        source=source,
        header=header,
        outcomes=outcomes,
        skipped=parsed.skipped,
        end_row=parsed.end_row,
        new_departments=new_departments,
        notes=notes,
        default_category=default_category,
        basis=basis,
    )


class StaffImporter:
    """The import as the GUI and the CLI use it: reading sessions for the preview, and one transaction
    (after an automatic backup) for the apply."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self, path: Path, sheet: str | int | None = None, *, progress: Progress | None = None) -> SourceSheet:
        try:
            with collector_paused():
                source = load_source(Path(path), sheet, progress=progress)
        except ReadCancelled as exc:
            raise ImportCancelled() from exc
        if source.header is not None:
            with self.db.reading() as s:
                saved = remembered_mapping(s, source.header.shape)
            if saved is not None:
                mapping, category = saved
                source.header = source.header.with_mapping(mapping)
                source.remembered = True
                source.default_category = category
        return source

    def preview(
        self,
        source: SourceSheet,
        *,
        mapping: dict[int, Field | None] | None = None,
        default_category: StaffCategory | None = None,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> ImportPreview:
        with collector_paused(), self.db.reading() as s:
            return build_preview(
                s,
                source,
                mapping=mapping,
                default_category=default_category if default_category is not None else source.default_category,
                today=today,
                progress=progress,
            )

    def commit(
        self,
        preview: ImportPreview,
        *,
        skip_invalid: bool = False,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        if preview.has_invalid and not skip_invalid:
            # the same refusal the transaction would give, without a backup for nothing
            with self.db.reading() as s:
                apply_import(s, preview, skip_invalid=False, today=today)
        backup = automatic_backup(self.db.path, "before-import") if preview.writes else None

        def step(done: int, total: int) -> bool:
            return progress(done, total, f"Đang ghi {done}/{total}…") if progress else True

        with collector_paused(), self.db.transaction() as s:
            result = apply_import(s, preview, skip_invalid=skip_invalid, today=today, progress=step)
            mapping = {c.index: c.field for c in preview.header.columns}
            auto = preview.source.auto_mapping
            if preview.source.header is not None and (
                mapping != auto
                or (preview.default_category and preview.default_category != preview.source.default_category)
            ):
                remember_mapping(s, preview.source.header.shape, mapping, preview.default_category)
        result.backup = backup
        return result


def field_choices() -> list[tuple[Field | None, str]]:
    """The targets a column can be mapped to, as the wizard lists them."""
    return [(None, "(bỏ qua cột này)"), *[(f, label) for f, label in FIELD_LABELS.items()]]


def summarise_counts(counts: dict[str, int]) -> str:
    labels = (
        ("created", "thêm mới"),
        ("updated", "cập nhật"),
        ("unchanged", "không đổi"),
        ("duplicates", "trùng trong tệp"),
        ("invalid", "có lỗi"),
    )
    return ", ".join(f"{counts.get(k, 0)} {label}" for k, label in labels)


def iter_problems(outcomes: Iterable[RowOutcome]) -> Iterable[Problem]:
    for o in outcomes:
        yield from o.errors
        yield from o.warnings


__all__ = [
    "ACTION_LABELS",
    "Action",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "RowOutcome",
    "SourceSheet",
    "StaffImporter",
    "apply_import",
    "build_preview",
    "load_source",
    "plan_basis",
    "plan_import",
    "plan_with_basis",
]
