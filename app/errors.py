"""Errors the user can act on. Their message is shown as is, so it is written in Vietnamese and names
the file, row or field at fault. Anything else that escapes is a bug and goes to the crash dialog."""

from __future__ import annotations


class UserError(Exception):
    """A known problem with the user's input or files; nothing was changed."""

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        if not self.details:
            return self.message
        return self.message + "\n" + "\n".join(f"- {d}" for d in self.details)


class NotFound(UserError):
    """A record named by the user does not exist."""


class ValidationFailed(UserError):
    """Input broke a rule; ``field_errors`` maps field name to the Vietnamese message."""

    def __init__(self, field_errors: dict[str, str]) -> None:
        self.field_errors = field_errors
        super().__init__("Dữ liệu chưa hợp lệ:", details=list(field_errors.values()))
