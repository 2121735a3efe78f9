"""Split a course's learners into classes: the learners (its nominations not yet in a class, or typed
counts) grouped by job title → the planner's proposal (``app.scheduling.splitter``) → people dealt into
the proposed classes, a department's people spread over them → the clerk moves people by hand → the
classes are created (with their sessions, if asked) and the nominations assigned.

Only the owner of the course creates its classes; only the unit that made a nomination assigns it (the
province plans from the communes' nominations, each commune then puts its own people in the classes).
A nomination already approved by a decision that named no class may be given one; one whose decision
named a class is moved only by amending the decision."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.classes.sessions import SessionDefaults, add_generated
from app.courses.catalogue import ClassInput, check_owner, create_class, get_class, get_course
from app.courses.labels import NOMINATION_STATUS_LABELS
from app.errors import UserError
from app.scheduling.generate import SessionPattern, generate_sessions
from app.scheduling.holidays import WorkCalendar
from app.scheduling.sessions import TimeBlock
from app.scheduling.splitter import LearnerGroup, SplitPlan, assign_people, format_count
from app.security.permissions import Permission, require
from app.text import collation_key, fold, name_sort_key
from db.enums import ClassStatus, NominationStatus
from db.models import Nomination, Staff, TrainingClass, Unit
from db.sync_meta import UNIT_CODE

S = NominationStatus
UNKNOWN_TITLE = "Chưa rõ chức danh"


@dataclass(frozen=True)
class Learner:
    nomination_uid: str
    staff_uid: str
    name: str
    sort_key: str
    title: str  # job position, else the post
    department_uid: str | None
    department: str
    unit_code: str | None
    unit_name: str
    status: NominationStatus
    class_uid: str | None
    own: bool

    @property
    def uid(self) -> str:
        return self.nomination_uid

    @property
    def spread_key(self) -> tuple[str | None, str | None]:
        """People of one office are spread over the classes (so one day does not empty it)."""
        return (self.unit_code, self.department_uid)

    def __str__(self) -> str:
        return self.name


def course_learners(session: Session, course_uid: str, *, unassigned_only: bool = True) -> list[Learner]:
    """The course's learners: active nominations (proposed, approved, studying), without a class when
    ``unassigned_only``; in Vietnamese name order."""
    course = get_course(session, course_uid)
    query = select(Nomination).where(
        Nomination.course_id == course.id,
        Nomination.deleted.is_(False),
        Nomination.status.in_([s.value for s in NominationStatus if s.active]),
    )
    if unassigned_only:
        query = query.where(Nomination.class_id.is_(None))
    units = {str(c): str(n) for c, n in session.execute(select(Unit.code, Unit.name))}
    mine = session.info.get(UNIT_CODE)
    out = []
    for n in session.scalars(query).unique():
        st: Staff = n.staff
        out.append(
            Learner(
                nomination_uid=n.uid,
                staff_uid=st.uid,
                name=st.full_name,
                sort_key=st.name_sort_key or name_sort_key(st.full_name),
                title=(st.job_position or st.position or "").strip() or UNKNOWN_TITLE,
                department_uid=st.department.uid if st.department else None,
                department=st.department.name if st.department else "",
                unit_code=st.owner_unit,
                unit_name=units.get(st.owner_unit or "", st.owner_unit or ""),
                status=NominationStatus(n.status),
                class_uid=n.training_class.uid if n.training_class else None,
                own=not mine or not n.owner_unit or n.owner_unit == mine,
            )
        )
    out.sort(key=lambda learner: learner.sort_key)
    return out


def group_by_title(learners: Sequence[Learner]) -> tuple[list[LearnerGroup], dict[str, list[Learner]]]:
    """One group per job title (titles that differ only in case or accents are one), largest first."""
    by_key: dict[str, list[Learner]] = defaultdict(list)
    names: dict[str, str] = {}
    for learner in learners:
        key = fold(learner.title)
        by_key[key].append(learner)
        names.setdefault(key, learner.title)
    order = sorted(by_key, key=lambda k: (-len(by_key[k]), collation_key(names[k])))
    groups = [LearnerGroup(names[k], len(by_key[k])) for k in order]
    return groups, {names[k]: by_key[k] for k in order}


def deal(plan: SplitPlan, people: Mapping[str, Sequence[Learner]]) -> list[list[Learner]]:
    """The people of each group dealt into the plan's classes, each office spread over them."""
    rosters = assign_people(plan, people, spread_by=lambda learner: learner.spread_key)
    return [sorted(r, key=lambda learner: learner.sort_key) for r in rosters]


# ------------------------------------------------------------------------------------------- creating


@dataclass(frozen=True)
class NewClass:
    """One class to create: its details and, optionally, the pattern of its sessions."""

    data: ClassInput
    sessions: SessionPattern | None = None
    session_defaults: SessionDefaults = field(default_factory=SessionDefaults)


