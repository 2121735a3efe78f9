"""Issue 4: printing a decision with a 300-person appendix, against a bare ReportLab document of the
same table (same fonts, same rows) made in the same run."""

from __future__ import annotations

import random
import tempfile
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle
from sqlalchemy import select

from app.courses.catalogue import list_classes, list_courses
from app.courses.nominations import nominate
from app.decisions.document import DecisionDocument, build_document
from app.decisions.pdf import APPENDIX_COLUMNS, render_decision_pdf
from app.decisions.service import draft_decision, issue_decision
from app.demo import generate_demo
from app.demo.people import ROSTER, make_person
from app.organisation import list_departments
from app.pdf.fonts import REGULAR, register_fonts
from app.settings import SIGNER_NAME, set_setting
from app.staff.job_positions import load_rules
from app.staff.records import create_staff, list_rows
from app.workspace import open_workspace
from db.enums import StaffCategory, StaffStatus
from db.models import Course, Nomination, Staff
from tests.benchmarks.harness import BenchContext, best_of

PEOPLE = 300


def bare_table_pdf(doc: DecisionDocument, out: Path) -> None:
    """The baseline: the same table written the plain way — the same rows, columns, font and size, text
    cells as wrapping paragraphs — alone in a SimpleDocTemplate (no header, articles, page numbers)."""
    style = ParagraphStyle("cell", fontName=REGULAR, fontSize=11, leading=13)
    head = ["STT", "Họ và tên", "Nam", "Nữ", "Chức vụ, chức danh", "Đơn vị", "Trình độ chuyên môn", "Ghi chú"]
    data: list[list[object]] = [[Paragraph(h, style) for h in head]]
    data += [
        [
            str(r.stt),
            Paragraph(r.name, style),
            r.born_male,
            r.born_female,
            Paragraph(r.position, style),
            Paragraph(r.unit, style),
            Paragraph(r.professional, style),
            Paragraph(r.note, style),
        ]
        for r in doc.appendix
    ]
    table = LongTable(data, colWidths=[w for _t, w in APPENDIX_COLUMNS], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 11), ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm).build([table])


def commune_of(people: int, path: Path) -> None:
    """The demo commune grown by ``people`` specialist civil servants (a decision sends only the unit's own
    people, so a 300-person appendix needs a commune that large: a merged commune after the reform)."""
    ws = open_workspace(path)
    generate_demo(ws.db, size="commune", seed=1)
    rng = random.Random(300)
    post = next(p for p in ROSTER if p.category == StaffCategory.CIVIL_SERVANT and p.position == "Chuyên viên")
    with ws.db.transaction() as s:
        departments = {d.kind: d.uid for d in list_departments(s, s.info.get("unit_code"))}
        rules = load_rules(s)
        for _ in range(people):
            person = make_person(rng, post, date.today())
            person.data.department_uid = departments.get(post.department)
            create_staff(s, person.data, rules=rules)
    ws.close()


def run(ctx: BenchContext) -> None:
    register_fonts()
    path = ctx.workdir / "decision.sqlite"
    commune_of(PEOPLE, path)
    ws = open_workspace(path)
    with ws.db.transaction() as s:
        set_setting(s, SIGNER_NAME, "Nguyễn Văn Chủ Tịch")
        course = next(c for c in list_courses(s) if c.code == "QLNN-02C")
        klass = list_classes(s, course.uid)[0]
        sent = set(  # the demo already sent some of them to this course: pick others
            s.scalars(
                select(Staff.uid)
                .join(Nomination, Nomination.staff_id == Staff.id)
                .join(Course, Course.id == Nomination.course_id)
                .where(Course.uid == course.uid)
            )
        )
        people = [
            r.uid
            for r in list_rows(s)
            if r.status == StaffStatus.WORKING and r.category == StaffCategory.CIVIL_SERVANT and r.uid not in sent
        ][:PEOPLE]
        noms = nominate(s, course.uid, klass.uid, people, accept_warnings=True)
        decision = draft_decision(s, [n.uid for n in noms])
        issue_decision(s, decision.uid, issued_on=date.today(), number=15)
        uid = decision.uid
    with ws.db.reading() as s:
        doc = build_document(s, uid)
    assert len(doc.appendix) == PEOPLE
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        baseline = best_of(lambda: bare_table_pdf(doc, folder / "bare.pdf"), repeat=3)
        from pypdf import PdfReader

        bare_pages = len(PdfReader(folder / "bare.pdf").pages)
        ctx.report(f"bare ReportLab: the same table of {PEOPLE} rows", baseline, None, f"{bare_pages} pages")

        def read() -> None:
            with ws.db.reading() as s:
                build_document(s, uid)

        ctx.report("read the decision and its 300 people", best_of(read, repeat=3), baseline)
        render = best_of(lambda: render_decision_pdf(doc, folder / "qd.pdf"), repeat=3)
        pages = len(PdfReader(folder / "qd.pdf").pages)
        ctx.report("render the decision PDF (Decree 30 layout)", render, baseline, f"{pages} pages")

        def whole() -> None:  # what "decision pdf" and the print preview do
            with ws.db.reading() as s:
                d = build_document(s, uid)
            render_decision_pdf(d, folder / "qd2.pdf")

        ctx.report("decision pdf end to end (read + render)", best_of(whole, repeat=3), baseline)
    ws.close()
