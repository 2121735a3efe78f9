"""Opening a database file: checks, backup before migration, upgrade to the code's schema."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.orm import Session, sessionmaker

import db.models  # noqa: F401  (registers every table)
from db.engine import make_engine, make_session_factory
from db.sync_meta import UNIT_CODE

log = logging.getLogger("boiduong.db")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """A database that cannot be opened as asked; the message is for the user (Vietnamese)."""


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == SQLITE_HEADER


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass
class Database:
    """An open database: the engine, a session factory, and what opening it did."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    migrated_from: str | None = None
    backup_path: Path | None = None
    notes: list[str] = field(default_factory=list)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action = one transaction: commit on success, roll back on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; objects stay usable (detached) after the block."""
        with self.sessions() as session:
            yield session

    def set_unit_code(self, code: str | None) -> None:
        """New rows get this unit as owner (DESIGN.md §4)."""
        self.set_info(UNIT_CODE, code)

    def set_info(self, key: str, value: object) -> None:
        """A value every later session carries in ``session.info`` (unit, current user)."""
        self.sessions.kw.setdefault("info", {})
        self.sessions.kw["info"][key] = value

    def dispose(self) -> None:
        self.engine.dispose()

    def take_over(self, fresh: Database) -> None:
        """Use ``fresh``'s engine from now on (the file was replaced by a restore), keeping this
        object — the services hold it — and what its sessions carry (unit, current user)."""
        info = {**fresh.sessions.kw.get("info", {}), **self.sessions.kw.get("info", {})}
        self.engine.dispose()
        self.engine, self.sessions = fresh.engine, fresh.sessions
        self.sessions.kw["info"] = info
        self.migrated_from, self.backup_path = fresh.migrated_from, fresh.backup_path


BackupFn = Callable[[Path, str], Path]


def open_database(path: Path, *, backup: BackupFn | None = None, create: bool = True) -> Database:
    """Open (and if needed create or upgrade) the database at ``path``.

    ``backup(path, reason)`` is called before an existing database is migrated; it must return the
    backup's path. Raises DatabaseError with a message for the user when the file cannot be used.
    """
    path = Path(path).expanduser()
    if not path.parent.is_dir():
        raise DatabaseError(f"Thư mục chứa cơ sở dữ liệu không tồn tại: {path.parent}")
    exists = path.exists() and path.stat().st_size > 0
    if path.exists() and path.is_dir():
        raise DatabaseError(f"Đường dẫn là một thư mục, không phải tệp cơ sở dữ liệu: {path}")
    if not exists and not create:
        raise DatabaseError(f"Không tìm thấy tệp cơ sở dữ liệu: {path}")
    if exists and not looks_like_sqlite(path):
        raise DatabaseError(f"Tệp không phải là cơ sở dữ liệu của Bồi dưỡng (không phải SQLite): {path}")

    engine = make_engine(path)
    try:
        db = _prepare(path, engine, exists, backup)
    except DatabaseError:
        engine.dispose()
        raise
    except sqlite3.DatabaseError as exc:  # pragma: no cover - depends on the damage
        engine.dispose()
        raise DatabaseError(f"Tệp cơ sở dữ liệu bị hỏng hoặc không đọc được: {path} ({exc})") from exc
    return db


def _prepare(path: Path, engine: Engine, exists: bool, backup: BackupFn | None) -> Database:
    try:
        tables = set(inspect(engine).get_table_names())
    except Exception as exc:
        raise DatabaseError(f"Tệp cơ sở dữ liệu bị hỏng hoặc không đọc được: {path}") from exc
    head = head_revision()
    current = current_revision(engine) if "alembic_version" in tables else None
    if tables and current is None:
        raise DatabaseError(f"Tệp là cơ sở dữ liệu SQLite nhưng không phải của ứng dụng Bồi dưỡng: {path}")
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng trước khi mở tệp này."
        )
    db = Database(path=path, engine=engine, sessions=make_session_factory(engine))
    if current != head:
        if exists and current is not None and backup is not None:
            db.backup_path = backup(path, f"before-migrate-{current[:8]}")
            log.info("backup before migration: %s", db.backup_path)
        _upgrade(engine)
        db.migrated_from = current
        log.info("database %s upgraded from %s to %s", path, current, head)
    return db


def _upgrade(engine: Engine) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
