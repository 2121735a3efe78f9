"""Preferences of this PC (not of the unit's data): the interface language. A small JSON file in the data
folder, so a portable install (BOIDUONG_DATA_DIR) carries its own, and tests never touch the user's."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from app.paths import data_dir

log = logging.getLogger("boiduong.prefs")
FILENAME = "preferences.json"
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"


def _path() -> Path:
    return data_dir() / FILENAME


def load() -> dict[str, Any]:
    try:
        value = json.loads(_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("preferences file unreadable, defaults used: %s", _path())
        return {}
    return value if isinstance(value, dict) else {}


def save(values: dict[str, Any]) -> None:
    path = _path()
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def language() -> str:
    value = load().get("language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(code)
    values = load()
    values["language"] = code
    save(values)
