"""Test workbooks with the quirks of real office lists, built with openpyxl one quirk at a time."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl

QUIRKS = (
    "title_rows",  # "ỦY BAN NHÂN DÂN…", "DANH SÁCH…" above the header
    "two_row_header",  # "Ngày sinh" over "Nam | Nữ", "Trình độ" over "Chuyên môn | LLCT | QLNN | Tin học"
    "column_numbers",  # "(1) (2) (3)…" under the header
    "sections",  # "I. CÁN BỘ", "II. CÔNG CHỨC" rows inside the data
    "footer",  # a total line and a signature block under the list
    "text_dates",  # "dd/mm/yyyy" text, "mm/yyyy", a bare year, "00/00/1970"
    "numbers",  # CCCD and phone stored as numbers that lost their leading zero
    "messy_text",  # decomposed Unicode, stray and non-breaking spaces, names in capitals
)

# (name, sex, birth as a date/text, cccd, phone, position, department, professional, llct, qlnn, it)
PEOPLE: tuple[tuple[Any, ...], ...] = (
    (
        "Nguyễn Văn An",
        "M",
        date(1975, 3, 12),
        "031075001234",
        "0912345678",
        "Chủ tịch UBND",
        "Lãnh đạo HĐND, UBND",
        "ĐH Luật",
        "Cao cấp",
        "CVC",
        "B",
    ),
    (
        "Lê Thị Bình",
        "F",
        date(1985, 5, 2),
        "031185002345",
        "0987654321",
        "Phó Chủ tịch HĐND",
        "Lãnh đạo HĐND, UBND",
        "Thạc sĩ QLKT",
        "Cao cấp",
        "CV",
        "Ứng dụng CNTT cơ bản",
    ),
    (
        "Trần Văn Cường",
        "M",
        date(1990, 1, 20),
        "031090003456",
        "0901234567",
        "Chuyên viên",
        "Văn phòng HĐND và UBND",
        "ĐH Hành chính học",
        "Trung cấp",
        "CV",
        "B",
    ),
    (
        "Phạm Thị Dung",
        "F",
        date(1992, 11, 30),
        "031192004567",
        "0934567890",
        "Chuyên viên",
        "Phòng Văn hóa - Xã hội",
        "TC Văn thư",
        "Sơ cấp",
        "",
        "",
    ),
    (
        "Hoàng Văn Em",
        "M",
        date(1970, 6, 1),
        "031070005678",
        "0976543210",
        "Chuyên viên",
        "Phòng Kinh tế",
        "ĐH Quản lý đất đai",
        "Trung cấp",
        "CV",
        "A",
    ),
)
CATEGORIES = ("cadre", "cadre", "civil_servant", "civil_servant", "civil_servant")
HEADERS_ONE_ROW = (
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Số CCCD",
    "Điện thoại",
    "Chức vụ",
    "Đơn vị",
    "Trình độ chuyên môn",
    "LLCT",
    "QLNN",
    "Tin học",
    "Đối tượng",
)


def _birth(value: date, style: int, quirks: set[str]) -> Any:
    if "text_dates" not in quirks:
        return datetime(value.year, value.month, value.day)
    return (
        f"{value.day:02d}/{value.month:02d}/{value.year}",
        f"{value.month:02d}/{value.year}",
        value.year,
        f"00/00/{value.year}",
        datetime(value.year, value.month, value.day),
    )[style % 5]


def build_list(path: Path, quirks: Iterable[str] = (), *, people: Iterable[tuple[Any, ...]] = PEOPLE) -> Path:
    """A staff list with the given quirks; with none, a tidy one-row-header table."""
    q = set(quirks)
    unknown = q - set(QUIRKS)
    assert not unknown, unknown
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "DS can bo"
    people = list(people)
    if "title_rows" in q:
        ws.append(["ỦY BAN NHÂN DÂN", None, None, None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
        ws.append(["XÃ HÀ BẮC", None, None, None, None, None, "Độc lập - Tự do - Hạnh phúc"])
        ws.append([])
        ws.append(["DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ HÀ BẮC NĂM 2026"])
        ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=12)
        ws.append([])
    two = "two_row_header" in q
    if two:
        top = 6 if "title_rows" in q else 1  # five title rows above
        ws.append(
            [
                "STT",
                "Họ và tên",
                "Ngày, tháng, năm sinh",
                None,
                "Số CCCD",
                "Điện thoại",
                "Chức vụ",
                "Đơn vị",
                "Trình độ",
                None,
                None,
                None,
            ]
        )
        ws.append([None, None, "Nam", "Nữ", None, None, None, None, "Chuyên môn", "LLCT", "QLNN", "Tin học"])
        for col in (1, 2, 5, 6, 7, 8):
            ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
        ws.merge_cells(start_row=top, start_column=3, end_row=top, end_column=4)
        ws.merge_cells(start_row=top, start_column=9, end_row=top, end_column=12)
        width = 12
    else:
        ws.append(list(HEADERS_ONE_ROW if "sections" not in q else HEADERS_ONE_ROW[:-1]))
        width = len(HEADERS_ONE_ROW)
    if "column_numbers" in q:
        ws.append([f"({i})" for i in range(1, width + 1)])
    sections = {0: ("I", "CÁN BỘ"), 2: ("II", "CÔNG CHỨC")} if "sections" in q else {}
    for i, person in enumerate(people):
        if i in sections:
            ws.append(list(sections[i]))
        name, sex, birth, cccd, phone, position, dept, prof, llct, qlnn, it = person
        if "messy_text" in q:
            import unicodedata

            name = unicodedata.normalize("NFD", f"  {name.upper() if i % 2 else name}\u00a0 ")
            position = f" {position}  "
        born = _birth(birth, i, q) if isinstance(birth, date) else birth
        cccd_value: Any = int(cccd) if "numbers" in q else cccd
        phone_value: Any = int(phone) if "numbers" in q else phone
        if two:
            ws.append(
                [
                    i + 1,
                    name,
                    born if sex == "M" else None,
                    born if sex == "F" else None,
                    cccd_value,
                    phone_value,
                    position,
                    dept,
                    prof,
                    llct,
                    qlnn,
                    it,
                ]
            )
        else:
            row = [
                i + 1,
                name,
                born,
                "Nam" if sex == "M" else "Nữ",
                cccd_value,
                phone_value,
                position,
                dept,
                prof,
                llct,
                qlnn,
                it,
            ]
            if "sections" not in q:
                row.append("Cán bộ" if CATEGORIES[i % len(CATEGORIES)] == "cadre" else "Công chức")
            ws.append(row)
    if "footer" in q:
        ws.append([None, f"Tổng cộng: {len(people)} người"])
        ws.append([])
        ws.append([None, None, None, None, None, None, None, "Hà Bắc, ngày 20 tháng 11 năm 2026"])
        ws.append([None, "NGƯỜI LẬP BIỂU", None, None, None, None, None, "CHỦ TỊCH"])
        ws.append([])
        ws.append([None, "Đỗ Văn Lập", None, None, None, None, None, "Nguyễn Văn An"])
    wb.save(path)
    return path
