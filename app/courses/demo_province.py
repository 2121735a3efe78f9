"""Demo data of a province: its communes' nominations to the province's classes, with their decisions,
the people each decision covers, every status change and the certificates of those who completed — as
if the communes' bundles had been imported (each row owned by its commune). Written in bulk: a province
of 120 communes must build in seconds."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.decisions.templates import DEFAULT_ARTICLE3, DEFAULT_LEGAL_BASES, DEFAULT_PROPOSAL
from app.text import fold
from db.base import utcnow
from db.enums import (
    ClassStatus,
    DecisionStatus,
    NominationStatus,
    QualificationKind,
    SigningMode,
    StaffCategory,
    StaffStatus,
)
from db.models import (
    Course,
    Decision,
    DecisionItem,
    Nomination,
    NominationStatusChange,
    Qualification,
    Staff,
    TrainingClass,
    Unit,
)
from db.sync_meta import new_uid

S = NominationStatus
BY = "demo"

Catalogue = dict[str, tuple[str, list[str]]]


@dataclass
class _Class:
    id: int
    course_id: int
    course_name: str
    code: str
    start: date
    end: date
    status: ClassStatus
    capacity: int
    cost: int | None
    funding: str | None
    commitment: bool
    taken: int = 0


@dataclass
class _Commune:
    code: str
    name: str
    people: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)  # category → (id, name, post)
    chair: str = ""
    used: set[int] = field(default_factory=set)


# (course code, class index chooser, categories, how many, probability a commune sends someone)
_SCENARIOS: tuple[tuple[str, str, tuple[StaffCategory, ...], tuple[int, int], float], ...] = (
    ("CMCN-2026", "first", (StaffCategory.CIVIL_SERVANT,), (1, 2), 0.5),
    ("TCLLCT-K12", "first", (StaffCategory.CADRE, StaffCategory.CIVIL_SERVANT), (1, 1), 0.45),
    ("QLNN-02C", "region", (StaffCategory.CIVIL_SERVANT,), (1, 2), 0.8),
    ("TH-HT", "pair", (StaffCategory.CIVIL_SERVANT,), (1, 1), 0.5),
    ("KNS-2026", "first", (StaffCategory.CADRE,), (1, 1), 0.6),
)


def _meta(owner: str, now: Any) -> dict[str, Any]:
    return {"owner_unit": owner, "revision": 1, "updated_at": now, "deleted": False, "change_seq": 0}


def _next_id(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.max(model.id))) or 0) + 1


def province_nominations(
    session: Session, rng: random.Random, today: date, province: str, catalogue: Catalogue
) -> None:
    rng = random.Random(f"province-nominations-{province}-{rng.random()}")
    now = utcnow()
    classes: dict[str, list[_Class]] = {}
    for code, (course_uid, class_uids) in catalogue.items():
        course = session.scalars(select(Course).where(Course.uid == course_uid)).one()
        found = session.scalars(select(TrainingClass).where(TrainingClass.uid.in_(class_uids))).all()
        by_uid = {k.uid: k for k in found}
        classes[code] = [
            _Class(
                k.id,
                course.id,
                course.name,
                k.code or k.name,
                k.start_date or today,
                k.end_date or k.start_date or today,
                ClassStatus(k.status),
                k.capacity or 100,
                course.default_cost,
                course.funding_source,
                bool(course.requires_commitment),
            )
            for k in (by_uid[u] for u in class_uids)
        ]
    communes: dict[str, _Commune] = {
        u.code: _Commune(u.code, u.name) for u in session.scalars(select(Unit).where(Unit.parent_code == province))
    }
    query = select(Staff.id, Staff.owner_unit, Staff.category, Staff.full_name, Staff.position).where(
        Staff.status == StaffStatus.WORKING, Staff.deleted.is_(False), Staff.owner_unit.in_(list(communes))
    )
    for staff_id, owner, category, name, post in session.execute(query.order_by(Staff.id)):
        c = communes[owner or ""]
        c.people.setdefault(category, []).append((staff_id, name, post or ""))
        if post == "Chủ tịch UBND":
            c.chair = name
    ids = {
        "nomination": _next_id(session, Nomination),
        "decision": _next_id(session, Decision),
    }
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def nominate(c: _Commune, k: _Class, staff: tuple[int, str, str], when: date) -> dict[str, Any]:
        row = {
            "id": ids["nomination"],
            "uid": new_uid(),
            **_meta(c.code, now),
            "staff_id": staff[0],
            "course_id": k.course_id,
            "class_id": k.id,
            "status": S.PROPOSED,
            "cost": k.cost,
            "funding_source": k.funding,
            "commitment": k.commitment,
            "commitment_months": 24 if k.commitment else None,
            "decision_id": None,
            "completed_on": None,
            "reason": None,
            "note": None,
            "created_by": BY,
        }
        ids["nomination"] += 1
        rows["nomination"].append(row)
        history(c, row, None, S.PROPOSED, when)
        k.taken += 1
        c.used.add(staff[0])
        return row

    def history(
        c: _Commune, n: dict[str, Any], old: NominationStatus | None, new: NominationStatus, on: date, **extra: Any
    ) -> None:
        n["status"] = new
        rows["nomination_status_change"].append(
            {
                "uid": new_uid(),
                **_meta(c.code, now),
                "nomination_id": n["id"],
                "old_status": old,
                "new_status": new,
                "decision_id": extra.get("decision_id"),
                "effective_date": on,
                "note": extra.get("note"),
                "changed_by": BY,
                # recorded on the day it happened, in order (the history reads by this time)
                "changed_at": datetime.combine(on, time(8), UTC)
                + timedelta(seconds=len(rows["nomination_status_change"])),
            }
        )

    def decide(c: _Commune, k: _Class, noms: list[dict[str, Any]], on: date) -> None:
        number = 0  # numbered below, in the order of their dates
        d = {
            "id": ids["decision"],
            "uid": new_uid(),
            **_meta(c.code, now),
            "status": DecisionStatus.ISSUED,
            "year": on.year,
            "number": number,
            "symbol": "QĐ-UBND",
            "issued_on": on,
            "summary": f"Về việc cử cán bộ, công chức tham gia {k.course_name[0].lower()}{k.course_name[1:]}",
            "authority": f"CHỦ TỊCH ỦY BAN NHÂN DÂN {c.name.upper()}",
            "legal_bases": "\n".join(DEFAULT_LEGAL_BASES),
            "proposal": DEFAULT_PROPOSAL,
            "article1": f"Cử {len(noms)} cán bộ, công chức tham gia lớp {k.code} ({k.course_name}), "
            f"từ ngày {k.start:%d/%m/%Y} đến ngày {k.end:%d/%m/%Y}.",
            "article2": "Kinh phí theo quy định hiện hành.",
            "article3": DEFAULT_ARTICLE3,
            "signing_mode": SigningMode.CHAIRMAN,
            "signer_title": "CHỦ TỊCH",
            "signer_name": c.chair,
            "recipients": "Như Điều 3;\nSở Nội vụ (để báo cáo);\nLưu: VT, VHXH.",
            "appendix_title": None,
            "amends_id": None,
            "cancelled_on": None,
            "cancel_reason": None,
            "created_by": BY,
        }
        ids["decision"] += 1
        rows["decision"].append(d)
        ref = "Duyệt theo Quyết định số {number:02d}/QĐ-UBND"
        for order, n in enumerate(noms):
            n["decision_id"] = d["id"]
            rows["decision_item"].append(
                {
                    "uid": new_uid(),
                    **_meta(c.code, now),
                    "decision_id": d["id"],
                    "nomination_id": n["id"],
                    "sort_order": order,
                }
            )
            history(c, n, S.PROPOSED, S.APPROVED, on, decision_id=d["id"], note=ref)

    for index, c in enumerate(sorted(communes.values(), key=lambda x: x.code)):
        if not c.people:
            continue
        for code, chooser, categories, (low, high), chance in _SCENARIOS:
            options = classes.get(code)
            if not options or rng.random() > chance:
                continue
            k = options[0 if chooser == "first" else index % len(options)]
            pool = [p for cat in categories for p in c.people.get(cat, []) if p[0] not in c.used]
            if code == "TH-HT":
                pool = [p for p in pool if "tu phap" in fold(p[2])] or pool[:0]
            count = min(rng.randint(low, high), len(pool), k.capacity - k.taken)
            if count <= 0:
                continue
            nominated_on = min(k.start - timedelta(days=rng.randint(20, 45)), today - timedelta(days=1))
            noms = [nominate(c, k, p, nominated_on) for p in rng.sample(pool, count)]
            if k.status == ClassStatus.PLANNED or (k.status == ClassStatus.OPEN and rng.random() < 0.35):
                continue  # proposed, waiting for the chairman's decision
            decide(c, k, noms, min(nominated_on + timedelta(days=rng.randint(3, 12)), today))
            if k.status not in (ClassStatus.RUNNING, ClassStatus.FINISHED):
                continue
            for n in noms:
                history(c, n, S.APPROVED, S.STUDYING, k.start)
                if k.status != ClassStatus.FINISHED:
                    continue
                if rng.random() < 0.12:
                    history(c, n, S.STUDYING, S.NOT_COMPLETED, k.end, note="Không đủ điều kiện dự thi cuối khóa")
                    continue
                history(c, n, S.STUDYING, S.COMPLETED, k.end)
                n["completed_on"] = k.end
                rows["qualification"].append(
                    {
                        "uid": new_uid(),
                        **_meta(c.code, now),
                        "staff_id": n["staff_id"],
                        "kind": QualificationKind.OTHER,
                        "level": "chung_chi",
                        "major": "Chứng chỉ bồi dưỡng kiến thức chuyên môn chuyên ngành",
                        "year": k.end.year,
                        "issued_on": None,
                        "training_form": "Trực tiếp",
                        "note": f"Hoàn thành “{k.course_name}”"[:300],
                        "source": "course",
                        "source_ref": n["uid"],
                    }
                )
    # each commune numbers its decisions by date, restarting every 1 January (the notes name the number)
    numbers: dict[int, int] = {}
    counters: dict[tuple[str, int], int] = defaultdict(int)
    for d in sorted(rows["decision"], key=lambda d: (d["owner_unit"], d["issued_on"], d["id"])):
        counters[(d["owner_unit"], d["year"])] += 1
        d["number"] = numbers[d["id"]] = counters[(d["owner_unit"], d["year"])]
    for change in rows["nomination_status_change"]:
        if change["decision_id"] is not None and change["note"]:
            change["note"] = change["note"].format(number=numbers[change["decision_id"]])
    for model, key in (
        (Decision, "decision"),
        (Nomination, "nomination"),
        (DecisionItem, "decision_item"),
        (NominationStatusChange, "nomination_status_change"),
        (Qualification, "qualification"),
    ):
        if rows[key]:
            session.execute(insert(model), rows[key])
    session.flush()
