"""The results and reviews services as the GUI uses them: one transaction per user action, plain values
back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from app.evaluations import reviews
from app.evaluations.reviews import DueReview, DueState, EffectivenessRow, ReviewForm, ReviewInput
from app.organisation import own_unit
from app.results import results
from app.results.results import CertificateRow, ClassResultInfo, ClassSheet, ResultEntry, SaveSummary
from app.security.permissions import Permission, allowed
from app.workspace import Workspace


class ResultsService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.db = workspace.db

    def can(self, permission: Permission) -> bool:
        with self.db.reading() as s:
            return allowed(s, permission)

    @property
    def is_province(self) -> bool:
        with self.db.reading() as s:
            unit = own_unit(s)
        return bool(unit and unit.is_province)

    # ------------------------------------------------------------------------------ results
    def classes(self, today: date | None = None) -> list[ClassResultInfo]:
        with self.db.reading() as s:
            return results.list_result_classes(s, today=today)

    def sheet(self, class_uid: str) -> ClassSheet:
        with self.db.reading() as s:
            return results.class_sheet(s, class_uid)

    def save(self, class_uid: str, entries: Sequence[ResultEntry], today: date | None = None) -> SaveSummary:
        with self.db.transaction() as s:
            return results.save_results(s, class_uid, entries, today=today)

    def close_class(self, class_uid: str) -> None:
        with self.db.transaction() as s:
            results.close_class(s, class_uid)

    def reopen_class(self, class_uid: str) -> None:
        with self.db.transaction() as s:
            results.reopen_class(s, class_uid)

    def certificates(
        self, *, within_days: int | None = 90, include_expired: bool = True, today: date | None = None
    ) -> list[CertificateRow]:
        with self.db.reading() as s:
            return results.certificate_validity(
                s, within_days=within_days, include_expired=include_expired, today=today
            )

    # ------------------------------------------------------------------------------ reviews
    def reviews(self, states: Iterable[DueState] | None, today: date | None = None) -> list[DueReview]:
        with self.db.reading() as s:
            return reviews.review_list(s, states=states, today=today)

    def review_form(self, nomination_uid: str) -> ReviewForm:
        with self.db.reading() as s:
            return reviews.review_form(s, nomination_uid)

    def save_review(self, data: ReviewInput, today: date | None = None) -> str:
        with self.db.transaction() as s:
            return reviews.save_review(s, data, today=today).uid

    def delete_review(self, uid: str) -> None:
        with self.db.transaction() as s:
            reviews.delete_review(s, uid)

    def restore_review(self, uid: str) -> None:
        with self.db.transaction() as s:
            reviews.restore_review(s, uid)

    def effectiveness(self, by: str, year: int | None = None) -> list[EffectivenessRow]:
        with self.db.reading() as s:
            return reviews.effectiveness_summary(s, by, year=year)
