"""Decisions: a draft is made from proposed nominations with the articles and legal bases filled from
the templates; issuing numbers it (per unit, per year, restarting each 1 January, never reused) and
approves its nominations; cancelling returns them to "proposed"; a replacing decision takes over its
nominations and marks the old one "replaced". Nothing is erased."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.courses.labels import DECISION_STATUS_LABELS, SIGNING_MODE_LABELS, format_money
from app.courses.nominations import _record, check_own, decision_number_text, get_nomination
from app.dates import format_date
from app.decisions.templates import fill, load_templates, unit_values
from app.errors import NotFound, UserError
from app.organisation import UnitInfo, require_own_unit
from app.security.permissions import Permission, require
from app.text import clean_text, fold
from db.enums import DecisionStatus, DepartmentKind, NominationStatus, SigningMode, StaffCategory
from db.models import Course, Decision, DecisionItem, Nomination

S = NominationStatus
APPENDIX_THRESHOLD = 3  # more people than this: Điều 1 points to an appendix list


# ------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class DecisionRow:
    uid: str
    id: int
    number_text: str
    year: int | None
    number: int | None
    symbol: str
    issued_on: date | None
    summary: str
    status: DecisionStatus
    signing_mode: SigningMode
    signer_name: str
    course_name: str
    people: int
    amends_uid: str | None
    amends_text: str
    replaced_by_uid: str | None
    replaced_by_text: str
    cancel_reason: str | None
    cancelled_on: date | None
    nomination_uids: tuple[str, ...] = ()
    owner_unit: str | None = None  # the unit that issued it (a province reads its communes' decisions)

    @property
    def status_label(self) -> str:
        return DECISION_STATUS_LABELS[self.status]

    @property
    def title(self) -> str:
        when = f" ngày {format_date(self.issued_on)}" if self.issued_on else ""
        return f"Quyết định số {self.number_text}{when}" if self.number else f"Dự thảo quyết định ({self.summary})"


def place_date(place: str, day: date | None) -> str:
    """ "Hà Bắc, ngày 05 tháng 01 năm 2026": leading zero for days below 10 and for months 1 and 2
    (Decree 30/2020); a draft leaves the day and month blank for the clerk to write in."""
    if day is None:
        return f"{place}, ngày      tháng      năm {date.today().year}"
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def long_date(day: date | None) -> str:
    """ "ngày 05 tháng 01 năm 2026" (the same rule, for the appendix line)."""
    if day is None:
        return "ngày      tháng      năm"
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def _row(session: Session, d: Decision) -> DecisionRow:
    amends = session.get(Decision, d.amends_id) if d.amends_id else None
    replaced = session.scalar(
        select(Decision).where(
            Decision.amends_id == d.id, Decision.deleted.is_(False), Decision.status != DecisionStatus.CANCELLED
        )
    )
    noms = [i.nomination for i in d.items if not i.deleted]
    course = noms[0].course.name if noms else ""
    return DecisionRow(
        uid=d.uid,
        id=d.id,
        number_text=decision_number_text(d),
        year=d.year,
        number=d.number,
        symbol=d.symbol,
        issued_on=d.issued_on,
        summary=d.summary,
        status=DecisionStatus(d.status),
        signing_mode=SigningMode(d.signing_mode),
        signer_name=d.signer_name,
        course_name=course,
        people=len(noms),
        amends_uid=amends.uid if amends else None,
        amends_text=decision_number_text(amends) if amends else "",
        replaced_by_uid=replaced.uid if replaced else None,
        replaced_by_text=decision_number_text(replaced) if replaced else "",
        cancel_reason=d.cancel_reason,
        cancelled_on=d.cancelled_on,
        nomination_uids=tuple(n.uid for n in noms),
        owner_unit=d.owner_unit,
    )


def list_decisions(session: Session) -> list[DecisionRow]:
    rows = [_row(session, d) for d in session.scalars(select(Decision).where(Decision.deleted.is_(False)))]
    # drafts first, then the newest issued
    rows.sort(key=lambda r: (r.number is not None, -(r.year or 0), -(r.number or 0), -r.id))
    return rows


def get_decision(session: Session, uid: str) -> Decision:
    d = session.scalar(select(Decision).where(Decision.uid == uid, Decision.deleted.is_(False)))
    if d is None:
        raise NotFound(f"Không tìm thấy quyết định có mã {uid}.")
    return d


def decision_row(session: Session, uid: str) -> DecisionRow:
    return _row(session, get_decision(session, uid))


_NUMBER = re.compile(r"^\s*0*(\d+)\s*/\s*([^/\s]+)\s*(?:/\s*(\d{4}))?\s*$")


def find_decision(session: Session, ref: str) -> Decision:
    """A decision by its number ("15/QĐ-UBND", "15/QD-UBND", "15/QĐ-UBND/2026" for another year),
    its id, or its uid. An unknown or ambiguous reference raises UserError naming the candidates."""
    ref = (ref or "").strip()
    query = select(Decision).where(Decision.deleted.is_(False))
    if m := _NUMBER.match(ref):
        number, symbol, year = int(m[1]), fold(m[2]).upper(), m[3]
        found = [
            d
            for d in session.scalars(query.where(Decision.number == number))
            if fold(d.symbol).upper() == symbol and (year is None or d.year == int(year))
        ]
        if len(found) > 1:
            listing = ", ".join(f"{decision_number_text(d)} năm {d.year} (id {d.id})" for d in found)
            raise UserError(
                f"Có nhiều quyết định số “{ref}”: {listing}. "
                f"Hãy ghi thêm năm, ví dụ “{ref}/{found[0].year}”, hoặc dùng id."
            )
        if found:
            return found[0]
    elif ref.isdigit():
        d = session.scalar(query.where(Decision.id == int(ref)))
        if d is not None:
            return d
    else:
        d = session.scalar(query.where(Decision.uid == ref))
        if d is not None:
            return d
    raise NotFound(
        f"Không tìm thấy quyết định “{ref}” (ghi số và ký hiệu như 15/QĐ-UBND, hoặc id trong “decision list”)."
    )


# ------------------------------------------------------------------------------------------ draft


def _who(categories: set[str]) -> str:
    if categories <= {StaffCategory.CIVIL_SERVANT}:
        return "công chức"
    if categories <= {StaffCategory.CADRE}:
        return "cán bộ"
    if categories <= {StaffCategory.PUBLIC_EMPLOYEE}:
        return "viên chức"
    if categories <= {StaffCategory.CADRE, StaffCategory.CIVIL_SERVANT}:
        return "cán bộ, công chức"
    if categories <= {StaffCategory.VILLAGE_HEAD, StaffCategory.PART_TIME}:
        return "người hoạt động không chuyên trách"
    return "cán bộ, công chức, viên chức"


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].islower():
        return text[:1].lower() + text[1:]
    return text


def course_phrase(course: Course) -> str:
    """ "lớp bồi dưỡng kiến thức quản lý nhà nước" from the course name."""
    name = course.name.strip()
    folded = fold(name)
    if folded.startswith(("lop ", "khoa ", "chuong trinh ")):
        return _lower_first(name)
    if course.course_type == "degree":
        return _lower_first(name)
    return "lớp " + _lower_first(name)


def post_with_unit(post: str, dept: str) -> str:
    """ "Trưởng phòng" + "Phòng Kinh tế" → "Trưởng phòng Kinh tế"; "Phó Giám đốc Trung tâm" + "Trung tâm
    Phục vụ hành chính công" → "Phó Giám đốc Trung tâm Phục vụ hành chính công": the words the post ends
    with and the unit's name begins with are written once; a post that already names its unit stays."""
    post, dept = post.strip(), dept.strip()
    if not dept or fold(dept) in fold(post):
        return post
    if not post:
        return dept
    post_words, dept_words = post.split(), dept.split()
    for k in range(min(len(post_words), len(dept_words)), 0, -1):
        if [fold(w) for w in post_words[-k:]] == [fold(w) for w in dept_words[:k]]:
            return " ".join([*post_words, *dept_words[k:]])
    return f"{post} {dept}"


