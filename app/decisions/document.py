"""A decision as plain printable parts (what the PDF draws), built from the stored decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.courses.nominations import decision_number_text, nomination_row
from app.dates import format_date
from app.decisions.service import APPENDIX_THRESHOLD, get_decision, long_date, place_date
from app.errors import UserError
from app.organisation import UnitInfo, own_unit
from db.enums import DecisionStatus, Sex, SigningMode
from db.models import Decision, Unit


@dataclass(frozen=True)
class AppendixRow:
    stt: int
    name: str
    born_male: str
    born_female: str
    position: str
    unit: str
    professional: str
    note: str


@dataclass(frozen=True)
class DecisionDocument:
    issuer_lines: tuple[str, ...]  # ("ỦY BAN NHÂN DÂN", "XÃ HÀ BẮC")
    number_line: str  # "Số: 05/QĐ-UBND"
    place_date: str  # "Hà Bắc, ngày 05 tháng 01 năm 2026"
    summary: str
    authority: str
    legal_bases: tuple[str, ...]
    proposal: str | None
    articles: tuple[str, str, str]
    recipients: tuple[str, ...]  # already with "- " and the final "."
    sign_lines: tuple[str, ...]  # ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    signer_name: str
    appendix_title: str | None
    appendix_ref: str
    appendix: tuple[AppendixRow, ...]
    status_mark: str = ""  # "DỰ THẢO", "ĐÃ HỦY BỎ" … printed in the top margin of page 1

    @property
    def has_appendix(self) -> bool:
        return bool(self.appendix)


def sign_lines(mode: SigningMode, title: str) -> tuple[str, ...]:
    if mode == SigningMode.DEPUTY:
        return ("KT. CHỦ TỊCH", title or "PHÓ CHỦ TỊCH")
    if mode == SigningMode.COLLECTIVE:
        return ("TM. ỦY BAN NHÂN DÂN", title or "CHỦ TỊCH")
    return (title or "CHỦ TỊCH",)


def recipient_lines(text: str) -> tuple[str, ...]:
    items = [r.strip().removeprefix("-").strip().rstrip(";.") for r in text.splitlines() if r.strip()]
    return tuple(f"- {r}." if i == len(items) - 1 else f"- {r};" for i, r in enumerate(items))


def _issuer(unit: UnitInfo) -> tuple[str, ...]:
    return ("ỦY BAN NHÂN DÂN", unit.name.upper())


def build_document(session: Session, decision_uid: str, *, force_appendix: bool | None = None) -> DecisionDocument:
    d = get_decision(session, decision_uid)
    unit = own_unit(session)
    if unit is None or (d.owner_unit and d.owner_unit != unit.code):
        unit = _unit_of(session, d)
    return document_for(d, unit, force_appendix=force_appendix)


def _unit_of(session: Session, d: Decision) -> UnitInfo:
    from sqlalchemy import select

    from app.organisation import _unit_info

    row = session.scalar(select(Unit).where(Unit.code == d.owner_unit)) if d.owner_unit else None
    if row is None:
        raise UserError("Không xác định được đơn vị ban hành quyết định; hãy khai báo đơn vị trước khi in.")
    return _unit_info(session, row)


def document_for(d: Decision, unit: UnitInfo, *, force_appendix: bool | None = None) -> DecisionDocument:
    status = DecisionStatus(d.status)
    number = decision_number_text(d) if d.number is not None else f"     /{d.symbol}"
    noms = [i.nomination for i in d.items if not i.deleted]
    use_appendix = len(noms) > APPENDIX_THRESHOLD if force_appendix is None else force_appendix
    rows: list[AppendixRow] = []
    if use_appendix:
        several_classes = len({n.class_id for n in noms}) > 1
        for i, n in enumerate(noms, 1):
            r = nomination_row(n)
            born = format_date(r.date_of_birth, r.dob_precision)
            note = r.class_label if several_classes else ""
            if n.commitment and not note:
                note = "Cam kết"
            rows.append(
                AppendixRow(
                    stt=i,
                    name=r.staff_name,
                    born_male=born if r.sex == Sex.MALE else "",
                    born_female=born if r.sex == Sex.FEMALE else "",
                    position=r.position or "",
                    unit=r.department_name,
                    professional=r.professional,
                    note=note,
                )
            )
    who = "Ủy ban nhân dân" if SigningMode(d.signing_mode) == SigningMode.COLLECTIVE else "Chủ tịch UBND"
    unit_lower = unit.name[:1].lower() + unit.name[1:]
    appendix_ref = (
        f"(Kèm theo Quyết định số {number.strip()} {long_date(d.issued_on)} của {who} {unit_lower})"
        if d.issued_on
        else f"(Kèm theo Quyết định số {number.strip()} ngày      tháng      năm {date.today().year} "
        f"của {who} {unit_lower})"
    )
    mark = {
        DecisionStatus.DRAFT: "DỰ THẢO",
        DecisionStatus.CANCELLED: "ĐÃ HỦY BỎ",
        DecisionStatus.REPLACED: "ĐÃ ĐƯỢC THAY THẾ",
    }
    authority = d.authority
    if SigningMode(d.signing_mode) == SigningMode.COLLECTIVE and authority.startswith("CHỦ TỊCH "):
        authority = authority.removeprefix("CHỦ TỊCH ")
    return DecisionDocument(
        issuer_lines=_issuer(unit),
        number_line=f"Số: {number}",
        place_date=place_date(unit.place_name, d.issued_on),
        summary=d.summary,
        authority=authority,
        legal_bases=tuple(line for line in d.legal_bases.splitlines() if line.strip()),
        proposal=d.proposal,
        articles=(d.article1, d.article2, d.article3),
        recipients=recipient_lines(d.recipients),
        sign_lines=sign_lines(SigningMode(d.signing_mode), d.signer_title),
        signer_name=d.signer_name,
        appendix_title=d.appendix_title if use_appendix else None,
        appendix_ref=appendix_ref,
        appendix=tuple(rows),
        status_mark=mark.get(status, ""),
    )
