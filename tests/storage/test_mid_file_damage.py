"""A register damaged in the middle opens and reads, but is never written to: the first write
of a connection runs ``PRAGMA quick_check`` and refuses, leaving the file byte for byte as it
was."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from adviesraad_app.cli.main import main
from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage import database
from adviesraad_app.storage.errors import CorruptDatabaseError
from adviesraad_app.storage.file_checks import quick_check_file
from tests.services.safety.test_damaged_files import make_register, side_files
from tests.support.internals import store_of
from tests.support.world import digest


def damage_middle(path: Path, size: int = 32768, seed: int = 7) -> None:
    """Overwrite ``size`` bytes in the middle of the file with random bytes."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    rng = random.Random(seed)
    data[middle : middle + size] = bytes(rng.randrange(256) for _ in range(size))
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(db_path: Path) -> Path:
    make_register(db_path, n=200)
    damage_middle(db_path)
    assert quick_check_file(db_path), "the damage must be one that quick_check sees"
    return db_path


def test_a_service_refuses_to_write_into_a_damaged_file(damaged: Path) -> None:
    before = digest(damaged)
    service = RegisterService.open(damaged)
    try:
        assert service.count() > 0  # it still opens and reads
        with pytest.raises(CorruptDatabaseError) as caught:
            service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw"))
        assert "beschadigd" in caught.value.message
        assert "adviesraad check" in caught.value.message
        assert "niet gewijzigd" in caught.value.message
        assert not service.verified
        # Asked again, refused again (a failed check is not remembered as passed).
        with pytest.raises(CorruptDatabaseError):
            service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw"))
    finally:
        service.close()
    assert digest(damaged) == before


def test_the_repair_may_write_into_it(damaged: Path) -> None:
    service = RegisterService.open(damaged)
    try:
        with store_of(service).trusting(), store_of(service).write() as conn:
            conn.execute("PRAGMA user_version")  # no refusal
    finally:
        service.close()


def test_cli_add_advice_refuses_and_leaves_the_file_byte_identical(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, sides = digest(damaged), side_files(damaged)
    code = main(["--db", str(damaged), "add-advice", "--kind", "ongevraagd", "--title", "Nieuw"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Fout: ") and "Traceback" not in err
    assert "beschadigd" in err and "adviesraad check" in err
    assert digest(damaged) == before
    assert side_files(damaged) == sides
    conn = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True)
    try:
        titles = [row[0] for row in conn.execute("SELECT title FROM advices")]
    except sqlite3.DatabaseError:
        titles = []
    finally:
        conn.close()
    assert "Nieuw" not in titles


def test_the_check_runs_once_per_connection(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_register(db_path, n=3)
    calls: list[Path | None] = []
    real = database.quick_check

    def counting(conn: sqlite3.Connection, path: Path | None = None) -> list[str]:
        calls.append(path)
        return real(conn, path)

    monkeypatch.setattr(database, "quick_check", counting)
    service = RegisterService.open(db_path)
    try:
        for i in range(3):
            service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title=f"Nog een {i}"))
        assert len(calls) == 1 and service.verified
    finally:
        service.close()


def test_a_new_register_needs_no_check(db_path: Path) -> None:
    service = RegisterService.open(db_path)
    try:
        assert service.verified
    finally:
        service.close()


def test_a_check_done_elsewhere_counts(damaged: Path, db_path: Path) -> None:
    """The GUI checks in a worker thread and marks the window's store as verified."""
    healthy = db_path.with_name("gezond.sqlite3")
    make_register(healthy, n=3)
    assert quick_check_file(healthy) == []
    service = RegisterService.open(healthy)
    try:
        service.mark_verified()
        assert service.verified
    finally:
        service.close()