# groupings of the staff list, not units: a cadre's post names its body ("Chủ tịch UBND", "Bí thư Đảng ủy",
# "Chủ tịch Hội Nông dân", "Trưởng thôn"); "Chủ tịch UBND Lãnh đạo HĐND, UBND" is not how a decision writes
GROUPING_DEPARTMENTS = frozenset(
    {DepartmentKind.LEADERSHIP, DepartmentKind.PARTY, DepartmentKind.MASS_ORGANISATION, DepartmentKind.VILLAGE}
)


def _person_phrase(n: Nomination) -> str:
    s = n.staff
    title = "ông" if s.sex == "M" else "bà"
    dept = s.department
    grouping = dept is not None and dept.kind in GROUPING_DEPARTMENTS and bool((s.position or "").strip())
    unit = dept.name if dept is not None and not grouping else ""
    where = post_with_unit(s.position or "", unit)
    return f"{title} {s.full_name}, {where}".rstrip(", ")


def _class_sentence(noms: Sequence[Nomination]) -> str:
    classes = {n.class_id for n in noms}
    course = noms[0].course
    if len(classes) == 1 and noms[0].training_class is not None:
        k = noms[0].training_class
        organiser = k.organiser or course.organiser
        bits = []
        if organiser:
            bits.append(f"do {organiser} tổ chức")
        text = (" " + ", ".join(bits)) if bits else ""
        when = ""
        if k.start_date and k.end_date and k.start_date != k.end_date:
            when = f" Thời gian: từ ngày {format_date(k.start_date)} đến ngày {format_date(k.end_date)}."
        elif k.start_date:
            when = f" Thời gian: ngày {format_date(k.start_date)}."
        venue = f" Địa điểm: {k.venue}." if k.venue else ""
        label = f" ({k.name})" if k.name and fold(k.name) not in fold(course.name) else ""
        return f"{text}{label}.{when}{venue}"
    organiser = f" do {course.organiser} tổ chức" if course.organiser else ""
    if len(classes) > 1:
        return f"{organiser}. Lớp, thời gian và địa điểm học của từng người theo danh sách kèm theo."
    return f"{organiser}. Thời gian, địa điểm: theo thông báo triệu tập của cơ quan tổ chức lớp học."


