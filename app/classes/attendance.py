"""A class's roll and its attendance: who is in the class, who came to each session, and the rule that
completing a course needs a minimum share of the sessions attended.

The share of a person (``attendance_share``): sessions they were present at, over the sessions of the
class at which attendance was taken (a session counts once anyone was marked at it; a person not marked
at such a session counts as not present). Excused absences (*vắng có phép*) count as absences for the
share — the common rule is "không nghỉ quá 20% thời gian khóa học", whatever the reason — but are shown
apart. A class where no attendance was taken has no share (None): the rule then cannot apply and
completion is not held back.

The minimum share is a setting of the unit (Settings → Lớp học; default 80%). Marking a nomination
completed (and a result "passed", which the results grid asks ``meets_attendance``) below it needs an
explicit override with a reason, kept in the nomination's history.

Attendance is taken by whoever runs the class: its rows belong to the owner of the class."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.classes.sessions import SessionRow, class_sessions, session_row
from app.courses.catalogue import check_owner, get_class
from app.errors import UserError
from app.security.permissions import Permission, require
from app.settings import SettingSpec, get_setting, set_setting
from app.text import fold, name_sort_key
from db.enums import AttendanceStatus, DatePrecision, NominationStatus, Sex
from db.models import Attendance, Nomination, Staff, TrainingClass, Unit
from db.sync_meta import UNIT_CODE

A = AttendanceStatus

MIN_ATTENDANCE = SettingSpec(
    "classes.min_attendance_share", 0.8, "Tỷ lệ buổi học tối thiểu phải dự để được ghi nhận hoàn thành"
)

ATTENDANCE_LABELS: dict[AttendanceStatus, str] = {
    A.PRESENT: "Có mặt",
    A.EXCUSED: "Vắng có phép",
    A.ABSENT: "Vắng không phép",
}
#: What the grid and the printed sheets show in a cell (Vietnamese attendance books: P có phép, K không phép).
ATTENDANCE_MARKS: dict[AttendanceStatus, str] = {A.PRESENT: "✓", A.EXCUSED: "P", A.ABSENT: "K"}

_TYPED: dict[str, AttendanceStatus] = {
    "✓": A.PRESENT,
    "x": A.PRESENT,
    "c": A.PRESENT,
    "co": A.PRESENT,
    "co mat": A.PRESENT,
    "+": A.PRESENT,
    "1": A.PRESENT,
    "p": A.EXCUSED,
    "cp": A.EXCUSED,
    "co phep": A.EXCUSED,
    "vang co phep": A.EXCUSED,
    "k": A.ABSENT,
    "v": A.ABSENT,
    "kp": A.ABSENT,
    "-": A.ABSENT,
    "0": A.ABSENT,
    "vang": A.ABSENT,
    "khong phep": A.ABSENT,
    "vang khong phep": A.ABSENT,
}

#: Nominations that make up a class's roll: on their way to it, in it, or through it.
ROLL_STATUSES: tuple[NominationStatus, ...] = (
    NominationStatus.PROPOSED,
    NominationStatus.APPROVED,
    NominationStatus.STUDYING,
    NominationStatus.COMPLETED,
    NominationStatus.NOT_COMPLETED,
)


def parse_mark(text: str | None) -> AttendanceStatus | None:
    """What a clerk types in a cell: x / c / ✓ / 1 (present), p (excused), k / v / 0 (absent); empty
    clears. Raises UserError on anything else."""
    key = fold(text or "").strip()
    if not key:
        return None
    if key in AttendanceStatus._value2member_map_:
        return AttendanceStatus(key)
    if key in _TYPED:
        return _TYPED[key]
    raise UserError(
        f"“{(text or '').strip()}” không phải ký hiệu điểm danh: gõ x (có mặt), p (vắng có phép), k (vắng)."
    )


def min_attendance(session: Session) -> float:
    value = get_setting(session, MIN_ATTENDANCE)
    try:
        share = float(value)
    except (TypeError, ValueError):
        return float(MIN_ATTENDANCE.default)
    return min(max(share, 0.0), 1.0)


def set_min_attendance(session: Session, share: float) -> None:
    require(session, Permission.MANAGE_SETTINGS)
    if not 0 <= share <= 1:
        raise UserError(f"Tỷ lệ buổi học tối thiểu phải từ 0% đến 100% (nhận được {share * 100:.0f}%).")
    set_setting(session, MIN_ATTENDANCE, round(share, 4))


def percent(share: float | None) -> str:
    return "" if share is None else f"{share * 100:.0f}%"


# --------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class AttendanceSummary:
    sessions: int  # sessions of the class
    taken: int  # sessions at which attendance was taken
    present: int
    excused: int
    absent: int  # marked absent, or not marked at a session where attendance was taken
    minimum: float

    @property
    def share(self) -> float | None:
        return None if self.taken == 0 else self.present / self.taken

    @property
    def meets(self) -> bool:
        """True when the share reaches the minimum — or when no attendance was taken (nothing to apply)."""
        share = self.share
        return share is None or share + 1e-9 >= self.minimum

    @property
    def text(self) -> str:
        """ "8/10 buổi (80%)" or "chưa điểm danh"."""
        if self.share is None:
            return "chưa điểm danh"
        out = f"{self.present}/{self.taken} buổi ({percent(self.share)})"
        if self.excused:
            out += f", {self.excused} buổi vắng có phép"
        return out


@dataclass(frozen=True)
class RollRow:
    nomination_uid: str
    staff_uid: str
    name: str
    sort_key: str
    sex: Sex
    date_of_birth: date | None
    dob_precision: DatePrecision
    position: str | None  # chức vụ, chức danh
    title: str  # the job position (else the post): how the planner groups people
    department: str
    unit_code: str | None
    unit_name: str
    status: NominationStatus
    own: bool  # the nomination belongs to this install's unit (it may change its status)
    summary: AttendanceSummary | None = None

    @property
    def uid(self) -> str:
        return self.nomination_uid

    @property
    def active(self) -> bool:
        return self.status.active


def _units(session: Session) -> dict[str, str]:
    return {str(c): str(n) for c, n in session.execute(select(Unit.code, Unit.name))}


def roll_nominations(session: Session, klass: TrainingClass) -> list[Nomination]:
    query = select(Nomination).where(
        Nomination.class_id == klass.id,
        Nomination.deleted.is_(False),
        Nomination.status.in_([s.value for s in ROLL_STATUSES]),
    )
    return list(session.scalars(query).unique())


def _marks(session: Session, session_ids: Iterable[int]) -> list[tuple[int, int, str]]:
    ids = list(session_ids)
    if not ids:
        return []
    query = select(Attendance.session_id, Attendance.staff_id, Attendance.status).where(
        Attendance.session_id.in_(ids), Attendance.deleted.is_(False)
    )
    return [(int(a), int(b), str(c)) for a, b, c in session.execute(query)]


def _summaries(
    session_ids: Sequence[int], marks: Iterable[tuple[int, int, str]], staff_ids: Iterable[int], minimum: float
) -> dict[int, AttendanceSummary]:
    taken: set[int] = set()
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for sid, staff_id, status in marks:
        taken.add(sid)
        counts[staff_id][status] += 1
    n_taken = len(taken)
    out = {}
    for staff_id in staff_ids:
        c = counts.get(staff_id, {})
        present, excused = c.get(A.PRESENT, 0), c.get(A.EXCUSED, 0)
        out[staff_id] = AttendanceSummary(
            sessions=len(session_ids),
            taken=n_taken,
            present=present,
            excused=excused,
            absent=n_taken - present - excused,
            minimum=minimum,
        )
    return out


def roll(session: Session, class_uid: str) -> list[RollRow]:
    """The class's learners in Vietnamese name order, each with their attendance so far."""
    klass = get_class(session, class_uid)
    noms = roll_nominations(session, klass)
    sessions = class_sessions(session, klass)
    summaries = _summaries(
        [s.id for s in sessions],
        _marks(session, [s.id for s in sessions]),
        [n.staff_id for n in noms],
        min_attendance(session),
    )
    return _roll_rows(session, noms, summaries)


