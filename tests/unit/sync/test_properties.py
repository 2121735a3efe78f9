"""Order tolerance and idempotence (DESIGN.md §4): any order and any repetition of a commune's bundles
gives the same province database; any subset gives the same database whatever its order."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.courses.nominations import change_status as nomination_status
from app.courses.nominations import list_nominations, nominate
from app.decisions.service import draft_decision, issue_decision
from app.evaluations.classification import Period, RatingEntry, save_ratings
from app.paths import DATA_ENV
from app.staff.form import QualificationInput
from app.staff.records import (
    add_qualification,
    change_status,
    get_staff,
    list_rows,
    qualification_inputs,
    set_qualifications,
)
from app.sync.export import export_bundle
from app.sync.importer import import_files
from app.sync.state import get_link
from app.workspace import Workspace, open_workspace
from db.enums import NominationStatus, QualificationKind, QualityLevel, StaffStatus
from db.models import Course, Staff
from tests.unit.sync.conftest import COMMUNE_A
from tests.unit.sync.test_roundtrip import dump


@dataclass
class History:
    bundles: list[Path]
    province_template: Path
    final: dict[str, list[bytes]]
    folder: Path


def _edit(ws: Workspace, step: int) -> None:
    with ws.db.transaction() as s:
        rows = list_rows(s)
        for offset in range(3):
            person = get_staff(s, rows[(step * 7 + offset) % len(rows)].uid)
            person.notes = f"bước {step}.{offset}"
        target = get_staff(s, rows[(step * 11) % len(rows)].uid)
        add_qualification(s, target, QualificationInput(kind=QualificationKind.IT, level="co_ban", year=2020 + step))
        if step % 2:
            other = get_staff(s, rows[(step * 13) % len(rows)].uid)
            kept = qualification_inputs(other)[1:]
            set_qualifications(s, other, kept)  # one removed: a tombstone
        if step == 3:
            change_status(s, rows[5].uid, StaffStatus.MOVED, effective=date(2026, 10, 1), note="Chuyển công tác")
        _train(s, step)


def _train(s: Session, step: int) -> None:
    """The training side of a step: people nominated to the commune's own class (its citizen-reception
    training; its other courses are past or full), a decision for them, studying, withdrawn; a
    classification entered."""
    course = s.scalars(select(Course).where(Course.owner_unit == COMMUNE_A, Course.code == "TCD-XA")).one()
    klass = next(k for k in course.classes if k.status == "open")  # its past classes are finished
    taken = {r.staff_uid for r in list_nominations(s, course_uid=course.uid)}
    rows = [r for r in list_rows(s) if r.status == StaffStatus.WORKING and r.uid not in taken]
    proposed = [r.uid for r in list_nominations(s, course_uid=course.uid, statuses=[NominationStatus.PROPOSED])]
    if step in (1, 3):
        nominate(s, course.uid, klass.uid, [rows[step].uid, rows[step + 7].uid], accept_warnings=True, by="t")
    elif step == 2 and proposed:
        decision = draft_decision(s, proposed, by="t")
        issue_decision(s, decision.uid, issued_on=date(2026, 11, 2), by="t")
    elif step == 4:
        approved = list_nominations(s, course_uid=course.uid, statuses=[NominationStatus.APPROVED])
        nomination_status(s, approved[0].uid, NominationStatus.STUDYING, by="t")
        nomination_status(s, proposed[-1], NominationStatus.WITHDRAWN, note="Trùng lịch", by="t")
    elif step == 5:
        save_ratings(s, Period.of_year(2025), [RatingEntry(rows[0].uid, level=QualityLevel.GOOD, note="Xét lại")])


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory, sync_templates: dict[str, Path]) -> Iterator[History]:
    """A commune's bundles over time: incremental ones, one sent twice without acknowledgement, a full
    one, with acknowledgements from a reference province in between."""
    folder = tmp_path_factory.mktemp("history")
    for key in ("P", "A"):
        shutil.copy(sync_templates[key], folder / f"{key}.sqlite")
    shutil.copy(sync_templates["P"], folder / "P-template.sqlite")
    commune, reference = open_workspace(folder / "A.sqlite"), open_workspace(folder / "P.sqlite")
    bundles: list[Path] = []

    def send(full: bool = False) -> Path:
        out = folder / f"b{len(bundles)}.bdsync"
        export_bundle(commune.db, out, full=full)
        bundles.append(out)
        return out

    def acknowledge(*files: Path) -> None:
        import_files(reference.db, list(files))
        back = folder / f"ack{len(bundles)}.bdsync"
        export_bundle(reference.db, back, to=COMMUNE_A)
        import_files(commune.db, [back])

    acknowledge(send())
    _edit(commune, 1)
    first = send()
    _edit(commune, 2)
    second = send()  # not acknowledged yet: carries the first one's changes again
    acknowledge(first, second)
    _edit(commune, 3)
    send()
    _edit(commune, 4)
    send(full=True)
    _edit(commune, 5)
    send()
    final = dump(commune, COMMUNE_A)
    commune.close()
    reference.close()
    yield History(bundles, folder / "P-template.sqlite", final, folder)


def apply_in_order(history: History, order: list[int], tmp: Path) -> tuple[dict[str, list[bytes]], int]:
    """A fresh province (and a fresh received-files archive) given these files one by one."""
    run = Path(tempfile.mkdtemp(dir=tmp))
    path = run / "province.sqlite"
    shutil.copy(history.province_template, path)
    previous = os.environ.get(DATA_ENV)
    os.environ[DATA_ENV] = str(run / "data")
    ws = open_workspace(path)
    try:
        for index in order:  # one file at a time, exactly in the drawn order
            import_files(ws.db, [history.bundles[index]], backup=False)
        with ws.db.reading() as s:
            link = get_link(s, COMMUNE_A)
            applied = link.applied_seq if link else 0
        return dump(ws, COMMUNE_A), applied
    finally:
        ws.close()
        if previous is not None:
            os.environ[DATA_ENV] = previous
        shutil.rmtree(run)


_SETTINGS = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(data=st.data())
def test_any_order_and_repetition_of_all_bundles_gives_the_commune_s_data(
    history: History, tmp_path: Path, data: st.DataObject
) -> None:
    n = len(history.bundles)
    order = data.draw(st.permutations(range(n)))
    repeats = data.draw(st.lists(st.integers(0, n - 1), max_size=4))
    positions = data.draw(st.lists(st.integers(0, n), min_size=len(repeats), max_size=len(repeats)))
    sequence = list(order)
    for index, where in zip(repeats, positions, strict=True):
        sequence.insert(min(where, len(sequence)), index)
    rows, applied = apply_in_order(history, sequence, tmp_path)
    assert rows == history.final
    assert applied > 0


@_SETTINGS
@given(data=st.data())
def test_any_subset_gives_the_same_database_whatever_its_order(
    history: History, tmp_path: Path, data: st.DataObject
) -> None:
    n = len(history.bundles)
    subset = data.draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=n, unique=True))
    shuffled = data.draw(st.permutations(subset))
    doubled = shuffled + data.draw(st.lists(st.sampled_from(subset), max_size=2))
    expected, _ = apply_in_order(history, sorted(subset), tmp_path)
    got, _ = apply_in_order(history, doubled, tmp_path)
    assert got == expected
    # whatever arrived, every row the province holds is one of the commune's rows
    for kind, lines in got.items():
        assert {json.loads(line)["uid"] for line in lines} <= {json.loads(line)["uid"] for line in history.final[kind]}


def test_the_history_has_what_the_properties_need(history: History) -> None:
    assert len(history.bundles) == 6
    sizes = [p.stat().st_size for p in history.bundles]
    assert sizes[4] == max(sizes)  # the full one
    ws = open_workspace(history.folder / "A.sqlite")
    try:
        with ws.db.reading() as s:
            assert s.scalars(select(Staff.status).where(Staff.notes.is_not(None))).first() is not None
    finally:
        ws.close()
