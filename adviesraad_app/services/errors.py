"""The errors a user may see, for the GUI and the CLI to catch.

They are defined where they arise (``domain.errors`` for rules, ``storage.errors`` for the
file and the disk); the GUI and the CLI import them from here, so that neither reaches into
storage/. Each one's ``str()`` is a Dutch message.
"""

from __future__ import annotations

from adviesraad_app.domain.errors import (
    DateParseError,
    FieldError,
    NotFoundError,
    UserError,
    ValidationError,
)
from adviesraad_app.storage.errors import (
    CannotOpenError,
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DiskFullError,
    DiskIOError,
    NotADatabaseError,
    ReadOnlyError,
    StorageError,
)

__all__ = [
    "CannotOpenError",
    "CorruptDatabaseError",
    "DatabaseLockedError",
    "DatabaseTooNewError",
    "DateParseError",
    "DiskFullError",
    "DiskIOError",
    "FieldError",
    "NotADatabaseError",
    "NotFoundError",
    "ReadOnlyError",
    "StorageError",
    "UserError",
    "ValidationError",
]
