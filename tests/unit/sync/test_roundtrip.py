"""Commune → province → commune: what travels, how it is merged, what comes back."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.staff.form import QualificationInput
from app.staff.records import add_qualification, change_status, get_staff, list_rows, set_qualifications
from app.sync.catalogue import REGISTRY
from app.sync.export import build_bundle, own_identity
from app.sync.importer import ALREADY, APPLIED, NEEDS_KEY, PREVIEW, REFUSED, check_files, import_files, preview
from app.sync.keys import OwnKeys, store_own_keys
from app.sync.manifest import UnitRef
from app.sync.state import current_seq, get_link, unit_ref
from app.sync.status import commune_statuses, conflicts, province_link, resolve_conflict
from app.sync.wire import fetch_local
from app.workspace import Workspace, open_workspace
from db.enums import QualificationKind, StaffStatus
from db.models import Qualification, Staff, SyncBundleLog
from tests.unit.sync.conftest import COMMUNE_A, COMMUNE_B, PROVINCE, SyncWorld, file_state


def dump(ws: Workspace, owner: str) -> dict[str, list[bytes]]:
    """Every synced row a unit owns, in wire form (what a bundle would carry)."""
    with ws.db.reading() as s:
        return {
            schema.name: [r.record.line() for r in fetch_local(s, schema, schema.table.c.owner_unit == owner)]
            for schema in REGISTRY
        }


def counts(outcome_counts: dict[str, object]) -> dict[str, dict[str, int]]:
    return {k: {n: v for n, v in c.as_dict().items() if v} for k, c in outcome_counts.items()}  # type: ignore[attr-defined]


def test_first_bundle_carries_everything_and_the_province_holds_an_exact_copy(world: SyncWorld) -> None:
    bundle = world.export("A")
    (outcome,) = world.receive("P", bundle)
    assert outcome.status == APPLIED, outcome.message
    sent = dump(world.a, COMMUNE_A)
    assert counts(outcome.counts) == {kind: {"created": len(rows)} for kind, rows in sent.items()}
    assert len(sent["staff"]) == 60 and len(sent["department"]) == 10 and len(sent["staff_status_change"]) >= 2
    # the province holds the commune's rows exactly: same uids, revisions, sequence numbers, content, dates
    assert dump(world.province, COMMUNE_A) == dump(world.a, COMMUNE_A)
    # and its own lists see them (search keys computed on arrival)
    with world.province.db.reading() as s:
        rows = list_rows(s, unit_code=COMMUNE_A)
    with world.a.db.reading() as s:
        mine = list_rows(s)
    assert [(r.uid, r.full_name, r.match, r.professional) for r in rows] == [
        (r.uid, r.full_name, r.match, r.professional) for r in mine
    ]


def test_applied_rows_keep_the_owners_revision(world: SyncWorld) -> None:
    """A row applied from a bundle is written as the owner has it: no revision bump, no local sequence."""
    with world.a.db.transaction() as s:
        person = s.scalars(select(Staff).order_by(Staff.id)).first()
        assert person is not None
        person.phone = "0912000111"
    with world.a.db.transaction() as s:
        person = s.scalars(select(Staff).order_by(Staff.id)).first()
        assert person is not None
        person.phone = "0912000222"
    with world.a.db.reading() as s:
        person = s.scalars(select(Staff).order_by(Staff.id)).first()
        assert person is not None
        uid, rev, seq = person.uid, person.revision, person.change_seq
    assert rev == 3
    province_seq = current_seq_of(world.province)
    world.receive("P", world.export("A"))
    with world.province.db.reading() as s:
        copy = s.scalars(select(Staff).where(Staff.uid == uid)).one()
        assert (copy.revision, copy.change_seq, copy.phone) == (rev, seq, "0912000222")
        assert current_seq(s) == province_seq  # applying touched none of the province's own sequence


def test_incremental_bundles_carry_only_what_the_province_has_not_acknowledged(world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    world.receive("A", world.export("P", to=COMMUNE_A))  # acknowledgement travels back
    with world.a.db.reading() as s:
        me = world.a.unit
        assert me is not None
        link = province_link(s, me)
    assert link.pending_changes == 0
    assert link.acked_through is not None and "đã có dữ liệu của đơn vị đến ngày" in link.acknowledged_text

    with world.a.db.transaction() as s:
        rows = list_rows(s)
        first, second = rows[0].uid, rows[1].uid
        staff = get_staff(s, first)
        add_qualification(s, staff, QualificationInput(kind=QualificationKind.IT, level="co_ban", year=2026))
        change_status(s, second, StaffStatus.RETIRED, effective=date(2026, 11, 1), note="Đủ tuổi")
        other = get_staff(s, rows[2].uid)
        keep = [q for q in other.qualifications if not q.deleted][1:]  # one qualification removed → tombstone
        from app.staff.records import qualification_inputs

        set_qualifications(s, other, [i for i in qualification_inputs(other) if i.uid in {q.uid for q in keep}])
    result = world.export_result("A")
    # the retired person's row; the qualifications added and removed; the status change
    assert {k: n for k, n in result.counts.items() if n} == {"staff": 1, "qualification": 2, "staff_status_change": 1}
    assert set(result.counts) == {s.name for s in REGISTRY}  # every kind a commune owns is listed, 0 or not
    (outcome,) = world.receive("P", result.path)
    assert {k: c for k, c in counts(outcome.counts).items() if c} == {
        "staff": {"updated": 1},
        "qualification": {"created": 1, "deleted": 1},
        "staff_status_change": {"created": 1},
    }
    assert dump(world.province, COMMUNE_A) == dump(world.a, COMMUNE_A)
    with world.province.db.reading() as s:
        assert s.scalars(select(Staff.status).where(Staff.uid == second)).one() == StaffStatus.RETIRED


def test_reimport_says_already_imported_and_changes_nothing(world: SyncWorld) -> None:
    bundle = world.export("A")
    world.receive("P", bundle)
    world.province.close()
    before = file_state(world.province.path)
    province = open_workspace(world.province.path)
    try:
        (again,) = import_files(province.db, [bundle])
    finally:
        province.close()
    assert again.status == ALREADY and "đã được nhập" in again.message
    assert file_state(world.province.path) == before
    world.province = open_workspace(world.province.path)


def test_an_older_bundle_after_a_newer_one_changes_nothing(world: SyncWorld) -> None:
    old = world.export("A")
    with world.a.db.transaction() as s:
        for person in s.scalars(select(Staff).limit(5)):
            person.notes = "Đã cập nhật"
    new = world.export("A")
    assert world.receive("P", new)[0].status == APPLIED
    before = dump(world.province, COMMUNE_A)
    (outcome,) = world.receive("P", old)
    assert outcome.status == APPLIED
    assert outcome.changes == 0 and outcome.counts["staff"].stale == 5
    assert dump(world.province, COMMUNE_A) == before == dump(world.a, COMMUNE_A)


def test_preview_figures_equal_the_apply_and_preview_changes_nothing(world: SyncWorld) -> None:
    first = world.export("A")
    with world.a.db.transaction() as s:
        for person in s.scalars(select(Staff).limit(3)):
            person.notes = "x"
    second = world.export("A")
    third = world.export("B")
    before = file_state(world.province.path) if False else None
    checked = check_files(world.province.db, [third, second, first])
    previews = preview(world.province.db, checked)
    assert [p.status for p in previews] == [PREVIEW, PREVIEW, PREVIEW]
    assert before is None
    assert dump(world.province, COMMUNE_A)["staff"] == []
    applied = world.receive("P", third, second, first)
    assert [a.status for a in applied] == [APPLIED] * 3
    for p, a in zip(previews, applied, strict=True):
        assert counts(p.counts) == counts(a.counts)
    # the second bundle of A was applied after the first (sorted by sequence), so its 3 edits are updates
    assert applied[1].counts["staff"].updated == 3 or applied[1].counts["staff"].created == 60


def test_full_bundle_merges_row_by_row(world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    with world.a.db.transaction() as s:
        person = s.scalars(select(Staff)).first()
        assert person is not None
        person.notes = "sửa sau"
    (outcome,) = world.receive("P", world.export("A", full=True))
    assert counts(outcome.counts)["staff"] == {"updated": 1, "unchanged": 59}
    assert dump(world.province, COMMUNE_A) == dump(world.a, COMMUNE_A)


def test_province_consolidates_communes(world: SyncWorld) -> None:
    world.receive("P", world.export("A"), world.export("B"))
    with world.province.db.reading() as s:
        statuses = {c.code: c for c in commune_statuses(s, today=date.today())}
        total = s.scalar(select(func.count()).select_from(Staff))
    assert statuses[COMMUNE_A].people > 40 and statuses[COMMUNE_B].people > 40
    assert statuses[COMMUNE_A].freshness == "fresh" and statuses[COMMUNE_A].last_bundle_at is not None
    assert statuses[COMMUNE_A].qualifications > 100 and statuses[COMMUNE_A].key_fingerprint
    assert total == len(dump(world.a, COMMUNE_A)["staff"]) + len(dump(world.b, COMMUNE_B)["staff"])


def test_export_import_export_is_canonical(world: SyncWorld, tmp_path: Path, template_db: Path) -> None:
    """The bytes a commune sends are the bytes any holder of its rows would send."""
    world.receive("P", world.export("A"))
    with world.a.db.reading() as s:
        me = world.a.unit
        assert me is not None
        identity = own_identity(s, me)
    dest = UnitRef(PROVINCE, "Thành phố Hải Phòng", "province", None)

    def zip_of(ws: Workspace) -> bytes:
        from app.sync.envelope import peek

        with ws.db.reading() as s:
            built = build_bundle(
                s,
                origin=identity,
                destination=dest,
                recipient=None,
                full=True,
                created_at=identity_time,
                bundle_id="00000000-0000-4000-8000-000000000001",
            )
        assert peek(built.data)[0] == 0
        return built.data

    from datetime import UTC, datetime

    identity_time = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    # the province holds exact copies, so building A's bundle from the province's database gives A's bytes
    assert zip_of(world.province) == zip_of(world.a)


def test_a_gap_is_shown_and_heals_through_acknowledgements(world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    world.receive("A", world.export("P", to=COMMUNE_A))
    with world.a.db.transaction() as s:
        person = s.scalars(select(Staff).order_by(Staff.id)).first()
        assert person is not None
        person.notes = "thay đổi trong tệp bị mất"
        uid = person.uid
    lost = world.export("A")  # never arrives
    assert lost.exists()
    # the province pretends it acknowledged that lost bundle (e.g. its database was restored afterwards)
    with world.a.db.transaction() as s:
        link = get_link(s, PROVINCE)
        assert link is not None
        link.acked_seq = current_seq(s)
    with world.a.db.transaction() as s:
        rows = list_rows(s)
        add_qualification(s, get_staff(s, rows[5].uid), QualificationInput(kind=QualificationKind.IT, level="co_ban"))
    (outcome,) = world.receive("P", world.export("A"))
    assert outcome.status == APPLIED and outcome.gap is not None
    with world.province.db.reading() as s:
        link = get_link(s, COMMUNE_A)
        assert link is not None and link.gap and link.applied_seq < current_seq_of(world.a)
    # the province's acknowledgement says what it really holds; the next bundle fills the gap
    world.receive("A", world.export("P", to=COMMUNE_A))
    (healed,) = world.receive("P", world.export("A"))
    assert healed.status == APPLIED and healed.gap is None
    assert dump(world.province, COMMUNE_A) == dump(world.a, COMMUNE_A)
    with world.province.db.reading() as s:
        assert s.scalars(select(Staff.notes).where(Staff.uid == uid)).one() == "thay đổi trong tệp bị mất"
        link = get_link(s, COMMUNE_A)
        assert link is not None and link.gap is None


def current_seq_of(ws: Workspace) -> int:
    with ws.db.reading() as s:
        return current_seq(s)


def test_a_cloned_install_is_refused_as_a_fork(world: SyncWorld, tmp_path: Path) -> None:
    world.receive("P", world.export("A"))
    world.a.close()
    clone_path = tmp_path / "clone.sqlite"
    shutil.copy(world.a.path, clone_path)
    world.a = open_workspace(world.a.path)
    clone = open_workspace(clone_path)
    try:
        with world.a.db.transaction() as s:
            s.scalars(select(Staff).order_by(Staff.id)).first().notes = "máy thật"  # type: ignore[union-attr]
        with clone.db.transaction() as s:
            s.scalars(select(Staff).order_by(Staff.id.desc())).first().notes = "máy sao chép"  # type: ignore[union-attr]
        genuine = world.export("A")
        out = tmp_path / "clone.bdsync"
        from app.sync.export import export_bundle

        export_bundle(clone.db, out)
    finally:
        clone.close()
    assert world.receive("P", genuine)[0].status == APPLIED
    world.province.close()
    before = file_state(world.province.path)
    world.province = open_workspace(world.province.path)
    (outcome,) = world.receive("P", out)
    assert outcome.status == REFUSED and "sao chép" in outcome.message
    world.province.close()
    assert file_state(world.province.path) == before
    world.province = open_workspace(world.province.path)


def test_same_revision_with_other_content_is_a_conflict_for_a_person(world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    with world.a.db.reading() as s:
        uid = s.scalars(select(Qualification.uid).order_by(Qualification.id)).first()
    # someone at the province edits a commune's record (the single-writer rule says it should not)…
    with world.province.db.transaction() as s:
        s.scalars(select(Qualification).where(Qualification.uid == uid)).one().major = "Sửa ở tỉnh"
    # …while the commune edits the same record: both are now at revision 2 with different content
    with world.a.db.transaction() as s:
        s.scalars(select(Qualification).where(Qualification.uid == uid)).one().major = "Sửa ở xã"
    (outcome,) = world.receive("P", world.export("A"))
    assert outcome.status == APPLIED and outcome.counts["qualification"].conflicts == 1
    with world.province.db.reading() as s:
        (conflict,) = conflicts(s)
        assert s.scalars(select(Qualification.major).where(Qualification.uid == uid)).one() == "Sửa ở tỉnh"
    assert conflict.uid == uid and conflict.reason == "same_revision" and conflict.origin_unit == COMMUNE_A
    assert ("major", "Sửa ở tỉnh", "Sửa ở xã") in conflict.differences()
    # …shown to a person by the field's Vietnamese name (page "Xung đột", `bundle conflicts`)
    assert ("Chuyên ngành", "Sửa ở tỉnh", "Sửa ở xã") in conflict.readable_differences()
    # importing another bundle with the same version does not pile up the same conflict
    world.receive("P", world.export("A", full=True))
    with world.province.db.reading() as s:
        assert len(conflicts(s)) == 1
    with world.province.db.transaction() as s:
        resolve_conflict(s, conflict.id, take_incoming=True, by="test")
    with world.province.db.reading() as s:
        assert s.scalars(select(Qualification.major).where(Qualification.uid == uid)).one() == "Sửa ở xã"
        assert conflicts(s) == []
        assert [c.status for c in conflicts(s, include_resolved=True)] == ["taken"]
    assert dump(world.province, COMMUNE_A)["qualification"] == dump(world.a, COMMUNE_A)["qualification"]


def test_edit_against_a_delete_is_a_conflict(world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    with world.a.db.reading() as s:
        uid = s.scalars(select(Qualification.uid).order_by(Qualification.id)).first()
    with world.province.db.transaction() as s:
        s.scalars(select(Qualification).where(Qualification.uid == uid)).one().note = "sửa ở tỉnh"
    with world.a.db.transaction() as s:
        s.scalars(select(Qualification).where(Qualification.uid == uid)).one().deleted = True
    (outcome,) = world.receive("P", world.export("A"))
    assert outcome.counts["qualification"].conflicts == 1
    with world.province.db.reading() as s:
        (conflict,) = conflicts(s)
    assert conflict.reason == "edit_vs_delete"
    with world.province.db.transaction() as s:
        resolve_conflict(s, conflict.id, take_incoming=False, by="test")
        assert s.scalars(select(Qualification.deleted).where(Qualification.uid == uid)).one() is False
    # the owner's next change wins as usual (a newer revision)
    with world.a.db.transaction() as s:
        row = s.scalars(select(Qualification).where(Qualification.uid == uid)).one()
        row.deleted, row.note = False, "khôi phục"
    (later,) = world.receive("P", world.export("A"))
    assert later.counts["qualification"].updated == 1


def test_unknown_commune_key_needs_confirmation_then_is_pinned(world: SyncWorld) -> None:
    with world.a.db.transaction() as s:
        store_own_keys(s, OwnKeys.generate())  # the commune reinstalled: a new key
    bundle = world.export("A")
    (outcome,) = world.receive("P", bundle)
    assert outcome.status == NEEDS_KEY and "ĐÃ THAY ĐỔI" in outcome.message and outcome.previous_fingerprint
    with world.province.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SyncBundleLog)) == 0
    (accepted,) = world.receive("P", bundle, accept=True)
    assert accepted.status == APPLIED


def test_units_and_acknowledgement_reach_the_commune(world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    (back,) = world.receive("A", world.export("P", to=COMMUNE_A))
    assert back.status == APPLIED
    assert any("đã có dữ liệu của đơn vị này đến ngày" in n for n in back.notes)
    with world.a.db.reading() as s:
        me = world.a.unit
        assert me is not None
        assert province_link(s, me).acked_seq == current_seq(s)
        assert unit_ref(me).code == COMMUNE_A


@pytest.mark.parametrize("full", [False, True])
def test_nothing_new_gives_an_empty_but_valid_bundle(world: SyncWorld, full: bool) -> None:
    world.receive("P", world.export("A"))
    world.receive("A", world.export("P", to=COMMUNE_A))
    result = world.export_result("A", full=full)
    assert (result.records == 0) != full
    (outcome,) = world.receive("P", result.path)
    assert outcome.status == APPLIED and outcome.changes == 0


def test_a_file_that_needs_an_earlier_one_waits_then_applies_itself(world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    world.receive("A", world.export("P", to=COMMUNE_A))
    with world.a.db.transaction() as s:
        rows = list_rows(s)
        add_qualification(s, get_staff(s, rows[0].uid), QualificationInput(kind=QualificationKind.IT, level="co_ban"))
    # a new person arrives in the first file, their qualification in the second
    from app.staff.form import StaffInput

    with world.a.db.transaction() as s:
        from app.staff.records import create_staff

        person = create_staff(s, StaffInput(full_name="Lò Văn Mới", sex="M", category="civil_servant"))
        uid = person.uid
    first = world.export("A")
    with world.a.db.transaction() as s:
        add_qualification(s, get_staff(s, uid), QualificationInput(kind=QualificationKind.IT, level="co_ban"))
    with world.a.db.transaction() as s:
        link = get_link(s, PROVINCE)
        assert link is not None
        link.acked_seq = current_seq(s) - 1  # as if the province had acknowledged the first file
    second = world.export("A")
    world.province.close()
    before = file_state(world.province.path)
    world.province = open_workspace(world.province.path)
    (waiting,) = world.receive("P", second)
    assert waiting.status == "waiting" and "tự động được nhập" in waiting.message
    world.province.close()
    assert file_state(world.province.path) == before
    world.province = open_workspace(world.province.path)
    outcomes = world.receive("P", first)
    assert [(o.file_name, o.status) for o in outcomes] == [(first.name, APPLIED), (second.name, APPLIED)]
    assert dump(world.province, COMMUNE_A) == dump(world.a, COMMUNE_A)


def test_the_province_cannot_edit_a_communes_record(world: SyncWorld) -> None:
    from app.errors import UserError
    from app.staff.records import form_values
    from app.staff.service import StaffService

    world.receive("P", world.export("A"))
    service = StaffService(world.province.db)
    uid = next(r.uid for r in service.rows() if r.owner_unit == COMMUNE_A)
    with pytest.raises(UserError, match="chỉ đơn vị đó sửa được"):
        service.change_status(uid, StaffStatus.RETIRED)
    with world.province.db.reading() as s:
        staff = get_staff(s, uid)
        values = form_values(staff)
    assert values["full_name"]
    with world.province.db.transaction() as s, pytest.raises(UserError, match="quản lý"):
        add_qualification(s, get_staff(s, uid), QualificationInput(kind=QualificationKind.IT, level="co_ban"))


def test_an_older_answer_does_not_take_the_acknowledgement_back(world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    first_answer = world.export("P", to=COMMUNE_A)
    with world.a.db.transaction() as s:
        s.scalars(select(Staff).order_by(Staff.id)).first().notes = "sau"  # type: ignore[union-attr]
    world.receive("P", world.export("A"))
    second_answer = world.export("P", to=COMMUNE_A)
    world.receive("A", second_answer)
    world.receive("A", first_answer)
    with world.a.db.reading() as s:
        me = world.a.unit
        assert me is not None
        link = province_link(s, me)
        assert link.acked_seq == current_seq(s) and link.pending_changes == 0


def test_a_reinstalled_commune_numbers_its_changes_after_what_the_province_holds(
    world: SyncWorld, empty_workspace: Workspace
) -> None:
    from app.sync.export import export_bundle
    from app.sync.setup import init_from_setup, read_setup

    world.receive("P", world.export("A"))
    with world.province.db.reading() as s:
        held = get_link(s, COMMUNE_A).applied_seq  # type: ignore[union-attr]
    setup = world.folder / "again.bdsync"
    export_bundle(world.province.db, setup, to=COMMUNE_A, setup=True)
    init_from_setup(empty_workspace, read_setup(setup), accept_key=True)
    with empty_workspace.db.reading() as s:
        numbers = set(s.scalars(select(Staff.change_seq))) | {current_seq(s)}
        from db.models import Department

        departments = set(s.scalars(select(Department.change_seq)))
    assert min(departments) > held and min(numbers) > held
    out = world.folder / "new-install.bdsync"
    result = export_bundle(empty_workspace.db, out)
    assert result.counts["department"] == 10  # the new install's departments do travel


def test_classes_sessions_and_attendance_travel_from_whoever_runs_the_class(world: SyncWorld) -> None:
    """The province's class, its sessions and the attendance it took go to the communes — each commune
    only the marks of its own people — and a commune's own class and its attendance go to the province."""
    from app.classes.attendance import attendance_share, save_marks
    from app.classes.sessions import add_generated
    from app.courses.catalogue import ClassInput, CourseInput, create_class, create_course
    from app.scheduling.generate import SessionPattern, generate_sessions
    from db.enums import AttendanceStatus, CourseType, NominationStatus
    from db.models import Attendance, ClassSession, Nomination, TrainingClass

    (first,) = world.receive("P", world.export("A"))
    (second,) = world.receive("P", world.export("B"))
    assert first.status == second.status == APPLIED
    # the commune's own class (its records-and-archives training) arrived with its attendance
    assert first.counts["attendance"].created == 16 and first.counts["class_session"].created >= 4
    assert dump(world.province, COMMUNE_A) == dump(world.a, COMMUNE_A)
    # A already holds the province's catalogue with its schedule, exactly: the answer changes nothing there;
    # A's next bundle acknowledges it, so what the province does next comes down incrementally
    (answer,) = world.receive("A", world.export("P", to=COMMUNE_A))
    assert answer.status == APPLIED and answer.counts["class_session"].unchanged > 0
    assert all(c.changes == c.conflicts == 0 for c in answer.counts.values()), counts(answer.counts)
    world.receive("P", world.export("A"))
    with world.province.db.transaction() as s:
        course = create_course(s, CourseInput("Bồi dưỡng kỹ năng số cho công chức cấp xã", CourseType.DIGITAL))
        klass = create_class(
            s, course.uid, ClassInput("Lớp 01", code="KNS-T-L01", start_date=date(2026, 11, 16)), unit_code=PROVINCE
        )
        add_generated(s, klass.uid, generate_sessions(SessionPattern(date(2026, 11, 16), days=2)), unit_code=PROVINCE)
        people = {
            code: s.scalars(select(Staff).where(Staff.owner_unit == code).order_by(Staff.id)).first()
            for code in (COMMUNE_A, COMMUNE_B)
        }
        for code, person in people.items():  # the communes' nominations, as their bundles will bring them
            assert person is not None
            s.add(
                Nomination(
                    staff=person, course=course, training_class=klass, status=NominationStatus.STUDYING, owner_unit=code
                )
            )
        s.flush()
        sessions = s.scalars(select(ClassSession).where(ClassSession.class_id == klass.id)).all()
        marks = {(p.uid, x.uid): AttendanceStatus.PRESENT for p in people.values() if p for x in sessions}
        marks[(people[COMMUNE_A].uid, sessions[0].uid)] = AttendanceStatus.ABSENT  # type: ignore[union-attr]
        save_marks(s, klass.uid, marks, unit_code=PROVINCE)
        class_uid, person_a = klass.uid, people[COMMUNE_A].uid  # type: ignore[union-attr]
    to_a = world.export_result("P", to=COMMUNE_A)
    sent = {kind: n for kind, n in to_a.counts.items() if n}
    assert sent["course"] == 1 and sent["training_class"] == 1 and sent["class_session"] == 4
    assert sent["attendance"] == 4  # commune A's person only
    (outcome,) = world.receive("A", to_a.path)
    assert outcome.status == APPLIED, outcome.message
    with world.a.db.transaction() as s:
        klass = s.scalars(select(TrainingClass).where(TrainingClass.uid == class_uid)).one()
        assert klass.owner_unit == PROVINCE
        marks_here = s.scalars(select(Attendance).join(ClassSession).where(ClassSession.class_id == klass.id)).all()
        assert {m.owner_unit for m in marks_here} == {PROVINCE} and len(marks_here) == 4
        person = s.scalars(select(Staff).where(Staff.uid == person_a)).one()
        mine = Nomination(staff=person, course=klass.course, training_class=klass, status=NominationStatus.STUDYING)
        s.add(mine)
        s.flush()
        assert attendance_share(s, mine) == 0.75  # 3 of the 4 sessions: the completion rule can apply here
    to_b = world.export_result("P", to=COMMUNE_B)
    assert {kind: n for kind, n in to_b.counts.items() if n}.get("attendance") == 4  # B's person, not A's


