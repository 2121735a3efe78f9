"""The "Kết quả, đánh giá sau bồi dưỡng" page: results per class, the effectiveness reviews, and the
certificates that expire."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_date
from app.results.results import CertificateRow
from app.results.service import ResultsService
from app.text import fold
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.pages.results.results_tab import ResultsTab
from ui.pages.results.reviews_tab import ReviewsTab
from ui.widgets.forms import hint_label
from ui.widgets.rows_model import Col, RowsModel, make_table

CERT_COLUMNS: tuple[Col[CertificateRow], ...] = (
    Col(tr("Tình trạng"), lambda r: certificate_state(r.days_left), lambda r: r.days_left, 140),
    Col(tr("Họ và tên"), lambda r: r.full_name, lambda r: r.sort_key, 170),
    Col(tr("Chức vụ"), lambda r: r.position, lambda r: fold(r.position), 150),
    Col(tr("Phòng, ban"), lambda r: r.department, lambda r: fold(r.department), 170),
    Col(tr("Chứng chỉ"), lambda r: r.name, lambda r: fold(r.name), 280),
    Col(tr("Số hiệu"), lambda r: r.certificate_no or "", None, 110),
    Col(tr("Ngày cấp"), lambda r: format_date(r.issued_on), lambda r: r.issued_on or date.min, 85),
    Col(tr("Hiệu lực đến"), lambda r: format_date(r.valid_until), lambda r: r.valid_until, 90),
)
WINDOWS = ((30, tr("30 ngày tới")), (90, tr("90 ngày tới")), (180, tr("6 tháng tới")), (365, tr("1 năm tới")))


def certificate_state(days_left: int) -> str:
    if days_left < 0:
        return tr("Đã hết hạn {n} ngày").format(n=-days_left)
    if days_left == 0:
        return tr("Hết hạn hôm nay")
    return tr("Còn {n} ngày").format(n=days_left)


class CertificatesTab(QWidget):
    show_person = Signal(str)

    def __init__(self, service: ResultsService, parent: QWidget | None = None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.setObjectName("certificatesTab")
        self.service = service
        self.today = today
        self.within = QComboBox()
        self.within.setObjectName("expiryWindow")
        for days, label in WINDOWS:
            self.within.addItem(tr(label), days)  # a constant made at import: translate here
        self.within.addItem(tr("Mọi chứng chỉ có thời hạn"), None)
        self.within.setCurrentIndex(1)
        self.expired = QCheckBox(tr("Cả chứng chỉ đã hết hạn"))
        self.expired.setObjectName("includeExpired")
        self.expired.setChecked(True)
        self.count = QLabel()
        self.count.setObjectName("certificateCount")
        self.person_button = QPushButton(tr("Mở hồ sơ"))
        self.person_button.setObjectName("openCertificatePerson")
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Hết hạn trong:")))
        top.addWidget(self.within)
        top.addWidget(self.expired)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.person_button)
        self.model: RowsModel[CertificateRow] = RowsModel(
            CERT_COLUMNS,
            self,
            uid=lambda r: f"{r.staff_uid}|{r.name}|{r.valid_until}",
            colour=lambda r, col: ("#b3261e" if r.expired else "#8a5a00") if col == 0 else None,
        )
        self.view = QTableView()
        self.view.setObjectName("certificateView")
        make_table(self.view, self.model)
        hint = hint_label(
            tr(
                "Chứng chỉ có thời hạn của những người đang trong danh sách; chứng chỉ đã được cấp lại (cùng loại, "
                "hạn mới hơn) không hiện. Thời hạn lấy từ kết quả lớp học hoặc từ hồ sơ văn bằng, chứng chỉ."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self.within.currentIndexChanged.connect(lambda _i: self.reload())
        self.expired.toggled.connect(lambda _b: self.reload())
        self.person_button.clicked.connect(self._show_person)
        self.view.doubleClicked.connect(lambda _i: self._show_person())

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        rows = self.service.certificates(
            within_days=self.within.currentData(), include_expired=self.expired.isChecked(), today=self.today()
        )
        self.model.set_rows(rows)
        expired = sum(1 for r in rows if r.expired)
        self.count.setText(tr("{n} chứng chỉ, {e} đã hết hạn").format(n=len(rows), e=expired))

    def _show_person(self) -> None:
        indexes = self.view.selectionModel().selectedRows()
        row = self.model.row_at(indexes[0]) if indexes else None
        if row is not None:
            self.show_person.emit(row.staff_uid)


class ResultsPage(QWidget):
    title = QT_TRANSLATE_NOOP("", "Kết quả bồi dưỡng")
    show_person = Signal(str)
    records_changed = Signal()  # results change people's qualifications and nominations: other pages re-read

    def __init__(self, service: ResultsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self.service = service
        self.results = ResultsTab(service)
        self.reviews = ReviewsTab(service)
        self.certificates = CertificatesTab(service)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("resultsPageTabs")
        self.tabs.addTab(self.results, tr("Kết quả học tập"))
        self.tabs.addTab(self.reviews, tr("Đánh giá sau bồi dưỡng"))
        self.tabs.addTab(self.certificates, tr("Chứng chỉ hết hạn"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        for tab in (self.reviews, self.certificates):
            tab.show_person.connect(self.show_person)
        self.results.saved.connect(self.records_changed)
        self.tabs.currentChanged.connect(lambda _i: self.activate())

    def activate(self) -> None:
        current = self.tabs.currentWidget()
        activate = getattr(current, "activate", None)
        if activate is not None:
            activate()

    def reload(self) -> None:
        """Records changed elsewhere (a sync import, a completion by hand)."""
        self.results.model.sheet = None if not self.results.model.dirty else self.results.model.sheet
        if self.isVisible():
            self.activate()

    def select_uid(self, class_uid: str) -> bool:
        """From the Courses page: the results of this class."""
        self.tabs.setCurrentWidget(self.results)
        self.results.reload(class_uid)
        return self.results.select_class(class_uid)
