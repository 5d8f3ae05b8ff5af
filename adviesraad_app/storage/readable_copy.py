"""The repair's fallback copy: a damaged register rebuilt table by table into a new file,
and beforehand which tables cannot be read completely."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from adviesraad_app.storage.backup_copy import copy_errors, read_only_uri
from adviesraad_app.storage.connections import busy_timeout_ms
from adviesraad_app.storage.paths import sqlite_uri

_FTS_SHADOWS = ("_data", "_idx", "_docsize", "_config", "_content")

_Schema = list[tuple[str, str, str, int, str]]  # type, name, tbl_name, rootpage, sql


def _read_schema(src: sqlite3.Connection) -> _Schema:
    return [
        (str(kind), str(name), str(tbl), int(root or 0), str(sql))
        for kind, name, tbl, root, sql in src.execute(
            "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
            "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "ORDER BY rowid"
        )
    ]


def _tables_to_copy(schema: _Schema) -> list[tuple[str, str]]:
    """The tables (name, sql) whose rows :func:`copy_readable` copies: every real table but
    the full-text indexes' own tables (rebuilt from the data)."""
    virtual = [name for kind, name, _t, root, _s in schema if kind == "table" and root == 0]
    shadows = {v + suffix for v in virtual for suffix in _FTS_SHADOWS}
    return [
        (name, sql)
        for kind, name, _t, root, sql in schema
        if kind == "table" and root != 0 and name not in shadows
    ]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def unreadable_tables(source: Path) -> list[tuple[str, str]]:
    """The tables :func:`copy_readable` needs that cannot be read completely: ``(table,
    SQLite's reason)``; ``[]`` when a copy of everything is possible (the damage is then
    confined to indexes, free pages or the full-text index, which a repair rebuilds).

    Reads every row of those tables (all columns, so overflow pages too); ``source`` is only
    read. Locks and disk errors raise :class:`StorageError`.
    """
    with copy_errors(source):
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            src.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
            try:
                schema = _read_schema(src)
                has_sequence = src.execute(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'"
                ).fetchone()[0]
            except sqlite3.OperationalError:
                raise
            except sqlite3.DatabaseError as exc:
                return [("sqlite_master", str(exc))]
            names = [name for name, _sql in _tables_to_copy(schema)]
            if has_sequence:
                names.append("sqlite_sequence")
            unreadable = []
            for name in names:
                try:
                    cursor = src.execute(f"SELECT * FROM {_quoted(name)}")
                    while cursor.fetchmany(1000):
                        pass
                except sqlite3.OperationalError:
                    raise
                except sqlite3.DatabaseError as exc:
                    unreadable.append((name, str(exc)))
            return unreadable
        finally:
            src.close()


def copy_readable(source: Path, target: Path) -> None:
    """Rebuild the register ``source`` into the new file ``target``, table by table.

    The repair's fallback when ``VACUUM INTO`` gives up: that copies indexes page by page
    from the source (SQLite's transfer optimisation), so one damaged index page stops it. Here
    every table's rows are read (``LIMIT -1`` switches the transfer off) and the indexes,
    views and triggers are created anew; full-text indexes start empty (the repair rebuilds
    them). A table that cannot be read completely raises: a copy that lost rows is worse
    than none. :func:`unreadable_tables` tells beforehand whether that happens. ``source`` is
    only read.

    The target is opened with ``uri=True``: only then does SQLite accept the ``file:`` URI of
    the ``ATTACH`` below. Debian's SQLite accepts URIs everywhere (built with
    ``SQLITE_USE_URI``); the ``sqlite3.dll`` of CPython on Windows does not.
    """
    dst = sqlite3.connect(sqlite_uri(target), uri=True, isolation_level=None)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            src.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
            schema = _read_schema(src)
            page_size, user_version, application_id = (
                int(src.execute(f"PRAGMA {name}").fetchone()[0])
                for name in ("page_size", "user_version", "application_id")
            )
        finally:
            src.close()
        tables = _tables_to_copy(schema)
        dst.execute(f"PRAGMA page_size = {page_size}")
        dst.execute("BEGIN")
        for _name, sql in tables:
            dst.execute(sql)
        for kind, _name, _t, root, sql in schema:
            if kind == "table" and root == 0:
                dst.execute(sql)
        dst.execute("COMMIT")
        dst.execute("ATTACH DATABASE ? AS bron", (read_only_uri(source),))
        dst.execute("BEGIN")
        for name, _sql in tables:
            quoted = _quoted(name)
            dst.execute(f"INSERT INTO main.{quoted} SELECT * FROM bron.{quoted} LIMIT -1")
        has_sequence = dst.execute(
            "SELECT count(*) FROM bron.sqlite_master WHERE name = 'sqlite_sequence'"
        ).fetchone()[0]
        if has_sequence:
            dst.execute("INSERT INTO main.sqlite_sequence SELECT * FROM bron.sqlite_sequence")
        dst.execute("COMMIT")
        dst.execute("DETACH DATABASE bron")
        dst.execute("BEGIN")
        for kind, _name, _t, _root, sql in schema:
            if kind in ("index", "view", "trigger"):
                dst.execute(sql)
        dst.execute(f"PRAGMA user_version = {user_version}")
        dst.execute(f"PRAGMA application_id = {application_id}")
        dst.execute("COMMIT")
    finally:
        dst.close()
