"""Writing many rows at once, fast: one ``executemany`` of a plain INSERT on the session's connection.

A Core ``insert(table)`` executed with ten thousand parameter sets spends most of its time building
and processing each set in Python; here every column's values go through SQLAlchemy's own bind
processor for that column once, column by column (so dates, UTC datetimes, booleans and JSON are
stored exactly as any other statement stores them), and the driver's ``executemany`` does the rest.

Like any Core statement it bypasses the ORM events: the caller stamps the sync metadata
(``db.sync_meta.new_row_stamp``) and records the audit trail (``db.audit.record_bulk_created``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT ``rows`` (dicts with the same keys) into ``table`` in the session's transaction. Every
    column that has a Python-side default must be given (nothing is filled in silently); a column left
    out gets its server default or NULL."""
    if not rows:
        return
    keys = list(rows[0])
    width = len(keys)
    if any(len(row) != width for row in rows):
        raise ValueError(f"rows for {table.name} do not all have the same columns")
    given = set(keys)
    for column in table.columns:
        if column.key in given:
            continue
        if column.default is not None and not (column.primary_key and column.autoincrement):
            raise ValueError(f"{table.name}.{column.key} has a default and must be given")
    conn = session.connection()
    dialect = conn.dialect
    if dialect.paramstyle != "qmark":  # pragma: no cover - SQLite's driver is qmark
        conn.execute(insert(table), [dict(row) for row in rows])
        return
    quote = dialect.identifier_preparer.quote
    columns: list[list[Any]] = []
    for key in keys:
        values = [row[key] for row in rows]
        process = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        columns.append([process(v) for v in values] if process is not None else values)
    names = ", ".join(quote(table.c[key].name) for key in keys)
    marks = ", ".join(["?"] * width)
    sql = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})"
    conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))


__all__ = ["insert_rows"]
