"""Reading a workbook that came from anywhere, safely.

The file decides its format by its bytes, not its name: a zip holding ``xl/workbook.xml`` is .xlsx
(read with openpyxl in read-only mode, whose XML goes through defusedxml), an OLE2 container is a
legacy .xls (xlrd) unless it is an encrypted Office file, a zip with the OpenDocument spreadsheet
mimetype is .ods (python-calamine, after a streaming defusedxml scan that bounds its size). Every
refusal is a ``WorkbookError`` whose Vietnamese message names the file and says what to do.

Limits keep a hostile or broken file from exhausting the office PC: file size, zip member count,
uncompressed size and compression ratio (zip bombs), rows and columns read, and the dense cell area
of an .ods (whose repeat attributes can declare billions of cells in a few bytes).
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from app.errors import UserError

log = logging.getLogger("boiduong.excel")

CellValue = str | int | float | bool | date | datetime | time | timedelta | None
Row = tuple[CellValue, ...]
#: progress(done, total, message) -> keep going? (total 0 when unknown)
Progress = Callable[[int, int, str], bool]

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ZIP_MEMBERS = 5_000
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024
MAX_COMPRESSION_RATIO = 150  # for members over 5 MB uncompressed; real sheets compress 5-20×
MAX_ROWS = 100_000  # rows with content
MAX_COLUMNS = 300  # cells further right are ignored
MAX_TRAILING_EMPTY_ROWS = 20_000  # formatted-but-empty rows after the data: stop reading there
MAX_CELLS = 5_000_000  # dense area of an .ods

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


class WorkbookError(UserError):
    """A file that cannot be read as a workbook; the message is for the clerk."""


class ReadCancelled(Exception):
    """The user cancelled while the file was being read."""


@dataclass(frozen=True)
class Merge:
    """A merged area, 0-based and inclusive."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int


@dataclass
class Sheet:
    name: str
    rows: list[Row]
    merges: list[Merge] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class WorkbookInfo:
    path: Path
    kind: str  # "xlsx", "xls" or "ods"
    sheet_names: list[str]
    visible: list[bool]


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# ----------------------------------------------------------------------------------- detection


def detect_kind(path: Path) -> str:
    """The workbook format of ``path`` from its bytes, or a WorkbookError that says what it is not."""
    path = Path(path)
    if not path.is_file():
        raise WorkbookError(f"Không tìm thấy tệp: {path}")
    size = path.stat().st_size
    if size == 0:
        raise WorkbookError(f"Tệp {path.name} rỗng (0 byte).")
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            f"Tệp {path.name} quá lớn ({size / 1024 / 1024:.0f} MB); danh sách cán bộ không vượt quá "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB. Hãy kiểm tra lại tệp."
        )
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path)
    if head == OLE_MAGIC:
        if _ole_is_encrypted_package(path):
            raise _password_error(path)
        return "xls"
    text_hint = head.lstrip().lower()
    if text_hint.startswith((b"<", b"\xef\xbb\xbf<")):
        raise WorkbookError(
            f"Tệp {path.name} là trang HTML/XML mang đuôi bảng tính, không phải tệp Excel thật. "
            "Hãy mở tệp bằng Excel rồi “Lưu thành” Excel Workbook (.xlsx)."
        )
    raise WorkbookError(
        f"Tệp {path.name} không phải bảng tính Excel (.xlsx, .xls) hay LibreOffice (.ods). "
        "Nếu là tệp CSV hoặc văn bản, hãy mở bằng Excel rồi lưu lại dạng .xlsx."
    )


def _password_error(path: Path) -> WorkbookError:
    return WorkbookError(
        f"Tệp {path.name} được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu "
        "(Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập lại."
    )


def _broken_error(path: Path, detail: object = "") -> WorkbookError:
    log.info("unreadable workbook %s: %r", path, detail)
    return WorkbookError(
        f"Tệp {path.name} bị hỏng hoặc chưa được chép trọn vẹn nên không đọc được. "
        "Hãy chép lại tệp từ máy gốc (hoặc mở bằng Excel và lưu lại) rồi thử lại."
    )


def _ole_is_encrypted_package(path: Path) -> bool:
    """Excel's "encrypt with password" wraps the .xlsx into an OLE2 file with these streams."""
    from xlrd import compdoc

    data = path.read_bytes()
    try:
        doc = compdoc.CompDoc(data, logfile=_NullLog())
        names = {d.name for d in doc.dirlist}
    except Exception:  # a damaged container: fall back to the stream names' bytes
        names = {n for n in ("EncryptedPackage", "EncryptionInfo") if n.encode("utf-16-le") in data}
    return "EncryptedPackage" in names or "EncryptionInfo" in names


