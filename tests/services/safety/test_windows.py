"""Issue 21: what would break only on Windows, simulated here (see ``tests/windows_sim.py``).

None of this ran on Windows. Each test imitates one Windows behaviour (an ``OSError`` with its
``winerror``, ``os.access`` as Windows answers it, its sharing rules, its SQLite build, its
registry) and fails on the code before the fix.
"""

from __future__ import annotations

import dataclasses
import ntpath
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.readable_copy import copy_readable
from tests.services.safety.test_damaged_files import make_register
from tests.support.internals import store_of
from tests.windows_sim import (
    NEEDS_PROC,
    WindowsFiles,
    pretend_windows,
    win_error,
    windows_access,
)

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
    copy_readable(db_path, target)  # the repair's fallback
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
    from adviesraad_app.services.safety.location import LocationRisk, location_warning

    monkeypatch.setattr(os.path, "abspath", lambda p: ntpath.abspath("C:" + str(p)))
    mounts = "nas:/export /mnt/nas nfs4 rw 0 0\n"
    warning = location_warning(
        "/mnt/nas/register.sqlite3", windows=False, environ={}, mounts=mounts
    )
    assert warning is not None and warning.risk is LocationRisk.NETWORK_FILE_SYSTEM


# ------------------------------------------------------------ 5: a document open in Word


@NEEDS_PROC
def test_opening_a_document_that_is_open_in_a_viewer_again(
    service: RegisterService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from adviesraad_app.domain.documents import DocumentKind

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="x"))
    source = tmp_path / "Reactie college.pdf"
    source.write_bytes(b"%PDF-1.4 de brief")
    doc = service.add_document(advice.id or 0, source, DocumentKind.REPLY)
    copy = service.viewing_copy(doc)
    WindowsFiles(monkeypatch).install()
    with copy.open("rb"):  # Acrobat has it open: Windows refuses to delete or rewrite it
        again = service.viewing_copy(doc)
        assert again == copy and again.read_bytes() == b"%PDF-1.4 de brief"
        os.chmod(copy, 0o600)
        copy.write_bytes(b"half")  # a copy that is no longer what was stored
        fresh = service.viewing_copy(doc)
    assert fresh.name == "Reactie college (2).pdf"
    assert fresh.read_bytes() == b"%PDF-1.4 de brief"


# ------------------------------------------------------------ 7: a scanner holds a file


