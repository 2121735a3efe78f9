"""Translation of interface strings. The source language is Vietnamese; English comes from
resources/translations/boiduong_en.qm (built from the .ts by ``make translations``).

Wrap every user-visible literal in ui/ as ``tr("…")`` (a plain call, so pyside6-lupdate finds it; the
context is empty). Text with values uses placeholders: ``tr("Đã lưu {name}").format(name=…)``. A literal
evaluated at import time (class attribute, module constant) is marked ``QT_TRANSLATE_NOOP("", "…")`` and
translated where it is shown (``tr(page.title)``): translators are installed after imports. Never put
a ``tr("…")`` inside an f-string: lupdate cannot see it there. Labels app/ gives stored codes go through
``tr_label`` (listed in ui/app_labels.py, context "label"). Messages produced by app/ services (errors
naming a row or field) stay Vietnamese.

Qt's own strings (standard buttons, file dialogs, text fields' context menus) come from Qt's qtbase
translations; Qt has none in Vietnamese, so the project's resources/translations/qtbase_vi.ts covers the
widgets the app shows. The language is
chosen in Settings, kept per PC (app.prefs) and applied when the main window is rebuilt."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import prefs
from app.paths import resources_dir

log = logging.getLogger("boiduong.i18n")
_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def tr_label(text: str) -> str:
    """The English of a label app/ gives a stored code (a status, a category, a level…), listed in
    ui/app_labels.py; text app/ composes comes back unchanged."""
    return QCoreApplication.translate("label", text)


def format_duration(months: int) -> str:
    """app.dates.format_duration_months in the interface's language: "5 năm 3 tháng"."""
    if months <= 0:
        return tr("đã đến tuổi")
    years, rest = divmod(months, 12)
    if years and rest:
        return tr("{years} năm {months} tháng").format(years=years, months=rest)
    if years:
        return tr("{years} năm").format(years=years)
    return tr("{months} tháng").format(months=rest)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a literal evaluated at import time (a page title, a column header) for lupdate; the
    code translates it where it is shown, with ``tr(value)``."""
    return text


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_translators(language: str | None = None) -> str:
    """Install the app's and Qt's translators for ``language`` (default: this PC's choice), replacing
    any installed before. Returns the language in force."""
    app = QCoreApplication.instance()
    assert app is not None
    language = language or prefs.language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Vietnamese)
    QLocale.setDefault(
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        if language == "en"
        else QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    )
    qt = QTranslator(app)
    # Qt ships no qtbase_vi: resources/translations/qtbase_vi.qm covers the standard widgets a clerk meets
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or qt.load(
        f"qtbase_{language}", translations_dir()
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    if language != prefs.DEFAULT_LANGUAGE:
        own = QTranslator(app)
        if own.load(f"boiduong_{language}", translations_dir()):
            app.installTranslator(own)
            _installed.append(own)
        else:
            log.warning("no translation file for %s in %s", language, translations_dir())
    return language
