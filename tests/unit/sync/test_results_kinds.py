"""Results and reviews in bundles: the commune's reviews (and the results of its own classes) go up; a
result the province enters for a commune's learner comes down to that commune only, and there the
nomination is completed and the person's record gets the qualification, in the import's transaction."""

from __future__ import annotations

from sqlalchemy import select

from app.results.results import ResultEntry, save_results
from app.sync.importer import APPLIED
from db.enums import NominationStatus, ResultCode
from db.models import Nomination, Qualification, TrainingClass, TrainingResult, TrainingReview
from tests.conftest import TODAY
from tests.unit.sync.conftest import COMMUNE_A, PROVINCE, SyncWorld


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