@NEEDS_PROC
def test_backup_and_export_survive_a_scanner_holding_the_file(
    demo_service: RegisterService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviesraad_app.services.io_files import write_atomically
    from adviesraad_app.services.safety.backups import make_backup
    from adviesraad_app.storage.backup_files import BackupKind

    files = WindowsFiles(monkeypatch).install()
    real_replace = files.replace

    def scanned_replace(src: Any, dst: Any, **kwargs: Any) -> None:
        files.scanner.setdefault(Path(src).name, 2)  # the first two attempts: WinError 32
        real_replace(src, dst, **kwargs)

    monkeypatch.setattr(os, "replace", scanned_replace)
    entry = make_backup(demo_service.path, BackupKind.MANUAL)
    assert entry.path.is_file() and entry.advices > 0
    (tmp_path / "uit").mkdir()
    target = tmp_path / "uit" / "register.csv"
    write_atomically(target, lambda p: p.write_text("a;b\n", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "a;b\n"
    assert ("replace", 32) in files.refused
    assert [p.name for p in target.parent.iterdir()] == ["register.csv"]


def test_a_lasting_sharing_violation_gets_a_message_naming_the_cause(tmp_path: Path) -> None:
    from adviesraad_app.storage.errors import classify_os_error

    message = classify_os_error(win_error(32, tmp_path / "a.pdf"), tmp_path / "a.pdf").message
    assert "in gebruik door een ander programma" in message and "schrijfrechten" not in message


# ------------------------------------------------------------ 12: leftovers Windows keeps


@NEEDS_PROC
def test_export_over_a_read_only_file_leaves_no_temporary_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviesraad_app.domain.errors import UserError
    from adviesraad_app.services.io_files import write_atomically

    target = tmp_path / "register.csv"
    target.write_text("oud", encoding="utf-8")
    target.chmod(0o444)  # the read-only attribute
    WindowsFiles(monkeypatch).install()
    with pytest.raises(UserError):
        write_atomically(target, lambda p: p.write_text("nieuw", encoding="utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == ["register.csv"]
    assert target.read_text(encoding="utf-8") == "oud"


def test_temporary_files_and_folders_are_hidden_on_windows(
    demo_service: RegisterService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name with a dot is not hidden on Windows: our temporary files get the hidden
    attribute, so that one a crash leaves behind does not clutter the folder."""
    import ctypes

    from adviesraad_app.reports.export import export_pdf
    from adviesraad_app.services.io_files import write_atomically
    from adviesraad_app.services.pdf.content import PdfKind
    from adviesraad_app.services.safety.backups import make_backup, restore_backup
    from adviesraad_app.storage.backup_files import BackupKind

    hidden: list[str] = []

    class Kernel32:
        def GetFileAttributesW(self, path: str) -> int:
            return 0x80 if os.path.exists(path) else -1

        def SetFileAttributesW(self, path: str, attributes: int) -> int:
            if attributes & 0x2:
                hidden.append(Path(path).name)
            return 1

    class WinDLL:
        kernel32 = Kernel32()

    pretend_windows(monkeypatch)
    monkeypatch.setattr(ctypes, "windll", WinDLL(), raising=False)
    write_atomically(tmp_path / "register.csv", lambda p: p.write_text("x", encoding="utf-8"))
    export_pdf(demo_service, PdfKind.TERMIJNEN, tmp_path / "overzicht.pdf")
    backup = make_backup(demo_service.path, BackupKind.MANUAL).path
    restore_backup(demo_service.path, backup)
    assert any(name.startswith(".register") for name in hidden)
    assert any(name.startswith(".overzicht") for name in hidden)
    assert any(name.startswith(".terugzetten-") for name in hidden)


# ------------------------------------------------------------ 13: long paths, odd suffixes


def test_a_path_too_long_for_windows_is_not_called_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviesraad_app.storage.errors import classify_os_error

    pretend_windows(monkeypatch)
    long = Path("C:\\Users\\secretaris\\" + "Adviesraad sociaal domein\\" * 10 + "brief.pdf")
    assert len(str(long)) > 260
    message = classify_os_error(win_error(3, long), long).message
    assert "te lang" in message and "bestaat niet" not in message
    assert "bestaat niet" in classify_os_error(win_error(2, tmp_path / "x"), tmp_path / "x").message


@pytest.mark.parametrize(
    ("name", "suffix"),
    [
        ("Advies 12.2024 versie definitief", ""),
        ("Reactie.PDF", ".pdf"),
        ("jaarverslag.2024", ""),
        ("bijlage.docx", ".docx"),
        ("archief.7z", ".7z"),
        ("notitie. ", ""),
    ],
)
def test_stored_documents_get_names_windows_can_copy(
    service: RegisterService, tmp_path: Path, name: str, suffix: str
) -> None:
    from adviesraad_app.domain.documents import DocumentKind

    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="x"))
    source = tmp_path / name
    source.write_bytes(name.encode())
    doc = service.add_document(advice.id or 0, source, DocumentKind.OTHER)
    stored = Path(doc.stored_name).name
    assert stored == doc.sha256 + suffix
    assert not any(c in stored for c in ' <>:"|?*') and not stored.endswith((".", " "))
    assert doc.original_name == name


# ------------------------------------------------------------ 6: Teams/SharePoint libraries


class FakeRegistry:
    """Enough of ``winreg`` for the sync roots: keys are nested dicts, values ``{"=name":
    data}``."""

    HKEY_LOCAL_MACHINE = "HKLM"
    HKEY_CURRENT_USER = "HKCU"

    def __init__(self, tree: dict[str, Any]) -> None:
        self.tree = tree

    class Key:
        def __init__(self, node: dict[str, Any]) -> None:
            self.node = node

        def __enter__(self) -> FakeRegistry.Key:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    def OpenKey(self, key: Any, sub: str) -> FakeRegistry.Key:
        node = self.tree[key] if isinstance(key, str) else key.node
        for part in sub.split("\\"):
            if part not in node or not isinstance(node[part], dict):
                raise FileNotFoundError(2, "The system cannot find the file specified")
            node = node[part]
        return FakeRegistry.Key(node)

    def EnumKey(self, key: FakeRegistry.Key, index: int) -> str:
        names = [k for k, v in key.node.items() if isinstance(v, dict)]
        if index >= len(names):
            raise OSError(259, "No more data is available")
        return names[index]

    def EnumValue(self, key: FakeRegistry.Key, index: int) -> tuple[str, Any, int]:
        values = [(k[1:], v) for k, v in key.node.items() if k.startswith("=")]
        if index >= len(values):
            raise OSError(259, "No more data is available")
        return values[index][0], values[index][1], 1

    def QueryValueEx(self, key: FakeRegistry.Key, name: str) -> tuple[Any, int]:
        if "=" + name not in key.node:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.node["=" + name], 1


USER = r"C:\Users\secretaris"
TEAMS = USER + r"\Gemeente Almelo\ASD - Documenten\register.sqlite3"
ONEDRIVE_REGISTRY = {
    "HKLM": {},
    "HKCU": {
        "Software": {
            "Microsoft": {
                "OneDrive": {
                    "Accounts": {
                        "Business1": {
                            "=UserFolder": USER + r"\OneDrive - Gemeente Almelo",
                            "Tenants": {
                                "Gemeente Almelo": {
                                    "=" + USER + r"\OneDrive - Gemeente Almelo": 1,
                                    "=" + USER + r"\Gemeente Almelo": 1,
                                }
                            },
                        }
                    }
                }
            }
        }
    },
}
CLOUD_FILES_REGISTRY = {
    "HKCU": {},
    "HKLM": {
        "SOFTWARE": {
            "Microsoft": {
                "Windows": {
                    "CurrentVersion": {
                        "Explorer": {
                            "SyncRootManager": {
                                "OneDrive!S-1-5-21-42!Business1|Gemeente Almelo": {
                                    "UserSyncRoots": {"=S-1-5-21-42": USER + r"\Gemeente Almelo"}
                                },
                                "Dropbox!S-1-5-21-42!Personal": {
                                    "UserSyncRoots": {"=S-1-5-21-42": r"E:\Dossiers"}
                                },
                            }
                        }
                    }
                }
            }
        }
    },
}


def _windows_warning(path: str, **kwargs: Any) -> Any:
    from adviesraad_app.services.safety.location import location_warning

    return location_warning(path, windows=True, environ={}, drive_type=lambda _r: 3, **kwargs)


@pytest.mark.parametrize("tree", [ONEDRIVE_REGISTRY, CLOUD_FILES_REGISTRY])
def test_a_register_in_a_synced_teams_library_gets_the_warning(
    tree: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from adviesraad_app.services.safety.location import LocationRisk

    pretend_windows(monkeypatch)
    monkeypatch.setitem(sys.modules, "winreg", FakeRegistry(tree))
    warning = _windows_warning(TEAMS, cloud_attributes=lambda _p: 0)
    assert warning is not None and warning.risk is LocationRisk.CLOUD_SYNC
    assert warning.detail == "OneDrive" and "OneDrive synchroniseert" in warning.message
    assert _windows_warning(r"C:\Users\secretaris\Documenten\register.sqlite3") is None


def test_other_sync_providers_and_cloud_file_attributes() -> None:
    from adviesraad_app.services.safety.sync_roots import windows_sync_roots

    roots = windows_sync_roots(FakeRegistry(CLOUD_FILES_REGISTRY))
    warning = _windows_warning(r"E:\Dossiers\ASD\register.sqlite3", sync_roots=roots)
    assert warning is not None and warning.detail == "Dropbox"
    pinned = 0x00080000  # FILE_ATTRIBUTE_PINNED: only files in a Cloud Files folder have it
    warning = _windows_warning(
        r"D:\Werk\register.sqlite3", sync_roots=[], cloud_attributes=lambda _p: pinned
    )
    assert warning is not None and "synchronisatiedienst" in warning.message
    assert (
        _windows_warning(r"D:\Werk\register.sqlite3", sync_roots=[], cloud_attributes=lambda _p: 0)
        is None
    )


# ------------------------------------------------------------ 8: first-chance exceptions


def test_exceptions_windows_handled_itself_are_not_offered_after_a_clean_exit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """faulthandler on Windows writes down COM/RPC exceptions that Windows raises and
    handles itself (a native file dialog, Outlook's drag and drop); the session goes on and
    ends normally. The next start must not say that something went wrong."""
    from adviesraad_app import crash

    path = crash.start_fault_log()
    assert path is not None
    with path.open("a", encoding="utf-8") as handle:  # as faulthandler writes it
        handle.write(
            "Windows fatal exception: code 0x8001010d\n\nCurrent thread 0x00001a2c "
            '(most recent call first):\n  File "dialogs.py", line 88 in getOpenFileName\n'
        )
    crash.stop_fault_log()  # a clean exit
    assert crash.unseen_crash_logs() == []
    assert not path.exists()


def test_the_fault_log_of_a_session_that_died_is_still_offered() -> None:
    """A session that dies after faulthandler wrote into its file never reaches the clean
    exit: the next start offers what it wrote."""
    import signal
    import subprocess

    from adviesraad_app import crash
    from tests.support.world import child_env

    code = (
        "import os, signal\n"
        "from adviesraad_app import crash\n"
        "path = crash.start_fault_log()\n"
        "path.write_text('Fatal Python error: Segmentation fault\\n', encoding='utf-8')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=child_env(), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == -signal.SIGKILL
    crash.start_fault_log()  # the next start
    try:
        offered = crash.unseen_crash_logs()
        assert len(offered) == 1
        assert "Segmentation fault" in offered[0].read_text(encoding="utf-8")
    finally:
        crash.stop_fault_log()


# ------------------------------------------------------------ 11: JSON saved from PowerShell


def test_json_commands_write_utf8_files_themselves(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``& $ar list --json > register.json`` in Windows PowerShell decodes the program's
    UTF-8 in the console's code page (850) and writes the garbled text: ë becomes Ã«. With
    ``--output`` the program writes the file itself."""
    import json

    from adviesraad_app.cli.main import main

    title = "Cliëntondersteuning en ’eigen regie’ à la carte"
    svc = RegisterService.open(db_path)
    svc.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title=title))
    svc.close()
    capsys.readouterr()
    assert main(["--db", str(db_path), "list", "--json"]) == 0
    through_powershell = capsys.readouterr().out.encode("utf-8").decode("cp850")
    assert title not in through_powershell  # what the issue saw

    target = tmp_path / "register.json"
    assert main(["--db", str(db_path), "list", "--output", str(target)]) == 0
    assert capsys.readouterr().out == ""
    data = target.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
    assert json.loads(data.decode("utf-8"))[0]["title"] == title

    assert main(["--db", str(db_path), "deadlines", "--output", str(tmp_path / "termijnen")]) == 0
    assert json.loads((tmp_path / "termijnen.json").read_text(encoding="utf-8")) is not None
    code = main(["--db", str(db_path), "list", "--output", str(tmp_path / "nergens" / "x.json")])
    captured = capsys.readouterr()
    assert code == 1 and "bestaat niet" in captured.err and "Traceback" not in captured.err


@pytest.mark.parametrize(
    ("original", "shown"),
    [
        ("Reactie 12:30 uur.pdf", "Reactie 12_30 uur.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ('advies "definitief"?.docx', "advies _definitief__.docx"),
        ("gewoon.pdf", "gewoon.pdf"),
    ],
)
def test_viewing_copies_get_names_windows_accepts(
    service: RegisterService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    original: str,
    shown: str,
) -> None:
    """A document registered on another system keeps its original name in the register;
    the copy opened on Windows must have a name Windows can create."""
    import tempfile

    from adviesraad_app.domain.documents import DocumentKind

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="x"))
    source = tmp_path / "bron.pdf"
    source.write_bytes(b"%PDF-1.4")
    doc = service.add_document(advice.id or 0, source, DocumentKind.OTHER)
    doc = dataclasses.replace(doc, original_name=original)
    assert service.viewing_copy(doc).name == shown


# ------------------------------------------------------------ 1 and 4 together: check --repair


@NEEDS_PROC
def test_cli_repair_of_a_damaged_index_with_windows_sqlite_and_file_rules(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``adviesraad check --repair`` where it is needed most: REINDEX and VACUUM INTO stop at
    the damaged index page, so the repair copies table by table (the ``ATTACH`` of finding 1)
    and puts the copy in place while its own connection is open (finding 4)."""
    import json

    from adviesraad_app.cli.main import main
    from tests.services.safety.test_check_damaged import _damage_page, _root_page, _titles

    make_register(db_path, n=120)
    titles = _titles(db_path)
    _damage_page(db_path, _root_page(db_path, "idx_advices_sent"))
    windows_sqlite(monkeypatch)
    WindowsFiles(monkeypatch).install()
    code = main(["--db", str(db_path), "check", "--repair", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    data = json.loads(out)
    assert data["after"]["ok"] is True and data["failure"] is None
    monkeypatch.undo()
    assert _titles(db_path) == titles


@pytest.mark.skipif(
    sys.platform == "win32", reason="Windows cannot create such a name, which is the point"
)
def test_check_names_stored_documents_windows_cannot_copy(
    service: RegisterService, tmp_path: Path
) -> None:
    """A register made on Linux before the fix: a stored copy named ``<sha>.v2: def``."""
    from adviesraad_app.domain.documents import DocumentKind
    from adviesraad_app.services.safety.check import IssueCode, check_database

    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="x"))
    source = tmp_path / "brief.pdf"
    source.write_bytes(b"%PDF-1.4")
    doc = service.add_document(advice.id or 0, source, DocumentKind.OTHER)
    assert check_database(service).ok
    old = service.document_path(doc)
    odd = f"{doc.stored_name.split('/')[0]}/{doc.sha256}.v2: def"
    old.rename(service.documents_dir / odd)
    with store_of(service).write() as db:
        db.execute("UPDATE documents SET stored_name = ? WHERE id = ?", (odd, doc.id))
    report = check_database(service)
    assert IssueCode.DOCUMENT_NAMES in {issue.code for issue in report.issues}
    assert "naam die Windows niet kan maken" in report.text()


def test_a_hold_that_lasts_is_given_up_with_the_dutch_reason(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Word keeps the file open: the retry ends after a short while, and the message says
    the file is in use, not that the user lacks rights."""
    from adviesraad_app.domain.errors import UserError
    from adviesraad_app.services.io_files import write_atomically
    from adviesraad_app.storage import win_files

    monkeypatch.setattr(win_files, "RETRY_SECONDS", 0.3)
    files = WindowsFiles(monkeypatch).install()
    real_replace = files.replace

    def held(src: Any, dst: Any, **kwargs: Any) -> None:
        files.scanner[Path(dst).name] = 1  # held again at every attempt
        real_replace(src, dst, **kwargs)

    monkeypatch.setattr(os, "replace", held)
    (tmp_path / "uit").mkdir()
    target = tmp_path / "uit" / "register.csv"
    with pytest.raises(UserError) as info:
        write_atomically(target, lambda p: p.write_text("x", encoding="utf-8"))
    assert "in gebruik door een ander programma" in str(info.value)
    assert len([r for r in files.refused if r == ("replace", 32)]) >= 2  # tried again
    assert list(target.parent.iterdir()) == []
