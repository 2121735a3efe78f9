"""Demo data for courses: the province's catalogue and classes (as the province plans them, seed 002),
one local course of the commune, nominations in every status and decisions (issued, replaced,
cancelled, draft). Everything goes through the services, so every rule and every history entry applies."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import date, timedelta
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.courses.catalogue import (
    ClassInput,
    CourseInput,
    apply_class,
    apply_course,
    create_class,
    create_course,
    get_class,
)
from app.courses.nominations import NominationTerms, change_status, nominate
from app.courses.ranking import rank_candidates
from app.decisions.service import cancel_decision, draft_decision, issue_decision, update_draft
from app.decisions.templates import DEFAULT_LEGAL_BASES, LEGAL_BASES, VICE_CHAIRMEN
from app.organisation import COMMUNE_KINDS, own_unit
from app.settings import SIGNER_NAME, set_setting
from app.staff.records import list_rows
from db.enums import (
    ClassStatus,
    CourseMode,
    CourseType,
    NominationStatus,
    QualificationKind,
    SigningMode,
    StaffCategory,
)
from db.models import Course, Nomination, Staff, TrainingClass
from db.sync_meta import APPLYING_REMOTE, UNIT_CODE

C = StaffCategory
BY = "demo"


def _catalogue(province: str) -> list[tuple[CourseInput, str | None]]:
    hp = "Sở Nội vụ thành phố Hải Phòng"
    school = "Trường Chính trị thành phố Hải Phòng"
    return [
        (
            CourseInput(
                "Bồi dưỡng kiến thức chuyên môn chuyên ngành cho công chức cấp xã",
                CourseType.SPECIALISED,
                code="CMCN-2026",
                organiser=hp,
                duration_days=90,
                hours=480,
                target_categories=(C.CIVIL_SERVANT,),
                target_note="Công chức chưa đáp ứng yêu cầu chuyên môn của vị trí việc làm",
                grants_kind=QualificationKind.OTHER,
                grants_level="chung_chi",
                grants_certificate="Chứng chỉ bồi dưỡng kiến thức chuyên môn chuyên ngành",
                requires_commitment=True,
                default_cost=4_500_000,
                funding_source="Ngân sách thành phố",
            ),
            province,
        ),
        (
            CourseInput(
                "Bồi dưỡng kiến thức chung về quản lý nhà nước đáp ứng yêu cầu vận hành chính quyền địa phương 02 cấp",
                CourseType.STATE_MANAGEMENT,
                code="QLNN-02C",
                organiser=hp,
                mode=CourseMode.BLENDED,
                duration_days=14,
                hours=80,
                target_categories=(C.CIVIL_SERVANT,),
                grants_kind=QualificationKind.OTHER,
                grants_level="chung_nhan",
                grants_certificate="Giấy chứng nhận bồi dưỡng kiến thức chung về quản lý nhà nước",
                default_cost=1_200_000,
                funding_source="Ngân sách thành phố",
            ),
            province,
        ),
        (
            CourseInput(
                "Bồi dưỡng quản lý nhà nước chương trình chuyên viên",
                CourseType.STATE_MANAGEMENT,
                code="QLNN-CV",
                organiser="Học viện Hành chính và Quản trị công",
                duration_days=56,
                hours=280,
                target_categories=(C.CIVIL_SERVANT,),
                grants_kind=QualificationKind.STATE_MANAGEMENT,
                grants_level="chuyen_vien",
                default_cost=3_000_000,
                funding_source="Ngân sách xã",
            ),
            province,
        ),
        (
            CourseInput(
                "Trung cấp lý luận chính trị - hành chính",
                CourseType.POLITICAL_THEORY,
                code="TCLLCT-K12",
                organiser=school,
                mode=CourseMode.BLENDED,
                duration_days=240,
                target_categories=(C.CADRE, C.CIVIL_SERVANT),
                grants_kind=QualificationKind.POLITICAL_THEORY,
                grants_level="trung_cap",
                requires_commitment=True,
                default_cost=6_000_000,
                funding_source="Ngân sách thành phố",
            ),
            province,
        ),
        (
            CourseInput(
                "Sơ cấp lý luận chính trị",
                CourseType.POLITICAL_THEORY,
                code="SCLLCT",
                organiser="Trung tâm Chính trị",
                duration_days=30,
                target_categories=(C.CIVIL_SERVANT, C.PUBLIC_EMPLOYEE, C.VILLAGE_HEAD),
                grants_kind=QualificationKind.POLITICAL_THEORY,
                grants_level="so_cap",
                funding_source="Ngân sách xã",
            ),
            province,
        ),
        (
            CourseInput(
                "Tập huấn nghiệp vụ hộ tịch, chứng thực",
                CourseType.SKILLS,
                code="TH-HT",
                organiser="Sở Tư pháp thành phố Hải Phòng",
                duration_days=3,
                target_categories=(C.CIVIL_SERVANT,),
                target_positions=("tu phap",),
                target_note="Công chức Tư pháp - Hộ tịch",
                grants_kind=QualificationKind.OTHER,
                grants_level="chung_nhan",
                grants_certificate="Giấy chứng nhận tập huấn nghiệp vụ hộ tịch",
                certificate_valid_months=36,  # the certificate must be renewed (results area)
                funding_source="Ngân sách thành phố",
            ),
            province,
        ),
        (
            CourseInput(
                "Tập huấn kỹ năng số, chuyển đổi số cho cán bộ, công chức cấp xã",
                CourseType.DIGITAL,
                code="KNS-2026",
                organiser="Sở Khoa học và Công nghệ thành phố Hải Phòng",
                mode=CourseMode.ONLINE,
                duration_days=2,
                target_categories=(C.CADRE, C.CIVIL_SERVANT),
                grants_kind=QualificationKind.OTHER,
                grants_level="chung_nhan",
                grants_certificate="Giấy chứng nhận kỹ năng số cơ bản",
                certificate_valid_months=24,
                funding_source="Ngân sách thành phố",
            ),
            province,
        ),
        (
            CourseInput(
                "Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 3",
                CourseType.DEFENCE,
                code="QPAN-DT3",
                organiser="Bộ Chỉ huy Quân sự thành phố",
                duration_days=10,
                target_categories=(C.CADRE, C.CIVIL_SERVANT),
                grants_kind=QualificationKind.NATIONAL_DEFENCE,
                grants_level="doi_tuong_3",
                funding_source="Ngân sách thành phố",
            ),
            province,
        ),
        (
            CourseInput(
                "Bồi dưỡng kỹ năng lãnh đạo, quản lý cấp xã",
                CourseType.LEADERSHIP,
                code="LDQL-XA",
                organiser=school,
                duration_days=5,
                target_categories=(C.CADRE,),
                funding_source="Ngân sách thành phố",
            ),
            province,
        ),
        (
            CourseInput(
                "Tập huấn kỹ năng tiếp công dân, giải quyết thủ tục hành chính",
                CourseType.SKILLS,
                code="TCD-XA",
                organiser="Ủy ban nhân dân xã",
                duration_days=2,
                target_categories=(C.CIVIL_SERVANT,),
                target_note="Công chức Trung tâm Phục vụ hành chính công và bộ phận một cửa",
                default_cost=200_000,
                funding_source="Ngân sách xã",
            ),
            None,  # the commune's own course
        ),
    ]


def _classes(code: str, today: date) -> list[ClassInput]:
    """Classes by region and batch, about 100 learners each (seed 002)."""
    y = today.year
    venues = (
        "Hội trường Trung tâm Chính trị thị xã Hoài Nhơn",
        "Hội trường Trung tâm Chính trị thị xã An Nhơn",
        "Hội trường Trung tâm Văn hóa - Thông tin - Thể thao thành phố",
    )

    def k(n: int, start: date, days: int, status: ClassStatus, region: int = 1, batch: int = 1) -> ClassInput:
        return ClassInput(
            name=f"Lớp {n:02d}",
            code=f"{code}-L{n:02d}",
            region=f"Khu vực {region}",
            batch=f"Đợt {batch}",
            venue=venues[(region - 1) % 3],
            start_date=start,
            end_date=start + timedelta(days=days - 1),
            capacity=100,
            status=status,
        )

    plan: dict[str, list[ClassInput]] = {
        "CMCN-2026": [
            k(1, today - timedelta(days=200), 90, ClassStatus.FINISHED),
            k(2, today + timedelta(days=40), 90, ClassStatus.OPEN, region=2),
        ],
        "QLNN-02C": [
            k(1, today + timedelta(days=21), 14, ClassStatus.OPEN),
            k(2, today + timedelta(days=21), 14, ClassStatus.OPEN, region=2),
            k(3, today + timedelta(days=49), 14, ClassStatus.PLANNED, region=3, batch=2),
        ],
        "QLNN-CV": [k(1, date(y + 1, 3, 2), 56, ClassStatus.PLANNED)],
        "TCLLCT-K12": [k(12, today - timedelta(days=60), 240, ClassStatus.RUNNING)],
        "SCLLCT": [k(1, today + timedelta(days=70), 30, ClassStatus.PLANNED)],
        "TH-HT": [
            k(1, today + timedelta(days=28), 3, ClassStatus.OPEN),
            k(2, today + timedelta(days=35), 3, ClassStatus.OPEN, region=2),
        ],
        "KNS-2026": [k(1, today + timedelta(days=14), 2, ClassStatus.OPEN)],
        "QPAN-DT3": [k(1, today + timedelta(days=90), 10, ClassStatus.PLANNED)],
        "LDQL-XA": [k(1, today + timedelta(days=120), 5, ClassStatus.PLANNED)],
        "TCD-XA": [k(1, today + timedelta(days=10), 2, ClassStatus.OPEN)],
    }
    out = plan.get(code, [])
    if code == "TCD-XA":
        for c in out:
            c.venue, c.region, c.batch = "Hội trường Ủy ban nhân dân xã", None, None
    return out


# stable identities of the demo province's catalogue: the demo province and a demo commune that holds
# its copy (as if received with the province's set-up file) name the same rows, so the two demo
# databases can exchange real bundles
_DEMO_NAMESPACE = uuid.UUID("6f1d3c52-8a7e-4b0c-9d43-2f5a7c1e9b10")


def catalogue_uid(province: str, what: str, code: str) -> str:
    return str(uuid.uuid5(_DEMO_NAMESPACE, f"{province}/{what}/{code}"))


def _session_uid(province: str, class_code: str, index: int) -> str:
    return catalogue_uid(province, "session", f"{class_code}/{index}")


@contextmanager
def as_received(session: Session) -> Iterator[None]:
    """Write rows the way a sync import does: kept exactly as given (owner, revision, change number)."""
    previous = session.info.get(APPLYING_REMOTE)
    session.info[APPLYING_REMOTE] = True
    try:
        yield
        session.flush()
    finally:
        session.info[APPLYING_REMOTE] = previous


Catalogue = dict[str, tuple[str, list[str]]]  # course code → (course uid, class uids)


def province_catalogue(session: Session, today: date, province: str, *, copy: bool = False) -> Catalogue:
    """The demo province's courses and classes with their sessions, with stable uids. ``copy``: as a
    commune holds them after the province's set-up file — the province's rows exactly (same uids,
    revisions and content), kept as received, with no change number of the province's known here (0);
    otherwise the province's own rows. Either way the catalogue is revision 1 and each class's dates are
    those of its sessions, so the province's bundles find the commune's copy unchanged. Classes are
    written open (learners are sent while a class is open); ``finish_classes`` gives their real status."""
    # the classes area's demo timetable (imported here: that module registers its demo step after this one)
    from app.classes.demo import catalogue_schedule
    from app.scheduling.holidays import WorkCalendar

    out: Catalogue = {}
    calendar = WorkCalendar()
    context = as_received(session) if copy else nullcontext()
    with context:
        for data, owner in _catalogue(province):
            if owner is None:
                continue  # a commune's own course
            course = Course(
                uid=catalogue_uid(province, "course", data.code or data.name),
                owner_unit=province,
                revision=1,
                active=True,
            )
            apply_course(course, data)
            session.add(course)
            classes = []
            for k in _classes(data.code or "", today):
                code = k.code or k.name
                klass = TrainingClass(
                    uid=catalogue_uid(province, "class", code), course=course, owner_unit=province, revision=1
                )
                apply_class(klass, k)
                klass.status = ClassStatus.OPEN
                session.add(klass)
                catalogue_schedule(session, klass, today, calendar, partial(_session_uid, province, code))
                classes.append(klass.uid)
            out[data.code or ""] = (course.uid, classes)
        session.flush()
    return out


def planned_statuses(today: date, catalogue: Catalogue) -> dict[str, ClassStatus]:
    """The demo classes' real statuses (finished, running, planned…), by class uid."""
    return {
        uid: planned.status
        for code, (_course, classes) in catalogue.items()
        for uid, planned in zip(classes, _classes(code, today), strict=False)
    }