def generate_texts(session: Session, noms: Sequence[Nomination], unit: UnitInfo) -> dict[str, str]:
    """Summary, authority, articles and appendix title for these nominations (one course)."""
    t = load_templates(session)
    course = noms[0].course
    who = _who({str(n.staff.category) for n in noms})
    phrase = course_phrase(course)
    verb = "đi đào tạo" if course.course_type == "degree" else "tham gia"
    summary = f"Về việc cử {who} {verb} {phrase}"
    if len(noms) > APPENDIX_THRESHOLD:
        head = f"Cử {len(noms):02d} {who} (có danh sách kèm theo) {verb} {phrase}"
    else:
        people = "; ".join(_person_phrase(n) for n in noms)
        head = f"Cử {people} {verb} {phrase}"
    article1 = head + _class_sentence(noms)
    costs = [n.cost for n in noms if n.cost]
    funding = next((n.funding_source for n in noms if n.funding_source), None)
    if costs:
        money = (
            f"Kinh phí: {format_money(costs[0])}/người"
            if len(set(costs)) == 1
            else f"Kinh phí: tổng cộng {format_money(sum(costs))}"
        )
        kinh_phi = money + (f", từ {_lower_first(funding)}." if funding else ".")
    else:
        kinh_phi = f"Kinh phí: từ {_lower_first(funding)}." if funding else ""
    committed = [n for n in noms if n.commitment]
    cam_ket = ""
    if committed:
        months = {n.commitment_months for n in committed if n.commitment_months}
        term = f" ít nhất {months.pop()} tháng" if len(months) == 1 else ""
        cam_ket = (
            f"Người được cử đi học có trách nhiệm cam kết phục vụ tại cơ quan{term} sau khi hoàn thành khóa học; "
            "trường hợp tự ý bỏ học hoặc chuyển công tác, thôi việc trước thời hạn cam kết phải đền bù chi phí "
            "đào tạo theo quy định."
        )
    values = {**unit_values(unit), "kinh_phi": kinh_phi, "cam_ket": cam_ket}
    return {
        "summary": summary,
        "authority": f"CHỦ TỊCH ỦY BAN NHÂN DÂN {unit.name.upper()}",
        "article1": article1,
        "article2": fill(t.article2, values),
        "article3": fill(t.article3, values),
        "appendix_title": f"{who.capitalize()} được cử {verb} {phrase}",
    }