class _NullLog:
    def write(self, _text: str) -> int:
        return 0


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_zip(path, infos)
            names = {i.filename for i in infos}
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                if "xl/workbook.bin" in names and "xl/workbook.xml" not in names:
                    raise WorkbookError(
                        f"Tệp {path.name} là dạng Excel nhị phân (.xlsb). Hãy mở bằng Excel và lưu lại dạng .xlsx."
                    )
                return "xlsx"
            if "mimetype" in names and zf.read("mimetype").strip() == ODS_MIMETYPE:
                return "ods"
            if "word/document.xml" in names:
                raise WorkbookError(f"Tệp {path.name} là văn bản Word, không phải bảng tính.")
    except zipfile.BadZipFile as exc:
        raise _broken_error(path, exc) from exc
    raise WorkbookError(f"Tệp {path.name} là tệp nén nhưng không chứa bảng tính Excel hay LibreOffice.")


def _check_zip(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ZIP_MEMBERS:
        raise WorkbookError(
            f"Tệp {path.name} chứa quá nhiều thành phần ({len(infos)}); không phải bảng tính bình thường."
        )
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 5 * 1024 * 1024 and ratio > MAX_COMPRESSION_RATIO:
            raise WorkbookError(
                f"Tệp {path.name} có thành phần nén bất thường ({info.filename}: tỉ lệ nén {ratio:.0f}:1) — "
                "có thể là tệp độc hại. Không đọc."
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise WorkbookError(
            f"Tệp {path.name} khi giải nén quá lớn ({total / 1024 / 1024:.0f} MB); không phải danh sách bình thường."
        )


# ----------------------------------------------------------------------------------- workbook


def inspect_workbook(path: Path) -> WorkbookInfo:
    """Format and sheet names, without reading the cells."""
    path = Path(path)
    kind = detect_kind(path)
    with _guard(path):
        if kind == "xlsx":
            listed = _xlsx_sheets(path)
            if listed is not None:
                names = [s.name for s in listed]
                visible = [s.visible for s in listed]
            else:
                with _open_xlsx(path) as wb:
                    names = list(wb.sheetnames)
                    visible = [getattr(wb[n], "sheet_state", "visible") == "visible" for n in names]
        elif kind == "xls":
            book = _open_xls(path, formatting=False)
            try:
                names = list(book.sheet_names())
                visible = [getattr(book.sheet_by_index(i), "visibility", 0) == 0 for i in range(len(names))]
            finally:
                book.release_resources()
        else:
            scan = _scan_ods(path)
            names = [t.name for t in scan]
            visible = [True] * len(names)
    if not names:
        raise WorkbookError(f"Tệp {path.name} không có trang tính nào.")
    return WorkbookInfo(path=path, kind=kind, sheet_names=names, visible=visible)


def read_sheet(path: Path, sheet: str | int | None = None, *, progress: Progress | None = None) -> Sheet:
    """All rows of one sheet (the first visible one when ``sheet`` is None), trailing blanks trimmed."""
    path = Path(path)
    kind = detect_kind(path)
    with _guard(path):
        if kind == "xlsx":
            return _read_xlsx(path, sheet, progress)
        if kind == "xls":
            return _read_xls(path, sheet, progress)
        return _read_ods(path, sheet, progress)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and its causes (openpyxl wraps defusedxml's refusal in a ValueError)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


@contextmanager
def _guard(path: Path) -> Iterator[None]:
    """Turn the readers' many exceptions into one clear message."""
    try:
        yield
    except (WorkbookError, ReadCancelled):
        raise
    except Exception as exc:
        translated = _translate(path, exc)
        if translated is None:
            raise
        raise translated from exc


def _translate(path: Path, exc: Exception) -> WorkbookError | None:
    from defusedxml import DefusedXmlException

    if any(isinstance(e, DefusedXmlException) for e in _chain(exc)):
        log.warning("refused XML construct in %s: %r", path, exc)
        return WorkbookError(
            f"Tệp {path.name} chứa cấu trúc XML không an toàn (khai báo thực thể/DTD) và đã bị từ chối. "
            "Bảng tính do Excel hay LibreOffice lưu không bao giờ có cấu trúc này."
        )
    if isinstance(exc, MemoryError):  # pragma: no cover - depends on the machine
        return WorkbookError(f"Tệp {path.name} quá lớn để đọc trên máy này.")
    if isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError | ParseError | KeyError | ValueError | OSError):
        return _broken_error(path, exc)
    if type(exc).__module__.startswith(("xlrd", "python_calamine", "openpyxl")):
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
            return _password_error(path)
        return _broken_error(path, exc)
    return None


def _pick(names: list[str], visible: list[bool], sheet: str | int | None, path: Path) -> int:
    if sheet is None:
        return next((i for i, v in enumerate(visible) if v), 0)
    if isinstance(sheet, int):
        if not 0 <= sheet < len(names):
            raise WorkbookError(f"Tệp {path.name} không có trang tính thứ {sheet + 1}.")
        return sheet
    if sheet in names:
        return names.index(sheet)
    raise WorkbookError(f"Tệp {path.name} không có trang tính “{sheet}” (có: {', '.join(names)}).")


class _RowCollector:
    """Trims rows, enforces the row and column limits, reports progress."""

    def __init__(self, path: Path, sheet: str, total: int, progress: Progress | None) -> None:
        self.path, self.sheet, self.total, self.progress = path, sheet, total, progress
        self.rows: list[Row] = []
        self.content_rows = 0
        self.trailing_empty = 0
        self.wide = False

    def add(self, values: tuple[Any, ...] | list[Any]) -> bool:
        """Add one row; False when reading should stop (a long empty tail)."""
        if len(values) > MAX_COLUMNS:
            values = values[:MAX_COLUMNS]
            self.wide = True
        end = len(values)
        while end and (values[end - 1] is None or values[end - 1] == ""):
            end -= 1
        row: Row = tuple(values[:end])
        self.rows.append(row)
        if end:
            self.content_rows += 1
            self.trailing_empty = 0
            if self.content_rows > MAX_ROWS:
                raise WorkbookError(
                    f"Trang “{self.sheet}” của tệp {self.path.name} có hơn {MAX_ROWS:,} dòng dữ liệu".replace(",", ".")
                    + "; hãy tách thành nhiều tệp nhỏ hơn."
                )
        else:
            self.trailing_empty += 1
            if self.trailing_empty > MAX_TRAILING_EMPTY_ROWS:
                return False
        n = len(self.rows)
        if self.progress is not None and n % 500 == 0 and not self.progress(n, self.total, f"Đang đọc dòng {n}…"):
            raise ReadCancelled()
        return True

    def finish(self, merges: list[Merge] | None = None) -> Sheet:
        while self.rows and not self.rows[-1]:
            self.rows.pop()
        notes = []
        if self.wide:
            notes.append(f"Các cột sau cột {column_letter(MAX_COLUMNS - 1)} bị bỏ qua.")
        return Sheet(self.sheet, self.rows, merges or [], notes)


# ---------------------------------------------------------------------------------------- xlsx


@contextmanager
def _open_xlsx(path: Path) -> Iterator[Any]:
    """openpyxl in read-only mode on a file handle we close ourselves, even when openpyxl gives up
    half-way (it would otherwise leave its zip open)."""
    import openpyxl
    from openpyxl import xml as openpyxl_xml

    if not openpyxl_xml.DEFUSEDXML:  # pragma: no cover - a packaging bug, never a user's file
        raise WorkbookError("Thiếu thư viện defusedxml: không thể đọc tệp .xlsx một cách an toàn.")
    with path.open("rb") as handle:
        wb = openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)
        try:
            yield wb
        finally:
            wb.close()


_MERGE_RE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\"")


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


