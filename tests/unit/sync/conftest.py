"""Sync fixtures: a province and two communes that already know each other's keys, built once per run
from templates (copies are cheap), plus helpers to move bundles between them."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.courses.demo import finish_classes, planned_statuses, province_catalogue
from app.demo import generate_demo
from app.organisation import ensure_unit
from app.results.demo import past_catalogue
from app.sync.demo import demo_province_keys
from app.sync.export import ExportResult, export_bundle
from app.sync.importer import Outcome, import_files
from app.sync.keys import own_keys, store_own_keys, trust_key
from app.workspace import Workspace, open_workspace
from db.enums import UnitKind
from tests.conftest import TODAY

PROVINCE = "31"
COMMUNE_A = "11311"  # the demo commune (60 people)
COMMUNE_B = "11312"


def file_state(path: Path) -> tuple[bytes, bytes]:
    """The database file and its WAL, byte for byte (the shared-memory index is not data)."""
    wal = Path(str(path) + "-wal")
    return path.read_bytes(), wal.read_bytes() if wal.exists() else b""


def digest_state(path: Path) -> str:
    db, wal = file_state(path)
    return hashlib.sha256(db + b"|" + wal).hexdigest()


@pytest.fixture(scope="session")
def sync_templates(
    tmp_path_factory: pytest.TempPathFactory, template_db: Path, template_commune: Path
) -> dict[str, Path]:
    """province 31 (demo keys, the demo catalogue of courses and classes) with communes 11311 and 11312
    registered and trusted; commune A = the demo commune (trusts the province, holds its catalogue);
    commune B set up by hand, then demo data (its courses are its own: it never received the catalogue)."""
    folder = tmp_path_factory.mktemp("sync-templates")
    paths = {"P": folder / "province.sqlite", "A": folder / "a.sqlite", "B": folder / "b.sqlite"}
    shutil.copy(template_db, paths["P"])
    shutil.copy(template_commune, paths["A"])
    shutil.copy(template_db, paths["B"])
    province = open_workspace(paths["P"])
    province.init_unit(kind=UnitKind.PROVINCE, code=PROVINCE, name="Thành phố Hải Phòng")
    b = open_workspace(paths["B"])
    b.init_unit(kind=UnitKind.COMMUNE, code=COMMUNE_B, name="Xã Hà Nam", province_code=PROVINCE)
    generate_demo(b.db, size="commune", seed=11, today=TODAY)
    a = open_workspace(paths["A"])
    with province.db.transaction() as s:
        store_own_keys(s, demo_province_keys())
        # the demo province's catalogue: the one the demo commune A holds a copy of (same uids)
        finish_classes(s, planned_statuses(TODAY, province_catalogue(s, TODAY, PROVINCE)))
        past_catalogue(s, TODAY, PROVINCE)  # and its classes of past years (the commune sent people to them)
        ensure_unit(s, COMMUNE_A, "Xã Hà Bắc", UnitKind.COMMUNE, PROVINCE)
        ensure_unit(s, COMMUNE_B, "Xã Hà Nam", UnitKind.COMMUNE, PROVINCE)
    for commune in (a, b):
        with commune.db.reading() as s:
            keys = own_keys(s)
        assert keys is not None
        with province.db.transaction() as s:
            trust_key(s, commune.unit.code if commune.unit else "", keys.public, how="test")
        with commune.db.transaction() as s:
            trust_key(s, PROVINCE, demo_province_keys().public, how="test")
    for ws in (province, a, b):
        ws.close()
    return paths


@dataclass
class SyncWorld:
    """Fresh copies of the templates for one test."""

    folder: Path
    province: Workspace
    a: Workspace
    b: Workspace

    def ws(self, name: str) -> Workspace:
        return {"P": self.province, "A": self.a, "B": self.b}[name]

    def export(self, source: str, *, to: str | None = None, full: bool = False, name: str | None = None) -> Path:
        out = self.folder / (name or f"{source}-{len(list(self.folder.glob('*.bdsync')))}.bdsync")
        export_bundle(self.ws(source).db, out, to=to, full=full)
        return out

    def export_result(self, source: str, *, to: str | None = None, full: bool = False) -> ExportResult:
        out = self.folder / f"{source}-{len(list(self.folder.glob('*.bdsync')))}.bdsync"
        return export_bundle(self.ws(source).db, out, to=to, full=full)

    def receive(self, target: str, *files: Path, dry_run: bool = False, accept: bool = False) -> list[Outcome]:
        return import_files(self.ws(target).db, list(files), dry_run=dry_run, accept_new_key=accept)

    def close(self) -> None:
        for ws in (self.province, self.a, self.b):
            ws.close()


@pytest.fixture
def world(tmp_path: Path, sync_templates: dict[str, Path]) -> Iterator[SyncWorld]:
    copies = {}
    for key, src in sync_templates.items():
        copies[key] = tmp_path / src.name
        shutil.copy(src, copies[key])
    w = SyncWorld(tmp_path, open_workspace(copies["P"]), open_workspace(copies["A"]), open_workspace(copies["B"]))
    yield w
    w.close()


Unchanged = Callable[[Workspace], None]
