"""The kinds of rows that travel in bundles, declared once each (see ``app/sync/catalogue.py``).

A ``Kind`` names a SyncedMixin model, which side may own its rows (commune, province or both) and, when
needed, the columns computed where a row lands (``local``) with a ``prepare`` hook that fills them. The
rest is read from the model: every other column travels under its own name, typed by its SQLAlchemy
type (and by its StrEnum annotation, so an unknown code is refused), and every foreign key to another
synced table travels as the referenced row's uid (``staff_id`` → ``staff_uid``). Integer ids never
leave the database."""

from __future__ import annotations

import base64
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, LargeBinary, String, Table, Text
from sqlalchemy.sql.elements import ColumnElement

from app.sync.canonical import (
    CanonicalError,
    date_from_wire,
    date_to_wire,
    datetime_from_wire,
    datetime_to_wire,
    dumps,
)
from db.sync_meta import SyncedMixin

META_COLUMNS = ("id", "uid", "owner_unit", "revision", "updated_at", "deleted", "change_seq")
MAX_INT = 2**63 - 1
MAX_TEXT = 100_000


class Side(StrEnum):
    COMMUNE = "commune"  # xã, phường, đặc khu
    PROVINCE = "province"


COMMUNE = frozenset({Side.COMMUNE})
PROVINCE = frozenset({Side.PROVINCE})
EITHER = frozenset({Side.COMMUNE, Side.PROVINCE})

Prepare = Callable[[dict[str, Any]], None]
Audience = Callable[[Table, str], ColumnElement[bool]]
Upgrade = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Kind:
    """One kind of synced row. ``name`` is its name in bundles (``data/<name>.jsonl``), never changed.

    - ``sides``: who may own (and so send) its rows: ``COMMUNE``, ``PROVINCE`` or ``EITHER``.
    - ``local``: columns computed on arrival (search keys…), filled by ``prepare(values)``.
    - ``audience(table, destination_code)``: an extra filter on the rows sent to one destination (the
      default already keeps back rows that reference a third unit's rows).
    - ``version`` and ``upgrades``: raise the version when the carried fields change, and give
      ``upgrades[old] = fn(content) -> content`` so a bundle from an older app is still read.
    - ``label``: Vietnamese name for previews; ``describe(content)``: how a person recognises one row.
    """

    name: str
    model: type[Any]
    sides: frozenset[Side]
    label: str
    local: tuple[str, ...] = ()
    prepare: Prepare | None = None
    audience: Audience | None = None
    version: int = 1
    upgrades: Mapping[int, Upgrade] = field(default_factory=dict)
    describe: Callable[[Mapping[str, Any]], str] | None = None


# ---------------------------------------------------------------------------------------------- codecs
class Codec:
    """Converts one column's value to its JSON form and back, refusing anything out of shape."""

    def to_wire(self, value: Any) -> Any:
        return value

    def from_wire(self, value: Any) -> Any:  # pragma: no cover - every codec overrides it
        raise NotImplementedError


class _Str(Codec):
    def __init__(self, max_len: int, enum: type[StrEnum] | None) -> None:
        self.max_len, self.enum = max_len, enum
        self.allowed = {e.value for e in enum} if enum else None

    def to_wire(self, value: Any) -> Any:
        return str(value)

    def from_wire(self, value: Any) -> Any:
        if not isinstance(value, str):
            raise CanonicalError("phải là chuỗi")
        if len(value) > self.max_len:
            raise CanonicalError(f"dài quá {self.max_len} ký tự")
        if self.allowed is not None and value not in self.allowed:
            raise CanonicalError(f"mã “{value[:30]}” không có trong danh mục của phiên bản này")
        return value


