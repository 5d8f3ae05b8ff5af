"""This user's preferences of the app (window sizes, views, language), not the register's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from adviesraad_app import APP_NAME, ORGANIZATION


def app_settings() -> QSettings:
    """Window and view preferences of this user (not the register's own settings)."""
    return QSettings(ORGANIZATION, APP_NAME)


FOLDER_KEY = "files/folder"  # the folder of the last file the user opened or saved


def last_folder() -> Path:
    """Where file dialogs start: the folder of the last file chosen, else Documents."""
    from PySide6.QtCore import QStandardPaths

    value = app_settings().value(FOLDER_KEY)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    """Remember the folder of a file the user chose, for the next file dialog."""
    app_settings().setValue(FOLDER_KEY, str(path.parent))