def _xlsx_merges(archive: zipfile.ZipFile, member: str) -> list[Merge]:
    """Merged areas from the sheet's ``<mergeCells>``; read-only openpyxl does not keep them."""
    try:
        data = archive.read(member)
    except KeyError:
        return []
    return _merges_in(data)


def _read_xlsx(path: Path, sheet: str | int | None, progress: Progress | None) -> Sheet:
    """A sheet of an .xlsx: with python-calamine when the file is plainly safe to hand it (see
    ``_calamine_plan``), else streamed by openpyxl through defusedxml."""
    plan = _calamine_plan(path, sheet)
    if plan is not None:
        try:
            return _read_xlsx_calamine(path, plan, progress)
        except (WorkbookError, ReadCancelled):
            raise
        except Exception as exc:  # the careful reader decides what this file is
            log.info("calamine could not read %s (%r); reading it with openpyxl", path, exc)
    return _read_xlsx_openpyxl(path, sheet, progress)


def _read_xlsx_openpyxl(path: Path, sheet: str | int | None, progress: Progress | None) -> Sheet:
    with _open_xlsx(path) as wb:
        names = list(wb.sheetnames)
        visible = [getattr(wb[n], "sheet_state", "visible") == "visible" for n in names]
        index = _pick(names, visible, sheet, path)
        ws = wb[names[index]]
        declared = ws.max_row if isinstance(ws.max_row, int) else 0
        ws.reset_dimensions()  # never trust the stated size: read the rows that are there
        collector = _RowCollector(path, names[index], declared if 0 < declared < 10 * MAX_ROWS else 0, progress)
        for values in ws.iter_rows(values_only=True):
            if not collector.add(values):
                break
        member = getattr(ws, "_worksheet_path", None)
        merges = _xlsx_merges(wb._archive, member) if member else []
    return collector.finish(merges)


