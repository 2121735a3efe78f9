"""The "Chỉ tiêu, đánh giá" page: plan targets with their computed progress, and the unit's quality
classification (bulk entry per period)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.evaluations.service import ClassificationService
from app.targets.service import TargetsService
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.pages.targets.classification_tab import ClassificationTab
from ui.pages.targets.targets_tab import TargetsTab


class TargetsPage(QWidget):
    title = QT_TRANSLATE_NOOP("", "Chỉ tiêu, đánh giá")
    show_person = Signal(str)  # open a person in the Staff page
    nominate_people = Signal(str, list)  # course uid, staff uids (who is missing → nominate)

    def __init__(
        self, targets: TargetsService, classification: ClassificationService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("targetsPage")
        self.targets = TargetsTab(targets)
        self.classification = ClassificationTab(classification)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("targetsPageTabs")
        self.tabs.addTab(self.targets, tr("Chỉ tiêu kế hoạch"))
        self.tabs.addTab(self.classification, tr("Xếp loại chất lượng"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.targets.show_person.connect(self.show_person)
        self.targets.nominate_people.connect(self.nominate_people)
        self.classification.show_person.connect(self.show_person)
        # a new classification changes the targets that count it
        self.classification.saved.connect(lambda: setattr(self.targets, "computation", None))
        self.tabs.currentChanged.connect(lambda _i: self.activate())

    def activate(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.targets:
            self.targets.activate()
        elif current is self.classification:
            self.classification.activate()
