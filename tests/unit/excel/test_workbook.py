from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.excel.staff_import import StaffImporter
from app.excel.workbook import (
    MAX_ROWS,
    WorkbookError,
    detect_kind,
    inspect_workbook,
    read_sheet,
)
from app.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.excel.builders import PEOPLE, build_list

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "excel"


@pytest.mark.parametrize("suffix", ["xlsx", "xls", "ods"])
def test_files_saved_by_libreoffice_import_like_the_original(workspace: Workspace, suffix: str) -> None:
    path = FIXTURES / f"libreoffice_list.{suffix}"
    assert detect_kind(path) == suffix
    importer = StaffImporter(workspace.db)
    source = importer.load(path)
    assert source.header is not None and source.header.rows == (5, 6)
    pv = importer.preview(source, today=TODAY)
    assert pv.counts()["created"] == len(PEOPLE), [p.text() for p in pv.errors()]
    by_name = {o.parsed.name: o for o in pv.outcomes}
    an = by_name["Nguyễn Văn An"].parsed.data
    assert an is not None and an.date_of_birth == date(1975, 3, 12) and an.cccd == "031075001234"
    assert an.category == "cadre"
    assert by_name["Lê Thị Bình"].parsed.data.dob_precision == "month"  # type: ignore[union-attr]


def test_merged_cells_are_read_from_every_format() -> None:
    for suffix in ("xlsx", "xls", "ods"):
        sheet = read_sheet(FIXTURES / f"libreoffice_list.{suffix}")
        spans = {(m.first_row, m.first_col, m.last_row, m.last_col) for m in sheet.merges}
        assert (5, 2, 5, 3) in spans, suffix  # "Ngày, tháng, năm sinh" over Nam | Nữ


def test_password_protected_workbook(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="đặt mật khẩu"):
        inspect_workbook(FIXTURES / "password_protected.xlsx")


def test_not_a_workbook(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(WorkbookError, match="rỗng"):
        detect_kind(empty)
    csv = tmp_path / "list.xls"
    csv.write_text("Họ và tên,Ngày sinh\nNguyễn Văn A,01/01/1980\n", encoding="utf-8")
    with pytest.raises(WorkbookError, match="không phải bảng tính"):
        detect_kind(csv)
    html = tmp_path / "export.xls"
    html.write_text("<html><table><tr><td>Họ và tên</td></tr></table></html>", encoding="utf-8")
    with pytest.raises(WorkbookError, match="trang HTML"):
        detect_kind(html)
    docx = tmp_path / "van-ban.xlsx"
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(WorkbookError, match="văn bản Word"):
        detect_kind(docx)


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_truncated_file(tmp_path: Path, cut: float) -> None:
    data = build_list(tmp_path / "full.xlsx").read_bytes()
    short = tmp_path / "short.xlsx"
    short.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(WorkbookError, match="bị hỏng hoặc chưa được chép trọn vẹn"):
        read_sheet(short)


def _rewrite_member(src: Path, dest: Path, member: str, transform) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, transform(data) if info.filename == member else data)


def test_xml_entity_attack_is_refused(tmp_path: Path) -> None:
    src = build_list(tmp_path / "ok.xlsx")
    bomb = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'

    def inject(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        return bomb + body.replace(b"<t>STT</t>", b"<t>&lol2;</t>", 1)

    dest = tmp_path / "attack.xlsx"
    _rewrite_member(src, dest, "xl/worksheets/sheet1.xml", inject)
    with pytest.raises(WorkbookError, match="XML không an toàn"):
        read_sheet(dest)


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    src = build_list(tmp_path / "ok.xlsx")
    dest = tmp_path / "bomb.xlsx"
    _rewrite_member(src, dest, "docProps/app.xml", lambda d: d + b" " * (20 * 1024 * 1024))
    with pytest.raises(WorkbookError, match="nén bất thường"):
        detect_kind(dest)


def test_ods_declaring_billions_of_cells_is_refused(tmp_path: Path) -> None:
    src = FIXTURES / "libreoffice_list.ods"
    dest = tmp_path / "huge.ods"
    cell = (
        b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
        b'table:number-columns-repeated="1000" office:value-type="string"><text:p>x</text:p>'
        b"</table:table-cell></table:table-row>"
    )
    _rewrite_member(src, dest, "content.xml", lambda d: d.replace(b"</table:table>", cell + b"</table:table>", 1))
    with pytest.raises(WorkbookError, match="quá lớn"):
        read_sheet(dest)


def test_row_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.excel.workbook as wbmod

    monkeypatch.setattr(wbmod, "MAX_ROWS", 3)
    with pytest.raises(WorkbookError, match="hơn 3 dòng"):
        read_sheet(build_list(tmp_path / "many.xlsx"))
    assert MAX_ROWS >= 10_000


def test_stated_dimensions_are_not_trusted(tmp_path: Path) -> None:
    src = build_list(tmp_path / "ok.xlsx")
    dest = tmp_path / "dim.xlsx"
    _rewrite_member(
        src,
        dest,
        "xl/worksheets/sheet1.xml",
        lambda d: d.replace(b'<dimension ref="A1:M6"/>', b'<dimension ref="A1:B2"/>'),
    )
    assert len(read_sheet(dest).rows) == len(read_sheet(src).rows) == 6


def test_sheet_choice_and_hidden_sheets(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.title = "Ẩn"
    first.sheet_state = "hidden"
    first["A1"] = "không phải danh sách"
    second = wb.create_sheet("Danh sách")
    second["A1"] = "Họ và tên"
    wb.save(tmp_path / "s.xlsx")
    info = inspect_workbook(tmp_path / "s.xlsx")
    assert info.sheet_names == ["Ẩn", "Danh sách"] and info.visible == [False, True]
    assert read_sheet(tmp_path / "s.xlsx").name == "Danh sách"  # the first visible sheet by default
    with pytest.raises(WorkbookError, match="không có trang tính “Khác”"):
        read_sheet(tmp_path / "s.xlsx", "Khác")