# The fast path. openpyxl parses a sheet in Python, element by element (and once more up front to
# learn its size when the file states none); python-calamine reads it in Rust about fifteen times
# faster. But calamine builds the sheet as one dense block from the cells' positions (a single cell at
# XFD1048576 makes it ask for billions of cells and abort the process), so it is given a file only when
# a scan of the bytes proves the block small and the XML plain: every cell states its position in the
# usual form, none lies beyond column FAST_COLUMNS or row FAST_ROWS, the stated dimension agrees, no
# cell is an error value, and no XML member has a DTD or an encoding other than UTF-8. Anything else —
# and anything calamine fails on — is read by openpyxl as before, whose defusedxml parser gives the
# refusals and messages above.

FAST_COLUMNS = 50  # AX
FAST_ROWS = 99_999  # five digits
assert FAST_COLUMNS * FAST_ROWS <= MAX_CELLS and FAST_COLUMNS <= MAX_COLUMNS
_CELL_WITH_REF = b'<c r="'
_CELL_OPENERS = (b"<c ", b"<c>", b"<c/")
# a cell beyond AX or beyond row 99999, or written another way (a prefix, a tab before its attributes)
_FAR_OR_ODD_CELL = re.compile(
    rb'<c r="(?:[A-Z]{3}|[B-Z][A-Z]|A[YZ]|[A-Z]{1,2}[0-9]{6})|<(?:[A-Za-z_][\w.\-]*:c[\s/>]|c[\t\r\n])'
)
_DIMENSION = re.compile(rb'<dimension ref="\$?([A-Z]{1,3})\$?([0-9]{1,7})(?::\$?([A-Z]{1,3})\$?([0-9]{1,7}))?"')
_SST_COUNT = re.compile(rb"\b(?:count|uniqueCount)=[\"']([0-9]+)[\"']")
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_PKG_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


@dataclass(frozen=True)
class _XlsxSheet:
    name: str
    visible: bool
    member: str  # the worksheet's part in the zip


@dataclass(frozen=True)
class _CalaminePlan:
    index: int
    names: list[str]
    rows: int  # no more rows than this can come back
    merges: list[Merge]


def _xlsx_sheets(path: Path) -> list[_XlsxSheet] | None:
    """Sheet names, visibility and parts from xl/workbook.xml (defusedxml), or None when the workbook
    is anything but plain worksheets (openpyxl then answers)."""
    from defusedxml.ElementTree import fromstring

    try:
        with zipfile.ZipFile(path) as zf:
            book = fromstring(zf.read("xl/workbook.xml"))
            rels = fromstring(zf.read("xl/_rels/workbook.xml.rels"))
            members = set(zf.namelist())
    except Exception:
        return None
    targets = {}
    for rel in rels.iter(f"{_PKG_NS}Relationship"):
        if not str(rel.get("Type", "")).endswith("/worksheet"):
            continue
        target = str(rel.get("Target", ""))
        target = target[1:] if target.startswith("/") else "xl/" + target
        targets[rel.get("Id")] = target
    out = []
    for element in book.iter(f"{_MAIN_NS}sheet"):
        member = targets.get(element.get(f"{_REL_NS}id"))
        name = element.get("name")
        if member is None or member not in members or not name:
            return None  # a chart sheet, a dialog sheet or a broken reference
        out.append(_XlsxSheet(str(name), element.get("state", "visible") == "visible", member))
    return out or None


def _column_number(letters: bytes) -> int:
    return _col_index(letters) + 1


