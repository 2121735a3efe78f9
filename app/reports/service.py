"""Reports as the GUI and the CLI make them. Every call opens its own session, so it is safe in a worker
thread (ui/tasks.Task); ``progress(done, total, message)`` returning False stops the work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.organisation import own_unit
from app.reports import lists
from app.reports.annual import build_annual_report
from app.reports.excel import write_report_xlsx, write_tables_xlsx
from app.reports.pdf import render_report_pdf, report_document
from app.reports.tables import Report, Table
from app.security.permissions import Permission, allowed, require
from app.settings import SIGNER_NAME, get_setting
from app.text import collation_key
from db.database import Database
from db.models import Staff, Unit

Progress = Callable[[int, int, str], bool]
FORMATS = (".xlsx", ".pdf")


@dataclass(frozen=True)
class Listing:
    """A list made for the Reports page: its tables and the workbook's title."""

    title: str
    unit_name: str
    tables: tuple[Table, ...]


class ReportsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def can(self, permission: Permission) -> bool:
        with self.db.reading() as s:
            return allowed(s, permission)

    def communes(self) -> list[tuple[str, str]]:
        """A province: its communes that have people (code, name), for the commune filter; else []."""
        with self.db.reading() as s:
            me = own_unit(s)
            if me is None or not me.is_province:
                return []
            owners = set(s.scalars(select(Staff.owner_unit).distinct()))
            units = s.scalars(select(Unit).where(Unit.code.in_([o for o in owners if o])))
            return sorted(((u.code, u.name) for u in units if u.code != me.code), key=lambda u: collation_key(u[1]))

    def annual(
        self, year: int, *, unit_code: str | None = None, today: date | None = None, progress: Progress | None = None
    ) -> Report:
        with self.db.reading() as s:
            return build_annual_report(s, year, unit_code=unit_code, today=today, progress=progress)

    def write_annual(
        self,
        year: int,
        out: Path,
        *,
        unit_code: str | None = None,
        today: date | None = None,
        progress: Progress | None = None,
        report: Report | None = None,
    ) -> Path:
        """The annual report to ``out``: .xlsx (one sheet per table) or .pdf (the Decree 30 form)."""
        out = Path(out)
        suffix = out.suffix.lower()
        if suffix not in FORMATS:
            raise UserError(f"Tên tệp báo cáo phải có đuôi .xlsx hoặc .pdf (nhận được “{out.name}”).")
        with self.db.reading() as s:
            require(s, Permission.EXPORT_DATA)
            report = report or build_annual_report(s, year, unit_code=unit_code, today=today, progress=progress)
            signer = str(get_setting(s, SIGNER_NAME) or "")
        if suffix == ".xlsx":
            return write_report_xlsx(report, out, made=today)
        return render_report_pdf(report_document(report, signer_name=signer, made=today), out, progress=progress)

    # ------------------------------------------------------------------------------ lists
    def needs(
        self, year: int, *, unit_code: str | None = None, today: date | None = None, progress: Progress | None = None
    ) -> Listing:
        with self.db.reading() as s:
            tables = lists.training_needs(s, year=year, unit_code=unit_code, today=today, progress=progress)
            name = _unit_name(s, unit_code)
        return Listing(f"Đăng ký nhu cầu đào tạo, bồi dưỡng năm {year}", name, tables)

    def untrained(self, years: int, *, unit_code: str | None = None, today: date | None = None) -> Listing:
        with self.db.reading() as s:
            table = lists.untrained(s, years=years, today=today, unit_code=unit_code)
            name = _unit_name(s, unit_code)
        return Listing(f"Người chưa được đào tạo, bồi dưỡng trong {years} năm", name, (table,))

    def expiring(self, within_days: int, *, unit_code: str | None = None, today: date | None = None) -> Listing:
        with self.db.reading() as s:
            table = lists.expiring(s, within_days=within_days, today=today, unit_code=unit_code)
            name = _unit_name(s, unit_code)
        return Listing("Chứng chỉ hết hạn, sắp hết hạn", name, (table,))

    def write_listing(self, listing: Listing, out: Path) -> Path:
        with self.db.reading() as s:
            require(s, Permission.EXPORT_DATA)
        return write_tables_xlsx(listing.title, listing.unit_name, listing.tables, Path(out))


def _unit_name(session: Session, unit_code: str | None) -> str:
    if unit_code:
        unit = session.scalar(select(Unit).where(Unit.code == unit_code))
        if unit is not None:
            return unit.name
    me = own_unit(session)
    return me.name if me else ""
