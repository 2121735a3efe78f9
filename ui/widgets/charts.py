"""Small charts drawn with QPainter (no charting dependency): horizontal bars against a marker, a trend
line over dates, and a table delegate that draws a progress bar with the threshold marked.

Each widget takes plain values (``BarItem``, ``TrendPoint``…) and knows nothing about targets, so the
evaluation and report pages can reuse them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.i18n import tr

GRID = QColor("#e3e6ea")
AXIS = QColor("#8a8f98")
TEXT = QColor("#333333")
MUTED = QColor("#777777")
TRACK = QColor("#eef1f4")
MARKER = QColor("#202124")

#: a role that returns a ``BarValue`` for the progress delegate
BarRole = Qt.ItemDataRole.UserRole + 40


def percent_text(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}".replace(".", ",") + "%"


@dataclass(frozen=True)
class BarValue:
    percent: float | None
    marker: float | None  # e.g. the target's threshold
    color: str


@dataclass(frozen=True)
class BarItem:
    label: str
    percent: float | None
    marker: float | None = None
    color: str = "#1a5fb4"
    text: str = ""  # right-hand text, e.g. "12/20 (60,0%)"
    tooltip: str = ""


def _draw_bar(painter: QPainter, rect: QRectF, value: BarValue) -> None:
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TRACK)
    painter.drawRoundedRect(rect, 2, 2)
    if value.percent is not None and value.percent > 0:
        filled = QRectF(rect.left(), rect.top(), rect.width() * min(100.0, value.percent) / 100.0, rect.height())
        painter.setBrush(QColor(value.color))
        painter.drawRoundedRect(filled, 2, 2)
    if value.marker is not None:
        x = rect.left() + rect.width() * min(100.0, max(0.0, value.marker)) / 100.0
        painter.setPen(QPen(MARKER, 2))
        painter.drawLine(QPointF(x, rect.top() - 2), QPointF(x, rect.bottom() + 2))
    painter.restore()


class ProgressDelegate(QStyledItemDelegate):
    """Draws ``BarValue`` (from ``BarRole``) as a bar with the marker and the percent beside it."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        value = index.data(BarRole)
        if not isinstance(value, BarValue):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        rect = QRectF(option.rect).adjusted(4, 0, -4, 0)
        text = percent_text(value.percent)
        metrics = QFontMetrics(option.font)
        text_width = metrics.horizontalAdvance("100,0%") + 6
        bar = QRectF(rect.left(), rect.center().y() - 5, max(10.0, rect.width() - text_width), 10)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_bar(painter, bar, value)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(bar.right() + 6, rect.top(), text_width, rect.height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(160, 22)


class BarChart(QWidget):
    """One horizontal bar per item, 0–100 %, with an optional marker (the threshold) on each bar."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[BarItem] = []
        self.title = ""
        self.empty_text = tr("Chưa có số liệu.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(True)

    def set_items(self, items: Sequence[BarItem], title: str = "") -> None:
        self.items = list(items)
        self.title = title
        self.updateGeometry()
        self.update()

    def _top(self) -> int:
        return 24 if self.title else 6

    def sizeHint(self) -> QSize:
        return QSize(480, self._top() + max(1, len(self.items)) * self.ROW + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _layout(self) -> tuple[float, float, float]:
        """x of the bars' left edge, their width, and the width of the right-hand text."""
        metrics = self.fontMetrics()
        width = float(self.width())
        label_w = min(width * 0.42, max((metrics.horizontalAdvance(i.label) for i in self.items), default=0) + 12)
        text_w = max((metrics.horizontalAdvance(i.text or percent_text(i.percent)) for i in self.items), default=0) + 12
        return label_w, max(40.0, width - label_w - text_w - 8), text_w

    def item_at(self, y: float) -> int:
        index = int((y - self._top()) // self.ROW)
        return index if 0 <= index < len(self.items) else -1

    def mouseMoveEvent(self, event: object) -> None:  # tooltips per bar
        pos = event.position()  # type: ignore[attr-defined]
        index = self.item_at(pos.y())
        self.setToolTip(self.items[index].tooltip if index >= 0 else "")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        if self.title:
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(TEXT)
            painter.drawText(QRectF(4, 0, self.width() - 8, 20), int(Qt.AlignmentFlag.AlignVCenter), self.title)
            painter.setFont(self.font())
        if not self.items:
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(0, self._top(), self.width(), self.ROW), int(Qt.AlignmentFlag.AlignCenter), self.empty_text
            )
            return
        label_w, bar_w, text_w = self._layout()
        for i, item in enumerate(self.items):
            top = self._top() + i * self.ROW
            painter.setPen(TEXT)
            label = metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            painter.drawText(
                QRectF(4, top, label_w - 8, self.ROW),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                label,
            )
            bar = QRectF(label_w, top + self.ROW / 2 - 6, bar_w, 12)
            _draw_bar(painter, bar, BarValue(item.percent, item.marker, item.color))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(label_w + bar_w + 8, top, text_w, self.ROW),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                item.text or percent_text(item.percent),
            )


@dataclass(frozen=True)
class TrendPoint:
    day: date
    percent: float
    label: str = ""  # tooltip text


