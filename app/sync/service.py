"""The sync service as the GUI uses it: each call is one unit of work on the workspace's database and
returns plain values (the Sync page runs the long ones through ui.tasks.Task)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.errors import UserError
from app.organisation import (
    COMMUNE_KINDS,
    UnitInfo,
    check_new_commune,
    ensure_unit,
    own_unit,
    require_own_unit,
    validate_unit_code,
)
from app.paths import data_dir
from app.security.permissions import Permission, require
from app.settings import SettingSpec, get_setting, set_setting
from app.sync.export import BUNDLE_SUFFIX, ExportResult, default_file_name, export_bundle
from app.sync.importer import Checked, Outcome, apply_and_archive, archive_outcomes, check_data, preview
from app.sync.keys import ensure_own_keys, own_keys
from app.sync.setup import SetupOffer, init_from_setup, read_setup
from app.sync.status import (
    CommuneStatus,
    ConflictInfo,
    LogEntry,
    ProvinceLink,
    bundle_log,
    commune_statuses,
    conflicts,
    province_link,
    resolve_conflict,
)
from app.sync.verify import BundleRefused, read_file
from app.text import clean_text
from app.workspace import Workspace
from db.enums import UnitKind

Progress = Callable[[int, int, str], bool]
OUTBOX = SettingSpec("sync.outbox_folder", None, "Thư mục lưu tệp gửi đi")
INBOX = SettingSpec("sync.inbox_folder", None, "Thư mục mở tệp nhận về lần trước")
MAX_FOLDER_FILES = 500


def find_bundle_files(folder: Path, *, depth: int = 2) -> list[Path]:
    """Bundle files in a folder (a USB stick): its own files and those one or two levels down."""
    found: list[Path] = []

    def walk(path: Path, level: int) -> None:
        try:
            entries = sorted(path.iterdir())
        except OSError:
            return
        for entry in entries:
            if len(found) >= MAX_FOLDER_FILES:
                return
            if entry.is_file() and entry.suffix.lower() == BUNDLE_SUFFIX and not entry.name.startswith("."):
                found.append(entry)
            elif entry.is_dir() and level < depth and not entry.name.startswith("."):
                walk(entry, level + 1)

    walk(Path(folder), 0)
    return found


@dataclass(frozen=True)
class SendResult:
    unit_code: str
    unit_name: str
    result: ExportResult | None
    error: str | None = None


class SyncService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.db = workspace.db

    # ------------------------------------------------------------------------------------ identity
    def unit(self) -> UnitInfo:
        with self.db.reading() as s:
            return require_own_unit(s)

    def own_fingerprint(self, *, ensure: bool = False) -> str | None:
        """This unit's key fingerprint; ``ensure`` makes the keys of a database set up before sync
        existed (new set-ups get them at once)."""
        with self.db.reading() as s:
            keys = own_keys(s)
            has_unit = own_unit(s) is not None
        if keys is None and ensure and has_unit:
            with self.db.transaction() as s:
                keys = ensure_own_keys(s)
        return keys.public.fingerprint if keys else None

    # ---------------------------------------------------------------------------------- folders
    def outbox(self) -> Path:
        with self.db.reading() as s:
            saved = get_setting(s, OUTBOX)
        if saved and Path(saved).is_dir():
            return Path(saved)
        documents = Path.home() / "Documents"
        folder = (documents if documents.is_dir() else data_dir()) / "BoiDuong - tep gui di"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def remember_folder(self, spec: SettingSpec, folder: Path) -> None:
        with self.db.transaction() as s:
            set_setting(s, spec, str(folder))

    def inbox(self) -> Path | None:
        with self.db.reading() as s:
            saved = get_setting(s, INBOX)
        return Path(saved) if saved and Path(saved).is_dir() else None

    def default_path(self, folder: Path, to: str | None = None, today: date | None = None) -> Path:
        """A file name with the unit code, the destination and the date, not overwriting an earlier one."""
        me = self.unit()
        dest = to or me.parent_code or ""
        name = default_file_name(me.code, dest, today or date.today())
        path = Path(folder) / name
        n = 2
        while path.exists():
            path = Path(folder) / name.replace(BUNDLE_SUFFIX, f"-{n}{BUNDLE_SUFFIX}")
            n += 1
        return path

    # ------------------------------------------------------------------------------------- commune
    def province_link(self) -> ProvinceLink:
        with self.db.reading() as s:
            return province_link(s, require_own_unit(s))

    def export(
        self, out: Path, *, to: str | None = None, full: bool = False, setup: bool | None = None
    ) -> ExportResult:
        result = export_bundle(self.db, out, to=to, full=full, setup=setup)
        self.remember_folder(OUTBOX, Path(out).parent)
        return result

    # -------------------------------------------------------------------------------------- import
    def check(self, paths: Sequence[Path], progress: Progress | None = None) -> list[Checked]:
        """Read and verify the files (nothing is written)."""
        out: list[Checked] = []
        with self.db.reading() as s:
            for index, path in enumerate(paths):
                if progress and not progress(index, len(paths), f"Đang kiểm tra {Path(path).name}…"):
                    break
                try:
                    data = read_file(Path(path))
                except BundleRefused as exc:
                    name = Path(path).name
                    out.append(Checked(name, b"", outcome=Outcome(name, "", "refused", str(exc))))
                    continue
                out.extend(check_data(s, [(Path(path).name, data)]))
        # the same file twice, or the same bundle under two names, is judged on the whole batch
        seen: dict[str, str] = {}
        for item in out:
            if item.bundle is None:
                continue
            key = item.bundle.manifest.bundle_id
            if key in seen:
                item.outcome = Outcome(item.file_name, item.bundle.file_hash, "already", f"Trùng với tệp {seen[key]}.")
                item.bundle = None
            else:
                seen[key] = item.file_name
        if paths:
            self.remember_folder(INBOX, Path(paths[0]).parent)
        return out

    def preview(self, checked: Sequence[Checked]) -> list[Outcome]:
        """What applying would do; every file is kept with a receipt already (even if not applied)."""
        outcomes = preview(self.db, checked)
        archive_outcomes(self.db, checked, outcomes)
        return outcomes

    def apply(self, checked: Sequence[Checked], accept_keys: Collection[str] = ()) -> list[Outcome]:
        ready = [c for c in checked if c.bundle is not None]
        return apply_and_archive(self.db, ready, accept_keys=accept_keys)

    # ------------------------------------------------------------------------------------ province
    def communes(self, today: date | None = None) -> list[CommuneStatus]:
        with self.db.reading() as s:
            return commune_statuses(s, today)

    def register_commune(self, code: str, name: str, kind: UnitKind = UnitKind.COMMUNE) -> None:
        with self.db.transaction() as s:
            require(s, Permission.EXCHANGE_BUNDLES)
            me = require_own_unit(s)
            if not me.is_province:
                raise UserError("Chỉ bản cài đặt cấp tỉnh mới đăng ký được xã trực thuộc.")
            if kind not in COMMUNE_KINDS:
                raise UserError("Đơn vị trực thuộc phải là xã, phường hoặc đặc khu.")
            code = validate_unit_code(kind, code)
            clean = clean_text(name)
            if not clean:
                raise UserError("Tên đơn vị không được để trống.")
            check_new_commune(s, code, clean)
            ensure_unit(s, code, clean, kind, me.code)

    def send_to_communes(
        self, folder: Path, codes: Sequence[str], *, setup: bool | None = None, progress: Progress | None = None
    ) -> list[SendResult]:
        """One file per commune in ``folder`` (a set-up file for those whose key is not known yet)."""
        names = {c.code: c.name for c in self.communes()}
        out: list[SendResult] = []
        for index, code in enumerate(codes):
            if progress and not progress(index, len(codes), f"Đang tạo tệp cho {names.get(code, code)}…"):
                break
            try:
                result = export_bundle(self.db, self.default_path(folder, code), to=code, setup=setup)
            except UserError as exc:
                out.append(SendResult(code, names.get(code, code), None, str(exc)))
                continue
            out.append(SendResult(code, names.get(code, code), result))
        self.remember_folder(OUTBOX, Path(folder))
        return out

    # ------------------------------------------------------------------------------------- both
    def log(self) -> list[LogEntry]:
        with self.db.reading() as s:
            return bundle_log(s)

    def conflicts(self) -> list[ConflictInfo]:
        with self.db.reading() as s:
            return conflicts(s)

    def resolve(self, conflict_id: int, *, take_incoming: bool) -> None:
        with self.db.transaction() as s:
            resolve_conflict(s, conflict_id, take_incoming=take_incoming, by="giao diện")


# --------------------------------------------------------------------------------------- first start
def read_setup_file(path: Path) -> SetupOffer:
    return read_setup(path)


def set_up_from(workspace: Workspace, offer: SetupOffer) -> UnitInfo:
    """The first-start dialog's "Thiết lập từ tệp của tỉnh", once the user confirmed the fingerprint."""
    unit, _outcome = init_from_setup(workspace, offer, accept_key=True)
    return unit