def finish_classes(session: Session, statuses: dict[str, ClassStatus]) -> None:
    """Give the classes their real status once people were sent (another unit's rows as received)."""
    mine = session.info.get(UNIT_CODE)
    for uid, status in statuses.items():
        klass = get_class(session, uid)
        if klass.status == status:
            continue
        if klass.owner_unit == mine:
            klass.status = status
        else:
            with as_received(session):
                klass.status = status
    session.flush()


def _held_catalogue(session: Session, owners: set[str]) -> Catalogue:
    """Courses and classes already here (the province's, received with its set-up file), by code."""
    out: Catalogue = {}
    for course in session.scalars(select(Course).where(Course.owner_unit.in_(owners), Course.deleted.is_(False))):
        if course.code:
            out[course.code] = (course.uid, [k.uid for k in course.classes if not k.deleted])
    return out


def _own_courses(session: Session, today: date, unit_code: str, *, everything: bool) -> Catalogue:
    """The commune's own courses: its local course, and (``everything``: no catalogue received from the
    province) the demo catalogue too, so the demo never invents rows the province does not hold."""
    out: Catalogue = {}
    for data, owner in _catalogue(unit_code):
        if owner is not None and not everything:
            continue
        course = create_course(session, data, owner_unit=unit_code)
        classes = []
        for k in _classes(data.code or "", today):
            k.status = ClassStatus.OPEN
            classes.append(create_class(session, course.uid, k, unit_code=unit_code).uid)
        out[data.code or ""] = (course.uid, classes)
    return out


