"""What a row's change number says (db/sync_meta.py, README "Change numbers"): above 0 the owner's number,
0 none, −1 another unit's row changed here. Only the owner's numbers take part in the fork check; the
others meet the owner's rows in the per-row merge."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.courses.catalogue import ClassInput, get_class, update_class
from app.courses.demo import catalogue_uid
from app.sync.importer import APPLIED
from app.sync.status import resolve_conflict
from db.models import ClassSession, SyncConflict
from db.sync_meta import FOREIGN_EDIT, UNNUMBERED
from tests.unit.sync.conftest import COMMUNE_A, PROVINCE, SyncWorld
from tests.unit.sync.test_roundtrip import counts

CLASS = catalogue_uid(PROVINCE, "class", "KNS-2026-L01")


def _exchange(world: SyncWorld) -> None:
    """A's first bundle up, the province's answer down, A's acknowledgement up."""
    world.receive("P", world.export("A"))
    world.receive("A", world.export("P", to=COMMUNE_A))
    world.receive("P", world.export("A"))


def test_the_provinces_class_changed_here_by_hand_is_a_conflict_not_a_fork(world: SyncWorld) -> None:
    _exchange(world)
    with world.a.db.reading() as s:
        klass = get_class(s, CLASS)
        assert (klass.revision, klass.change_seq) == (1, UNNUMBERED)  # the demo's copy: no number of the province's
    # the services refuse it; a hand edit (or an older version of the app) does not
    with world.a.db.transaction() as s:
        klass = get_class(s, CLASS)
        klass.venue = "Nhà văn hóa xã"
        s.add(
            ClassSession(
                training_class=klass, owner_unit=PROVINCE, day=date(2026, 12, 31), start_time="07:30", end_time="11:30"
            )
        )
    with world.a.db.reading() as s:
        klass = get_class(s, CLASS)
        stray = s.scalars(select(ClassSession).where(ClassSession.day == date(2026, 12, 31))).one()
        assert (klass.revision, klass.change_seq, stray.change_seq) == (2, FOREIGN_EDIT, FOREIGN_EDIT)
    sent = world.export_result("A")
    assert not sent.counts["training_class"] and not sent.counts["class_session"]  # never sent: the province's
    # the province moves the class: revision 2 there too, with other content
    with world.province.db.transaction() as s:
        k = get_class(s, CLASS)
        update_class(s, CLASS, ClassInput(k.name, code=k.code, venue="Hội trường Sở Nội vụ"), unit_code=PROVINCE)
    for full in (False, True):  # incremental, then whole: the stray session is no fork either way
        (outcome,) = world.receive("A", world.export("P", to=COMMUNE_A, full=full))
        assert outcome.status == APPLIED, outcome.message
        assert counts(outcome.counts)["training_class"] == (
            {"conflicts": 1} if not full else {"conflicts": 1, "unchanged": 22}
        )
    with world.a.db.transaction() as s:
        (conflict,) = s.scalars(select(SyncConflict).where(SyncConflict.status == "open")).all()
        assert get_class(s, CLASS).venue == "Nhà văn hóa xã"  # kept until a person decides
        resolve_conflict(s, conflict.id, take_incoming=True, by="test")
    with world.a.db.reading() as s:
        klass = get_class(s, CLASS)
        assert (klass.venue, klass.revision) == ("Hội trường Sở Nội vụ", 2) and klass.change_seq > 0
    # from then on the province's copy and the commune's are the same row again
    (again,) = world.receive("A", world.export("P", to=COMMUNE_A, full=True))
    assert counts(again.counts)["training_class"] == {"unchanged": 23}
