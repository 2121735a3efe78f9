"""Alembic environment. The app runs migrations in-process (db.database._upgrade) and passes its
connection; the command-line ``alembic`` is only for writing new revisions during development."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import db.models  # noqa: F401
from db.base import Base
from db.engine import make_engine

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    # Batch mode: SQLite cannot ALTER most things, Alembic rebuilds the table instead.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set sqlalchemy.url (alembic -x or alembic.ini) to a development database")
    from pathlib import Path

    engine = make_engine(Path(url.removeprefix("sqlite:///")))
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("offline SQL generation is not supported")
run()
