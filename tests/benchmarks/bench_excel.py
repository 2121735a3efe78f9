"""Issue 3: importing a 10,000-row staff list, against a bare openpyxl read-only pass over the same file."""

from __future__ import annotations

import random
import time
import tracemalloc
import zipfile
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from app.excel.staff_export import StaffExporter
from app.excel.staff_import import StaffImporter
from app.workspace import open_workspace
from db.enums import UnitKind
from tests.benchmarks.harness import BenchContext

ROWS = 10_000
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc", "Quang")
GIVEN = ("An", "Bình", "Cường", "Dung", "Hà", "Hùng", "Lan", "Mai", "Nam", "Oanh", "Phúc", "Quân", "Sơn", "Tâm")
DEGREES = ("ĐH Luật", "Thạc sĩ QLKT", "TC Văn thư", "ĐH Kinh tế", "ĐH Hành chính học", "Cao đẳng Kế toán")
DEPTS = ("Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công")


def build(path: Path, rng: random.Random) -> None:
    """A messy official-looking list: title rows, a two-row header, column numbers, sections by category,
    birth dates in the Nam/Nữ columns (dates, text, years), CCCD as numbers, a footer."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(["ỦY BAN NHÂN DÂN", None, None, None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    ws.append(["DANH SÁCH CÁN BỘ, CÔNG CHỨC TOÀN TỈNH"])
    ws.append([])
    ws.append(
        [
            "STT",
            "Họ và tên",
            "Ngày, tháng, năm sinh",
            None,
            "Số CCCD",
            "Chức vụ",
            "Đơn vị",
            "Trình độ",
            None,
            None,
            None,
        ]
    )
    ws.append([None, None, "Nam", "Nữ", None, None, None, "Chuyên môn", "LLCT", "QLNN", "Tin học"])
    ws.append([f"({i})" for i in range(1, 12)])
    sections = {0: ("I", "CÁN BỘ"), ROWS // 4: ("II", "CÔNG CHỨC"), ROWS * 3 // 4: ("III", "VIÊN CHỨC")}
    for i in range(ROWS):
        if i in sections:
            ws.append(list(sections[i]))
        female = rng.random() < 0.45
        name = (
            f"{rng.choice(FAMILY)} {'Thị' if female else rng.choice(MIDDLE)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        )
        born = date(1965, 1, 1) + timedelta(days=rng.randrange(365 * 35))
        birth = (born, born.strftime("%d/%m/%Y"), born.year)[i % 3]
        century_sex = (3 if female else 2) if born.year >= 2000 else (1 if female else 0)
        cccd = int(f"0{rng.randrange(10, 96):02d}{century_sex}{born.year % 100:02d}{i:06d}")
        ws.append(
            [
                i + 1,
                name,
                None if female else birth,
                birth if female else None,
                cccd,
                "Chuyên viên",
                rng.choice(DEPTS),
                rng.choice(DEGREES),
                rng.choice(("Sơ cấp", "Trung cấp", "Cao cấp", "")),
                rng.choice(("CV", "CVC", "")),
                rng.choice(("B", "Ứng dụng CNTT cơ bản", "")),
            ]
        )
    ws.append([None, f"Tổng cộng: {ROWS} người"])
    ws.append([None, None, None, None, None, None, None, "Hải Phòng, ngày 20 tháng 11 năm 2026"])
    wb.save(path)


def bare_pass(path: Path) -> int:
    """The baseline: openpyxl in read-only mode over every row's values."""
    wb = openpyxl.load_workbook(path, read_only=True)
    n = sum(1 for _ in wb.active.iter_rows(values_only=True))
    wb.close()
    return n


def with_dimension(src: Path, dest: Path, ref: str) -> None:
    """A copy of ``src`` whose sheet states its size, as Excel and LibreOffice write it."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetPr>", f'</sheetPr><dimension ref="{ref}"/>'.encode(), 1)
            zout.writestr(info.filename, data)


def run(ctx: BenchContext) -> None:
    rng = random.Random(3)
    path = ctx.workdir / "list-10000.xlsx"
    build(path, rng)

    start = time.perf_counter()
    n = bare_pass(path)
    raw = time.perf_counter() - start
    ctx.report("bare openpyxl read-only pass", raw, None, f"{n} rows, {path.stat().st_size // 1024} KB")

    def fresh_db(name: str) -> StaffImporter:
        ws = open_workspace(ctx.workdir / name)
        ws.init_unit(kind=UnitKind.COMMUNE, code="11311", name="Xã Hà Bắc", province_code="31")
        return StaffImporter(ws.db)

    importer = fresh_db("import.sqlite")
    start = time.perf_counter()
    source = importer.load(path)
    read = time.perf_counter() - start
    preview = importer.preview(source)
    checked = time.perf_counter() - start
    result = importer.commit(preview)
    total = time.perf_counter() - start
    assert result.created == ROWS, preview.counts()
    ctx.report("  read + Unicode + header (load)", read, raw)
    ctx.report("  + parse, check and plan every row (preview)", checked, raw)
    ctx.report(
        "import 10,000 rows (load + preview + backup + apply)",
        total,
        raw,
        f"aim ≤ 1.5× {'✓' if total <= 1.5 * raw else '✗'}; {result.qualifications_added} qualifications",
    )
    start = time.perf_counter()
    again = importer.preview(importer.load(path))
    ctx.report(
        "same file again: preview (all unchanged)", time.perf_counter() - start, raw, str(again.counts()["unchanged"])
    )

    tracemalloc.start()
    other = fresh_db("memory.sqlite")
    other.commit(other.preview(other.load(path)))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    ctx.report("peak Python memory during the import (tracemalloc)", 0, None, f"{peak / 1024 / 1024:.0f} MB")

    # openpyxl's write-only mode (above) leaves out the sheet's <dimension>, so openpyxl's own read-only
    # pass reads such a file twice (once to learn its size). Excel and LibreOffice always write it: the
    # same list as they save it, against a bare pass over that file, is the figure a clerk's file gets.
    excel_path = ctx.workdir / "list-10000-excel.xlsx"
    with_dimension(path, excel_path, f"A1:K{n}")
    start = time.perf_counter()
    n_excel = bare_pass(excel_path)
    raw_excel = time.perf_counter() - start
    ctx.report("bare openpyxl pass, the file as Excel saves it (<dimension>)", raw_excel, None, f"{n_excel} rows")
    excel_importer = fresh_db("import-excel.sqlite")
    start = time.perf_counter()
    excel_result = excel_importer.commit(excel_importer.preview(excel_importer.load(excel_path)))
    ctx.report(
        "import 10,000 rows from that file", time.perf_counter() - start, raw_excel, f"{excel_result.created} created"
    )

    start = time.perf_counter()
    StaffExporter(importer.db).export(ctx.workdir / "export.xlsx")
    ctx.report("export the 10,000 people (official layout)", time.perf_counter() - start, raw)
