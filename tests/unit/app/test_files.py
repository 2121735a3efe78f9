from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import UserError
from app.files import atomic_output


def test_success_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "qd.pdf"
    out.write_bytes(b"old")
    with atomic_output(out) as tmp:
        assert tmp.parent == tmp_path and tmp != out
        tmp.write_bytes(b"new")
    assert out.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["qd.pdf"]


def test_failure_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "qd.pdf"
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(out) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("cancelled")
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["qd.pdf"]


def test_missing_folder_is_a_clear_message(tmp_path: Path) -> None:
    with (
        pytest.raises(UserError, match="Thư mục để lưu tệp PDF không tồn tại"),
        atomic_output(tmp_path / "no" / "x.pdf", kind="tệp PDF"),
    ):
        pass
