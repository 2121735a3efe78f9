"""Demo data for sync: a province that looks as if its communes' bundles had been imported (each commune
with its key, its last bundle — some fresh, some late — and a receipt in the log), and a demo commune
that knows the demo province's key, so the two demo databases can exchange real bundles.

The demo province's key is derived from a fixed, public seed: demo data only. A database that was set up
before the demo ran keeps its own identity and keys."""

from __future__ import annotations

import hashlib
import random
import uuid
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.demo import DEMO_COMMUNE, DEMO_NEW_UNIT, DEMO_PROVINCE, EXTRA_STEPS
from app.organisation import COMMUNE_KINDS, ensure_unit, own_unit
from app.sync.canonical import datetime_to_wire
from app.sync.catalogue import REGISTRY
from app.sync.keys import OwnKeys, store_own_keys, trust_key, trusted_key
from app.sync.kinds import Side
from app.sync.state import get_link
from db.enums import UnitKind
from db.models import SyncBundleLog, Unit


def demo_province_keys() -> OwnKeys:
    return OwnKeys.generate(hashlib.sha512(b"boiduong demo province key (public, never for real use)").digest())


def _commune_keys(code: str) -> OwnKeys:
    return OwnKeys.generate(hashlib.sha512(f"boiduong demo commune key {code}".encode()).digest())


def _counts_by_owner(session: Session) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for schema in REGISTRY.owned_by(Side.COMMUNE):
        t = schema.table
        for owner, n in session.execute(select(t.c.owner_unit, func.count()).group_by(t.c.owner_unit)):
            if owner:
                out.setdefault(owner, {})[schema.name] = int(n)
    return out


def sync_demo_step(session: Session, _rng: random.Random, today: date) -> None:
    me = own_unit(session)
    if me is None:
        return
    fresh = bool(session.info.get(DEMO_NEW_UNIT))
    if me.kind in COMMUNE_KINDS:
        if fresh and me.code == DEMO_COMMUNE["code"] and trusted_key(session, me.parent_code or "") is None:
            trust_key(session, DEMO_PROVINCE["code"], demo_province_keys().public, how="demo")
        return
    if fresh and me.code == DEMO_PROVINCE["code"]:
        store_own_keys(session, demo_province_keys())
        # the demo commune (boiduong demo --size commune) is registered and waits for its first bundle
        ensure_unit(session, DEMO_COMMUNE["code"], DEMO_COMMUNE["name"], UnitKind.COMMUNE, me.code)
    rng = random.Random(f"sync-demo-{me.code}")  # own generator: other demo steps see the same draws
    counts = _counts_by_owner(session)
    communes = session.scalars(select(Unit).where(Unit.parent_code == me.code).order_by(Unit.code)).all()
    now = datetime.now(UTC)
    for unit in communes:
        if UnitKind(unit.kind) not in COMMUNE_KINDS or unit.code not in counts or trusted_key(session, unit.code):
            continue
        trust_key(session, unit.code, _commune_keys(unit.code).public, how="demo")
        roll = rng.random()
        days = rng.randint(1, 25) if roll < 0.8 else rng.randint(35, 80) if roll < 0.95 else rng.randint(100, 200)
        created = datetime.combine(today - timedelta(days=days), time(1 + rng.randint(0, 8), rng.randint(0, 59)), UTC)
        created = min(created, now - timedelta(days=1))
        imported = min(created + timedelta(hours=rng.randint(2, 72)), now - timedelta(minutes=rng.randint(5, 600)))
        seq = rng.randint(15, 400)
        link = get_link(session, unit.code, create=True)
        assert link is not None
        link.applied_ranges = [[0, seq, datetime_to_wire(created)]]
        link.applied_seq, link.applied_through = seq, created
        link.last_bundle_seq, link.last_bundle_at, link.last_import_at = seq, created, imported
        link.install_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        session.add(
            SyncBundleLog(
                direction="in",
                file_hash=hashlib.sha256(f"demo bundle {unit.code} {seq}".encode()).hexdigest(),
                bundle_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                bundle_type="data",
                origin_unit=unit.code,
                destination_unit=me.code,
                full=True,
                seq_from=0,
                seq_to=seq,
                created_at=created,
                logged_at=imported,
                result="applied",
                counts={k: {"created": n} for k, n in counts[unit.code].items()},
                message="Dữ liệu mẫu",
                file_name=f"boiduong-{unit.code}-gui-{me.code}-{created:%Y%m%d}.bdsync",
                size=0,
            )
        )
    session.flush()


EXTRA_STEPS.append(sync_demo_step)
