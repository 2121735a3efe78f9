"""The audit trail: one row per change to a record — who, when, what, and the before/after of each field.

Like the sync bookkeeping (db/sync_meta.py) it runs in a session listener, so every present and future
table is covered without any service remembering to call it. The listener runs ``after_flush``: ids are
known then, attribute histories still hold the old values, and the entries are written with one Core
INSERT on the flush's own connection — in the same transaction as the change, so a rolled-back change
leaves no entry and a committed one always has its entry.

Who: ``session.info[AUDIT_USER]`` (set by app.auth for the signed-in user, or the PC account when
sign-in is off). A sync import that applies remote rows (``session.info[APPLYING_REMOTE]``) is recorded
as the change of the row's owner unit, with ``source = "sync"``.

A class opts out with ``__audit__ = False`` (the trail itself, counters) and hides columns with
``__audit_ignore__`` (password hashes, lock-out counters). Book-keeping columns never count as a change.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Table, event, insert, inspect, select
from sqlalchemy.engine import Result
from sqlalchemy.orm import MANYTOONE, Mapped, ORMExecuteState, Session, UOWTransaction, mapped_column
from sqlalchemy.orm.base import NO_VALUE

from db.base import Base, UtcDateTime, utcnow
from db.bulk import insert_rows
from db.sync_meta import APPLYING_REMOTE, UNIT_CODE

AUDIT_USER = "audit_user"  # session.info key: the name recorded as "who"
AUDIT_SOURCE = "audit_source"  # session.info key: "local" (default), "import", "demo"…

# Book-keeping that changes with every save and says nothing to a person reading the trail.
NOISE = frozenset({"id", "revision", "updated_at", "change_seq", "name_sort_key", "search_text"})
LABEL_FIELDS = ("full_name", "name", "display_name", "username", "code", "key")


class Action(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    STATUS = "status"  # the record's status field changed (a person moved off or back onto the books)
    DELETE = "delete"  # a tombstone set, or a row removed
    UNDELETE = "undelete"
    # events that are not row changes, written by app.auth
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    LOCKED = "locked"
    SIGN_OUT = "sign_out"


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __audit__ = False
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(80), default="")
    unit: Mapped[str | None] = mapped_column(String(16))  # whose change: own unit, or the remote owner
    source: Mapped[str] = mapped_column(String(10), default="local")
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(40))  # table name
    entity_uid: Mapped[str | None] = mapped_column(String(36), index=True)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200), default="")  # "Nguyễn Văn An"
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # {field: [before, after]}


def plain(value: Any) -> Any:
    """A JSON-safe form of a column value."""
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(bytes(value))} byte>"
    if isinstance(value, dict | list):
        return value
    return str(value)


def _audited(obj: object) -> bool:
    return getattr(type(obj), "__audit__", True) and isinstance(obj, Base)


def _own_label(obj: object) -> str:
    for name in LABEL_FIELDS:
        value = getattr(obj, name, None)
        if isinstance(value, str) and value:
            return value[:200]
    return ""


_MAPPERS: dict[str, Any] = {}


def _referenced(session: Session, obj: object, key: str, value: Any) -> object | None:
    """The row a foreign key points to, if this session already holds it (never a query mid-flush)."""
    if value is None:
        return None
    mapper = inspect(type(obj))
    for rel in mapper.relationships:  # a many-to-one already loaded or just set on the object
        if rel.direction is not MANYTOONE or rel.key not in vars(obj):
            continue  # collections (one-to-many) also list the primary key among their local columns
        if any(c.key == key for c in rel.local_columns):
            target = vars(obj)[rel.key]
            if target is not None and inspect(target).identity in (None, (value,)):
                return target  # type: ignore[no-any-return]
    column = mapper.columns.get(key)
    if column is None or not column.foreign_keys:
        return None
    if not _MAPPERS:
        _MAPPERS.update({m.local_table.name: m for m in Base.registry.mappers if isinstance(m.local_table, Table)})
    target_table = next(iter(column.foreign_keys)).column.table
    mapper = _MAPPERS.get(target_table.name) if isinstance(target_table, Table) else None
    if mapper is None:
        return None
    return session.identity_map.get(mapper.identity_key_from_primary_key([value]))


def _label(session: Session, obj: object) -> str:
    """The record's name, or the name of what it belongs to ("Nguyễn Văn An" for a qualification)."""
    own = _own_label(obj)
    if own:
        return own
    for attr in inspect(type(obj)).column_attrs:
        parent = _referenced(session, obj, attr.key, getattr(obj, attr.key, None))
        if parent is not None and (label := _own_label(parent)):
            return label
    return ""


