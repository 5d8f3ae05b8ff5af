"""The light colour scheme, pinned: Adviesraad's colours are made for it.

Windows 11 in dark mode gives Qt (6.5 and newer) a dark palette: light text on dark
backgrounds. The app's own colours (the pink and yellow rows of overdue and nearly due
terms, the banners, the grey notes, the dossier's badges) are light backgrounds and dark or
grey text, so in dark mode they would show light text on light pink. Rather than a second set
of colours, the app keeps the light scheme: Qt is told the light colour scheme is wanted (Qt
6.8 and newer), and when the system is dark anyway, the Fusion style with its own light
palette is used, which looks the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

DARK_LIGHTNESS = 128  # a window colour darker than this is a dark scheme


def is_dark(palette: QPalette) -> bool:
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < DARK_LIGHTNESS or text.lightness() > window.lightness()


def _system_is_dark(app: QApplication) -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None and scheme() == Qt.ColorScheme.Dark:
        return True
    return is_dark(app.palette())


def pin_light_scheme(app: QApplication) -> bool:
    """Keep ``app`` light; ``True`` when the light Fusion palette had to be put in place."""
    hints = QGuiApplication.styleHints()
    set_scheme = getattr(hints, "setColorScheme", None)
    if set_scheme is not None:
        set_scheme(Qt.ColorScheme.Light)
    if not _system_is_dark(app):
        return False
    from PySide6.QtWidgets import QStyleFactory  # only for a dark system: not made at start

    fusion = QStyleFactory.create("Fusion")
    if fusion is None:  # pragma: no cover - Fusion is built into Qt
        return False
    app.setStyle(fusion)
    app.setPalette(fusion.standardPalette())
    return True


def keep_light(app: QApplication) -> None:
    """:func:`pin_light_scheme` now and whenever the user switches Windows to dark mode."""
    pin_light_scheme(app)
    changed = getattr(QGuiApplication.styleHints(), "colorSchemeChanged", None)
    if changed is None:
        return
    busy: list[bool] = []

    def again(_scheme: object) -> None:
        if busy:  # pinning may itself announce a change
            return
        busy.append(True)
        try:
            pin_light_scheme(app)
        finally:
            busy.clear()

    changed.connect(again)