def _roll_rows(
    session: Session, noms: Sequence[Nomination], summaries: Mapping[int, AttendanceSummary]
) -> list[RollRow]:
    units = _units(session)
    mine = session.info.get(UNIT_CODE)
    rows = []
    for n in noms:
        st: Staff = n.staff
        rows.append(
            RollRow(
                nomination_uid=n.uid,
                staff_uid=st.uid,
                name=st.full_name,
                sort_key=st.name_sort_key or name_sort_key(st.full_name),
                sex=Sex(st.sex),
                date_of_birth=st.date_of_birth,
                dob_precision=DatePrecision(st.dob_precision or DatePrecision.DAY),
                position=st.position,
                title=(st.job_position or st.position or "").strip() or "Chưa rõ chức danh",
                department=st.department.name if st.department else "",
                unit_code=st.owner_unit,
                unit_name=units.get(st.owner_unit or "", st.owner_unit or ""),
                status=NominationStatus(n.status),
                own=not mine or not n.owner_unit or n.owner_unit == mine,
                summary=summaries.get(n.staff_id),
            )
        )
    rows.sort(key=lambda r: r.sort_key)
    return rows


# ----------------------------------------------------------------------------------------- the sheet


@dataclass(frozen=True)
class AttendanceSheet:
    class_uid: str
    class_label: str
    sessions: tuple[SessionRow, ...]
    people: tuple[RollRow, ...]
    marks: dict[tuple[str, str], AttendanceStatus]  # (staff uid, session uid) → mark
    editable: bool
    owner_name: str
    minimum: float

    def mark(self, staff_uid: str, session_uid: str) -> AttendanceStatus | None:
        return self.marks.get((staff_uid, session_uid))

    def taken_sessions(self, marks: Mapping[tuple[str, str], AttendanceStatus | None] | None = None) -> set[str]:
        current = self.marks if marks is None else marks
        return {sid for (_p, sid), m in current.items() if m is not None}

    def summary(
        self, staff_uid: str, marks: Mapping[tuple[str, str], AttendanceStatus | None] | None = None
    ) -> AttendanceSummary:
        """The person's summary with ``marks`` (the grid's pending edits applied) or the stored marks."""
        current = self.marks if marks is None else marks
        taken = self.taken_sessions(current)
        present = sum(1 for sid in taken if current.get((staff_uid, sid)) == A.PRESENT)
        excused = sum(1 for sid in taken if current.get((staff_uid, sid)) == A.EXCUSED)
        return AttendanceSummary(
            len(self.sessions), len(taken), present, excused, len(taken) - present - excused, self.minimum
        )


