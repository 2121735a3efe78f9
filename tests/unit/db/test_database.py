from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.backup import automatic_backup
from db.base import Base
from db.database import DatabaseError, head_revision, open_database


def test_migrations_build_exactly_the_models(template_db: Path) -> None:
    """A model changed without a migration (or the reverse) fails here, not on a clerk's PC."""
    db = open_database(template_db)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        db.dispose()
    assert diff == []


def test_pragmas(template_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    shutil.copy(template_db, path)
    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    db.dispose()


def test_backup_is_taken_before_a_migration(template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An existing file behind the code's schema is copied aside before it is upgraded."""
    import db.database as database

    path = tmp_path / "old.sqlite"
    shutil.copy(template_db, path)
    events: list[str] = []
    current = head_revision()
    monkeypatch.setattr(database, "head_revision", lambda: "next-revision")
    monkeypatch.setattr(database, "known_revisions", lambda: {current, "next-revision"})
    monkeypatch.setattr(database, "_upgrade", lambda engine: events.append("upgrade"))

    def backup(p: Path, reason: str) -> Path:
        events.append("backup")
        return automatic_backup(p, reason, folder=tmp_path / "backups")

    (tmp_path / "backups").mkdir()
    db = open_database(path, backup=backup)
    db.dispose()
    assert events == ["backup", "upgrade"]
    assert db.migrated_from == current and db.backup_path is not None
    copy = sqlite3.connect(db.backup_path)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (current,)
    copy.close()


def test_a_database_at_head_is_not_backed_up(template_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite"
    shutil.copy(template_db, path)
    calls: list[str] = []
    open_database(path, backup=lambda p, r: calls.append(r) or p).dispose()  # type: ignore[func-returns-value]
    assert calls == []


def test_unknown_revision_is_refused(template_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    shutil.copy(template_db, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffffffff9999'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="phiên bản mới hơn"):
        open_database(path)


def test_foreign_sqlite_and_garbage_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="không phải của ứng dụng"):
        open_database(other)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"PK\x03\x04 not a database at all")
    with pytest.raises(DatabaseError, match="không phải SQLite"):
        open_database(junk)
    with pytest.raises(DatabaseError, match="không tồn tại"):
        open_database(tmp_path / "missing" / "db.sqlite")


def test_nomination_history_gets_its_sync_identity_on_upgrade(commune_path: Path) -> None:
    """0008: nomination status changes become synced rows; rows made before get a uid, their
    nomination's owner, revision 1 and the time they were made, and then travel like the rest."""
    from alembic import command

    from db.database import alembic_config

    config = alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite:///{commune_path}")
    command.downgrade(config, "0005_evaluations")  # as an install of the previous version holds it
    with sqlite3.connect(commune_path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(nomination_status_change)")}
        before = conn.execute("SELECT count(*) FROM nomination_status_change").fetchone()[0]
    assert "uid" not in columns and before > 20
    open_database(commune_path).dispose()  # the app upgrades it at start
    with sqlite3.connect(commune_path) as conn:
        rows = conn.execute(
            "SELECT c.uid, c.owner_unit, n.owner_unit, c.revision, c.updated_at, c.changed_at, c.deleted "
            "FROM nomination_status_change c JOIN nomination n ON n.id = c.nomination_id"
        ).fetchall()
    assert len(rows) == before and len({r[0] for r in rows}) == before
    assert all(r[1] == r[2] == "11311" and r[3] == 1 and r[4] == r[5] and r[6] == 0 for r in rows)
