"""Demo data for classes and schedules: every class gets its sessions (a short class every working day,
morning and afternoon; a long one a week of study each month, as political-theory and retraining classes
run), with topics and teachers; attendance where sessions are past; and, in a commune, the conflicts a
clerk meets in real life:

- the political school schedules a session of the running Trung cấp LLCT class on the next public holiday
  (the new Ngày Văn hóa Việt Nam, 24/11, is easy to miss);
- the commune runs a training for its village heads in a 10-seat meeting room with 12 people, on the
  days of the digital-skills class one of them is also sent to, and with a Saturday session of practice;
- three of the five people of the public service centre are sent to the citizen-reception training on the
  same two days;
- a records-and-archives training the commune ran last week, its attendance taken: three completed, one
  below the minimum share still waiting for the clerk's decision.

Sessions and attendance of the province's classes are created as the province's own rows (as they arrive
in its bundles); those of the commune's classes as the commune's."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.classes.attendance import roll_nominations, save_marks
from app.classes.sessions import SessionDefaults, SessionInput, add_generated, add_session, class_sessions
from app.courses.catalogue import ClassInput, CourseInput, create_class, create_course, get_class
from app.courses.nominations import NominationTerms, change_status, nominate
from app.decisions.service import draft_decision, issue_decision
from app.organisation import COMMUNE_KINDS, own_unit
from app.scheduling.generate import SessionPattern, generate_sessions
from app.scheduling.holidays import DayOffKind, WorkCalendar
from app.scheduling.sessions import SessionTime, TimeBlock
from db.enums import AttendanceStatus, ClassStatus, CourseType, DepartmentKind, NominationStatus, StaffCategory
from db.enums import StaffStatus as St
from db.models import Attendance, ClassSession, Course, Department, Nomination, Staff, TrainingClass

BY = "demo"
A = AttendanceStatus

TOPICS: dict[CourseType, tuple[str, ...]] = {
    CourseType.STATE_MANAGEMENT: (
        "Chuyên đề 1: Tổ chức bộ máy chính quyền địa phương 02 cấp",
        "Chuyên đề 2: Quản lý nhà nước về kinh tế ở cấp xã",
        "Chuyên đề 3: Quản lý nhà nước về văn hóa, xã hội",
        "Chuyên đề 4: Cải cách hành chính, chuyển đổi số",
        "Chuyên đề 5: Kỹ năng soạn thảo văn bản hành chính",
        "Chuyên đề 6: Đạo đức công vụ, văn hóa công sở",
        "Thảo luận, trao đổi tình huống",
        "Viết thu hoạch, kiểm tra cuối khóa",
    ),
    CourseType.POLITICAL_THEORY: (
        "Phần I: Những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh",
        "Phần II: Đường lối, chính sách của Đảng, pháp luật của Nhà nước",
        "Phần III: Hệ thống chính trị ở cơ sở",
        "Phần IV: Kỹ năng lãnh đạo, quản lý ở cơ sở",
        "Ôn tập, thảo luận",
    ),
    CourseType.SPECIALISED: (
        "Mô-đun 1: Kiến thức pháp luật chuyên ngành",
        "Mô-đun 2: Nghiệp vụ chuyên môn theo vị trí việc làm",
        "Mô-đun 3: Thực hành nghiệp vụ",
        "Mô-đun 4: Ứng dụng công nghệ thông tin trong chuyên môn",
        "Kiểm tra mô-đun",
    ),
    CourseType.DIGITAL: (
        "Khai thác Cổng dịch vụ công, hệ thống một cửa điện tử",
        "An toàn thông tin, chữ ký số",
        "Thực hành trên máy tính",
    ),
    CourseType.SKILLS: (
        "Quy định pháp luật và quy trình nghiệp vụ",
        "Kỹ năng giao tiếp, ứng xử với Nhân dân",
        "Thực hành, xử lý tình huống",
        "Trao đổi, giải đáp vướng mắc",
    ),
    CourseType.DEFENCE: (
        "Quan điểm của Đảng về quốc phòng, an ninh",
        "Xây dựng nền quốc phòng toàn dân ở cơ sở",
        "Công tác quân sự địa phương",
    ),
    CourseType.LEADERSHIP: (
        "Kỹ năng lãnh đạo, điều hành",
        "Kỹ năng ra quyết định, giải quyết vấn đề",
        "Quản lý sự thay đổi ở cơ sở",
    ),
}
TEACHERS = (
    "TS. Nguyễn Văn Hùng",
    "ThS. Trần Thị Mai",
    "ThS. Lê Quang Vinh",
    "TS. Phạm Minh Tuấn",
    "ThS. Đỗ Thị Hạnh",
    "ThS. Hoàng Văn Nam",
    "CN. Bùi Thị Lan",
)
ROOMS = ("Phòng học số 1", "Phòng học số 2", "Hội trường tầng 3", "Phòng máy tính")


def demo_sessions(klass: TrainingClass, cal: WorkCalendar) -> list[SessionTime]:
    """A believable schedule for the class's dates: up to three weeks, every working day; longer, the
    first week of study of each month (tập trung một tuần mỗi tháng)."""
    start = klass.start_date
    if start is None:
        return []
    end = klass.end_date or start
    span = (end - start).days + 1
    if span <= 21:
        made = generate_sessions(SessionPattern(start, end), cal)
        if not made.sessions:  # a two-day class starting on a Saturday moves to Monday
            made = generate_sessions(SessionPattern(start, days=min(span, 5)), cal)
        return list(made.sessions)
    out: list[SessionTime] = []
    first = start
    while first <= end:
        out += generate_sessions(SessionPattern(first, end, days=5), cal).sessions
        first = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return out


def _programme(course: Course, n: int, rng: random.Random) -> tuple[list[str], list[str]]:
    topics = TOPICS.get(CourseType(course.course_type), TOPICS[CourseType.SKILLS])
    per = max(1, n // len(topics))
    teachers = rng.sample(TEACHERS, k=min(len(topics), len(TEACHERS)))
    names = [topics[min(i // per, len(topics) - 1)] for i in range(n)]
    who = [teachers[min(i // per, len(topics) - 1) % len(teachers)] for i in range(n)]
    return names, who


def schedule_class(session: Session, klass: TrainingClass, rng: random.Random, cal: WorkCalendar) -> int:
    times = demo_sessions(klass, cal)
    if not times:
        return 0
    topics, teachers = _programme(klass.course, len(times), rng)
    added = add_generated(
        session,
        klass.uid,
        times,
        defaults=SessionDefaults(room=rng.choice(ROOMS) if klass.venue and "Hội trường" in klass.venue else None),
        topics=topics,
        teachers=teachers,
        unit_code=klass.owner_unit,
    )
    return len(added.added)


def _take_attendance(
    session: Session,
    klass: TrainingClass,
    rng: random.Random,
    today: date,
    *,
    weak: Sequence[str] = (),
    share_weak: float = 0.5,
) -> None:
    """Marks for the sessions before today: most people present nearly always; those in ``weak`` (staff
    uids) at about ``share_weak`` of them."""
    past = [s for s in class_sessions(session, klass) if s.day < today]
    marks: dict[tuple[str, str], AttendanceStatus | None] = {}
    for n in roll_nominations(session, klass):
        uid = n.staff.uid
        for s in past:
            if uid in weak:
                mark = A.PRESENT if rng.random() < share_weak else rng.choice((A.EXCUSED, A.ABSENT))
            else:
                r = rng.random()
                mark = A.PRESENT if r < 0.94 else (A.EXCUSED if r < 0.98 else A.ABSENT)
            marks[(uid, s.uid)] = mark
    if marks:
        save_marks(session, klass.uid, marks, unit_code=klass.owner_unit)


def classes_step(session: Session, rng: random.Random, today: date) -> None:
    if session.scalar(select(ClassSession.id).limit(1)) is not None:
        return  # demo run twice on one database
    unit = own_unit(session)
    if unit is None:
        return
    cal = WorkCalendar()
    classes = session.scalars(
        select(TrainingClass).where(TrainingClass.deleted.is_(False), TrainingClass.status != ClassStatus.CANCELLED)
    ).all()
    for klass in sorted(classes, key=lambda k: (k.start_date or date.max, k.id)):
        schedule_class(session, klass, rng, cal)
    session.flush()
    if unit.kind in COMMUNE_KINDS:
        _commune(session, rng, today, unit.code, cal)
    session.flush()
    _not_ours(session, unit.code)


def _not_ours(session: Session, code: str) -> None:
    """The province's catalogue, classes, sessions and attendance that the demo wrote in a commune's
    database stand for what the province's bundles would bring: they carry no change number of this
    install (0), so its bundles never claim them and the province's own numbering stays its own."""
    for model in (Course, TrainingClass, ClassSession, Attendance):
        session.execute(
            update(model)
            .where(model.owner_unit.is_not(None), model.owner_unit != code)
            .values(change_seq=0)
            .execution_options(synchronize_session=False)
        )