@dataclass(frozen=True)
class ClassSeries:
    """How the dialog names and dates a series of classes: "QLNN-KV1-L01", "Lớp 01"… from the first
    number; each class ``days`` study days; one after another (``sequential``, from ``start``: the next
    class starts on the next working day) or all on the same days."""

    code_prefix: str = ""
    name_prefix: str = "Lớp"
    first_number: int = 1
    region: str | None = None
    batch: str | None = None
    venue: str | None = None
    organiser: str | None = None
    start: date | None = None
    days: int = 2
    blocks: tuple[str, ...] = ("morning", "afternoon")
    sequential: bool = True
    skip_holidays: bool = True
    status: ClassStatus = ClassStatus.PLANNED

    def classes(self, sizes: Sequence[int], calendar: WorkCalendar | None = None) -> list[NewClass]:
        cal = calendar or WorkCalendar()
        out = []
        day = cal.next_working_day(self.start) if self.start else None
        for i, size in enumerate(sizes):
            n = self.first_number + i
            pattern = None
            first = last = None
            if day is not None:
                pattern = SessionPattern(
                    day,
                    days=self.days,
                    blocks=tuple(TimeBlock(b) for b in self.blocks),
                    skip_holidays=self.skip_holidays,
                )
                made = generate_sessions(pattern, cal)
                first, last = made.first_day, made.last_day
            out.append(
                NewClass(
                    ClassInput(
                        name=f"{self.name_prefix} {n:02d}".strip(),
                        code=f"{self.code_prefix}{n:02d}" if self.code_prefix else None,
                        region=self.region,
                        batch=self.batch,
                        venue=self.venue,
                        start_date=first,
                        end_date=last,
                        capacity=size,
                        organiser=self.organiser,
                        status=self.status,
                    ),
                    pattern,
                    SessionDefaults(),
                )
            )
            if self.sequential and last is not None:
                day = cal.next_working_day(last + timedelta(days=1))
        return out


@dataclass
class CreatedClasses:
    class_uids: list[str] = field(default_factory=list)
    assigned: int = 0
    sessions: int = 0
    not_assigned: list[str] = field(default_factory=list)  # why some nominations were left out

    @property
    def text(self) -> str:
        out = f"Đã tạo {len(self.class_uids)} lớp"
        if self.sessions:
            out += f" ({format_count(self.sessions)} buổi học)"
        if self.assigned:
            out += f", xếp {format_count(self.assigned)} học viên vào lớp"
        out += "."
        if self.not_assigned:
            out += f" {len(self.not_assigned)} lượt cử chưa xếp được."
        return out


def create_classes(
    session: Session,
    course_uid: str,
    classes: Sequence[NewClass],
    rosters: Sequence[Sequence[str]] | None = None,
    *,
    unit_code: str | None,
) -> CreatedClasses:
    """Create the classes (owned by the course's owner) with their sessions, then put each roster's
    nominations (uids) in its class. One transaction: everything or nothing."""
    require(session, Permission.EDIT_RECORDS)
    course = get_course(session, course_uid)
    check_owner(course, unit_code, "Khóa học")
    if not classes:
        raise UserError("Chưa có lớp nào để tạo.")
    if rosters is not None and len(rosters) != len(classes):
        raise UserError("Số danh sách học viên không khớp số lớp.")
    out = CreatedClasses()
    cal = WorkCalendar()
    for i, spec in enumerate(classes):
        klass = create_class(session, course_uid, spec.data, unit_code=unit_code)
        out.class_uids.append(klass.uid)
        if spec.sessions is not None:
            made = add_generated(
                session,
                klass.uid,
                generate_sessions(spec.sessions, cal),
                defaults=spec.session_defaults,
                unit_code=unit_code,
            )
            out.sessions += len(made.added)
        if rosters is not None and rosters[i]:
            moved = assign_to_class(session, klass.uid, rosters[i], strict=False)
            out.assigned += moved.assigned
            out.not_assigned.extend(moved.refused)
    return out


@dataclass
class Assignment:
    assigned: int = 0
    unchanged: int = 0
    refused: list[str] = field(default_factory=list)


def _assignable(n: Nomination, klass: TrainingClass, mine: str | None) -> str | None:
    """Why the nomination cannot be put in the class (None: it can)."""
    who = n.staff.full_name
    if n.course_id != klass.course_id:
        return f"{who}: được cử khóa “{n.course.name}”, không phải khóa của lớp này."
    if mine and n.owner_unit and n.owner_unit != mine:
        return f"{who}: lượt cử của đơn vị {n.owner_unit}; đơn vị đó tự xếp lớp."
    status = NominationStatus(n.status)
    if not status.active:
        return f"{who}: {NOMINATION_STATUS_LABELS[status].lower()}."
    current = n.training_class
    if status != S.PROPOSED and current is not None and current.id != klass.id:
        return (
            f"{who}: quyết định cử đã ghi lớp “{current.code or current.name}”; "
            "muốn đổi lớp hãy lập quyết định sửa đổi."
        )
    return None


def assign_to_class(
    session: Session, class_uid: str, nomination_uids: Sequence[str], *, strict: bool = True
) -> Assignment:
    """Put the nominations in the class (a person moved from another class of the same course, or given
    a class for the first time). ``strict``: any refusal refuses everything."""
    require(session, Permission.EDIT_RECORDS)
    klass = get_class(session, class_uid)
    if ClassStatus(klass.status) in (ClassStatus.CANCELLED, ClassStatus.FINISHED):
        raise UserError(f"Lớp “{klass.code or klass.name}” đã {'hủy' if klass.status == 'cancelled' else 'kết thúc'}.")
    mine = session.info.get(UNIT_CODE)
    out = Assignment()
    noms = []
    for uid in dict.fromkeys(nomination_uids):
        n = session.scalar(select(Nomination).where(Nomination.uid == uid, Nomination.deleted.is_(False)))
        if n is None:
            out.refused.append(f"Không tìm thấy lượt cử {uid}.")
            continue
        if n.class_id == klass.id:
            out.unchanged += 1
            continue
        why = _assignable(n, klass, mine)
        if why:
            out.refused.append(why)
        else:
            noms.append(n)
    if strict and out.refused:
        raise UserError("Không thể xếp vào lớp:", details=out.refused)
    for n in noms:
        n.training_class = klass
        out.assigned += 1
    session.flush()
    return out
