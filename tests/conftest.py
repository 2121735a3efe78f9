"""Shared fixtures. Every test runs with its own data dir (BOIDUONG_DATA_DIR) so nothing touches the
user's real files, and databases are copies of one template migrated once per run (fast)."""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.demo import generate_demo
from app.paths import DATA_ENV
from app.workspace import Workspace, open_workspace
from db.database import open_database
from db.enums import UnitKind

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 23)


# ------------------------------------------------------------------------------------ network guard
# The app never opens a network connection (README). Python's audit hooks see every socket made in this
# process — by the app, a library, or Qt's Python side — at the C level, before any traffic, whatever
# module-level alias the code used (`from socket import socket`, `_socket`, urllib, http.client…). A
# monkeypatched `socket.socket` (what the pytest-socket plugin does) misses `_socket` and aliases taken
# before the patch, and would be a dependency for ten lines. The hook refuses the call and the autouse
# fixture fails the test even if the code swallowed the error.
SOCKET_EVENTS = frozenset({"socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo", "socket.sendto"})
_network: dict[str, object] = {"armed": False, "attempts": []}


class NetworkBlocked(RuntimeError):
    """Raised inside the offending call: a test opened a socket."""


def _socket_audit(event: str, args: tuple[object, ...]) -> None:
    if event in SOCKET_EVENTS and _network["armed"]:
        attempts = _network["attempts"]
        assert isinstance(attempts, list)
        attempts.append(f"{event}{args!r}")
        raise NetworkBlocked(f"network access during the test suite: {event}{args!r}")


sys.addaudithook(_socket_audit)  # cannot be removed; disarmed outside tests by the flag


@pytest.fixture(autouse=True)
def _no_network() -> Iterator[list[str]]:
    attempts: list[str] = []
    _network.update(armed=True, attempts=attempts)
    yield attempts
    _network.update(armed=False)
    if attempts:
        pytest.fail(f"the code opened a socket: {attempts}")


@pytest.fixture(scope="session", autouse=True)
def _freeze_startup_objects() -> None:
    """Everything imported so far lives for the whole run; keep it out of every later collection."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """The GUI switches automatic garbage collection off (ui/gc_guard.py) so that it never runs in a
    worker thread. GUI tests follow the app's rule and collect here, on the main thread; other tests
    keep the automatic collector (they start no Qt worker)."""
    gui = request.node.get_closest_marker("gui") is not None
    if gui:
        gc.disable()
    else:
        gc.enable()
    yield
    if gui:
        gc.collect()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(DATA_ENV, str(path))
    return path


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    open_database(path).dispose()
    return path


@pytest.fixture(scope="session")
def template_commune(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Path:
    """A database with the demo commune (60 people), built once."""
    path = tmp_path_factory.mktemp("template") / "commune.sqlite"
    shutil.copy(template_db, path)
    ws = open_workspace(path)
    generate_demo(ws.db, size="commune", seed=7, today=TODAY)
    ws.close()
    return path


def _copy(src: Path, dest: Path) -> Path:
    shutil.copy(src, dest)
    return dest


@pytest.fixture
def empty_workspace(tmp_path: Path, template_db: Path) -> Iterator[Workspace]:
    ws = open_workspace(_copy(template_db, tmp_path / "db.sqlite"))
    yield ws
    ws.close()


@pytest.fixture
def workspace(empty_workspace: Workspace) -> Workspace:
    """A commune install with its unit declared and default departments, no people."""
    empty_workspace.init_unit(
        kind=UnitKind.COMMUNE, code="11311", name="Xã Hà Bắc", province_code="31", province_name="Thành phố Hải Phòng"
    )
    return empty_workspace


@pytest.fixture
def commune_path(tmp_path: Path, template_commune: Path) -> Path:
    return _copy(template_commune, tmp_path / "commune.sqlite")


@pytest.fixture
def demo_workspace(commune_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(commune_path)
    yield ws
    ws.close()
