"""An open database together with the unit it belongs to: what the GUI and the CLI work on."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.backup import automatic_backup, restore_from
from app.organisation import UnitInfo, init_unit, own_unit
from app.paths import default_db_path
from app.security.permissions import CURRENT_ACTOR, Actor, Permission, local_actor, require_actor
from db.audit import AUDIT_USER
from db.database import Database, open_database
from db.enums import UnitKind


@dataclass
class Workspace:
    db: Database
    unit: UnitInfo | None
    actor: Actor = field(default_factory=local_actor)

    @property
    def path(self) -> Path:
        return self.db.path

    def reload_unit(self) -> UnitInfo | None:
        with self.db.reading() as session:
            self.unit = own_unit(session)
        self.db.set_unit_code(self.unit.code if self.unit else None)
        return self.unit

    def init_unit(
        self,
        *,
        kind: UnitKind,
        code: str,
        name: str,
        province_code: str | None = None,
        province_name: str | None = None,
    ) -> UnitInfo:
        """Declare the install's unit in one transaction (first-start dialog, ``boiduong init``)."""
        with self.db.transaction() as session:
            unit = init_unit(
                session, kind=kind, code=code, name=name, province_code=province_code, province_name=province_name
            )
        self.reload_unit()
        return unit

    def set_actor(self, actor: Actor) -> None:
        """Every later session acts as ``actor``: permission checks and the audit trail's "who"."""
        self.actor = actor
        self.db.set_info(CURRENT_ACTOR, actor)
        self.db.set_info(AUDIT_USER, actor.username)

    def restore(self, backup_file: Path) -> Path | None:
        """Replace the data by a backup (checked first; the current content is kept as a backup) and go
        on with the restored data, upgraded if it is older. Returns the safety copy."""
        require_actor(self.actor, Permission.RESTORE_BACKUP)
        self.db.engine.dispose()  # no connection of ours may hold the file while it is replaced
        safety = restore_from(backup_file, self.path)
        self.db.take_over(open_database(self.path, backup=automatic_backup, create=False))
        self.reload_unit()
        return safety

    def close(self) -> None:
        self.db.dispose()


def open_workspace(path: Path | None = None, *, create: bool = True) -> Workspace:
    """Open the database (default: the one in the user data dir), backing it up before a migration."""
    db = open_database(path or default_db_path(), backup=automatic_backup, create=create)
    ws = Workspace(db=db, unit=None)
    ws.set_actor(local_actor())
    ws.reload_unit()
    return ws
