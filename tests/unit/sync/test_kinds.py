"""The kind registry: what it reads from the models, what it refuses to declare, and adding a kind (the
README's recipe, done here for a province-owned course catalogue and the results of its classes)."""

from __future__ import annotations

from enum import StrEnum

import pytest
from sqlalchemy import Float, ForeignKey, Integer, MetaData, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.sync.canonical import CanonicalError
from app.sync.catalogue import REGISTRY
from app.sync.importer import APPLIED, REFUSED
from app.sync.kinds import COMMUNE, EITHER, PROVINCE, Kind, Registry
from db.base import NAMING_CONVENTION
from db.models import Staff
from db.sync_meta import SyncedMixin
from tests.unit.sync.conftest import COMMUNE_A, COMMUNE_B, SyncWorld

# Changing what a kind carries changes the wire format: raise the kind's version (with an upgrade from
# the old one) and update this list. This test is the reminder.
PINNED = {
    "department": "coverage_min_per_position coverage_min_ratio kind name receives_citizens sort_order",
    "staff": "address category cccd date_of_birth department_uid dob_precision email ethnicity_code full_name "
    "general_education home_town job_position notes other_name party_join_date party_member party_official_date "
    "phone place_of_birth planning_post planning_term position qualification_match_override qualification_mismatch "
    "rank_code religion retirement_date retirement_override sex start_date status status_date status_note",
    "qualification": "certificate_no institution issued_on kind level major note source source_ref staff_uid "
    "training_form valid_until year",
    "staff_status_change": "changed_at changed_by effective_date new_status note old_status staff_uid",
    "course": "active certificate_valid_months code course_type default_cost description duration_days "
    "funding_source grants_certificate grants_kind grants_level hours mode name organiser requires_commitment "
    "target_categories target_note target_positions",
    "training_class": "batch capacity code course_uid end_date mode name note organiser region start_date status venue",
    "class_session": "block class_uid day end_time note room start_time teacher topic venue",
    "decision": "amends_uid appendix_title article1 article2 article3 authority cancel_reason cancelled_on created_by "
    "issued_on legal_bases number proposal recipients signer_name signer_title signing_mode status summary symbol year",
    "nomination": "class_uid commitment commitment_months completed_on cost course_uid created_by decision_uid "
    "funding_source note reason staff_uid status",
    "decision_item": "decision_uid nomination_uid sort_order",
    "nomination_status_change": "changed_at changed_by decision_uid effective_date new_status nomination_uid note "
    "old_status",
    "attendance": "note session_uid staff_uid status",
    "training_result": "certificate_date certificate_no class_uid grade nomination_uid note recorded_by result score "
    "valid_until",
    "training_review": "advice_quality advice_quality_note conclusion coordination coordination_note discipline "
    "discipline_note nomination_uid overall recommendation responsibility responsibility_note reviewed_on reviewer "
    "satisfaction satisfaction_note task_results task_results_note",
    "quality_rating": "cap_note capped disciplined general_score level method note period_kind period_no "
    "proposed_level staff_uid task_score year",
    "plan": "document end_date name note preset_key start_date",
    "plan_target": "achievement comparison deadline frozen frozen_on name note params plan_uid population preset_key "
    "sort_order start_date threshold",
    "plan_target_member": "staff_uid target_uid",
}
OWNERS = {  # DESIGN.md §4: who may send rows of each kind
    "course": EITHER,  # the province's catalogue; a commune's local courses
    "training_class": EITHER,
    "class_session": EITHER,  # the schedule of whoever runs the class
    "attendance": EITHER,  # taken by whoever runs the class
    "training_result": EITHER,  # entered by whoever runs the class
}


def test_registry_carries_exactly_the_pinned_fields_in_dependency_order() -> None:
    assert [s.name for s in REGISTRY] == list(PINNED)  # declaration order, each after what it references
    names = list(PINNED)
    for schema in REGISTRY:
        for ref in schema.refs:
            assert ref.to_self or names.index(ref.target) < names.index(schema.name), (schema.name, ref)
    assert {s.name: s.kind.sides for s in REGISTRY} == {name: OWNERS.get(name, COMMUNE) for name in PINNED}
    assert {s.name: " ".join(sorted(s.wire_keys)) for s in REGISTRY} == PINNED
    # the course kind carries the certificate's validity since version 2 (files of version 1 still read)
    assert {s.name: s.kind.version for s in REGISTRY if s.kind.version != 1} == {"course": 2}
    old_course = {k: None for k in REGISTRY.get("course").wire_keys if k != "certificate_valid_months"}
    assert REGISTRY.upgrade("course", 1, old_course)["certificate_valid_months"] is None
    staff = REGISTRY.get("staff")
    assert "name_sort_key" not in staff.wire_keys and "id" not in staff.wire_keys  # local, never carried


