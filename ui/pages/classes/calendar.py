"""The calendar of classes and sessions: a month (six weeks of days) or a week (days × morning, afternoon,
evening), each day listing its sessions as coloured chips (one colour per course). Days off are shaded
and named (holidays, weekends); a session in conflict has a red edge and the day a red corner mark.
Clicking a day lists its sessions and conflicts beside the calendar; double-clicking a session's day
opens its class.

Model/view: ``MonthModel`` / ``WeekModel`` hold the ``CalendarView`` the service computed and answer
per cell; ``ChipDelegate`` paints a cell."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from datetime import date, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.classes.schedule import CalendarEntry, CalendarView, month_range, week_range
from app.dates import format_date
from app.scheduling.conflicts import ConflictKind
from app.scheduling.holidays import DayOffKind
from app.scheduling.sessions import BLOCK_LABELS, WEEKDAY_NAMES, TimeBlock
from ui.i18n import tr, tr_label

AnyIndex = QModelIndex | QPersistentModelIndex
DayRole = Qt.ItemDataRole.UserRole + 1
EntriesRole = Qt.ItemDataRole.UserRole + 2
InRangeRole = Qt.ItemDataRole.UserRole + 3

PALETTE = (
    "#1a5fb4",
    "#26a269",
    "#c64600",
    "#613583",
    "#0e7c86",
    "#4f6d7a",
    "#865e3c",
    "#3d6b00",
    "#b5368d",
    "#5e5c64",
)
CONFLICT = QColor("#c01c28")
HOLIDAY_BG = QColor("#fdecea")
WEEKEND_BG = QColor("#f3f3f3")
TODAY_EDGE = QColor("#1a5fb4")
SELECTED_BG = QColor(26, 95, 180, 28)
MONTH_CHIPS = 4  # chips shown in a month cell before "+ N buổi nữa"


_ORDER: dict[str, int] = {}  # course uid → its place in the catalogue (set by the page)


def set_course_order(course_uids: Sequence[str]) -> None:
    """Courses get the palette's colours in catalogue order, so neighbours never share one."""
    _ORDER.clear()
    _ORDER.update({uid: i for i, uid in enumerate(course_uids)})


def course_colour(course_uid: str) -> QColor:
    index = _ORDER.get(course_uid, zlib.crc32(course_uid.encode()))
    return QColor(PALETTE[index % len(PALETTE)])


def entry_tooltip(e: CalendarEntry) -> str:
    lines = [
        f"<b>{escape(e.klass.label)}</b>",
        escape(e.klass.course_name),
        f"{escape(tr_label(e.block_label))} {format_date(e.day)}, {e.hours}",
    ]
    if e.topic:
        lines.append(escape(e.topic))
    if e.teacher:
        lines.append(tr("Giảng viên: {0}").format(escape(e.teacher)))
    if e.place:
        lines.append(tr("Địa điểm: {0}").format(escape(e.place)))
    lines.append(tr("Học viên: {0}").format(e.learners))
    return "<br>".join(lines)


class _CalendarModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.view: CalendarView | None = None
        self.today = date.today()
        self.focus = date.today()  # the month (or week) shown

    def load(self, view: CalendarView, focus: date, today: date) -> None:
        self.beginResetModel()
        self.view, self.focus, self.today = view, focus, today
        self.endResetModel()

    def day_at(self, index: AnyIndex) -> date | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def entries_at(self, index: AnyIndex) -> list[CalendarEntry]:  # pragma: no cover - overridden
        raise NotImplementedError

    def in_range(self, day: date) -> bool:
        return True

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        day = self.day_at(index)
        if day is None:
            return None
        entries = self.entries_at(index)
        if role == DayRole:
            return day
        if role == EntriesRole:
            return entries
        if role == InRangeRole:
            return self.in_range(day)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [f"{day.day}"] + [f"{tr_label(e.block_label)} {e.klass.short}" for e in entries]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            off = self.view.days_off.get(day)
            parts = [f"<b>{tr_label(WEEKDAY_NAMES[day.weekday()])} {format_date(day)}</b>"]
            if off is not None and off.kind == DayOffKind.HOLIDAY:
                parts.append(f"<i>{escape(off.name)}</i>")
            parts += [entry_tooltip(e) for e in entries]
            conflicts = self.view.conflicts_on(day)
            if conflicts:
                parts.append(
                    "<span style='color:#c01c28'>" + "<br>".join("⚠ " + escape(c.label) for c in conflicts) + "</span>"
                )
            return "<hr>".join(parts) if entries or conflicts or off else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags


