"""The decision as a PDF, laid out as Decree 30/2020/NĐ-CP (Phụ lục I) and DOMAIN.md say:

A4 portrait; margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm; Times New Roman (embedded);
a two-column header (issuing body in bold capitals over a short centred rule | national name in bold
capitals, motto in bold over a rule as long as the motto), the number "Số: 05/QĐ-UBND" under the body
and the place and date in italics under the motto, on the same line; "QUYẾT ĐỊNH" and the summary bold
and centred with a short rule; the authority in bold capitals; the legal bases in italics; "QUYẾT ĐỊNH:";
the articles with bold headings, justified, first-line indent 1.27 cm, 6 pt between paragraphs; the foot
in two columns ("Nơi nhận:" 12 pt bold italic with 11 pt entries | the signing authority, room for
signature and seal, the signer's name); page numbers centred in the top margin from page 2; the
appendix list on new pages with its own page numbers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.decisions.document import DecisionDocument
from app.files import atomic_output
from app.pdf.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

PAGE_W, PAGE_H = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
BODY_PT = 14
LEADING = BODY_PT * 1.2  # single spacing
INDENT = 1.27 * cm
HEADER_LEFT = 0.38  # share of the text width taken by the header's left column (practice: about 40/60)
PAGE_NUMBER_PT = 13

Progress = Callable[[int, int, str], bool]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    basis: ParagraphStyle
    centre_bold: ParagraphStyle
    centre_italic: ParagraphStyle
    recipients_head: ParagraphStyle
    recipient: ParagraphStyle
    sign: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    head_cell: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=BODY_PT,
        leading=LEADING,
        alignment=TA_JUSTIFY,
        firstLineIndent=INDENT,
        spaceAfter=6,
    )
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=11, leading=13, alignment=TA_LEFT)
    return Styles(
        body=body,
        basis=ParagraphStyle("basis", parent=body, fontName=ITALIC),
        centre_bold=ParagraphStyle("centreBold", fontName=BOLD, fontSize=BODY_PT, leading=LEADING, alignment=TA_CENTER),
        centre_italic=ParagraphStyle(
            "centreItalic", fontName=ITALIC, fontSize=BODY_PT, leading=LEADING, alignment=TA_CENTER
        ),
        recipients_head=ParagraphStyle("recHead", fontName=BOLD_ITALIC, fontSize=12, leading=14),
        recipient=ParagraphStyle("rec", fontName=REGULAR, fontSize=11, leading=13),
        sign=ParagraphStyle("sign", fontName=BOLD, fontSize=BODY_PT, leading=LEADING, alignment=TA_CENTER),
        cell=cell,
        cell_centre=ParagraphStyle("cellCentre", parent=cell, alignment=TA_CENTER),
        head_cell=ParagraphStyle("headCell", parent=cell, fontName=BOLD, alignment=TA_CENTER),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


class Letterhead(Protocol):
    """What the header draws: a decision, or any administrative document (the annual report)."""

    @property
    def issuer_lines(self) -> tuple[str, ...]: ...  # ("ỦY BAN NHÂN DÂN", "XÃ HÀ BẮC")

    @property
    def number_line(self) -> str: ...  # "Số: 05/QĐ-UBND"

    @property
    def place_date(self) -> str: ...  # "Hà Bắc, ngày 05 tháng 01 năm 2026"


class SignatureParts(Protocol):
    """What the foot draws: the recipients beside the signing block."""

    @property
    def recipients(self) -> tuple[str, ...]: ...

    @property
    def sign_lines(self) -> tuple[str, ...]: ...

    @property
    def signer_name(self) -> str: ...


class HeaderBlock(Flowable):  # type: ignore[misc]
    """The two-column header drawn exactly (a borderless table in Word's templates)."""

    LEFT_PT = 13  # issuing body, bold capitals (12–13)
    NATION_PT = 12.5  # national name, bold capitals (12–13)
    MOTTO_PT = 13  # motto, bold (13–14)
    NUMBER_PT = 13
    DATE_PT = 14

    def __init__(self, doc: Letterhead) -> None:
        super().__init__()
        self.doc = doc
        self.left_w = TEXT_W * HEADER_LEFT
        self.right_w = TEXT_W - self.left_w
        self.nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        self.motto = "Độc lập - Tự do - Hạnh phúc"
        self.nation_pt = self.NATION_PT
        while stringWidth(self.nation, BOLD, self.nation_pt) > self.right_w and self.nation_pt > 12:
            self.nation_pt -= 0.5
        rows_top = max(len(doc.issuer_lines), 2)
        self.height = rows_top * 15 + 8 + 24 + 6

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return TEXT_W, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height
        lx, rx = self.left_w / 2, self.left_w + self.right_w / 2
        # left: the issuing body, a short rule under it
        y = top - self.LEFT_PT
        widest = 0.0
        for line in self.doc.issuer_lines:
            c.setFont(BOLD, self.LEFT_PT)
            c.drawCentredString(lx, y, line)
            widest = max(widest, stringWidth(line, BOLD, self.LEFT_PT))
            y -= 15
        left_rule_y = y + 15 - 5
        rule = widest * 0.4
        c.setLineWidth(0.6)
        c.line(lx - rule / 2, left_rule_y, lx + rule / 2, left_rule_y)
        # right: national name, motto, a rule as long as the motto
        y = top - self.LEFT_PT
        c.setFont(BOLD, self.nation_pt)
        c.drawCentredString(rx, y, self.nation)
        y -= 15
        c.setFont(BOLD, self.MOTTO_PT)
        c.drawCentredString(rx, y, self.motto)
        motto_w = stringWidth(self.motto, BOLD, self.MOTTO_PT)
        c.line(rx - motto_w / 2, y - 5, rx + motto_w / 2, y - 5)
        # second row, one baseline: number | place and date
        y2 = min(left_rule_y, y - 5) - 22
        c.setFont(REGULAR, self.NUMBER_PT)
        c.drawCentredString(lx, y2, self.doc.number_line)
        c.setFont(ITALIC, self.DATE_PT)
        c.drawCentredString(rx, y2, self.doc.place_date)


class CentredRule(Flowable):  # type: ignore[misc]
    def __init__(self, width: float, space_before: float = 2, space_after: float = 8) -> None:
        super().__init__()
        self.rule_w, self.before, self.after = width, space_before, space_after

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.avail = avail_w
        return avail_w, self.before + self.after

    def draw(self) -> None:
        x = (self.avail - self.rule_w) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x, self.after, x + self.rule_w, self.after)


