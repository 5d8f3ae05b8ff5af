"""Where the database and the files beside it live."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Adviesraad"
DB_FILE_NAME = "adviesraad.sqlite3"
ENV_DB = "ADVIESRAAD_DB"


def data_dir() -> Path:
    """The user's local application-data folder (``%LOCALAPPDATA%\\Adviesraad`` on Windows).

    Deliberately the *local*, not the roaming, folder: a roaming profile or a synced folder
    copies the file around while it is open, which is how SQLite files get corrupted.
    """
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--db PATH`` first, then ``ADVIESRAAD_DB``, then the default location."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DB, "").strip()
    if env:
        return Path(env).expanduser().resolve()
    return default_db_path()


def documents_dir(db_path: Path) -> Path:
    """Stored copies of documents: a folder beside the database."""
    return db_path.parent / f"{db_path.stem}-documenten"


def backups_dir(db_path: Path) -> Path:
    """Automatic backups: a folder beside the database."""
    return db_path.parent / "backups"


def sqlite_uri(path: Path, query: str = "") -> str:
    """A ``file:`` URI for SQLite (``query`` like ``"mode=ro"``), also for network paths.

    ``Path.as_uri()`` writes a UNC path (``\\server\\share\register.sqlite3``) as
    ``file://server/share/...``, which SQLite refuses ("invalid uri authority"); SQLite wants
    the authority empty, so the host goes into the path: ``file:////server/share/...``.
    """
    uri = path.resolve().as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://") :]
    return f"{uri}?{query}" if query else uri