def _check_draftable(session: Session, noms: Sequence[Nomination], amending: Decision | None) -> None:
    if not noms:
        raise UserError("Chưa chọn đề xuất cử đi học nào cho quyết định.")
    courses = {n.course_id for n in noms}
    if len(courses) > 1:
        names = ", ".join(sorted({n.course.name for n in noms}))
        raise UserError(f"Một quyết định chỉ cử đi một khóa học; các đề xuất đã chọn thuộc nhiều khóa: {names}.")
    for n in noms:
        status = NominationStatus(n.status)
        in_amended = amending is not None and n.decision_id == amending.id
        if status != S.PROPOSED and not in_amended:
            raise UserError(
                f"{n.staff.full_name}: đề xuất đang ở trạng thái “{status.value}”; chỉ đưa vào quyết định "
                "các đề xuất chưa có quyết định."
            )
        other = session.scalar(
            select(Decision)
            .join(DecisionItem, DecisionItem.decision_id == Decision.id)
            .where(
                DecisionItem.nomination_id == n.id,
                DecisionItem.deleted.is_(False),
                Decision.deleted.is_(False),
                Decision.status == DecisionStatus.DRAFT,
            )
        )
        if other is not None and (amending is None or other.amends_id != amending.id):
            raise UserError(f"{n.staff.full_name} đã có trong một dự thảo quyết định khác ({other.summary}).")


def _set_items(session: Session, d: Decision, noms: Sequence[Nomination]) -> None:
    from app.text import name_sort_key

    ordered = sorted(noms, key=lambda n: n.staff.name_sort_key or name_sort_key(n.staff.full_name))
    keep = {n.id for n in ordered}
    existing = {i.nomination_id: i for i in d.items}
    for i in d.items:
        if i.nomination_id not in keep and not i.deleted:
            i.deleted = True
    for order, n in enumerate(ordered):
        item = existing.get(n.id)
        if item is None:
            item = DecisionItem(decision=d, nomination=n, sort_order=order)
            session.add(item)
        else:
            item.deleted = False
            item.sort_order = order


