"""Writing many rows at once, fast: one ``executemany`` of a plain INSERT on the session's connection.

A Core ``insert(table)`` executed with ten thousand parameter sets spends most of its time building
and processing each set in Python. Here the rows are plain tuples; only the columns whose type has a
bind processor (dates, UTC datetimes, booleans, JSON) go through SQLAlchemy's own processor for that
column — so the values are stored exactly as any other statement stores them — and the driver's
``executemany`` does the rest.

Like any Core statement it bypasses the ORM events: the caller stamps the sync metadata
(``db.sync_meta.new_row_stamp``) and records the audit trail (``db.audit.record_bulk_created``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """INSERT ``rows`` (tuples of values in the order of ``columns``) into ``table`` in the session's
    transaction. Every column that has a Python-side default must be given (nothing is filled in
    silently); a column left out gets its server default or NULL."""
    if not rows:
        return
    width = len(columns)
    if any(len(row) != width for row in rows):
        raise ValueError(f"rows for {table.name} do not all have {width} values")
    given = set(columns)
    for column in table.columns:
        if column.key not in given and column.default is not None:
            raise ValueError(f"{table.name}.{column.key} has a default and must be given")
    conn = session.connection()
    dialect = conn.dialect
    if dialect.paramstyle != "qmark":  # pragma: no cover - SQLite's driver is qmark
        conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    processors = [table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in columns]
    params: Sequence[Sequence[Any]] = rows
    if any(p is not None for p in processors):
        by_column: list[Sequence[Any]] = list(zip(*rows, strict=True))
        for index, process in enumerate(processors):
            if process is None:
                continue
            values = by_column[index]
            first = values[0]
            if all(v is first for v in values):  # one stamp, one empty dict…: processed once
                by_column[index] = [process(first)] * len(values)
            else:
                by_column[index] = [process(v) for v in values]
        params = list(zip(*by_column, strict=True))
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(table.c[key].name) for key in columns)
    marks = ", ".join(["?"] * width)
    conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", params)


__all__ = ["insert_rows"]