class _Int(Codec):
    def from_wire(self, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > MAX_INT:
            raise CanonicalError("phải là số nguyên")
        return value


class _Float(Codec):
    def to_wire(self, value: Any) -> Any:
        return float(value)

    def from_wire(self, value: Any) -> Any:
        if not isinstance(value, float):
            raise CanonicalError("phải là số thực")
        return value


class _Bool(Codec):
    def to_wire(self, value: Any) -> Any:
        return bool(value)

    def from_wire(self, value: Any) -> Any:
        if not isinstance(value, bool):
            raise CanonicalError("phải là true/false")
        return value


class _Date(Codec):
    def to_wire(self, value: Any) -> Any:
        assert isinstance(value, date)
        return date_to_wire(value)

    def from_wire(self, value: Any) -> Any:
        return date_from_wire(value)


class _DateTime(Codec):
    def to_wire(self, value: Any) -> Any:
        assert isinstance(value, datetime)
        return datetime_to_wire(value)

    def from_wire(self, value: Any) -> Any:
        return datetime_from_wire(value)


class _Json(Codec):
    def from_wire(self, value: Any) -> Any:
        if len(dumps(value)) > MAX_TEXT:
            raise CanonicalError("giá trị quá lớn")
        return value


class _Bytes(Codec):
    def to_wire(self, value: Any) -> Any:
        return base64.b64encode(bytes(value)).decode("ascii")

    def from_wire(self, value: Any) -> Any:
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            raise CanonicalError("phải là base64")
        try:
            return base64.b64decode(value, validate=True)
        except ValueError as exc:
            raise CanonicalError("phải là base64") from exc


def _enum_of(hint: Any) -> type[StrEnum] | None:
    for arg in typing.get_args(hint) or (hint,):
        if isinstance(arg, type) and issubclass(arg, StrEnum):
            return arg
        inner = _enum_of(arg) if typing.get_args(arg) else None
        if inner is not None:
            return inner
    return None


def _codec_for(column: Any, enum: type[StrEnum] | None) -> Codec:
    kind = column.type
    if isinstance(kind, Boolean):
        return _Bool()
    if isinstance(kind, Integer):
        return _Int()
    if isinstance(kind, Float):
        return _Float()
    if isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime):
        return _DateTime()
    if isinstance(kind, Date):
        return _Date()
    if isinstance(kind, JSON):
        return _Json()
    if isinstance(kind, LargeBinary):
        return _Bytes()
    if isinstance(kind, String | Text):
        length = getattr(kind, "length", None)
        # lengths are not enforced by SQLite, so a generous cap: refuse abuse, never a real record
        return _Str(max(4 * length, 1000) if length else MAX_TEXT, enum)
    raise TypeError(f"column {column.name}: no sync codec for type {kind!r}")


# ---------------------------------------------------------------------------------------------- schema
@dataclass(frozen=True)
class FieldSpec:
    column: str
    codec: Codec
    nullable: bool


@dataclass(frozen=True)
class RefSpec:
    column: str  # local integer FK column, e.g. "staff_id"
    wire: str  # "staff_uid"
    target: str  # kind name of the referenced rows
    nullable: bool
    # a reference to a row of the same kind (a decision replacing another): written once the kind's
    # rows are in, since the row it points to may come in the same file
    to_self: bool = False


@dataclass(frozen=True, eq=False)
class KindSchema:
    """A kind with what the registry worked out from its model."""

    kind: Kind
    table: Table
    fields: tuple[FieldSpec, ...]
    refs: tuple[RefSpec, ...]

    @property
    def name(self) -> str:
        return self.kind.name

    @cached_property
    def wire_keys(self) -> frozenset[str]:
        return frozenset([f.column for f in self.fields] + [r.wire for r in self.refs])

    @cached_property
    def _readers(self) -> tuple[tuple[str, Callable[[Any], Any], bool], ...]:
        return tuple((f.column, f.codec.from_wire, f.nullable) for f in self.fields)

    def content(self, row: Mapping[str, Any], ref_uids: Mapping[str, str | None]) -> dict[str, Any]:
        """The carried content of one row (what its hash covers), from column values and ref uids."""
        out: dict[str, Any] = {}
        for f in self.fields:
            value = row[f.column]
            out[f.column] = None if value is None else f.codec.to_wire(value)
        for r in self.refs:
            out[r.wire] = ref_uids.get(r.wire)
        return out

    def parse(self, content: Any) -> tuple[dict[str, Any], dict[str, str | None]]:
        """Column values and referenced uids from a record's content, checking every field."""
        if not isinstance(content, dict):
            raise CanonicalError("nội dung bản ghi phải là một đối tượng")
        keys = set(content)
        if keys != self.wire_keys:
            unknown, missing = sorted(keys - self.wire_keys), sorted(self.wire_keys - keys)
            parts = []
            if unknown:
                parts.append("trường không xác định: " + ", ".join(k[:40] for k in unknown[:5]))
            if missing:
                parts.append("thiếu trường: " + ", ".join(missing[:5]))
            raise CanonicalError("; ".join(parts))
        values: dict[str, Any] = {}
        for column, from_wire, nullable in self._readers:
            raw = content[column]
            if raw is None:
                if not nullable:
                    raise CanonicalError(f"trường {column} không được để trống")
                values[column] = None
                continue
            try:
                values[column] = from_wire(raw)
            except CanonicalError as exc:
                raise CanonicalError(f"trường {column}: {exc}") from exc
        refs: dict[str, str | None] = {}
        for r in self.refs:
            raw = content[r.wire]
            if raw is None:
                if not r.nullable:
                    raise CanonicalError(f"trường {r.wire} không được để trống")
            elif not isinstance(raw, str) or not 1 <= len(raw) <= 36:
                raise CanonicalError(f"trường {r.wire}: mã tham chiếu không hợp lệ")
            refs[r.wire] = raw
        return values, refs

    def describe(self, content: Mapping[str, Any]) -> str:
        if self.kind.describe is not None:
            return self.kind.describe(content)
        for key in ("full_name", "name", "code"):
            if isinstance(content.get(key), str):
                return str(content[key])
        return ""


