"""A believable commune roster after the 2025 reform, and people to fill it."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from app.demo.names import person_name
from app.labels import ETHNICITIES, KINH
from app.staff.form import QualificationInput, StaffInput
from app.staff.retirement import retirement_date
from db.enums import DatePrecision, DepartmentKind, QualificationKind, Sex, StaffCategory, StaffStatus

D = DepartmentKind
C = StaffCategory


@dataclass(frozen=True)
class Post:
    department: DepartmentKind
    category: StaffCategory
    position: str
    job_position: str | None
    count: int = 1
    leader: int = 0  # 0 staff, 1 head of a department, 2 unit leadership


ROSTER: tuple[Post, ...] = (
    Post(D.PARTY, C.CADRE, "Bí thư Đảng ủy", None, 1, 2),
    Post(D.PARTY, C.CADRE, "Phó Bí thư Thường trực Đảng ủy", None, 1, 2),
    Post(D.LEADERSHIP, C.CADRE, "Chủ tịch HĐND", None, 1, 2),
    Post(D.LEADERSHIP, C.CADRE, "Phó Chủ tịch HĐND", None, 1, 2),
    Post(D.LEADERSHIP, C.CADRE, "Chủ tịch UBND", None, 1, 2),
    Post(D.LEADERSHIP, C.CADRE, "Phó Chủ tịch UBND", None, 2, 2),
    Post(D.MASS_ORGANISATION, C.CADRE, "Chủ tịch Ủy ban MTTQ", None, 1, 1),
    Post(D.MASS_ORGANISATION, C.CADRE, "Phó Chủ tịch Ủy ban MTTQ", None, 3, 1),
    Post(D.OFFICE, C.CIVIL_SERVANT, "Chánh Văn phòng", "Văn phòng - Tổng hợp", 1, 1),
    Post(D.OFFICE, C.CIVIL_SERVANT, "Phó Chánh Văn phòng", "Văn phòng - Tổng hợp", 1, 1),
    Post(D.OFFICE, C.CIVIL_SERVANT, "Chuyên viên", "Văn phòng - Tổng hợp", 2),
    Post(D.OFFICE, C.CIVIL_SERVANT, "Chuyên viên", "Tư pháp - Hộ tịch", 2),
    Post(D.OFFICE, C.CIVIL_SERVANT, "Chuyên viên", "Văn thư - Lưu trữ", 1),
    Post(D.OFFICE, C.CIVIL_SERVANT, "Chuyên viên", "Chuyển đổi số - Công nghệ thông tin", 1),
    Post(D.ECONOMY, C.CIVIL_SERVANT, "Trưởng phòng", "Kinh tế - Kế hoạch - Đầu tư", 1, 1),
    Post(D.ECONOMY, C.CIVIL_SERVANT, "Phó Trưởng phòng", "Địa chính - Xây dựng - Đô thị", 1, 1),
    Post(D.ECONOMY, C.CIVIL_SERVANT, "Chuyên viên", "Tài chính - Kế toán", 2),
    Post(D.ECONOMY, C.CIVIL_SERVANT, "Chuyên viên", "Địa chính - Xây dựng - Đô thị", 3),
    Post(D.ECONOMY, C.CIVIL_SERVANT, "Chuyên viên", "Nông nghiệp - Môi trường", 2),
    Post(D.ECONOMY, C.CIVIL_SERVANT, "Chuyên viên", "Kinh tế - Kế hoạch - Đầu tư", 1),
    Post(D.CULTURE_SOCIETY, C.CIVIL_SERVANT, "Trưởng phòng", "Nội vụ", 1, 1),
    Post(D.CULTURE_SOCIETY, C.CIVIL_SERVANT, "Phó Trưởng phòng", "Văn hóa - Thông tin - Thể thao", 1, 1),
    Post(D.CULTURE_SOCIETY, C.CIVIL_SERVANT, "Chuyên viên", "Văn hóa - Thông tin - Thể thao", 2),
    Post(D.CULTURE_SOCIETY, C.CIVIL_SERVANT, "Chuyên viên", "Lao động - Chính sách - Xã hội", 2),
    Post(D.CULTURE_SOCIETY, C.CIVIL_SERVANT, "Chuyên viên", "Giáo dục - Y tế", 1),
    Post(D.CULTURE_SOCIETY, C.CIVIL_SERVANT, "Chuyên viên", "Nội vụ", 1),
    Post(D.PUBLIC_SERVICE_CENTRE, C.CIVIL_SERVANT, "Phó Giám đốc Trung tâm", "Tiếp nhận và trả kết quả hồ sơ", 1, 1),
    Post(D.PUBLIC_SERVICE_CENTRE, C.CIVIL_SERVANT, "Chuyên viên", "Tiếp nhận và trả kết quả hồ sơ", 4),
    Post(D.MILITARY, C.CIVIL_SERVANT, "Chỉ huy trưởng Ban Chỉ huy Quân sự", "Chỉ huy trưởng Quân sự", 1, 1),
    Post(D.PUBLIC_SERVICE_UNIT, C.PUBLIC_EMPLOYEE, "Viên chức", None, 4),
    Post(D.VILLAGE, C.VILLAGE_HEAD, "Trưởng thôn", None, 8),
    Post(D.VILLAGE, C.VILLAGE_HEAD, "Phó Trưởng thôn", None, 3),
    Post(D.OFFICE, C.PART_TIME, "Người hoạt động không chuyên trách", None, 2),
)

MATCHING_MAJORS: dict[str, tuple[str, ...]] = {
    "Văn phòng - Tổng hợp": ("Hành chính học", "Quản trị văn phòng", "Luật", "Quản lý nhà nước"),
    "Tư pháp - Hộ tịch": ("Luật", "Luật Kinh tế", "Luật Hành chính"),
    "Văn thư - Lưu trữ": ("Văn thư - Lưu trữ", "Lưu trữ học", "Quản trị văn phòng"),
    "Chuyển đổi số - Công nghệ thông tin": ("Công nghệ thông tin", "Hệ thống thông tin", "Khoa học máy tính"),
    "Kinh tế - Kế hoạch - Đầu tư": ("Kinh tế", "Kinh tế đầu tư", "Quản trị kinh doanh"),
    "Địa chính - Xây dựng - Đô thị": ("Quản lý đất đai", "Kỹ thuật xây dựng", "Trắc địa - Bản đồ"),
    "Tài chính - Kế toán": ("Kế toán", "Tài chính - Ngân hàng", "Kiểm toán"),
    "Nông nghiệp - Môi trường": (
        "Kinh tế nông nghiệp",
        "Khoa học môi trường",
        "Nông học",
        "Chăn nuôi - Thú y",
    ),
    "Nội vụ": ("Quản lý nhà nước", "Hành chính học", "Quản lý nhân lực"),
    "Văn hóa - Thông tin - Thể thao": ("Quản lý văn hóa", "Văn hóa học", "Báo chí", "Thể dục thể thao"),
    "Lao động - Chính sách - Xã hội": ("Công tác xã hội", "Xã hội học", "Quản trị nhân lực (Lao động)"),
    "Giáo dục - Y tế": ("Sư phạm Tiểu học", "Y tế công cộng", "Quản lý giáo dục"),
    "Tiếp nhận và trả kết quả hồ sơ": ("Luật", "Hành chính học", "Quản lý đất đai", "Công nghệ thông tin"),
    "Chỉ huy trưởng Quân sự": ("Quân sự cơ sở", "Chỉ huy tham mưu"),
}
OTHER_MAJORS = (
    "Sư phạm Ngữ văn",
    "Sư phạm Lịch sử",
    "Kinh tế nông nghiệp",
    "Xây dựng Đảng và Chính quyền nhà nước",
    "Chính trị học",
    "Quản trị kinh doanh",
    "Điều dưỡng",
    "Kinh tế",
)
PUBLIC_EMPLOYEE_MAJORS = ("Sư phạm Mầm non", "Kế toán", "Điều dưỡng", "Nông học")
INSTITUTIONS = (
    "Học viện Hành chính và Quản trị công",
    "Trường Đại học Luật Hà Nội",
    "Trường Đại học Kinh tế Quốc dân",
    "Học viện Nông nghiệp Việt Nam",
    "Trường Đại học Tài nguyên và Môi trường Hà Nội",
    "Trường Đại học Hải Phòng",
    "Trường Đại học Văn hóa Hà Nội",
    "Trường Đại học Lao động - Xã hội",
    "Trường Đại học Công nghệ - ĐHQGHN",
    "Trường Đại học Xây dựng Hà Nội",
    "Trường Đại học Sư phạm Hà Nội",
)
POLITICAL_SCHOOL = "Trường Chính trị thành phố"
ACADEMY = "Học viện Chính trị quốc gia Hồ Chí Minh"
PLACES = ("Hải Phòng", "Hải Dương", "Thái Bình", "Nam Định", "Hưng Yên", "Quảng Ninh", "Hà Nội")
MINORITY_CODES = ("02", "04", "07", "09", "03")


@dataclass
class DemoPerson:
    data: StaffInput
    department: DepartmentKind
    leader: int


def _birth(rng: random.Random, today: date, female: bool, leader: int) -> date:
    youngest, oldest = (35, 58) if leader == 2 else (30, 58) if leader == 1 else (23, 59)
    for _ in range(50):
        age = rng.randint(youngest, oldest)
        born = date(today.year - age, rng.randint(1, 12), rng.randint(1, 28))
        if retirement_date(Sex.FEMALE if female else Sex.MALE, born) > today:
            return born
    return date(today.year - youngest, 6, 15)


def _cccd(rng: random.Random, female: bool, born: date) -> str:
    province = rng.choice(("031", "030", "034", "036", "033", "022", "001"))
    gender_century = (born.year // 100 - 19) * 2 + (1 if female else 0)
    return f"{province}{gender_century}{born.year % 100:02d}{rng.randint(0, 999999):06d}"


def _qualifications(rng: random.Random, post: Post, born: date, today: date) -> list[QualificationInput]:
    quals: list[QualificationInput] = []
    grad_year = min(today.year - 1, born.year + rng.randint(22, 26))

    def add(
        kind: QualificationKind,
        level: str,
        major: str | None,
        institution: str,
        after: int = 0,
        *,
        certificate_no: str | None = None,
        training_form: str | None = None,
    ) -> None:
        year = min(today.year - 1, grad_year + after)
        quals.append(
            QualificationInput(
                kind, level, major, institution, year, certificate_no=certificate_no, training_form=training_form
            )
        )

    prof = QualificationKind.PROFESSIONAL
    if post.category == C.VILLAGE_HEAD:
        if rng.random() < 0.4:
            major = rng.choice(("Nông học", "Kế toán", "Luật"))
            add(prof, "trung_cap", major, "Trường Trung cấp " + rng.choice(PLACES))
    elif post.category == C.PART_TIME:
        add(prof, "trung_cap", "Văn thư - Lưu trữ", "Trường Trung cấp Nội vụ")
    else:
        if post.category == C.PUBLIC_EMPLOYEE:
            major = rng.choice(PUBLIC_EMPLOYEE_MAJORS)
        elif post.job_position and rng.random() < 0.75:
            major = rng.choice(MATCHING_MAJORS[post.job_position])
        else:  # the reform moved many people into positions their degree does not cover
            major = rng.choice(OTHER_MAJORS)
        level = "thac_si" if post.leader and rng.random() < 0.3 else "dai_hoc"
        if post.leader == 0 and rng.random() < 0.12:
            level = rng.choice(("trung_cap", "cao_dang"))
        form = rng.choice(("Chính quy", "Chính quy", "Vừa làm vừa học"))
        number = f"{rng.randint(100000, 999999)}"
        add(
            prof,
            "dai_hoc" if level == "thac_si" else level,
            major,
            rng.choice(INSTITUTIONS),
            certificate_no=number,
            training_form=form,
        )
        if level == "thac_si":
            master = rng.choice(("Quản lý kinh tế", "Luật", "Quản lý công", major))
            add(prof, "thac_si", master, rng.choice(INSTITUTIONS), rng.randint(3, 10))
    # political theory: leaders have it, others sometimes
    roll = rng.random()
    pt: str | None
    if post.leader == 2:
        pt = "cao_cap" if roll < 0.6 else "trung_cap"
    elif post.leader == 1:
        pt = "cao_cap" if roll < 0.15 else "trung_cap" if roll < 0.8 else "so_cap"
    elif post.category in (C.CIVIL_SERVANT, C.CADRE):
        pt = "trung_cap" if roll < 0.35 else "so_cap" if roll < 0.7 else None
    else:
        pt = "so_cap" if roll < 0.4 else None
    if pt:
        school = ACADEMY if pt == "cao_cap" else POLITICAL_SCHOOL
        add(QualificationKind.POLITICAL_THEORY, pt, None, school, rng.randint(2, 12))
    roll = rng.random()
    if post.category in (C.CIVIL_SERVANT, C.CADRE):
        sm = "chuyen_vien_chinh" if post.leader and roll < 0.3 else "chuyen_vien" if roll < 0.45 else None
        if sm:
            add(
                QualificationKind.STATE_MANAGEMENT, sm, None, "Học viện Hành chính và Quản trị công", rng.randint(2, 10)
            )
    if post.category != C.VILLAGE_HEAD and rng.random() < 0.7:
        it_level = rng.choice(("co_ban", "co_ban", "a", "b", "nang_cao"))
        add(QualificationKind.IT, it_level, None, "Trung tâm Tin học", rng.randint(0, 6))
    if post.category != C.VILLAGE_HEAD and rng.random() < 0.5:
        language = rng.choice(("b", "b1", "a2", "b"))
        add(QualificationKind.FOREIGN_LANGUAGE, language, "Tiếng Anh", "Trung tâm Ngoại ngữ")
    if post.leader and rng.random() < 0.6:
        add(QualificationKind.NATIONAL_DEFENCE, "doi_tuong_3", None, "Bộ Chỉ huy Quân sự thành phố", 8)
    return quals


def make_person(rng: random.Random, post: Post, today: date, *, minority_share: float = 0.08) -> DemoPerson:
    female = rng.random() < (0.35 if post.leader == 2 else 0.5)
    minority = rng.random() < minority_share
    born = _birth(rng, today, female, post.leader)
    precision = DatePrecision.DAY
    if post.category == C.VILLAGE_HEAD and rng.random() < 0.1:
        born, precision = date(born.year, 1, 1), DatePrecision.YEAR  # old village records: year only
    start_year = min(today.year - 1, born.year + rng.randint(22, 30))
    party = post.leader > 0 or rng.random() < 0.55
    data = StaffInput(
        full_name=person_name(rng, female, minority=minority),
        sex=Sex.FEMALE if female else Sex.MALE,
        category=post.category,
        date_of_birth=born,
        dob_precision=precision,
        place_of_birth=rng.choice(PLACES),
        home_town=rng.choice(PLACES),
        ethnicity_code=rng.choice(MINORITY_CODES) if minority else KINH,
        religion="Không",
        cccd=_cccd(rng, female, born) if rng.random() < 0.95 else None,
        phone=f"09{rng.randint(10000000, 99999999)}",
        position=post.position,
        job_position=post.job_position,
        rank_code=("01.002" if post.leader and rng.random() < 0.4 else "01.003")
        if post.category == C.CIVIL_SERVANT
        else None,
        start_date=date(start_year, rng.randint(1, 12), 1),
        general_education="12/12",
        party_member=party,
        party_join_date=date(
            min(today.year - 1, start_year + rng.randint(1, 6)), rng.randint(1, 12), rng.randint(1, 28)
        )
        if party
        else None,
        planning_post=("Phó Chủ tịch UBND" if post.leader == 1 and rng.random() < 0.3 else None),
        planning_term="2025-2030",
        status=StaffStatus.WORKING,
        qualifications=_qualifications(rng, post, born, today),
    )
    assert data.ethnicity_code in ETHNICITIES
    return DemoPerson(data, post.department, post.leader)


def commune_people(rng: random.Random, today: date) -> list[DemoPerson]:
    people = []
    for post in ROSTER:
        for _ in range(post.count):
            people.append(make_person(rng, post, today))
    return people
