"""What the data-safety windows share: showing a folder, and a standard icon as a picture."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QStyle, QWidget


def open_folder(folder: Path) -> bool:
    """Show a folder in the file manager (Verkenner), creating it when it is not there yet."""
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def icon_pixmap(widget: QWidget, which: QStyle.StandardPixmap, size: int = 40) -> object:
    return widget.style().standardIcon(which).pixmap(size, size)
