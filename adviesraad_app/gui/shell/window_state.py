"""The window's size, place, toolbars and page as the user left them (and the register
page's order, filters and search), saved on closing and restored at the next start."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication

from adviesraad_app.gui.common.preferences import app_settings
from adviesraad_app.gui.common.window_api import FeatureWindow
from adviesraad_app.gui.shell.pages import PAGE_COUNT, PAGE_DEADLINES, PAGE_REGISTER


def restore_window(window: FeatureWindow) -> int:
    """Restore what was saved; the page to show (Termijnen when none was saved)."""
    settings = app_settings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        first_size(window)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    # Before the register page first reads (its order, filters and search).
    window.when_page_built(PAGE_REGISTER, lambda view: view.restore_state(app_settings()))
    try:
        page = int(str(settings.value("window/page", PAGE_DEADLINES)))
    except (TypeError, ValueError):
        page = PAGE_DEADLINES
    return page if 0 <= page < PAGE_COUNT else PAGE_DEADLINES


def first_size(window: FeatureWindow) -> None:
    """On first start: most of the screen (a laptop's 1366 pixels show every register
    column), not more than a large monitor needs, centred."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = min(1440, max(window.minimumWidth(), int(room.width() * 0.94)))
    height = min(900, max(window.minimumHeight(), int(room.height() * 0.9)))
    window.resize(width, height)
    window.move(room.center().x() - width // 2, room.center().y() - height // 2)


def save_window(window: FeatureWindow, page: int, register: Any | None) -> None:
    """Save the window's state and ``page``; ``register``: the Adviezen page, if built
    (else what was saved of it before stays)."""
    settings = app_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/page", page)
    if register is not None:
        register.save_state(settings)
    settings.sync()
