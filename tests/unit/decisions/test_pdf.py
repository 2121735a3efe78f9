"""The printed decision, read back: text (Vietnamese intact), A4, embedded fonts, where the header parts
stand, page numbers (none on page 1; the appendix numbers its own pages)."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.decisions.document import AppendixRow, DecisionDocument, build_document
from app.decisions.pdf import HEADER_LEFT, MARGIN_LEFT, PAGE_H, PAGE_W, TEXT_W, render_decision_pdf
from app.decisions.service import find_decision
from app.errors import UserError
from app.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts
from app.workspace import Workspace

Fragment = tuple[str, float, float, float]  # text, x, y, font size


def fragments(page: Any) -> list[Fragment]:
    out: list[Fragment] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((text.strip(), x, y, size))

    page.extract_text(visitor_text=visit)
    return out


def find(frags: list[Fragment], text: str) -> Fragment:
    hits = [f for f in frags if f[0] == text]
    assert hits, f"{text!r} not on the page: {[f[0] for f in frags][:40]}"
    return hits[0]


@pytest.fixture
def decision_pdf(demo_workspace: Workspace, tmp_path: Path) -> tuple[DecisionDocument, PdfReader]:
    with demo_workspace.db.reading() as s:
        doc = build_document(s, find_decision(s, "01/QĐ-UBND/2026").uid)  # the demo has decisions of several years
    out = render_decision_pdf(doc, tmp_path / "qd.pdf")
    return doc, PdfReader(out)


def test_text_reads_back_in_vietnamese(decision_pdf: tuple[DecisionDocument, PdfReader]) -> None:
    doc, reader = decision_pdf
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert unicodedata.is_normalized("NFC", text)
    flat = " ".join(text.split())
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ HÀ BẮC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 01/QĐ-UBND",
        "QUYẾT ĐỊNH",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀ BẮC",
        "QUYẾT ĐỊNH:",
        "Điều 1.",
        "Điều 2.",
        "Điều 3.",
        "Nơi nhận:",
        "- Lưu: VT, VHXH.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "DANH SÁCH",
        "Trình độ chuyên môn",
        "Ngày sinh",
    ):
        assert expected in flat, expected
    assert doc.signer_name in flat and doc.appendix[0].name in flat
    assert "(Kèm theo Quyết định số 01/QĐ-UBND ngày" in flat


def test_a4_and_fonts_embedded(decision_pdf: tuple[DecisionDocument, PdfReader]) -> None:
    _doc, reader = decision_pdf
    names = set()
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(PAGE_W, abs=0.5) == pytest.approx(595.28, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.5)
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            names.add(str(font["/BaseFont"]).split("+")[-1])
    assert names <= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} <= names


def test_header_parts_stand_where_decree_30_puts_them(decision_pdf: tuple[DecisionDocument, PdfReader]) -> None:
    doc, reader = decision_pdf
    register_fonts()
    frags = fragments(reader.pages[0])
    left_end = MARGIN_LEFT + TEXT_W * HEADER_LEFT
    left_centre = (MARGIN_LEFT + left_end) / 2
    right_centre = (left_end + MARGIN_LEFT + TEXT_W) / 2

    def centre(f: Fragment, font: str) -> float:
        return f[1] + stringWidth(f[0], font, f[3]) / 2

    body = find(frags, "ỦY BAN NHÂN DÂN")
    unit = find(frags, "XÃ HÀ BẮC")
    nation = find(frags, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = find(frags, "Độc lập - Tự do - Hạnh phúc")
    number = find(frags, "Số: 01/QĐ-UBND")
    place = find(frags, doc.place_date)
    # left column: issuing body over the number, centred; right: nation, motto, place and date
    for f, font in ((body, BOLD), (unit, BOLD), (number, REGULAR)):
        assert centre(f, font) == pytest.approx(left_centre, abs=1)
        assert f[1] >= MARGIN_LEFT - 0.5 and f[1] + stringWidth(f[0], font, f[3]) <= left_end + 0.5
    for f, font in ((nation, BOLD), (motto, BOLD), (place, ITALIC)):
        assert centre(f, font) == pytest.approx(right_centre, abs=1)
        assert f[1] >= left_end - 0.5 and f[1] + stringWidth(f[0], font, f[3]) <= MARGIN_LEFT + TEXT_W + 0.5
    # sizes: body and nation 12–13 pt, motto 13–14, number 13, place and date 13–14
    assert 12 <= body[3] <= 13 and 12 <= nation[3] <= 13 and 13 <= motto[3] <= 14 and 13 <= place[3] <= 14
    # top row together at the top margin; number and date on one line below it
    assert body[2] == pytest.approx(nation[2], abs=0.5)
    assert PAGE_H - 20 * mm - 15 < body[2] < PAGE_H - 20 * mm
    assert number[2] == pytest.approx(place[2], abs=0.5) and number[2] < motto[2] < nation[2]
    # the title block, centred on the text width
    title = find(frags, "QUYẾT ĐỊNH")
    assert centre(title, BOLD) == pytest.approx(MARGIN_LEFT + TEXT_W / 2, abs=1) and title[2] < number[2]
    # no page number on page 1
    assert not [f for f in frags if f[0].isdigit() and f[2] > PAGE_H - 20 * mm]


def page_number(page: Any) -> str | None:
    top = [f for f in fragments(page) if f[2] > PAGE_H - 20 * mm and f[0].isdigit()]
    if not top:
        return None
    (text, x, _y, size) = top[0]
    register_fonts()
    assert x + stringWidth(text, REGULAR, size) / 2 == pytest.approx(PAGE_W / 2, abs=1)
    assert 13 <= size <= 14
    return text


def test_long_appendix_numbers_its_own_pages(decision_pdf: tuple[DecisionDocument, PdfReader], tmp_path: Path) -> None:
    doc, _reader = decision_pdf
    rows = tuple(
        AppendixRow(
            i, f"Nguyễn Thị Người {i}", "", "05/01/1990", "Chuyên viên", "Phòng Văn hóa - Xã hội", "Đại học Luật", ""
        )
        for i in range(1, 301)
    )
    big = replace(doc, appendix=rows)
    reader = PdfReader(render_decision_pdf(big, tmp_path / "big.pdf"))
    numbers = [page_number(p) for p in reader.pages]
    starts = [i for i, p in enumerate(reader.pages) if "DANH SÁCH" in p.extract_text()]
    assert len(starts) == 1
    start = starts[0]
    assert numbers[0] is None and numbers[1:start] == [str(i) for i in range(2, start + 1)]
    assert numbers[start] is None  # the appendix's first page
    assert numbers[start + 1 :] == [str(i) for i in range(2, len(reader.pages) - start + 1)]
    assert len(reader.pages) - start >= 8  # 300 rows need several pages, header repeated on each
    assert all("Họ và tên" in reader.pages[i].extract_text() for i in range(start, len(reader.pages)))
    assert "Nguyễn Thị Người 300" in " ".join(reader.pages[-1].extract_text().split())


def test_unissued_draft_leaves_number_and_date_blank(demo_workspace: Workspace, tmp_path: Path) -> None:
    with demo_workspace.db.reading() as s:
        from app.decisions.service import list_decisions

        draft = next(r for r in list_decisions(s) if r.number is None)
        doc = build_document(s, draft.uid)
    text = PdfReader(render_decision_pdf(doc, tmp_path / "draft.pdf")).pages[0].extract_text()
    assert "DỰ THẢO" in text and "/QĐ-UBND" in text and "ngày      tháng" in doc.place_date


def test_a_failed_write_leaves_nothing(decision_pdf: tuple[DecisionDocument, PdfReader], tmp_path: Path) -> None:
    doc, _ = decision_pdf
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(UserError, match="không tồn tại"):
        render_decision_pdf(doc, tmp_path / "missing" / "qd.pdf")

    def stop(_done: int, _total: int, _msg: str) -> bool:
        return False

    with pytest.raises(UserError):
        from app.decisions.pdf import render_decision_pdf as render

        render(doc, tmp_path / "stopped.pdf", progress=stop)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".decision-*")) == []
