"""This user's preferences of the app (window sizes, views, language), not the register's."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from adviesraad_app import APP_NAME, ORGANIZATION


def app_settings() -> QSettings:
    """Window and view preferences of this user (not the register's own settings)."""
    return QSettings(ORGANIZATION, APP_NAME)