class TrendChart(QWidget):
    """Percent over time: the measured points, the path required to reach the threshold by the deadline
    (dashed), the threshold line and the deadline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[TrendPoint] = []
        self.threshold: float | None = None
        self.path: tuple[TrendPoint, TrendPoint] | None = None
        self.deadline: date | None = None
        self.today: date | None = None
        self.color = QColor("#1a5fb4")
        self.empty_text = tr("Chưa có số liệu để vẽ xu hướng.")
        self.setMinimumSize(320, 200)
        self.setMouseTracking(True)

    def set_data(
        self,
        points: Sequence[TrendPoint],
        *,
        threshold: float | None,
        path: tuple[TrendPoint, TrendPoint] | None,
        deadline: date | None,
        today: date | None,
        color: str = "#1a5fb4",
    ) -> None:
        self.points = sorted(points, key=lambda p: p.day)
        self.threshold, self.path, self.deadline, self.today = threshold, path, deadline, today
        self.color = QColor(color)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 260)

    def _range(self) -> tuple[date, date]:
        days = [p.day for p in self.points]
        if self.path:
            days += [self.path[0].day, self.path[1].day]
        if self.deadline:
            days.append(self.deadline)
        first, last = min(days), max(days)
        if first == last:
            first = date(first.year - 1, 1, 1)
        return first, last

    def _plot(self) -> QRectF:
        left = self.fontMetrics().horizontalAdvance("100%") + 12
        return QRectF(left, 12, max(50.0, self.width() - left - 16), max(50.0, self.height() - 60))

    def _x(self, day: date, plot: QRectF, first: date, last: date) -> float:
        span = max(1, (last - first).days)
        return plot.left() + plot.width() * (day - first).days / span

    @staticmethod
    def _y(percent: float, plot: QRectF) -> float:
        return plot.bottom() - plot.height() * max(0.0, min(100.0, percent)) / 100.0

    def mouseMoveEvent(self, event: object) -> None:
        if not self.points:
            return
        pos = event.position()  # type: ignore[attr-defined]
        plot = self._plot()
        first, last = self._range()
        nearest = min(self.points, key=lambda p: abs(self._x(p.day, plot, first, last) - pos.x()))
        x = self._x(nearest.day, plot, first, last)
        self.setToolTip(nearest.label if abs(x - pos.x()) < 12 else "")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.points and not self.path:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
            return
        plot = self._plot()
        first, last = self._range()
        metrics = self.fontMetrics()
        # grid and y labels
        for pct in (0, 25, 50, 75, 100):
            y = self._y(pct, plot)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(0, y - 8, plot.left() - 6, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{pct}%",
            )
        # x labels: one per year
        painter.setPen(MUTED)
        for year in range(first.year, last.year + 2):
            day = date(year, 1, 1)
            if not first <= day <= last:
                continue
            x = self._x(day, plot, first, last)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(MUTED)
            label = str(year)
            painter.drawText(QPointF(x - metrics.horizontalAdvance(label) / 2, plot.bottom() + 16), label)
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        # threshold and deadline
        if self.threshold is not None:
            y = self._y(self.threshold, plot)
            painter.setPen(QPen(MARKER, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if self.deadline is not None:
            x = self._x(self.deadline, plot, first, last)
            painter.setPen(QPen(QColor("#b3261e"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            label = tr("Hạn")
            painter.drawText(QPointF(x - metrics.horizontalAdvance(label) - 4, plot.top() + 12), label)
        if self.today is not None and first <= self.today <= last:
            x = self._x(self.today, plot, first, last)
            painter.setPen(QPen(MUTED, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        # the required path
        if self.path:
            a, b = self.path
            painter.setPen(QPen(QColor("#d68910"), 2, Qt.PenStyle.DashLine))
            painter.drawLine(
                QPointF(self._x(a.day, plot, first, last), self._y(a.percent, plot)),
                QPointF(self._x(b.day, plot, first, last), self._y(b.percent, plot)),
            )
        # the measured points
        if self.points:
            line = QPainterPath()
            for i, p in enumerate(self.points):
                point = QPointF(self._x(p.day, plot, first, last), self._y(p.percent, plot))
                if i == 0:
                    line.moveTo(point)
                else:
                    line.lineTo(point)
            painter.setPen(QPen(self.color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(line)
            painter.setBrush(self.color)
            for p in self.points:
                painter.drawEllipse(QPointF(self._x(p.day, plot, first, last), self._y(p.percent, plot)), 3.5, 3.5)
            last_point = self.points[-1]
            painter.setPen(TEXT)
            lx = self._x(last_point.day, plot, first, last)
            ly = self._y(last_point.percent, plot)
            painter.drawText(
                QPointF(min(lx + 6, plot.right() - 44), max(plot.top() + 10, ly - 6)), percent_text(last_point.percent)
            )
        self._legend(painter, plot)

    def _legend(self, painter: QPainter, plot: QRectF) -> None:
        entries = [(self.color, Qt.PenStyle.SolidLine, tr("Thực tế"))]
        if self.path:
            entries.append((QColor("#d68910"), Qt.PenStyle.DashLine, tr("Lộ trình để đạt đúng hạn")))
        if self.threshold is not None:
            entries.append((MARKER, Qt.PenStyle.DashLine, tr("Ngưỡng chỉ tiêu")))
        x, y = plot.left(), float(self.height() - 6)
        metrics = self.fontMetrics()
        for color, style, label in entries:
            painter.setPen(QPen(color, 2, style))
            painter.drawLine(QPointF(x, y - 4), QPointF(x + 22, y - 4))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 27, y), label)
            x += 40 + metrics.horizontalAdvance(label)
