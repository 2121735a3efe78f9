"""What the Sync page and ``units list`` show: each commune's last bundle and freshness (province), what
the province holds of this commune's data (commune), the bundle log and the open conflicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.dates import format_date
from app.errors import NotFound, UserError
from app.organisation import COMMUNE_KINDS, UnitInfo, own_unit
from app.security.permissions import Permission, require
from app.sync.archive import archive_dir, receipts
from app.sync.canonical import datetime_from_wire
from app.sync.catalogue import REGISTRY
from app.sync.keys import key_history, own_keys, trusted_key
from app.sync.kinds import Registry, Side
from app.sync.state import current_seq, get_link, kinds_new_to
from app.sync.wire import Incoming, WireRecord
from app.text import collation_key
from db.base import utcnow
from db.enums import UnitKind
from db.models import Nomination, Qualification, Staff, SyncBundleLog, SyncConflict, SyncLink, Unit

FRESH_DAYS = 31
OLD_DAYS = 92


def local_day(value: datetime | None) -> date | None:
    return value.astimezone().date() if value else None


def freshness(last: datetime | None, today: date) -> tuple[str, int | None]:
    """("fresh" | "old" | "stale" | "never", days since the last bundle's date)."""
    if last is None:
        return "never", None
    days = (today - (local_day(last) or today)).days
    if days <= FRESH_DAYS:
        return "fresh", days
    if days <= OLD_DAYS:
        return "old", days
    return "stale", days


FRESHNESS_LABELS = {
    "fresh": "Mới",
    "old": "Cũ (quá 1 tháng)",
    "stale": "Quá hạn (quá 3 tháng)",
    "never": "Chưa nhận tệp nào",
}


@dataclass(frozen=True)
class CommuneStatus:
    code: str
    name: str
    kind: UnitKind
    last_bundle_at: datetime | None
    last_import_at: datetime | None
    freshness: str
    days: int | None
    people: int
    qualifications: int
    applied_seq: int
    key_fingerprint: str | None
    open_conflicts: int
    gap: str | None
    acked_seq: int
    last_sent_at: datetime | None
    nominations: int = 0  # sent to training, not withdrawn (what the province reports on)

    @property
    def freshness_label(self) -> str:
        return FRESHNESS_LABELS[self.freshness]

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind.value,
            "last_bundle_at": self.last_bundle_at.isoformat() if self.last_bundle_at else None,
            "last_bundle_date": format_date(local_day(self.last_bundle_at)),
            "last_import_at": self.last_import_at.isoformat() if self.last_import_at else None,
            "freshness": self.freshness,
            "days_since_bundle": self.days,
            "people": self.people,
            "qualifications": self.qualifications,
            "nominations": self.nominations,
            "applied_seq": self.applied_seq,
            "key_fingerprint": self.key_fingerprint,
            "open_conflicts": self.open_conflicts,
            "gap": self.gap,
            "sent_acknowledged_seq": self.acked_seq,
            "last_sent_at": self.last_sent_at.isoformat() if self.last_sent_at else None,
        }


