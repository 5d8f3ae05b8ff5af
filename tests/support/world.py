"""Shared by the data-safety tests (fixtures registered in tests/conftest.py): a register with
one of everything, snapshots, mounts."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from adviesraad_app.domain.advices import Advice, Recommendation
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.documents import DocumentKind
from adviesraad_app.domain.extensions import TermKind
from adviesraad_app.domain.kinds import AdviceKind, Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.services.register import RegisterService

REPO = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(path: Path) -> list[str]:
    """Everything in the register as SQL text, read through a separate read-only connection."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def titles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM advices ORDER BY id")]
    finally:
        conn.close()


def child_env(**extra: str) -> dict[str, str]:
    """Environment for child processes: this checkout first on the path, a normal busy timeout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["ADVIESRAAD_BUSY_TIMEOUT_MS"] = "10000"
    env.update(extra)
    return env


@dataclass
class World:
    """A register with one of every kind of record, and a few already deleted (to restore)."""

    service: RegisterService
    advice: int  # gevraagd, sent, with a reply, commitments and documents
    unreplied: int  # sent, no reply, one extension
    deleted_advice: int
    reply: int
    deleted_reply: int  # its advice has no live reply
    commitment: int
    deleted_commitment: int
    extension: int
    deleted_extension: int
    document: int
    deleted_document: int
    spare_file: Path  # a file not yet added as a document


def build_world(service: RegisterService, folder: Path) -> World:
    folder.mkdir(parents=True, exist_ok=True)
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="Inkoop Wmo-begeleiding",
            theme="Wmo",
            request_received=date(2024, 1, 8),
            sent_date=date(2024, 2, 12),
            summary="Advies over de inkoop van begeleiding.",
            recommendations=(
                Recommendation(1, "Betrek ervaringsdeskundigen."),
                Recommendation(2, "Houd de toegang laagdrempelig."),
            ),
        )
    )
    assert advice.id is not None
    reply = service.save_reply(
        Reply(
            advice_id=advice.id,
            date=date(2024, 3, 20),
            our_reference="UIT - 24117125",
            outcomes=(
                RecommendationOutcome(1, Outcome.OVERGENOMEN),
                RecommendationOutcome(2, Outcome.DEELS, "Niet alles is betaalbaar."),
            ),
        )
    )
    assert reply.id is not None
    commitment = service.save_commitment(
        Commitment(reply_id=reply.id, text="We informeren u over de aanbesteding.")
    )
    gone_commitment = service.save_commitment(
        Commitment(reply_id=reply.id, text="Een oude toezegging.", due_date=date(2024, 6, 1))
    )
    assert gone_commitment.id is not None and commitment.id is not None
    service.delete_commitment(gone_commitment.id)

    unreplied = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD, title="Werk- en Leercentrum", sent_date=date(2024, 8, 12)
        )
    )
    assert unreplied.id is not None
    extension = service.extend_term(
        unreplied.id, TermKind.REPLY, date(2024, 10, 31), "Overleg met Dimence", "wethouder"
    )
    gone_extension = service.extend_term(
        unreplied.id, TermKind.REPLY, date(2024, 11, 30), "Nog meer overleg", "wethouder"
    )
    assert extension.id is not None and gone_extension.id is not None
    service.delete_extension(gone_extension.id)

    deleted = service.create_advice(Advice(kind=AdviceKind.SIGNAAL, title="Signaal schuldhulp"))
    assert deleted.id is not None
    service.delete_advice(deleted.id)

    with_old_reply = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Beschermd wonen", sent_date=date(2024, 4, 1))
    )
    assert with_old_reply.id is not None
    old_reply = service.save_reply(Reply(advice_id=with_old_reply.id, date=date(2024, 5, 1)))
    assert old_reply.id is not None
    service.delete_reply(old_reply.id)

    letter = folder / "Reactie college.pdf"
    letter.write_bytes(b"%PDF-1.4 reactie")
    old_letter = folder / "Oude bijlage.pdf"
    old_letter.write_bytes(b"%PDF-1.4 oud")
    document = service.add_document(advice.id, letter, DocumentKind.REPLY)
    gone_document = service.add_document(advice.id, old_letter, DocumentKind.OTHER)
    assert document.id is not None and gone_document.id is not None
    service.delete_document(gone_document.id)
    spare = folder / "Nieuwe bijlage.pdf"
    spare.write_bytes(b"%PDF-1.4 nieuw")

    return World(
        service=service,
        advice=advice.id,
        unreplied=unreplied.id,
        deleted_advice=deleted.id,
        reply=reply.id,
        deleted_reply=old_reply.id,
        commitment=commitment.id,
        deleted_commitment=gone_commitment.id,
        extension=extension.id,
        deleted_extension=gone_extension.id,
        document=document.id,
        deleted_document=gone_document.id,
        spare_file=spare,
    )


@pytest.fixture
def world(service: RegisterService, tmp_path: Path) -> World:
    return build_world(service, tmp_path / "bestanden")


# ---------------------------------------------------------------------------------- mounts


def _run(*args: str) -> bool:
    result = subprocess.run(list(args), capture_output=True, text=True)
    return result.returncode == 0


def _can_mount() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def _mounted(target: Path, *mount_args: str) -> Iterator[None]:
    target.mkdir(parents=True, exist_ok=True)
    if not _can_mount() or not _run("mount", *mount_args, str(target)):
        pytest.skip("needs root and mount (Linux) for a real full or read-only file system")
    try:
        yield
    finally:
        _run("umount", "-l", str(target))


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system (tmpfs): writing past it fails with ENOSPC / SQLITE_FULL."""
    target = tmp_path / "kleine-schijf"
    with _mounted(target, "-t", "tmpfs", "-o", "size=3m", "tmpfs"):
        yield target


@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(writable folder, the same folder through a read-only bind mount): a real EROFS."""
    source = tmp_path / "schrijfbaar"
    view = tmp_path / "alleen-lezen"
    source.mkdir()
    with _mounted(view, "--bind", str(source)):
        if not _run("mount", "-o", "remount,ro,bind", str(view)):
            pytest.skip("read-only remount not permitted here")
        yield source, view


def deny_writes(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """Refuse writing to ``paths`` (files) and creating files in them (folders), as for a
    read-only file on a user's laptop (as root, file permissions do not bite). Both
    ``os.access`` and ``os.open`` (what the write probe really tries) are told."""
    real_access = os.access
    real_open = os.open
    denied = {Path(p) for p in paths}

    def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        if mode & os.W_OK and Path(path) in denied:
            return False
        return real_access(path, mode, *args, **kwargs)

    def guarded_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        target = Path(os.fspath(path))
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and (
            target in denied or target.parent in denied
        ):
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "open", guarded_open)


def copy_register(source: Path, target: Path) -> Path:
    """Copy a *closed* register (no -wal) for a test."""
    shutil.copyfile(source, target)
    return target
