from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.courses.nominations import change_status, get_nomination, nominate
from app.decisions.document import build_document
from app.decisions.service import (
    DecisionEdit,
    cancel_decision,
    decision_row,
    discard_draft,
    draft_decision,
    find_decision,
    issue_decision,
    list_decisions,
    long_date,
    place_date,
    post_with_unit,
    update_draft,
)
from app.decisions.templates import DecisionTemplates, load_templates, save_templates
from app.errors import UserError
from db.enums import CourseType, DecisionStatus, DepartmentKind, NominationStatus, SigningMode
from tests.unit.courses.conftest import TODAY, World

S = NominationStatus


def proposed(world: World, count: int = 2, course_name: str = "Bồi dưỡng kiến thức quản lý nhà nước") -> list[str]:
    course = world.course(course_name, CourseType.STATE_MANAGEMENT, organiser="Sở Nội vụ", default_cost=1_200_000)
    klass = world.klass(course, TODAY + timedelta(days=20), TODAY + timedelta(days=33))
    people = [world.person(f"Người Số {i + 1}", job=f"Vị trí {i}") for i in range(count)]
    return [n.uid for n in nominate(world.s, course, klass, people, today=TODAY, accept_warnings=True)]


def test_dates_as_decree_30_writes_them() -> None:
    assert place_date("Vĩnh Lộc", date(2026, 1, 5)) == "Vĩnh Lộc, ngày 05 tháng 01 năm 2026"
    assert place_date("Hà Bắc", date(2026, 2, 28)) == "Hà Bắc, ngày 28 tháng 02 năm 2026"
    assert place_date("Hà Bắc", date(2026, 3, 9)) == "Hà Bắc, ngày 09 tháng 3 năm 2026"
    assert place_date("Hà Bắc", date(2026, 12, 15)) == "Hà Bắc, ngày 15 tháng 12 năm 2026"
    assert long_date(date(2026, 11, 3)) == "ngày 03 tháng 11 năm 2026"


def test_draft_is_filled_from_the_templates(world: World) -> None:
    noms = proposed(world)
    d = draft_decision(world.s, noms)
    assert d.status == DecisionStatus.DRAFT and d.number is None
    assert d.summary == "Về việc cử công chức tham gia lớp bồi dưỡng kiến thức quản lý nhà nước"
    assert d.authority == "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀ BẮC"
    bases = d.legal_bases.splitlines()
    assert bases[0].startswith("Căn cứ Luật Tổ chức chính quyền địa phương") and all(b.endswith(";") for b in bases)
    assert d.article1.startswith("Cử bà Người Số 1, Chuyên viên Văn phòng HĐND và UBND; bà Người Số 2")
    assert "do Sở Nội vụ tổ chức" in d.article1 and "Thời gian: từ ngày" in d.article1
    assert "1.200.000 đồng/người" in d.article2
    assert d.recipients.splitlines()[-1] == "Lưu: VT, VHXH"
    assert "Sở Nội vụ thành phố Hải Phòng" in d.recipients
    assert [i.nomination.uid for i in d.items] == noms
    with pytest.raises(UserError, match="dự thảo quyết định khác"):
        draft_decision(world.s, noms[:1])


def test_a_post_and_its_unit_are_written_once() -> None:
    assert post_with_unit("Trưởng phòng", "Phòng Kinh tế") == "Trưởng phòng Kinh tế"
    assert (
        post_with_unit("Phó Giám đốc Trung tâm", "Trung tâm Phục vụ hành chính công")
        == "Phó Giám đốc Trung tâm Phục vụ hành chính công"
    )
    assert post_with_unit("Chuyên viên", "Văn phòng HĐND và UBND") == "Chuyên viên Văn phòng HĐND và UBND"
    assert post_with_unit("Chánh Văn phòng HĐND và UBND", "Văn phòng HĐND và UBND") == "Chánh Văn phòng HĐND và UBND"
    assert post_with_unit("", "Phòng Kinh tế") == "Phòng Kinh tế"
    assert post_with_unit("Chuyên viên", "") == "Chuyên viên"


def test_article_1_does_not_repeat_the_unit_in_the_post(world: World) -> None:
    course = world.course("Tập huấn nghiệp vụ hộ tịch", CourseType.SKILLS, organiser="Sở Tư pháp")
    klass = world.klass(course, TODAY + timedelta(days=20), TODAY + timedelta(days=21))
    head = world.person("Trưởng Phòng Một", dept=DepartmentKind.ECONOMY, position="Trưởng phòng")
    deputy = world.person(
        "Phó Trung Tâm", dept=DepartmentKind.PUBLIC_SERVICE_CENTRE, position="Phó Giám đốc Trung tâm", job=None
    )
    noms = [n.uid for n in nominate(world.s, course, klass, [head, deputy], today=TODAY, accept_warnings=True)]
    article1 = draft_decision(world.s, noms).article1
    assert "Trưởng phòng Kinh tế" in article1 and "Trưởng phòng Phòng" not in article1
    assert "Phó Giám đốc Trung tâm Phục vụ hành chính công" in article1
    assert "Trung tâm Trung tâm" not in article1