def _calamine_plan(path: Path, sheet: str | int | None) -> _CalaminePlan | None:
    """The sheet to give calamine, or None when openpyxl must read this file (see above)."""
    listed = _xlsx_sheets(path)
    if listed is None:
        return None
    names = [s.name for s in listed]
    index = _pick(names, [s.visible for s in listed], sheet, path)
    member = listed[index].member
    data = b""
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if not info.filename.endswith((".xml", ".rels")):
                    continue
                content = zf.read(info)
                head = content[:64]
                if b"<!DOCTYPE" in content or b"<!ENTITY" in content or b"\x00" in head or head.startswith(b"\xfe\xff"):
                    return None
                if info.filename == "xl/sharedStrings.xml" and any(
                    int(n) > MAX_CELLS for n in _SST_COUNT.findall(content[:512])
                ):
                    return None
                if info.filename == member:
                    data = content
    except Exception:
        return None
    if _FAR_OR_ODD_CELL.search(data) is not None:
        return None
    if b't="e"' in data or b"t='e'" in data:
        return None  # an error cell ("#N/A"): calamine reads it as empty, openpyxl as its text, which is named
    if data.count(_CELL_WITH_REF) != sum(data.count(opener) for opener in _CELL_OPENERS):
        return None  # a cell without its position: calamine would place it where the scan cannot see
    if (dim := _DIMENSION.search(data, 0, 4096)) is not None:
        first_col, first_row, last_col, last_row = dim.groups()
        if _column_number(last_col or first_col) > FAST_COLUMNS or int(last_row or first_row) > FAST_ROWS:
            return None
    rows = FAST_ROWS
    return _CalaminePlan(index, names, rows, _merges_in(data))


def _merges_in(data: bytes) -> list[Merge]:
    start = data.find(b"mergeCells")
    if start < 0:
        return []
    return [
        Merge(int(m[2]) - 1, _col_index(m[1]), int(m[4]) - 1, _col_index(m[3]))
        for m in _MERGE_RE.finditer(data, max(0, start - 20))
    ]


def _read_xlsx_calamine(path: Path, plan: _CalaminePlan, progress: Progress | None) -> Sheet:
    import python_calamine

    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        if list(wb.sheet_names) != plan.names:
            raise ValueError("calamine lists other sheets")
        values = wb.get_sheet_by_index(plan.index).to_python(skip_empty_area=False)
    finally:
        wb.close()
    if len(values) > plan.rows:
        raise ValueError("calamine returned more rows than the sheet holds")
    collector = _RowCollector(path, plan.names[plan.index], len(values), progress)
    for row in values:
        if not collector.add(_calamine_row(row)):
            break
    return collector.finish(plan.merges)


def _calamine_row(row: list[Any]) -> list[CellValue]:
    """Calamine's cells as openpyxl gives them: None for an empty cell, whole numbers as int, a date
    cell as a datetime."""
    return [
        None
        if value == ""
        else int(value)
        if type(value) is float and value.is_integer() and -1e15 < value < 1e15
        else datetime(value.year, value.month, value.day)
        if type(value) is date
        else value
        for value in row
    ]


# ----------------------------------------------------------------------------------------- xls


def _open_xls(path: Path, *, formatting: bool) -> Any:
    import xlrd

    try:
        return xlrd.open_workbook(str(path), formatting_info=formatting, on_demand=True, logfile=_NullLog())
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise _password_error(path) from exc
        raise


def _read_xls(path: Path, sheet: str | int | None, progress: Progress | None) -> Sheet:
    import xlrd

    try:
        book = _open_xls(path, formatting=True)
    except (NotImplementedError, xlrd.XLRDError):  # some writers' formatting records: values are enough
        book = _open_xls(path, formatting=False)
    try:
        names = list(book.sheet_names())
        visible = [getattr(book.sheet_by_index(i), "visibility", 0) == 0 for i in range(len(names))]
        index = _pick(names, visible, sheet, path)
        ws = book.sheet_by_index(index)
        collector = _RowCollector(path, names[index], ws.nrows, progress)
        for r in range(ws.nrows):
            values: list[CellValue] = []
            for c, (ctype, value) in enumerate(zip(ws.row_types(r), ws.row_values(r), strict=False)):
                if c >= MAX_COLUMNS:
                    break
                values.append(_xls_value(ctype, value, book.datemode))
            if not collector.add(values):
                break
        merges = [Merge(r1, c1, r2 - 1, c2 - 1) for r1, r2, c1, c2 in getattr(ws, "merged_cells", [])]
    finally:
        book.release_resources()
    return collector.finish(merges)