def test_content_is_checked_field_by_field() -> None:
    schema = REGISTRY.get("staff_status_change")
    good = {
        "changed_at": "2026-11-01T08:00:00.000000Z",
        "changed_by": "",
        "effective_date": "2026-11-01",
        "new_status": "retired",
        "note": None,
        "old_status": "working",
        "staff_uid": "7a0c0e4e-1111-4222-8333-444455556666",
    }
    values, refs = schema.parse(good)
    assert values["effective_date"].year == 2026 and refs["staff_uid"].startswith("7a0c")
    for change, match in [
        ({"new_status": "abducted"}, "danh mục"),
        ({"effective_date": "01/11/2026"}, "ngày"),
        ({"changed_by": 5}, "chuỗi"),
        ({"old_status": None}, "để trống"),
        ({"note": "x" * 5000}, "dài quá"),
        ({"staff_uid": None}, "để trống"),
    ]:
        with pytest.raises(CanonicalError, match=match):
            schema.parse(good | change)
    with pytest.raises(CanonicalError, match="trường không xác định"):
        schema.parse(good | {"extra": 1})
    with pytest.raises(CanonicalError, match="thiếu trường"):
        schema.parse({k: v for k, v in good.items() if k != "note"})


# ------------------------------------------------------------------------- adding a kind, end to end
class _Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Mode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"


class TCourse(SyncedMixin, _Base):
    __tablename__ = "t_course"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    mode: Mapped[Mode] = mapped_column(String(12), default=Mode.IN_PERSON)
    hours: Mapped[int | None] = mapped_column(Integer)


