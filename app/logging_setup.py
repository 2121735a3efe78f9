"""Logging to a rotating file in the user log dir; named loggers per area ("boiduong.staff"…)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.paths import log_dir

LOG_FILENAME = "boiduong.log"
_configured: Path | None = None


def log_file() -> Path:
    return log_dir() / LOG_FILENAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Idempotent; returns the log file path (shown to the user in error dialogs)."""
    global _configured
    if _configured is not None:
        return _configured
    path = log_file()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("boiduong")
    root.setLevel(level)
    root.addHandler(handler)
    _configured = path
    return path