class MonthModel(_CalendarModel):
    """Six weeks, Monday first; the days outside the month are shown dimmed."""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    @property
    def first(self) -> date:
        return month_range(self.focus.year, self.focus.month)[0]

    def day_at(self, index: AnyIndex) -> date | None:
        return self.first + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.first).days
        if not 0 <= offset < 42:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def entries_at(self, index: AnyIndex) -> list[CalendarEntry]:
        day = self.day_at(index)
        return self.view.on(day) if self.view is not None and day is not None else []

    def in_range(self, day: date) -> bool:
        return day.month == self.focus.month

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr_label(WEEKDAY_NAMES[section])
        return None


class WeekModel(_CalendarModel):
    """Seven days by morning, afternoon and evening."""

    BLOCKS = (TimeBlock.MORNING, TimeBlock.AFTERNOON, TimeBlock.EVENING)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.BLOCKS)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    @property
    def first(self) -> date:
        return week_range(self.focus)[0]

    def day_at(self, index: AnyIndex) -> date | None:
        return self.first + timedelta(days=index.column())

    def index_of(self, day: date, block: TimeBlock = TimeBlock.MORNING) -> QModelIndex:
        offset = (day - self.first).days
        if not 0 <= offset < 7:
            return QModelIndex()
        return self.index(self.BLOCKS.index(block), offset)

    def entries_at(self, index: AnyIndex) -> list[CalendarEntry]:
        day = self.day_at(index)
        if self.view is None or day is None:
            return []
        block = self.BLOCKS[index.row()]
        return [e for e in self.view.on(day) if e.block == block]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            day = self.first + timedelta(days=section)
            return f"{tr_label(WEEKDAY_NAMES[day.weekday()])}\n{day:%d/%m}"
        return tr_label(BLOCK_LABELS[self.BLOCKS[section]])