def test_the_log_and_the_conflicts_name_the_unit(world: SyncWorld, capsys: pytest.CaptureFixture[str]) -> None:
    """The sent-files log and `bundle conflicts` showed a bare code ("31") where the app shows a unit by
    its name and code: "Thành phố Hải Phòng (31)"."""
    from app.cli.main import run
    from app.sync.status import bundle_log

    sent = world.export("A")
    with world.a.db.reading() as s:
        (entry,) = [e for e in bundle_log(s) if e.direction == "out"]
    assert entry.unit_code == PROVINCE and entry.unit_label == "Thành phố Hải Phòng (31)"
    world.receive("P", sent)
    with world.province.db.reading() as s:
        (received,) = [e for e in bundle_log(s) if e.direction == "in"]
        uid = s.scalars(select(Qualification.uid).order_by(Qualification.id)).first()
    assert received.unit_label == "Xã Hà Bắc (11311)"
    with world.province.db.transaction() as s:  # a conflict, as in the test above
        s.scalars(select(Qualification).where(Qualification.uid == uid)).one().major = "Sửa ở tỉnh"
    with world.a.db.transaction() as s:
        s.scalars(select(Qualification).where(Qualification.uid == uid)).one().major = "Sửa ở xã"
    world.receive("P", world.export("A"))
    with world.province.db.reading() as s:
        (conflict,) = conflicts(s)
    assert conflict.origin_label == "Xã Hà Bắc (11311)" and conflict.as_json()["origin_name"] == "Xã Hà Bắc"
    world.province.close()
    capsys.readouterr()
    assert run(["--db", str(world.province.db.path), "bundle", "conflicts"]) == 0
    assert "— của Xã Hà Bắc (11311)," in capsys.readouterr().out
    assert run(["--db", str(world.province.db.path), "bundle", "log"]) == 0
    assert "← Xã Hà Bắc (11311) " in capsys.readouterr().out
