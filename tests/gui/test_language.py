"""Switching the interface language in Settings: kept per PC, applied by rebuilding the window."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app import prefs
from app.workspace import Workspace
from ui.gui import GuiSession, make_application
from ui.i18n import install_translators, tr
from ui.pages.settings.page import SettingsPage

pytestmark = pytest.mark.gui
VIETNAMESE_LETTERS = re.compile("[À-ỹ]")  # any accented letter


@pytest.fixture
def session(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[GuiSession]:
    make_application()
    gui = GuiSession(demo_workspace)
    gui.start()
    yield gui
    install_translators("vi")  # the QApplication outlives the test
    if gui.window is not None:
        gui.window.keep_workspace = True
        gui.window.close()


def nav_titles(gui: GuiSession) -> list[str]:
    assert gui.window is not None
    return [gui.window.nav.item(i).text() for i in range(gui.window.nav.count())]


def settings_of(gui: GuiSession) -> SettingsPage:
    assert gui.window is not None
    page = gui.window.page(SettingsPage)
    assert isinstance(page, SettingsPage)
    return page


def test_switch_to_english_and_back(session: GuiSession) -> None:
    vietnamese = nav_titles(session)
    assert prefs.language() == "vi" and "Nhật ký thay đổi" in vietnamese
    first = session.window
    combo = settings_of(session).language
    combo.setCurrentIndex(combo.findData("en"))
    assert prefs.language() == "en"  # kept for the next start on this PC
    assert session.window is not first  # rebuilt at once
    english = nav_titles(session)
    # every page's title is translated, whatever pages there are
    assert len(english) == len(vietnamese)
    assert [v for v, e in zip(vietnamese, english, strict=True) if v == e] == []
    assert [e for e in english if VIETNAMESE_LETTERS.search(e)] == []
    assert {"Staff", "Audit trail", "Settings"} <= set(english)
    assert english.index("Staff") == vietnamese.index("Cán bộ, công chức")
    assert settings_of(session).backups.restore_button.text() == "Restore the selected backup…"
    assert tr("Hủy") == "Cancel"
    # lists of choices made at import (before the translator) are translated where shown
    from ui.pages.results.page import ResultsPage
    from ui.pages.results.reviews_tab import ReviewsTab

    assert session.window is not None
    reviews = session.window.page(ResultsPage).findChild(ReviewsTab)  # type: ignore[union-attr]
    assert isinstance(reviews, ReviewsTab)
    for combo in (reviews.filter, reviews.group):
        texts = [combo.itemText(i) for i in range(combo.count())]
        assert [t for t in texts if VIETNAMESE_LETTERS.search(t)] == [], texts
    assert session.window is not None and session.window.menuBar().actions()[0].text() == "&File"
    combo = settings_of(session).language
    combo.setCurrentIndex(combo.findData("vi"))
    assert prefs.language() == "vi" and nav_titles(session) == vietnamese
    assert tr("Hủy") == "Hủy"
