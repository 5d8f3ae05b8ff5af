"""Files dropped on the window (letters, documents, a message dragged from Outlook) go to
the features' ``drop_handlers``; the first that takes them ends it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from adviesraad_app.gui.common.operations import attempt
from adviesraad_app.gui.common.window_api import FeatureWindow


def accept_drag(window: FeatureWindow, event: QDragEnterEvent) -> None:
    from adviesraad_app.gui.letters.mail_drop import (
        has_virtual_files,  # a message dragged from Outlook
    )

    mime = event.mimeData()
    if window.drop_handlers and (mime.hasUrls() or has_virtual_files(mime)):
        event.acceptProposedAction()


def drop(window: FeatureWindow, event: QDropEvent) -> None:
    from adviesraad_app.gui.letters.mail_drop import has_virtual_files, save_virtual_files

    mime = event.mimeData()
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    if not paths and has_virtual_files(mime):
        saved = attempt(lambda: save_virtual_files(mime), parent=window)
        if saved is None:
            event.acceptProposedAction()
            return
        paths = saved
    for handler in window.drop_handlers:
        if handler(paths):
            event.acceptProposedAction()
            return