def commune_statuses(session: Session, today: date | None = None) -> list[CommuneStatus]:
    """Province: every registered commune with its last bundle, freshness and counts."""
    today = today or date.today()
    me = own_unit(session)
    units = [
        u
        for u in session.scalars(select(Unit))
        if UnitKind(u.kind) in COMMUNE_KINDS and (me is None or u.code != me.code)
    ]
    people = dict(
        session.execute(
            select(Staff.owner_unit, func.count())
            .where(Staff.deleted.is_(False), Staff.status.in_(("working", "on_leave")))
            .group_by(Staff.owner_unit)
        ).all()
    )
    quals = dict(
        session.execute(
            select(Qualification.owner_unit, func.count())
            .where(Qualification.deleted.is_(False))
            .group_by(Qualification.owner_unit)
        ).all()
    )
    nominations = dict(
        session.execute(
            select(Nomination.owner_unit, func.count())
            .where(Nomination.deleted.is_(False), Nomination.status != "withdrawn")
            .group_by(Nomination.owner_unit)
        ).all()
    )
    conflicts = dict(
        session.execute(
            select(SyncConflict.origin_unit, func.count())
            .where(SyncConflict.status == "open")
            .group_by(SyncConflict.origin_unit)
        ).all()
    )
    links = {link.unit_code: link for link in session.scalars(select(SyncLink))}
    out = []
    for u in sorted(units, key=lambda u: collation_key(u.name)):
        link = links.get(u.code)
        fresh, days = freshness(link.last_bundle_at if link else None, today)
        key = trusted_key(session, u.code)
        out.append(
            CommuneStatus(
                code=u.code,
                name=u.name,
                kind=UnitKind(u.kind),
                last_bundle_at=link.last_bundle_at if link else None,
                last_import_at=link.last_import_at if link else None,
                freshness=fresh,
                days=days,
                people=int(people.get(u.code, 0)),
                qualifications=int(quals.get(u.code, 0)),
                applied_seq=link.applied_seq if link else 0,
                key_fingerprint=key.fingerprint if key else None,
                open_conflicts=int(conflicts.get(u.code, 0)),
                gap=link.gap if link else None,
                acked_seq=link.acked_seq if link else 0,
                last_sent_at=link.last_sent_at if link else None,
                nominations=int(nominations.get(u.code, 0)),
            )
        )
    return out


@dataclass(frozen=True)
class ProvinceLink:
    """Commune: where its exchange with the province stands."""

    province_code: str
    province_name: str
    province_fingerprint: str | None
    own_fingerprint: str | None
    acked_seq: int
    acked_through: datetime | None
    pending_changes: int
    current_seq: int
    last_sent_at: datetime | None
    last_received_at: datetime | None
    last_import_at: datetime | None

    @property
    def acknowledged_text(self) -> str:
        if self.acked_through is None:
            return f"{self.province_name} chưa xác nhận đã nhận dữ liệu của đơn vị."
        day = format_date(local_day(self.acked_through))
        return f"{self.province_name} đã có dữ liệu của đơn vị đến ngày {day}."


def pending_rows(session: Session, unit_code: str, since: int, side: Side, registry: Registry = REGISTRY) -> int:
    total = 0
    for kind in registry.owned_by(side):
        t = kind.table
        total += int(
            session.scalar(
                select(func.count()).select_from(t).where(t.c.owner_unit == unit_code, t.c.change_seq > since)
            )
            or 0
        )
    return total


def province_link(session: Session, me: UnitInfo) -> ProvinceLink:
    if me.kind not in COMMUNE_KINDS or not me.parent_code:
        raise UserError("Chỉ đơn vị cấp xã mới gửi dữ liệu lên tỉnh.")
    link = get_link(session, me.parent_code)
    key = trusted_key(session, me.parent_code)
    mine = own_keys(session)
    acked = link.acked_seq if link else 0
    own_kinds = [k.name for k in REGISTRY.owned_by(Side.COMMUNE)]
    since = 0 if kinds_new_to(session, me.parent_code, acked, own_kinds) else acked  # the next bundle goes whole
    return ProvinceLink(
        province_code=me.parent_code,
        province_name=me.parent_name or f"Tỉnh {me.parent_code}",
        province_fingerprint=key.fingerprint if key else None,
        own_fingerprint=mine.public.fingerprint if mine else None,
        acked_seq=acked,
        acked_through=link.acked_through if link else None,
        pending_changes=pending_rows(session, me.code, since, Side.COMMUNE),
        current_seq=current_seq(session),
        last_sent_at=link.last_sent_at if link else None,
        last_received_at=link.last_bundle_at if link else None,
        last_import_at=link.last_import_at if link else None,
    )


