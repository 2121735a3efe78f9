"""Issue 7: a province importing 150 commune bundles (≥ 20,000 people with their histories), the re-import
of all of them, against raw sqlite3 executemany of the same rows; and the size of a 250-person commune's
bundle."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from app.courses.demo import province_catalogue
from app.demo import generate_demo
from app.demo.people import ROSTER, make_person
from app.organisation import ensure_unit, init_unit
from app.results.demo import past_catalogue
from app.staff.records import change_status, create_staff
from app.sync.catalogue import REGISTRY
from app.sync.demo import demo_province_keys
from app.sync.export import Identity, build_bundle, export_bundle
from app.sync.importer import ALREADY, APPLIED, import_files
from app.sync.keys import OwnKeys, store_own_keys, trust_key
from app.sync.manifest import UnitRef
from app.workspace import open_workspace
from db.base import utcnow
from db.database import open_database
from db.enums import StaffStatus, UnitKind
from db.models import Decision, Nomination, QualityRating, Staff, StaffStatusChange, Unit
from tests.benchmarks.harness import BenchContext

COMMUNES = 150
PROVINCE = UnitRef("31", "Thành phố Hải Phòng", "province", None)
TABLES = tuple(s.table.name for s in REGISTRY)  # every kind, in dependency order
CATALOGUE = ("course", "training_class")  # the province's own: already in its database, as in real life


def _commune_keys(code: str) -> OwnKeys:
    return OwnKeys.generate(hashlib.sha512(f"bench {code}".encode()).digest())


def _add_histories(source: Path, rng: random.Random) -> int:
    """Status changes for one person in eight (moved, retired, back on the books): their histories."""
    ws = open_workspace(source)
    rows = []
    now = utcnow()
    with ws.db.transaction() as s:
        for staff_id, owner in s.execute(select(Staff.id, Staff.owner_unit)):
            if rng.random() < 0.125:
                rows.append(
                    {
                        "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        "owner_unit": owner,
                        "revision": 1,
                        "updated_at": now,
                        "deleted": False,
                        "change_seq": 0,
                        "staff_id": staff_id,
                        "old_status": StaffStatus.WORKING,
                        "new_status": StaffStatus.ON_LEAVE,
                        "effective_date": date(2025, 1, 1) + timedelta(days=rng.randint(0, 600)),
                        "note": "Nghỉ thai sản" if rng.random() < 0.5 else "Đi học dài hạn",
                        "changed_by": "bench",
                        "changed_at": now,
                    }
                )
        s.execute(insert(StaffStatusChange), rows)
    ws.close()
    return len(rows)


def _add_people(source: Path, rng: random.Random, per_commune: int) -> None:
    """Teachers and health workers on top of the demo roster, so 150 communes hold ≥ 20,000 people."""
    from app.demo.province import _EXTRA_EMPLOYEE
    from app.staff.retirement import retirement_date
    from app.text import join_fields, name_sort_key
    from db.models import Department, Qualification

    ws = open_workspace(source)
    today, now = date(2026, 11, 23), utcnow()
    with ws.db.transaction() as s:
        depts = dict(
            s.execute(select(Department.owner_unit, func.max(Department.id)).group_by(Department.owner_unit)).all()
        )
        next_id = (s.scalar(select(func.max(Staff.id))) or 0) + 1
        staff_rows, qual_rows = [], []
        for owner, dept_id in depts.items():
            meta = {"owner_unit": owner, "revision": 1, "updated_at": now, "deleted": False, "change_seq": 0}
            for _ in range(per_commune):
                person = make_person(rng, _EXTRA_EMPLOYEE, today).data
                staff_rows.append(
                    {
                        "id": next_id,
                        "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        **meta,
                        "full_name": person.full_name,
                        "sex": person.sex,
                        "date_of_birth": person.date_of_birth,
                        "dob_precision": person.dob_precision,
                        "ethnicity_code": person.ethnicity_code,
                        "cccd": person.cccd,
                        "phone": person.phone,
                        "category": person.category,
                        "position": person.position,
                        "department_id": dept_id,
                        "start_date": person.start_date,
                        "party_member": person.party_member,
                        "status": person.status,
                        "retirement_date": retirement_date(person.sex, person.date_of_birth)
                        if person.date_of_birth
                        else None,
                        "name_sort_key": name_sort_key(person.full_name),
                        "search_text": join_fields(person.full_name, person.cccd, person.phone),
                    }
                )
                for q in person.qualifications or []:
                    qual_rows.append(
                        {
                            "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                            **meta,
                            "staff_id": next_id,
                            "kind": q.kind,
                            "level": q.level,
                            "major": q.major,
                            "year": q.year,
                            "source": "import",
                        }
                    )
                next_id += 1
        s.execute(insert(Staff), staff_rows)
        s.execute(insert(Qualification), qual_rows)
    ws.close()


def _province_target(workdir: Path, codes: list[tuple[str, str, str]]) -> Path:
    path = workdir / "sync-province-empty.sqlite"
    ws = open_workspace(path)
    with ws.db.transaction() as s:
        init_unit(s, kind=UnitKind.PROVINCE, code=PROVINCE.code, name=PROVINCE.name)
        store_own_keys(s, demo_province_keys())
        # the province's catalogue, the one its communes nominate people to (the demo's stable uids)
        province_catalogue(s, date.today(), PROVINCE.code)
        past_catalogue(s, date.today(), PROVINCE.code)  # and its classes of past years, which they sent people to
        for code, name, kind in codes:
            ensure_unit(s, code, name, UnitKind(kind), PROVINCE.code)
            trust_key(s, code, _commune_keys(code).public, how="bench")
    ws.close()
    return path


def _raw_rows(source: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    conn = sqlite3.connect(source)
    out = {}
    for table in TABLES:  # the communes' rows, and the catalogue they refer to
        where = "" if table in CATALOGUE else " WHERE owner_unit != '31'"
        cursor = conn.execute(f"SELECT * FROM {table}{where}")
        out[table] = ([d[0] for d in cursor.description], cursor.fetchall())
    conn.close()
    return out


def _raw_insert(empty: Path, rows: dict[str, tuple[list[str], list[tuple[object, ...]]]]) -> float:
    conn = sqlite3.connect(empty)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    for table in TABLES:
        columns, values = rows[table]
        marks = ",".join("?" for _ in columns)
        conn.executemany(f"INSERT INTO {table} ({','.join(columns)}) VALUES ({marks})", values)
    conn.commit()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _commune_of_250(workdir: Path) -> Path:
    path = workdir / "sync-commune-250.sqlite"
    ws = open_workspace(path)
    ws.init_unit(kind=UnitKind.COMMUNE, code="11311", name="Xã Hà Bắc", province_code="31")
    rng = random.Random(250)
    today = date(2026, 11, 23)
    posts = [p for p in ROSTER for _ in range(p.count)]
    with ws.db.transaction() as s:
        trust_key(s, "31", demo_province_keys().public, how="bench")
        created = [create_staff(s, make_person(rng, posts[i % len(posts)], today).data) for i in range(250)]
        for person in created[::10]:
            change_status(s, person.uid, StaffStatus.ON_LEAVE, effective=today, note="Nghỉ thai sản")
    ws.close()
    return path


def run(ctx: BenchContext) -> None:
    rng = random.Random(7)
    source = ctx.workdir / "sync-source.sqlite"
    ws = open_workspace(source)
    start = time.perf_counter()
    generate_demo(ws.db, size="province", seed=3, communes=COMMUNES)
    ws.close()
    _add_people(source, rng, per_commune=12)
    histories = _add_histories(source, rng)
    ws = open_workspace(source)
    with ws.db.reading() as s:
        units = [
            (u.code, u.name, str(u.kind))
            for u in s.scalars(select(Unit).where(Unit.parent_code == PROVINCE.code).order_by(Unit.code))
            if s.scalar(select(func.count()).select_from(Staff).where(Staff.owner_unit == u.code))
        ]
        people = s.scalar(select(func.count()).select_from(Staff))
        training = {
            name: s.scalar(select(func.count()).select_from(model).where(model.owner_unit != PROVINCE.code))
            for name, model in (("nominations", Nomination), ("decisions", Decision), ("ratings", QualityRating))
        }
    ctx.report(
        "source data (150 communes, bulk)",
        time.perf_counter() - start,
        None,
        f"{len(units)} communes, {people} people, {histories} status changes, "
        + ", ".join(f"{n} {name}" for name, n in training.items()),
    )

    # one bundle per commune, signed with its key and encrypted to the province
    folder = ctx.workdir / "bundles"
    folder.mkdir()
    files = []
    start = time.perf_counter()
    with ws.db.reading() as s:
        for code, name, kind in units:
            identity = Identity(UnitRef(code, name, kind, PROVINCE.code), str(uuid.uuid4()), _commune_keys(code))
            built = build_bundle(
                s, origin=identity, destination=PROVINCE, recipient=demo_province_keys().public, full=True
            )
            path = folder / f"boiduong-{code}-gui-31.bdsync"
            path.write_bytes(built.data)
            files.append(path)
    ws.close()
    export_time = time.perf_counter() - start
    sizes = [p.stat().st_size for p in files]
    ctx.report(
        "export 150 bundles (sign + encrypt)",
        export_time,
        None,
        f"{export_time / len(files) * 1000:.0f} ms each; {sum(sizes) / 1024:.0f} KB in all",
    )

    target = _province_target(ctx.workdir, units)
    raw_rows = _raw_rows(source)
    raw_db = ctx.workdir / "sync-raw.sqlite"
    open_database(raw_db).dispose()
    raw = _raw_insert(raw_db, raw_rows)
    total_rows = sum(len(v) for _, v in raw_rows.values())
    ctx.report("raw sqlite3 executemany of the same rows", raw, None, f"{total_rows} rows, one transaction")

    province = ctx.workdir / "sync-province.sqlite"
    shutil.copy(target, province)
    pws = open_workspace(province)
    start = time.perf_counter()
    outcomes = import_files(pws.db, files)
    elapsed = time.perf_counter() - start
    assert all(o.status == APPLIED for o in outcomes), [o.message for o in outcomes if o.status != APPLIED][:3]
    with pws.db.reading() as s:
        imported = s.scalar(select(func.count()).select_from(Staff))
    assert imported == people, (imported, people)
    ctx.report(
        "import 150 bundles (verify + apply, 1 backup)",
        elapsed,
        raw,
        f"{elapsed / len(files) * 1000:.0f} ms per bundle; {imported} people",
    )
    start = time.perf_counter()
    again = import_files(pws.db, files)
    reimport = time.perf_counter() - start
    assert all(o.status == ALREADY for o in again)
    ctx.report(
        "re-import all 150 (already imported)",
        reimport,
        raw,
        f"{reimport / elapsed * 100:.1f}% of the first import",
    )
    pws.close()

    shutil.copy(target, province)
    pws = open_workspace(province)
    start = time.perf_counter()
    previews = import_files(pws.db, files, dry_run=True)
    preview_time = time.perf_counter() - start
    assert all(o.status == "preview" for o in previews)
    pws.close()
    ctx.report("preview of all 150 (dry run, rolled back)", preview_time, raw)

    commune = _commune_of_250(ctx.workdir)
    cws = open_workspace(commune)
    out = ctx.workdir / "commune-250.bdsync"
    start = time.perf_counter()
    result = export_bundle(cws.db, out, full=True)
    cws.close()
    size = out.stat().st_size
    ctx.report(
        "bundle of a 250-person commune (full)",
        time.perf_counter() - start,
        None,
        f"{size / 1024:.0f} KB, {result.records} records; aim well under 1 MB" + (" ✓" if size < 512 * 1024 else " ✗"),
    )
