"""Legacy encodings, qualification text and header spellings: the small rules the importer relies on."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.excel.columns import Field, guess_column, guess_field
from app.excel.legacy import Encoding, best_decoding, convert_rows
from app.excel.quals import parse_qualification_text
from app.excel.staff_import import StaffImporter
from app.workspace import Workspace
from db.enums import QualificationKind as K
from tests.conftest import TODAY

TCVN3 = {
    "Céng hoµ x· héi chñ nghÜa ViÖt Nam": "Cộng hoà xã hội chủ nghĩa Việt Nam",
    "§éc lËp - Tù do - H¹nh phóc": "Độc lập - Tự do - Hạnh phúc",
    "NguyÔn V¨n Hïng": "Nguyễn Văn Hùng",
    "NGUYÔN THÞ Hµ": "NGUYỄN THỊ HÀ",  # the capital font .VnTimeH
    "Tr×nh ®é chuyªn m«n": "Trình độ chuyên môn",
    "§¹i häc LuËt": "Đại học Luật",
}
VNI = {
    "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam": "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Ñoäc laäp - Töï do - Haïnh phuùc": "Độc lập - Tự do - Hạnh phúc",
    "Nguyeãn Vaên Huøng": "Nguyễn Văn Hùng",
    "NGUYEÃN THÒ HAØ": "NGUYỄN THỊ HÀ",
    "Ngöôøi hoaït ñoäng khoâng chuyeân traùch": "Người hoạt động không chuyên trách",
    "Ñaëng Thò Ngoïc Aùnh": "Đặng Thị Ngọc Ánh",
}


@pytest.mark.parametrize(("legacy", "unicode"), TCVN3.items())
def test_tcvn3_words(legacy: str, unicode: str) -> None:
    assert best_decoding(legacy) == (Encoding.TCVN3, unicode)


@pytest.mark.parametrize(("legacy", "unicode"), VNI.items())
def test_vni_words(legacy: str, unicode: str) -> None:
    assert best_decoding(legacy) == (Encoding.VNI, unicode)


@pytest.mark.parametrize("text", ["Nguyễn Văn Hùng", "Hoàng Tô Hà", "Tô Hà", "Café ©2020", "UBND xã", "ĐH Luật"])
def test_unicode_text_is_left_alone(text: str) -> None:
    assert best_decoding(text) is None


def test_a_tcvn3_sheet_converts_its_ambiguous_cells_too() -> None:
    rows = [("Hä vµ tªn", "Ngµy sinh"), ("NguyÔn V¨n An", "12/3/1980"), ("Lª T«", "T«"), ("Hoàng Tô Hà",)]
    out, report = convert_rows(rows)  # type: ignore[arg-type]
    assert report.sheet_encoding == Encoding.TCVN3
    assert out[0] == ("Họ và tên", "Ngày sinh") and out[1][0] == "Nguyễn Văn An"
    assert out[2] == ("Lê Tô", "Tô") and out[3] == ("Hoàng Tô Hà",)
    assert report.note() is not None and "TCVN3" in str(report.note())


def test_a_legacy_list_imports_in_unicode(workspace: Workspace, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["STT", "Hä vµ tªn", "Ngµy sinh", "Giíi tÝnh", "Chøc vô", "Tr×nh ®é chuyªn m«n", "§èi t­îng"])
    ws.append([1, "NguyÔn V¨n Hïng", "12/03/1980", "Nam", "Chuyªn viªn", "§¹i häc LuËt", "C«ng chøc"])
    ws.append([2, "§Æng ThÞ Ngäc ¸nh", "1985", "N÷", "Phã Chñ tÞch UBND", "Th¹c sÜ Kinh tÕ", "C¸n bé"])
    wb.save(tmp_path / "abc.xlsx")
    importer = StaffImporter(workspace.db)
    pv = importer.preview(importer.load(tmp_path / "abc.xlsx"), today=TODAY)
    assert pv.counts()["created"] == 2, [p.text() for p in pv.errors()]
    names = [o.parsed.name for o in pv.outcomes]
    assert names == ["Nguyễn Văn Hùng", "Đặng Thị Ngọc Ánh"]
    assert pv.outcomes[1].parsed.qualifications[0].major == "Kinh tế"
    assert any("TCVN3" in n for n in pv.notes)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("ĐH Luật", K.PROFESSIONAL, [("professional", "dai_hoc", "Luật")]),
        ("Thạc sĩ QLKT", K.PROFESSIONAL, [("professional", "thac_si", "Quản lý kinh tế")]),
        ("TC Văn thư - Lưu trữ", K.PROFESSIONAL, [("professional", "trung_cap", "Văn thư - Lưu trữ")]),
        ("Đại học Chính trị học", K.PROFESSIONAL, [("professional", "dai_hoc", "Chính trị học")]),
        (
            "Đại học Quản trị nhân lực (Lao động)",
            K.PROFESSIONAL,
            [("professional", "dai_hoc", "Quản trị nhân lực (Lao động)")],
        ),
        ("CVC", K.STATE_MANAGEMENT, [("state_management", "chuyen_vien_chinh", None)]),
        ("Cao cấp", K.POLITICAL_THEORY, [("political_theory", "cao_cap", None)]),
        ("Sơ cấp LLCT", None, [("political_theory", "so_cap", None)]),
        ("Tin học B", K.IT, [("it", "b", None)]),
        ("B1 tiếng Anh", K.FOREIGN_LANGUAGE, [("foreign_language", "b1", "Tiếng Anh")]),
        ("Bậc 3 (B1)", K.FOREIGN_LANGUAGE, [("foreign_language", "b1", None)]),
        (
            "ĐH Luật; Trung cấp LLCT; QLNN CV",
            None,
            [
                ("professional", "dai_hoc", "Luật"),
                ("political_theory", "trung_cap", None),
                ("state_management", "chuyen_vien", None),
            ],
        ),
        ("Không", K.IT, []),
    ],
)
def test_qualification_text(text: str, kind: K | None, expected: list[tuple[str, str, str | None]]) -> None:
    parsed = parse_qualification_text(text, kind, today=TODAY)
    assert [(q.kind.value, q.level, q.major) for q in parsed.items] == expected
    assert parsed.problems == []


def test_qualification_text_problems_are_named() -> None:
    assert (
        parse_qualification_text("Đại học", K.PROFESSIONAL, today=TODAY).problems[0].startswith("“Đại học”: văn bằng")
    )
    assert parse_qualification_text("Đại học", K.PROFESSIONAL, today=TODAY, major="Luật").items[0].major == "Luật"
    assert "Không nhận ra" in parse_qualification_text("Đang học ĐH", K.PROFESSIONAL, today=TODAY).problems[0]
    assert parse_qualification_text("Cử nhân Kinh tế (2005)", K.PROFESSIONAL, today=TODAY).items[0].year == 2005


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("HỌ VÀ TÊN", Field.FULL_NAME),
        ("Họ tên", Field.FULL_NAME),
        ("Ngày, tháng, năm sinh", Field.DATE_OF_BIRTH),
        ("Nơi sinh", Field.PLACE_OF_BIRTH),
        ("Số CCCD/CMND", Field.CCCD),
        ("SĐT", Field.PHONE),
        ("Chức vụ, chức danh", Field.POSITION),
        ("Chức danh quy hoạch", Field.PLANNING),
        ("Đơn vị công tác", Field.DEPARTMENT),
        ("TĐ LLCT", Field.POLITICAL_THEORY),
        ("Ngày vào Đảng", Field.PARTY_JOIN_DATE),
        ("Vị trí việc làm", Field.JOB_POSITION),
        ("Mã ngạch", Field.RANK),
        ("Tên", Field.GIVEN_NAME),
        ("Ghi chú", Field.NOTES),
    ],
)
def test_header_spellings(header: str, field: Field) -> None:
    assert guess_field(header) == field


def test_two_row_headers() -> None:
    assert guess_column("Ngày sinh", "Nam") == Field.MALE
    assert guess_column("Ngày sinh", "Nữ") == Field.FEMALE
    assert guess_column("Trình độ", "Chuyên môn") == Field.PROFESSIONAL
    assert guess_column("Trình độ", "LLCT") == Field.POLITICAL_THEORY
    assert guess_column("Chuyên môn", "Chuyên ngành") == Field.MAJOR
    assert guess_column("Đảng viên", "Ngày vào") == Field.PARTY_JOIN_DATE