class ChipDelegate(QStyledItemDelegate):
    """Paints a day: its number (and holiday name), then one chip per session."""

    def __init__(self, parent: Any = None, *, detailed: bool = False) -> None:
        super().__init__(parent)
        self.detailed = detailed  # week view: more lines per chip

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        day: date | None = index.data(DayRole)
        if day is None or not isinstance(model, _CalendarModel) or model.view is None:
            return
        entries: list[CalendarEntry] = index.data(EntriesRole) or []
        rect: QRect = option.rect
        painter.save()
        off = model.view.days_off.get(day)
        painter.fillRect(rect, QColor("#ffffff"))  # the view's own selection colour is not wanted here
        if off is not None:
            painter.fillRect(rect, HOLIDAY_BG if off.kind == DayOffKind.HOLIDAY else WEEKEND_BG)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, SELECTED_BG)
        dim = not index.data(InRangeRole)
        font = QFont(option.font)
        y = rect.top() + 2
        if not self.detailed:
            font.setBold(day == model.today)
            painter.setFont(font)
            painter.setPen(QColor("#9a9a9a") if dim else (CONFLICT if off is not None else QColor("#222")))
            painter.drawText(
                rect.adjusted(4, 1, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.day)
            )
            if off is not None and off.kind == DayOffKind.HOLIDAY:
                small = QFont(font)
                small.setBold(False)
                small.setPointSizeF(max(6.5, font.pointSizeF() - 2))
                painter.setFont(small)
                painter.setPen(CONFLICT)
                painter.drawText(
                    rect.adjusted(22, 2, -4, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    painter.fontMetrics().elidedText(off.name, Qt.TextElideMode.ElideRight, rect.width() - 26),
                )
                painter.setFont(font)
            y += painter.fontMetrics().height() + 1
        if day == model.today or selected:
            painter.setPen(QPen(TODAY_EDGE, 2, Qt.PenStyle.SolidLine if day == model.today else Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if day in model.view.conflict_days and entries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(CONFLICT))
            size = 9
            corner = rect.topRight()
            painter.drawPolygon(QPolygon([corner, corner - QPoint(size, 0), corner + QPoint(0, size)]))
        chip_font = QFont(option.font)
        chip_font.setPointSizeF(max(7.0, chip_font.pointSizeF() - 1))
        painter.setFont(chip_font)
        line_h = painter.fontMetrics().height()
        lines = 3 if self.detailed else 1
        chip_h = line_h * lines + 4
        shown = entries if self.detailed else entries[:MONTH_CHIPS]
        if not self.detailed and len(entries) > MONTH_CHIPS:
            shown = entries[: MONTH_CHIPS - 1]
        for e in shown:
            if y + chip_h > rect.bottom() - 1:
                break
            chip = QRect(rect.left() + 3, y, rect.width() - 6, chip_h)
            colour = course_colour(e.klass.course_uid)
            fill = QColor(colour)
            fill.setAlpha(60 if dim else 200)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, 3, 3)
            if e.conflict_kinds:
                painter.setPen(QPen(CONFLICT, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(chip.adjusted(1, 1, -1, -1), 3, 3)
            painter.setPen(QColor("#fff") if not dim else QColor("#555"))
            text_rect = chip.adjusted(4, 2, -4, -2)
            if self.detailed:
                texts = [
                    f"{'⚠ ' if e.conflict_kinds else ''}{e.klass.short} · {e.hours}",
                    e.topic or e.klass.course_name,
                    tr("{0} HV · {1}").format(e.shown_learners, e.place or ""),
                ]
            else:
                mark = "⚠ " if e.conflict_kinds else ""
                texts = [f"{mark}{tr_label(BLOCK_LABELS[e.block])[0]} {e.klass.short}"]
            fm = painter.fontMetrics()
            for k, text in enumerate(texts):
                painter.drawText(
                    text_rect.adjusted(0, k * line_h, 0, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    fm.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
                )
            y += chip_h + 2
        hidden = len(entries) - len(shown)
        if hidden > 0 and y + line_h <= rect.bottom():
            painter.setPen(QColor("#444"))
            painter.drawText(
                QRect(rect.left() + 4, y, rect.width() - 8, line_h),
                Qt.AlignmentFlag.AlignLeft,
                tr("+ {0} buổi nữa").format(hidden),
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(120, 96 if not self.detailed else 140)


class CalendarWidget(QWidget):
    """Month and week views with navigation; asks ``load(start, end)`` for the data of what it shows."""

    range_changed = Signal(object, object)  # start, end: the page loads the view for them
    open_class = Signal(str)
    day_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarWidget")
        self.today = date.today()
        self.focus = self.today
        self.chosen: date | None = None  # the day last picked: kept across months and views
        self.mode = "month"
        self.prev_button = QToolButton()
        self.prev_button.setObjectName("calendarPrev")
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(tr("Tháng (tuần) trước"))
        self.next_button = QToolButton()
        self.next_button.setObjectName("calendarNext")
        self.next_button.setText("▶")
        self.next_button.setToolTip(tr("Tháng (tuần) sau"))
        self.today_button = QPushButton(tr("Hôm nay"))
        self.today_button.setObjectName("calendarToday")
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.month_button = QPushButton(tr("Tháng"))
        self.month_button.setObjectName("monthMode")
        self.week_button = QPushButton(tr("Tuần"))
        self.week_button.setObjectName("weekMode")
        modes = QButtonGroup(self)
        for b in (self.month_button, self.week_button):
            b.setCheckable(True)
            modes.addButton(b)
        self.month_button.setChecked(True)
        self.legend = QLabel(
            tr(
                "<span style='color:#c01c28'>■</span> xung đột &nbsp; "
                "<span style='background:#fdecea'>&nbsp;&nbsp;&nbsp;</span> ngày lễ &nbsp; "
                "<span style='background:#f3f3f3'>&nbsp;&nbsp;&nbsp;</span> cuối tuần"
            )
        )
        bar = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.legend)
        bar.addSpacing(12)
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)

        self.month_model = MonthModel(self)
        self.week_model = WeekModel(self)
        self.table = QTableView()
        self.table.setObjectName("calendarView")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setHighlightSections(False)
        self.month_delegate = ChipDelegate(self.table)
        self.week_delegate = ChipDelegate(self.table, detailed=True)
        self.day_panel = QTextBrowser()
        self.day_panel.setObjectName("dayPanel")
        self.day_panel.setOpenLinks(False)
        self.day_panel.anchorClicked.connect(self._link)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.day_panel)
        split.setSizes([900, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go_to(self.today))
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.table.doubleClicked.connect(self._double_clicked)
        self._attach(self.month_model, self.month_delegate)

    # ------------------------------------------------------------------------------ navigation
    @property
    def model(self) -> MonthModel | WeekModel:
        return self.month_model if self.mode == "month" else self.week_model

    def visible_range(self) -> tuple[date, date]:
        if self.mode == "month":
            return month_range(self.focus.year, self.focus.month)
        return week_range(self.focus)

    def _attach(self, model: _CalendarModel, delegate: ChipDelegate) -> None:
        self.table.setModel(model)
        self.table.setItemDelegate(delegate)
        self.table.verticalHeader().setVisible(model is self.week_model)
        self.table.selectionModel().currentChanged.connect(self._current_changed)

    def set_mode(self, mode: str) -> None:
        if mode == self.mode:
            return
        start, end = self.visible_range()
        if self.chosen is not None and start <= self.chosen <= end:
            self.focus = self.chosen  # the week of the day picked in the month (or its month)
        self.mode = mode
        self.month_button.setChecked(mode == "month")
        self.week_button.setChecked(mode == "week")
        self._attach(self.model, self.month_delegate if mode == "month" else self.week_delegate)
        self.refresh()

    def step(self, n: int) -> None:
        if self.mode == "month":
            m = self.focus.month - 1 + n
            self.focus = date(self.focus.year + m // 12, m % 12 + 1, 1)
        else:
            self.focus += timedelta(days=7 * n)
        self.refresh()

    def go_to(self, day: date) -> None:
        self.focus = day
        self.refresh()
        self.select_day(day)

    def refresh(self) -> None:
        start, end = self.visible_range()
        if self.mode == "month":
            self.title.setText(tr("Tháng {0}/{1}").format(self.focus.month, self.focus.year))
        else:
            self.title.setText(tr("Tuần {0} – {1}").format(format_date(start), format_date(end)))
        self.range_changed.emit(start, end)

    def show_view(self, view: CalendarView, today: date | None = None) -> None:
        """The page hands the data for the range asked in ``range_changed``."""
        self.today = today or self.today
        selected = self.chosen
        self.model.load(view, self.focus, self.today)
        if selected is not None and view.start <= selected <= view.end:
            self.select_day(selected)
        else:
            self.day_panel.setHtml(self._range_html(view))

    # ------------------------------------------------------------------------------ days
    def selected_day(self) -> date | None:
        index = self.table.currentIndex()
        return index.data(DayRole) if index.isValid() else None

    def select_day(self, day: date) -> bool:
        index = self.model.index_of(day)
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self._show_day(day)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        day = current.data(DayRole)
        if day is not None:
            self.chosen = day
            self._show_day(day)
            self.day_selected.emit(day)

    def _double_clicked(self, index: QModelIndex) -> None:
        entries: Sequence[CalendarEntry] = index.data(EntriesRole) or []
        classes = list(dict.fromkeys(e.klass.uid for e in entries))
        if len(classes) == 1:
            self.open_class.emit(classes[0])

    def _link(self, url: QUrl) -> None:
        kind, _, uid = url.toString().partition(":")
        if kind == "class":
            self.open_class.emit(uid)

    def _show_day(self, day: date) -> None:
        view = self.model.view
        if view is None:
            return
        parts = [f"<h3 style='margin-bottom:2px'>{tr_label(WEEKDAY_NAMES[day.weekday()])} {format_date(day)}</h3>"]
        off = view.days_off.get(day)
        if off is not None:
            name = off.name if off.kind == DayOffKind.HOLIDAY else tr("Ngày nghỉ cuối tuần")
            parts.append(f"<p style='color:#c01c28'>{escape(name)}</p>")
        entries = view.on(day)
        if not entries:
            parts.append(tr("<p style='color:#777'>Không có buổi học.</p>"))
        for e in entries:
            colour = course_colour(e.klass.course_uid).name()
            warn = " <span style='color:#c01c28'>⚠</span>" if e.conflict_kinds else ""
            lines = [
                f"<span style='color:{colour}'>■</span> <b>{escape(tr_label(e.block_label))} {e.hours}</b>{warn}",
                f"<a href='class:{e.klass.uid}'>{escape(e.klass.label)}</a>",
                f"<span style='color:#555'>{escape(e.klass.course_name)}</span>",
            ]
            if e.topic:
                lines.append(escape(e.topic))
            if e.teacher:
                lines.append(tr("Giảng viên: {0}").format(escape(e.teacher)))
            if e.place:
                lines.append(tr("Địa điểm: {0}").format(escape(e.place)))
            if e.klass.capacity:
                lines.append(tr("{0}/{1} học viên").format(e.learners, e.klass.capacity))
            else:
                lines.append(tr("{0} học viên").format(e.learners))
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        conflicts = view.conflicts_on(day)
        if conflicts:
            parts.append(tr("<h4 style='color:#c01c28'>Xung đột</h4>"))
            parts += [f"<p style='color:#c01c28'><b>{escape(c.label)}</b>: {escape(c.message)}</p>" for c in conflicts]
        self.day_panel.setHtml("".join(parts))

    def _range_html(self, view: CalendarView) -> str:
        n = len(view.entries)
        classes = len({e.klass.uid for e in view.entries})
        text = tr("<p>{0} buổi học của {1} lớp trong khoảng này; {2} xung đột.</p>").format(
            n, classes, len(view.conflicts)
        )
        return text + tr("<p style='color:#777'>Chọn một ngày để xem các buổi học và xung đột.</p>")


__all__ = ["CalendarWidget", "ChipDelegate", "ConflictKind", "MonthModel", "WeekModel"]