def draft_decision(
    session: Session, nomination_uids: Sequence[str], *, by: str = "", amends_uid: str | None = None
) -> Decision:
    """A draft decision for these proposed nominations, texts filled from the templates."""
    actor = require(session, Permission.EDIT_RECORDS)
    by = by or actor.username
    unit = require_own_unit(session)
    amending = get_decision(session, amends_uid) if amends_uid else None
    noms = [get_nomination(session, uid) for uid in dict.fromkeys(nomination_uids)]
    for n in noms:
        check_own(session, n, "Đề xuất cử đi học")
    _check_draftable(session, noms, amending)
    t = load_templates(session)
    texts = generate_texts(session, noms, unit)
    d = Decision(
        status=DecisionStatus.DRAFT,
        symbol=t.symbol,
        summary=texts["summary"],
        authority=texts["authority"],
        legal_bases="\n".join(fill(b, unit_values(unit)) for b in t.legal_bases),
        proposal=t.proposal,
        article1=texts["article1"],
        article2=texts["article2"],
        article3=texts["article3"],
        signing_mode=SigningMode.CHAIRMAN,
        signer_title="CHỦ TỊCH",
        signer_name=t.chairman,
        recipients="\n".join(fill(r, unit_values(unit)) for r in t.recipients),
        appendix_title=texts["appendix_title"],
        created_by=by,
        items=[],
    )
    if amending is not None:
        if DecisionStatus(amending.status) != DecisionStatus.ISSUED:
            raise UserError("Chỉ thay thế được quyết định đã ban hành và còn hiệu lực.")
        d.amends_id = amending.id
        d.legal_bases = amending.legal_bases
        d.signing_mode, d.signer_title, d.signer_name = (
            amending.signing_mode,
            amending.signer_title,
            amending.signer_name,
        )
        d.recipients = amending.recipients
        ref = f"Quyết định số {decision_number_text(amending)} {long_date(amending.issued_on)}"
        d.summary = f"{texts['summary']} (thay thế {ref})"
        d.article3 = texts["article3"].replace(
            "có hiệu lực kể từ ngày ký.",
            f"có hiệu lực kể từ ngày ký và thay thế {ref} của Chủ tịch UBND {unit_values(unit)['don_vi']}.",
        )
    session.add(d)
    _set_items(session, d, noms)
    session.flush()
    return d


@dataclass
class DecisionEdit:
    summary: str
    legal_bases: list[str]
    proposal: str
    article1: str
    article2: str
    article3: str
    signing_mode: SigningMode
    signer_name: str
    recipients: list[str]
    appendix_title: str
    authority: str = ""
    nomination_uids: list[str] | None = None  # None: keep the people as they are
    errors: dict[str, str] = field(default_factory=dict)


SIGNER_TITLES = {
    SigningMode.CHAIRMAN: "CHỦ TỊCH",
    SigningMode.DEPUTY: "PHÓ CHỦ TỊCH",
    SigningMode.COLLECTIVE: "CHỦ TỊCH",
}


def update_draft(session: Session, uid: str, edit: DecisionEdit) -> Decision:
    """Save the clerk's edits of a draft (an issued decision is changed only by replacing it)."""
    require(session, Permission.EDIT_RECORDS)
    d = get_decision(session, uid)
    check_own(session, d, "Quyết định")
    if DecisionStatus(d.status) != DecisionStatus.DRAFT:
        raise UserError(
            f"Quyết định số {decision_number_text(d)} đã ban hành; muốn thay đổi hãy lập quyết định thay thế."
        )
    problems = []
    summary = clean_text(edit.summary) or ""
    if not summary:
        problems.append("Trích yếu: chưa nhập")
    bases = [c for c in (clean_text(x) for x in edit.legal_bases) if c]
    for i, line in enumerate(bases, 1):
        if not line.endswith(";"):
            problems.append(f"Căn cứ dòng {i}: phải kết thúc bằng dấu “;”")
    recipients = [r.removeprefix("-").strip().rstrip(";.") for r in edit.recipients if r.strip()]
    if not recipients or not recipients[-1].startswith("Lưu"):
        problems.append("Nơi nhận: dòng cuối cùng phải là nơi lưu (ví dụ “Lưu: VT, VHXH”)")
    for name, text in (("Điều 1", edit.article1), ("Điều 2", edit.article2), ("Điều 3", edit.article3)):
        if not (clean_text(text) or ""):
            problems.append(f"{name}: chưa có nội dung")
    if problems:
        raise UserError("Dự thảo quyết định chưa hợp lệ:", details=problems)
    if edit.nomination_uids is not None:
        amending = session.get(Decision, d.amends_id) if d.amends_id else None
        noms = [get_nomination(session, u) for u in dict.fromkeys(edit.nomination_uids)]
        current = {i.nomination_id for i in d.items if not i.deleted}
        added = [n for n in noms if n.id not in current]
        if added:
            _check_draftable(session, added, amending)
        if len({n.course_id for n in noms}) > 1:
            raise UserError("Một quyết định chỉ cử đi một khóa học.")
        if not noms:
            raise UserError("Quyết định phải có ít nhất một người được cử.")
        _set_items(session, d, noms)
    d.summary = summary
    d.legal_bases = "\n".join(bases)
    d.proposal = clean_text(edit.proposal)
    d.article1 = " ".join(edit.article1.split())
    d.article2 = " ".join(edit.article2.split())
    d.article3 = " ".join(edit.article3.split())
    d.signing_mode = SigningMode(edit.signing_mode)
    d.signer_title = SIGNER_TITLES[d.signing_mode]
    d.signer_name = clean_text(edit.signer_name) or ""
    d.recipients = "\n".join(recipients)
    d.appendix_title = clean_text(edit.appendix_title)
    if edit.authority:
        d.authority = clean_text(edit.authority) or d.authority
    session.flush()
    return d


