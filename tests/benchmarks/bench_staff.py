"""Issue 2: opening the Staff page and filtering as the user types, on ≥ 15,000 people."""

from __future__ import annotations

import sqlite3
import time

from app.staff.records import StaffFilter, list_rows
from app.workspace import open_workspace
from tests.benchmarks.harness import BenchContext, best_of, median_of

RAW_ROWS = """
SELECT s.id, s.uid, s.full_name, s.name_sort_key, s.sex, s.date_of_birth, s.cccd, s.category, s.position,
       s.job_position, s.status, s.retirement_date, s.search_text, d.name
FROM staff s LEFT JOIN department d ON d.id = s.department_id
WHERE s.deleted = 0 ORDER BY s.name_sort_key, s.id
"""
RAW_QUALS = "SELECT staff_id, kind, level, major FROM qualification WHERE deleted = 0"


def run(ctx: BenchContext) -> None:
    from PySide6.QtWidgets import QApplication

    from app.staff.service import StaffService
    from ui.gui import make_application
    from ui.pages.staff.page import StaffPage

    path = ctx.province_db()
    conn = sqlite3.connect(path)
    raw = best_of(lambda: (conn.execute(RAW_ROWS).fetchall(), conn.execute(RAW_QUALS).fetchall()))
    count = len(conn.execute(RAW_ROWS).fetchall())
    ctx.report("raw sqlite3: staff rows + qualifications", raw, None, f"{count} people")

    ws = open_workspace(path)
    with ws.db.reading() as session:
        service_time = best_of(lambda: list_rows(session), repeat=3)
    ctx.report("service list_rows (levels, retirement, match)", service_time, raw)

    make_application()
    service = StaffService(ws.db)

    def open_page() -> None:
        page = StaffPage(service)
        page.resize(1200, 700)
        page.show()
        page.reload_now()
        QApplication.processEvents()
        page.close()
        page.deleteLater()
        QApplication.processEvents()

    open_time = best_of(open_page, repeat=3)
    ctx.report(
        "open the Staff page (read, model, first paint)",
        open_time,
        raw,
        "aim < 1000 ms" + (" ✓" if open_time < 1 else " ✗"),
    )

    page = StaffPage(service)
    page.show()
    page.reload_now()
    typed = "nguyen thi h"
    samples, raw_samples = [], []
    for i in range(1, len(typed) + 1):
        text = typed[:i]
        start = time.perf_counter()
        page.proxy.set_criteria(StaffFilter(search=text))
        QApplication.processEvents()
        samples.append(time.perf_counter() - start)
        start = time.perf_counter()
        conn.execute("SELECT id FROM staff WHERE search_text LIKE ?", (f"%{text}%",)).fetchall()
        raw_samples.append(time.perf_counter() - start)
    keystroke = median_of(samples)
    ctx.report(
        "filter per keystroke (median, typing “nguyen thi h”)",
        keystroke,
        median_of(raw_samples),
        f"max {max(samples) * 1000:.1f} ms; aim < 50 ms" + (" ✓" if keystroke < 0.05 else " ✗"),
    )
    page.close()
    ws.close()
    conn.close()
