"""Nominations (cử đi học): create them after the checks, move them along their status flow with a
history of who changed what and when, and turn a completed course into a qualification.

Status flow: proposed → approved (only by issuing a decision) → studying → completed / not completed;
withdrawn from any open state (and back to proposed). Cancelling a decision returns its nominations to
proposed. Every change is a NominationStatusChange row."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, lazyload, selectinload

from app.courses.catalogue import CourseInfo, course_info, get_class, get_course
from app.courses.checks import CheckReport, run_checks
from app.courses.labels import MODE_LABELS, NOMINATION_STATUS_LABELS
from app.dates import format_date
from app.errors import NotFound, UserError
from app.security.permissions import Permission, require
from app.staff.form import QualificationInput
from app.staff.records import add_qualification, get_staff, require_owned
from app.text import fold, join_fields
from db.enums import CourseMode, CourseType, NominationStatus, QualificationKind, Sex
from db.models import Course, Decision, Nomination, NominationStatusChange, Qualification, Staff
from db.sync_meta import UNIT_CODE

S = NominationStatus

#: Changes a clerk makes by hand. proposed → approved happens only by issuing a decision.
MANUAL_TRANSITIONS: dict[NominationStatus, tuple[NominationStatus, ...]] = {
    S.PROPOSED: (S.WITHDRAWN,),
    S.APPROVED: (S.STUDYING, S.WITHDRAWN),
    S.STUDYING: (S.COMPLETED, S.NOT_COMPLETED, S.WITHDRAWN),
    S.COMPLETED: (),
    S.NOT_COMPLETED: (),
    S.WITHDRAWN: (S.PROPOSED,),
}

TRANSITION_VERBS: dict[NominationStatus, str] = {
    S.PROPOSED: "Đề xuất lại",
    S.STUDYING: "Bắt đầu học",
    S.COMPLETED: "Hoàn thành khóa học",
    S.NOT_COMPLETED: "Không hoàn thành",
    S.WITHDRAWN: "Rút, không đi học",
}


class ChecksNotAccepted(UserError):
    """The checks found problems the caller has not accepted (or blocking ones)."""

    def __init__(self, report: CheckReport) -> None:
        blocking = report.blocking
        head = "Không thể cử vì:" if blocking else "Cần xác nhận trước khi cử (các cảnh báo dưới đây):"
        super().__init__(head, details=[i.message for i in (blocking or report.warnings)])
        self.report = report


# ------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class NominationRow:
    uid: str
    staff_uid: str
    staff_name: str
    staff_sort_key: str
    sex: Sex
    date_of_birth: date | None
    dob_precision: str
    position: str | None
    department_name: str
    professional: str
    course_uid: str
    course_name: str
    course_type: CourseType
    class_uid: str | None
    class_label: str
    start_date: date | None
    end_date: date | None
    venue: str | None
    organiser: str | None
    mode: CourseMode
    status: NominationStatus
    reason: str | None
    cost: int | None
    funding_source: str | None
    commitment: bool
    commitment_months: int | None
    decision_uid: str | None
    decision_text: str
    completed_on: date | None
    note: str | None
    updated_at: datetime
    owner_unit: str | None
    search: str = ""

    @property
    def status_label(self) -> str:
        return NOMINATION_STATUS_LABELS[self.status]

    @property
    def dates_text(self) -> str:
        if self.start_date and self.end_date and self.start_date != self.end_date:
            return f"{format_date(self.start_date)} – {format_date(self.end_date)}"
        return format_date(self.start_date)


def decision_number_text(d: Decision) -> str:
    """ "05/QĐ-UBND" (leading zero below 10), or "Dự thảo" for a draft."""
    if d.number is None:
        return "Dự thảo"
    return f"{d.number:02d}/{d.symbol}"


def _degree_text(degrees: Sequence[tuple[str | None, str | None]]) -> str:
    """The highest professional degree with its major, from (level, major) pairs."""
    from app.qualifications import highest, level_label

    best = highest(QualificationKind.PROFESSIONAL, [level for level, _major in degrees])
    if best is None:
        return ""
    major = next((m for level, m in degrees if level == best.code and m), None)
    label = level_label(QualificationKind.PROFESSIONAL, best.code)
    return f"{label} {major}" if major else label


def _degrees_of(n: Nomination) -> list[tuple[str | None, str | None]]:
    return [
        (q.level, q.major) for q in n.staff.qualifications if q.kind == QualificationKind.PROFESSIONAL and not q.deleted
    ]


def nomination_row(n: Nomination, degrees: Sequence[tuple[str | None, str | None]] | None = None) -> NominationRow:
    """One row of the list; `degrees`, the person's professional (level, major) pairs when the caller
    has read them for many people at once (else read from the person's qualifications)."""
    staff, course, klass, decision = n.staff, n.course, n.training_class, n.decision
    label = ""
    if klass is not None:
        label = f"{klass.code} – {klass.name}" if klass.code and klass.code != klass.name else klass.name
    from app.text import name_sort_key

    dept = staff.department.name if staff.department else ""
    return NominationRow(
        uid=n.uid,
        staff_uid=staff.uid,
        staff_name=staff.full_name,
        staff_sort_key=staff.name_sort_key or name_sort_key(staff.full_name),
        sex=Sex(staff.sex),
        date_of_birth=staff.date_of_birth,
        dob_precision=staff.dob_precision,
        position=staff.position,
        department_name=dept,
        professional=_degree_text(_degrees_of(n) if degrees is None else degrees),
        course_uid=course.uid,
        course_name=course.name,
        course_type=CourseType(course.course_type),
        class_uid=klass.uid if klass else None,
        class_label=label,
        start_date=klass.start_date if klass else None,
        end_date=klass.end_date if klass else None,
        venue=klass.venue if klass else None,
        organiser=(klass.organiser if klass and klass.organiser else course.organiser),
        mode=CourseMode((klass.mode if klass and klass.mode else None) or course.mode),
        status=NominationStatus(n.status),
        reason=n.reason,
        cost=n.cost,
        funding_source=n.funding_source,
        commitment=bool(n.commitment),
        commitment_months=n.commitment_months,
        decision_uid=decision.uid if decision else None,
        decision_text=decision_number_text(decision) if decision else "",
        completed_on=n.completed_on,
        note=n.note,
        updated_at=n.updated_at,
        owner_unit=n.owner_unit,
        search=join_fields(staff.full_name, course.name, label, dept, staff.position)
        + "|"
        + fold(decision_number_text(decision) if decision else ""),
    )


#: What a list of rows needs, loaded in a few batched queries: the decisions in one go without their
#: items (each item would pull its nomination, person, course and class again), the courses without
#: their classes. At a province (≈ 5,000 nominations) the default loading took most of the page's time.
_ROW_LOADING = (
    selectinload(Nomination.decision).options(lazyload(Decision.items)),
    joinedload(Nomination.course).options(lazyload(Course.classes)),
    joinedload(Nomination.staff).options(lazyload(Staff.qualifications)),  # read apart, two columns
)


def list_nominations(
    session: Session,
    *,
    course_uid: str | None = None,
    staff_uid: str | None = None,
    decision_uid: str | None = None,
    statuses: Sequence[NominationStatus] | None = None,
) -> list[NominationRow]:
    query = select(Nomination).where(Nomination.deleted.is_(False)).options(*_ROW_LOADING)
    if course_uid:
        query = query.where(Nomination.course_id == get_course(session, course_uid).id)
    if staff_uid:
        query = query.where(Nomination.staff_id == get_staff(session, staff_uid).id)
    if decision_uid:
        from app.decisions.service import get_decision

        query = query.where(Nomination.decision_id == get_decision(session, decision_uid).id)
    if statuses:
        query = query.where(Nomination.status.in_([s.value for s in statuses]))
    nominations = session.scalars(query).all()
    degrees: dict[int, list[tuple[str | None, str | None]]] = {}
    wanted = {n.staff_id for n in nominations}
    professional = select(Qualification.staff_id, Qualification.level, Qualification.major).where(
        Qualification.kind == QualificationKind.PROFESSIONAL, Qualification.deleted.is_(False)
    )
    for staff_id, level, major in session.execute(professional):
        if staff_id in wanted:
            degrees.setdefault(staff_id, []).append((level, major))
    rows = [nomination_row(n, degrees.get(n.staff_id, [])) for n in nominations]
    rows.sort(key=lambda r: (r.start_date or date.max, fold(r.course_name), r.staff_sort_key))
    return rows


def get_nomination(session: Session, uid: str) -> Nomination:
    n = session.scalar(select(Nomination).where(Nomination.uid == uid, Nomination.deleted.is_(False)))
    if n is None:
        raise NotFound(f"Không tìm thấy đề xuất cử đi học có mã {uid}.")
    return n


def check_own(session: Session, row: Nomination | Decision, what: str) -> None:
    """Nominations and decisions belong to the unit that made them (DESIGN.md §4): another unit (the
    province reading a commune's data) sees them but does not change them."""
    mine = session.info.get(UNIT_CODE)
    if mine and row.owner_unit and row.owner_unit != mine:
        raise UserError(f"{what} này thuộc đơn vị {row.owner_unit}; chỉ đơn vị đó được thay đổi.")


# ---------------------------------------------------------------------------------------- create


@dataclass
class NominationTerms:
    """What the clerk decides for a batch of nominations (defaults come from the course)."""

    cost: int | None = None
    funding_source: str | None = None
    commitment: bool | None = None  # None: the course's requirement
    commitment_months: int | None = None
    note: str | None = None


def nominate(
    session: Session,
    course_uid: str,
    class_uid: str | None,
    staff_uids: Sequence[str],
    *,
    reasons: Mapping[str, str] | None = None,
    terms: NominationTerms | None = None,
    accept_warnings: bool = False,
    by: str = "",
    today: date | None = None,
) -> list[Nomination]:
    """Propose ``staff_uids`` for the course (and class). Runs every check first: blocking problems
    always refuse, warnings refuse unless ``accept_warnings`` (the clerk saw them and went ahead)."""
    actor = require(session, Permission.EDIT_RECORDS)
    by = by or actor.username
    if not staff_uids:
        raise UserError("Chưa chọn người nào để cử đi học.")
    terms = terms or NominationTerms()
    report = run_checks(session, course_uid, class_uid, staff_uids, today=today)
    if report.blocking or (report.warnings and not accept_warnings):
        raise ChecksNotAccepted(report)
    course = get_course(session, course_uid)
    klass = get_class(session, class_uid) if class_uid else None
    if klass is not None and klass.course_id != course.id:
        raise UserError(f"Lớp “{klass.name}” không thuộc khóa học “{course.name}”.")
    commitment = course.requires_commitment if terms.commitment is None else terms.commitment
    warned = {u for i in report.warnings for u in i.staff_uids}
    created = []
    for uid in dict.fromkeys(staff_uids):
        staff = get_staff(session, uid)
        require_owned(session, staff)
        note = terms.note
        if uid in warned:
            extra = "Đã xem cảnh báo: " + "; ".join(i.message for i in report.for_person(uid))
            note = f"{note}\n{extra}" if note else extra
        n = Nomination(
            staff=staff,
            course=course,
            training_class=klass,
            status=S.PROPOSED,
            reason=(reasons or {}).get(uid),
            cost=terms.cost if terms.cost is not None else course.default_cost,
            funding_source=terms.funding_source or course.funding_source,
            commitment=commitment,
            commitment_months=terms.commitment_months if commitment else None,
            note=note[:500] if note else None,
            created_by=by,
        )
        session.add(n)
        session.flush()
        session.add(
            NominationStatusChange(
                nomination_id=n.id,
                old_status=None,
                new_status=S.PROPOSED,
                effective_date=today or date.today(),
                changed_by=by,
            )
        )
        created.append(n)
    session.flush()
    return created


@dataclass
class NominationEdit:
    class_uid: str | None
    cost: int | None
    funding_source: str | None
    commitment: bool
    commitment_months: int | None
    reason: str | None
    note: str | None


def update_nomination(session: Session, uid: str, edit: NominationEdit, *, today: date | None = None) -> Nomination:
    """Change the class, costs, commitment or notes. Changing the class of an approved nomination
    needs a new decision, so it is refused (amend the decision instead)."""
    require(session, Permission.EDIT_RECORDS)
    n = get_nomination(session, uid)
    check_own(session, n, "Đề xuất cử đi học")
    status = NominationStatus(n.status)
    new_class = get_class(session, edit.class_uid) if edit.class_uid else None
    if new_class is not None and new_class.course_id != n.course_id:
        raise UserError(f"Lớp “{new_class.name}” không thuộc khóa học “{n.course.name}”.")
    if (new_class.id if new_class else None) != n.class_id:
        if status != S.PROPOSED:
            raise UserError(
                f"Đề xuất của {n.staff.full_name} đã có quyết định cử; muốn đổi lớp hãy lập quyết định sửa đổi."
            )
        report = run_checks(
            session,
            n.course.uid,
            edit.class_uid,
            [n.staff.uid],
            today=today,
            ignore_nomination_uids=[n.uid],
        )
        if report.blocking:
            raise ChecksNotAccepted(report)
        n.training_class = new_class
    if edit.commitment_months is not None and edit.commitment_months < 0:
        raise UserError("Số tháng cam kết phục vụ không thể âm.")
    if edit.cost is not None and edit.cost < 0:
        raise UserError("Kinh phí không thể âm.")
    n.cost = edit.cost
    n.funding_source = edit.funding_source
    n.commitment = edit.commitment
    n.commitment_months = edit.commitment_months if edit.commitment else None
    n.reason = edit.reason
    n.note = edit.note
    session.flush()
    return n


# ---------------------------------------------------------------------------------------- status


def _record(
    session: Session,
    n: Nomination,
    new: NominationStatus,
    *,
    by: str,
    note: str | None,
    decision: Decision | None = None,
    on: date | None = None,
) -> NominationStatusChange:
    change = NominationStatusChange(
        nomination_id=n.id,
        old_status=n.status,
        new_status=new,
        decision_id=decision.id if decision else None,
        effective_date=on or date.today(),
        note=note,
        changed_by=by,
    )
    n.status = new
    session.add(change)
    return change


def change_status(
    session: Session,
    uid: str,
    new: NominationStatus,
    *,
    by: str = "",
    note: str | None = None,
    on: date | None = None,
    attendance_override: str | None = None,
) -> NominationStatusChange:
    """A hand-made step of the flow (see MANUAL_TRANSITIONS). Completing grants the course's qualification.
    Completing needs the minimum share of the class's sessions attended (``app.classes.attendance``):
    below it, ``attendance_override`` must give the reason, which the history keeps."""
    actor = require(session, Permission.EDIT_RECORDS)
    by = by or actor.username
    n = get_nomination(session, uid)
    check_own(session, n, "Đề xuất cử đi học")
    old = NominationStatus(n.status)
    new = NominationStatus(new)
    if new not in MANUAL_TRANSITIONS[old]:
        if new == S.APPROVED:
            raise UserError(
                f"{n.staff.full_name}: chỉ được duyệt bằng quyết định cử đi học — hãy lập và ban hành quyết định."
            )
        raise UserError(
            f"{n.staff.full_name}: không thể chuyển từ “{NOMINATION_STATUS_LABELS[old]}” sang "
            f"“{NOMINATION_STATUS_LABELS[new]}”."
        )
    if new == S.COMPLETED:
        from app.classes.attendance import completion_note

        if extra := completion_note(session, n, attendance_override):
            note = f"{note}\n{extra}" if note else extra
        on = on or (n.training_class.end_date if n.training_class else None) or date.today()
    elif new == S.STUDYING and on is None and n.training_class is not None:
        on = n.training_class.start_date
    change = _record(session, n, new, by=by, note=note, on=on)
    if new == S.COMPLETED:
        n.completed_on = on
        grant_qualification(session, n)
    session.flush()
    return change


def set_status_from_result(
    session: Session,
    n: Nomination,
    new: NominationStatus,
    *,
    by: str = "",
    note: str | None = None,
    on: date | None = None,
) -> NominationStatusChange | None:
    """Follow a class result (app.results): the result decides, so the manual flow's steps are not
    required (an approved learner who passed is completed at once). Recorded in the history like any
    change; leaving a completion takes back the qualification it granted (the caller grants it on a pass,
    with the certificate's number, date and validity). Returns None when the status is already that."""
    check_own(session, n, "Đề xuất cử đi học")
    new = NominationStatus(new)
    old = NominationStatus(n.status)
    if old == new:
        if new == S.COMPLETED and on is not None:
            n.completed_on = on
        return None
    if old == S.PROPOSED:
        raise UserError(f"{n.staff.full_name}: chưa có quyết định cử đi học, chưa thể ghi kết quả.")
    if old == S.COMPLETED:
        revoke_qualification(session, n)
        n.completed_on = None
    change = _record(session, n, new, by=by, note=note, on=on)
    if new == S.COMPLETED:
        n.completed_on = on
    session.flush()
    return change


def undo_status_change(session: Session, change_id: int, *, by: str = "") -> NominationStatusChange:
    """Take back the last hand-made change (a wrong click); a completion also takes back the
    qualification it granted. Changes made by a decision are undone by cancelling that decision."""
    actor = require(session, Permission.EDIT_RECORDS)
    by = by or actor.username
    change = session.get(NominationStatusChange, change_id)
    if change is None or change.old_status is None:
        raise NotFound("Không tìm thấy thao tác cần hoàn tác.")
    n = session.get(Nomination, change.nomination_id)
    assert n is not None
    check_own(session, n, "Đề xuất cử đi học")
    last = session.scalar(
        select(NominationStatusChange)
        .where(NominationStatusChange.nomination_id == n.id)
        .order_by(NominationStatusChange.id.desc())
        .limit(1)
    )
    if last is None or last.id != change.id or n.status != change.new_status:
        raise UserError(f"Đề xuất của {n.staff.full_name} đã thay đổi sau đó; không thể hoàn tác.")
    if change.decision_id is not None:
        raise UserError("Thay đổi này do quyết định tạo ra; hãy hủy hoặc sửa đổi quyết định.")
    if NominationStatus(change.new_status) == S.COMPLETED:
        revoke_qualification(session, n)
        n.completed_on = None
    undo = _record(session, n, NominationStatus(change.old_status), by=by, note="Hoàn tác")
    session.flush()
    return undo


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: datetime
    effective_date: date | None
    old_status: NominationStatus | None
    new_status: NominationStatus
    changed_by: str
    note: str | None
    decision_text: str
    decision_uid: str | None
    change_id: int

    @property
    def text(self) -> str:
        old = NOMINATION_STATUS_LABELS[self.old_status] if self.old_status else "—"
        return f"{old} → {NOMINATION_STATUS_LABELS[self.new_status]}"


def history(session: Session, uid: str) -> list[HistoryEntry]:
    n = get_nomination(session, uid)
    query = (
        select(NominationStatusChange, Decision)
        .outerjoin(Decision, Decision.id == NominationStatusChange.decision_id)
        .where(NominationStatusChange.nomination_id == n.id)
        # when it was recorded: ids are only this database's order (a province numbers its communes'
        # rows as they arrive)
        .order_by(NominationStatusChange.changed_at, NominationStatusChange.id)
    )
    return [
        HistoryEntry(
            c.changed_at,
            c.effective_date,
            NominationStatus(c.old_status) if c.old_status else None,
            NominationStatus(c.new_status),
            c.changed_by,
            c.note,
            decision_number_text(d) if d else "",
            d.uid if d else None,
            c.id,
        )
        for c, d in session.execute(query)
    ]


def decisions_of(session: Session, uid: str) -> list[Decision]:
    """Every decision that covered this nomination (current, cancelled and replaced ones alike)."""
    from db.models import DecisionItem

    n = get_nomination(session, uid)
    query = (
        select(Decision)
        .join(DecisionItem, DecisionItem.decision_id == Decision.id)
        .where(DecisionItem.nomination_id == n.id, Decision.deleted.is_(False))
        .order_by(Decision.id)
    )
    return list(session.scalars(query))


# ------------------------------------------------------------------------------- qualifications


def granted_input(
    course: CourseInfo,
    n: Nomination,
    *,
    certificate_no: str | None,
    issued_on: date | None,
    valid_until: date | None = None,
) -> QualificationInput | None:
    """The qualification a completed nomination adds (None when the course grants nothing)."""
    kind, level = course.grants_kind, course.grants_level
    if kind is None and not course.grants_certificate:
        return None
    major: str | None = None
    if kind is None or kind == QualificationKind.OTHER:
        kind, level = QualificationKind.OTHER, level or "chung_chi"
        major = course.grants_certificate or course.name
    elif kind == QualificationKind.PROFESSIONAL:
        major = course.grants_certificate or course.name
    klass = n.training_class
    finished = issued_on or n.completed_on
    return QualificationInput(
        kind=kind,
        level=level,
        major=major,
        institution=(klass.organiser if klass and klass.organiser else None) or course.organiser,
        year=finished.year if finished else None,
        certificate_no=certificate_no,
        issued_on=issued_on,
        valid_until=valid_until,
        training_form=MODE_LABELS[CourseMode((klass.mode if klass and klass.mode else None) or course.mode)],
        note=f"Hoàn thành “{course.name}”"[:300],
    )


def grant_qualification(
    session: Session,
    n: Nomination,
    *,
    certificate_no: str | None = None,
    issued_on: date | None = None,
    valid_until: date | None = None,
) -> Qualification | None:
    """Add what the course grants to the person's qualifications, once: calling it again (or after the
    results grid records the same pass) returns the same row, updating the certificate number, date and
    validity if given."""
    existing = session.scalar(
        select(Qualification).where(Qualification.source == "course", Qualification.source_ref == n.uid)
    )
    if existing is not None:
        if existing.deleted:
            existing.deleted = False
        if certificate_no:
            existing.certificate_no = certificate_no
        if issued_on:
            existing.issued_on = issued_on
            existing.year = issued_on.year
        if valid_until:
            existing.valid_until = valid_until
        session.flush()
        return existing
    units: dict[str, str] = {}
    item = granted_input(
        course_info(n.course, units), n, certificate_no=certificate_no, issued_on=issued_on, valid_until=valid_until
    )
    if item is None:
        return None
    return add_qualification(session, n.staff, item, source="course", source_ref=n.uid)


def revoke_qualification(session: Session, n: Nomination) -> None:
    """Tombstone the qualification a completion granted (its undo)."""
    from app.staff.job_positions import load_rules
    from app.staff.records import refresh_derived

    q = session.scalar(
        select(Qualification).where(
            Qualification.source == "course", Qualification.source_ref == n.uid, Qualification.deleted.is_(False)
        )
    )
    if q is not None:
        q.deleted = True
        session.flush()
        refresh_derived(n.staff, load_rules(session))
