"""Accounts as the GUI uses them: each call is one transaction on the workspace database."""

from __future__ import annotations

from app.security import accounts
from app.security.accounts import SignInResult, UserInfo
from app.security.permissions import Actor, Permission, Role
from app.workspace import Workspace


class AccountService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.db = workspace.db

    @property
    def actor(self) -> Actor:
        return self.workspace.actor

    def can(self, permission: Permission) -> bool:
        return self.workspace.actor.can(permission)

    def sign_in_required(self) -> bool:
        with self.db.reading() as s:
            return accounts.sign_in_required(s)

    def users(self) -> list[UserInfo]:
        with self.db.reading() as s:
            return accounts.list_users(s)

    def sign_in(self, username: str, password: str) -> SignInResult:
        with self.db.transaction() as s:  # committed even when refused: the failure count must stay
            result = accounts.authenticate(s, username, password)
        if result.actor is not None:
            self.workspace.set_actor(result.actor)
        return result

    def must_change_password(self) -> bool:
        me = self.workspace.actor
        return me.signed_in and any(u.username == me.username and u.must_change_password for u in self.users())

    def sign_out(self) -> None:
        from app.security.permissions import local_actor

        self.workspace.set_actor(local_actor())

    def enable_sign_in(self, username: str, display_name: str, password: str) -> str:
        with self.db.transaction() as s:
            return accounts.enable_sign_in(s, username, display_name, password)

    def disable_sign_in(self) -> None:
        with self.db.transaction() as s:
            accounts.disable_sign_in(s)

    def new_recovery_code(self) -> str:
        with self.db.transaction() as s:
            return accounts.regenerate_recovery_code(s)

    def add_user(self, username: str, display_name: str, role: Role, password: str) -> UserInfo:
        with self.db.transaction() as s:
            return accounts.create_user(s, username, display_name, role, password)

    def update_user(
        self, username: str, *, display_name: str | None = None, role: Role | None = None, active: bool | None = None
    ) -> UserInfo:
        with self.db.transaction() as s:
            return accounts.update_user(s, username, display_name=display_name, role=role, active=active)

    def reset_password(self, username: str, password: str) -> None:
        with self.db.transaction() as s:
            accounts.reset_password(s, username, password)

    def unlock(self, username: str) -> None:
        with self.db.transaction() as s:
            accounts.unlock(s, username)

    def change_own_password(self, old: str, new: str) -> None:
        with self.db.transaction() as s:
            accounts.change_own_password(s, self.workspace.actor.username, old, new)

    def recover(self, code: str, username: str, new_password: str) -> str:
        with self.db.transaction() as s:
            return accounts.recover_with_code(s, code, username, new_password)