class _DecisionDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, filename: str, document: DecisionDocument, progress: Progress | None, **kw: Any) -> None:
        super().__init__(filename, **kw)
        self.document = document
        self.progress = progress
        self.appendix_start: int | None = None
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
        self.addPageTemplates(
            [
                PageTemplate("main", [frame], onPage=self._main_page),
                PageTemplate("appendix_first", [frame], onPage=self._appendix_first, autoNextPageTemplate="appendix"),
                PageTemplate("appendix", [frame], onPage=self._appendix_page),
            ]
        )

    def _number(self, canvas: Any, number: int) -> None:
        canvas.setFont(REGULAR, PAGE_NUMBER_PT)
        canvas.drawCentredString(PAGE_W / 2, PAGE_H - MARGIN_TOP / 2 - PAGE_NUMBER_PT / 3, str(number))

    def _main_page(self, canvas: Any, doc: Any) -> None:
        if doc.page > 1:
            self._number(canvas, doc.page)
        elif self.document.status_mark:
            canvas.setFont(BOLD, 11)
            canvas.drawString(MARGIN_LEFT, PAGE_H - MARGIN_TOP / 2 - 4, self.document.status_mark)

    def _appendix_first(self, canvas: Any, doc: Any) -> None:
        self.appendix_start = doc.page  # the appendix numbers its own pages; none on its first

    def _appendix_page(self, canvas: Any, doc: Any) -> None:
        start = self.appendix_start or doc.page
        self._number(canvas, doc.page - start + 1)

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.progress is not None and not self.progress(self.page, 0, f"Đang dựng trang {self.page}…"):
            from app.errors import UserError

            raise UserError("Đã dừng theo yêu cầu.")


def story(doc: DecisionDocument, styles: Styles | None = None) -> list[Flowable]:
    st = styles or make_styles()
    out: list[Flowable] = [HeaderBlock(doc), Spacer(1, 20)]
    out.append(_p("QUYẾT ĐỊNH", st.centre_bold))
    out.append(_p(doc.summary, st.centre_bold))
    out.append(CentredRule(min(TEXT_W / 3, 60 * mm), space_before=7, space_after=9))
    out.append(_p(doc.authority, st.centre_bold))
    out.append(Spacer(1, 8))
    for line in doc.legal_bases:
        out.append(_p(line, st.basis))
    if doc.proposal:
        out.append(_p(doc.proposal, st.basis))
    out.append(Spacer(1, 4))
    out.append(_p("QUYẾT ĐỊNH:", st.centre_bold))
    out.append(Spacer(1, 6))
    articles = [Paragraph(f"<b>Điều {i}.</b> {escape(text)}", st.body) for i, text in enumerate(doc.articles, 1)]
    out.extend(articles[:-1])
    # the signature never stands alone on a page: the last article goes with it
    out.append(KeepTogether([articles[-1], Spacer(1, 6), signature_foot(doc, st)]))
    if doc.has_appendix:
        out.extend(appendix_story(doc, st))
    return out


