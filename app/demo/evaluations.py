"""Demo step: quality classification over several years and the seed plans' targets adopted.

- Annual classification for the three years before this one, entered as levels (the rules before 2026),
  and, from November, for this year too; civil servants from 2026 are scored (30 + 70 points), with the
  finished quarters of this year scored as well. Each person has a steady "form" so their results look
  alike from year to year. The 20 % quota on "excellent" is respected the way an office does it: the
  unit keeps the best scores and records why the others were rated "good".
- A few qualifications obtained this year (state management, political theory), so that targets move.
- The seed presets adopted; one target's population frozen at the plan's start.

A commune goes through the services (every rule applies); a province (≥ 15,000 people) is written in
bulk with the same rules, so the benchmark data stays fast to build.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.demo import EXTRA_STEPS
from app.errors import UserError
from app.evaluations.classification import (
    CapExceeded,
    Period,
    RatingEntry,
    allowed_excellent,
    cap_applies,
    level_from_score,
    method_for,
    rating_sheet,
    save_ratings,
)
from app.organisation import COMMUNE_KINDS, own_unit
from app.staff.form import QualificationInput
from app.staff.records import add_qualification
from app.staff.roles import Role, position_role
from app.staff.timeline import load_status_changes, on_books_on
from app.targets.plans import adopt_preset, freeze_target
from app.targets.presets import PRESETS
from db.base import utcnow
from db.enums import PeriodKind, QualificationKind, QualityLevel, RatingMethod, StaffCategory, StaffStatus
from db.models import PlanTarget, Qualification, QualityRating, Staff
from db.sync_meta import new_uid

CAP_REASON = "Vượt tỷ lệ 20% số người hoàn thành tốt nhiệm vụ; tập thể lãnh đạo xét chọn theo điểm cao nhất"
FROZEN_PRESET = "cong-chuc-llct-80"


def _form(rng: random.Random) -> float:
    return rng.gauss(0.0, 1.0)


def _scores(rng: random.Random, form: float) -> tuple[float, float]:
    general = min(30.0, max(12.0, round(25.5 + 2.0 * form + rng.gauss(0, 1.2), 1)))
    task = min(70.0, max(25.0, round(57.0 + 6.5 * form + rng.gauss(0, 3.0), 1)))
    return general, task


def _direct_level(rng: random.Random, form: float) -> QualityLevel:
    value = form + rng.gauss(0, 0.5)
    if value > 1.3:
        return QualityLevel.EXCELLENT
    if value > -1.6:
        return QualityLevel.GOOD
    if value > -2.4:
        return QualityLevel.COMPLETE
    return QualityLevel.INCOMPLETE


def _periods(today: date) -> list[Period]:
    periods = [Period.of_year(y) for y in range(today.year - 3, today.year)]
    periods += [Period.quarter(today.year, q) for q in range(1, 5) if Period.quarter(today.year, q).last_day < today]
    if today.month >= 11:  # the annual review season
        periods.append(Period.of_year(today.year))
    return periods


# --------------------------------------------------------------------------------------------- commune


def _rate_commune(session: Session, rng: random.Random, today: date, unit_code: str) -> None:
    forms: dict[str, float] = {}
    for period in _periods(today):
        rows = [r for r in rating_sheet(session, period, unit_code=unit_code, today=today) if not r.rated]
        if period.kind != PeriodKind.YEAR:
            rows = [r for r in rows if r.method == RatingMethod.SCORE]
        entries = []
        for row in rows:
            form = forms.setdefault(row.uid, _form(rng))
            disciplined = period.kind == PeriodKind.YEAR and rng.random() < 0.01
            if row.method == RatingMethod.SCORE:
                general, task = _scores(rng, form)
                entries.append(RatingEntry(row.uid, general_score=general, task_score=task, disciplined=disciplined))
            else:
                entries.append(RatingEntry(row.uid, level=_direct_level(rng, form), disciplined=disciplined))
        if not entries:
            continue
        direct = [e for e in entries if e.level is not None]
        _respect_quota_direct(period, rows, direct, entries)
        try:
            save_ratings(session, period, entries)
        except CapExceeded as exc:  # scored civil servants above the quota: keep the best scores
            save_ratings(session, period, entries, keep_excellent=exc.suggested, cap_reason=CAP_REASON)


def _respect_quota_direct(
    period: Period, rows: list[Any], direct: list[RatingEntry], entries: list[RatingEntry]
) -> None:
    """Levels entered directly were decided within the quota: beyond it, the last ones listed become good."""
    category = {r.uid: r.category for r in rows}
    by_cat: dict[StaffCategory, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        if e.level is not None and not e.disciplined and cap_applies(period, category[e.staff_uid]):
            by_cat[category[e.staff_uid]].append(i)
    for indexes in by_cat.values():
        while True:
            excellent = [i for i in indexes if entries[i].level == QualityLevel.EXCELLENT]
            good = sum(1 for i in indexes if entries[i].level == QualityLevel.GOOD)
            if len(excellent) <= allowed_excellent(good):
                break
            last = excellent[-1]
            entries[last] = RatingEntry(entries[last].staff_uid, level=QualityLevel.GOOD)


def _new_qualifications(session: Session, rng: random.Random, today: date, unit_code: str) -> None:
    """Some people finished state-management and political-theory programmes this year."""
    if today < date(today.year, 7, 1):
        return
    people = session.scalars(
        select(Staff).where(
            Staff.owner_unit == unit_code,
            Staff.deleted.is_(False),
            Staff.status == StaffStatus.WORKING,
            Staff.category.in_((StaffCategory.CIVIL_SERVANT, StaffCategory.CADRE)),
        )
    ).all()

    def held(s: Staff, kind: QualificationKind) -> bool:
        return any(q.kind == kind and not q.deleted for q in s.qualifications)

    def when() -> date:
        return date(today.year, rng.randint(6, min(10, today.month - 1)), rng.randint(1, 28))

    no_sm = [s for s in people if not held(s, QualificationKind.STATE_MANAGEMENT)]
    for s in rng.sample(no_sm, min(len(no_sm), max(2, len(no_sm) // 3))):
        on = when()
        item = QualificationInput(
            QualificationKind.STATE_MANAGEMENT,
            "chuyen_vien",
            "Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên",
            "Học viện Hành chính và Quản trị công",
            on.year,
            certificate_no=f"QLNN-{rng.randint(1000, 9999)}/{on.year}",
            issued_on=on,
        )
        add_qualification(session, s, item, source="manual")
    specialists = [
        s
        for s in people
        if s.category == StaffCategory.CIVIL_SERVANT
        and position_role(s.position) == Role.NONE
        and not any(
            q.kind == QualificationKind.POLITICAL_THEORY and q.level in ("trung_cap", "cao_cap", "cu_nhan")
            for q in s.qualifications
            if not q.deleted
        )
    ]
    for s in rng.sample(specialists, min(len(specialists), 4)):
        on = when()
        item = QualificationInput(
            QualificationKind.POLITICAL_THEORY,
            "trung_cap",
            None,
            "Trường Chính trị thành phố",
            on.year,
            certificate_no=f"TCLLCT-{rng.randint(1000, 9999)}",
            issued_on=on,
        )
        add_qualification(session, s, item, source="manual")


def _adopt_presets(session: Session, today: date, *, freeze: bool) -> None:
    for preset in PRESETS:
        try:
            adopt_preset(session, preset.key, today=today)
        except UserError:
            continue  # already adopted by an earlier demo run
    if not freeze:
        return
    target = session.scalar(
        select(PlanTarget).where(PlanTarget.preset_key == FROZEN_PRESET, PlanTarget.deleted.is_(False))
    )
    if target is not None and not target.frozen:
        freeze_target(session, target.uid, today=today)


# -------------------------------------------------------------------------------------------- province


def _rate_province(session: Session, rng: random.Random, today: date) -> None:
    """The same rules as the services, written in bulk for ≥ 15,000 people."""
    people = session.execute(
        select(Staff.id, Staff.owner_unit, Staff.category, Staff.status, Staff.start_date).where(
            Staff.deleted.is_(False)
        )
    ).all()
    changes = load_status_changes(session)
    rated = {
        (r.staff_id, r.period_kind, r.year, r.period_no)
        for r in session.execute(
            select(QualityRating.staff_id, QualityRating.period_kind, QualityRating.year, QualityRating.period_no)
        )
    }
    stamp = utcnow().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite format
    forms = {p.id: _form(rng) for p in people}
    rows: list[dict[str, Any]] = []
    for period in [p for p in _periods(today) if p.kind == PeriodKind.YEAR]:  # a province keeps annual results
        groups: dict[tuple[str | None, str], list[dict[str, Any]]] = defaultdict(list)
        day = min(period.last_day, today)
        capped_categories = {c.value for c in StaffCategory if cap_applies(period, c)}
        methods = {c.value: method_for(c, period.year) for c in StaffCategory}
        for p in people:
            if (p.id, PeriodKind.YEAR.value, period.year, 0) in rated:
                continue
            if not on_books_on(StaffStatus(p.status), p.start_date, changes.get(p.id, ()), day):
                continue
            method = methods[p.category]
            general = task = None
            disciplined = rng.random() < 0.005
            if method == RatingMethod.SCORE:
                general, task = _scores(rng, forms[p.id])
                level = level_from_score(general + task, disciplined=disciplined)
            else:
                level = QualityLevel.INCOMPLETE if disciplined else _direct_level(rng, forms[p.id])
            row = {
                "staff_id": p.id,
                "owner_unit": p.owner_unit,
                "year": period.year,
                "method": method.value,
                "general_score": general,
                "task_score": task,
                "disciplined": disciplined,
                "proposed_level": level.value,
                "level": level.value,
                "capped": False,
                "cap_note": None,
            }
            rows.append(row)
            if p.category in capped_categories:
                groups[(p.owner_unit, p.category)].append(row)
        for group in groups.values():
            _quota_bulk(group)
    # straight to the driver: 50,000+ rows, and SQLAlchemy's per-row parameter handling would double the time
    sql = (
        "INSERT INTO quality_rating (uid, owner_unit, revision, updated_at, deleted, change_seq, staff_id, "
        "period_kind, year, period_no, method, general_score, task_score, disciplined, proposed_level, level, "
        "capped, cap_note) VALUES (?, ?, 1, ?, 0, 0, ?, 'year', ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    params = [
        (
            str(uuid.uuid4()),
            r["owner_unit"],
            stamp,
            r["staff_id"],
            r["year"],
            r["method"],
            r["general_score"],
            r["task_score"],
            int(r["disciplined"]),
            r["proposed_level"],
            r["level"],
            int(r["capped"]),
            r["cap_note"],
        )
        for r in rows
    ]
    session.connection().exec_driver_sql(sql, params)


def _quota_bulk(group: list[dict[str, Any]]) -> None:
    excellent = [r for r in group if r["proposed_level"] == QualityLevel.EXCELLENT.value]
    good = sum(1 for r in group if r["proposed_level"] == QualityLevel.GOOD.value)
    keep = min(len(excellent), ((good + len(excellent)) * 20) // 120)
    excellent.sort(key=lambda r: -((r["general_score"] or 0) + (r["task_score"] or 0)))
    for r in excellent[keep:]:
        r["level"] = QualityLevel.GOOD.value
        if r["method"] == RatingMethod.SCORE.value:
            r["capped"], r["cap_note"] = True, CAP_REASON
        else:  # decided within the quota when entered directly
            r["proposed_level"] = QualityLevel.GOOD.value


def _province_qualifications(session: Session, rng: random.Random, today: date) -> None:
    if today < date(today.year, 7, 1):
        return
    have = set(
        session.scalars(select(Qualification.staff_id).where(Qualification.kind == QualificationKind.STATE_MANAGEMENT))
    )
    candidates = session.execute(
        select(Staff.id, Staff.owner_unit).where(
            Staff.category == StaffCategory.CIVIL_SERVANT, Staff.status == StaffStatus.WORKING
        )
    ).all()
    now = utcnow()
    rows = []
    for staff_id, owner in candidates:
        if staff_id in have or rng.random() > 0.2:
            continue
        on = date(today.year, rng.randint(6, min(10, today.month - 1)), rng.randint(1, 28))
        rows.append(
            {
                "uid": new_uid(),
                "owner_unit": owner,
                "revision": 1,
                "updated_at": now,
                "deleted": False,
                "change_seq": 0,
                "staff_id": staff_id,
                "kind": QualificationKind.STATE_MANAGEMENT.value,
                "level": "chuyen_vien",
                "major": "Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên",
                "institution": "Học viện Hành chính và Quản trị công",
                "year": on.year,
                "issued_on": on,
                "source": "import",
            }
        )
    if rows:
        session.execute(insert(Qualification), rows)


# ---------------------------------------------------------------------------------------------- step


def demo_evaluations(session: Session, rng: random.Random, today: date) -> None:
    unit = own_unit(session)
    if unit is None:
        return
    if unit.kind in COMMUNE_KINDS:
        _new_qualifications(session, rng, today, unit.code)
        _rate_commune(session, rng, today, unit.code)
    else:
        _province_qualifications(session, rng, today)
        _rate_province(session, rng, today)
    _adopt_presets(session, today, freeze=unit.kind in COMMUNE_KINDS)
    session.flush()


EXTRA_STEPS.append(demo_evaluations)
