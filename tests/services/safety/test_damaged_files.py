"""Damaged registers: every command refuses with a clear message and a way out; the file stays
byte for byte as it was. (Opening itself is covered in ``tests/storage/test_database.py``.)"""

from __future__ import annotations

import os
import shlex
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from adviesraad_app.cli.main import main
from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import make_backup
from adviesraad_app.services.safety.diagnosis import (
    OpenDiagnosis,
    OpenProblem,
    diagnose_open_failure,
    open_register,
)
from adviesraad_app.storage import schema
from adviesraad_app.storage.backup_files import BackupKind, backup_file_name
from adviesraad_app.storage.errors import DatabaseLockedError, StorageError
from tests.support.world import digest

COMMANDS = [
    ["list"],
    ["show", "1"],
    ["deadlines"],
    ["check"],
    ["check", "--repair"],
    ["backup"],
    ["add-advice", "--kind", "ongevraagd", "--title", "Nieuw"],
    ["add-reply", "1", "--date", "01-12-2024"],
    ["init"],
]


def make_register(path: Path, n: int = 40) -> None:
    service = RegisterService.open(path)
    for i in range(n):
        service.create_advice(
            Advice(kind=AdviceKind.ONGEVRAAGD, title=f"Advies {i}", summary="tekst " * 300)
        )
    service.close()


def damage(kind: str, path: Path) -> None:
    data = path.read_bytes() if path.exists() else b""
    if kind == "random":
        path.write_bytes(os.urandom(len(data) or 50_000))
    elif kind == "zero-length":
        path.write_bytes(b"")
    elif kind.startswith("truncated-"):
        cut = {"header": 100, "one-page": 16384, "half": len(data) // 2, "almost": len(data) - 1}
        path.write_bytes(data[: cut[kind.removeprefix("truncated-")]])
    elif kind == "newer-schema":
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
        conn.commit()
        conn.close()
    elif kind == "header-then-garbage":
        path.write_bytes(data[:100] + os.urandom(len(data) - 100))
    else:  # pragma: no cover
        raise AssertionError(kind)


DAMAGES = [
    "random",
    "zero-length",
    "truncated-header",
    "truncated-one-page",
    "truncated-half",
    "truncated-almost",
    "newer-schema",
    "header-then-garbage",
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def side_files(path: Path) -> dict[str, int]:
    return {
        p.name: p.stat().st_size
        for p in path.parent.iterdir()
        if p.name.startswith(path.name + "-")
    }


@pytest.mark.parametrize("kind", DAMAGES)
def test_every_command_refuses_a_damaged_register_untouched(
    db_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    make_register(db_path)
    damage(kind, db_path)
    before, sides = digest(db_path), side_files(db_path)
    for command in COMMANDS:
        code, out, err = run(capsys, "--db", str(db_path), *command)
        assert code == 1, (command, out, err)
        assert err.startswith("Fout: ") and "Traceback" not in err
        assert "niet gewijzigd" in err or "beschadigd" in err, err
        if kind == "newer-schema":
            assert "nieuwere versie" in err and "Installeer de nieuwste versie" in err
        assert digest(db_path) == before, command
        assert side_files(db_path) == sides, command  # no -wal, no -journal appeared


def test_the_message_shows_the_way_back(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With backups beside it, the refusal names the newest usable one and the command that
    restores it; that command works and keeps the damaged file."""
    make_register(db_path, n=5)
    make_backup(db_path, BackupKind.AUTO)
    damage("truncated-half", db_path)
    damaged = db_path.read_bytes()
    code, _, err = run(capsys, "--db", str(db_path), "list")
    assert code == 1
    assert "Nieuwste bruikbare back-up" in err and "5 adviezen" in err
    line = next(x for x in err.splitlines() if "adviesraad --db" in x)
    command = shlex.split(line[line.index("adviesraad --db") :])[1:]
    code, out, _ = run(capsys, *command)
    assert code == 0 and "Teruggezet" in out and "apart gezet" in out
    code, out, _ = run(capsys, "--db", str(db_path), "list", "--json")
    assert code == 0 and out.count('"title"') == 5
    aside = [p for p in (tmp_path / "backups").iterdir() if "beschadigd" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged


@pytest.mark.parametrize(
    ("kind", "problem"),
    [
        ("random", OpenProblem.NOT_A_DATABASE),
        ("zero-length", OpenProblem.NOT_A_DATABASE),
        ("truncated-half", OpenProblem.DAMAGED),
        ("newer-schema", OpenProblem.TOO_NEW),
    ],
)
def test_diagnosis_for_the_start_up_dialog(db_path: Path, kind: str, problem: OpenProblem) -> None:
    make_register(db_path, n=3)
    older = make_backup(db_path, BackupKind.AUTO)
    service = RegisterService.open(db_path)
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Later"))
    service.close()
    newer = make_backup(db_path, BackupKind.MANUAL)
    # an unusable file in the folder is not offered
    junk = backup_file_name(db_path.stem, BackupKind.AUTO, datetime(2026, 1, 1))
    (db_path.parent / "backups" / junk).write_bytes(b"rommel")
    damage(kind, db_path)
    before = digest(db_path)
    result = open_register(db_path)
    assert isinstance(result, OpenDiagnosis)
    assert result.problem == problem and result.can_restore
    assert [b.path for b in result.backups] == [newer.path, older.path]
    assert result.newest_backup is not None and result.newest_backup.advices == 4
    assert result.message and result.advice and "4 adviezen" in result.text()
    assert digest(db_path) == before


def test_diagnosis_without_backups_and_for_a_missing_file(db_path: Path) -> None:
    missing = open_register(db_path, create=False)
    assert isinstance(missing, OpenDiagnosis)
    assert missing.problem == OpenProblem.MISSING and not missing.can_restore
    assert "adviesraad init" in missing.advice
    make_register(db_path, n=1)
    damage("random", db_path)
    result = open_register(db_path)
    assert isinstance(result, OpenDiagnosis) and not result.can_restore
    assert "geen back-ups" in result.text()


def test_diagnosis_for_a_locked_register(db_path: Path) -> None:
    error: StorageError = DatabaseLockedError("bezet", db_path)
    result = diagnose_open_failure(db_path, error)
    assert result.problem == OpenProblem.LOCKED and not result.can_restore
    assert "Sluit het andere programma" in result.advice


def test_open_register_returns_the_service_when_all_is_well(db_path: Path) -> None:
    result = open_register(db_path)
    assert isinstance(result, RegisterService)
    result.close()