def attendance_sheet(session: Session, class_uid: str, *, unit_code: str | None) -> AttendanceSheet:
    klass = get_class(session, class_uid)
    sessions = class_sessions(session, klass)
    rows = [session_row(s, klass) for s in sessions]
    by_id = {s.id: s.uid for s in sessions}
    people = roll(session, class_uid)
    staff_ids: dict[int, str] = {
        int(i): str(u)
        for i, u in session.execute(select(Staff.id, Staff.uid).where(Staff.uid.in_([p.staff_uid for p in people])))
    }
    marks: dict[tuple[str, str], AttendanceStatus] = {}
    for sid, staff_id, status in _marks(session, by_id):
        if staff_id in staff_ids:
            marks[(staff_ids[staff_id], by_id[sid])] = AttendanceStatus(status)
    owner = klass.owner_unit or ""
    owner_name = _units(session).get(owner, owner)
    editable = not (klass.owner_unit and unit_code and klass.owner_unit != unit_code)
    label = f"{klass.code} – {klass.name}" if klass.code and klass.code != klass.name else klass.name
    return AttendanceSheet(
        class_uid, label, tuple(rows), tuple(people), marks, editable, owner_name, min_attendance(session)
    )


@dataclass
class SavedMarks:
    created: int = 0
    changed: int = 0
    cleared: int = 0

    @property
    def total(self) -> int:
        return self.created + self.changed + self.cleared


