from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import UserError
from app.evaluations.classification import (
    CapExceeded,
    Period,
    RatingEntry,
    allowed_excellent,
    cap_applies,
    level_from_score,
    max_keepable,
    method_for,
    parse_level,
    parse_period,
    person_history,
    rating_sheet,
    save_ratings,
    summarise,
)
from app.evaluations.service import ClassificationService
from app.workspace import Workspace
from db.enums import PeriodKind, QualityLevel, RatingMethod, StaffCategory, StaffStatus
from db.models import QualityRating, Staff
from tests.unit.builders import leave, make_person

TODAY = date(2026, 11, 23)
Y2026 = Period.of_year(2026)
L = QualityLevel


@pytest.mark.parametrize(
    ("total", "disciplined", "level"),
    [
        (100, False, L.EXCELLENT),
        (90, False, L.EXCELLENT),
        (89.99, False, L.GOOD),
        (70, False, L.GOOD),
        (69.5, False, L.COMPLETE),
        (50, False, L.COMPLETE),
        (49.9, False, L.INCOMPLETE),
        (0, False, L.INCOMPLETE),
        (96, True, L.INCOMPLETE),
    ],
)
def test_level_from_score_thresholds(total: float, disciplined: bool, level: QualityLevel) -> None:
    assert level_from_score(total, disciplined=disciplined) == level


def test_method_depends_on_category_and_year() -> None:
    assert method_for(StaffCategory.CIVIL_SERVANT, 2026) == RatingMethod.SCORE
    assert method_for(StaffCategory.CIVIL_SERVANT, 2025) == RatingMethod.DIRECT
    assert method_for(StaffCategory.PUBLIC_EMPLOYEE, 2026) == RatingMethod.DIRECT
    assert method_for(StaffCategory.CADRE, 2027) == RatingMethod.DIRECT


def test_quota_arithmetic() -> None:
    assert allowed_excellent(4) == 0
    assert allowed_excellent(5) == 1
    assert allowed_excellent(16) == 3
    # 16 good + 5 proposed excellent: keeping k needs 5k ≤ 16 + (5 − k) → k ≤ 3
    assert max_keepable(16, 5) == 3
    assert max_keepable(0, 1) == 0
    assert max_keepable(100, 2) == 2


def test_quota_applies_to_annual_ratings_from_2023_for_cadres_civil_servants_public_employees() -> None:
    assert cap_applies(Period.of_year(2023), StaffCategory.PUBLIC_EMPLOYEE)
    assert not cap_applies(Period.of_year(2022), StaffCategory.CIVIL_SERVANT)
    assert not cap_applies(Period.quarter(2026, 2), StaffCategory.CIVIL_SERVANT)
    assert not cap_applies(Period.of_year(2026), StaffCategory.VILLAGE_HEAD)


def test_parse_level_and_period() -> None:
    assert parse_level("HTTNV") == L.GOOD
    assert parse_level("hoàn thành xuất sắc nhiệm vụ") == L.EXCELLENT
    assert parse_level(" Không hoàn thành ") == L.INCOMPLETE
    assert parse_level("") is None
    with pytest.raises(UserError, match="không phải mức xếp loại"):
        parse_level("giỏi")
    assert parse_period("2026") == Period.of_year(2026)
    assert parse_period("2026-Q2") == parse_period("Q2/2026") == Period.quarter(2026, 2)
    assert parse_period("03/2026") == parse_period("2026-03") == Period.month(2026, 3)
    assert Period.quarter(2026, 2).label == "Quý II/2026"
    assert Period.month(2026, 3).last_day == date(2026, 3, 31)
    with pytest.raises(UserError):
        parse_period("2026-Q5")
    with pytest.raises(UserError):
        Period(2026, PeriodKind.MONTH, 13)


# ---------------------------------------------------------------------------------------------- saving