def _columns(obj: object) -> list[str]:
    ignore = NOISE | set(getattr(type(obj), "__audit_ignore__", ()))
    return [a.key for a in inspect(type(obj)).column_attrs if a.key not in ignore]


def _value(session: Session, obj: object, key: str, value: Any) -> Any:
    """A column's value for the trail; a foreign key is recorded by the name of what it points to."""
    parent = _referenced(session, obj, key, value)
    if parent is not None and (label := _own_label(parent)):
        return label
    return plain(value)


def _diff(session: Session, obj: object) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for key in _columns(obj):
        hist = state.attrs[key].history
        if not hist.has_changes():
            continue
        before = hist.deleted[0] if hist.deleted else None
        after = hist.added[0] if hist.added else None
        if before is NO_VALUE:
            before = None
        if plain(before) == plain(after):
            continue
        changes[key] = [_value(session, obj, key, before), _value(session, obj, key, after)]
    return changes


def _snapshot(session: Session, obj: object, *, after: bool) -> dict[str, list[Any]]:
    values = {k: _value(session, obj, k, getattr(obj, k, None)) for k in _columns(obj)}
    return {k: ([None, v] if after else [v, None]) for k, v in values.items() if v not in (None, "", False)}


def _action_for_update(changes: dict[str, list[Any]]) -> Action:
    if "deleted" in changes:
        return Action.DELETE if changes["deleted"][1] else Action.UNDELETE
    if "status" in changes:
        return Action.STATUS
    return Action.UPDATE


