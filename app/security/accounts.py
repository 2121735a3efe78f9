"""Accounts, sign-in with lock-out, and the recovery of a forgotten administrator password.

Sign-in is off until an administrator turns it on (``enable_sign_in``), which creates the first
administrator account and a one-time **recovery code** shown once, to be printed or written down and
kept in the office safe. Only its scrypt hash is stored. With the code, a forgotten administrator
password can be reset from the sign-in window; the code is then used up and a new one is shown. The
command ``boiduong users reset-password`` does the same for whoever has the data file in hand — which
already gives them everything, so it exposes nothing new (the data folder is the security boundary).

After ``MAX_FAILED`` wrong passwords in a row an account is locked for ``LOCK_MINUTES``; the counter is
in the database, so restarting the app does not reset it. Unknown names and wrong passwords get the same
message and take the same time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.errors import NotFound, UserError, ValidationFailed
from app.security.passwords import (
    burn_time,
    hash_secret,
    needs_rehash,
    new_recovery_code,
    normalise_recovery_code,
    verify_secret,
)
from app.security.permissions import ROLE_LABELS, Actor, Permission, Role, require
from app.settings import SettingSpec, get_setting, set_setting
from app.text import fold
from db.audit import Action, AuditEntry
from db.base import utcnow
from db.models import UserAccount

SIGN_IN_REQUIRED = SettingSpec("security.sign_in_required", False, "Bắt buộc đăng nhập")
RECOVERY_CODE_HASH = SettingSpec("security.recovery_code_hash", None, "Mã băm của mã khôi phục")

MAX_FAILED = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,39}$")


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    failed_attempts: int
    last_sign_in_at: datetime | None
    must_change_password: bool

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


@dataclass(frozen=True)
class SignInResult:
    actor: Actor | None
    message: str = ""  # why it failed, for the user

    @property
    def ok(self) -> bool:
        return self.actor is not None


def _info(u: UserAccount) -> UserInfo:
    return UserInfo(
        username=u.username,
        display_name=u.display_name,
        role=Role(u.role),
        active=u.active,
        locked_until=u.locked_until,
        failed_attempts=u.failed_attempts,
        last_sign_in_at=u.last_sign_in_at,
        must_change_password=u.must_change_password,
    )


def normalise_username(name: str) -> str:
    return fold(name or "").strip().replace(" ", ".")


def check_password_rules(password: str, *, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationFailed({field: f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự."})
    if password.strip() != password:
        raise ValidationFailed({field: "Mật khẩu không được bắt đầu hay kết thúc bằng dấu cách."})


def sign_in_required(session: Session) -> bool:
    return bool(get_setting(session, SIGN_IN_REQUIRED)) and _active_admins(session) > 0


def list_users(session: Session) -> list[UserInfo]:
    return [_info(u) for u in session.scalars(select(UserAccount).order_by(UserAccount.username))]


def _get(session: Session, username: str) -> UserAccount:
    user = session.scalar(select(UserAccount).where(UserAccount.username == normalise_username(username)))
    if user is None:
        raise NotFound(f"Không có tài khoản “{username}”.")
    return user


def _active_admins(session: Session) -> int:
    query = select(func.count()).where(UserAccount.role == Role.ADMIN.value, UserAccount.active.is_(True))
    return int(session.scalar(query) or 0)


def create_user(session: Session, username: str, display_name: str, role: Role, password: str) -> UserInfo:
    if session.scalar(select(func.count()).select_from(UserAccount)):
        require(session, Permission.MANAGE_USERS)
    name = normalise_username(username)
    errors: dict[str, str] = {}
    if not _USERNAME.match(name):
        errors["username"] = "Tên đăng nhập cần 3–40 ký tự: chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới."
    elif session.scalar(select(UserAccount).where(UserAccount.username == name)):
        errors["username"] = f"Tên đăng nhập “{name}” đã có."
    if not display_name.strip():
        errors["display_name"] = "Họ tên không được để trống."
    try:
        check_password_rules(password)
    except ValidationFailed as exc:
        errors.update(exc.field_errors)
    if errors:
        raise ValidationFailed(errors)
    user = UserAccount(
        username=name, display_name=display_name.strip(), role=role.value, password_hash=hash_secret(password)
    )
    session.add(user)
    session.flush()
    return _info(user)


def enable_sign_in(session: Session, username: str, display_name: str, password: str) -> str:
    """Turn sign-in on. Creates the administrator account when there is none yet; returns the new
    recovery code, to show once."""
    require(session, Permission.MANAGE_USERS)
    if _active_admins(session) == 0:
        create_user(session, username, display_name, Role.ADMIN, password)
    set_setting(session, SIGN_IN_REQUIRED, True)
    return regenerate_recovery_code(session)


def disable_sign_in(session: Session) -> None:
    require(session, Permission.MANAGE_USERS)
    set_setting(session, SIGN_IN_REQUIRED, False)


def regenerate_recovery_code(session: Session) -> str:
    require(session, Permission.MANAGE_USERS)
    code = new_recovery_code()
    set_setting(session, RECOVERY_CODE_HASH, hash_secret(code))
    return code


def _record(session: Session, action: Action, user: UserAccount | None, username: str, note: str = "") -> None:
    session.execute(
        insert(AuditEntry),
        [
            {
                "at": utcnow(),
                "user": user.username if user else normalise_username(username)[:80],
                "source": "local",
                "action": action.value,
                "entity": "user_account",
                "entity_id": user.id if user else None,
                "label": user.display_name if user else username[:200],
                "changes": {"note": [None, note]} if note else {},
            }
        ],
    )


def authenticate(session: Session, username: str, password: str, *, now: datetime | None = None) -> SignInResult:
    """Check a sign-in. Never raises for a wrong password (the caller commits the failure count)."""
    now = now or utcnow()
    wrong = "Tên đăng nhập hoặc mật khẩu không đúng."
    user = session.scalar(select(UserAccount).where(UserAccount.username == normalise_username(username)))
    if user is None or not user.active:
        burn_time(password)
        _record(session, Action.SIGN_IN_FAILED, None, username, "không có tài khoản hoặc đã bị khóa hẳn")
        return SignInResult(None, wrong)
    if user.locked_until is not None and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        return SignInResult(None, f"Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau {minutes} phút.")
    if not verify_secret(password, user.password_hash):
        user.failed_attempts += 1
        if user.failed_attempts >= MAX_FAILED:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            user.failed_attempts = 0
            _record(session, Action.LOCKED, user, username, f"sai mật khẩu {MAX_FAILED} lần liên tiếp")
            session.flush()
            return SignInResult(
                None,
                f"Nhập sai mật khẩu {MAX_FAILED} lần liên tiếp: tài khoản bị tạm khóa {LOCK_MINUTES} phút. "
                "Người quản trị có thể mở khóa ngay.",
            )
        _record(session, Action.SIGN_IN_FAILED, user, username, "sai mật khẩu")
        session.flush()
        left = MAX_FAILED - user.failed_attempts
        return SignInResult(None, f"{wrong} Còn {left} lần thử trước khi tài khoản bị tạm khóa.")
    user.failed_attempts = 0
    user.locked_until = None
    user.last_sign_in_at = now
    if needs_rehash(user.password_hash):
        user.password_hash = hash_secret(password)
    _record(session, Action.SIGN_IN, user, username)
    session.flush()
    return SignInResult(Actor(user.username, user.display_name, Role(user.role), signed_in=True))


def change_own_password(session: Session, username: str, old: str, new: str) -> None:
    user = _get(session, username)
    if not verify_secret(old, user.password_hash):
        raise ValidationFailed({"old_password": "Mật khẩu hiện tại không đúng."})
    check_password_rules(new, field="new_password")
    user.password_hash = hash_secret(new)
    user.must_change_password = False


def reset_password(session: Session, username: str, new: str, *, must_change: bool = True) -> None:
    """An administrator sets a temporary password (the person chooses their own at next sign-in)."""
    require(session, Permission.MANAGE_USERS)
    _force_password(session, username, new, must_change=must_change)


def _force_password(session: Session, username: str, new: str, *, must_change: bool) -> None:
    user = _get(session, username)
    check_password_rules(new)
    user.password_hash = hash_secret(new)
    user.must_change_password = must_change
    user.failed_attempts = 0
    user.locked_until = None


def unlock(session: Session, username: str) -> None:
    require(session, Permission.MANAGE_USERS)
    user = _get(session, username)
    user.failed_attempts = 0
    user.locked_until = None


def update_user(
    session: Session,
    username: str,
    *,
    display_name: str | None = None,
    role: Role | None = None,
    active: bool | None = None,
) -> UserInfo:
    require(session, Permission.MANAGE_USERS)
    user = _get(session, username)
    was_admin = user.role == Role.ADMIN.value and user.active
    if display_name is not None:
        if not display_name.strip():
            raise ValidationFailed({"display_name": "Họ tên không được để trống."})
        user.display_name = display_name.strip()
    if role is not None:
        user.role = role.value
    if active is not None:
        user.active = active
    session.flush()
    if was_admin and _active_admins(session) == 0:
        raise UserError("Phải còn ít nhất một tài khoản quản trị đang hoạt động.")
    return _info(user)


def recover_with_code(session: Session, code: str, username: str, new_password: str) -> str:
    """Reset an administrator's password with the recovery code; returns the next recovery code (the
    one used is spent). The code has 100 bits of randomness: guessing it is hopeless."""
    stored = get_setting(session, RECOVERY_CODE_HASH)
    user = _get(session, username)
    if user.role != Role.ADMIN.value:
        raise UserError("Mã khôi phục chỉ dùng để đặt lại mật khẩu của tài khoản quản trị.")
    if not stored or not verify_secret(normalise_recovery_code(code), stored):
        raise UserError("Mã khôi phục không đúng.")
    _force_password(session, username, new_password, must_change=False)
    user.active = True
    new_code = new_recovery_code()
    set_setting(session, RECOVERY_CODE_HASH, hash_secret(new_code))
    _record(session, Action.UPDATE, user, username, "đặt lại mật khẩu bằng mã khôi phục")
    return new_code


def reset_password_with_file_access(session: Session, username: str, new_password: str) -> None:
    """``boiduong users reset-password``: whoever runs the CLI holds the data file itself."""
    _force_password(session, username, new_password, must_change=True)
    user = _get(session, username)
    user.active = True
    _record(session, Action.UPDATE, user, username, "đặt lại mật khẩu bằng dòng lệnh")
