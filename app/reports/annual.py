"""The annual training report (báo cáo kết quả đào tạo, bồi dưỡng năm …), due to the province in
November–December (seeds 000, 003): figures per course type and category, the results of the year's
classes, the plan targets and their progress, the effectiveness reviews and the year's quality
classification — and at the province, one line per commune.

Every table keeps the same rows and columns whatever the unit (course types and categories are listed
even when zero), with a code column, so a province can add up its communes' workbooks sheet by sheet.

What counts in year Y:
- a training (lượt cử) is a nomination sent by a decision (approved, studying, completed or not —
  withdrawn ones are not counted) whose class starts in Y (else: completed in Y, else: decided in Y);
- the year's classes are those starting in Y, with their learners' results;
- targets are computed as of 31/12/Y (or today during the year);
- reviews are those made in Y, and what is left to review is counted on the same day;
- the classification is the annual one of Y.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.courses.labels import COURSE_TYPE_LABELS
from app.evaluations.classification import LEVEL_SHORT
from app.evaluations.reviews import CRITERION_KEYS, CRITERION_SHORT, DueState, effectiveness_summary, review_list
from app.labels import CATEGORY_LABELS
from app.organisation import COMMUNE_KINDS, own_unit
from app.reports.tables import Column, Kind, Report, ReportScope, Table, money_text, percent_text, sums
from app.results.results import IMPLIED_RESULT
from app.targets.progress import STATUS_LABELS, Computation, Status, load_specs
from app.text import collation_key
from db.enums import CourseType, NominationStatus, PeriodKind, QualityLevel, ResultCode, StaffCategory, UnitKind
from db.models import (
    Course,
    Decision,
    Nomination,
    QualityRating,
    Staff,
    TrainingClass,
    TrainingResult,
    TrainingReview,
    Unit,
)

NS = NominationStatus
R = ResultCode
CATEGORIES: tuple[StaffCategory, ...] = tuple(StaffCategory)
CATEGORY_HEADS = {
    StaffCategory.CADRE: "Cán bộ",
    StaffCategory.CIVIL_SERVANT: "Công chức",
    StaffCategory.PUBLIC_EMPLOYEE: "Viên chức",
    StaffCategory.PART_TIME: "Không chuyên trách",
    StaffCategory.VILLAGE_HEAD: "Thôn, tổ dân phố",
}
SENT = (NS.APPROVED, NS.STUDYING, NS.COMPLETED, NS.NOT_COMPLETED)
Progress = Callable[[int, int, str], bool]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def report_scope(session: Session, unit_code: str | None = None) -> ReportScope:
    """The issuing unit and whose figures: a commune its own; a province all its communes, or one."""
    unit = own_unit(session)
    if unit is None:
        return ReportScope(unit_code, "Đơn vị chưa khai báo", ("ỦY BAN NHÂN DÂN", ""), "………", "Sở Nội vụ")
    if unit.kind in COMMUNE_KINDS:
        parent = f"Sở Nội vụ {_lower_first(unit.parent_name)}" if unit.parent_name else "Sở Nội vụ"
        return ReportScope(unit.code, unit.name, ("ỦY BAN NHÂN DÂN", unit.name.upper()), unit.place_name, parent)
    name = unit.name
    if unit_code:
        commune = session.scalar(select(Unit).where(Unit.code == unit_code))
        name = commune.name if commune else unit_code
    return ReportScope(
        unit_code,
        name,
        (f"UBND {unit.name.upper()}", "SỞ NỘI VỤ"),
        unit.place_name,
        "Bộ Nội vụ",
        is_province=unit.kind == UnitKind.PROVINCE,
    )


@dataclasses.dataclass(frozen=True, slots=True)
class _Sent:
    nomination_id: int
    staff_id: int
    owner: str | None
    category: StaffCategory
    female: bool
    minority: bool
    course_type: CourseType
    status: NominationStatus
    cost: int | None
    year: int | None


def _sent(session: Session, scope: str | None) -> list[_Sent]:
    query = (
        select(
            Nomination.id,
            Nomination.staff_id,
            Nomination.owner_unit,
            Staff.category,
            Staff.sex,
            Staff.ethnicity_code,
            Course.course_type,
            Nomination.status,
            Nomination.cost,
            TrainingClass.start_date,
            Nomination.completed_on,
            Decision.issued_on,
        )
        .join(Staff, Staff.id == Nomination.staff_id)
        .join(Course, Course.id == Nomination.course_id)
        .outerjoin(TrainingClass, TrainingClass.id == Nomination.class_id)
        .outerjoin(Decision, Decision.id == Nomination.decision_id)
        .where(Nomination.deleted.is_(False), Nomination.status.in_([s.value for s in SENT]))
    )
    if scope:
        query = query.where(Nomination.owner_unit == scope)
    out = []
    for nid, sid, owner, cat, sex, eth, ctype, status, cost, start, completed, issued in session.execute(query):
        when = start or completed or issued
        out.append(
            _Sent(
                nid,
                sid,
                owner,
                StaffCategory(cat),
                sex == "F",
                bool(eth and eth != "01"),
                CourseType(ctype),
                NominationStatus(status),
                cost,
                when.year if when else None,
            )
        )
    return out


# ------------------------------------------------------------------------------------------ tables


def table_trainings(sent: list[_Sent], year: int) -> Table:
    columns = (
        Column("Mã", Kind.TEXT, 16, key=True),
        Column("Loại khóa học", Kind.TEXT, 44),
        *(Column(CATEGORY_HEADS[c], Kind.INT, 11, group="Số lượt cử đi học theo đối tượng") for c in CATEGORIES),
        Column("Tổng số lượt", Kind.INT, 10),
        Column("Trong đó nữ", Kind.INT, 9),
        Column("Dân tộc thiểu số", Kind.INT, 10),
        Column("Hoàn thành", Kind.INT, 10),
        Column("Kinh phí (đồng)", Kind.MONEY, 16),
    )
    rows = []
    for t in CourseType:
        items = [s for s in sent if s.year == year and s.course_type == t]
        by_cat = Counter(s.category for s in items)
        rows.append(
            (
                t.value,
                COURSE_TYPE_LABELS[t],
                *(by_cat[c] for c in CATEGORIES),
                len(items),
                sum(s.female for s in items),
                sum(s.minority for s in items),
                sum(s.status == NS.COMPLETED for s in items),
                sum(s.cost or 0 for s in items),
            )
        )
    return Table(
        "1. Theo loai khoa hoc",
        1,
        f"Số lượt cán bộ, công chức, viên chức được cử đi đào tạo, bồi dưỡng năm {year} theo loại khóa học và "
        "đối tượng",
        columns,
        tuple(rows),
        sums(rows, columns),
        note="Lượt cử: người được cử theo quyết định (không tính người rút); năm tính theo ngày khai giảng lớp.",
        pdf_columns=tuple(range(1, len(columns))),
    )


def table_classes(session: Session, year: int, scope: str | None) -> Table:
    columns = (
        Column("Mã khóa học", Kind.TEXT, 14, key=True),
        Column("Khóa học", Kind.TEXT, 50),
        Column("Loại", Kind.TEXT, 28),
        Column("Số lớp", Kind.INT, 8),
        Column("Học viên", Kind.INT, 9),
        Column("Đạt", Kind.INT, 8, group="Kết quả"),
        Column("Không đạt", Kind.INT, 9, group="Kết quả"),
        Column("Vắng", Kind.INT, 8, group="Kết quả"),
        Column("Rút", Kind.INT, 8, group="Kết quả"),
        Column("Chưa có KQ", Kind.INT, 9, group="Kết quả"),
        Column("Chứng chỉ đã cấp", Kind.INT, 10),
    )
    classes = session.scalars(
        select(TrainingClass).where(
            TrainingClass.deleted.is_(False),
            TrainingClass.start_date >= date(year, 1, 1),
            TrainingClass.start_date <= date(year, 12, 31),
        )
    ).all()
    per_course: dict[int, dict[str, Any]] = {}
    ids = [k.id for k in classes]
    results: dict[int, tuple[ResultCode, bool]] = {
        nid: (ResultCode(code), bool(number))
        for nid, code, number in session.execute(
            select(TrainingResult.nomination_id, TrainingResult.result, TrainingResult.certificate_no).where(
                TrainingResult.deleted.is_(False), TrainingResult.class_id.in_(ids)
            )
        )
    }
    learners_query = select(
        Nomination.id, Nomination.class_id, Nomination.owner_unit, Nomination.status, Nomination.decision_id
    ).where(
        Nomination.class_id.in_(ids),
        Nomination.deleted.is_(False),
        Nomination.status.in_([s.value for s in (*SENT, NS.WITHDRAWN)]),
    )
    by_class: dict[int, list[tuple[int, str | None, str, int | None]]] = defaultdict(list)
    for nid, class_id, owner, status, decision_id in session.execute(learners_query):
        if class_id is not None:
            by_class[class_id].append((nid, owner, status, decision_id))
    for k in classes:
        counts: Counter[ResultCode] = Counter()
        certificates = learners = 0
        for nid, owner, status_code, decision_id in by_class.get(k.id, ()):
            if scope and owner != scope:
                continue
            res = results.get(nid)
            status = NominationStatus(status_code)
            if status == NS.WITHDRAWN and decision_id is None and res is None:
                continue
            code = res[0] if res else IMPLIED_RESULT.get(status, R.PENDING)
            counts[code] += 1
            learners += 1
            certificates += bool(res and res[1])
        if not learners:
            continue
        entry = per_course.setdefault(
            k.course_id, {"course": k.course, "classes": 0, "learners": 0, "counts": Counter(), "certs": 0}
        )
        entry["classes"] += 1
        entry["learners"] += learners
        entry["counts"].update(counts)
        entry["certs"] += certificates
    rows = []
    for entry in sorted(per_course.values(), key=lambda e: collation_key(e["course"].name)):
        c: Course = entry["course"]
        counts = entry["counts"]
        rows.append(
            (
                c.code or "",
                c.name,
                COURSE_TYPE_LABELS[CourseType(c.course_type)],
                entry["classes"],
                entry["learners"],
                counts[R.PASSED],
                counts[R.FAILED],
                counts[R.ABSENT],
                counts[R.WITHDRAWN],
                counts[R.PENDING],
                entry["certs"],
            )
        )
    return Table(
        "2. Ket qua cac lop",
        2,
        f"Kết quả học tập của các lớp khai giảng trong năm {year}",
        columns,
        tuple(rows),
        sums(rows, columns),
        pdf_columns=(1, 3, 4, 5, 6, 7, 8, 9, 10),
    )


def _computation(session: Session, as_of: date, scope: str | None, is_province: bool) -> Computation:
    specs = load_specs(session)
    if is_province and scope:  # one commune's share of the province's own plans, and that commune's plans
        specs = [
            dataclasses.replace(s, unit_code=scope) if s.unit_code is None else s
            for s in specs
            if s.unit_code in (None, scope)
        ]
    return Computation(session, specs, as_of)


def table_targets(computation: Computation) -> Table:
    columns = (
        Column("Kế hoạch", Kind.TEXT, 40),
        Column("Chỉ tiêu", Kind.TEXT, 60),
        Column("Số đối tượng", Kind.INT, 10),
        Column("Đã đạt", Kind.INT, 9),
        Column("Tỷ lệ", Kind.PERCENT, 9),
        Column("Chỉ tiêu (%)", Kind.TEXT, 10),
        Column("Thời hạn", Kind.DATE, 12),
        Column("Đánh giá", Kind.TEXT, 22),
    )
    rows = []
    for r in computation.results:
        pct = None if r.percent is None else r.percent / 100
        rows.append(
            (
                r.spec.plan_name,
                r.spec.name,
                r.population,
                r.achieved,
                pct,
                r.threshold_label,
                r.spec.deadline,
                r.status_label,
            )
        )
    return Table(
        "3. Chi tieu ke hoach",
        3,
        f"Thực hiện chỉ tiêu kế hoạch (tính đến ngày {computation.today.strftime('%d/%m/%Y')})",
        columns,
        tuple(rows),
        None,
        pdf_columns=(1, 2, 3, 4, 5, 6, 7),
    )


def table_reviews(session: Session, year: int, scope: str | None, as_of: date) -> tuple[Table, int, int]:
    columns = (
        Column("Loại khóa học", Kind.TEXT, 44),
        Column("Số lượt đánh giá", Kind.INT, 10),
        *(
            Column(CRITERION_SHORT[k], Kind.DECIMAL, 11, group="Điểm bình quân từng tiêu chí (1–4)")
            for k in CRITERION_KEYS
        ),
        Column("Bình quân", Kind.DECIMAL, 10),
        Column("Tỷ lệ có hiệu quả", Kind.PERCENT, 11),
    )
    summary = effectiveness_summary(session, "course_type", year=year, unit_code=scope)
    rows = []
    total: tuple[Any, ...] | None = None
    for r in summary:
        row = (r.label, r.reviews, *(r.averages[k] for k in CRITERION_KEYS), r.average, r.effective_share)
        if r.total:
            total = row
        else:
            rows.append(row)
    left = review_list(session, today=as_of, states=(DueState.DUE, DueState.OVERDUE), unit_code=scope)
    overdue = sum(1 for r in left if r.state == DueState.OVERDUE)
    note = (
        f"Đến ngày {as_of.strftime('%d/%m/%Y')} còn {len(left)} lượt đã đến hạn nhưng chưa được đánh giá "
        f"(trong đó {overdue} lượt quá hạn). Thang điểm: Tốt 4, Khá 3, Trung bình 2, Yếu 1."
    )
    table = Table(
        "4. Danh gia sau boi duong",
        4,
        f"Đánh giá hiệu quả sau bồi dưỡng thực hiện trong năm {year}",
        columns,
        tuple(rows),
        total,
        note=note,
    )
    return table, len(left), overdue


def table_classification(session: Session, year: int, scope: str | None) -> Table:
    levels = tuple(QualityLevel)
    columns: list[Column] = [Column("Mã", Kind.TEXT, 16, key=True), Column("Đối tượng", Kind.TEXT, 34)]
    columns.append(Column("Số người được xếp loại", Kind.INT, 11))
    for lv in levels:
        columns.append(Column("Số người", Kind.INT, 9, group=LEVEL_SHORT[lv]))
        columns.append(Column("Tỷ lệ", Kind.PERCENT, 9, group=LEVEL_SHORT[lv]))
    query = (
        select(Staff.category, QualityRating.level)
        .join(Staff, Staff.id == QualityRating.staff_id)
        .where(
            QualityRating.deleted.is_(False),
            QualityRating.period_kind == PeriodKind.YEAR,
            QualityRating.year == year,
            Staff.deleted.is_(False),
        )
    )
    if scope:
        query = query.where(Staff.owner_unit == scope)
    counts: dict[StaffCategory, Counter[QualityLevel]] = defaultdict(Counter)
    for cat, level in session.execute(query):
        counts[StaffCategory(cat)][QualityLevel(level)] += 1

    def line(code: str, label: str, c: Counter[QualityLevel]) -> tuple[Any, ...]:
        n = sum(c.values())
        cells: list[Any] = [code, label, n]
        for lv in levels:
            cells += [c[lv], (c[lv] / n) if n else None]
        return tuple(cells)

    rows = [line(cat.value, CATEGORY_LABELS[cat], counts[cat]) for cat in CATEGORIES]
    everyone: Counter[QualityLevel] = Counter()
    for c in counts.values():
        everyone.update(c)
    return Table(
        "5. Xep loai chat luong",
        5,
        f"Kết quả xếp loại chất lượng năm {year}",
        tuple(columns),
        tuple(rows),
        line("", "Tổng cộng", everyone),
        pdf_columns=tuple(range(1, len(columns))),
    )


def table_units(session: Session, year: int, sent: list[_Sent]) -> Table:
    """The province: one line per commune."""
    columns = (
        Column("Mã đơn vị", Kind.TEXT, 10, key=True),
        Column("Đơn vị", Kind.TEXT, 30),
        Column("Số người", Kind.INT, 10),
        Column("Lượt cử đi học", Kind.INT, 10),
        Column("Hoàn thành", Kind.INT, 10),
        Column("Lượt đánh giá sau BD", Kind.INT, 11),
        Column("Xếp loại HT tốt trở lên", Kind.INT, 11),
        Column("Tỷ lệ HT tốt trở lên", Kind.PERCENT, 11),
    )
    communes = {
        u.code: u.name for u in session.scalars(select(Unit).where(Unit.kind.in_([k.value for k in COMMUNE_KINDS])))
    }
    people = Counter(
        owner
        for owner, status in session.execute(select(Staff.owner_unit, Staff.status).where(Staff.deleted.is_(False)))
        if status in ("working", "on_leave")
    )
    trips = Counter(s.owner for s in sent if s.year == year)
    done = Counter(s.owner for s in sent if s.year == year and s.status == NS.COMPLETED)
    reviews = Counter(
        owner
        for owner, day in session.execute(
            select(TrainingReview.owner_unit, TrainingReview.reviewed_on).where(TrainingReview.deleted.is_(False))
        )
        if day.year == year
    )
    rated: Counter[str | None] = Counter()
    good: Counter[str | None] = Counter()
    for owner, level in session.execute(
        select(Staff.owner_unit, QualityRating.level)
        .join(Staff, Staff.id == QualityRating.staff_id)
        .where(
            QualityRating.deleted.is_(False),
            QualityRating.period_kind == PeriodKind.YEAR,
            QualityRating.year == year,
        )
    ):
        rated[owner] += 1
        good[owner] += QualityLevel(level).rank >= QualityLevel.GOOD.rank
    rows = []
    for code in sorted(communes, key=lambda c: collation_key(communes[c])):
        if not people[code] and not trips[code]:
            continue
        rows.append(
            (
                code,
                communes[code],
                people[code],
                trips[code],
                done[code],
                reviews[code],
                good[code],
                (good[code] / rated[code]) if rated[code] else None,
            )
        )
    total = list(sums(rows, columns))
    rated_all = sum(rated[r[0]] for r in rows)
    total[-1] = (sum(r[6] for r in rows) / rated_all) if rated_all else None
    return Table(
        "6. Theo don vi",
        6,
        f"Tổng hợp theo đơn vị cấp xã năm {year}",
        columns,
        tuple(rows),
        tuple(total),
        pdf_columns=(1, 2, 3, 4, 5, 6, 7),
    )


# ------------------------------------------------------------------------------------------ report


def build_annual_report(
    session: Session,
    year: int,
    *,
    unit_code: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> Report:
    """Every table of the year's report for the install's unit (a province: all its communes, or
    ``unit_code``)."""
    today = today or date.today()
    if not 2000 <= year <= today.year + 1:
        from app.errors import UserError

        raise UserError(f"Năm báo cáo {year} không hợp lệ.")
    as_of = min(date(year, 12, 31), today)
    scope = report_scope(session, unit_code)
    own = scope.unit_code if not scope.is_province else unit_code
    steps = 6

    def step(i: int, text: str) -> None:
        if progress is not None and not progress(i, steps, text):
            from app.errors import UserError

            raise UserError("Đã dừng theo yêu cầu.")

    step(0, "Đang tổng hợp số lượt cử đi học…")
    sent = _sent(session, own)
    trainings = table_trainings(sent, year)
    step(1, "Đang tổng hợp kết quả các lớp…")
    classes = table_classes(session, year, own)
    step(2, "Đang tính tiến độ chỉ tiêu…")
    computation = _computation(session, as_of, own, scope.is_province)
    targets = table_targets(computation)
    step(3, "Đang tổng hợp đánh giá sau bồi dưỡng…")
    reviews, left, overdue = table_reviews(session, year, own, as_of)
    step(4, "Đang tổng hợp xếp loại chất lượng…")
    classification = table_classification(session, year, own)
    tables = [trainings, classes, targets, reviews, classification]
    if scope.is_province and not unit_code:
        step(5, "Đang tổng hợp theo đơn vị…")
        tables.append(table_units(session, year, sent))
    step(steps, "")

    total = trainings.total or ()
    n, female, minority, completed, cost = (total[7], total[8], total[9], total[10], total[11]) if total else (0,) * 5
    studying = sum(1 for s in sent if s.year == year and s.status in (NS.APPROVED, NS.STUDYING))
    statuses = Counter(r.status for r in computation.results)
    reviewed = reviews.total[1] if reviews.total else 0
    share = reviews.total[-1] if reviews.total else None
    rated = classification.total[2] if classification.total else 0
    good = (classification.total[3] + classification.total[5]) if classification.total else 0
    who = scope.unit_name
    summary = (
        f"Năm {year}, {who} đã cử {n} lượt cán bộ, công chức, viên chức tham gia đào tạo, bồi dưỡng (trong đó "
        f"{female} lượt nữ, {minority} lượt người dân tộc thiểu số); {completed} lượt đã hoàn thành, {studying} "
        f"lượt đang học. Tổng kinh phí {money_text(int(cost or 0))} đồng.",
        f"Có {len(computation.results)} chỉ tiêu kế hoạch được theo dõi: {statuses[Status.ACHIEVED]} "
        f"{STATUS_LABELS[Status.ACHIEVED].lower()}, {statuses[Status.ON_TRACK]} "
        f"{STATUS_LABELS[Status.ON_TRACK].lower()}, {statuses[Status.AT_RISK]} "
        f"{STATUS_LABELS[Status.AT_RISK].lower()}, {statuses[Status.MISSED]} không đạt.",
        f"Trong năm đã đánh giá hiệu quả sau bồi dưỡng {reviewed} lượt"
        + (f"; {percent_text(share)} được đánh giá có hiệu quả trở lên" if share is not None else "")
        + f". Còn {left} lượt đã đến hạn chưa được đánh giá (trong đó {overdue} lượt quá hạn).",
        f"Năm {year} có {rated} người được xếp loại chất lượng; {good} người"
        + (f" ({percent_text(good / rated)})" if rated else "")
        + " hoàn thành tốt nhiệm vụ trở lên.",
    )
    return Report(
        title=f"Kết quả đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm {year}",
        year=year,
        scope=scope,
        as_of=as_of,
        tables=tuple(tables),
        summary=summary,
    )