def test_civil_servant_2026_is_scored_and_level_follows(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        a = make_person(s, "Nguyễn Thị An")
        result = save_ratings(s, Y2026, [RatingEntry(a.uid, general_score=27, task_score=58.5)])
        assert result.created == 1
        row = s.scalar(select(QualityRating).where(QualityRating.staff_id == a.id))
        assert row is not None
        assert (row.method, row.level, row.proposed_level) == (RatingMethod.SCORE, L.GOOD, L.GOOD)
        assert row.owner_unit == "11311" and row.uid and row.revision == 1
        # a disciplinary measure overrides the score
        save_ratings(s, Y2026, [RatingEntry(a.uid, general_score=30, task_score=70, disciplined=True)])
        assert row.level == L.INCOMPLETE and row.revision == 1  # same transaction: one revision


def test_score_errors_name_the_person_and_change_nothing(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        a = make_person(s, "Trần Văn Bình")
        b = make_person(s, "Lê Thị Cúc")
        entries = [
            RatingEntry(a.uid, general_score=31, task_score=50),
            RatingEntry(b.uid, general_score=20),
        ]
        with pytest.raises(UserError) as err:
            save_ratings(s, Y2026, entries)
        text = str(err.value)
        assert "Trần Văn Bình: điểm tiêu chí chung phải từ 0 đến 30" in text
        assert "Lê Thị Cúc" in text and "kết quả nhiệm vụ" in text
        assert s.scalar(select(QualityRating.id)) is None
        with pytest.raises(UserError, match="không chấm điểm"):
            save_ratings(s, Period.of_year(2025), [RatingEntry(a.uid, general_score=20, task_score=50)])


def test_older_years_and_public_employees_take_a_level_directly(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        cs = make_person(s, "Phạm Văn Dũng")
        pe = make_person(s, "Hoàng Thị Em", category=StaffCategory.PUBLIC_EMPLOYEE)
        save_ratings(s, Period.of_year(2025), [RatingEntry(cs.uid, level=L.GOOD)])
        save_ratings(s, Y2026, [RatingEntry(pe.uid, level=L.COMPLETE)])
        with pytest.raises(UserError, match="chưa chọn mức"):
            save_ratings(s, Y2026, [RatingEntry(pe.uid)])
        # disciplined without a level is enough: non-completion
        save_ratings(s, Period.of_year(2024), [RatingEntry(pe.uid, disciplined=True)])
        history = person_history(s, pe.uid)
    assert [(h.period.code, h.level) for h in history] == [("2026", L.COMPLETE), ("2024", L.INCOMPLETE)]
    assert history[0].method == RatingMethod.DIRECT


def test_method_is_kept_when_the_category_changes_later(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        p = make_person(s, "Vũ Văn Giang", category=StaffCategory.PUBLIC_EMPLOYEE)
        save_ratings(s, Y2026, [RatingEntry(p.uid, level=L.GOOD)])
        p.category = StaffCategory.CIVIL_SERVANT
        s.flush()
        # still a direct rating for 2026: history is not rewritten
        save_ratings(s, Y2026, [RatingEntry(p.uid, level=L.COMPLETE)])
        rows = rating_sheet(s, Y2026, today=TODAY)
    assert [(r.method, r.level) for r in rows] == [(RatingMethod.DIRECT, L.COMPLETE)]


def test_clear_leaves_a_tombstone_and_setting_again_revives_it(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        p = make_person(s, "Đỗ Thị Hà")
        save_ratings(s, Y2026, [RatingEntry(p.uid, general_score=25, task_score=50)])
        uid = s.scalar(select(QualityRating.uid))
        assert save_ratings(s, Y2026, [RatingEntry(p.uid, clear=True)]).cleared == 1
        assert person_history(s, p.uid) == []
        assert not rating_sheet(s, Y2026, today=TODAY)[0].rated
        assert save_ratings(s, Y2026, [RatingEntry(p.uid, general_score=20, task_score=40)]).created == 1
        assert s.scalars(select(QualityRating.uid)).all() == [uid]
        assert person_history(s, p.uid)[0].level == L.COMPLETE


def test_unchanged_entries_are_not_rewritten(workspace: Workspace) -> None:
    service = ClassificationService(workspace.db)
    with workspace.db.transaction() as s:
        uid = make_person(s, "Bùi Văn Khánh").uid
    service.save(Y2026, [RatingEntry(uid, general_score=25, task_score=50)])
    again = service.save(Y2026, [RatingEntry(uid, general_score=25, task_score=50)])
    assert (again.unchanged, again.changed) == (1, 0)
    with workspace.db.reading() as s:
        assert s.scalar(select(QualityRating.revision)) == 1


def test_another_units_people_are_not_rated_here(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        p = make_person(s, "Mai Văn Lộc")
        p.owner_unit = "99999"
        s.flush()
        with pytest.raises(UserError, match="thuộc đơn vị 99999"):
            save_ratings(s, Y2026, [RatingEntry(p.uid, general_score=25, task_score=50)])


# ------------------------------------------------------------------------------------------ the quota


def _unit_of_ten(s: object) -> list[Staff]:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    return [make_person(s, f"Nguyễn Văn {name}") for name in ("An", "Bảo", "Cường", "Dũng", "Giang", "Hải", "Khoa")]


def test_quota_blocks_the_save_and_names_the_candidates(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        people = _unit_of_ten(s)
        # 5 good, 2 proposed excellent (92 and 95): allowed 1
        entries = [RatingEntry(p.uid, general_score=25, task_score=55) for p in people[:5]]
        entries += [
            RatingEntry(people[5].uid, general_score=28, task_score=64),
            RatingEntry(people[6].uid, general_score=29, task_score=66),
        ]
        with pytest.raises(CapExceeded) as err:
            save_ratings(s, Y2026, entries)
        exc = err.value
        assert s.scalar(select(QualityRating.id)) is None  # nothing written
        (group,) = exc.groups
        assert group.keep_at_most == 1 and group.good_others == 5
        assert [c.full_name for c in group.candidates] == ["Nguyễn Văn Khoa", "Nguyễn Văn Hải"]  # best score first
        assert exc.suggested == {people[6].uid}
        assert "vượt quá 20%" in str(exc) and "tối đa 1" in str(exc)

        with pytest.raises(UserError, match="lý do"):
            save_ratings(s, Y2026, entries, keep_excellent={people[6].uid})
        with pytest.raises(CapExceeded, match="vẫn vượt"):
            save_ratings(s, Y2026, entries, keep_excellent={people[5].uid, people[6].uid}, cap_reason="x")

        result = save_ratings(s, Y2026, entries, keep_excellent={people[6].uid}, cap_reason="Họp xét ngày 20/12")
        assert result.capped == ["Nguyễn Văn Hải"]
        rows = {r.full_name: r for r in rating_sheet(s, Y2026, today=TODAY)}
        hai, khoa = rows["Nguyễn Văn Hải"], rows["Nguyễn Văn Khoa"]
        assert (hai.proposed_level, hai.level, hai.capped, hai.cap_note) == (
            L.EXCELLENT,
            L.GOOD,
            True,
            "Họp xét ngày 20/12",
        )
        assert (khoa.level, khoa.capped) == (L.EXCELLENT, False)
        (summary,) = summarise(Y2026, ((r.category, r.level) for r in rows.values()))
        assert summary.counts[L.EXCELLENT] == 1 and summary.counts[L.GOOD] == 6 and not summary.over_cap


def test_a_stored_capped_rating_stays_capped_when_saved_again(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        people = _unit_of_ten(s)
        entries = [RatingEntry(p.uid, general_score=25, task_score=55) for p in people[:5]]
        entries += [RatingEntry(p.uid, general_score=29, task_score=66) for p in people[5:]]
        with pytest.raises(CapExceeded) as err:
            save_ratings(s, Y2026, entries)
        save_ratings(s, Y2026, entries, keep_excellent=err.value.suggested, cap_reason="Xét chọn")
        sheet = rating_sheet(s, Y2026, today=TODAY)
        # the grid saves every row again, carrying the stored flags: still within the quota
        save_ratings(s, Y2026, [r.entry() for r in sheet])
        assert sum(r.capped for r in rating_sheet(s, Y2026, today=TODAY)) == 1


def test_lowering_a_good_rating_can_break_the_quota_of_others(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        people = _unit_of_ten(s)
        entries = [RatingEntry(p.uid, general_score=25, task_score=55) for p in people[:5]]
        entries.append(RatingEntry(people[5].uid, general_score=29, task_score=66))
        save_ratings(s, Y2026, entries)  # 5 good, 1 excellent: fine
        with pytest.raises(CapExceeded) as err:
            save_ratings(s, Y2026, [RatingEntry(people[0].uid, general_score=20, task_score=40)])
        assert err.value.groups[0].candidates[0].uid == people[5].uid
        # choosing nobody to keep lowers the untouched excellent rating too (with the reason)
        save_ratings(
            s,
            Y2026,
            [RatingEntry(people[0].uid, general_score=20, task_score=40)],
            keep_excellent=set(),
            cap_reason="Chỉ còn 4 người hoàn thành tốt",
        )
        other = s.scalar(select(QualityRating).where(QualityRating.staff_id == people[5].id))
        assert other is not None and (other.level, other.capped) == (L.GOOD, True)


def test_no_quota_for_quarters_older_years_and_village_heads(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        cs = [make_person(s, f"Lý Văn {n}") for n in ("Minh", "Nam")]
        save_ratings(s, Period.quarter(2026, 1), [RatingEntry(p.uid, general_score=30, task_score=70) for p in cs])
        save_ratings(s, Period.of_year(2022), [RatingEntry(p.uid, level=L.EXCELLENT) for p in cs])
        heads = [make_person(s, f"Tô Văn {n}", category=StaffCategory.VILLAGE_HEAD) for n in ("Phúc", "Quang")]
        save_ratings(s, Y2026, [RatingEntry(p.uid, level=L.EXCELLENT) for p in heads])
        assert s.query(QualityRating).filter(QualityRating.level == L.EXCELLENT).count() == 6


def test_quota_counts_each_category_separately(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        good = [make_person(s, f"Cao Thị {n}", category=StaffCategory.PUBLIC_EMPLOYEE) for n in "ABCDE"]
        save_ratings(s, Y2026, [RatingEntry(p.uid, level=L.GOOD) for p in good])
        cs = make_person(s, "Cao Văn Xuân")
        # five good public employees do not make room for an excellent civil servant
        with pytest.raises(CapExceeded) as err:
            save_ratings(s, Y2026, [RatingEntry(cs.uid, general_score=30, task_score=65)])
        assert err.value.groups[0].category == StaffCategory.CIVIL_SERVANT
        pe = make_person(s, "Cao Thị Yến", category=StaffCategory.PUBLIC_EMPLOYEE)
        save_ratings(s, Y2026, [RatingEntry(pe.uid, level=L.EXCELLENT)])  # 1 ≤ 20% of 5


# ----------------------------------------------------------------------------------------- the sheet


def test_sheet_follows_who_was_on_the_books(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        stays = make_person(s, "An Văn Bình")
        left_2025 = make_person(s, "Kiều Thị Chi")
        leave(s, left_2025, StaffStatus.MOVED, date(2025, 6, 1))
        left_2026 = make_person(s, "La Văn Đức")
        leave(s, left_2026, StaffStatus.RETIRED, date(2026, 3, 31))
        newcomer = make_person(s, "Ông Thị Én", start=date(2026, 2, 1))
        rated_then_left = make_person(s, "Hà Văn Phong")
        save_ratings(s, Period.of_year(2024), [RatingEntry(rated_then_left.uid, level=L.GOOD)])
        leave(s, rated_then_left, StaffStatus.MOVED, date(2024, 3, 1))

        def names(period: Period) -> set[str]:
            return {r.full_name for r in rating_sheet(s, period, today=TODAY)}

        assert names(Period.of_year(2025)) == {stays.full_name, left_2026.full_name}
        assert names(Y2026) == {stays.full_name, newcomer.full_name}
        # rated where they are at the end of the period (NĐ 90/2020: those who moved are rated by the new unit)
        assert names(Period.quarter(2026, 1)) == {stays.full_name, newcomer.full_name}
        assert names(Period.quarter(2025, 4)) == {stays.full_name, left_2026.full_name}
        assert rated_then_left.full_name in names(Period.of_year(2024))
        row = next(r for r in rating_sheet(s, Period.of_year(2024), today=TODAY) if r.uid == rated_then_left.uid)
        assert row.rated and not row.on_books


def test_year_sheet_shows_the_average_of_the_periods(workspace: Workspace) -> None:
    with workspace.db.transaction() as s:
        p = make_person(s, "Lò Văn Sơn")
        save_ratings(s, Period.quarter(2026, 1), [RatingEntry(p.uid, general_score=25, task_score=60)])
        save_ratings(s, Period.quarter(2026, 2), [RatingEntry(p.uid, general_score=27, task_score=64)])
        (row,) = rating_sheet(s, Y2026, today=TODAY)
    assert row.periods_average == 88.0 and not row.rated and row.method == RatingMethod.SCORE
