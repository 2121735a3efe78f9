"""Where the app keeps its files. BOIDUONG_DATA_DIR overrides everything (tests, portable installs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "BoiDuong"
DATA_ENV = "BOIDUONG_DATA_DIR"
DB_FILENAME = "boiduong.sqlite"


def data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite"


def resources_dir() -> Path:
    """resources/ beside the packages (source tree and PyInstaller bundle alike)."""
    return Path(__file__).resolve().parent.parent / "resources"
