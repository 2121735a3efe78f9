"""Office coverage: who must stay at work while others are away at training.

The plans insist that sending people to training must not stop the office from working and receiving
citizens (seed 000). Each department has a rule (``Department.coverage_min_ratio``,
``coverage_min_per_position``, ``receives_citizens``; default: at least half stays, and at least one
person per job position). ``coverage_problems`` is a pure function of the people, the rules and the set
of people away, so the nomination checks call it for one class and the scheduling work calls it for each
day of a calendar."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.text import fold
from db.enums import StaffStatus
from db.models import Department, Staff


@dataclass(frozen=True)
class CoverageRule:
    department_uid: str
    department_name: str
    min_ratio: float = 0.5
    min_per_position: int = 1
    receives_citizens: bool = False


@dataclass(frozen=True)
class Member:
    """One person counted at work in a department (status "working")."""

    uid: str
    name: str
    department_uid: str
    position: str  # the job position, else the post: what "one per position" counts


@dataclass(frozen=True)
class CoverageProblem:
    department_uid: str
    department_name: str
    total: int
    staying: int
    required: int
    away: tuple[str, ...]  # names of the people away from this department (or this position)
    position: str | None  # None: the department as a whole
    receives_citizens: bool
    away_uids: tuple[str, ...] = ()
    min_ratio: float = 0.5  # the department's rule (for the short reason)

    @property
    def message(self) -> str:
        who = ", ".join(self.away)
        front = " (bộ phận tiếp công dân)" if self.receives_citizens else ""
        if self.position is None:
            return (
                f"{self.department_name}{front}: nếu cử {who} thì chỉ còn {self.staying}/{self.total} người "
                f"làm việc, quy định tối thiểu {self.required} người ở lại."
            )
        if self.staying == 0:
            return (
                f"{self.department_name}{front}: vị trí “{self.position}” không còn ai làm việc khi {who} "
                f"đi học (quy định tối thiểu {self.required} người)."
            )
        return (
            f"{self.department_name}{front}: vị trí “{self.position}” chỉ còn {self.staying} người khi {who} "
            f"đi học (quy định tối thiểu {self.required} người)."
        )

    @property
    def reason(self) -> str:
        """The broken part of the rule in a few words, for a day of the calendar:
        "cần ít nhất 2/4 người ở lại (50%)", "vị trí “Một cửa” không còn ai làm việc"."""
        if self.position is None:
            share = f"{self.min_ratio:.0%}"
            if self.receives_citizens and self.required > math.ceil(round(self.min_ratio * self.total, 6)):
                share = "tiếp công dân"
            return f"cần ít nhất {self.required}/{self.total} người ở lại ({share})"
        if self.staying == 0:
            return f"vị trí “{self.position}” không còn ai làm việc"
        return f"vị trí “{self.position}” chỉ còn {self.staying} người (cần {self.required})"


def required_staying(total: int, rule: CoverageRule) -> int:
    """How many of ``total`` people must stay: ⌈ratio × total⌉, and at least one where citizens are received."""
    need = math.ceil(round(rule.min_ratio * total, 6))
    if rule.receives_citizens and total > 0:
        need = max(need, 1)
    return min(need, total)


_fold_position = lru_cache(maxsize=8192)(fold)  # a province has a few hundred distinct positions


def positions_of(people: Iterable[Member]) -> dict[str, list[Member]]:
    """A department's people by job position (folded, so "Một cửa" and "một cửa" are one position)."""
    out: dict[str, list[Member]] = defaultdict(list)
    for m in people:
        if m.position:
            out[_fold_position(m.position)].append(m)
    return out


