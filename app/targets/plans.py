"""Plans and targets: create, edit, remove (tombstones), freeze a population, adopt the seed presets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.dates import format_date
from app.errors import NotFound, UserError
from app.security.permissions import Permission, require
from app.targets.achievements import get_type
from app.targets.population import Population, load_people, members_on
from app.targets.presets import PlanPreset, plan_preset
from app.targets.progress import plan_scope, unit_kinds
from app.text import clean_text
from db.enums import TargetComparison
from db.models import Plan, PlanTarget, PlanTargetMember
from db.sync_meta import UNIT_CODE


@dataclass(frozen=True)
class PlanInput:
    name: str
    start_date: date
    end_date: date
    document: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class TargetInput:
    name: str
    population: Population
    achievement: str
    params: dict[str, Any]
    threshold: float
    deadline: date
    comparison: TargetComparison = TargetComparison.AT_LEAST
    frozen: bool = False
    start_date: date | None = None
    note: str | None = None


@dataclass(frozen=True)
class PlanInfo:
    uid: str
    name: str
    document: str | None
    start_date: date
    end_date: date
    note: str | None
    preset_key: str | None
    owner_unit: str | None
    targets: int

    @property
    def period_text(self) -> str:
        return f"{format_date(self.start_date)} – {format_date(self.end_date)}"


def _check_plan(data: PlanInput) -> PlanInput:
    name = clean_text(data.name)
    if not name:
        raise UserError("Tên kế hoạch không được để trống.")
    if data.end_date < data.start_date:
        raise UserError(
            f"Ngày kết thúc ({format_date(data.end_date)}) phải sau ngày bắt đầu ({format_date(data.start_date)})."
        )
    return PlanInput(name, data.start_date, data.end_date, clean_text(data.document), clean_text(data.note))


def get_plan(session: Session, uid: str) -> Plan:
    plan = session.scalar(select(Plan).where(Plan.uid == uid, Plan.deleted.is_(False)))
    if plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch có mã {uid}.")
    return plan


def check_own_plan(session: Session, plan: Plan) -> None:
    """A commune's plans are its own (they travel to the province, which reads them but does not change
    them); require the right to change records."""
    require(session, Permission.EDIT_RECORDS)
    mine = session.info.get(UNIT_CODE)
    if mine and plan.owner_unit and plan.owner_unit != mine:
        raise UserError(f"Kế hoạch “{plan.name}” thuộc đơn vị {plan.owner_unit}; chỉ đơn vị đó thay đổi được.")


def get_target(session: Session, uid: str) -> PlanTarget:
    target = session.scalar(select(PlanTarget).where(PlanTarget.uid == uid, PlanTarget.deleted.is_(False)))
    if target is None:
        raise NotFound(f"Không tìm thấy chỉ tiêu có mã {uid}.")
    return target


def list_plans(session: Session, *, unit_code: str | None = None) -> list[PlanInfo]:
    """The unit's own plans (and, at a province given a commune's code, that commune's plans too)."""
    query = select(Plan).where(Plan.deleted.is_(False))
    mine = session.info.get(UNIT_CODE)
    if mine:
        visible = [mine, unit_code] if unit_code else [mine]
        query = query.where(or_(Plan.owner_unit.is_(None), Plan.owner_unit.in_(visible)))
    plans = session.scalars(query.order_by(Plan.start_date, Plan.id)).all()
    counts: dict[int, int] = {}
    for plan_id in session.scalars(select(PlanTarget.plan_id).where(PlanTarget.deleted.is_(False))):
        counts[plan_id] = counts.get(plan_id, 0) + 1
    return [
        PlanInfo(
            p.uid, p.name, p.document, p.start_date, p.end_date, p.note, p.preset_key, p.owner_unit, counts.get(p.id, 0)
        )
        for p in plans
    ]


def create_plan(session: Session, data: PlanInput, *, preset_key: str | None = None) -> Plan:
    require(session, Permission.EDIT_RECORDS)
    data = _check_plan(data)
    plan = Plan(
        name=data.name,
        document=data.document,
        start_date=data.start_date,
        end_date=data.end_date,
        note=data.note,
        preset_key=preset_key,
    )
    session.add(plan)
    session.flush()
    return plan


def update_plan(session: Session, uid: str, data: PlanInput) -> Plan:
    plan = get_plan(session, uid)
    check_own_plan(session, plan)
    data = _check_plan(data)
    plan.name, plan.document, plan.note = data.name, data.document, data.note
    plan.start_date, plan.end_date = data.start_date, data.end_date
    session.flush()
    return plan


