"""File operations that also hold on Windows, where files behave differently than on Linux.

* ``os.access(path, os.W_OK)`` says nothing there: it is always true for a folder and reads
  only the read-only attribute of a file, not the folder's access rights. :func:`is_writable`
  really tries (opens the file for writing, creates a file in the folder).
* A virus scanner or the search indexer opens a new file for a moment; ``os.replace`` or
  ``os.unlink`` then fails with a sharing violation (WinError 32/33) or "access denied"
  (WinError 5). :func:`replace_file` and :func:`remove_file` try again for a short while.
* A file with the read-only attribute cannot be deleted: :func:`remove_file` clears it first.
* A name starting with a dot is not hidden on Windows: :func:`hide` sets the hidden attribute
  of our temporary files, so that one left behind by a crash does not clutter the folder.

Every function behaves exactly as before on Linux (no ``winerror`` there, so no retry).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
TRANSIENT_WINERRORS = frozenset({5, 32, 33})
SHARING_WINERRORS = frozenset({32, 33})
RETRY_SECONDS = 2.0
RETRY_PAUSE = 0.1
FILE_ATTRIBUTE_HIDDEN = 0x2


def winerror(exc: BaseException) -> int | None:
    """The Windows error code of an ``OSError`` (``None`` elsewhere)."""
    code = getattr(exc, "winerror", None)
    return code if isinstance(code, int) else None


def is_transient(exc: BaseException) -> bool:
    """An error another program's short hold on the file causes (scanner, indexer, sync)."""
    return isinstance(exc, OSError) and winerror(exc) in TRANSIENT_WINERRORS


def with_retry(operation: Callable[[], T], seconds: float | None = None) -> T:
    """``operation()``, tried again for up to ``seconds`` (default :data:`RETRY_SECONDS`)
    while it fails with WinError 5/32/33."""
    deadline = time.monotonic() + (RETRY_SECONDS if seconds is None else seconds)
    while True:
        try:
            return operation()
        except OSError as exc:
            if not is_transient(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(RETRY_PAUSE)


def replace_file(source: os.PathLike[str] | str, target: os.PathLike[str] | str) -> None:
    """``os.replace``, tried again while a scanner holds one of the files."""
    with_retry(lambda: os.replace(source, target))


def _is_read_only(path: os.PathLike[str] | str) -> bool:
    try:
        return not os.stat(path).st_mode & stat.S_IWRITE
    except OSError:
        return False


def _clear_read_only(path: os.PathLike[str] | str) -> None:
    with contextlib.suppress(OSError):
        mode = os.stat(path).st_mode
        if not mode & stat.S_IWRITE:
            os.chmod(path, mode | stat.S_IWRITE)


def remove_file(path: os.PathLike[str] | str, *, missing_ok: bool = True) -> None:
    """``os.unlink``, also of a read-only file, tried again while a scanner holds it."""

    def remove() -> None:
        try:
            os.unlink(path)
        except FileNotFoundError:
            if not missing_ok:
                raise
        except PermissionError as exc:
            if winerror(exc) in SHARING_WINERRORS or not _is_read_only(path):
                raise
            _clear_read_only(path)  # Windows will not delete a read-only file
            os.unlink(path)

    with_retry(remove)


def hide(path: os.PathLike[str] | str) -> None:
    """Give a temporary file or folder the hidden attribute on Windows (nothing elsewhere)."""
    if sys.platform != "win32":
        return
    with contextlib.suppress(Exception):
        import ctypes

        windll = ctypes.windll  # type: ignore[attr-defined,unused-ignore]
        attributes = int(windll.kernel32.GetFileAttributesW(os.fspath(path)))
        if attributes not in (-1, 0xFFFFFFFF):  # INVALID_FILE_ATTRIBUTES
            windll.kernel32.SetFileAttributesW(os.fspath(path), attributes | FILE_ATTRIBUTE_HIDDEN)


def _denied(exc: OSError) -> bool:
    if winerror(exc) in SHARING_WINERRORS:
        return False  # in use by another program, not read-only
    return isinstance(exc, PermissionError) or exc.errno == errno.EROFS


def is_writable(path: Path) -> bool:
    """Whether we may write ``path`` (a file) or create files in it (a folder): really tried.

    A file is opened for writing (nothing is written, it is not truncated); in a folder an
    empty probe file is created and removed. Other errors than "access denied" or a
    read-only file system (a file in use, a flaky share) count as writable: opening the
    database then says what is wrong.
    """
    if path.is_dir():
        return _folder_is_writable(path)
    try:
        handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        return not _denied(exc)
    os.close(handle)
    return True


def _folder_is_writable(folder: Path) -> bool:
    # A random name (12 hex digits) without loading uuid, which start-up does not need.
    probe = folder / f"adviesraad-schrijftest-{os.urandom(6).hex()}.tmp"
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(probe, flags, 0o600)
    except FileExistsError:
        return True
    except OSError as exc:
        return not _denied(exc)
    os.close(handle)
    with contextlib.suppress(OSError):
        remove_file(probe)
    return True


def make_work_folder(parent: Path, name: str) -> Path:
    """A new temporary folder ``.<name>-…`` in ``parent`` (the register's folder, so that the
    finished file can be moved into place in one step), hidden on Windows too."""
    folder = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=parent))
    hide(folder)
    return folder


def remove_tree(folder: Path) -> None:
    """Remove a work folder; read-only files and a scanner's short hold do not stop it. What
    still cannot be removed is left (never an error: the work is done)."""

    def clear_and_retry(function: Callable[[str], object], path: str, _info: object) -> None:
        _clear_read_only(path)
        with contextlib.suppress(OSError):
            with_retry(lambda: function(path))

    shutil.rmtree(folder, onerror=clear_and_retry)