def department_problems(
    rule: CoverageRule,
    people: Sequence[Member],
    away: Collection[str],
    *,
    positions: Mapping[str, Sequence[Member]] | None = None,
) -> list[CoverageProblem]:
    """The rule of one department: what breaks when those of ``people`` whose uids are in ``away`` are
    absent at the same time. The one rule behind the nomination checks and the schedule's conflicts.
    ``positions``: ``positions_of(people)`` when the caller checks the same department many times."""
    gone = [m for m in people if m.uid in away]
    if not gone:
        return []
    problems: list[CoverageProblem] = []
    total, staying = len(people), len(people) - len(gone)
    need = required_staying(total, rule)
    if staying < need:
        problems.append(
            CoverageProblem(
                rule.department_uid,
                rule.department_name,
                total,
                staying,
                need,
                tuple(m.name for m in gone),
                None,
                rule.receives_citizens,
                tuple(m.uid for m in gone),
                rule.min_ratio,
            )
        )
    if rule.min_per_position <= 0:
        return problems
    for holders in (positions if positions is not None else positions_of(people)).values():
        gone_here = [m for m in holders if m.uid in away]
        if not gone_here:
            continue
        need_here = min(rule.min_per_position, len(holders))
        left = len(holders) - len(gone_here)
        if left < need_here:
            problems.append(
                CoverageProblem(
                    rule.department_uid,
                    rule.department_name,
                    len(holders),
                    left,
                    need_here,
                    tuple(m.name for m in gone_here),
                    holders[0].position,
                    rule.receives_citizens,
                    tuple(m.uid for m in gone_here),
                    rule.min_ratio,
                )
            )
    return problems


def coverage_problems(
    members: Sequence[Member],
    away: Collection[str],
    rules: Mapping[str, CoverageRule],
) -> list[CoverageProblem]:
    """What breaks the rules when the people whose uids are in ``away`` are absent at the same time.
    Only departments someone is away from are examined."""
    away_set = set(away)
    by_dept: dict[str, list[Member]] = defaultdict(list)
    for m in members:
        by_dept[m.department_uid].append(m)
    problems: list[CoverageProblem] = []
    for dept_uid, people in by_dept.items():
        rule = rules.get(dept_uid)
        if rule is not None:
            problems.extend(department_problems(rule, people, away_set))
    return problems


@dataclass(frozen=True)
class CoverageContext:
    members: tuple[Member, ...]
    rules: dict[str, CoverageRule]

    def problems(self, away: Iterable[str]) -> list[CoverageProblem]:
        return coverage_problems(self.members, set(away), self.rules)


def load_coverage(session: Session, unit_code: str | None = None) -> CoverageContext:
    """The unit's departments with their rules and the people working in them."""
    dq = select(Department).where(Department.deleted.is_(False))
    if unit_code:
        dq = dq.where(Department.owner_unit == unit_code)
    rules: dict[str, CoverageRule] = {}
    ids: dict[int, str] = {}
    for d in session.scalars(dq):
        ids[d.id] = d.uid
        rules[d.uid] = CoverageRule(
            d.uid, d.name, d.coverage_min_ratio, d.coverage_min_per_position, bool(d.receives_citizens)
        )
    sq = select(Staff.uid, Staff.full_name, Staff.department_id, Staff.job_position, Staff.position).where(
        Staff.deleted.is_(False), Staff.status == StaffStatus.WORKING, Staff.department_id.in_(list(ids))
    )
    members = tuple(
        Member(uid, name, ids[dept_id], (job or post or "").strip())
        for uid, name, dept_id, job, post in session.execute(sq)
        if dept_id is not None
    )
    return CoverageContext(members, rules)


def set_department_coverage(
    session: Session,
    uid: str,
    *,
    min_ratio: float,
    min_per_position: int,
    receives_citizens: bool,
) -> Department:
    """Change a department's rule (Settings → Phòng, ban). Only the unit that owns the department."""
    from app.errors import UserError
    from app.organisation import department_by_uid
    from app.security.permissions import Permission, require
    from db.sync_meta import UNIT_CODE

    require(session, Permission.EDIT_RECORDS)
    if not 0 <= min_ratio <= 1:
        raise UserError(f"Tỷ lệ tối thiểu ở lại phải từ 0% đến 100% (nhận được {min_ratio * 100:.0f}%).")
    if not 0 <= min_per_position <= 20:
        raise UserError(f"Số người tối thiểu mỗi vị trí phải từ 0 đến 20 (nhận được {min_per_position}).")
    dept = department_by_uid(session, uid)
    mine = session.info.get(UNIT_CODE)
    if mine and dept.owner_unit and dept.owner_unit != mine:
        raise UserError(f"“{dept.name}” thuộc đơn vị {dept.owner_unit}; chỉ đơn vị đó thay đổi được.")
    dept.coverage_min_ratio = min_ratio
    dept.coverage_min_per_position = min_per_position
    dept.receives_citizens = receives_citizens
    session.flush()
    return dept
