"""Backups, restore and health check of a database file.

Copies use SQLite's online backup API (consistent even with WAL and open readers), go to a temporary
file first and are renamed into place, so a crash never leaves half a backup."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.errors import UserError
from app.paths import backup_dir
from db.database import SQLITE_HEADER, head_revision, known_revisions

log = logging.getLogger("boiduong.backup")
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")

# Retention of automatic backups (per database, in the backups folder):
KEEP_DAILY = 14  # the last 14 daily backups (two weeks of working days and more)…
KEEP_MONTHLY = 12  # …and, older than those, the newest daily backup of each of the last 12 months
KEEP_EVENTS = 20  # backups taken before a migration, an import, a bundle or a restore
DAILY = "daily"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[A-Za-z0-9_.-]+)\.sqlite$")

REASON_LABELS = {
    DAILY: "Hằng ngày",
    "before-migrate": "Trước khi nâng cấp dữ liệu",
    "before-restore": "Trước khi khôi phục",
    "before-import": "Trước khi nhập dữ liệu",
    "before-bundle": "Trước khi nhận gói đồng bộ",
    "damaged": "Tệp hỏng được giữ lại",
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time, from the name
    reason: str
    size: int

    @property
    def is_daily(self) -> bool:
        return self.reason == DAILY

    @property
    def reason_label(self) -> str:
        for prefix, label in REASON_LABELS.items():
            if self.reason == prefix or self.reason.startswith(prefix + "-"):
                return label
        return self.reason


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


def backup_infos(db_path: Path, *, folder: Path | None = None) -> list[BackupInfo]:
    """The automatic backups of this database, newest first."""
    folder = folder or backup_dir()
    stem = Path(db_path).stem
    found: list[BackupInfo] = []
    for path in folder.glob(f"{stem}-*.sqlite"):
        m = _NAME.match(path.name)
        if m is None or m["stem"] != stem:
            continue
        try:
            taken = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path=path, taken_at=taken, reason=m["reason"], size=size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def list_backups(db_path: Path, *, folder: Path | None = None) -> list[Path]:
    return [b.path for b in backup_infos(db_path, folder=folder)]


def to_prune(backups: list[BackupInfo]) -> list[BackupInfo]:
    """What the retention policy lets go (``backups`` newest first): daily backups beyond the newest
    KEEP_DAILY, except the newest of each month for KEEP_MONTHLY months; event backups beyond
    KEEP_EVENTS. The newest backup of all is always kept."""
    daily = [b for b in backups if b.is_daily]
    events = [b for b in backups if not b.is_daily]
    keep = {b.path for b in daily[:KEEP_DAILY]} | {b.path for b in events[:KEEP_EVENTS]}
    months: list[tuple[int, int]] = []
    for b in daily[KEEP_DAILY:]:
        month = (b.taken_at.year, b.taken_at.month)
        if month not in months and len(months) < KEEP_MONTHLY:
            months.append(month)
            keep.add(b.path)
    if backups:
        keep.add(backups[0].path)
    return [b for b in backups if b.path not in keep]


def _rotate(folder: Path, stem: str) -> None:
    for old in to_prune(backup_infos(folder / f"{stem}.sqlite", folder=folder)):
        old.path.unlink(missing_ok=True)
        log.info("old backup removed by the retention policy: %s", old.path.name)


def daily_backup(db_path: Path, *, folder: Path | None = None, now: datetime | None = None) -> Path | None:
    """Take the day's backup unless one was already taken today (called when the app starts)."""
    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    today = (now or datetime.now()).date()
    if any(b.is_daily and b.taken_at.date() == today for b in backup_infos(db_path, folder=folder)):
        return None
    return automatic_backup(db_path, DAILY, folder=folder)


def is_restorable(report: CheckReport) -> bool:
    """A backup may be restored when it is sound; an older schema is fine (upgraded on opening)."""
    return not [p for p in report.problems if "sẽ được nâng cấp" not in p]


def latest_good_backup(db_path: Path, *, folder: Path | None = None) -> BackupInfo | None:
    """The newest automatic backup that passes the full check (damaged ones are skipped)."""
    for info in backup_infos(db_path, folder=folder):
        if info.reason == "damaged":
            continue
        if is_restorable(check_database(info.path)):
            return info
    return None


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


def unit_of(path: Path) -> tuple[str, str] | None:
    """(code, name) of the unit a database file belongs to, read without opening it as a workspace;
    None for a file with no unit declared (a new install) or that cannot be read."""
    if not Path(path).is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM app_setting WHERE key = 'install.unit_code'").fetchone()
            code = json.loads(row[0]) if row and row[0] else None
            if not code:
                return None
            name = conn.execute("SELECT name FROM unit WHERE code = ?", (str(code),)).fetchone()
        finally:
            conn.close()
    except (sqlite3.DatabaseError, ValueError):
        return None
    return str(code), str(name[0]) if name else str(code)


def restore_from(backup_file: Path, db_path: Path, *, other_unit: bool = False) -> Path | None:
    """Replace the database's content with a backup, after checking the backup and saving the current
    content aside. Returns the safety copy of what was replaced (None when there was nothing).
    A backup of another unit (a colleague's file on the same USB stick) is refused unless ``other_unit``:
    it would replace this unit's records, identity and keys with another's."""
    backup_file, db_path = Path(backup_file), Path(db_path)
    report = check_database(backup_file)
    if not is_restorable(report):
        fatal = [p for p in report.problems if "sẽ được nâng cấp" not in p]
        raise UserError(f"Không thể khôi phục từ {backup_file}:", details=fatal)
    if not other_unit and (mine := unit_of(db_path)) and (theirs := unit_of(backup_file)) and mine[0] != theirs[0]:
        raise UserError(
            f"Tệp {backup_file.name} là bản sao lưu của {theirs[1]} ({theirs[0]}), không phải của {mine[1]} "
            f"({mine[0]}); chưa thay đổi gì. Khôi phục sẽ thay toàn bộ dữ liệu, mã đơn vị và khóa đồng bộ của "
            "đơn vị này bằng của đơn vị kia. Hãy chọn đúng bản sao lưu của đơn vị mình (dòng lệnh: --other-unit nếu "
            "thật sự muốn vậy)."
        )
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


def quick_check(path: Path) -> list[str]:
    """The check made at every start: SQLite's quick_check (linear, no index cross-check), and whether
    the file is SQLite at all. Empty when fine or when there is no file yet."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return []
    with path.open("rb") as f:
        if f.read(16) != SQLITE_HEADER:
            return ["Tệp không phải cơ sở dữ liệu SQLite"]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"Tệp hỏng, không đọc được: {exc}"]
    return [] if result == ["ok"] else [f"Lỗi toàn vẹn: {line}" for line in result[:20]]


def replace_damaged(db_path: Path, backup_file: Path) -> Path:
    """Put a good backup in place of a damaged database. The damaged file (with its -wal and -shm) is
    moved aside, not copied — a damaged file may not copy — and kept in the backups folder. Returns
    where the damaged file went."""
    db_path, backup_file = Path(db_path), Path(backup_file)
    if not is_restorable(check_database(backup_file)):
        raise UserError(f"Bản sao lưu {backup_file.name} cũng bị hỏng; hãy chọn bản khác.")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    aside = backup_dir() / f"{db_path.stem}-{stamp}-damaged.sqlite"
    if db_path.exists():
        shutil.move(db_path, aside)
    for suffix in ("-wal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            shutil.move(extra, aside.with_name(aside.name + suffix))
    _copy(backup_file, db_path)
    log.warning("damaged database %s replaced by %s; damaged file kept as %s", db_path, backup_file, aside)
    return aside
