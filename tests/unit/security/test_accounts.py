"""Sign-in, roles, lock-out and recovery, through the services the GUI and the CLI use."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.errors import UserError, ValidationFailed
from app.security import accounts
from app.security.permissions import Actor, Permission, PermissionDenied, Role, current_actor, require
from app.staff.form import StaffInput
from app.staff.service import StaffService
from app.workspace import Workspace
from db.audit import AuditEntry
from db.base import utcnow
from db.enums import Sex, StaffCategory, StaffStatus


def enable(ws: Workspace, password: str = "quantri123") -> str:
    with ws.db.transaction() as s:
        return accounts.enable_sign_in(s, "quantri", "Nguyễn Văn Quản", password)


def sign_in(ws: Workspace, username: str, password: str, **kw: object) -> accounts.SignInResult:
    with ws.db.transaction() as s:
        return accounts.authenticate(s, username, password, **kw)  # type: ignore[arg-type]


def add_user(ws: Workspace, username: str, role: Role, password: str = "matkhau123") -> None:
    with ws.db.transaction() as s:
        accounts.create_user(s, username, username.title(), role, password)


def test_sign_in_is_off_by_default_and_everyone_may_do_everything(workspace: Workspace) -> None:
    with workspace.db.reading() as s:
        assert not accounts.sign_in_required(s)
        actor = current_actor(s)
    assert not actor.signed_in and actor.role == Role.ADMIN
    assert all(actor.can(p) for p in Permission)


def test_enable_creates_the_admin_and_a_one_time_recovery_code(workspace: Workspace) -> None:
    code = enable(workspace)
    with workspace.db.reading() as s:
        assert accounts.sign_in_required(s)
        users = accounts.list_users(s)
        stored = accounts.get_setting(s, accounts.RECOVERY_CODE_HASH)
    assert [(u.username, u.role) for u in users] == [("quantri", Role.ADMIN)]
    assert code not in str(stored) and str(stored).startswith("scrypt$")  # only the hash is kept
    result = sign_in(workspace, "QuanTri", "quantri123")  # user names ignore case
    assert result.ok and result.actor == Actor("quantri", "Nguyễn Văn Quản", Role.ADMIN, signed_in=True)


def test_wrong_password_and_unknown_user_say_the_same(workspace: Workspace) -> None:
    enable(workspace)
    wrong = sign_in(workspace, "quantri", "sai-mat-khau")
    unknown = sign_in(workspace, "khongco", "sai-mat-khau")
    assert not wrong.ok and not unknown.ok
    assert wrong.message.startswith("Tên đăng nhập hoặc mật khẩu không đúng.")
    assert unknown.message == "Tên đăng nhập hoặc mật khẩu không đúng."


def test_lock_out_after_repeated_failures_then_time_or_admin_unlocks(workspace: Workspace) -> None:
    enable(workspace)
    add_user(workspace, "lan", Role.EDITOR)
    now = utcnow()
    for attempt in range(1, accounts.MAX_FAILED):
        result = sign_in(workspace, "lan", "sai", now=now)
        assert f"Còn {accounts.MAX_FAILED - attempt} lần" in result.message
    locked = sign_in(workspace, "lan", "sai", now=now)
    assert "tạm khóa" in locked.message
    # even the right password is refused while locked, and the lock survives a restart (it is stored)
    assert not sign_in(workspace, "lan", "matkhau123", now=now + timedelta(minutes=1)).ok
    later = now + timedelta(minutes=accounts.LOCK_MINUTES + 1)
    assert sign_in(workspace, "lan", "matkhau123", now=later).ok
    # lock again, then the administrator unlocks at once
    for _ in range(accounts.MAX_FAILED):
        sign_in(workspace, "lan", "sai", now=later)
    assert not sign_in(workspace, "lan", "matkhau123", now=later).ok
    with workspace.db.transaction() as s:
        accounts.unlock(s, "lan")
    assert sign_in(workspace, "lan", "matkhau123", now=later).ok
    with workspace.db.reading() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "user_account")))
    assert actions.count("locked") == 2 and "sign_in_failed" in actions and "sign_in" in actions


def test_roles_are_enforced_by_the_services(workspace: Workspace) -> None:
    enable(workspace)
    add_user(workspace, "xem", Role.VIEWER)
    add_user(workspace, "sua", Role.EDITOR)
    service = StaffService(workspace.db)
    data = StaffInput(
        full_name="Trần Thị Mai", sex=Sex.FEMALE, category=StaffCategory.CIVIL_SERVANT, date_of_birth=date(1990, 1, 5)
    )
    viewer = sign_in(workspace, "xem", "matkhau123").actor
    editor = sign_in(workspace, "sua", "matkhau123").actor
    assert viewer and editor
    workspace.set_actor(viewer)
    with pytest.raises(PermissionDenied, match="không có quyền thêm, sửa dữ liệu"):
        service.create(data)
    assert service.rows() == []  # nothing was written
    workspace.set_actor(editor)
    uid = service.create(data)
    workspace.set_actor(viewer)
    with pytest.raises(PermissionDenied):
        service.change_status(uid, StaffStatus.RETIRED)
    with pytest.raises(PermissionDenied), workspace.db.transaction() as s:
        accounts.create_user(s, "moi", "Mới", Role.ADMIN, "matkhau123")
    workspace.set_actor(editor)
    with pytest.raises(PermissionDenied, match="quản lý tài khoản"), workspace.db.transaction() as s:
        accounts.reset_password(s, "quantri", "matkhau999")
    with workspace.db.reading() as s:
        assert not require(s, Permission.EDIT_RECORDS).can(Permission.MANAGE_USERS)


def test_viewer_sees_personal_data_masked(demo_workspace: Workspace) -> None:
    enable(demo_workspace)
    add_user(demo_workspace, "xem", Role.VIEWER)
    service = StaffService(demo_workspace.db)
    full = next(r for r in service.rows() if r.cccd and r.date_of_birth)
    viewer = sign_in(demo_workspace, "xem", "matkhau123").actor
    assert viewer
    demo_workspace.set_actor(viewer)
    masked = next(r for r in service.rows() if r.uid == full.uid)
    assert masked.cccd == "********" + full.cccd[-4:]  # type: ignore[index]
    assert masked.birth_text == str(full.date_of_birth.year)  # type: ignore[union-attr]
    record = service.load(full.uid)
    assert record.values["cccd"] == masked.cccd and "*" in str(record.values["date_of_birth"])


def test_last_administrator_cannot_be_demoted_or_disabled(workspace: Workspace) -> None:
    enable(workspace)
    with pytest.raises(UserError, match="ít nhất một tài khoản quản trị"), workspace.db.transaction() as s:
        accounts.update_user(s, "quantri", role=Role.EDITOR)
    with pytest.raises(UserError, match="ít nhất một tài khoản quản trị"), workspace.db.transaction() as s:
        accounts.update_user(s, "quantri", active=False)
    with workspace.db.reading() as s:
        assert accounts.list_users(s)[0].role == Role.ADMIN


def test_forgotten_admin_password_recovered_with_the_one_time_code(workspace: Workspace) -> None:
    code = enable(workspace)
    with pytest.raises(UserError, match="Mã khôi phục không đúng"), workspace.db.transaction() as s:
        accounts.recover_with_code(s, "AAAAA-BBBBB-CCCCC-DDDDD", "quantri", "matkhaumoi1")
    assert not sign_in(workspace, "quantri", "matkhaumoi1").ok
    with workspace.db.transaction() as s:
        next_code = accounts.recover_with_code(s, code.lower(), "quantri", "matkhaumoi1")
    assert next_code != code
    assert sign_in(workspace, "quantri", "matkhaumoi1").ok
    with pytest.raises(UserError, match="Mã khôi phục không đúng"), workspace.db.transaction() as s:  # spent
        accounts.recover_with_code(s, code, "quantri", "matkhaumoi2")


def test_password_rules_and_user_names(workspace: Workspace) -> None:
    enable(workspace)
    with pytest.raises(ValidationFailed) as bad, workspace.db.transaction() as s:
        accounts.create_user(s, "a", "", Role.EDITOR, "ngan")
    assert set(bad.value.field_errors) == {"username", "display_name", "password"}
    add_user(workspace, "Đặng Lan", Role.EDITOR)  # folded: "dang.lan"
    with workspace.db.reading() as s:
        assert "dang.lan" in [u.username for u in accounts.list_users(s)]
    with pytest.raises(ValidationFailed, match="đã có"):
        add_user(workspace, "dang.lan", Role.EDITOR)


def test_admin_reset_forces_a_new_password_at_next_sign_in(workspace: Workspace) -> None:
    enable(workspace)
    add_user(workspace, "lan", Role.EDITOR)
    with workspace.db.transaction() as s:
        accounts.reset_password(s, "lan", "tamthoi123")
        assert accounts.list_users(s)[0].must_change_password
    with pytest.raises(ValidationFailed, match="không đúng"), workspace.db.transaction() as s:
        accounts.change_own_password(s, "lan", "sai", "matkhaumoi9")
    with workspace.db.transaction() as s:
        accounts.change_own_password(s, "lan", "tamthoi123", "matkhaumoi9")
    assert sign_in(workspace, "lan", "matkhaumoi9").ok
