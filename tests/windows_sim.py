"""Windows' file behaviour, simulated on Linux for the tests of issue 21.

Nothing here runs on Windows; it imitates, faithfully enough to catch the defects, what
CPython's Windows build does:

* :func:`win_error`: an ``OSError`` as Windows raises it (``winerror`` 5, 32, 33 ...).
* :func:`windows_access`: ``os.access`` as on Windows: ``W_OK`` is always true for a folder
  and for a file only reads the read-only attribute (here: the owner's write bit).
* :class:`WindowsFiles`: ``os.replace``/``os.rename``/``os.unlink``/``os.remove`` with
  Windows' rules: a file that a handle of this process holds (SQLite connections, a viewer)
  cannot be renamed, replaced or deleted (WinError 32); a read-only file cannot be deleted or
  replaced (WinError 5); and, optionally, a scanner holding a file for the first N attempts.
  Open handles are read from ``/proc/self/fd`` (Linux), which sees SQLite's own handles too.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ON_WINDOWS = sys.platform == "win32"
NEEDS_PROC = pytest.mark.skipif(
    not (ON_WINDOWS or Path("/proc/self/fd").is_dir()),
    reason="the simulation of Windows' file sharing reads /proc/self/fd (Linux); "
    "on Windows the real rules apply",
)

_ERRNO = {2: errno.ENOENT, 3: errno.ENOENT, 5: errno.EACCES, 32: errno.EACCES, 33: errno.EACCES}
_TEXT = {
    5: "Access is denied",
    32: "The process cannot access the file because it is being used by another process",
    33: "The process cannot access the file because another process has locked a portion",
}


def win_error(code: int, filename: str | os.PathLike[str] | None = None) -> OSError:
    """An ``OSError`` with ``winerror`` set, of the class CPython on Windows would raise."""
    number = _ERRNO.get(code, errno.EIO)
    kind: type[OSError] = {errno.EACCES: PermissionError, errno.ENOENT: FileNotFoundError}.get(
        number, OSError
    )
    exc = kind(number, _TEXT.get(code, "Windows error"), os.fspath(filename) if filename else None)
    exc.winerror = code  # type: ignore[attr-defined]
    return exc


def windows_access(real: Callable[..., bool]) -> Callable[..., bool]:
    """``os.access`` with Windows' answer for ``W_OK``."""

    def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        if mode & os.W_OK:
            try:
                st = os.stat(path)
            except OSError:
                return False
            if stat.S_ISDIR(st.st_mode):
                return True  # Windows: folders are always "writable" for os.access
            return bool(st.st_mode & stat.S_IWUSR)  # only the read-only attribute
        return real(path, mode, *args, **kwargs)

    return access


def open_in_process(path: str | os.PathLike[str]) -> bool:
    """Whether a file descriptor of this process refers to ``path``."""
    try:
        target = os.path.realpath(path)
    except OSError:
        return False
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == target:
                return True
        except OSError:
            continue
    return False


def _read_only(path: str | os.PathLike[str]) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    return not stat.S_ISDIR(st.st_mode) and not st.st_mode & stat.S_IWUSR


class WindowsFiles:
    """Install with :meth:`install`; ``scanner[name] = n`` fails the next ``n`` operations on
    a file of that name with WinError 32 (a virus scanner's short hold).

    On Windows itself only the scanner is simulated: the sharing and read-only rules are
    the real ones there."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.scanner: dict[str, int] = {}
        self.refused: list[tuple[str, int]] = []
        self._real_replace = os.replace
        self._real_rename = os.rename
        self._real_unlink = os.unlink
        self._monkeypatch = monkeypatch

    def install(self) -> WindowsFiles:
        mp = self._monkeypatch
        mp.setattr(os, "replace", self.replace)
        mp.setattr(os, "rename", self.rename)
        mp.setattr(os, "unlink", self.unlink)
        mp.setattr(os, "remove", self.unlink)
        return self

    def _check(self, op: str, *paths: str | os.PathLike[str]) -> None:
        for path in paths:
            name = Path(path).name
            if self.scanner.get(name, 0) > 0:
                self.scanner[name] -= 1
                self.refused.append((op, 32))
                raise win_error(32, path)
            if not ON_WINDOWS and os.path.lexists(path) and open_in_process(path):
                self.refused.append((op, 32))
                raise win_error(32, path)

    def replace(self, src: Any, dst: Any, **kwargs: Any) -> None:
        self._check("replace", src, dst)
        if not ON_WINDOWS and _read_only(dst):
            self.refused.append(("replace", 5))
            raise win_error(5, dst)
        self._real_replace(src, dst, **kwargs)

    def rename(self, src: Any, dst: Any, **kwargs: Any) -> None:
        self._check("rename", src, dst)
        if not ON_WINDOWS and os.path.lexists(dst):
            raise FileExistsError(
                errno.EEXIST, "Cannot create a file when that file already exists"
            )
        self._real_rename(src, dst, **kwargs)

    def unlink(self, path: Any, *args: Any, **kwargs: Any) -> None:
        self._check("unlink", path)
        if not ON_WINDOWS and _read_only(path):
            self.refused.append(("unlink", 5))
            raise win_error(5, path)
        self._real_unlink(path, *args, **kwargs)


def pretend_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """``sys.platform == "win32"`` for code that asks (``os.name`` stays: pathlib needs it)."""
    monkeypatch.setattr(sys, "platform", "win32")