def _xls_value(ctype: int, value: Any, datemode: int) -> CellValue:
    import xlrd

    if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if ctype == xlrd.XL_CELL_DATE:
        try:
            moment: datetime = xlrd.xldate_as_datetime(value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return float(value)
        return moment.date() if moment.time() == time(0) else moment
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if ctype == xlrd.XL_CELL_ERROR:
        return str(xlrd.error_text_from_code.get(value, "#LỖI"))
    if ctype == xlrd.XL_CELL_NUMBER:
        return int(value) if float(value).is_integer() and abs(value) < 1e15 else float(value)
    return str(value)


# ----------------------------------------------------------------------------------------- ods

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


@dataclass
class _OdsTable:
    name: str
    rows: int = 0  # extent: last row with content + 1
    cols: int = 0
    merges: list[Merge] = field(default_factory=list)


def _scan_ods(path: Path) -> list[_OdsTable]:
    """Walk content.xml once with defusedxml to learn each table's real extent and merged areas, so the
    reader is only handed files whose cells fit (repeat attributes can declare billions of cells)."""
    from defusedxml.ElementTree import iterparse

    with zipfile.ZipFile(path) as zf:
        manifest = zf.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in zf.namelist() else b""
        if b"encryption-data" in manifest:
            raise _password_error(path)
        tables: list[_OdsTable] = []
        with zf.open("content.xml") as src:
            current: _OdsTable | None = None
            row_index = 0
            row_repeat = 1
            col_index = 0
            row_has_content = False
            row_max_col = 0
            depth_cell = 0
            for event, elem in iterparse(src, events=("start", "end")):
                tag = elem.tag
                if event == "start":
                    if tag == _T + "table":
                        current = _OdsTable(elem.get(_T + "name") or f"Trang {len(tables) + 1}")
                        tables.append(current)
                        row_index = 0
                    elif tag == _T + "table-row" and current is not None:
                        row_repeat = int(elem.get(_T + "number-rows-repeated") or 1)
                        col_index = 0
                        row_has_content = False
                        row_max_col = 0
                    elif tag in (_T + "table-cell", _T + "covered-table-cell") and current is not None:
                        depth_cell += 1
                        repeat = int(elem.get(_T + "number-columns-repeated") or 1)
                        has_value = elem.get(_O + "value-type") is not None
                        if has_value:
                            row_has_content = True
                            row_max_col = col_index + repeat
                        spans_c = int(elem.get(_T + "number-columns-spanned") or 1)
                        spans_r = int(elem.get(_T + "number-rows-spanned") or 1)
                        if (spans_c > 1 or spans_r > 1) and len(current.merges) < 10_000:
                            current.merges.append(
                                Merge(row_index, col_index, row_index + spans_r - 1, col_index + spans_c - 1)
                            )
                        col_index += repeat
                elif tag in (_T + "table-cell", _T + "covered-table-cell"):
                    depth_cell -= 1
                    elem.clear()
                elif tag == _T + "table-row" and current is not None:
                    if row_has_content:
                        current.rows = row_index + row_repeat
                        current.cols = max(current.cols, min(row_max_col, MAX_COLUMNS))
                        if current.rows > MAX_ROWS + MAX_TRAILING_EMPTY_ROWS or current.rows * current.cols > MAX_CELLS:
                            raise WorkbookError(
                                f"Trang “{current.name}” của tệp {path.name} quá lớn "
                                f"({current.rows} dòng × {current.cols} cột); không phải danh sách bình thường."
                            )
                    row_index += row_repeat
                    elem.clear()
                elif tag == _T + "table":
                    current = None
                    elem.clear()
    return tables


def _read_ods(path: Path, sheet: str | int | None, progress: Progress | None) -> Sheet:
    import python_calamine

    tables = _scan_ods(path)
    names = [t.name for t in tables]
    index = _pick(names, [True] * len(names), sheet, path)
    table = tables[index]
    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        ws = wb.get_sheet_by_index(index)
        collector = _RowCollector(path, names[index], table.rows, progress)
        if table.rows:
            for values in ws.to_python(skip_empty_area=False):
                if not collector.add([_ods_value(v) for v in values[:MAX_COLUMNS]]):
                    break
    finally:
        wb.close()
    return collector.finish(table.merges)


def _ods_value(value: object) -> CellValue:
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    if isinstance(value, str | int | float | bool | date | datetime | time | timedelta):
        return value
    return str(value)


def iter_text(sheet: Sheet) -> Iterator[str]:
    """Every text cell of a sheet (for tests and diagnostics)."""
    for row in sheet.rows:
        for value in row:
            if isinstance(value, str):
                yield value
