"""Logging to a rotating file in the user log dir; named loggers per area ("boiduong.staff"…)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.paths import log_dir

LOG_FILENAME = "boiduong.log"
_handler: logging.handlers.RotatingFileHandler | None = None


def log_file() -> Path:
    """The file errors are written to (shown to the user in error dialogs)."""
    if _handler is not None:
        return Path(_handler.baseFilename)
    return log_dir() / LOG_FILENAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Idempotent for one log folder; re-targets the file if the folder changed (BOIDUONG_DATA_DIR)."""
    global _handler
    path = log_dir() / LOG_FILENAME
    root = logging.getLogger("boiduong")
    if _handler is not None:
        if Path(_handler.baseFilename) == path.resolve():
            return path
        root.removeHandler(_handler)
        _handler.close()
    _handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.setLevel(level)
    root.addHandler(_handler)
    return path