class Registry:
    """The kinds in dependency order (a row's references are applied before it)."""

    def __init__(self, kinds: Iterable[Kind]) -> None:
        kinds = list(kinds)
        by_table = {k.model.__table__.name: k for k in kinds}
        names = [k.name for k in kinds]
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate sync kind names: {names}")
        schemas = {k.name: self._schema(k, by_table) for k in kinds}
        self.schemas: dict[str, KindSchema] = {}
        pending = dict(schemas)
        while pending:  # topological order: each time the first declared kind whose references are in
            ready = next(
                (s for s in pending.values() if all(r.to_self or r.target in self.schemas for r in s.refs)), None
            )
            if ready is None:
                raise ValueError(f"sync kinds reference each other in a cycle: {sorted(pending)}")
            self.schemas[ready.name] = pending.pop(ready.name)

    @staticmethod
    def _schema(kind: Kind, by_table: Mapping[str, Kind]) -> KindSchema:
        if not (isinstance(kind.model, type) and issubclass(kind.model, SyncedMixin)):
            raise TypeError(f"sync kind {kind.name}: {kind.model!r} does not use SyncedMixin")
        if not kind.name.isidentifier() or not kind.name.islower() or len(kind.name) > 40:
            raise ValueError(f"sync kind name {kind.name!r}: lower-case letters, digits and _ only")
        table: Table = kind.model.__table__  # type: ignore[attr-defined]
        try:
            hints = typing.get_type_hints(kind.model)
        except Exception:  # pragma: no cover - unresolvable annotations: no enum checks
            hints = {}
        fields: list[FieldSpec] = []
        refs: list[RefSpec] = []
        for column in table.columns:
            name = column.key
            if name in META_COLUMNS or name in kind.local:
                continue
            if column.foreign_keys:
                (fk,) = column.foreign_keys
                target = by_table.get(fk.column.table.name)
                if target is None:
                    raise ValueError(
                        f"sync kind {kind.name}: column {name} references {fk.column.table.name}, which is not a "
                        "sync kind; declare it, or list the column in local= and fill it in prepare="
                    )
                to_self = target.name == kind.name
                if to_self and not column.nullable:
                    raise ValueError(f"sync kind {kind.name}: a reference to its own kind ({name}) must be nullable")
                wire = name[:-3] + "_uid" if name.endswith("_id") else name + "_uid"
                refs.append(RefSpec(name, wire, target.name, bool(column.nullable), to_self))
                continue
            fields.append(FieldSpec(name, _codec_for(column, _enum_of(hints.get(name))), bool(column.nullable)))
        for name in kind.local:
            local = table.columns.get(name)
            if local is None:
                raise ValueError(f"sync kind {kind.name}: local column {name} does not exist")
            if kind.prepare is None and not local.nullable and local.default is None:
                raise ValueError(f"sync kind {kind.name}: local column {name} needs prepare= to be filled")
        for old in kind.upgrades:
            if not 1 <= old < kind.version:
                raise ValueError(f"sync kind {kind.name}: upgrade from {old} is not below version {kind.version}")
        return KindSchema(kind, table, tuple(sorted(fields, key=lambda f: f.column)), tuple(refs))

    # ------------------------------------------------------------------------------------- queries
    def __iter__(self) -> typing.Iterator[KindSchema]:
        return iter(self.schemas.values())

    def __contains__(self, name: object) -> bool:
        return name in self.schemas

    def get(self, name: str) -> KindSchema:
        return self.schemas[name]

    def owned_by(self, side: Side) -> list[KindSchema]:
        return [s for s in self.schemas.values() if side in s.kind.sides]

    def versions(self, side: Side | None = None) -> dict[str, int]:
        return {s.name: s.kind.version for s in self.schemas.values() if side is None or side in s.kind.sides}

    def with_kinds(self, *extra: Kind) -> Registry:
        """A registry with more kinds (tests; a kind being developed)."""
        return Registry([s.kind for s in self.schemas.values()] + list(extra))

    def upgrade(self, name: str, version: int, content: dict[str, Any]) -> dict[str, Any]:
        """Bring a record's content written at ``version`` up to this app's version of the kind."""
        kind = self.schemas[name].kind
        while version < kind.version:
            step = kind.upgrades.get(version)
            if step is None:
                raise CanonicalError(f"không đọc được dữ liệu “{name}” phiên bản {version}")
            content = step(content)
            version += 1
        return content