class TResult(SyncedMixin, _Base):
    __tablename__ = "t_result"
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("t_course.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey(Staff.__table__.c.id))
    score: Mapped[float | None] = mapped_column(Float)
    passed: Mapped[bool] = mapped_column(default=False)


# the whole declaration: two lines
WITH_COURSES = REGISTRY.with_kinds(
    Kind("t_course", TCourse, PROVINCE, "Khóa học"),
    Kind("t_result", TResult, PROVINCE, "Kết quả học tập"),
)


def test_declaring_a_kind_reads_its_references_from_the_model() -> None:
    result = WITH_COURSES.get("t_result")
    assert [(r.column, r.wire, r.target) for r in result.refs] == [
        ("course_id", "course_uid", "t_course"),
        ("staff_id", "staff_uid", "staff"),
    ]
    names = [s.name for s in WITH_COURSES]
    assert names.index("t_result") > names.index("t_course") and names.index("t_result") > names.index("staff")


def test_declarations_that_cannot_work_are_refused() -> None:
    with pytest.raises(ValueError, match="not a sync kind"):
        Registry([Kind("t_result", TResult, PROVINCE, "x")])
    with pytest.raises(ValueError, match="duplicate"):
        REGISTRY.with_kinds(Kind("staff", TCourse, COMMUNE, "x"))
    with pytest.raises(ValueError, match="does not exist"):
        REGISTRY.with_kinds(Kind("t_course", TCourse, PROVINCE, "x", local=("nope",)))


def test_a_province_kind_travels_to_the_communes_that_need_it(world: SyncWorld) -> None:
    for ws in (world.province, world.a, world.b):
        _Base.metadata.create_all(ws.db.engine)
    world.receive("P", world.export("A"), world.export("B"))
    with world.province.db.transaction() as s:
        course = TCourse(name="Bồi dưỡng kiến thức quản lý nhà nước", hours=80)
        s.add(course)
        s.flush()
        person_a = s.scalars(select(Staff).where(Staff.owner_unit == COMMUNE_A)).first()
        person_b = s.scalars(select(Staff).where(Staff.owner_unit == COMMUNE_B)).first()
        assert person_a and person_b
        s.add_all(
            [
                TResult(course_id=course.id, staff_id=person_a.id, score=8.5, passed=True),
                TResult(course_id=course.id, staff_id=person_b.id, score=4.0, passed=False),
            ]
        )
        s.flush()
        assert course.owner_unit == "31" and course.revision == 1
        a_uid = person_a.uid
    out = world.folder / "to-a.bdsync"
    from app.sync.export import export_bundle
    from app.sync.importer import import_files

    result = export_bundle(world.province.db, out, to=COMMUNE_A, registry=WITH_COURSES)
    # the catalogue goes to everyone; a result only to the commune whose person it is
    assert {k: n for k, n in result.counts.items() if k.startswith("t_")} == {"t_course": 1, "t_result": 1}
    (outcome,) = import_files(world.a.db, [out], registry=WITH_COURSES)
    assert outcome.status == APPLIED
    assert outcome.counts["t_course"].created == 1 and outcome.counts["t_result"].created == 1
    with world.a.db.reading() as s:
        row = s.scalars(select(TResult)).one()
        assert row.score == 8.5 and row.passed and row.owner_unit == "31"
        assert s.scalars(select(Staff.uid).where(Staff.id == row.staff_id)).one() == a_uid
    # an app that does not know the kind yet refuses the whole file and says to update
    out_b = world.folder / "to-b.bdsync"
    export_bundle(world.province.db, out_b, to=COMMUNE_B, registry=WITH_COURSES)
    (old_app,) = import_files(world.b.db, [out_b])
    assert old_app.status == REFUSED and "cập nhật ứng dụng" in old_app.message
    # and a commune may not send rows of a kind only the province owns
    with world.a.db.transaction() as s:
        s.add(TCourse(name="Khóa tự mở"))
    sneaky = world.folder / "sneaky.bdsync"
    export_bundle(world.a.db, sneaky, registry=REGISTRY.with_kinds(Kind("t_course", TCourse, COMMUNE, "Khóa học")))
    (refused,) = import_files(world.province.db, [sneaky], registry=WITH_COURSES)
    assert refused.status == REFUSED and "không phải bên quản lý" in refused.message


def test_a_bundle_from_an_older_app_is_upgraded(world: SyncWorld) -> None:
    """Version 1 of the course kind did not carry ``hours``; version 2 does, with an upgrade for old files."""
    from app.sync.export import export_bundle
    from app.sync.importer import import_files

    for ws in (world.province, world.a):
        _Base.metadata.create_all(ws.db.engine)
    old_app = REGISTRY.with_kinds(Kind("t_course", TCourse, PROVINCE, "Khóa học", local=("hours",)))
    new_app = REGISTRY.with_kinds(
        Kind("t_course", TCourse, PROVINCE, "Khóa học", version=2, upgrades={1: lambda c: c | {"hours": None}})
    )
    with world.province.db.transaction() as s:
        s.add(TCourse(name="Tin học cơ bản", mode=Mode.ONLINE, hours=40))
    out = world.folder / "old.bdsync"
    export_bundle(world.province.db, out, to=COMMUNE_A, registry=old_app)
    (outcome,) = import_files(world.a.db, [out], registry=new_app)
    assert outcome.status == APPLIED, outcome.message
    assert outcome.counts["t_course"].created == 1
    with world.a.db.reading() as s:
        course = s.scalars(select(TCourse)).one()
    assert (course.name, course.mode, course.hours) == ("Tin học cơ bản", Mode.ONLINE, None)


def test_conflicts_name_classes_and_sessions_as_the_interface_does() -> None:
    """A class by its code and name ("Lớp 12" alone is one of many), a session by its day dd/mm/yyyy;
    a differing status or date reads as in the rest of the interface."""
    from datetime import UTC, datetime

    from app.sync.status import ConflictInfo

    klass, session = REGISTRY.get("training_class"), REGISTRY.get("class_session")
    assert klass.describe({"code": "TCLLCT-K12-L12", "name": "Lớp 12"}) == "TCLLCT-K12-L12 – Lớp 12"
    assert session.describe({"day": "2026-12-07", "start_time": "07:30", "end_time": "11:30"}) == (
        "07/12/2026 07:30–11:30"
    )
    conflict = ConflictInfo(
        1, "training_class", "Lớp học", "u", "31", "same_revision", "", 1, 1,
        {"data": {"status": "open", "end_date": "2026-12-12", "venue": "A"}},
        {"data": {"status": "finished", "end_date": "2026-12-13", "venue": "A"}},
        datetime.now(UTC), "open",
    )  # fmt: skip
    assert conflict.readable_differences() == [
        ("Đến ngày", "12/12/2026", "13/12/2026"),
        ("Trạng thái", "Đang nhận cử học viên", "Đã kết thúc"),
    ]
