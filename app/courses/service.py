"""The courses, nominations and decisions services as the GUI uses them: one transaction per user
action, plain values back. The PDF is made in a worker thread with its own session."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path

from app.classes.attendance import Shortfalls, shortfalls
from app.courses import catalogue, coverage, nominations, ranking
from app.courses.catalogue import ClassInfo, ClassInput, CourseInfo, CourseInput
from app.courses.checks import CheckReport, run_checks
from app.courses.nominations import HistoryEntry, NominationEdit, NominationRow, NominationTerms
from app.courses.ranking import Candidate, CourseSuggestion
from app.decisions import service as decisions
from app.decisions.document import build_document
from app.decisions.pdf import render_decision_pdf
from app.decisions.service import DecisionEdit, DecisionRow
from app.decisions.templates import DecisionTemplates, load_templates, save_templates
from app.organisation import DepartmentInfo, communes_with, list_departments
from app.security.permissions import Permission
from app.staff.records import StaffRow, list_rows
from app.workspace import Workspace
from db.enums import NominationStatus
from db.models import Nomination

Progress = Callable[[int, int, str], bool]


class CoursesService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.db = workspace.db

    @property
    def unit_code(self) -> str | None:
        return self.workspace.unit.code if self.workspace.unit else None

    @property
    def may_edit(self) -> bool:
        """The current user may change records (a viewer may not: the services refuse, the pages grey out)."""
        return self.workspace.actor.can(Permission.EDIT_RECORDS)

    @property
    def is_province(self) -> bool:
        return bool(self.workspace.unit and self.workspace.unit.is_province)

    @property
    def nominates(self) -> bool:
        """Communes nominate their people; a province reads its communes' nominations."""
        return self.may_edit and not self.is_province

    def owns(self, owner_unit: str | None) -> bool:
        """The row is this unit's (single writer): a province reads its communes' rows, never changes them."""
        return owner_unit is None or self.unit_code is None or owner_unit == self.unit_code

    def can_edit(self, owner_unit: str | None) -> bool:
        return self.may_edit and self.owns(owner_unit)

    def communes(self) -> list[tuple[str, str]]:
        """Province: the communes (code, name) whose nominations it holds, for the commune filter; else []."""
        with self.db.reading() as s:
            return communes_with(s, Nomination.owner_unit) if self.is_province else []

    # ------------------------------------------------------------------------------ catalogue
    def courses(self, *, include_archived: bool = False) -> list[CourseInfo]:
        with self.db.reading() as s:
            return catalogue.list_courses(s, include_archived=include_archived)

    def course(self, uid: str) -> CourseInfo:
        with self.db.reading() as s:
            return catalogue.get_course_info(s, uid)

    def create_course(self, data: CourseInput) -> str:
        with self.db.transaction() as s:
            return catalogue.create_course(s, data).uid

    def update_course(self, uid: str, data: CourseInput) -> None:
        with self.db.transaction() as s:
            catalogue.update_course(s, uid, data, unit_code=self.unit_code)

    def set_course_active(self, uid: str, active: bool) -> None:
        with self.db.transaction() as s:
            catalogue.set_course_active(s, uid, active, unit_code=self.unit_code)

    def classes(self, course_uid: str | None = None) -> list[ClassInfo]:
        with self.db.reading() as s:
            return catalogue.list_classes(s, course_uid)

    def class_mode(self, uid: str) -> str:
        with self.db.reading() as s:
            return catalogue.get_class(s, uid).mode or ""

    def create_class(self, course_uid: str, data: ClassInput) -> str:
        with self.db.transaction() as s:
            return catalogue.create_class(s, course_uid, data, unit_code=self.unit_code).uid

    def update_class(self, uid: str, data: ClassInput) -> None:
        with self.db.transaction() as s:
            catalogue.update_class(s, uid, data, unit_code=self.unit_code)

    # ------------------------------------------------------------------------------ nominating
    def staff_rows(self, today: date | None = None) -> list[StaffRow]:
        with self.db.reading() as s:
            return list_rows(s, today=today)

    def candidates(
        self,
        course_uid: str,
        class_uid: str | None,
        *,
        everyone: bool = False,
        today: date | None = None,
        rows: Sequence[StaffRow] | None = None,
    ) -> list[Candidate]:
        """``rows``: the staff list already read (a dialog reads it once, not on every change)."""
        with self.db.reading() as s:
            return ranking.rank_candidates(s, course_uid, class_uid, everyone=everyone, today=today, rows=rows)

    def courses_for_person(self, staff_uid: str, today: date | None = None) -> list[CourseSuggestion]:
        with self.db.reading() as s:
            return ranking.rank_courses_for_person(s, staff_uid, today=today)

    def check(
        self,
        course_uid: str,
        class_uid: str | None,
        staff_uids: Sequence[str],
        today: date | None = None,
        rows: Sequence[StaffRow] | None = None,
    ) -> CheckReport:
        with self.db.reading() as s:
            return run_checks(s, course_uid, class_uid, staff_uids, today=today, rows=rows)

    def nominate(
        self,
        course_uid: str,
        class_uid: str | None,
        staff_uids: Sequence[str],
        *,
        reasons: Mapping[str, str],
        terms: NominationTerms,
        accept_warnings: bool,
        today: date | None = None,
    ) -> list[str]:
        with self.db.transaction() as s:
            made = nominations.nominate(
                s,
                course_uid,
                class_uid,
                staff_uids,
                reasons=reasons,
                terms=terms,
                accept_warnings=accept_warnings,
                today=today,
            )
            return [n.uid for n in made]

    def nominations(self) -> list[NominationRow]:
        with self.db.reading() as s:
            return nominations.list_nominations(s)

    def nomination(self, uid: str) -> NominationRow:
        with self.db.reading() as s:
            return nominations.nomination_row(nominations.get_nomination(s, uid))

    def history(self, uid: str) -> list[HistoryEntry]:
        with self.db.reading() as s:
            return nominations.history(s, uid)

    def decisions_of_nomination(self, uid: str) -> list[DecisionRow]:
        with self.db.reading() as s:
            return [decisions.decision_row(s, d.uid) for d in nominations.decisions_of(s, uid)]

    def change_status(
        self, uid: str, status: NominationStatus, *, note: str | None = None, attendance_override: str | None = None
    ) -> int:
        with self.db.transaction() as s:
            return nominations.change_status(s, uid, status, note=note, attendance_override=attendance_override).id

    def attendance_shortfalls(self, uids: Sequence[str]) -> Shortfalls:
        """Who among these nominations has attended less than the minimum share of their class."""
        with self.db.reading() as s:
            return shortfalls(s, [nominations.get_nomination(s, uid) for uid in uids])

    def undo_status_change(self, change_id: int) -> None:
        with self.db.transaction() as s:
            nominations.undo_status_change(s, change_id)

    def update_nomination(self, uid: str, edit: NominationEdit) -> None:
        with self.db.transaction() as s:
            nominations.update_nomination(s, uid, edit)

    # ------------------------------------------------------------------------------ coverage
    def departments(self) -> list[DepartmentInfo]:
        with self.db.reading() as s:
            return list_departments(s, self.unit_code)

    def set_department_coverage(
        self, uid: str, *, min_ratio: float, min_per_position: int, receives_citizens: bool
    ) -> None:
        with self.db.transaction() as s:
            coverage.set_department_coverage(
                s, uid, min_ratio=min_ratio, min_per_position=min_per_position, receives_citizens=receives_citizens
            )

    # ------------------------------------------------------------------------------ decisions
    def decisions(self) -> list[DecisionRow]:
        with self.db.reading() as s:
            return decisions.list_decisions(s)

    def decision(self, uid: str) -> DecisionRow:
        with self.db.reading() as s:
            return decisions.decision_row(s, uid)

    def decision_edit(self, uid: str) -> DecisionEdit:
        with self.db.reading() as s:
            d = decisions.get_decision(s, uid)
            return DecisionEdit(
                summary=d.summary,
                legal_bases=d.legal_bases.splitlines(),
                proposal=d.proposal or "",
                article1=d.article1,
                article2=d.article2,
                article3=d.article3,
                signing_mode=d.signing_mode,
                signer_name=d.signer_name,
                recipients=d.recipients.splitlines(),
                appendix_title=d.appendix_title or "",
                authority=d.authority,
            )

    def decision_nominations(self, uid: str) -> list[NominationRow]:
        """The people a decision covers (also for cancelled and replaced ones), in its order."""
        with self.db.reading() as s:
            d = decisions.get_decision(s, uid)
            return [nominations.nomination_row(i.nomination) for i in d.items if not i.deleted]

    def draft_decision(self, nomination_uids: Sequence[str], *, amends_uid: str | None = None) -> str:
        with self.db.transaction() as s:
            return decisions.draft_decision(s, nomination_uids, amends_uid=amends_uid).uid

    def update_draft(self, uid: str, edit: DecisionEdit) -> None:
        with self.db.transaction() as s:
            decisions.update_draft(s, uid, edit)

    def regenerate(self, uid: str) -> None:
        with self.db.transaction() as s:
            decisions.regenerate_articles(s, uid)

    def discard_draft(self, uid: str) -> None:
        with self.db.transaction() as s:
            decisions.discard_draft(s, uid)

    def next_number(self, year: int) -> int:
        with self.db.reading() as s:
            return decisions.next_number(s, year, load_templates(s).symbol, self.unit_code)

    def issue(self, uid: str, *, issued_on: date, number: int | None) -> None:
        with self.db.transaction() as s:
            decisions.issue_decision(s, uid, issued_on=issued_on, number=number)

    def cancel(self, uid: str, *, reason: str, on: date) -> None:
        with self.db.transaction() as s:
            decisions.cancel_decision(s, uid, reason=reason, on=on)

    def templates(self) -> DecisionTemplates:
        with self.db.reading() as s:
            return load_templates(s)

    def save_templates(self, t: DecisionTemplates) -> None:
        with self.db.transaction() as s:
            save_templates(s, t)

    def render_pdf(self, uid: str, out: Path, progress: Progress | None = None) -> Path:
        """Safe to call from a worker thread: it opens its own session."""
        with self.db.reading() as s:
            doc = build_document(s, uid)
        return render_decision_pdf(doc, out, progress=progress)
