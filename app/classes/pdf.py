"""Class documents as PDF, with the official look of the unit's papers (Decree 30/2020 conventions, as
the printed decision): A4, Times New Roman (embedded; Liberation Serif elsewhere), the two-column header
(issuing body over a short rule | national name, motto over a rule as long as the motto), the place and
date in italics, bold centred titles, a ruled table whose header repeats on every page, page numbers
centred at the top from page 2, and a signing block.

- the class list (portrait): STT | Họ và tên | Ngày sinh Nam | Nữ | Chức vụ, chức danh | Đơn vị | Ghi chú;
- the sign-in sheet (landscape): STT | Họ và tên | Đơn vị | one signature column per session, eight
  sessions to a page (a longer class continues with the next sessions on the next pages);
- the schedule: Ngày | Buổi | Nội dung | Giảng viên | Địa điểm (a class, portrait), with the class and
  the number of learners for a calendar's schedule (landscape). A day is named on its first row (no
  merged cell, so the table breaks between any two rows and pages fill); a page that starts inside a day
  names it again, "(tiếp)"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.classes.exports import ClassDocument, ScheduleDocument, SheetHeader
from app.dates import format_date
from app.errors import UserError
from app.files import atomic_output
from app.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts
from db.enums import Sex

Progress = Callable[[int, int, str], bool]

MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 18 * mm, 25 * mm, 15 * mm
SESSIONS_PER_PAGE = 8
CELL_PT = 11


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=CELL_PT, leading=13, alignment=TA_LEFT)
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=17, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER),
        "italic": ParagraphStyle("italic", fontName=ITALIC, fontSize=13, leading=16, alignment=TA_CENTER),
        "cell": cell,
        "centre": ParagraphStyle("centre", parent=cell, alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=cell, fontName=BOLD, alignment=TA_CENTER),
        "small": ParagraphStyle("small", parent=cell, fontSize=10, leading=12, alignment=TA_CENTER),
        "sign": ParagraphStyle("sign", fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER),
        "sign_note": ParagraphStyle("signNote", fontName=ITALIC, fontSize=12, leading=15, alignment=TA_CENTER),
        "body": ParagraphStyle("body", fontName=REGULAR, fontSize=13, leading=16, alignment=TA_LEFT),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class HeaderBlock(Flowable):  # type: ignore[misc]
    """The two-column header of an official paper, then the place and date under the motto."""

    def __init__(self, header: SheetHeader, width: float) -> None:
        super().__init__()
        self.header, self.width = header, width
        self.left_w = min(width * 0.4, 80 * mm)
        self.right_w = width - self.left_w
        self.height = max(len(header.issuer), 2) * 15 + 36

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height
        lx, rx = self.left_w / 2, self.left_w + self.right_w / 2
        y = top - 13
        widest = 0.0
        for line in self.header.issuer:
            size = 13.0
            while stringWidth(line, BOLD, size) > self.left_w - 4 and size > 10:
                size -= 0.5
            c.setFont(BOLD, size)
            c.drawCentredString(lx, y, line)
            widest = max(widest, stringWidth(line, BOLD, size))
            y -= 15
        c.setLineWidth(0.6)
        rule = widest * 0.4
        c.line(lx - rule / 2, y + 10, lx + rule / 2, y + 10)
        nation, motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"
        size = 12.5
        while stringWidth(nation, BOLD, size) > self.right_w and size > 11:
            size -= 0.5
        y = top - 13
        c.setFont(BOLD, size)
        c.drawCentredString(rx, y, nation)
        y -= 15
        c.setFont(BOLD, 13)
        c.drawCentredString(rx, y, motto)
        mw = stringWidth(motto, BOLD, 13)
        c.line(rx - mw / 2, y - 4, rx + mw / 2, y - 4)
        c.setFont(ITALIC, 13)
        c.drawCentredString(rx, y - 26, self.header.place_date)


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, filename: str, pagesize: tuple[float, float], progress: Progress | None, **kw: Any) -> None:
        super().__init__(filename, pagesize=pagesize, **kw)
        self.progress = progress
        w, h = pagesize
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            w - MARGIN_LEFT - MARGIN_RIGHT,
            h - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._page)])

    def _page(self, canvas: Any, doc: Any) -> None:
        if doc.page > 1:
            w, h = self.pagesize
            canvas.setFont(REGULAR, 13)
            canvas.drawCentredString(w / 2, h - MARGIN_TOP / 2 - 4, str(doc.page))

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.progress is not None and not self.progress(self.page, 0, f"Đang dựng trang {self.page}…"):
            raise UserError("Đã dừng theo yêu cầu.")


def _build(
    out: Path, pagesize: tuple[float, float], story: list[Flowable], title: str, progress: Progress | None
) -> Path:
    """Write to a temporary file beside ``out`` and rename it into place (never half a file)."""
    out = Path(out)
    with atomic_output(out, kind="tệp PDF") as tmp:
        doc = _Doc(
            str(tmp),
            pagesize,
            progress,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            creator="Bồi dưỡng",
            initialFontName=REGULAR,
            initialFontSize=13,
        )
        doc.build(story)
    return out


def _width(pagesize: tuple[float, float]) -> float:
    return float(pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT)


def _grid(
    widths: Sequence[float], header_rows: int = 1, extra: Sequence[tuple[Any, ...]] = (), *, ruled: bool = True
) -> TableStyle:
    """The table's look; ``ruled=False`` leaves the rules to ``extra``."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), REGULAR, CELL_PT, 13),
            *([("GRID", (0, 0), (-1, -1), 0.5, "black")] if ruled else []),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("VALIGN", (0, header_rows), (-1, -1), "TOP"),
            ("ALIGN", (0, header_rows), (0, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def _cell(text: str, width: float, style: ParagraphStyle) -> Any:
    """A plain string when it fits on one line (fast), else a wrapping paragraph."""
    if not text:
        return ""
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 4:
        return text
    return _p(text, style)


def _title(story: list[Flowable], st: dict[str, ParagraphStyle], lines: Sequence[tuple[str, str]]) -> None:
    for text, style in lines:
        if text:
            story.append(_p(text, st[style]))
    story.append(Spacer(1, 10))


def _signing(st: dict[str, ParagraphStyle], width: float, left: str, right: str) -> Table:
    cells = [
        [_p(left, st["sign"]), _p(right, st["sign"])],
        [_p("(Ký, ghi rõ họ tên)", st["sign_note"]), _p("(Ký, ghi rõ họ tên, đóng dấu)", st["sign_note"])],
        ["", ""],
    ]
    t = Table(cells, colWidths=[width / 2, width / 2], rowHeights=[None, None, 24 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


# ------------------------------------------------------------------------------------------- class list


LIST_COLUMNS = (9, 42, 19, 19, 34, 34, 13)  # mm: STT, name, Nam, Nữ, post, unit, note — 170 mm


def _birth(doc: ClassDocument, r: Any) -> str:
    return format_date(r.date_of_birth, r.dob_precision) if r.date_of_birth else ""


def render_class_list(doc: ClassDocument, out: Path, *, progress: Progress | None = None) -> Path:
    st = _styles()
    page = A4
    width = _width(page)
    scale = width / (sum(LIST_COLUMNS) * mm)
    widths = [w * mm * scale for w in LIST_COLUMNS]
    story: list[Flowable] = [HeaderBlock(doc.header, width), Spacer(1, 14)]
    _title(
        story,
        st,
        [
            ("DANH SÁCH HỌC VIÊN", "title"),
            (f"Lớp {doc.class_label}", "subtitle"),
            (doc.course_name, "subtitle"),
            (doc.info_line, "italic"),
        ],
    )
    h = st["head"]
    data: list[list[Any]] = [
        [
            _p("STT", h),
            _p("Họ và tên", h),
            _p("Ngày sinh", h),
            "",
            _p("Chức vụ, chức danh", h),
            _p("Đơn vị", h),
            _p("Ghi chú", h),
        ],
        ["", "", _p("Nam", h), _p("Nữ", h), "", "", ""],
    ]
    for i, r in enumerate(doc.people, 1):
        born = _birth(doc, r)
        data.append(
            [
                str(i),
                _cell(r.name, widths[1], st["cell"]),
                born if r.sex == Sex.MALE else "",
                born if r.sex == Sex.FEMALE else "",
                _cell(r.position or "", widths[4], st["cell"]),
                _cell(doc.unit_of(r), widths[5], st["cell"]),
                "",
            ]
        )
    if not doc.people:
        data.append(["", _p("(Chưa có học viên)", st["cell"]), "", "", "", "", ""])
    spans = [("SPAN", (2, 0), (3, 0))] + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 4, 5, 6)]
    table = LongTable(data, colWidths=widths, repeatRows=2)
    table.setStyle(_grid(widths, 2, [*spans, ("ALIGN", (2, 2), (3, -1), "CENTER")]))
    story.append(table)
    story.append(Spacer(1, 8))
    story.append(
        KeepTogether(
            [
                _p(f"Danh sách có {len(doc.people)} học viên./.", st["body"]),
                Spacer(1, 8),
                _signing(st, width, "NGƯỜI LẬP DANH SÁCH", "THỦ TRƯỞNG ĐƠN VỊ"),
            ]
        )
    )
    return _build(out, page, story, f"Danh sách học viên lớp {doc.class_label}", progress)


# ------------------------------------------------------------------------------------------- sign-in


def sign_in_pages(n_sessions: int, per_page: int = SESSIONS_PER_PAGE) -> list[range]:
    """The sessions on each sheet: eight to a page, the last page with the rest."""
    if n_sessions == 0:
        return [range(0)]
    return [range(i, min(i + per_page, n_sessions)) for i in range(0, n_sessions, per_page)]


def render_sign_in(doc: ClassDocument, out: Path, *, progress: Progress | None = None) -> Path:
    st = _styles()
    page = landscape(A4)
    width = _width(page)
    fixed = [9 * mm, 52 * mm, 50 * mm]
    story: list[Flowable] = []
    chunks = sign_in_pages(len(doc.sessions))
    for k, chunk in enumerate(chunks):
        if k:
            story.append(PageBreak())
        story += [HeaderBlock(doc.header, width), Spacer(1, 10)]
        more = f" (buổi {chunk.start + 1}–{chunk.stop} trong {len(doc.sessions)} buổi)" if len(chunks) > 1 else ""
        _title(
            story,
            st,
            [
                ("DANH SÁCH HỌC VIÊN KÝ TÊN THAM DỰ LỚP HỌC", "title"),
                (f"Lớp {doc.class_label} — {doc.course_name}", "subtitle"),
                (doc.info_line[:-1] + more + ")" if doc.info_line else more.strip(), "italic"),
            ],
        )
        sessions = [doc.sessions[i] for i in chunk]
        each = (width - sum(fixed)) / max(len(sessions), 1) if sessions else width - sum(fixed)
        each = min(each, 34 * mm)
        widths = [*fixed, *([each] * max(len(sessions), 1))]
        h = st["head"]
        head1: list[Any] = [_p("STT", h), _p("Họ và tên", h), _p("Đơn vị", h)]
        head2: list[Any] = ["", "", ""]
        if sessions:
            head1 += [_p("Chữ ký của học viên", h)] + [""] * (len(sessions) - 1)
            head2 += [_p(f"{s.block_label}\n{s.day:%d/%m/%Y}", st["small"]) for s in sessions]
        else:
            head1 += [_p("Chữ ký", h)]
            head2 += [""]
        data: list[list[Any]] = [head1, head2]
        for i, r in enumerate(doc.people, 1):
            data.append(
                [str(i), _cell(r.name, fixed[1], st["cell"]), _cell(doc.unit_of(r), fixed[2], st["cell"])]
                + [""] * max(len(sessions), 1)
            )
        spans = [("SPAN", (3, 0), (-1, 0)), *[("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2)]]
        heights = [None, None, *([9 * mm] * len(doc.people))]
        table = LongTable(data, colWidths=widths, repeatRows=2, rowHeights=heights)
        table.setStyle(_grid(widths, 2, [*spans, ("VALIGN", (0, 2), (-1, -1), "MIDDLE")]))
        story.append(table)
        story.append(Spacer(1, 8))
        story.append(
            KeepTogether(
                [
                    _p(f"Tổng số: {len(doc.people)} học viên.", st["body"]),
                    Spacer(1, 6),
                    _signing(st, width, "NGƯỜI THEO DÕI LỚP", "XÁC NHẬN CỦA ĐƠN VỊ TỔ CHỨC"),
                ]
            )
        )
    return _build(out, page, story, f"Danh sách ký tên lớp {doc.class_label}", progress)


# ------------------------------------------------------------------------------------------- schedule


class DayTable(LongTable):  # type: ignore[misc]
    """A schedule's table that may break between any two rows: a part that starts on a row whose day
    cell is blank (a day continued from the page before) names the day again, with "(tiếp)".

    ``continued`` holds, per row, that cell's content (None where the row names its day already)."""

    continued: list[Any] | None = None

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> list[Any]:  # noqa: N803 (ReportLab names them)
        parts: list[Any] = super()._splitRows(availHeight, doInRowSplit)
        if len(parts) != 2 or self.continued is None or doInRowSplit:
            return parts
        head, rest = parts
        head._addCommand(("LINEBELOW", (0, -1), (-1, -1), 0.5, "black"))  # closes the page's part of the day
        n = len(head._cellvalues)  # the first row of the rest, in this table
        rest.continued = self.continued[: self.repeatRows] + self.continued[n:]
        label = self.continued[n] if n < len(self.continued) else None
        first = self.repeatRows
        if label is not None and rest._cellvalues[first][0] == "":
            rest._cellvalues[first][0] = label
            heights = list(rest._argH)
            heights[first] = None  # measured again with the day's name in it
            rest._argH = rest._rowHeights = heights
        return parts


def render_schedule(doc: ScheduleDocument, out: Path, *, progress: Progress | None = None) -> Path:
    st = _styles()
    page = A4 if doc.single_class else landscape(A4)
    width = _width(page)
    with_place = doc.single_class and any(line.place for line in doc.lines)
    if doc.single_class and with_place:
        parts: tuple[int, ...] = (30, 26, 62, 32, 35)
        heads: tuple[str, ...] = ("Ngày", "Buổi", "Nội dung", "Giảng viên", "Địa điểm, phòng")
    elif doc.single_class:
        parts = (30, 26, 82, 47)
        heads = ("Ngày", "Buổi", "Nội dung", "Giảng viên")
    else:
        parts = (28, 25, 52, 55, 32, 45, 15)
        heads = ("Ngày", "Buổi", "Lớp", "Nội dung", "Giảng viên", "Địa điểm", "Số HV")
    scale = width / (sum(parts) * mm)
    widths = [p * mm * scale for p in parts]
    story: list[Flowable] = [HeaderBlock(doc.header, width), Spacer(1, 14)]
    _title(story, st, [(doc.title, "title"), (doc.subtitle, "subtitle"), (doc.period, "italic")])
    data: list[list[Any]] = [[_p(h, st["head"]) for h in heads]]
    continued: list[Any] = [None]  # per row: what its day cell says when a page starts there
    # No merged day cell (a row span cannot break across pages, so a whole day would move to the next
    # page): the day is named on its first row, its other rows leave the cell blank without a rule above.
    ncols = len(heads)
    styles: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.5, "black"),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.5, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
        ("LINEBELOW", (1, 1), (-1, -1), 0.5, "black"),
    ]
    for k, line in enumerate(doc.lines):
        new_day = k == 0 or doc.lines[k - 1].day != line.day
        row: list[Any] = [
            _p(line.day_text, st["centre"]) if new_day else "",
            _p(f"{line.block}\n{line.hours}", st["centre"]),
        ]
        if not doc.single_class:
            row.append(_cell(f"{line.class_label}\n{line.course_name}", widths[2], st["cell"]))
        row += [
            _cell(line.topic, widths[len(row)], st["cell"]),
            _cell(line.teacher, widths[len(row) + 1], st["cell"]),
        ]
        if with_place or not doc.single_class:
            row.append(_cell(line.place, widths[len(row)], st["cell"]))
        if not doc.single_class:
            row.append(str(line.learners))
        if new_day and k:
            styles.append(("LINEABOVE", (0, len(data)), (0, len(data)), 0.5, "black"))
        continued.append(None if new_day else _p(f"{line.day_text}\n(tiếp)", st["centre"]))
        data.append(row)
    if not doc.lines:
        data.append([_p("(Không có buổi học nào)", st["cell"])] + [""] * (ncols - 1))
        continued.append(None)
        styles.append(("SPAN", (0, 1), (-1, 1)))
    table = DayTable(data, colWidths=widths, repeatRows=1)
    table.continued = continued
    if not doc.single_class:  # the number of learners
        styles.append(("ALIGN", (-1, 1), (-1, -1), "CENTER"))
    table.setStyle(_grid(widths, 1, styles, ruled=False))
    story.append(table)
    story.append(Spacer(1, 8))
    days = len({line.day for line in doc.lines})
    story.append(_p(f"Tổng cộng: {len(doc.lines)} buổi học trong {days} ngày./.", st["body"]))
    return _build(out, page, story, doc.subtitle or doc.title, progress)