def delete_plan(session: Session, uid: str) -> None:
    """Remove a plan and its targets (tombstones, so the removal travels in the next bundle)."""
    plan = get_plan(session, uid)
    check_own_plan(session, plan)
    for target in plan.targets:
        if not target.deleted:
            _delete_target(session, target)
    plan.deleted = True
    session.flush()


def restore_plan(session: Session, uid: str) -> None:
    """Undo a removal right after it (the notice bar's "Hoàn tác")."""
    plan = session.scalar(select(Plan).where(Plan.uid == uid))
    if plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch có mã {uid}.")
    check_own_plan(session, plan)
    plan.deleted = False
    for target in plan.targets:
        target.deleted = False
    session.flush()


# ------------------------------------------------------------------------------------------- targets


def check_target(data: TargetInput, plan_start: date) -> TargetInput:
    """Validated input with the achievement's parameters normalised; messages name the field."""
    name = clean_text(data.name)
    if not name:
        raise UserError("Tên chỉ tiêu không được để trống.")
    kind = get_type(data.achievement)
    params = kind.normalise(data.params)
    try:
        threshold = float(data.threshold)
    except (TypeError, ValueError):
        raise UserError(f"Ngưỡng chỉ tiêu “{data.threshold}” không phải là số.") from None
    comparison = TargetComparison(data.comparison)
    if not 0 <= threshold <= 100:
        raise UserError(f"Ngưỡng chỉ tiêu phải từ 0 đến 100% (nhận được {threshold:g}%).")
    if comparison == TargetComparison.MORE_THAN and threshold >= 100:
        raise UserError("Ngưỡng “trên 100%” không bao giờ đạt được; hãy dùng “từ 100%”.")
    start = data.start_date or plan_start
    if data.deadline <= start:
        raise UserError(
            f"Hạn hoàn thành ({format_date(data.deadline)}) phải sau ngày bắt đầu tính ({format_date(start)})."
        )
    return TargetInput(
        name=name,
        population=data.population,
        achievement=kind.key,
        params=params,
        threshold=threshold,
        deadline=data.deadline,
        comparison=comparison,
        frozen=data.frozen,
        start_date=data.start_date,
        note=clean_text(data.note),
    )


def _apply_target(target: PlanTarget, data: TargetInput) -> None:
    target.name = data.name
    target.population = data.population.to_json()
    target.achievement = data.achievement
    target.params = data.params
    target.threshold = data.threshold
    target.comparison = data.comparison
    target.deadline = data.deadline
    target.start_date = data.start_date
    target.note = data.note


def create_target(
    session: Session, plan_uid: str, data: TargetInput, *, today: date | None = None, preset_key: str | None = None
) -> PlanTarget:
    plan = get_plan(session, plan_uid)
    check_own_plan(session, plan)
    data = check_target(data, plan.start_date)
    order = max((t.sort_order for t in plan.targets if not t.deleted), default=-1) + 1
    target = PlanTarget(plan=plan, sort_order=order, preset_key=preset_key, frozen=False)
    _apply_target(target, data)
    session.add(target)
    session.flush()
    if data.frozen:
        freeze_target(session, target.uid, today=today)
    return target


def update_target(session: Session, uid: str, data: TargetInput, *, today: date | None = None) -> PlanTarget:
    target = get_target(session, uid)
    check_own_plan(session, target.plan)
    data = check_target(data, target.plan.start_date)
    criteria_changed = target.population != data.population.to_json() or (
        (target.start_date or target.plan.start_date) != (data.start_date or target.plan.start_date)
    )
    _apply_target(target, data)
    session.flush()
    if data.frozen and (not target.frozen or criteria_changed):
        freeze_target(session, uid, today=today)
    elif not data.frozen and target.frozen:
        unfreeze_target(session, uid)
    return target


def _delete_target(session: Session, target: PlanTarget) -> None:
    target.deleted = True
    for member in session.scalars(select(PlanTargetMember).where(PlanTargetMember.target_id == target.id)):
        member.deleted = True


def delete_target(session: Session, uid: str) -> None:
    target = get_target(session, uid)
    check_own_plan(session, target.plan)
    _delete_target(session, target)
    session.flush()


