"""Results and reviews in bundles: the commune's reviews (and the results of its own classes) go up; a
result the province enters for a commune's learner comes down to that commune only, and there the
nomination is completed and the person's record gets the qualification, in the import's transaction."""

from __future__ import annotations

from sqlalchemy import select

from app.results.demo import PAST
from app.results.results import ResultEntry, save_results
from app.sync.importer import APPLIED
from db.enums import NominationStatus, ResultCode
from db.models import Nomination, Qualification, TrainingClass, TrainingResult, TrainingReview
from tests.conftest import TODAY
from tests.unit.sync.conftest import COMMUNE_A, PROVINCE, SyncWorld
from tests.unit.sync.test_roundtrip import counts, dump
from tests.unit.sync.test_training_kinds import _held


def test_results_and_reviews_travel_by_owner(world: SyncWorld) -> None:
    (up,) = world.receive("P", world.export("A"))
    assert up.status == APPLIED, up.message
    with world.a.db.reading() as s:
        reviews = s.scalar(select(TrainingReview.id).where(TrainingReview.owner_unit == COMMUNE_A).limit(1))
        own_results = s.scalars(select(TrainingResult).where(TrainingResult.owner_unit == COMMUNE_A)).all()
    assert reviews is not None and own_results  # the demo commune reviewed, and ran a class of its own
    assert up.counts["training_review"].created > 0
    assert up.counts["training_result"].created == len(own_results)  # the province's results never go up
    # the province enters the result of the commune's learner in its political theory class
    with world.province.db.transaction() as s:
        klass = s.scalars(select(TrainingClass).where(TrainingClass.code == "TCLLCT-K12-L12")).one()
        learner = s.scalars(
            select(Nomination).where(
                Nomination.class_id == klass.id,
                Nomination.owner_unit == COMMUNE_A,
                Nomination.status == NominationStatus.STUDYING,
            )
        ).first()
        assert learner is not None and klass.owner_unit == PROVINCE
        summary = save_results(
            s,
            klass.uid,
            [ResultEntry(learner.uid, ResultCode.PASSED, score=8.0, certificate_no="TCLLCT/2026/0001")],
            today=TODAY,
        )
        assert summary.waiting == 1 and learner.status == NominationStatus.STUDYING  # the commune's to follow
        nomination_uid = learner.uid
    down = world.export_result("P", to=COMMUNE_A)
    assert down.counts["training_result"] == 1
    (applied,) = world.receive("A", down.path)
    assert applied.status == APPLIED, applied.message
    with world.a.db.reading() as s:
        n = s.scalars(select(Nomination).where(Nomination.uid == nomination_uid)).one()
        assert n.status == NominationStatus.COMPLETED  # followed in the import's transaction
        granted = s.scalars(
            select(Qualification).where(Qualification.source == "course", Qualification.source_ref == nomination_uid)
        ).one()
        assert granted.certificate_no == "TCLLCT/2026/0001" and granted.level == "trung_cap"
    # the other commune holds no learner of it: nothing of the result goes there
    to_b = world.export_result("P", to="11312")
    assert to_b.counts.get("training_result", 0) == 0


def test_the_past_results_come_down_once_the_province_knows_the_people(world: SyncWorld) -> None:
    """The demo commune recorded its people's trainings at the province's past classes itself, from the
    certificates: it had sent no bundle, so the province knew none of them and held no result for them.
    Once the commune's people are in, the province enters the results of those classes (the same
    certificates), and its answer brings them: the commune's copy of every province-owned kind is then
    exactly the province's, without a conflict, and following them changes nothing at the commune."""
    assert not _held(world.a, PROVINCE)["training_result"]
    world.receive("P", world.export("A"))
    before = dump(world.a, COMMUNE_A)
    entered = 0
    with world.province.db.transaction() as s:
        past = s.scalars(
            select(TrainingClass).where(
                TrainingClass.owner_unit == PROVINCE, TrainingClass.code.in_([label for *_, label in PAST])
            )
        ).all()
        for klass in past:
            entries = []
            for n in s.scalars(select(Nomination).where(Nomination.class_id == klass.id)):
                if n.status == NominationStatus.NOT_COMPLETED:
                    entries.append(ResultEntry(n.uid, ResultCode.FAILED))
                elif n.status == NominationStatus.COMPLETED:
                    q = s.scalars(
                        select(Qualification).where(Qualification.source == "course", Qualification.source_ref == n.uid)
                    ).one_or_none()  # the certificate the province issued, as the commune copied it onto the record
                    if q is None:  # a course that grants nothing
                        assert klass.course.grants_kind is None and not klass.course.grants_certificate
                        entries.append(ResultEntry(n.uid, ResultCode.PASSED))
                        continue
                    assert q.certificate_no and q.issued_on == n.completed_on
                    entries.append(
                        ResultEntry(
                            n.uid,
                            ResultCode.PASSED,
                            certificate_no=q.certificate_no,
                            certificate_date=q.issued_on,
                            valid_until=q.valid_until,
                        )
                    )
            if entries:
                assert save_results(s, klass.uid, entries, today=TODAY).saved == len(entries)
                entered += len(entries)
    assert entered >= 20
    down = world.export_result("P", to=COMMUNE_A)
    assert down.counts["training_result"] == entered
    (applied,) = world.receive("A", down.path)
    assert applied.status == APPLIED and applied.conflicts == 0, applied.message
    assert counts(applied.counts)["training_result"] == {"created": entered}
    assert _held(world.a, PROVINCE) == _held(world.province, PROVINCE)
    # the results agree with what the commune recorded: nothing of its own changes, nothing new goes up
    assert dump(world.a, COMMUNE_A) == before
    assert not any(world.export_result("A").counts.values())
