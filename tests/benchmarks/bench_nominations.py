"""Opening the Nominations page at a province (≈ 5,000 nominations from 120 communes)."""

from __future__ import annotations

import sqlite3

from app.courses.nominations import list_nominations
from app.workspace import open_workspace
from tests.benchmarks.harness import BenchContext, best_of

RAW_ROWS = """
SELECT n.id, n.uid, n.status, n.cost, n.owner_unit, s.full_name, s.name_sort_key, s.position, d.name,
       c.name, k.code, k.name, k.start_date, k.end_date, q.number, q.symbol
FROM nomination n JOIN staff s ON s.id = n.staff_id LEFT JOIN department d ON d.id = s.department_id
JOIN course c ON c.id = n.course_id LEFT JOIN training_class k ON k.id = n.class_id
LEFT JOIN decision q ON q.id = n.decision_id
WHERE n.deleted = 0
"""
RAW_DEGREES = "SELECT staff_id, level, major FROM qualification WHERE deleted = 0 AND kind = 'professional'"


def run(ctx: BenchContext) -> None:
    from PySide6.QtWidgets import QApplication

    from app.courses.service import CoursesService
    from ui.gui import make_application
    from ui.pages.nominations.page import NominationsPage

    path = ctx.province_db()
    conn = sqlite3.connect(path)
    raw = best_of(lambda: (conn.execute(RAW_ROWS).fetchall(), conn.execute(RAW_DEGREES).fetchall()))
    count = len(conn.execute(RAW_ROWS).fetchall())
    ctx.report("raw sqlite3: nominations with person, course, class, decision", raw, None, f"{count} nominations")

    ws = open_workspace(path)
    with ws.db.reading() as session:
        service_time = best_of(lambda: list_nominations(session), repeat=3)
    ctx.report("service list_nominations", service_time, raw)

    make_application()
    service = CoursesService(ws)

    def open_page() -> None:
        page = NominationsPage(service)
        page.resize(1200, 700)
        page.show()
        page.activate()
        QApplication.processEvents()
        page.close()
        page.deleteLater()
        QApplication.processEvents()

    open_time = best_of(open_page, repeat=3)
    ctx.report(
        "open the Nominations page (read, model, first paint)",
        open_time,
        raw,
        "aim < 1000 ms" + (" ✓" if open_time < 1 else " ✗"),
    )
    ws.close()
    conn.close()