def courses_step(session: Session, rng: random.Random, today: date) -> None:
    unit = own_unit(session)
    if unit is None:
        return
    if unit.kind not in COMMUNE_KINDS:
        if session.scalar(select(Course.id).where(Course.owner_unit == unit.code).limit(1)) is not None:
            return  # the catalogue is there already (demo run twice on one database)
        catalogue = province_catalogue(session, today, unit.code)
        finish_classes(session, planned_statuses(today, catalogue))
        from app.courses.demo_province import province_nominations

        province_nominations(session, rng, today, unit.code, catalogue)
        return
    if session.scalar(select(Nomination.id).where(Nomination.owner_unit == unit.code).limit(1)) is not None:
        return  # demo run twice on one database
    from app.demo import DEMO_NEW_UNIT

    province = unit.parent_code or unit.code
    catalogue = _held_catalogue(session, {province})
    if catalogue:  # received from the province: reopen its classes while people are sent, then restore
        statuses = {uid: ClassStatus(get_class(session, uid).status) for _c, ks in catalogue.values() for uid in ks}
        finish_classes(session, dict.fromkeys(statuses, ClassStatus.OPEN))
    elif session.info.get(DEMO_NEW_UNIT):  # the demo commune of the demo province holds its catalogue
        catalogue = province_catalogue(session, today, province, copy=True)
        statuses = planned_statuses(today, catalogue)
    else:
        statuses = {}
    own = _held_catalogue(session, {unit.code}) or _own_courses(session, today, unit.code, everything=not catalogue)
    statuses.update(planned_statuses(today, own))
    catalogue.update(own)
    _commune_nominations(session, rng, today, catalogue)
    finish_classes(session, statuses)


