"""Writing a file the user asked for without ever leaving half of it: write beside the target, then
rename into place (atomic on the same file system). A failure or a cancel leaves any existing file
untouched."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import UserError


@contextmanager
def atomic_output(out: Path, *, kind: str = "tệp") -> Iterator[Path]:
    """Yield a temporary path in ``out``'s folder; on success it replaces ``out``.
    ``kind`` names the file in the message for a missing folder ("tệp PDF")."""
    out = Path(out)
    if not out.parent.is_dir():
        raise UserError(f"Thư mục để lưu {kind} không tồn tại: {out.parent}")
    fd, name = tempfile.mkstemp(prefix=f".{out.stem[:20]}-", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
