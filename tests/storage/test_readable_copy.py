"""storage/readable_copy.py: the repair's fallback copy holds every row of every table, with
the same identity (user_version, application_id) and the indexes made anew; the source is only
read; a healthy register has no unreadable tables."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.readable_copy import copy_readable, unreadable_tables


def _register(path: Path) -> None:
    service = RegisterService.open(path)
    try:
        for n in range(3):
            advice = service.create_advice(
                Advice(
                    kind=AdviceKind.ONGEVRAAGD,
                    title=f"Advies {n}",
                    sent_date=date(2026, 5, 4),
                    recommendations=renumber(["Een.", "Twee."]),
                )
            )
            assert advice.id is not None
            service.save_reply(Reply(advice_id=advice.id, date=date(2026, 6, 1)))
        gone = service.register()[0].id
        service.delete_advice(gone)
    finally:
        service.close()


def _rows(path: Path, table: str) -> list[tuple[str, ...]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(tuple(map(str, r)) for r in conn.execute(f"SELECT * FROM {table}"))
    finally:
        conn.close()


def _pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def test_a_healthy_register_copies_whole(tmp_path: Path) -> None:
    source, target = tmp_path / "register.sqlite3", tmp_path / "kopie.sqlite3"
    _register(source)
    assert unreadable_tables(source) == []
    before = source.read_bytes()
    copy_readable(source, target)
    assert source.read_bytes() == before  # only read
    for table in ("advices", "recommendations", "replies", "history", "settings"):
        assert _rows(target, table) == _rows(source, table), table
    for pragma in ("user_version", "application_id", "page_size"):
        assert _pragma(target, pragma) == _pragma(source, pragma), pragma
    conn = sqlite3.connect(target)
    try:
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    conn = sqlite3.connect(source)
    try:
        wanted = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        conn.close()
    assert indexes == wanted


def test_the_copy_opens_as_a_register(tmp_path: Path) -> None:
    source, target = tmp_path / "register.sqlite3", tmp_path / "kopie.sqlite3"
    _register(source)
    copy_readable(source, target)
    copy = RegisterService.open(target)
    try:
        assert copy.count() == 2
        assert [r.title for r in copy.register()] == ["Advies 1", "Advies 0"]
    finally:
        copy.close()
