"""services/errors.py: the one place the GUI and the CLI catch what a user may see: every
error there is a UserError whose text is the Dutch message, and the storage errors are the
very classes storage raises (so an ``except`` here catches them)."""

from __future__ import annotations

from pathlib import Path

from adviesraad_app.services import errors
from adviesraad_app.storage import errors as storage_errors


def test_every_exported_error_is_a_user_error() -> None:
    for name in errors.__all__:
        kind = getattr(errors, name)
        assert issubclass(kind, errors.UserError), name


def test_the_storage_errors_are_the_same_classes() -> None:
    for name in ("DatabaseLockedError", "DiskFullError", "CorruptDatabaseError", "StorageError"):
        assert getattr(errors, name) is getattr(storage_errors, name)
    raised = storage_errors.DiskFullError("De schijf is vol.", Path("r.sqlite3"))
    try:
        raise raised
    except errors.StorageError as caught:
        assert str(caught) == "De schijf is vol."


def test_a_validation_error_says_every_field() -> None:
    error = errors.ValidationError(
        [errors.FieldError("title", "Vul het onderwerp in."), errors.FieldError("kind", "Kies.")]
    )
    assert str(error) == "Vul het onderwerp in.\nKies."
    assert error.for_field("kind") == "Kies."
    assert error.for_field("theme") is None
