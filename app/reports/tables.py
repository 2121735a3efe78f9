"""A report table as plain values: what the Excel sheet, the PDF and the Reports page all show."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    PERCENT = "percent"  # a share 0–1
    DECIMAL = "decimal"  # an average (2 decimals)
    MONEY = "money"  # đồng
    DATE = "date"


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.INT
    width: float = 10  # Excel width (characters); the PDF scales the widths to the page
    group: str | None = None  # an upper header spanning the adjacent columns with the same group
    key: bool = False  # identifies the row (kept stable across units so a province can consolidate)


@dataclass(frozen=True)
class Table:
    key: str  # sheet name (≤ 31 characters, no []:*?/\)
    number: int  # "Biểu 1"
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    total: tuple[Any, ...] | None = None
    note: str = ""
    pdf_columns: tuple[int, ...] | None = None  # the columns the PDF prints (None: all)

    @property
    def heading(self) -> str:
        return f"Biểu {self.number}. {self.title}"

    def column_index(self, title: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.title == title)


@dataclass(frozen=True)
class ReportScope:
    """Whose figures: the install's unit, or at the province one commune (``unit_code``) or all."""

    unit_code: str | None  # None: every unit the database holds
    unit_name: str
    issuer_lines: tuple[str, ...]
    place: str
    recipient: str  # "Sở Nội vụ thành phố Hải Phòng"
    is_province: bool = False


@dataclass(frozen=True)
class Report:
    title: str  # "Kết quả đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2026"
    year: int
    scope: ReportScope
    as_of: Any  # the day the figures are taken (31/12 of the year, or today during the year)
    tables: tuple[Table, ...]
    summary: tuple[str, ...] = field(default=())  # sentences for the PDF's narrative, one per section


def percent_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{100 * value:.1f}".replace(".", ",") + "%"


def decimal_text(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def money_text(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", ".")


def cell_text(value: Any, kind: Kind) -> str:
    """How a value is printed (the PDF and the page): Vietnamese decimal comma, thousands with dots."""
    if value is None or value == "":
        return ""
    if kind == Kind.PERCENT:
        return percent_text(float(value))
    if kind == Kind.DECIMAL:
        return decimal_text(float(value))
    if kind == Kind.MONEY:
        return money_text(int(value))
    if kind == Kind.DATE:
        from app.dates import format_date

        return format_date(value)
    if kind == Kind.INT and isinstance(value, int | float):
        return money_text(int(value))
    return str(value)


def sums(rows: Sequence[tuple[Any, ...]], columns: Sequence[Column], label: str = "Tổng cộng") -> tuple[Any, ...]:
    """A total row: sums of the whole-number and money columns, the label in the first text column that
    is not a code."""
    out: list[Any] = []
    labelled = False
    for i, col in enumerate(columns):
        if col.kind in (Kind.INT, Kind.MONEY):
            out.append(sum(int(r[i] or 0) for r in rows))
        elif col.kind == Kind.TEXT and not col.key and not labelled:
            out.append(label)
            labelled = True
        else:
            out.append(None)
    return tuple(out)