def signature_foot(doc: SignatureParts, st: Styles) -> Table:
    """ "Nơi nhận:" with its entries (left) beside the signing authority, room for signature and seal,
    and the signer's name (right)."""
    left: list[Flowable] = [Paragraph("Nơi nhận:", st.recipients_head)]
    left += [_p(r, st.recipient) for r in doc.recipients]
    right: list[Flowable] = [_p(line, st.sign) for line in doc.sign_lines]
    right.append(Spacer(1, 30 * mm))  # signature and seal
    right.append(_p(doc.signer_name, st.sign))
    table = Table([[left, right]], colWidths=[TEXT_W * 0.45, TEXT_W * 0.55])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 11),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


APPENDIX_COLUMNS = (
    ("STT", 9 * mm),
    ("Họ và tên", 33 * mm),
    ("Nam", 21 * mm),
    ("Nữ", 21 * mm),
    ("Chức vụ, chức danh", 23 * mm),
    ("Đơn vị", 24 * mm),
    ("Trình độ chuyên môn", 22 * mm),
    ("Ghi chú", 12 * mm),
)


CELL_PAD = 2  # left and right padding of the appendix cells (points)


def _cell(text: str, width: float, style: ParagraphStyle) -> Any:
    """A plain string when the text fits on one line (fast), else a wrapping paragraph."""
    if not text:
        return ""
    if stringWidth(text, style.fontName, style.fontSize) <= width - 2 * CELL_PAD:
        return text
    return Paragraph(escape(text), style)


def appendix_table_data(doc: DecisionDocument, st: Styles) -> list[list[Any]]:
    h = st.head_cell
    head1 = [
        Paragraph("STT", h),
        Paragraph("Họ và tên", h),
        Paragraph("Ngày sinh", h),
        "",
        Paragraph("Chức vụ, chức danh", h),
        Paragraph("Đơn vị", h),
        Paragraph("Trình độ chuyên môn", h),
        Paragraph("Ghi chú", h),
    ]
    head2 = ["", "", Paragraph("Nam", h), Paragraph("Nữ", h), "", "", "", ""]
    data: list[list[Any]] = [head1, head2]
    c, cc = st.cell, st.cell_centre
    w = [width for _t, width in APPENDIX_COLUMNS]
    for r in doc.appendix:
        data.append(
            [
                str(r.stt),
                _cell(r.name, w[1], c),
                r.born_male,
                r.born_female,
                _cell(r.position, w[4], c),
                _cell(r.unit, w[5], c),
                _cell(r.professional, w[6], c),
                _cell(r.note, w[7], cc),
            ]
        )
    return data


APPENDIX_TABLE_STYLE = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), REGULAR, 11, 13),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("SPAN", (2, 0), (3, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (4, 0), (4, 1)),
        ("SPAN", (5, 0), (5, 1)),
        ("SPAN", (6, 0), (6, 1)),
        ("SPAN", (7, 0), (7, 1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 2), (0, -1), "CENTER"),
        ("ALIGN", (2, 2), (3, -1), "CENTER"),
        ("ALIGN", (7, 2), (7, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)


def appendix_story(doc: DecisionDocument, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [NextPageTemplate("appendix_first"), PageBreak()]
    out.append(_p("DANH SÁCH", st.centre_bold))
    if doc.appendix_title:
        out.append(_p(doc.appendix_title, st.centre_bold))
    out.append(_p(doc.appendix_ref, st.centre_italic))
    out.append(CentredRule(min(TEXT_W / 3, 60 * mm), space_before=6, space_after=10))
    table = LongTable(appendix_table_data(doc, st), colWidths=[w for _t, w in APPENDIX_COLUMNS], repeatRows=2)
    table.setStyle(APPENDIX_TABLE_STYLE)
    out.append(table)
    out.append(CondPageBreak(0))
    return out


def render_decision_pdf(doc: DecisionDocument, out: Path, *, progress: Progress | None = None) -> Path:
    """Write the PDF to a temporary file beside ``out`` and rename it into place: a failure or a
    cancel never leaves a half-written file (nor replaces an existing one)."""
    out = Path(out)

    styles = make_styles()
    with atomic_output(out, kind="tệp PDF") as tmp:
        pdf = _DecisionDoc(
            str(tmp),
            doc,
            progress,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=doc.summary,
            author=doc.issuer_lines[-1] if doc.issuer_lines else "",
            subject=doc.number_line,
            creator="Bồi dưỡng",
            initialFontName=REGULAR,  # no stray unembedded Helvetica in the page resources
            initialFontSize=BODY_PT,
        )
        pdf.build(story(doc, styles))
    return out
