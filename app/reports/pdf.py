"""The annual report as a PDF in the report form of Decree 30/2020/NĐ-CP (Phụ lục III, mẫu báo cáo): the
same page, fonts, header and foot as the printed decision (``app.decisions.pdf``: ``HeaderBlock``,
``CentredRule``, ``signature_foot``, the styles), then "BÁO CÁO" and the summary in bold capitals and
centred with a short rule, "Kính gửi: …", the narrative in numbered sections each followed by its table
(a header repeated on every page), "Trên đây là báo cáo …/.", and the foot: "Nơi nhận:" beside
"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", room for the signature and seal, the chairman's name. Page numbers
are centred in the top margin from page 2. The number is left blank ("Số:      /BC-UBND") for the văn
thư, as on a draft decision."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from app.decisions.pdf import (
    BODY_PT,
    LEADING,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_H,
    PAGE_NUMBER_PT,
    PAGE_W,
    TEXT_W,
    CentredRule,
    HeaderBlock,
    Styles,
    make_styles,
    signature_foot,
)
from app.decisions.service import place_date
from app.errors import UserError
from app.files import atomic_output
from app.pdf.fonts import BOLD, ITALIC, REGULAR
from app.reports.tables import Kind, Report, Table, cell_text

Progress = Callable[[int, int, str], bool]
TABLE_PT = 9.5
SECTION_TITLES = (
    "I. KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG TRONG NĂM",
    "II. THỰC HIỆN CHỈ TIÊU KẾ HOẠCH",
    "III. ĐÁNH GIÁ HIỆU QUẢ SAU BỒI DƯỠNG",
    "IV. KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG",
    "V. TỔNG HỢP THEO ĐƠN VỊ CẤP XÃ",
)
#: which tables each section prints (by table number)
SECTION_TABLES = ((1, 2), (3,), (4,), (5,), (6,))


@dataclass(frozen=True)
class ReportDocument:
    """The printable parts of a report (what the header and foot draw)."""

    issuer_lines: tuple[str, ...]
    number_line: str
    place_date: str
    recipient: str
    intro: str
    closing: str
    recipients: tuple[str, ...]
    sign_lines: tuple[str, ...]
    signer_name: str
    report: Report


def report_document(report: Report, *, signer_name: str = "", made: date | None = None) -> ReportDocument:
    scope = report.scope
    symbol = "BC-SNV" if scope.is_province else "BC-UBND"
    who = "Sở Nội vụ" if scope.is_province else f"Ủy ban nhân dân {scope.unit_name[:1].lower()}{scope.unit_name[1:]}"
    if scope.is_province and scope.unit_code:
        who = f"Sở Nội vụ (số liệu của {scope.unit_name})"
    return ReportDocument(
        issuer_lines=scope.issuer_lines,
        number_line=f"Số:      /{symbol}",
        place_date=place_date(scope.place, made or date.today()),
        recipient=scope.recipient,
        intro=(
            f"Thực hiện các kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức, {who} báo cáo kết quả "
            f"đào tạo, bồi dưỡng năm {report.year} như sau:"
        ),
        closing=f"Trên đây là báo cáo kết quả đào tạo, bồi dưỡng năm {report.year} của {who}./.",
        recipients=(
            f"- {scope.recipient};",
            "- Chủ tịch, các Phó Chủ tịch;" if not scope.is_province else "- Giám đốc, các Phó Giám đốc Sở;",
            "- Lưu: VT, VHXH." if not scope.is_province else "- Lưu: VT, CCVC.",
        ),
        sign_lines=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") if not scope.is_province else ("GIÁM ĐỐC",),
        signer_name=signer_name,
        report=report,
    )


@dataclass(frozen=True)
class _TableStyles:
    head: ParagraphStyle
    text: ParagraphStyle
    number: ParagraphStyle


def _table_styles() -> _TableStyles:
    base = ParagraphStyle("tcell", fontName=REGULAR, fontSize=TABLE_PT, leading=TABLE_PT * 1.18, alignment=TA_LEFT)
    return _TableStyles(
        head=ParagraphStyle("thead", parent=base, fontName=BOLD, fontSize=9, leading=10.5, alignment=TA_CENTER),
        text=base,
        number=ParagraphStyle("tnum", parent=base, alignment=TA_RIGHT),
    )


def table_flowable(table: Table, ts: _TableStyles | None = None) -> LongTable:
    """The table with its header (groups over their columns) repeated on every page."""
    ts = ts or _table_styles()
    wanted = table.pdf_columns or tuple(range(len(table.columns)))
    cols = [table.columns[i] for i in wanted]
    fixed = {Kind.MONEY: 17 * mm, Kind.DATE: 17 * mm, Kind.INT: 12 * mm, Kind.PERCENT: 13 * mm}
    fixed[Kind.DECIMAL] = 11.5 * mm
    text_weight = sum(c.width for c in cols if c.kind == Kind.TEXT) or 1
    rest = TEXT_W - sum(fixed[c.kind] for c in cols if c.kind != Kind.TEXT)
    widths = [fixed[c.kind] if c.kind != Kind.TEXT else rest * c.width / text_weight for c in cols]
    grouped = any(c.group for c in cols)
    top: list[Any] = []
    low: list[Any] = []
    spans: list[tuple[Any, ...]] = []
    i = 0
    while i < len(cols):
        c = cols[i]
        if c.group is None:
            top.append(Paragraph(escape(c.title), ts.head))
            low.append("")
            if grouped:
                spans.append(("SPAN", (i, 0), (i, 1)))
            i += 1
            continue
        j = i
        while j + 1 < len(cols) and cols[j + 1].group == c.group:
            j += 1
        top.append(Paragraph(escape(c.group), ts.head))
        top.extend([""] * (j - i))
        low.extend(Paragraph(escape(cols[k].title), ts.head) for k in range(i, j + 1))
        spans.append(("SPAN", (i, 0), (j, 0)))
        i = j + 1
    data: list[list[Any]] = [top, low] if grouped else [top]
    heads = len(data)

    def cells(values: tuple[Any, ...], bold: bool = False) -> list[Any]:
        out: list[Any] = []
        for idx, col in zip(wanted, cols, strict=True):
            text = cell_text(values[idx], col.kind)
            style = ts.text if col.kind == Kind.TEXT else ts.number
            markup = f"<b>{escape(text)}</b>" if bold else escape(text)
            out.append(Paragraph(markup, style) if text else "")
        return out

    for values in table.rows:
        data.append(cells(values))
    if table.total is not None:
        data.append(cells(table.total, bold=True))
    if len(data) == heads:
        data.append([Paragraph("<i>Không có số liệu.</i>", ts.text)] + [""] * (len(cols) - 1))
        spans.append(("SPAN", (0, heads), (len(cols) - 1, heads)))
    flow = LongTable(data, colWidths=widths, repeatRows=heads)
    flow.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, TABLE_PT),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("BACKGROUND", (0, 0), (-1, heads - 1), "#eeeeee"),
                *spans,
            ]
        )
    )
    return flow


class _ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, filename: str, progress: Progress | None, **kw: Any) -> None:
        super().__init__(filename, **kw)
        self.progress = progress
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            TEXT_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("main", [frame], onPage=self._page)])

    def _page(self, canvas: Any, doc: Any) -> None:
        if doc.page > 1:
            canvas.setFont(REGULAR, PAGE_NUMBER_PT)
            canvas.drawCentredString(PAGE_W / 2, PAGE_H - MARGIN_TOP / 2 - PAGE_NUMBER_PT / 3, str(doc.page))

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.progress is not None and not self.progress(self.page, 0, f"Đang dựng trang {self.page}…"):
            raise UserError("Đã dừng theo yêu cầu.")


def story(doc: ReportDocument, st: Styles | None = None) -> list[Flowable]:
    st = st or make_styles()
    ts = _table_styles()
    section = ParagraphStyle("section", fontName=BOLD, fontSize=BODY_PT, leading=LEADING, spaceBefore=8, spaceAfter=4)
    caption = ParagraphStyle(
        "caption",
        fontName=BOLD,
        fontSize=12,
        leading=14,
        alignment=TA_CENTER,
        spaceBefore=4,
        spaceAfter=4,
    )
    note = ParagraphStyle("note", fontName=ITALIC, fontSize=11, leading=13, spaceBefore=3, spaceAfter=6)
    report = doc.report
    out: list[Flowable] = [HeaderBlock(doc), Spacer(1, 20)]
    out.append(Paragraph("BÁO CÁO", st.centre_bold))
    out.append(Paragraph(escape(report.title), st.centre_bold))
    out.append(CentredRule(min(TEXT_W / 3, 60 * mm), space_before=7, space_after=9))
    out.append(Paragraph(f"Kính gửi: {escape(doc.recipient)}.", st.centre_italic.clone("to", fontName=REGULAR)))
    out.append(Spacer(1, 8))
    out.append(Paragraph(escape(doc.intro), st.body))
    by_number = {t.number: t for t in report.tables}
    for i, (title, numbers) in enumerate(zip(SECTION_TITLES, SECTION_TABLES, strict=True)):
        tables = [by_number[n] for n in numbers if n in by_number]
        if not tables:
            continue
        out.append(CondPageBreak(45 * mm))
        out.append(Paragraph(escape(title), section))
        if i < len(report.summary):
            out.append(Paragraph(escape(report.summary[i]), st.body))
        for t in tables:
            out.append(CondPageBreak(35 * mm))  # the caption never ends a page without the table's first rows
            out.append(Paragraph(escape(t.heading), caption))
            out.append(table_flowable(t, ts))
            if t.note:
                out.append(Paragraph(escape(t.note), note))
    out.append(Spacer(1, 6))
    closing = Paragraph(escape(doc.closing), st.body)
    out.append(KeepTogether([closing, Spacer(1, 8), signature_foot(doc, st)]))
    return out


def render_report_pdf(doc: ReportDocument, out: Path, *, progress: Progress | None = None) -> Path:
    """Write to a temporary file beside ``out`` and rename it into place (nothing half-written)."""
    out = Path(out)
    styles = make_styles()
    with atomic_output(out, kind="tệp PDF") as tmp:
        pdf = _ReportDoc(
            str(tmp),
            progress,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"Báo cáo {doc.report.title[:1].lower()}{doc.report.title[1:]}",
            author=doc.issuer_lines[-1] if doc.issuer_lines else "",
            subject=doc.report.scope.unit_name,
            creator="Bồi dưỡng",
            initialFontName=REGULAR,
            initialFontSize=BODY_PT,
        )
        pdf.build(story(doc, styles))
    return out
