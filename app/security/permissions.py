"""Who is acting, and what they may do — checked in the services, not only by greyed-out buttons.

The current user travels with every session of the workspace: ``session.info[CURRENT_ACTOR]`` holds an
``Actor`` (set by ``Workspace.set_actor`` after sign-in). A service that changes or reveals something
calls ``require(session, Permission.X)`` first; ``PermissionDenied`` is a ``UserError``, so the GUI and
the CLI show its message like any other refusal and nothing is changed.

Without sign-in (the default on a one-person PC), and on the command line, the actor is the PC account
with every right: whoever can run the CLI can open the data file directly, so sign-in guards the
interface of a shared PC, not the file (DESIGN: the data folder is the security boundary)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from sqlalchemy.orm import Session

from app.errors import UserError

CURRENT_ACTOR = "current_actor"  # session.info key


class Role(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"


ROLE_LABELS = {Role.ADMIN: "Quản trị", Role.EDITOR: "Cập nhật dữ liệu", Role.VIEWER: "Chỉ xem"}


class Permission(StrEnum):
    VIEW_RECORDS = "view_records"
    EDIT_RECORDS = "edit_records"  # people, qualifications, courses, nominations… and imports of them
    VIEW_PERSONAL_DATA = "view_personal_data"  # CCCD, dates of birth, phone numbers in full
    EXPORT_DATA = "export_data"
    EXCHANGE_BUNDLES = "exchange_bundles"
    VIEW_AUDIT = "view_audit"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_USERS = "manage_users"
    RESTORE_BACKUP = "restore_backup"


PERMISSION_LABELS = {
    Permission.VIEW_RECORDS: "xem dữ liệu",
    Permission.EDIT_RECORDS: "thêm, sửa dữ liệu",
    Permission.VIEW_PERSONAL_DATA: "xem đầy đủ thông tin cá nhân (CCCD, ngày sinh, điện thoại)",
    Permission.EXPORT_DATA: "xuất dữ liệu ra tệp",
    Permission.EXCHANGE_BUNDLES: "gửi, nhận gói đồng bộ",
    Permission.VIEW_AUDIT: "xem nhật ký thay đổi",
    Permission.MANAGE_SETTINGS: "thay đổi cài đặt",
    Permission.MANAGE_USERS: "quản lý tài khoản người dùng",
    Permission.RESTORE_BACKUP: "khôi phục từ bản sao lưu",
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.EDITOR: frozenset(
        {
            Permission.VIEW_RECORDS,
            Permission.EDIT_RECORDS,
            Permission.VIEW_PERSONAL_DATA,
            Permission.EXPORT_DATA,
            Permission.EXCHANGE_BUNDLES,
            Permission.VIEW_AUDIT,
        }
    ),
    Role.VIEWER: frozenset({Permission.VIEW_RECORDS}),
}


@dataclass(frozen=True)
class Actor:
    username: str
    display_name: str
    role: Role
    signed_in: bool = False  # False: sign-in is off (or the CLI): the PC account acts

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


def pc_account() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some services, containers)
        return "máy này"


@cache
def local_actor() -> Actor:
    """The actor when nobody signs in: the PC account, with every right."""
    name = pc_account()
    return Actor(username=name, display_name=name, role=Role.ADMIN, signed_in=False)


class PermissionDenied(UserError):
    def __init__(self, actor: Actor, permission: Permission) -> None:
        super().__init__(
            f"Tài khoản “{actor.display_name}” (vai trò {actor.role_label}) không có quyền "
            f"{PERMISSION_LABELS[permission]}. Hãy nhờ người quản trị."
        )
        self.permission = permission


def current_actor(session: Session) -> Actor:
    actor = session.info.get(CURRENT_ACTOR)
    return actor if isinstance(actor, Actor) else local_actor()


def allowed(session: Session, permission: Permission) -> bool:
    return current_actor(session).can(permission)


def require(session: Session, permission: Permission) -> Actor:
    """Refuse (PermissionDenied, nothing changed) unless the session's user has ``permission``."""
    return require_actor(current_actor(session), permission)


def require_actor(actor: Actor, permission: Permission) -> Actor:
    """The same check for work that has no session (restoring a backup replaces the whole file)."""
    if not actor.can(permission):
        raise PermissionDenied(actor, permission)
    return actor