def restore_target(session: Session, uid: str, *, today: date | None = None) -> None:
    """Undo a removal right after it; a frozen target gets its list back as it stood on its start day."""
    target = session.scalar(select(PlanTarget).where(PlanTarget.uid == uid))
    if target is None:
        raise NotFound(f"Không tìm thấy chỉ tiêu có mã {uid}.")
    check_own_plan(session, target.plan)
    target.deleted = False
    session.flush()
    if target.frozen:
        freeze_target(session, uid, today=today)


def freeze_target(session: Session, uid: str, *, today: date | None = None) -> int:
    """Store the population as it stood on the target's start day (or today, when the start is still
    ahead): from then on newcomers do not count and people who leave the books drop out. Returns the
    number of members."""
    target = get_target(session, uid)
    check_own_plan(session, target.plan)
    today = today or date.today()
    start = target.start_date or target.plan.start_date
    day = min(start, today)
    people = load_people(session)
    unit = plan_scope(unit_kinds(session), target.plan.owner_unit)
    wanted = members_on(people, Population.from_json(target.population), day, unit_code=unit)
    existing = {
        m.staff_id: m for m in session.scalars(select(PlanTargetMember).where(PlanTargetMember.target_id == target.id))
    }
    for staff_id, member in existing.items():
        keep = staff_id in wanted
        if member.deleted == keep:
            member.deleted = not keep
    for staff_id in wanted - existing.keys():
        session.add(PlanTargetMember(target_id=target.id, staff_id=staff_id))
    target.frozen = True
    target.frozen_on = day
    session.flush()
    return len(wanted)


def unfreeze_target(session: Session, uid: str) -> None:
    target = get_target(session, uid)
    check_own_plan(session, target.plan)
    for member in session.scalars(select(PlanTargetMember).where(PlanTargetMember.target_id == target.id)):
        member.deleted = True
    target.frozen = False
    target.frozen_on = None
    session.flush()


def target_input(target: PlanTarget) -> TargetInput:
    """The stored target as the editor shows it."""
    return TargetInput(
        name=target.name,
        population=Population.from_json(target.population),
        achievement=target.achievement,
        params=dict(target.params or {}),
        threshold=target.threshold,
        deadline=target.deadline,
        comparison=TargetComparison(target.comparison),
        frozen=target.frozen,
        start_date=target.start_date,
        note=target.note,
    )


# ------------------------------------------------------------------------------------------- presets


@dataclass
class AdoptResult:
    plan_uid: str
    plan_name: str
    targets: list[str] = field(default_factory=list)


def adopt_preset(
    session: Session,
    key: str,
    *,
    target_keys: set[str] | None = None,
    start: date | None = None,
    freeze: bool = False,
    today: date | None = None,
) -> AdoptResult:
    """Create the plan of a seed preset with its targets (all, or those in ``target_keys``); the clerk
    edits them afterwards like any other. A preset already adopted gets only the targets it lacks."""
    preset: PlanPreset = plan_preset(key)
    chosen = [t for t in preset.targets if target_keys is None or t.key in target_keys]
    if target_keys is not None and (unknown := target_keys - {t.key for t in preset.targets}):
        raise UserError(f"Kế hoạch mẫu “{preset.name}” không có chỉ tiêu: {', '.join(sorted(unknown))}.")
    if not chosen:
        raise UserError("Chưa chọn chỉ tiêu nào để áp dụng.")
    require(session, Permission.EDIT_RECORDS)
    mine = session.info.get(UNIT_CODE)
    query = select(Plan).where(Plan.preset_key == key, Plan.deleted.is_(False))
    if mine:  # a province holds its communes' adopted plans too: only its own count here
        query = query.where(Plan.owner_unit == mine)
    plan = session.scalar(query)
    if plan is None:
        plan = create_plan(
            session,
            PlanInput(preset.name, start or preset.start, preset.end, preset.document, f"Theo mẫu: {preset.source}"),
            preset_key=key,
        )
    have = {t.preset_key for t in plan.targets if not t.deleted}
    result = AdoptResult(plan.uid, plan.name)
    for t in chosen:
        if t.key in have:
            continue
        data = TargetInput(
            name=t.name,
            population=t.population,
            achievement=t.achievement,
            params=dict(t.params),
            threshold=t.threshold,
            deadline=t.deadline,
            comparison=t.comparison,
            frozen=freeze,
            start_date=t.start,
            note=t.note or None,
        )
        create_target(session, plan.uid, data, today=today, preset_key=t.key)
        result.targets.append(t.name)
    if not result.targets:
        raise UserError(f"Các chỉ tiêu đã chọn đều đã có trong “{plan.name}”.")
    return result