def _top(session: Session, course_uid: str, class_uid: str | None, n: int, today: date, skip: set[str]) -> list[str]:
    ranked = rank_candidates(session, course_uid, class_uid, today=today)
    return [c.row.uid for c in ranked if c.row.uid not in skip][:n]


def _commune_nominations(
    session: Session, rng: random.Random, today: date, ids: dict[str, tuple[str, list[str]]]
) -> None:
    rows = list_rows(session, today=today)
    chair = next((r for r in rows if r.position == "Chủ tịch UBND"), None)
    vices = [r.full_name for r in rows if r.position == "Phó Chủ tịch UBND"]
    if chair:
        set_setting(session, SIGNER_NAME, chair.full_name)
    set_setting(session, VICE_CHAIRMEN, vices)
    set_setting(
        session,
        LEGAL_BASES,
        [
            *DEFAULT_LEGAL_BASES,
            "Căn cứ Kế hoạch số 198/KH-UBND ngày 01 tháng 6 năm 2026 của Ủy ban nhân dân xã về tăng cường bồi "
            "dưỡng đội ngũ cán bộ, công chức giai đoạn 2026 - 2031;",
        ],
    )
    used: set[str] = set()

    def send(code: str, klass: int | None, n: int, when: date, *, note: str | None = None) -> list[str]:
        if code not in ids or (klass is not None and klass >= len(ids[code][1])):
            return []  # a province catalogue without this course (set up from a real province's file)
        course_uid, classes = ids[code]
        class_uid = classes[klass] if klass is not None else None
        people = _top(session, course_uid, class_uid, n, today, used)
        if not people:
            return []
        noms = nominate(
            session,
            course_uid,
            class_uid,
            people,
            reasons={},
            terms=NominationTerms(note=note, commitment_months=24 if code in ("CMCN-2026", "TCLLCT-K12") else None),
            accept_warnings=True,
            by=BY,
            today=when,
        )
        used.update(people)
        return [x.uid for x in noms]

    def issue(noms: list[str], on: date, *, mode: SigningMode = SigningMode.CHAIRMAN) -> str:
        d = draft_decision(session, noms, by=BY)
        if mode != SigningMode.CHAIRMAN and vices:
            from app.decisions.service import DecisionEdit

            update_draft(
                session,
                d.uid,
                DecisionEdit(
                    summary=d.summary,
                    legal_bases=d.legal_bases.splitlines(),
                    proposal=d.proposal or "",
                    article1=d.article1,
                    article2=d.article2,
                    article3=d.article3,
                    signing_mode=mode,
                    signer_name=vices[0],
                    recipients=d.recipients.splitlines(),
                    appendix_title=d.appendix_title or "",
                ),
            )
        issue_decision(session, d.uid, issued_on=on, by=BY)
        return d.uid

    # 1. specialised retraining, finished class: completed / not completed (qualifications granted)
    start = today - timedelta(days=200)
    cm = send("CMCN-2026", 0, 5, start - timedelta(days=30))
    if cm:
        issue(cm, start - timedelta(days=12), mode=SigningMode.DEPUTY)
    for i, uid in enumerate(cm):
        change_status(session, uid, NominationStatus.STUDYING, by=BY)
        end = start + timedelta(days=89)
        if i == len(cm) - 1:
            change_status(
                session, uid, NominationStatus.NOT_COMPLETED, by=BY, note="Không đủ điều kiện dự thi cuối khóa"
            )
        else:
            change_status(session, uid, NominationStatus.COMPLETED, by=BY, on=end)
    # 2. political theory, running class: studying
    pt = send("TCLLCT-K12", 0, 3, today - timedelta(days=90))
    if pt:
        issue(pt, today - timedelta(days=75))
    for uid in pt:
        change_status(session, uid, NominationStatus.STUDYING, by=BY)
    # 3. state management, upcoming: approved (one withdraws), a decision replaced by another
    qlnn = send("QLNN-02C", 0, 6, today - timedelta(days=28))
    if len(qlnn) >= 3:
        first = issue(qlnn[:5], today - timedelta(days=20))
        replacing = draft_decision(session, qlnn, by=BY, amends_uid=first)
        issue_decision(session, replacing.uid, issued_on=today - timedelta(days=10), by=BY)
        change_status(
            session,
            qlnn[2],
            NominationStatus.WITHDRAWN,
            by=BY,
            note="Được giao nhiệm vụ đột xuất",
            on=today - timedelta(days=4),
        )
    # 4. defence: issued then cancelled (class moved) → back to proposed
    qp = send("QPAN-DT3", 0, 2, today - timedelta(days=40))
    if qp:
        cancelled = issue(qp, today - timedelta(days=30))
        reason = "Lớp học lùi thời gian tổ chức"
        cancel_decision(session, cancelled, reason=reason, on=today - timedelta(days=25), by=BY)
    # 5. household registration skills: proposed, no decision yet
    send("TH-HT", 0, 2, today - timedelta(days=5))
    # 6. digital skills: a draft decision waiting for the chairman
    kns = send("KNS-2026", 0, 5, today - timedelta(days=3))
    if kns:
        draft_decision(session, kns, by=BY)
    # 7. citizen reception skills at the commune's own course: proposed, one withdrawn
    tcd = send("TCD-XA", 0, 3, today - timedelta(days=2))
    if tcd:
        note = "Trùng lịch tiếp công dân"
        change_status(session, tcd[-1], NominationStatus.WITHDRAWN, by=BY, note=note, on=today - timedelta(days=1))
    session.flush()
    assert session.scalar(select(Staff.id).limit(1)) is not None


from app.demo import EXTRA_STEPS  # noqa: E402

EXTRA_STEPS.append(courses_step)
