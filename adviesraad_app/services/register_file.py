"""The register as a file: its place, whether it may be written, and letting go of it.

:class:`RegisterFile` is the part of :class:`~adviesraad_app.services.register.RegisterService`
that is about the open database file rather than its contents: the GUI's safety features
(backups, the check, restoring a backup) need it; the rest of the program does not.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from adviesraad_app.storage.database import Store
from adviesraad_app.storage.integrity import Integrity


class RegisterFile:
    """One open register database file (the connection stays private)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.changed = False  # any write since opening (for the backup on close)

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def readonly(self) -> bool:
        return self._store.readonly

    def close(self) -> None:
        self._store.close()

    def data_version(self) -> tuple[int, int]:
        """Changes whenever the register changes (here or by another program)."""
        return self._store.data_version()

    @contextlib.contextmanager
    def all_or_nothing(self) -> Iterator[None]:
        """Several service calls as one change: all of them are saved, or none (for bulk
        actions such as deleting a selection, for undoing them, and for saving a letter with
        what it brought). Marks the register changed."""
        with self._write():
            yield

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        with self._store.write():
            yield
        self.changed = True

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Several reads that see one consistent state, also while another program writes."""
        with self._store.snapshot():
            yield

    # ------------------------------------------------------------------ the file's health

    @property
    def verified(self) -> bool:
        """``True`` once a quick check found the file sound (or it was created new)."""
        return self._store.verified

    def mark_verified(self) -> None:
        """A check on another connection (a background thread) found the file sound."""
        self._store.mark_verified()

    def integrity(self) -> Integrity:
        """What the database check and its repair need from SQLite (``services.safety``)."""
        return Integrity(self._store)

    # ------------------------------------------------------------------ letting go

    def release(self) -> None:
        """Close the file until :meth:`reconnect` (Windows cannot replace a file that is
        open); meanwhile every use is refused with a Dutch message."""
        self._store.release()

    @property
    def released(self) -> bool:
        return self._store.released

    def reconnect(self) -> None:
        """Open the file again after :meth:`release`."""
        self._store.reconnect()

    @contextlib.contextmanager
    def releasing(self) -> Iterator[None]:
        """:meth:`release` for the duration, then :meth:`reconnect`."""
        with self._store.releasing():
            yield
