"""gui/safety/shared.py: showing a folder makes it first when it is not there yet, and asks
the system's file manager to show it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QStyle, QWidget
from pytestqt.qtbot import QtBot

from adviesraad_app.gui.safety.shared import icon_pixmap, open_folder


def test_open_folder_makes_the_folder_and_shows_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        shown.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    folder = tmp_path / "backups" / "nieuw"
    assert open_folder(folder)
    assert folder.is_dir()
    assert [Path(u.toLocalFile()) for u in shown] == [folder]


def test_a_folder_that_cannot_be_made_is_still_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map")
    assert open_folder(blocked / "onder") is False  # no exception, an answer


def test_icon_pixmap_has_the_size_asked(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    pixmap = icon_pixmap(widget, QStyle.StandardPixmap.SP_MessageBoxWarning, 32)
    assert not pixmap.isNull()  # type: ignore[attr-defined]
    assert pixmap.width() <= 32 * 2  # type: ignore[attr-defined]
