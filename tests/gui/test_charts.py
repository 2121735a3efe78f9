from __future__ import annotations

import gc
import sys
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ui.gui import make_application
from ui.widgets.charts import BarChart, BarItem, BarRole, BarValue, ProgressDelegate, TrendChart, TrendPoint

pytestmark = pytest.mark.gui


def _dark_pixels(widget: BarChart | TrendChart, colour: str) -> int:
    image = widget.grab().toImage()
    want = colour.lower()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).name() == want
    )


def test_bar_chart_draws_each_bar_to_scale(qtbot: QtBot) -> None:
    make_application()
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 120)
    chart.set_items([BarItem("Phòng A", 80, 50, "#2e7d32", "8/10"), BarItem("Phòng B", 20, 50, "#d68910", "2/10")])
    chart.show()
    assert chart.sizeHint().height() >= 2 * chart.ROW
    green, orange = _dark_pixels(chart, "#2e7d32"), _dark_pixels(chart, "#d68910")
    assert green > 0 and orange > 0
    assert green == pytest.approx(4 * orange, rel=0.25)  # 80 % against 20 %
    assert chart.item_at(chart._top() + chart.ROW + 3) == 1


def test_trend_chart_draws_points_path_and_threshold(qtbot: QtBot) -> None:
    make_application()
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    empty = chart.grab().toImage()
    chart.set_data(
        [TrendPoint(date(2025, 12, 31), 40, "a"), TrendPoint(date(2026, 11, 23), 60, "b")],
        threshold=100,
        path=(TrendPoint(date(2026, 1, 1), 40), TrendPoint(date(2028, 12, 31), 100)),
        deadline=date(2028, 12, 31),
        today=date(2026, 11, 23),
        color="#1a5fb4",
    )
    assert chart.grab().toImage() != empty
    assert _dark_pixels(chart, "#1a5fb4") > 10 and _dark_pixels(chart, "#d68910") > 10


def test_progress_delegate_paints_the_bar(qtbot: QtBot) -> None:
    make_application()
    model = QStandardItemModel(1, 1)
    item = QStandardItem()
    item.setData(BarValue(50, 80, "#b3261e"), BarRole)
    model.setItem(0, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ProgressDelegate(view))
    view.setColumnWidth(0, 220)
    view.show()
    image = view.viewport().grab().toImage()
    reds = sum(
        1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).name() == "#b3261e"
    )
    assert reds > 50


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_painting_keeps_none_alive(qtbot: QtBot) -> None:
    """PySide6 6.12.0 dropped a reference to None on every Python override Qt called (paintEvent, a
    delegate's paint): on Python 3.11 the app then died with "deallocating None". Guard upgrades."""
    make_application()
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_items([BarItem("A", 50, 60)])
    chart.show()
    model = QStandardItemModel(3, 1)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ProgressDelegate(view))
    view.show()
    index: QModelIndex | QPersistentModelIndex = model.index(0, 0)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(200):
        chart.repaint()
        view.viewport().repaint()
        index.data(Qt.ItemDataRole.UserRole + 99)  # a role nobody answers: None back from C++
    gc.collect()
    assert sys.getrefcount(None) >= before - 5
