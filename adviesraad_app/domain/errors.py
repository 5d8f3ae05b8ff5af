"""Errors that carry a Dutch message a user can act on.

Every error the user may see derives from :class:`UserError`; its ``str()`` is the message.
Anything else that escapes is a bug and is shown in the crash dialog.
"""

from __future__ import annotations


class UserError(Exception):
    """An error with a message meant for the user (in the current language)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DateParseError(UserError, ValueError):
    """Text that is not a date."""

    def __init__(self, text: str, message: str) -> None:
        super().__init__(message)
        self.text = text


class FieldError(UserError):
    """One invalid field: ``field`` is the attribute name, so a form can show it beside it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class ValidationError(UserError):
    """One or more invalid fields of one object."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("\n".join(error.message for error in errors))
        self.errors = errors

    def for_field(self, field: str) -> str | None:
        for error in self.errors:
            if error.field == field:
                return error.message
        return None


class NotFoundError(UserError):
    """A record that does not exist (or was deleted)."""
