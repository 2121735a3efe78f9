"""Issue 8: what safety costs — the audit listener on writes, reading the trail, the start-up check and
the daily backup — on a province-size database, each against a raw baseline from the same run."""

from __future__ import annotations

import shutil
import sqlite3
import time
from datetime import date

from sqlalchemy import event
from sqlalchemy.orm import Session

import db.audit
from app.audit import AuditFilter, list_entries
from app.backup import automatic_backup, check_database, quick_check
from app.staff import records
from app.staff.form import StaffInput
from app.workspace import open_workspace
from db.enums import Sex, StaffCategory
from tests.benchmarks.harness import BenchContext, best_of

PEOPLE = 1000


def _create_people(path_name: str, ctx: BenchContext) -> float:
    ws = open_workspace(ctx.copy_of_province(path_name))
    start = time.perf_counter()
    with ws.db.transaction() as s:
        for i in range(PEOPLE):
            records.create_staff(
                s,
                StaffInput(
                    full_name=f"Nguyễn Văn Đo {i}",
                    sex=Sex.MALE,
                    category=StaffCategory.CIVIL_SERVANT,
                    date_of_birth=date(1980, 1, 1 + i % 28),
                ),
                rules={},
            )
    elapsed = time.perf_counter() - start
    ws.close()
    return elapsed


def run(ctx: BenchContext) -> None:
    path = ctx.province_db()
    # 1. the audit listener on an ORM transaction creating people
    event.remove(Session, "after_flush", db.audit._record_changes)
    try:
        without = _create_people("no-audit.sqlite", ctx)
    finally:
        event.listen(Session, "after_flush", db.audit._record_changes)
    ctx.report(f"create {PEOPLE} people in one transaction, no audit", without, None)
    with_audit = _create_people("audit.sqlite", ctx)
    ctx.report(f"create {PEOPLE} people in one transaction, audited", with_audit, without)

    # 2. reading the trail (≈ 55,000 entries after the province demo)
    conn = sqlite3.connect(path)
    total = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    raw = best_of(lambda: conn.execute("SELECT * FROM audit_entry ORDER BY at DESC LIMIT 5000").fetchall())
    ctx.report("raw sqlite3: newest 5,000 audit rows", raw, None, f"{total} entries in all")
    ws = open_workspace(path)
    with ws.db.reading() as s:
        newest = best_of(lambda: list_entries(s, AuditFilter(limit=5000)), repeat=3)
        search = best_of(lambda: list_entries(s, AuditFilter(search="nguyen van", limit=5000)), repeat=3)
    ws.close()
    ctx.report("audit page: newest 5,000 entries", newest, raw)
    ctx.report("audit page: folded search 'nguyen van'", search, raw)

    # 3. the check at every start, and the full check of `boiduong check`
    copy = best_of(lambda: shutil.copyfile(path, ctx.workdir / "raw-copy.sqlite"), repeat=3)
    size = path.stat().st_size / 1_048_576
    ctx.report("raw file copy of the database", copy, None, f"{size:.0f} MB")
    ctx.report("start-up quick_check", best_of(lambda: quick_check(path), repeat=3), copy)
    ctx.report("full check (boiduong check)", best_of(lambda: check_database(path), repeat=3), copy)
    folder = ctx.workdir / "backups"
    folder.mkdir(exist_ok=True)
    ctx.report(
        "daily backup (online backup API, fsync, rotate)",
        best_of(lambda: automatic_backup(path, "daily", folder=folder), repeat=3),
        copy,
    )