def test_article_1_names_a_cadre_by_post_not_by_the_lists_grouping(world: World) -> None:
    course = world.course("Bồi dưỡng kỹ năng lãnh đạo", CourseType.LEADERSHIP, organiser="Trường Chính trị")
    klass = world.klass(course, TODAY + timedelta(days=20), TODAY + timedelta(days=21))
    chair = world.person("Chủ Tịch", dept=DepartmentKind.LEADERSHIP, position="Chủ tịch UBND", job=None)
    head = world.person("Trưởng Thôn", dept=DepartmentKind.VILLAGE, position="Trưởng thôn", job=None)
    people = [chair, head]
    noms = [n.uid for n in nominate(world.s, course, klass, people, today=TODAY, accept_warnings=True)]
    article1 = draft_decision(world.s, noms).article1
    assert "Chủ tịch UBND;" in article1 and "Trưởng thôn tham gia" in article1
    assert "Lãnh đạo" not in article1 and "tổ dân phố" not in article1


def test_many_people_point_to_an_appendix(world: World) -> None:
    d = draft_decision(world.s, proposed(world, 5))
    assert "Cử 05 công chức (có danh sách kèm theo)" in d.article1
    doc = build_document(world.s, d.uid)
    assert len(doc.appendix) == 5 and doc.appendix[0].stt == 1
    assert doc.appendix_ref.startswith("(Kèm theo Quyết định số")


def test_one_course_per_decision(world: World) -> None:
    a = proposed(world, 1, "Khóa A")
    b = proposed(world, 1, "Khóa B")
    with pytest.raises(UserError, match="một khóa học"):
        draft_decision(world.s, a + b)


def test_numbering_per_year_restarts_and_is_never_reused(world: World) -> None:
    numbers = []
    for day in (date(2026, 3, 2), date(2026, 12, 30), date(2027, 1, 4)):
        d = draft_decision(world.s, proposed(world, 1, f"Khóa {day}"))
        issue_decision(world.s, d.uid, issued_on=day)
        numbers.append((d.year, d.number, decision_row(world.s, d.uid).number_text))
    assert numbers == [(2026, 1, "01/QĐ-UBND"), (2026, 2, "02/QĐ-UBND"), (2027, 1, "01/QĐ-UBND")]
    cancel_decision(world.s, find_decision(world.s, "02/QĐ-UBND/2026").uid, reason="Sai đối tượng", on=date(2027, 1, 2))
    d = draft_decision(world.s, proposed(world, 1, "Khóa mới"))
    issue_decision(world.s, d.uid, issued_on=date(2026, 12, 31))
    assert d.number == 3  # 02 stays with the cancelled decision
    taken = draft_decision(world.s, proposed(world, 1, "Khóa trùng số"))
    with pytest.raises(UserError, match="đã dùng"):
        issue_decision(world.s, taken.uid, issued_on=date(2026, 6, 1), number=1)
    issue_decision(world.s, taken.uid, issued_on=date(2026, 6, 1), number=15)
    assert decision_row(world.s, taken.uid).number_text == "15/QĐ-UBND"


def test_a_year_typed_wrong_is_refused(world: World) -> None:
    d = draft_decision(world.s, proposed(world, 1))
    with pytest.raises(UserError, match="hơn một năm"):
        issue_decision(world.s, d.uid, issued_on=date(2062, 11, 24))
    assert d.status == DecisionStatus.DRAFT and d.number is None  # nothing changed


def test_find_decision(world: World) -> None:
    d = draft_decision(world.s, proposed(world, 1))
    issue_decision(world.s, d.uid, issued_on=date(2026, 1, 5))
    assert find_decision(world.s, "01/QĐ-UBND").id == d.id
    assert find_decision(world.s, "1/qd-ubnd").id == d.id
    assert find_decision(world.s, str(d.id)).id == d.id
    assert find_decision(world.s, d.uid).id == d.id
    with pytest.raises(UserError, match="Không tìm thấy"):
        find_decision(world.s, "07/QĐ-UBND")
    other = draft_decision(world.s, proposed(world, 1, "Khóa năm sau"))
    issue_decision(world.s, other.uid, issued_on=date(2027, 1, 5))
    with pytest.raises(UserError, match="Có nhiều quyết định"):
        find_decision(world.s, "01/QĐ-UBND")


def test_issue_cancel_and_history(world: World) -> None:
    noms = proposed(world)
    d = draft_decision(world.s, noms)
    issue_decision(world.s, d.uid, issued_on=TODAY, by="Văn thư")
    assert all(get_nomination(world.s, u).status == S.APPROVED for u in noms)
    assert get_nomination(world.s, noms[0]).decision_id == d.id
    cancel_decision(world.s, d.uid, reason="Lớp lùi thời gian", on=TODAY)
    row = decision_row(world.s, d.uid)
    assert row.status == DecisionStatus.CANCELLED and row.cancel_reason == "Lớp lùi thời gian"
    assert row.number_text == "01/QĐ-UBND" and row.people == 2  # the history stays
    n = get_nomination(world.s, noms[0])
    assert n.status == S.PROPOSED and n.decision_id is None
    with pytest.raises(UserError):
        cancel_decision(world.s, d.uid, reason="x", on=TODAY)


