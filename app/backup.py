"""Backups, restore and health check of a database file.

Copies use SQLite's online backup API (consistent even with WAL and open readers), go to a temporary
file first and are renamed into place, so a crash never leaves half a backup."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.errors import UserError
from app.paths import backup_dir
from db.database import SQLITE_HEADER, head_revision, known_revisions

log = logging.getLogger("boiduong.backup")
KEEP_AUTOMATIC = 30
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def _copy(src: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            target.close()
    finally:
        source.close()
    with tmp.open("rb+") as f:
        os.fsync(f.fileno())
    os.replace(tmp, dest)


def backup_to(db_path: Path, dest: Path) -> Path:
    """Copy the database to ``dest`` (the user's "Sao lưu" and ``boiduong backup OUT``)."""
    db_path, dest = Path(db_path), Path(dest)
    if not db_path.exists():
        raise UserError(f"Không tìm thấy cơ sở dữ liệu: {db_path}")
    if not dest.parent.is_dir():
        raise UserError(f"Thư mục để lưu bản sao không tồn tại: {dest.parent}")
    if dest.resolve() == db_path.resolve():
        raise UserError("Không thể sao lưu đè lên chính cơ sở dữ liệu đang dùng.")
    _copy(db_path, dest)
    log.info("backup of %s written to %s", db_path, dest)
    return dest


def automatic_backup(db_path: Path, reason: str, *, folder: Path | None = None) -> Path:
    """A dated backup in the backups folder (before migrations, imports, bundles; daily), rotated."""
    folder = folder or backup_dir()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = folder / f"{Path(db_path).stem}-{stamp}-{_SAFE.sub('_', reason)}.sqlite"
    _copy(Path(db_path), dest)
    _rotate(folder, Path(db_path).stem)
    log.info("automatic backup (%s): %s", reason, dest)
    return dest


def _rotate(folder: Path, stem: str) -> None:
    backups = sorted(folder.glob(f"{stem}-*.sqlite"))
    for old in backups[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)


def list_backups(db_path: Path, *, folder: Path | None = None) -> list[Path]:
    folder = folder or backup_dir()
    return sorted(folder.glob(f"{Path(db_path).stem}-*.sqlite"), reverse=True)


@dataclass
class CheckReport:
    path: Path
    revision: str | None = None
    head: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: Path) -> CheckReport:
    """Integrity, foreign keys and schema version, read-only (``boiduong check``)."""
    path = Path(path)
    report = CheckReport(path=path, head=head_revision())
    if not path.is_file():
        report.problems.append(f"Không tìm thấy tệp: {path}")
        return report
    with path.open("rb") as f:
        if f.read(16) != SQLITE_HEADER:
            report.problems.append("Tệp không phải cơ sở dữ liệu SQLite")
            return report
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            report.problems.extend(f"Lỗi toàn vẹn: {line}" for line in integrity[:20])
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            report.problems.append(f"{len(fk)} dòng tham chiếu tới bản ghi không tồn tại (khóa ngoại)")
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            row = None
        report.revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"Tệp hỏng, không đọc được: {exc}")
        return report
    finally:
        conn.close()
    if report.revision is None:
        report.problems.append("Không phải cơ sở dữ liệu của ứng dụng Bồi dưỡng (không có phiên bản lược đồ)")
    elif report.revision not in known_revisions():
        report.problems.append(f"Lược đồ {report.revision} mới hơn phiên bản ứng dụng này")
    elif report.revision != report.head:
        report.problems.append(f"Lược đồ {report.revision} cũ hơn {report.head}: sẽ được nâng cấp khi mở")
    return report


def restore_from(backup_file: Path, db_path: Path) -> Path | None:
    """Replace the database's content with a backup, after checking the backup and saving the current
    content aside. Returns the safety copy of what was replaced (None when there was nothing)."""
    backup_file, db_path = Path(backup_file), Path(db_path)
    report = check_database(backup_file)
    fatal = [p for p in report.problems if "sẽ được nâng cấp" not in p]
    if fatal:
        raise UserError(f"Không thể khôi phục từ {backup_file}:", details=fatal)
    safety = automatic_backup(db_path, "before-restore") if db_path.exists() else None
    source = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(db_path)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    log.info("restored %s from %s (previous content kept in %s)", db_path, backup_file, safety)
    return safety