# --------------------------------------------------------------------------------------------- log
def unit_label(code: str, name: str) -> str:
    """A unit as the app shows it: "Xã Hà Bắc (11311)"; the code alone when its name is unknown."""
    if not code:
        return name
    return f"{name} ({code})" if name and name != code else code


def unit_names(session: Session) -> dict[str, str]:
    """code → name of every unit this install knows (itself, its province or communes)."""
    return dict(session.execute(select(Unit.code, Unit.name)).all())


@dataclass(frozen=True)
class LogEntry:
    at: datetime
    direction: str  # in | out
    file_hash: str
    unit_code: str  # source (in) or destination (out)
    result: str  # sent | applied | already | refused | needs_key | preview
    file_name: str
    message: str
    counts: dict[str, Any] = field(default_factory=dict)
    bundle_created_at: datetime | None = None
    unit_name: str = ""  # the unit's name when this install knows it

    @property
    def unit_label(self) -> str:
        """ "Thành phố Hải Phòng (31)", or the bare code of a unit this install does not know."""
        return unit_label(self.unit_code, self.unit_name)

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "direction": self.direction,
            "hash": self.file_hash,
            "unit": self.unit_code,
            "unit_name": self.unit_name,
            "result": self.result,
            "file": self.file_name,
            "message": self.message,
            "counts": self.counts,
            "bundle_created_at": self.bundle_created_at.isoformat() if self.bundle_created_at else None,
        }


def bundle_log(session: Session, folder: Path | None = None, limit: int = 1000) -> list[LogEntry]:
    """Bundles sent and applied (database) and every other received file (archive), newest first."""
    entries: list[LogEntry] = []
    names = unit_names(session)
    for row in session.scalars(select(SyncBundleLog).order_by(SyncBundleLog.id.desc()).limit(limit)):
        entries.append(
            LogEntry(
                at=row.logged_at,
                direction=row.direction,
                file_hash=row.file_hash,
                unit_code=row.origin_unit if row.direction == "in" else row.destination_unit,
                result=row.result,
                file_name=row.file_name,
                message=row.message,
                counts=row.counts or {},
                bundle_created_at=row.created_at,
                unit_name=names.get((row.origin_unit if row.direction == "in" else row.destination_unit) or "", ""),
            )
        )
    applied = {(e.file_hash) for e in entries if e.direction == "in"}
    for item in receipts(folder or archive_dir(session), limit):
        status = str(item.get("status", ""))
        if status == "applied" and item.get("hash") in applied:
            continue  # already listed from the database
        try:
            at = datetime.fromisoformat(str(item["at"]))
            created = datetime_from_wire(item["created_at"]) if item.get("created_at") else None
        except (KeyError, ValueError):
            continue
        entries.append(
            LogEntry(
                at=at,
                direction="in",
                file_hash=str(item.get("hash", "")),
                unit_code=str(item.get("origin") or ""),
                result=status,
                file_name=str(item.get("file", "")),
                message=str(item.get("message", "")),
                counts=item.get("counts") or {},
                bundle_created_at=created,
                unit_name=names.get(str(item.get("origin") or ""), ""),
            )
        )
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]