def regenerate_articles(session: Session, uid: str) -> Decision:
    """Fill Điều 1–3 and the summary again from the current people and templates (after edits)."""
    require(session, Permission.EDIT_RECORDS)
    d = get_decision(session, uid)
    check_own(session, d, "Quyết định")
    if DecisionStatus(d.status) != DecisionStatus.DRAFT:
        raise UserError("Chỉ soạn lại được dự thảo.")
    noms = [i.nomination for i in d.items if not i.deleted]
    if not noms:
        raise UserError("Dự thảo chưa có người nào.")
    texts = generate_texts(session, noms, require_own_unit(session))
    for key, value in texts.items():
        setattr(d, key, value)
    session.flush()
    return d


def discard_draft(session: Session, uid: str) -> None:
    """A draft never issued can be dropped (a tombstone: it still travels as deleted)."""
    require(session, Permission.EDIT_RECORDS)
    d = get_decision(session, uid)
    check_own(session, d, "Quyết định")
    if DecisionStatus(d.status) != DecisionStatus.DRAFT:
        raise UserError("Quyết định đã ban hành không thể xóa; hãy hủy bỏ hoặc thay thế.")
    d.deleted = True
    for item in d.items:
        item.deleted = True
    session.flush()


# ------------------------------------------------------------------------------------ issue/cancel


def next_number(session: Session, year: int, symbol: str, unit_code: str | None) -> int:
    """Numbers restart each 1 January and are never reused (cancelled decisions keep theirs)."""
    query = select(func.max(Decision.number)).where(Decision.year == year, Decision.symbol == symbol)
    if unit_code:
        query = query.where(Decision.owner_unit == unit_code)
    return int(session.scalar(query) or 0) + 1