class _Writer:
    """Collects the entries of one flush or one bulk statement, stamped alike."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.remote = bool(session.info.get(APPLYING_REMOTE))
        self.user = "" if self.remote else str(session.info.get(AUDIT_USER) or "")
        self.own_unit = session.info.get(UNIT_CODE)
        self.source = "sync" if self.remote else str(session.info.get(AUDIT_SOURCE) or "local")
        self.now = utcnow()
        self.rows: list[dict[str, Any]] = []

    def add(
        self,
        entity: str,
        action: Action,
        changes: dict[str, list[Any]],
        *,
        uid: str | None,
        ident: Any,
        owner: str | None,
        label: str,
    ) -> None:
        self.rows.append(
            {
                "at": self.now,
                "user": self.user,
                "unit": owner if self.remote else (self.own_unit or owner),
                "source": self.source,
                "action": action.value,
                "entity": entity,
                "entity_uid": uid,
                "entity_id": ident if isinstance(ident, int) else None,
                "label": label,
                "changes": changes,
            }
        )

    def write(self) -> None:
        if self.rows:
            self.session.connection().execute(insert(AuditEntry), self.rows)


@event.listens_for(Session, "after_flush")
def _record_changes(session: Session, flush_context: UOWTransaction) -> None:
    writer = _Writer(session)

    def add(obj: object, action: Action, changes: dict[str, list[Any]]) -> None:
        state = inspect(obj)
        ident = state.identity
        writer.add(
            state.mapper.local_table.name,
            action,
            changes,
            uid=getattr(obj, "uid", None),
            ident=ident[0] if ident else None,
            owner=getattr(obj, "owner_unit", None),
            label=_label(session, obj),
        )

    for obj in session.new:
        if _audited(obj):
            add(obj, Action.CREATE, _snapshot(session, obj, after=True))
    for obj in session.dirty:
        if not _audited(obj) or not session.is_modified(obj, include_collections=False):
            continue
        changes = _diff(session, obj)
        if changes:
            add(obj, _action_for_update(changes), changes)
    for obj in session.deleted:
        if _audited(obj):
            add(obj, Action.DELETE, _snapshot(session, obj, after=False))
    writer.write()


def record_bulk_created(
    session: Session, entity: str, created: Sequence[tuple[str | None, int | None, str | None, str]]
) -> None:
    """Entries for rows a service created with ``db.bulk.insert_rows`` (which the listeners do not see):
    one CREATE per (uid, id, owner unit, label), written as ``_Writer`` writes any entry and recorded by
    identity like any bulk insert below — the file the rows came from is the record of their content."""
    if not created:
        return
    writer = _Writer(session)
    entity = str(entity)  # a table's name is a str subclass, which the driver binds the slow way
    identity_only: dict[str, list[Any]] = {}  # one object for all: serialised once
    columns = ("at", "user", "unit", "source", "action", "entity", "entity_uid", "entity_id", "label", "changes")
    rows = [
        (
            writer.now,
            writer.user,
            owner if writer.remote else (writer.own_unit or owner),
            writer.source,
            Action.CREATE.value,
            entity,
            uid,
            ident,
            label[:200],
            identity_only,
        )
        for uid, ident, owner, label in created
    ]
    table = AuditEntry.__table__
    assert isinstance(table, Table)
    insert_rows(session, table, columns, rows)


# ------------------------------------------------------------------------------------- bulk statements
# ``session.execute(insert(Model), rows)``, ``update(Model).where(...)`` and ``delete(Model)`` skip the
# flush; they are caught here instead. For updates and deletes the affected rows are read before (and
# after) the statement, on the same connection and transaction, and compared column by column.

_CHUNK = 500


def _row_label(values: dict[str, Any]) -> str:
    for name in LABEL_FIELDS:
        value = values.get(name)
        if isinstance(value, str) and value:
            return value[:200]
    return ""


def _read(session: Session, table: Table, pk: Any, ids: list[Any]) -> dict[Any, dict[str, Any]]:
    out: dict[Any, dict[str, Any]] = {}
    conn = session.connection()
    for i in range(0, len(ids), _CHUNK):
        for row in conn.execute(select(table).where(pk.in_(ids[i : i + _CHUNK]))).mappings():
            out[row[pk.name]] = dict(row)
    return out


@event.listens_for(Session, "do_orm_execute")
def _record_bulk(state: ORMExecuteState) -> Result[Any] | None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    mapper = state.bind_mapper
    if mapper is None or not getattr(mapper.class_, "__audit__", True):
        return None
    table = mapper.local_table
    if not isinstance(table, Table) or len(table.primary_key.columns) != 1:
        return None
    pk = next(iter(table.primary_key.columns))
    ignore = NOISE | set(getattr(mapper.class_, "__audit_ignore__", ()))
    keys = [c.key for c in mapper.column_attrs if c.key not in ignore]
    session = state.session
    params = state.parameters
    items: list[Any] = params if isinstance(params, list) else ([params] if params else [])
    param_rows: list[dict[str, Any]] = [dict(p) for p in items]
    writer = _Writer(session)
    if state.is_insert:
        result = state.invoke_statement()
        # Rows created in bulk (imports, sync bundles, demo data) are recorded by identity only: the file
        # they came from is the record of their content, and copying every value here would triple the
        # size of a province's database.
        for values in param_rows:
            writer.add(
                table.name,
                Action.CREATE,
                {},
                uid=values.get("uid"),
                ident=values.get(pk.key),
                owner=values.get("owner_unit"),
                label=_row_label(values),
            )
        writer.write()
        return result
    where = getattr(state.statement, "whereclause", None)
    if param_rows and all(pk.key in p for p in param_rows):
        ids = [p[pk.key] for p in param_rows]
    else:
        query = select(pk) if where is None else select(pk).where(where)
        ids = list(session.connection().execute(query).scalars())
    before = _read(session, table, pk, ids)
    result = state.invoke_statement()
    after = {} if state.is_delete else _read(session, table, pk, ids)
    for ident, old in before.items():
        new = after.get(ident)
        if state.is_delete or new is None:
            changes = {k: [plain(old.get(k)), None] for k in keys if old.get(k) not in (None, "", False)}
            action = Action.DELETE
        else:
            changes = {
                k: [plain(old.get(k)), plain(new.get(k))] for k in keys if plain(old.get(k)) != plain(new.get(k))
            }
            if not changes:
                continue
            action = _action_for_update(changes)
        values = new or old
        writer.add(
            table.name,
            action,
            changes,
            uid=values.get("uid"),
            ident=ident,
            owner=values.get("owner_unit"),
            label=_row_label(values),
        )
    writer.write()
    return result