def save_marks(
    session: Session,
    class_uid: str,
    marks: Mapping[tuple[str, str], AttendanceStatus | None],
    *,
    unit_code: str | None,
) -> SavedMarks:
    """Store the grid's edits: (staff uid, session uid) → mark, None clearing it. Only people on the
    class's roll and sessions of the class; only the unit that runs the class."""
    require(session, Permission.EDIT_RECORDS)
    klass = get_class(session, class_uid)
    if klass.owner_unit and unit_code and klass.owner_unit != unit_code:
        check_owner(klass, unit_code, "Lớp")  # raises with the usual message
    sessions = {s.uid: s for s in class_sessions(session, klass)}
    staff = {n.staff.uid: n.staff for n in roll_nominations(session, klass)}
    existing = {
        (a.staff_id, a.session_id): a
        for a in session.scalars(select(Attendance).where(Attendance.session_id.in_([s.id for s in sessions.values()])))
    }
    out = SavedMarks()
    for (staff_uid, session_uid), value in marks.items():
        s = sessions.get(session_uid)
        if s is None:
            raise UserError(f"Buổi học {session_uid} không thuộc lớp “{klass.name}”.")
        person = staff.get(staff_uid)
        if person is None:
            raise UserError(f"Người có mã {staff_uid} không có trong danh sách lớp “{klass.name}”.")
        status = AttendanceStatus(value) if value is not None else None
        row = existing.get((person.id, s.id))
        if status is None:
            if row is not None and not row.deleted:
                row.deleted = True
                out.cleared += 1
            continue
        if row is None:
            row = Attendance(class_session=s, staff=person, status=status)
            row.owner_unit = klass.owner_unit  # taken by whoever runs the class
            session.add(row)
            existing[(person.id, s.id)] = row
            out.created += 1
        elif row.deleted or row.status != status:
            row.deleted = False
            row.status = status
            out.changed += 1
    session.flush()
    return out


# ------------------------------------------------------------------------------- the completion rule


def attendance_summary(session: Session, nomination: Nomination) -> AttendanceSummary | None:
    """The person's attendance at the class of ``nomination`` (None when it has no class)."""
    klass = nomination.training_class
    if klass is None:
        return None
    ids = [s.id for s in class_sessions(session, klass)]
    return _summaries(ids, _marks(session, ids), [nomination.staff_id], min_attendance(session))[nomination.staff_id]


def attendance_share(session: Session, nomination: Nomination) -> float | None:
    """Share of the class's sessions (where attendance was taken) the person attended: 0.0–1.0, or None
    when the nomination has no class or no attendance was taken at its class."""
    summary = attendance_summary(session, nomination)
    return None if summary is None else summary.share


def meets_attendance(session: Session, nomination: Nomination, *, minimum: float | None = None) -> bool:
    """Whether the person attended enough of the class to complete it (Settings' minimum, or
    ``minimum``). True when the rule cannot apply (no class, or no attendance taken)."""
    share = attendance_share(session, nomination)
    if share is None:
        return True
    need = min_attendance(session) if minimum is None else minimum
    return share + 1e-9 >= need


class AttendanceBelowMinimum(UserError):
    """Completion (or a pass) asked for people below the minimum share, without an override."""

    def __init__(self, shortfalls: Sequence[tuple[str, str, AttendanceSummary]], minimum: float) -> None:
        super().__init__(
            f"Chưa dự đủ {percent(minimum)} số buổi học để ghi nhận hoàn thành. Muốn vẫn ghi nhận, hãy nêu lý do.",
            details=[f"{name}: dự {s.text}" for _uid, name, s in shortfalls],
        )
        self.shortfalls = list(shortfalls)  # (nomination uid, name, summary)
        self.minimum = minimum


@dataclass
class Shortfalls:
    minimum: float
    people: list[tuple[str, str, AttendanceSummary]] = field(default_factory=list)


def shortfalls(session: Session, nominations: Iterable[Nomination]) -> Shortfalls:
    """Who among ``nominations`` is below the minimum share (nomination uid, name, summary)."""
    minimum = min_attendance(session)
    out = Shortfalls(minimum)
    for n in nominations:
        summary = attendance_summary(session, n)
        if summary is not None and not summary.meets:
            out.people.append((n.uid, n.staff.full_name, summary))
    return out


def completion_note(session: Session, nomination: Nomination, override_reason: str | None) -> str | None:
    """Apply the rule before a completion: raise ``AttendanceBelowMinimum`` below the minimum unless an
    override reason is given; return the note to keep in the history when the rule was overridden."""
    summary = attendance_summary(session, nomination)
    if summary is None or summary.meets:
        return None
    reason = (override_reason or "").strip()
    if not reason:
        raise AttendanceBelowMinimum([(nomination.uid, nomination.staff.full_name, summary)], summary.minimum)
    return f"Ghi nhận hoàn thành dù chỉ dự {summary.text}, dưới mức tối thiểu {percent(summary.minimum)}: {reason}"
