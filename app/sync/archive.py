"""Every received file is kept, named by its SHA-256, with a receipt line per attempt (applied, already
imported, refused, previewed), so that history can be replayed and a refused file shown to whoever sent
it. The archive lives in the user data folder, outside the database: a refused file must leave the
database byte for byte unchanged, yet still be recorded."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.paths import data_dir
from app.settings import INSTALL_ID, get_setting

log = logging.getLogger("boiduong.sync")
RECEIPTS = "receipts.jsonl"


def archive_dir(session: Session) -> Path:
    """One folder per install (its id), so two databases on one PC keep their own history."""
    install = get_setting(session, INSTALL_ID) or "chua-khai-bao"
    return data_dir() / "bundles" / str(install)


def keep_received(folder: Path, data: bytes, file_hash: str, receipt: dict[str, Any]) -> Path | None:
    """Store the file (once per content) and append the receipt. Never fails the import: a full disk
    here is logged, the import's own result stands."""
    try:
        received = folder / "received"
        received.mkdir(parents=True, exist_ok=True)
        target = received / f"{file_hash}.bdsync"
        if not target.exists():
            tmp = target.with_suffix(".part")
            tmp.write_bytes(data)
            tmp.replace(target)
        line = dict(receipt, hash=file_hash, at=datetime.now(UTC).isoformat(timespec="seconds"))
        with (folder / RECEIPTS).open("a", encoding="utf-8") as f:
            f.write(json.dumps(line, ensure_ascii=False, sort_keys=True, default=str) + "\n")
        return target
    except OSError:
        log.exception("could not archive received bundle %s", file_hash)
        return None


def receipts(folder: Path, limit: int = 2000) -> list[dict[str, Any]]:
    """The latest receipts, newest first (unreadable lines are skipped)."""
    path = folder / RECEIPTS
    if not path.exists():
        return []
    out: list[dict[str, Any]] = []
    with path.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if isinstance(item, dict):
                out.append(item)
    return out[::-1][:limit]