# --------------------------------------------------------------------------------------- conflicts
@dataclass(frozen=True)
class ConflictInfo:
    id: int
    kind: str
    kind_label: str
    uid: str
    origin_unit: str
    reason: str
    what: str
    local_revision: int
    incoming_revision: int
    local: dict[str, Any]
    incoming: dict[str, Any]
    detected_at: datetime
    status: str
    origin_name: str = ""  # the unit's name when this install knows it

    @property
    def origin_label(self) -> str:
        """ "Xã Hà Bắc (11311)", or the bare code of a unit this install does not know."""
        return unit_label(self.origin_unit, self.origin_name)

    @property
    def reason_label(self) -> str:
        return "Sửa và xóa cùng lúc" if self.reason == "edit_vs_delete" else "Cùng phiên bản, nội dung khác"

    def differences(self) -> list[tuple[str, Any, Any]]:
        """(field, here, incoming) for every field that differs."""
        here, there = self.local.get("data", {}), self.incoming.get("data", {})
        out = [(k, here.get(k), there.get(k)) for k in sorted(set(here) | set(there)) if here.get(k) != there.get(k)]
        if self.local.get("deleted") != self.incoming.get("deleted"):
            out.append(("(đã xóa)", self.local.get("deleted"), self.incoming.get("deleted")))
        return out

    def readable_differences(self) -> list[tuple[str, str, str]]:
        """The differences as a person reads them: the field's Vietnamese name ("Địa điểm", not "venue"),
        dates dd/mm/yyyy, codes by their labels ("Đã kết thúc", not "finished")."""
        from app.audit import field_label, value_text  # the audit trail's labels (app.audit imports much)

        out = []
        for name, here, there in self.differences():
            if name == "(đã xóa)":
                out.append(("Đã xóa", "có" if here else "không", "có" if there else "không"))
                continue
            field = name[: -len("_uid")] + "_id" if name.endswith("_uid") else name
            label = field_label(field, self.kind)
            out.append(
                (
                    name if label == field else label,
                    value_text(name, here, mask=False, entity=self.kind),
                    value_text(name, there, mask=False, entity=self.kind),
                )
            )
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "uid": self.uid,
            "origin": self.origin_unit,
            "origin_name": self.origin_name,
            "reason": self.reason,
            "what": self.what,
            "local_revision": self.local_revision,
            "incoming_revision": self.incoming_revision,
            "differences": [{"field": f, "here": a, "incoming": b} for f, a, b in self.differences()],
            "status": self.status,
            "detected_at": self.detected_at.isoformat(),
        }


def conflicts(session: Session, *, include_resolved: bool = False, registry: Registry = REGISTRY) -> list[ConflictInfo]:
    query = select(SyncConflict).order_by(SyncConflict.id)
    if not include_resolved:
        query = query.where(SyncConflict.status == "open")
    out = []
    names = unit_names(session)
    for c in session.scalars(query):
        schema = registry.schemas.get(c.kind)
        label = schema.kind.label if schema else c.kind
        what = schema.describe(c.incoming_record.get("data", {})) if schema else ""
        out.append(
            ConflictInfo(
                c.id,
                c.kind,
                label,
                c.uid,
                c.origin_unit,
                c.reason,
                what,
                c.local_revision,
                c.incoming_revision,
                c.local_record,
                c.incoming_record,
                c.detected_at,
                c.status,
                names.get(c.origin_unit, ""),
            )
        )
    return out


def resolve_conflict(
    session: Session, conflict_id: int, *, take_incoming: bool, by: str = "", registry: Registry = REGISTRY
) -> None:
    """A person's decision: keep the row as it is here, or take the version the owner sent."""
    from app.sync.merge import write_record

    require(session, Permission.EXCHANGE_BUNDLES)
    row = session.get(SyncConflict, conflict_id)
    if row is None or row.status != "open":
        raise NotFound(f"Không có xung đột đang chờ xử lý số {conflict_id}.")
    if take_incoming:
        if row.kind not in registry:
            raise UserError(f"Phiên bản này không biết loại dữ liệu “{row.kind}”.")
        schema = registry.get(row.kind)
        rec = row.incoming_record
        record = WireRecord(
            rec["uid"],
            rec["owner"],
            rec["rev"],
            rec["seq"],
            rec["deleted"],
            datetime_from_wire(rec["updated"]),
            rec["h"],
            rec["data"],
        )
        values, refs = schema.parse(record.data)
        write_record(session, schema, Incoming(record, values, refs))
    row.status = "taken" if take_incoming else "kept"
    row.resolved_at, row.resolved_by = utcnow(), by
    session.flush()


def key_rows(session: Session, unit_codes: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    """(fingerprint, status, how) of every key known per unit."""
    return {code: [(k.keys.fingerprint, k.status, k.how) for k in key_history(session, code)] for code in unit_codes}