def _by_code(session: Session, code: str) -> TrainingClass | None:
    return session.scalar(select(TrainingClass).where(TrainingClass.code == code, TrainingClass.deleted.is_(False)))


def _working(
    session: Session, *, kinds: Sequence[DepartmentKind] = (), category: StaffCategory | None = None
) -> list[Staff]:
    q = (
        select(Staff)
        .join(Department, Department.id == Staff.department_id)
        .where(Staff.deleted.is_(False), Staff.status == St.WORKING)
    )
    if kinds:
        q = q.where(Department.kind.in_([k.value for k in kinds]))
    if category is not None:
        q = q.where(Staff.category == category.value)
    return sorted(session.scalars(q).unique(), key=lambda s: s.name_sort_key)


def _busy(session: Session) -> set[int]:
    """People with an open nomination (kept out of the new classes, except where a conflict is wanted)."""
    active = [s.value for s in NominationStatus if s.active]
    return set(session.scalars(select(Nomination.staff_id).where(Nomination.status.in_(active))))


def _commune(session: Session, rng: random.Random, today: date, code: str, cal: WorkCalendar) -> None:
    # 1. the running political-theory class: a session on the next public holiday
    pt = _by_code(session, "TCLLCT-K12-L12")
    if pt is not None and pt.end_date:
        holiday = next(
            (d for d in cal.days_off(today + timedelta(days=1), pt.end_date) if d.kind == DayOffKind.HOLIDAY), None
        )
        if holiday is not None:
            add_session(
                session,
                pt.uid,
                SessionInput.of_block(
                    holiday.day, TimeBlock.MORNING, topic="Ôn tập, kiểm tra giữa khóa", teacher=TEACHERS[0]
                ),
                unit_code=pt.owner_unit,
            )
    # 2. attendance at the province's classes, as the province sends it
    cm = _by_code(session, "CMCN-2026-L01")
    if cm is not None:
        failed = [n.staff.uid for n in roll_nominations(session, cm) if n.status == NominationStatus.NOT_COMPLETED]
        _take_attendance(session, cm, rng, today, weak=failed, share_weak=0.55)
    if pt is not None:
        _take_attendance(session, pt, rng, today)

    busy = _busy(session)
    # 3. last week's records-and-archives training, run by the commune: attendance taken, three completed,
    #    one below the minimum share waiting for the clerk
    archives = create_course(
        session,
        CourseInput(
            "Tập huấn nghiệp vụ văn thư, lưu trữ và số hóa tài liệu",
            CourseType.SKILLS,
            code="VTLT-XA",
            organiser="Văn phòng HĐND và UBND xã",
            duration_days=2,
            target_categories=(StaffCategory.CIVIL_SERVANT,),
            target_note="Công chức làm công tác văn thư, lưu trữ, văn phòng, một cửa",
            default_cost=150_000,
            funding_source="Ngân sách xã",
        ),
    )
    monday = today - timedelta(days=today.weekday() + 7)
    first = cal.next_working_day(monday)
    second = cal.next_working_day(first + timedelta(days=1))
    klass = create_class(
        session,
        archives.uid,
        ClassInput(
            "Lớp 01",
            code="VTLT-XA-L01",
            venue="Phòng họp trực tuyến, trụ sở UBND xã",
            start_date=first,
            end_date=second,
            capacity=20,
            status=ClassStatus.OPEN,
        ),
        unit_code=code,
    )
    office = [
        s
        for s in _working(session, kinds=(DepartmentKind.OFFICE, DepartmentKind.CULTURE_SOCIETY))
        if s.id not in busy and s.category == StaffCategory.CIVIL_SERVANT
    ][:4]
    if office:
        noms = nominate(
            session,
            archives.uid,
            klass.uid,
            [s.uid for s in office],
            reasons={},
            terms=NominationTerms(),
            accept_warnings=True,
            by=BY,
            today=first - timedelta(days=6),
        )
        decision = draft_decision(session, [n.uid for n in noms], by=BY)
        issue_decision(session, decision.uid, issued_on=first - timedelta(days=3), by=BY)
        days = [first, second]
        add_generated(
            session,
            klass.uid,
            [SessionTime.of_block(d, b) for d in days for b in (TimeBlock.MORNING, TimeBlock.AFTERNOON)],
            defaults=SessionDefaults(room="Phòng họp số 1"),
            topics=(
                "Quy định về công tác văn thư (NĐ 30/2020/NĐ-CP)",
                "Lập hồ sơ, nộp lưu hồ sơ vào lưu trữ cơ quan",
                "Số hóa tài liệu, hồ sơ điện tử",
                "Thực hành trên hệ thống quản lý văn bản",
            ),
            teachers=("ThS. Đỗ Thị Hạnh", "ThS. Đỗ Thị Hạnh", "CN. Bùi Thị Lan", "CN. Bùi Thị Lan"),
            unit_code=code,
        )
        sessions = class_sessions(session, klass)
        late = office[-1].uid
        marks: dict[tuple[str, str], AttendanceStatus | None] = {}
        for s in office:
            for row in sessions:
                marks[(s.uid, row.uid)] = A.PRESENT
        marks[(late, sessions[0].uid)] = A.EXCUSED  # "họp đột xuất"
        marks[(late, sessions[1].uid)] = A.ABSENT
        save_marks(session, klass.uid, marks, unit_code=code)
        for n in noms:
            change_status(session, n.uid, NominationStatus.STUDYING, by=BY, on=first)
            if n.staff.uid != late:
                change_status(session, n.uid, NominationStatus.COMPLETED, by=BY, on=second)
        get_class(session, klass.uid).status = ClassStatus.FINISHED

    # 4. the village heads' training: a 10-seat room for 12, a Saturday of practice, and one of them also
    #    sent to the digital-skills class on those very days
    digital = _by_code(session, "KNS-2026-L01")
    villages = [s for s in _working(session, category=StaffCategory.VILLAGE_HEAD) if s.id not in busy]
    if digital is not None and villages:
        days = sorted({s.day for s in class_sessions(session, digital)})
        day1 = days[0] if days else cal.next_working_day(today + timedelta(days=14))
        day2 = days[1] if len(days) > 1 else cal.next_working_day(day1 + timedelta(days=1))
        saturday = day2 + timedelta(days=(5 - day2.weekday()) % 7 or 7)
        heads = create_course(
            session,
            CourseInput(
                "Bồi dưỡng kỹ năng, phương pháp hoạt động cho trưởng thôn, tổ dân phố",
                CourseType.SKILLS,
                code="TT-XA",
                organiser="Ủy ban nhân dân xã",
                duration_days=3,
                target_categories=(StaffCategory.VILLAGE_HEAD,),
                target_note="Trưởng, phó thôn, tổ dân phố (Kế hoạch của tỉnh, đối tượng d)",
                default_cost=100_000,
                funding_source="Ngân sách xã",
            ),
        )
        vk = create_class(
            session,
            heads.uid,
            ClassInput(
                "Lớp 01",
                code="TT-XA-L01",
                venue="Phòng họp số 2, trụ sở UBND xã (10 chỗ ngồi)",
                start_date=day1,
                end_date=saturday,
                capacity=10,
                status=ClassStatus.OPEN,
            ),
            unit_code=code,
        )
        add_generated(
            session,
            vk.uid,
            [
                SessionTime.of_block(day1, TimeBlock.MORNING),
                SessionTime.of_block(day1, TimeBlock.AFTERNOON),
                SessionTime.of_block(day2, TimeBlock.MORNING),
                SessionTime.of_block(saturday, TimeBlock.MORNING),
            ],
            topics=(
                "Dân chủ ở cơ sở, hương ước, quy ước của thôn",
                "Kỹ năng vận động, tổ chức Nhân dân",
                "Hòa giải ở cơ sở",
                "Thực hành tại nhà văn hóa thôn",
            ),
            teachers=("TS. Phạm Minh Tuấn", "TS. Phạm Minh Tuấn", "ThS. Lê Quang Vinh", "ThS. Lê Quang Vinh"),
            unit_code=code,
        )
        learners = [n.staff for n in roll_nominations(session, digital) if n.status != NominationStatus.WITHDRAWN]
        learners.sort(key=lambda st: (not (st.department and st.department.kind == DepartmentKind.OFFICE), st.id))
        also_digital = [st.uid for st in learners[:1]]  # preferably someone of the office
        nominate(
            session,
            heads.uid,
            vk.uid,
            [s.uid for s in villages[:11]] + also_digital,
            reasons={},
            terms=NominationTerms(note="Phụ trách công tác thôn, tổ dân phố" if also_digital else None),
            accept_warnings=True,
            by=BY,
            today=today - timedelta(days=1),
        )

    # 5. the public service centre: three of its five people sent to the reception training together
    reception = _by_code(session, "TCD-XA-L01")
    centre = [s for s in _working(session, kinds=(DepartmentKind.PUBLIC_SERVICE_CENTRE,)) if s.id not in busy]
    if reception is not None and len(centre) >= 3:
        nominate(
            session,
            reception.course.uid,
            reception.uid,
            [s.uid for s in centre[:3]],
            reasons={},
            terms=NominationTerms(),
            accept_warnings=True,
            by=BY,
            today=today - timedelta(days=1),
        )


from app.demo import EXTRA_STEPS  # noqa: E402

EXTRA_STEPS.append(classes_step)