def issue_decision(
    session: Session,
    uid: str,
    *,
    issued_on: date,
    number: int | None = None,
    by: str = "",
) -> Decision:
    """Give the draft its number and date; its nominations become "approved" (each with a history entry)."""
    actor = require(session, Permission.EDIT_RECORDS)
    by = by or actor.username
    d = get_decision(session, uid)
    check_own(session, d, "Quyết định")
    if DecisionStatus(d.status) != DecisionStatus.DRAFT:
        raise UserError(f"Quyết định số {decision_number_text(d)} đã được ban hành.")
    noms = [i.nomination for i in d.items if not i.deleted]
    if not noms:
        raise UserError("Dự thảo chưa có người nào được cử.")
    if not d.signer_name.strip():
        raise UserError("Chưa ghi họ tên người ký quyết định.")
    if issued_on > date.today() + timedelta(days=366):  # a typed year (2062, 2620): the number would be wrong too
        raise UserError(
            f"Ngày ban hành {format_date(issued_on)} cách hôm nay hơn một năm; hãy kiểm tra lại năm ban hành."
        )
    unit_code = d.owner_unit
    year = issued_on.year
    if number is None:
        number = next_number(session, year, d.symbol, unit_code)
    elif number < 1:
        raise UserError("Số quyết định phải là số nguyên dương.")
    taken = session.scalar(
        select(Decision).where(
            Decision.year == year,
            Decision.number == number,
            Decision.symbol == d.symbol,
            Decision.owner_unit == unit_code,
            Decision.id != d.id,
        )
    )
    if taken is not None:
        raise UserError(
            f"Số {number:02d}/{d.symbol} năm {year} đã dùng cho quyết định “{taken.summary}”; "
            f"số tiếp theo còn trống là {next_number(session, year, d.symbol, unit_code):02d}."
        )
    amended = session.get(Decision, d.amends_id) if d.amends_id else None
    if amended is not None and DecisionStatus(amended.status) != DecisionStatus.ISSUED:
        raise UserError("Quyết định được thay thế không còn hiệu lực (đã hủy hoặc đã bị thay thế).")
    d.year, d.number, d.issued_on = year, number, issued_on
    d.status = DecisionStatus.ISSUED
    ref = f"Quyết định số {number:02d}/{d.symbol}"
    for n in noms:
        if NominationStatus(n.status) == S.PROPOSED:
            _record(session, n, S.APPROVED, by=by, note=f"Duyệt theo {ref}", decision=d, on=issued_on)
        else:  # carried over from the replaced decision
            status = NominationStatus(n.status)
            _record(session, n, status, by=by, note=f"Chuyển sang {ref} (thay thế)", decision=d, on=issued_on)
        n.decision_id = d.id
    if amended is not None:
        amended.status = DecisionStatus.REPLACED
        kept = {n.id for n in noms}
        for item in amended.items:
            n = item.nomination
            if item.deleted or n.id in kept or n.decision_id != amended.id:
                continue
            n.decision_id = None
            if NominationStatus(n.status) == S.APPROVED:
                note = f"Không còn trong {ref} (thay thế)"
                _record(session, n, S.PROPOSED, by=by, note=note, decision=d, on=issued_on)
    session.flush()
    return d


def cancel_decision(session: Session, uid: str, *, reason: str, on: date, by: str = "") -> Decision:
    """Cancel an issued decision: it stays (with its number, reason and date) and its approved
    nominations return to "proposed". Refused once someone is studying under it (replace it instead)."""
    actor = require(session, Permission.EDIT_RECORDS)
    by = by or actor.username
    d = get_decision(session, uid)
    check_own(session, d, "Quyết định")
    reason = clean_text(reason) or ""
    if not reason:
        raise UserError("Cần ghi lý do hủy bỏ quyết định.")
    if DecisionStatus(d.status) != DecisionStatus.ISSUED:
        raise UserError(
            "Chỉ hủy được quyết định đã ban hành "
            f"(quyết định này: {DECISION_STATUS_LABELS[DecisionStatus(d.status)].lower()})."
        )
    linked = list(
        session.scalars(select(Nomination).where(Nomination.decision_id == d.id, Nomination.deleted.is_(False)))
    )
    started = [n for n in linked if NominationStatus(n.status) in (S.STUDYING, S.COMPLETED, S.NOT_COMPLETED)]
    if started:
        names = ", ".join(n.staff.full_name for n in started[:5])
        raise UserError(
            f"Không thể hủy: {names} đã đi học theo quyết định này. Hãy lập quyết định thay thế để điều chỉnh."
        )
    d.status = DecisionStatus.CANCELLED
    d.cancelled_on, d.cancel_reason = on, reason
    ref = f"Quyết định số {decision_number_text(d)} bị hủy bỏ: {reason}"
    for n in linked:
        n.decision_id = None
        if NominationStatus(n.status) == S.APPROVED:
            _record(session, n, S.PROPOSED, by=by, note=ref[:500], decision=d, on=on)
    session.flush()
    return d


def describe_signing(mode: SigningMode) -> str:
    return SIGNING_MODE_LABELS[mode]
