"""Courses, classes, nominations with their history, decisions, ratings, plans and targets in bundles:
each side sends only what it owns, references travel as uids (a decision replacing another one included),
and an install that exchanged bundles before these kinds existed still sends its older rows."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.courses.catalogue import ClassInput, get_class, update_class
from app.courses.nominations import NominationTerms, change_status, list_nominations, nominate
from app.courses.service import CoursesService
from app.decisions.service import draft_decision, issue_decision
from app.errors import UserError
from app.staff.records import list_rows
from app.sync.catalogue import KINDS, REGISTRY
from app.sync.export import export_bundle
from app.sync.importer import APPLIED, REFUSED, import_files
from app.sync.kinds import EITHER, Kind, Registry
from app.sync.wire import fetch_local
from app.targets.service import TargetsService
from app.workspace import Workspace
from db.enums import DecisionStatus, NominationStatus
from db.models import ClassSession, Course, Decision, Nomination, NominationStatusChange, TrainingClass
from tests.conftest import TODAY
from tests.unit.sync.conftest import COMMUNE_A, COMMUNE_B, PROVINCE, SyncWorld, file_state
from tests.unit.sync.test_roundtrip import counts, dump

ORIGINAL = ("department", "staff", "qualification", "staff_status_change")  # what bundles carried before


def test_a_communes_training_reaches_the_province_whole(world: SyncWorld) -> None:
    (outcome,) = world.receive("P", world.export("A"))
    assert outcome.status == APPLIED, outcome.message
    assert dump(world.province, COMMUNE_A) == dump(world.a, COMMUNE_A)
    with world.a.db.reading() as s:
        mine = [(r.uid, r.status, r.class_uid, r.decision_uid, r.course_uid) for r in list_nominations(s)]
        replacing = s.scalars(select(Decision).where(Decision.amends_id.is_not(None))).one()
        replaced_uid = s.get(Decision, replacing.amends_id).uid  # type: ignore[union-attr]
        history = {c.uid for c in s.scalars(select(NominationStatusChange))}
    with world.province.db.reading() as s:
        theirs = [
            (r.uid, r.status, r.class_uid, r.decision_uid, r.course_uid)
            for r in list_nominations(s)
            if r.owner_unit == COMMUNE_A
        ]
        copy = s.scalars(select(Decision).where(Decision.uid == replacing.uid)).one()
        assert s.get(Decision, copy.amends_id).uid == replaced_uid  # type: ignore[union-attr]
        assert copy.status == DecisionStatus.ISSUED
        assert history <= {c.uid for c in s.scalars(select(NominationStatusChange))}
        # the commune's nominations point at the province's own classes (one catalogue, one set of uids)
        province_classes = set(s.scalars(select(TrainingClass.uid).where(TrainingClass.owner_unit == PROVINCE)))
    assert sorted(theirs) == sorted(mine) and len(mine) >= 20
    assert sum(1 for n in mine if n[2] in province_classes) >= 15
    # the province reads each nomination's history, but the nomination stays the commune's
    service = CoursesService(world.province)
    uid = next(n[0] for n in mine if n[1] == NominationStatus.COMPLETED)
    assert [h.new_status for h in service.history(uid)][-1] == NominationStatus.COMPLETED
    with pytest.raises(UserError, match="chỉ đơn vị đó được thay đổi"):
        service.change_status(next(n[0] for n in mine if n[1] == NominationStatus.PROPOSED), NominationStatus.WITHDRAWN)


def _held(ws: Workspace, owner: str) -> dict[str, set[tuple[str, int, str]]]:
    """The rows of ``owner`` held here by uid, revision and content hash (the change number and the dates
    of a copy are the holder's to keep)."""
    with ws.db.reading() as s:
        return {
            schema.name: {
                (r.record.uid, r.record.rev, r.record.h)
                for r in fetch_local(s, schema, schema.table.c.owner_unit == owner)
            }
            for schema in REGISTRY
        }


def test_the_demo_commune_holds_exactly_what_the_province_would_send(world: SyncWorld) -> None:
    """The demo commune's copy of the demo province's catalogue: the same courses, classes and sessions,
    same uids, revisions and content (its classes' dates are those of their sessions on both sides), and
    no row of the province's that the province does not hold; the copy carries no change number (it never
    came in a bundle), and the commune's own classes have their own sessions."""
    held, sent = _held(world.a, PROVINCE), _held(world.province, PROVINCE)
    assert held == sent
    # this year's catalogue (9 courses, 13 classes) and the province's classes of past years (2 more courses, 10)
    assert len(held["course"]) == 11 and len(held["training_class"]) == 23 and len(held["class_session"]) > 100
    # the province takes attendance and records results of the classes it runs, for people it knows: it has
    # none of this commune's people yet (the commune recorded its past trainings itself)
    assert not held["attendance"] and not held["training_result"]
    with world.a.db.reading() as s:
        mine = set(s.scalars(select(ClassSession.uid).where(ClassSession.owner_unit == COMMUNE_A)))
        owners = set(s.scalars(select(TrainingClass.owner_unit).join(ClassSession)))
        numbered_here = s.scalars(
            select(ClassSession.uid).where(ClassSession.owner_unit == PROVINCE, ClassSession.change_seq != 0)
        ).all()
    assert mine and owners == {PROVINCE, COMMUNE_A} and not numbered_here


def test_the_catalogue_comes_down_and_stays_the_provinces(world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    with world.province.db.transaction() as s:
        klass = s.scalars(select(TrainingClass).where(TrainingClass.owner_unit == PROVINCE)).first()
        assert klass is not None
        uid = klass.uid
        update_class(s, uid, ClassInput(klass.name, code=klass.code, venue="Hội trường Sở Nội vụ"), unit_code=PROVINCE)
    result = world.export_result("P", to=COMMUNE_A)
    assert {k for k, n in result.counts.items() if n} <= {"course", "training_class", "class_session"}
    (outcome,) = world.receive("A", result.path)
    assert outcome.status == APPLIED, outcome.message
    # the demo commune's copy is exactly the province's catalogue and schedule: only the moved class changes
    assert {k: c for k, c in counts(outcome.counts).items() if c} == {
        "course": {"unchanged": 11},
        "training_class": {"updated": 1, "unchanged": 22},
        "class_session": {"unchanged": result.counts["class_session"]},
    }
    with world.a.db.reading() as s:
        assert get_class(s, uid).venue == "Hội trường Sở Nội vụ"
    assert _held(world.a, PROVINCE) == _held(world.province, PROVINCE)
    # read-only at the commune: only the province changes its classes
    with world.a.db.transaction() as s, pytest.raises(UserError, match="chỉ đơn vị đó được sửa"):
        update_class(s, uid, ClassInput("Đổi tên"), unit_code=COMMUNE_A)
    # a commune's own course goes up, never to another commune
    (b_up,) = world.receive("P", world.export("B"))
    # B never got the catalogue: its own copy of it (10) and the two trainings it ran itself
    assert b_up.status == APPLIED and b_up.counts["course"].created == 12
    to_a = world.export_result("P", to=COMMUNE_A)
    with world.province.db.reading() as s:
        b_courses = set(s.scalars(select(Course.uid).where(Course.owner_unit == COMMUNE_B)))
    world.receive("A", to_a.path)
    with world.a.db.reading() as s:
        assert not b_courses & set(s.scalars(select(Course.uid)))


def test_status_changes_and_new_decisions_travel_incrementally(world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    world.receive("A", world.export("P", to=COMMUNE_A))  # acknowledgement
    with world.a.db.transaction() as s:
        proposed = list_nominations(s, statuses=[NominationStatus.PROPOSED])
        same_course = [r.uid for r in proposed if r.course_uid == proposed[0].course_uid]
        draft = draft_decision(s, same_course, by="test")
        issue_decision(s, draft.uid, issued_on=TODAY, by="test")
        studying = list_nominations(s, statuses=[NominationStatus.STUDYING])[0].uid
        change_status(s, studying, NominationStatus.WITHDRAWN, note="Ốm dài ngày", by="test")
    result = world.export_result("A")
    assert not result.full
    sent = {k: n for k, n in result.counts.items() if n}
    assert sent["decision"] == 1 and sent["decision_item"] == len(same_course)
    assert sent["nomination"] == len(same_course) + 1
    assert sent["nomination_status_change"] == len(same_course) + 1
    (outcome,) = world.receive("P", result.path)
    assert {k: c for k, c in counts(outcome.counts).items() if c} == {
        "decision": {"created": 1},
        "nomination": {"updated": len(same_course) + 1},
        "decision_item": {"created": len(same_course)},
        "nomination_status_change": {"created": len(same_course) + 1},
    }
    assert dump(world.province, COMMUNE_A) == dump(world.a, COMMUNE_A)
    with world.province.db.reading() as s:
        assert s.scalars(select(Nomination.status).where(Nomination.uid == studying)).one() == "withdrawn"


def test_a_kind_new_to_the_province_sends_the_next_bundle_whole(world: SyncWorld) -> None:
    """Before this version bundles carried people only. The province acknowledged those; the rows of the
    new kinds were numbered at or below that acknowledgement, so an incremental bundle would never carry
    them. The next bundle is whole instead, and the province ends with everything."""
    before = Registry([k for k in KINDS if k.name in ORIGINAL])
    out = world.folder / "old-app.bdsync"
    export_bundle(world.a.db, out, registry=before)
    import_files(world.province.db, [out], registry=before)
    back = world.folder / "old-answer.bdsync"
    export_bundle(world.province.db, back, to=COMMUNE_A, registry=before)
    import_files(world.a.db, [back], registry=before)
    with world.a.db.reading() as s:
        from app.sync.state import current_seq, get_link

        assert get_link(s, PROVINCE).acked_seq == current_seq(s)  # type: ignore[union-attr]
    # the new version: nothing changed since the acknowledgement, yet nominations have never been sent
    result = world.export_result("A")
    assert result.full and result.counts["nomination"] >= 20
    (outcome,) = world.receive("P", result.path)
    assert outcome.status == APPLIED and outcome.counts["nomination"].created == result.counts["nomination"]
    assert outcome.counts["staff"].unchanged == 60 and outcome.counts["staff"].created == 0
    assert dump(world.province, COMMUNE_A) == dump(world.a, COMMUNE_A)
    # once acknowledged, bundles are incremental again
    world.receive("A", world.export("P", to=COMMUNE_A))
    assert not world.export_result("A").full


def test_the_province_computes_a_communes_targets_and_its_own(world: SyncWorld) -> None:
    world.receive("P", world.export("A"), world.export("B"))
    service = TargetsService(world.province.db)
    assert {c for c, _n in service.communes()} == {COMMUNE_A, COMMUNE_B}
    with world.a.db.reading() as s:
        from app.targets.progress import compute

        at_a = {r.spec.uid: (r.population, r.achieved) for r in compute(s, TODAY).results}
    assert at_a
    # the province reads A's own plans over A's people: the same figures as at A
    one = service.compute(TODAY, COMMUNE_A)
    assert {r.spec.uid: (r.population, r.achieved) for r in one.results if r.spec.uid in at_a} == at_a
    # without a commune, the province shows its own plans only (it has none here)
    assert service.compute(TODAY).results == []
    assert {p.owner_unit for p in service.plans(COMMUNE_A)} == {COMMUNE_A}
    with pytest.raises(UserError, match="chỉ đơn vị đó thay đổi được"):
        service.delete_plan(service.plans(COMMUNE_A)[0].uid)


def test_a_province_cannot_nominate_a_communes_people(world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    with world.province.db.transaction() as s:
        person = next(r for r in list_rows(s) if r.owner_unit == COMMUNE_A)
        course = s.scalars(select(Course).where(Course.owner_unit == PROVINCE)).first()
        assert course is not None
        with pytest.raises(UserError, match="chỉ đơn vị đó sửa được"):
            nominate(s, course.uid, None, [person.uid], terms=NominationTerms(), accept_warnings=True, today=TODAY)


# ----------------------------------------------------------------------------- adversarial, by kind
def test_a_province_bundle_carrying_a_nomination_is_refused(world: SyncWorld) -> None:
    world.receive("P", world.export("A"))
    with world.province.db.transaction() as s:
        person = next(r for r in list_rows(s) if r.owner_unit == COMMUNE_A)
        staff_id = s.scalars(select(Nomination.staff_id).where(Nomination.owner_unit == COMMUNE_A)).first()
        klass = s.scalars(select(TrainingClass).where(TrainingClass.owner_unit == PROVINCE)).first()
        assert person and staff_id and klass
        s.add(Nomination(staff_id=staff_id, course_id=klass.course_id, class_id=klass.id, status="approved"))
    sneaky = Registry([Kind(k.name, k.model, EITHER, k.label) if k.name == "nomination" else k for k in KINDS])
    out = world.folder / "province-nominates.bdsync"
    result = export_bundle(world.province.db, out, to=COMMUNE_A, registry=sneaky)
    assert result.counts["nomination"] == 1
    world.a.close()
    before = file_state(world.a.path)
    from app.workspace import open_workspace

    world.a = open_workspace(world.a.path)
    (outcome,) = world.receive("A", out)
    assert outcome.status == REFUSED and "không phải bên quản lý" in outcome.message and "Cử đi học" in outcome.message
    world.a.close()
    assert file_state(world.a.path) == before
    world.a = open_workspace(world.a.path)


def test_every_declared_kind_travels(world: SyncWorld) -> None:
    """The first bundle of the demo commune carries rows of every kind a commune owns."""
    result = world.export_result("A")
    empty = {k for k, n in result.counts.items() if not n}
    assert empty == set(), f"the demo commune has no rows of {empty}"
    assert set(result.counts) == {s.name for s in REGISTRY}
