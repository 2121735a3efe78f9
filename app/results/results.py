"""The results of a class, entered in one grid, and what follows from them.

- **Who is on the roll**: the class's nominations that were sent (approved by a decision, studying,
  completed, not completed) and those withdrawn after a decision sent them. Proposals without a
  decision are not learners yet.
- **A result** is passed / failed / absent / pending / withdrawn, with a score (thang điểm 10) or a
  grade, and the certificate's number and date; when the course's certificate expires
  (``Course.certificate_valid_months``) its validity follows from the date unless typed. A learner without
  a stored result shows the result the nomination's status implies (completed → passed…), so a class
  whose people were completed by hand is not "pending".
- **Who owns a result**: the unit that runs the class (the province for its classes, a commune for its
  own), whatever unit the learner comes from. Only that unit enters or changes it.
- **What follows** (in the learner's own unit, which owns the nomination and the person's record): a
  pass completes the nomination and adds what the course grants to the person's qualifications, through
  ``app.courses.nominations.grant_qualification`` (once, idempotent); failed or absent → not completed;
  withdrawn → withdrawn; back to pending → studying; leaving a pass takes the qualification back. A
  result entered by the province follows when it reaches the commune (``apply_received_results``, run
  after each sync import).
- **Closing a class** (status "finished") is refused while any learner's result is pending.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.courses.catalogue import ClassInfo, CourseInfo, check_owner, class_info, course_info, get_class
from app.courses.labels import NOMINATION_STATUS_LABELS
from app.courses.nominations import get_nomination, grant_qualification, set_status_from_result
from app.dates import DateParseError, add_months, format_date, last_day_of_month, parse_date
from app.errors import UserError, ValidationFailed
from app.security.permissions import Permission, require
from app.text import clean_text, fold, name_sort_key
from db.enums import ClassStatus, CourseType, DatePrecision, NominationStatus, ResultCode, Sex
from db.models import Course, Nomination, Staff, TrainingClass, TrainingResult, Unit
from db.sync_meta import UNIT_CODE

R = ResultCode
NS = NominationStatus

RESULT_LABELS: dict[ResultCode, str] = {
    R.PENDING: "Chưa có kết quả",
    R.PASSED: "Đạt",
    R.FAILED: "Không đạt",
    R.ABSENT: "Vắng, bỏ học",
    R.WITHDRAWN: "Rút, không học",
}
RESULT_ORDER: tuple[ResultCode, ...] = (R.PASSED, R.FAILED, R.ABSENT, R.WITHDRAWN, R.PENDING)

#: grades as training institutions write them (thang điểm 10; practice): ≥ 9, ≥ 8, ≥ 6.5, ≥ 5, below
GRADES: tuple[tuple[float, str], ...] = ((9.0, "Xuất sắc"), (8.0, "Giỏi"), (6.5, "Khá"), (5.0, "Trung bình"))
PASS_MARK = 5.0
SCORE_MAX = 10.0

# what a clerk types or pastes for a result (folded)
_RESULT_WORDS: dict[str, ResultCode] = {}
for _code, _label in RESULT_LABELS.items():
    _RESULT_WORDS[fold(_label)] = _code
    _RESULT_WORDS[_code.value] = _code
_RESULT_WORDS.update(
    {
        "d": R.PASSED,
        "dat": R.PASSED,
        "hoan thanh": R.PASSED,
        "ht": R.PASSED,
        "x": R.PASSED,
        "kd": R.FAILED,
        "khong dat": R.FAILED,
        "khong hoan thanh": R.FAILED,
        "v": R.ABSENT,
        "vang": R.ABSENT,
        "bo hoc": R.ABSENT,
        "r": R.WITHDRAWN,
        "rut": R.WITHDRAWN,
        "": R.PENDING,
        "chua co": R.PENDING,
        "cho": R.PENDING,
    }
)

#: what a nomination's status says when the class has no stored result for it
IMPLIED_RESULT: dict[NominationStatus, ResultCode] = {
    NS.APPROVED: R.PENDING,
    NS.STUDYING: R.PENDING,
    NS.COMPLETED: R.PASSED,
    NS.NOT_COMPLETED: R.FAILED,
    NS.WITHDRAWN: R.WITHDRAWN,
}
#: what a result makes of the nomination (pending: studying again)
_FOLLOWS: dict[ResultCode, NominationStatus] = {
    R.PASSED: NS.COMPLETED,
    R.FAILED: NS.NOT_COMPLETED,
    R.ABSENT: NS.NOT_COMPLETED,
    R.WITHDRAWN: NS.WITHDRAWN,
    R.PENDING: NS.STUDYING,
}


def parse_result(text: str | None) -> ResultCode:
    key = fold(text).strip(" .")
    code = _RESULT_WORDS.get(key)
    if code is None:
        raise UserError(
            f"“{(text or '').strip()}” không phải kết quả (dùng: Đạt / Không đạt / Vắng / Rút, hoặc để trống "
            "nếu chưa có kết quả)."
        )
    return code


def grade_for(score: float | None) -> str | None:
    """The usual grade for a score out of 10 (None without a score)."""
    if score is None:
        return None
    for floor, label in GRADES:
        if score >= floor:
            return label
    return "Không đạt"


def parse_score(text: str | float | None, who: str) -> float | None:
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    try:
        value = float(str(text).strip().replace(",", "."))
    except ValueError:
        raise UserError(f"{who}: điểm “{text}” không phải là số.") from None
    if not 0 <= value <= SCORE_MAX:
        raise UserError(f"{who}: điểm phải từ 0 đến 10 (nhận được {text}).")
    return round(value, 2)


def format_score(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",")


def validity_from(issued: date | None, months: int | None) -> date | None:
    """The last day a certificate issued on ``issued`` is valid, for a course whose certificates last
    ``months`` months (the day before the same date ``months`` later)."""
    if issued is None or not months:
        return None
    y, m = add_months(issued.year, issued.month, months)
    same = min(issued.day, last_day_of_month(y, m).day)
    return date(y, m, same) - timedelta(days=1)


# --------------------------------------------------------------------------------------- attendance


@dataclass(frozen=True)
class Attendance:
    share: float  # of the class's sessions (where attendance was taken) attended, 0–1
    meets: bool  # enough for completion (the unit's minimum share, Settings)
    text: str  # "8/10 buổi (80%)"


def attendance_of(session: Session, klass: TrainingClass) -> dict[str, Attendance] | None:
    """Attendance per nomination uid (``app.classes.attendance``: the class's roll), or None while no
    attendance was taken at the class — then the grid shows no attendance column."""
    from app.classes.attendance import roll

    out = {
        r.nomination_uid: Attendance(r.summary.share, r.summary.meets, r.summary.text)
        for r in roll(session, klass.uid)
        if r.summary is not None and r.summary.share is not None
    }
    return out or None


# --------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class ResultRow:
    nomination_uid: str
    staff_uid: str
    full_name: str
    sort_key: str
    sex: Sex
    date_of_birth: date | None
    dob_precision: str
    position: str
    department: str
    unit_code: str | None  # the learner's unit (province view: which commune)
    unit_name: str
    nomination_status: NominationStatus
    result: ResultCode
    stored: bool  # False: no result entered yet, ``result`` is what the nomination's status implies
    result_uid: str | None
    score: float | None
    grade: str | None
    certificate_no: str | None
    certificate_date: date | None
    valid_until: date | None
    note: str | None
    attendance: Attendance | None = None

    @property
    def result_label(self) -> str:
        return RESULT_LABELS[self.result]

    @property
    def status_label(self) -> str:
        return NOMINATION_STATUS_LABELS[self.nomination_status]


@dataclass(frozen=True)
class ClassSheet:
    klass: ClassInfo
    course: CourseInfo
    rows: tuple[ResultRow, ...]
    editable: bool  # this install's unit runs the class
    owner_name: str
    attendance_known: bool

    @property
    def pending(self) -> list[ResultRow]:
        return [r for r in self.rows if r.result == R.PENDING]

    def counts(self) -> dict[ResultCode, int]:
        out = dict.fromkeys(RESULT_ORDER, 0)
        for r in self.rows:
            out[r.result] += 1
        return out


def _roll_query(class_id: int):  # type: ignore[no-untyped-def]
    """The class's learners: sent by a decision (or beyond), or withdrawn after one."""
    sent = [s.value for s in (NS.APPROVED, NS.STUDYING, NS.COMPLETED, NS.NOT_COMPLETED)]
    has_result = (
        select(TrainingResult.id)
        .where(TrainingResult.nomination_id == Nomination.id, TrainingResult.deleted.is_(False))
        .exists()
    )
    return select(Nomination).where(
        Nomination.class_id == class_id,
        Nomination.deleted.is_(False),
        or_(
            Nomination.status.in_(sent),
            (Nomination.status == NS.WITHDRAWN) & (Nomination.decision_id.is_not(None) | has_result),
        ),
    )


def stored_results(session: Session, class_id: int) -> dict[int, TrainingResult]:
    """The class's results by nomination id (not deleted)."""
    query = select(TrainingResult).where(TrainingResult.class_id == class_id, TrainingResult.deleted.is_(False))
    return {r.nomination_id: r for r in session.scalars(query)}


def class_sheet(session: Session, class_uid: str) -> ClassSheet:
    klass = get_class(session, class_uid)
    units = {str(c): str(n) for c, n in session.execute(select(Unit.code, Unit.name)).all()}
    course = course_info(klass.course, units)
    results = stored_results(session, klass.id)
    attendance = attendance_of(session, klass)
    rows = []
    for n in session.scalars(_roll_query(klass.id)):
        staff = n.staff
        res = results.get(n.id)
        status = NominationStatus(n.status)
        rows.append(
            ResultRow(
                nomination_uid=n.uid,
                staff_uid=staff.uid,
                full_name=staff.full_name,
                sort_key=staff.name_sort_key or name_sort_key(staff.full_name),
                sex=Sex(staff.sex),
                date_of_birth=staff.date_of_birth,
                dob_precision=staff.dob_precision or DatePrecision.DAY,
                position=staff.position or "",
                department=staff.department.name if staff.department else "",
                unit_code=n.owner_unit,
                unit_name=units.get(n.owner_unit or "", n.owner_unit or ""),
                nomination_status=status,
                result=ResultCode(res.result) if res else IMPLIED_RESULT.get(status, R.PENDING),
                stored=res is not None,
                result_uid=res.uid if res else None,
                score=res.score if res else None,
                grade=res.grade if res else None,
                certificate_no=res.certificate_no if res else None,
                certificate_date=res.certificate_date if res else None,
                valid_until=res.valid_until if res else None,
                note=res.note if res else None,
                attendance=attendance.get(n.uid) if attendance else None,
            )
        )
    rows.sort(key=lambda r: (r.unit_name, r.sort_key))
    mine = session.info.get(UNIT_CODE)
    return ClassSheet(
        klass=class_info(klass, nominated=len(rows)),
        course=course,
        rows=tuple(rows),
        editable=not (mine and klass.owner_unit and klass.owner_unit != mine),
        owner_name=units.get(klass.owner_unit or "", klass.owner_unit or ""),
        attendance_known=attendance is not None,
    )


# ------------------------------------------------------------------------------------------ saving


@dataclass(frozen=True)
class ResultEntry:
    """One learner's result as the clerk typed it (the grid sends only the rows changed)."""

    nomination_uid: str
    result: ResultCode
    score: float | None = None
    grade: str | None = None
    certificate_no: str | None = None
    certificate_date: date | None = None
    valid_until: date | None = None
    note: str | None = None


@dataclass
class SaveSummary:
    saved: int = 0
    completed: list[str] = field(default_factory=list)  # names of learners whose nomination was completed
    qualifications: int = 0  # qualifications added or updated in the learners' records
    waiting: int = 0  # results for another unit's learners: they follow when the result reaches it
    warnings: list[str] = field(default_factory=list)


def _check_entry(entry: ResultEntry, who: str, klass: TrainingClass, today: date) -> ResultEntry:
    errors: dict[str, str] = {}
    result = ResultCode(entry.result)
    if entry.score is not None and not 0 <= entry.score <= SCORE_MAX:
        errors["score"] = f"{who}: điểm phải từ 0 đến 10"
    started = klass.start_date
    if result in (R.PASSED, R.FAILED, R.ABSENT) and started and started > today:
        errors["result"] = f"{who}: lớp chưa bắt đầu (từ {format_date(started)}), chưa thể ghi kết quả"
    if entry.certificate_date is not None:
        if entry.certificate_date > today:
            errors["certificate_date"] = f"{who}: ngày cấp chứng chỉ {format_date(entry.certificate_date)} ở tương lai"
        elif started and entry.certificate_date < started:
            errors["certificate_date"] = (
                f"{who}: ngày cấp chứng chỉ {format_date(entry.certificate_date)} trước ngày lớp bắt đầu "
                f"({format_date(started)})"
            )
    if (
        entry.valid_until is not None
        and entry.certificate_date is not None
        and entry.valid_until <= entry.certificate_date
    ):
        errors["valid_until"] = f"{who}: hiệu lực đến {format_date(entry.valid_until)} phải sau ngày cấp"
    has_certificate = bool(clean_text(entry.certificate_no)) or entry.certificate_date is not None
    if has_certificate and result != R.PASSED:
        errors["certificate_no"] = f"{who}: chỉ người đạt mới có chứng chỉ (kết quả đang là “{RESULT_LABELS[result]}”)"
    if errors:
        raise ValidationFailed(errors)
    return replace(
        entry,
        result=result,
        grade=clean_text(entry.grade),
        certificate_no=clean_text(entry.certificate_no),
        note=clean_text(entry.note),
    )


def _same(row: TrainingResult, e: ResultEntry) -> bool:
    return (
        ResultCode(row.result) == e.result
        and row.score == e.score
        and row.grade == e.grade
        and row.certificate_no == e.certificate_no
        and row.certificate_date == e.certificate_date
        and row.valid_until == e.valid_until
        and row.note == e.note
    )


def save_results(
    session: Session,
    class_uid: str,
    entries: Sequence[ResultEntry],
    *,
    by: str = "",
    today: date | None = None,
) -> SaveSummary:
    """Store the results of a class in one transaction; nothing is written when any entry is wrong
    (every problem is named, by learner). See the module doc for what follows from a result."""
    actor = require(session, Permission.EDIT_RECORDS)
    by = by or actor.username
    today = today or date.today()
    klass = get_class(session, class_uid)
    check_owner(klass, session.info.get(UNIT_CODE), "Lớp")
    if ClassStatus(klass.status) == ClassStatus.CANCELLED:
        raise UserError(f"Lớp “{klass.name}” đã hủy; không ghi kết quả.")
    course: Course = klass.course
    existing = stored_results(session, klass.id)
    summary = SaveSummary()
    overrides: dict[int, str] = {}  # nomination id → why a pass stands below the attendance minimum
    checked: list[tuple[Nomination, ResultEntry]] = []
    problems: dict[str, str] = {}
    for entry in entries:
        n = get_nomination(session, entry.nomination_uid)
        who = n.staff.full_name
        if n.class_id != klass.id:
            problems[n.uid] = f"{who} không học lớp “{klass.name}”"
            continue
        if NominationStatus(n.status) == NS.PROPOSED:
            problems[n.uid] = f"{who}: chưa có quyết định cử đi học, chưa thể ghi kết quả"
            continue
        try:
            e = _check_entry(entry, who, klass, today)
        except ValidationFailed as exc:
            problems.update({f"{n.uid}:{k}": v for k, v in exc.field_errors.items()})
            continue
        if e.result == R.PASSED:
            if e.grade is None:
                e = replace(e, grade=grade_for(e.score))
            if e.score is not None and e.score < PASS_MARK:
                summary.warnings.append(f"{who}: điểm {format_score(e.score)} dưới 5 nhưng được ghi “Đạt”")
            if e.valid_until is None and course.certificate_valid_months:
                issued = e.certificate_date or klass.end_date
                e = replace(e, valid_until=validity_from(issued, course.certificate_valid_months))
            # the completion rule of app.classes.attendance: below the minimum share of sessions, a pass
            # needs its reason (the note), which the nomination's history keeps
            from app.classes.attendance import AttendanceBelowMinimum, completion_note

            already_passed = n.id in existing and ResultCode(existing[n.id].result) == R.PASSED
            try:
                extra = None if already_passed else completion_note(session, n, e.note)
            except AttendanceBelowMinimum as exc:
                problems[f"{n.uid}:attendance"] = (
                    f"{exc.details[0] if exc.details else who} — dưới mức tối thiểu để ghi nhận hoàn thành; "
                    "nếu vẫn ghi “Đạt”, hãy ghi lý do vào cột Ghi chú"
                )
                continue
            if extra:
                overrides[n.id] = extra
        elif e.grade is None and e.score is not None:
            e = replace(e, grade=grade_for(e.score))
        checked.append((n, e))
    if problems:
        raise ValidationFailed(problems)
    mine = session.info.get(UNIT_CODE)
    for n, e in checked:
        row = existing.get(n.id)
        if row is None:
            # a result deleted earlier comes back (same learner, same class)
            row = session.scalar(
                select(TrainingResult).where(
                    TrainingResult.nomination_id == n.id, TrainingResult.owner_unit == klass.owner_unit
                )
            )
        if row is not None and not row.deleted and _same(row, e):
            continue
        if row is None:
            row = TrainingResult(nomination=n, class_id=klass.id)
            if klass.owner_unit:
                row.owner_unit = klass.owner_unit
            session.add(row)
        row.deleted = False
        row.class_id = klass.id
        row.result = e.result
        row.score, row.grade, row.note = e.score, e.grade, e.note
        row.certificate_no, row.certificate_date, row.valid_until = e.certificate_no, e.certificate_date, e.valid_until
        row.recorded_by = by
        summary.saved += 1
        session.flush()
        if mine and n.owner_unit and n.owner_unit != mine:
            summary.waiting += 1
            continue
        follow_result(session, n, row, by=by, summary=summary, extra_note=overrides.get(n.id))
    session.flush()
    return summary


def follow_result(
    session: Session,
    n: Nomination,
    result: TrainingResult,
    *,
    by: str = "",
    summary: SaveSummary | None = None,
    extra_note: str | None = None,
) -> bool:
    """Bring the nomination (and the person's qualifications) in line with the class result. Returns
    True when something changed."""
    summary = summary if summary is not None else SaveSummary()
    code = ResultCode(result.result)
    klass = result.training_class
    status = NominationStatus(n.status)
    wanted = _FOLLOWS[code]
    if code == R.PENDING and status in (NS.APPROVED, NS.STUDYING):
        return False
    label = klass.code or klass.name
    on = (result.certificate_date or klass.end_date or date.today()) if code == R.PASSED else None
    note = f"Theo kết quả lớp {label}: {RESULT_LABELS[code].lower()}"
    if extra_note:
        note = f"{note}\n{extra_note}"
    changed = set_status_from_result(session, n, wanted, by=by, note=note, on=on) is not None
    if code == R.PASSED:
        if changed:
            summary.completed.append(n.staff.full_name)
        q = grant_qualification(
            session,
            n,
            certificate_no=result.certificate_no,
            issued_on=result.certificate_date,
            valid_until=result.valid_until,
        )
        if q is not None:
            summary.qualifications += 1
    return changed


def apply_received_results(session: Session) -> int:
    """A commune: follow the results the province entered for its learners (they arrive in its bundle).
    Returns the number of nominations changed. Safe to run any time (idempotent)."""
    mine = session.info.get(UNIT_CODE)
    if not mine:
        return 0
    query = (
        select(TrainingResult)
        .join(Nomination, Nomination.id == TrainingResult.nomination_id)
        .where(
            TrainingResult.deleted.is_(False),
            TrainingResult.owner_unit != mine,
            Nomination.owner_unit == mine,
            Nomination.deleted.is_(False),
        )
    )
    changed = 0
    for result in session.scalars(query):
        n = result.nomination
        if NominationStatus(n.status) == NS.PROPOSED:
            continue
        before = (n.status, n.completed_on)
        follow_result(session, n, result, by="đồng bộ")
        changed += int((n.status, n.completed_on) != before)
    return changed


# -------------------------------------------------------------------------------------- closing


def check_can_close(session: Session, klass: TrainingClass) -> None:
    """Refuse to finish a class while any learner's result is pending (named, at most ten)."""
    sheet = class_sheet(session, klass.uid)
    pending = sheet.pending
    if pending:
        names = ", ".join(r.full_name for r in pending[:10]) + (" …" if len(pending) > 10 else "")
        raise UserError(
            f"Lớp “{klass.code or klass.name}” còn {len(pending)} học viên chưa có kết quả ({names}). "
            "Hãy nhập kết quả (đạt, không đạt, vắng hoặc rút) trước khi kết thúc lớp."
        )


def close_class(session: Session, class_uid: str) -> TrainingClass:
    require(session, Permission.EDIT_RECORDS)
    klass = get_class(session, class_uid)
    check_owner(klass, session.info.get(UNIT_CODE), "Lớp")
    if ClassStatus(klass.status) == ClassStatus.CANCELLED:
        raise UserError(f"Lớp “{klass.name}” đã hủy.")
    check_can_close(session, klass)
    klass.status = ClassStatus.FINISHED
    session.flush()
    return klass


def reopen_class(session: Session, class_uid: str) -> TrainingClass:
    """Undo a closing (the notice bar's "Hoàn tác"): the class is running again."""
    require(session, Permission.EDIT_RECORDS)
    klass = get_class(session, class_uid)
    check_owner(klass, session.info.get(UNIT_CODE), "Lớp")
    klass.status = ClassStatus.RUNNING
    session.flush()
    return klass


# ----------------------------------------------------------------------------------- completions


@dataclass(frozen=True, slots=True)
class Completion:
    """One training a person completed: from a completed nomination or a passed class result."""

    staff_id: int
    nomination_id: int
    course_id: int
    course_uid: str
    course_type: CourseType
    course_name: str
    day: date  # date.min when nothing says when
    class_end: date | None


def load_completions(session: Session) -> list[Completion]:
    """Every completed training (one per nomination; the earliest date the records give). A result
    passed by the province counts at once, before the commune's nomination follows it."""
    by_nomination: dict[int, Completion] = {}
    base = (
        select(
            Nomination.id,
            Nomination.staff_id,
            Nomination.completed_on,
            Course.id,
            Course.uid,
            Course.course_type,
            Course.name,
            TrainingClass.end_date,
        )
        .join(Course, Course.id == Nomination.course_id)
        .outerjoin(TrainingClass, TrainingClass.id == Nomination.class_id)
        .where(Nomination.deleted.is_(False))
    )
    types = {t.value: t for t in CourseType}
    done = base.where(Nomination.status == NS.COMPLETED)
    for nid, staff_id, completed_on, cid, cuid, ctype, cname, end in session.execute(done):
        day = completed_on or end or date.min
        by_nomination[nid] = Completion(staff_id, nid, cid, cuid, types[ctype], cname, day, end)
    passed = base.add_columns(TrainingResult.certificate_date).join(
        TrainingResult, TrainingResult.nomination_id == Nomination.id
    )
    passed = passed.where(TrainingResult.deleted.is_(False), TrainingResult.result == R.PASSED)
    for nid, staff_id, _completed, cid, cuid, ctype, cname, end, issued in session.execute(passed):
        day = issued or end or date.min
        known = by_nomination.get(nid)
        if known is None or day < known.day:
            by_nomination[nid] = Completion(staff_id, nid, cid, cuid, types[ctype], cname, day, end)
    return list(by_nomination.values())


# ---------------------------------------------------------------------------------- certificates


@dataclass(frozen=True)
class CertificateRow:
    staff_uid: str
    full_name: str
    sort_key: str
    position: str
    department: str
    unit_code: str | None
    name: str  # what the certificate is
    certificate_no: str | None
    issued_on: date | None
    valid_until: date
    days_left: int  # negative: expired that many days ago

    @property
    def expired(self) -> bool:
        return self.days_left < 0

    @property
    def state_label(self) -> str:
        if self.days_left < 0:
            return f"Đã hết hạn {-self.days_left} ngày"
        if self.days_left == 0:
            return "Hết hạn hôm nay"
        return f"Còn {self.days_left} ngày"


def certificate_validity(
    session: Session,
    *,
    today: date | None = None,
    within_days: int | None = 90,
    unit_code: str | None = None,
    include_expired: bool = True,
) -> list[CertificateRow]:
    """Certificates with a validity held by people on the books: those expiring within ``within_days``
    (None: all of them) and, with ``include_expired``, those already expired — unless the person holds
    a newer certificate of the same kind and content (renewed). Soonest first."""
    from app.labels import QUALIFICATION_KIND_LABELS
    from app.qualifications import level_label
    from db.enums import QualificationKind, StaffStatus
    from db.models import Qualification

    today = today or date.today()
    on_books = [s.value for s in StaffStatus if s.on_books]
    query = (
        select(Qualification, Staff)
        .join(Staff, Staff.id == Qualification.staff_id)
        .where(
            Qualification.deleted.is_(False),
            Qualification.valid_until.is_not(None),
            Staff.deleted.is_(False),
            Staff.status.in_(on_books),
        )
    )
    if unit_code:
        query = query.where(Staff.owner_unit == unit_code)
    latest: dict[tuple[int, str, str, str], tuple[Qualification, Staff]] = {}
    for q, s in session.execute(query):
        key = (s.id, q.kind, q.level or "", fold(q.major))
        known = latest.get(key)
        if known is None or (q.valid_until or date.min) > (known[0].valid_until or date.min):
            latest[key] = (q, s)
    out = []
    for q, s in latest.values():
        assert q.valid_until is not None
        left = (q.valid_until - today).days
        if left < 0 and not include_expired:
            continue
        if within_days is not None and left > within_days:
            continue
        kind = QualificationKind(q.kind)
        what = q.major or level_label(kind, q.level) or QUALIFICATION_KIND_LABELS[kind]
        out.append(
            CertificateRow(
                staff_uid=s.uid,
                full_name=s.full_name,
                sort_key=s.name_sort_key or name_sort_key(s.full_name),
                position=s.position or "",
                department=s.department.name if s.department else "",
                unit_code=s.owner_unit,
                name=what,
                certificate_no=q.certificate_no,
                issued_on=q.issued_on,
                valid_until=q.valid_until,
                days_left=left,
            )
        )
    out.sort(key=lambda r: (r.valid_until, r.sort_key))
    return out


def parse_optional_date(text: str | None, who: str, what: str) -> date | None:
    """A date typed in the grid (dd/mm/yyyy), or None when empty; the message names the learner."""
    if text is None or not str(text).strip():
        return None
    try:
        return parse_date(str(text))
    except DateParseError as exc:
        raise UserError(f"{who}: {what} — {exc}") from None


# ------------------------------------------------------------------------------------ class list


@dataclass(frozen=True)
class ClassResultInfo:
    """A class in the results page's list: its learners and how many results are in."""

    klass: ClassInfo
    course_name: str
    course_type: CourseType
    learners: int
    passed: int
    pending: int
    editable: bool

    @property
    def uid(self) -> str:
        return self.klass.uid

    @property
    def label(self) -> str:
        return self.klass.code or self.klass.name


def list_result_classes(session: Session, *, today: date | None = None) -> list[ClassResultInfo]:
    """Classes that have learners (sent by a decision), the latest first; classes still to start
    are left out unless they already have results."""
    today = today or date.today()
    mine = session.info.get(UNIT_CODE)
    classes = {k.id: k for k in session.scalars(select(TrainingClass).where(TrainingClass.deleted.is_(False)))}
    results: dict[int, ResultCode] = {
        nid: ResultCode(code)
        for nid, code in session.execute(
            select(TrainingResult.nomination_id, TrainingResult.result).where(TrainingResult.deleted.is_(False))
        )
    }
    sent = [s.value for s in (NS.APPROVED, NS.STUDYING, NS.COMPLETED, NS.NOT_COMPLETED, NS.WITHDRAWN)]
    counts: dict[int, list[int]] = {}
    query = select(Nomination.id, Nomination.class_id, Nomination.status, Nomination.decision_id).where(
        Nomination.deleted.is_(False), Nomination.class_id.is_not(None), Nomination.status.in_(sent)
    )
    for nid, class_id, status, decision_id in session.execute(query):
        st = NominationStatus(status)
        if class_id is None or (st == NS.WITHDRAWN and decision_id is None and nid not in results):
            continue
        code = results.get(nid, IMPLIED_RESULT.get(st, R.PENDING))
        c = counts.setdefault(class_id, [0, 0, 0])
        c[0] += 1
        c[1] += code == R.PASSED
        c[2] += code == R.PENDING
    out = []
    for class_id, (learners, passed, pending) in counts.items():
        k = classes.get(class_id)
        if k is None or k.status == ClassStatus.CANCELLED:
            continue
        if k.start_date and k.start_date > today and learners == pending:
            continue
        out.append(
            ClassResultInfo(
                klass=class_info(k, nominated=learners),
                course_name=k.course.name,
                course_type=CourseType(k.course.course_type),
                learners=learners,
                passed=passed,
                pending=pending,
                editable=not (mine and k.owner_unit and k.owner_unit != mine),
            )
        )
    # the latest first; classes still to start at the end
    out.sort(
        key=lambda c: (
            bool(c.klass.start_date and c.klass.start_date > today),
            -(c.klass.end_date or c.klass.start_date or date.min).toordinal(),
        )
    )
    return out
