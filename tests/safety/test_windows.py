"""Issue 21: what would break only on Windows, simulated here (see ``tests/windows_sim.py``).

None of this ran on Windows. Each test imitates one Windows behaviour (an ``OSError`` with its
``winerror``, ``os.access`` as Windows answers it, its sharing rules, its SQLite build, its
registry) and fails on the code before the fix.
"""

from __future__ import annotations

import ntpath
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from adviesraad_app.domain.model import Advice, AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage import backup as store_backup
from tests.windows_sim import windows_access

from .test_damaged_files import make_register

# ------------------------------------------------------------ 1: ATTACH of a file: URI


class _NoUriConnection(sqlite3.Connection):
    """A connection as CPython's Windows ``sqlite3.dll`` makes it without ``uri=True``: a
    ``file:`` name in ``ATTACH`` is not understood ("unable to open database")."""

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:  # type: ignore[override]
        if sql.lstrip().upper().startswith("ATTACH") and any(
            str(p).startswith("file:") for p in parameters
        ):
            raise sqlite3.OperationalError("unable to open database: " + str(parameters[0]))
        return super().execute(sql, parameters)


def windows_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    real = sqlite3.connect

    def connect(database: Any, *args: Any, uri: bool = False, **kwargs: Any) -> Any:
        if not uri and "factory" not in kwargs:
            kwargs["factory"] = _NoUriConnection
        return real(database, *args, uri=uri, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_table_by_table_copy_works_with_windows_sqlite(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_register(db_path, n=12)
    windows_sqlite(monkeypatch)
    target = tmp_path / "kopie.sqlite3"
    store_backup.copy_readable(db_path, target)  # the repair's fallback
    monkeypatch.undo()
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT count(*) FROM advices").fetchone()[0] == 12
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


# ------------------------------------------------------------ 2: read-only detection


def deny_writes_like_an_acl(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """An NTFS access rule that forbids writing in ``denied`` (a folder or a file), while
    ``os.access`` answers as on Windows. Root on Linux ignores chmod, so ``os.open`` is told."""
    real_open = os.open
    monkeypatch.setattr(os, "access", windows_access(os.access))

    def guarded_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        target = Path(os.fspath(path))
        writing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        if writing and (target == denied or denied in target.parents):
            from tests.windows_sim import win_error

            raise win_error(5, target)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)


def _register_in(folder: Path) -> Path:
    path = folder / "register.sqlite3"
    svc = RegisterService.open(path)
    svc.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Bestaand"))
    svc.close()
    return path


def test_register_in_a_folder_without_write_access_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "afdeling"
    folder.mkdir()
    path = _register_in(folder)
    deny_writes_like_an_acl(monkeypatch, folder)
    svc = RegisterService.open(path)
    try:
        assert svc.readonly, "a folder we may not write to must give the read-only mode"
        assert svc.count() == 1
    finally:
        svc.close()


def test_register_file_without_write_access_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _register_in(tmp_path)
    deny_writes_like_an_acl(monkeypatch, path)
    svc = RegisterService.open(path)
    try:
        assert svc.readonly
    finally:
        svc.close()


def test_writable_probe_leaves_nothing_behind(tmp_path: Path) -> None:
    from adviesraad_app.storage.win_files import is_writable

    path = _register_in(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert is_writable(tmp_path) and is_writable(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_file_in_use_is_not_taken_for_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviesraad_app.storage.win_files import is_writable
    from tests.windows_sim import win_error

    path = _register_in(tmp_path)
    real_open = os.open

    def in_use(p: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(os.fspath(p)) == path:
            raise win_error(32, p)
        return real_open(p, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", in_use)
    assert is_writable(path)


# ------------------------------------------------------------ 3: tests and location on Windows


def test_linux_mount_check_does_not_use_the_hosts_path_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``location_warning(windows=False)`` on a Windows host (the test suite in the Windows
    workflow): ``os.path`` is ``ntpath`` there, which would turn ``/mnt/nas/x`` into
    ``C:\\mnt\\nas\\x`` and miss the mount."""
    from adviesraad_app.services.location import LocationRisk, location_warning

    monkeypatch.setattr(os.path, "abspath", lambda p: ntpath.abspath("C:" + str(p)))
    mounts = "nas:/export /mnt/nas nfs4 rw 0 0\n"
    warning = location_warning(
        "/mnt/nas/register.sqlite3", windows=False, environ={}, mounts=mounts
    )
    assert warning is not None and warning.risk is LocationRisk.NETWORK_FILE_SYSTEM
