"""Accounts for the optional sign-in. Local to this install: never in a sync bundle."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UtcDateTime, utcnow


class UserAccount(Base):
    __tablename__ = "user_account"
    # the audit trail records who changed an account and how, never its secrets or lock-out counters
    __audit_ignore__ = ("password_hash", "failed_attempts", "locked_until", "last_sign_in_at")
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)  # stored folded: lower case, no accents
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))  # app.auth.Role
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