def test_cancel_refused_once_someone_studies(world: World) -> None:
    noms = proposed(world)
    d = draft_decision(world.s, noms)
    issue_decision(world.s, d.uid, issued_on=TODAY)
    change_status(world.s, noms[0], S.STUDYING)
    with pytest.raises(UserError, match="thay thế"):
        cancel_decision(world.s, d.uid, reason="x", on=TODAY)


def test_replacing_decision_takes_over(world: World) -> None:
    noms = proposed(world, 3)
    first = draft_decision(world.s, noms[:2])
    issue_decision(world.s, first.uid, issued_on=date(2026, 11, 2))
    second = draft_decision(world.s, [noms[1], noms[2]], amends_uid=first.uid)
    assert "thay thế Quyết định số 01/QĐ-UBND ngày 02 tháng 11 năm 2026" in second.summary
    assert "thay thế Quyết định số 01/QĐ-UBND" in second.article3
    issue_decision(world.s, second.uid, issued_on=date(2026, 11, 10))
    old, new = decision_row(world.s, first.uid), decision_row(world.s, second.uid)
    assert old.status == DecisionStatus.REPLACED and old.replaced_by_text == "02/QĐ-UBND"
    assert new.amends_text == "01/QĐ-UBND" and new.people == 2
    assert get_nomination(world.s, noms[0]).status == S.PROPOSED  # left out of the new decision
    assert get_nomination(world.s, noms[1]).decision_id == second.id
    assert get_nomination(world.s, noms[2]).status == S.APPROVED
    assert [r.number_text for r in list_decisions(world.s)] == ["02/QĐ-UBND", "01/QĐ-UBND"]


def test_editing_a_draft_and_signing_modes(world: World) -> None:
    noms = proposed(world, 2)
    d = draft_decision(world.s, noms)
    edit = DecisionEdit(
        summary="Về việc cử công chức đi học",
        legal_bases=["Căn cứ Luật Cán bộ, công chức;"],
        proposal="Theo đề nghị của Chánh Văn phòng.",
        article1="Cử bà Người Số 1.",
        article2="Điều hai.",
        article3="Điều ba./.",
        signing_mode=SigningMode.DEPUTY,
        signer_name="Trần Văn Phó",
        recipients=["- Như Điều 3;", "- Lưu: VT, VHXH."],
        appendix_title="",
        nomination_uids=noms[:1],
    )
    update_draft(world.s, d.uid, edit)
    doc = build_document(world.s, d.uid)
    assert doc.sign_lines == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and doc.signer_name == "Trần Văn Phó"
    assert doc.recipients == ("- Như Điều 3;", "- Lưu: VT, VHXH.")
    assert doc.number_line == "Số:      /QĐ-UBND" and doc.status_mark == "DỰ THẢO"
    assert decision_row(world.s, d.uid).people == 1
    edit.signing_mode = SigningMode.COLLECTIVE
    update_draft(world.s, d.uid, edit)
    doc = build_document(world.s, d.uid)
    assert doc.sign_lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") and doc.authority == "ỦY BAN NHÂN DÂN XÃ HÀ BẮC"
    edit.legal_bases = ["Căn cứ thiếu dấu chấm phẩy"]
    with pytest.raises(UserError) as bad:
        update_draft(world.s, d.uid, edit)
    assert "Căn cứ dòng 1" in str(bad.value)
    discard_draft(world.s, d.uid)
    assert list_decisions(world.s) == []
    assert draft_decision(world.s, noms)  # the nominations are free again


def test_templates_are_checked_and_used(world: World) -> None:
    t = load_templates(world.s)
    assert t.recipients[-1] == "Lưu: VT, VHXH"
    with pytest.raises(UserError, match="Lưu"):
        save_templates(world.s, DecisionTemplates(recipients=["Như Điều 3"]))
    with pytest.raises(UserError, match="chỗ điền"):
        save_templates(world.s, DecisionTemplates(article2="Kinh phí {khong_co}"))
    save_templates(
        world.s,
        DecisionTemplates(
            legal_bases=["Căn cứ Quyết định của {Don_vi};"],
            symbol="qđ-ct",
            chairman="Nguyễn Văn Chủ",
            recipients=["- Như Điều 3;", "Lưu: VT"],
        ),
    )
    d = draft_decision(world.s, proposed(world, 1))
    assert d.legal_bases == "Căn cứ Quyết định của Xã Hà Bắc;" and d.symbol == "QĐ-CT"
    assert d.signer_name == "Nguyễn Văn Chủ" and d.recipients == "Như Điều 3\nLưu: VT"
