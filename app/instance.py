"""One window per database: a second copy of the app on the same file is refused with a clear message.

The lock is an OS lock on a small file beside the database (``boiduong.sqlite.lock``): ``fcntl.flock`` on
Linux/macOS, ``msvcrt.locking`` on Windows. The OS drops it when the process ends however it ends (a
crash, a power cut, Task Manager), so a stale lock never blocks the next start — unlike a lock file that
only records a PID. The file also says who holds it, for the message. The command line does not take
the lock: SQLite itself serialises its writes with the open window's."""

from __future__ import annotations

import json
import os
import platform
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from app.errors import UserError


class AlreadyOpen(UserError):
    """Another copy of the app has this database open."""


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def _try_lock(f: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.read_bytes()[1:].decode("utf-8") or "{}")
    except (OSError, ValueError):
        return ""
    since = info.get("since", "")
    try:
        since = datetime.fromisoformat(since).strftime("%H:%M %d/%m/%Y")
    except (TypeError, ValueError):
        since = ""
    who = ", ".join(x for x in (info.get("user"), info.get("host")) if x)
    return f" (mở bởi {who} từ {since})" if who and since else ""


class InstanceLock:
    """Held for as long as the window is open; ``release()`` (or the process ending) frees it."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        f = self.path.open("a+b")
        if not _try_lock(f):
            f.close()
            raise AlreadyOpen(
                "Bồi dưỡng đang mở cơ sở dữ liệu này trong một cửa sổ khác"
                f"{_holder(self.path)}. Hãy dùng cửa sổ đó (xem trên thanh tác vụ), hoặc đóng nó rồi mở lại. "
                "Hai cửa sổ cùng sửa một tệp dữ liệu dễ ghi đè lên nhau nên không được phép."
            )
        # byte 0 is the locked byte on Windows; the details follow it
        info = {"pid": os.getpid(), "user": _user(), "host": platform.node(), "since": datetime.now().isoformat()}
        f.seek(0)
        f.truncate()
        f.write(b"\n" + json.dumps(info, ensure_ascii=False).encode("utf-8"))
        f.flush()
        self._file = f

    @property
    def held(self) -> bool:
        return self._file is not None

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the OS lock
            self._file = None


def _user() -> str:
    from app.security.permissions import pc_account

    return pc_account()
