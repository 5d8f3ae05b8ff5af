"""Disk full, I/O errors, read-only and locked files: a clear Dutch error, the data as it was,
and a service that keeps working afterwards.

Fault injection: every service write path is run with an error injected at *each* of its SQL
statements in turn (from ``BEGIN IMMEDIATE`` to ``COMMIT``), until it runs through. After each
failure the register must be exactly as before. Real file-system failures (a full tmpfs, a
read-only bind mount) run where the test may mount (root on Linux) and are skipped elsewhere.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from adviesraad_app.domain.advices import Advice, Recommendation
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.documents import DocumentKind
from adviesraad_app.domain.extensions import TermKind
from adviesraad_app.domain.kinds import AdviceKind, CommitmentStatus, ManualStatus
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import make_backup
from adviesraad_app.services.safety.check import check_database
from adviesraad_app.services.safety.repair import rebuild_search_index
from adviesraad_app.storage.errors import (
    DatabaseLockedError,
    DiskFullError,
    DiskIOError,
    ReadOnlyError,
    StorageError,
)
from tests.support.internals import store_of
from tests.support.world import World, deny_writes, integrity, snapshot


class FailingConnection:
    """Stands in for the service's connection; the ``fail_at``-th statement of a transaction
    raises the error SQLite gives for a full disk (odd) or an I/O error (even)."""

    def __init__(self, real: sqlite3.Connection, fail_at: int) -> None:
        self._real = real
        self.fail_at = fail_at
        self.count = 0
        self.failed = False

    def _maybe_fail(self, sql: str) -> None:
        head = sql.lstrip().upper()
        if head.startswith(("ROLLBACK", "RELEASE")):
            return
        if not (self._real.in_transaction or head.startswith("BEGIN")):
            return
        self.count += 1
        if self.count == self.fail_at:
            self.failed = True
            if self.fail_at % 2:
                error = sqlite3.OperationalError("database or disk is full")
                error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
            else:
                error = sqlite3.OperationalError("disk I/O error")
                error.sqlite_errorname = "SQLITE_IOERR_WRITE"  # type: ignore[attr-defined]
            raise error

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._maybe_fail(sql)
        return self._real.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._maybe_fail(sql)
        return self._real.executemany(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


Operation = Callable[[World], object]


def _settings(w: World) -> object:
    return w.service.save_settings(replace(w.service.settings, reply_term_weeks=8))


OPERATIONS: dict[str, Operation] = {
    "create_advice": lambda w: w.service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="Nieuw advies",
            request_received=date(2024, 9, 2),
            recommendations=(Recommendation(1, "Doe het."),),
        )
    ),
    "update_advice": lambda w: w.service.update_advice(
        replace(w.service.get_advice(w.advice), title="Gewijzigd onderwerp", summary="Nieuw")
    ),
    "delete_advice": lambda w: w.service.delete_advice(w.advice),
    "restore_advice": lambda w: w.service.restore_advice(w.deleted_advice),
    "set_manual_status": lambda w: w.service.set_manual_status(w.advice, ManualStatus.AFGEROND),
    "save_reply_new": lambda w: w.service.save_reply(
        Reply(advice_id=w.unreplied, date=date(2024, 10, 1), our_reference="UIT-1")
    ),
    "save_reply_update": lambda w: w.service.save_reply(
        replace(w.service.dossier(w.advice).reply, summary="Aangepast")  # type: ignore[type-var]
    ),
    "delete_reply": lambda w: w.service.delete_reply(w.reply),
    "restore_reply": lambda w: w.service.restore_reply(w.deleted_reply),
    "save_commitment": lambda w: w.service.save_commitment(
        Commitment(reply_id=w.reply, text="Nieuwe toezegging", due_date=date(2025, 1, 1))
    ),
    "set_commitment_status": lambda w: w.service.set_commitment_status(
        w.commitment, CommitmentStatus.DONE
    ),
    "delete_commitment": lambda w: w.service.delete_commitment(w.commitment),
    "restore_commitment": lambda w: w.service.restore_commitment(w.deleted_commitment),
    "extend_term": lambda w: w.service.extend_term(
        w.unreplied, TermKind.REPLY, date(2024, 12, 20), "Nieuwe afspraak", "wethouder"
    ),
    "delete_extension": lambda w: w.service.delete_extension(w.extension),
    "restore_extension": lambda w: w.service.restore_extension(w.deleted_extension),
    "add_document": lambda w: w.service.add_document(w.advice, w.spare_file, DocumentKind.OTHER),
    "delete_document": lambda w: w.service.delete_document(w.document),
    "restore_document": lambda w: w.service.restore_document(w.deleted_document),
    "save_settings": _settings,
    "rebuild_search_index": lambda w: rebuild_search_index(w.service),
}


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_failure_at_every_statement_leaves_the_data_as_it_was(
    world: World, db_path: Path, name: str
) -> None:
    operation = OPERATIONS[name]
    service = world.service
    before = snapshot(db_path)
    real = store_of(service).conn
    failures = 0
    for fail_at in range(1, 500):
        proxy = FailingConnection(real, fail_at)
        store_of(service).conn = proxy  # type: ignore[assignment]
        try:
            operation(world)
        except StorageError as exc:
            assert proxy.failed, exc
            assert isinstance(exc, DiskFullError | DiskIOError)
            assert "vol" in exc.message or "invoer-/uitvoerfout" in exc.message
            failures += 1
        else:
            assert not proxy.failed
            break
        finally:
            store_of(service).conn = real
        assert not real.in_transaction
        assert snapshot(db_path) == before, f"{name}: changed after a failure at {fail_at}"
    else:
        pytest.fail(f"{name} never ran through")
    # The last round ran through: the service kept working after all those failures.
    assert failures >= 2
    assert snapshot(db_path) != before
    assert integrity(db_path) == "ok"
    assert check_database(service).ok


def _two_operations_that_write() -> list[str]:
    return ["create_advice", "delete_advice", "save_reply_new", "add_document", "save_settings"]


@pytest.mark.parametrize("name", _two_operations_that_write())
def test_locked_database_every_write_path(world: World, db_path: Path, name: str) -> None:
    """Another program holds the write lock longer than the busy timeout: clear error, no change,
    and the same write succeeds once the lock is gone."""
    before = snapshot(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError) as info:
            OPERATIONS[name](world)
        assert "bezet" in str(info.value) and "niets gewijzigd" in str(info.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert snapshot(db_path) == before
    OPERATIONS[name](world)
    assert snapshot(db_path) != before


def test_real_disk_full(small_disk: Path, tmp_path: Path) -> None:
    """A real full file system (tmpfs of 3 MB): the write that does not fit is rolled back, the
    register stays intact, and after making room the same write succeeds."""
    db = small_disk / "register.sqlite3"
    service = RegisterService.open(db)
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Past nog"))
    filler = small_disk / "vulsel.bin"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    before = snapshot(db)
    big = Advice(kind=AdviceKind.ONGEVRAAGD, title="Te groot", summary="x" * 150_000)
    with pytest.raises(DiskFullError) as info:
        service.create_advice(big)
    assert "vol" in str(info.value)
    assert snapshot(db) == before
    # A document that does not fit: a clear error and no half-copied file left behind.
    document = tmp_path / "groot.pdf"
    document.write_bytes(os.urandom(600_000))
    with pytest.raises(DiskFullError):
        service.add_document(1, document)
    assert not [p for p in small_disk.rglob("*") if p.name.endswith((".part", ".tmp"))]
    assert snapshot(db) == before
    filler.unlink()
    service.create_advice(big)
    assert sorted(r.title for r in service.register()) == ["Past nog", "Te groot"]
    assert integrity(db) == "ok"
    service.close()


def test_max_page_count_full_keeps_working(service: RegisterService, db_path: Path) -> None:
    """``PRAGMA max_page_count`` as the database's own limit: also every later write fits again
    once the limit is lifted."""
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Eerste"))
    pages = store_of(service).scalar("PRAGMA page_count")
    store_of(service).conn.execute(f"PRAGMA max_page_count = {pages}")
    before = snapshot(db_path)
    for _ in range(3):
        with pytest.raises(DiskFullError):
            service.create_advice(
                Advice(kind=AdviceKind.ONGEVRAAGD, title="Te veel", summary="y" * 100_000)
            )
        assert snapshot(db_path) == before
    store_of(service).conn.execute("PRAGMA max_page_count = 1073741823")
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Tweede", summary="y" * 100_000))
    assert sorted(r.title for r in service.register()) == ["Eerste", "Tweede"]


def test_real_read_only_mount(read_only_view: tuple[Path, Path]) -> None:
    """A register on a read-only file system (a real EROFS through a read-only bind mount):
    it opens read-only, shows its data, refuses writes with a clear message, changes nothing."""
    writable, view = read_only_view
    service = RegisterService.open(writable / "register.sqlite3")
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Bestaand"))
    service.close()
    ro_path = view / "register.sqlite3"
    before = snapshot(writable / "register.sqlite3")
    ro = RegisterService.open(ro_path)
    try:
        assert ro.readonly
        assert [r.title for r in ro.register()] == ["Bestaand"]
        with pytest.raises(ReadOnlyError) as info:
            ro.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw"))
        assert "alleen-lezen" in str(info.value)
        assert check_database(ro).ok
        backup = make_backup(ro_path, folder=writable.parent / "usb")  # a backup still works
        assert backup.advices == 1
    finally:
        ro.close()
    assert snapshot(writable / "register.sqlite3") == before


def test_read_only_file_simulated(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root, file permissions do not bite: ``os.access`` is patched to say "not writable",
    as it would for a read-only file on a user's laptop."""
    service = RegisterService.open(db_path)
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Bestaand"))
    service.close()
    before = snapshot(db_path)
    deny_writes(monkeypatch, db_path, db_path.parent)
    ro = RegisterService.open(db_path)
    try:
        assert ro.readonly
        with pytest.raises(ReadOnlyError):
            ro.delete_advice(1)
        with pytest.raises(ReadOnlyError):
            ro.save_settings(replace(ro.settings, reply_term_weeks=4))
        assert ro.count() == 1
    finally:
        ro.close()
    assert snapshot(db_path) == before


def test_world_fixture_is_consistent(world: World) -> None:
    """The register the fault-injection tests start from passes the check itself."""
    assert check_database(world.service).ok
