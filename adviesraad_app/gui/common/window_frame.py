"""What every dialog gets once its widgets exist: keyboard access (buddies, Alt+letters,
accessible names, F1 for its page of the manual) and a size and place that fit the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from adviesraad_app.gui.common import keyboard
from adviesraad_app.gui.common.fitting import keep_on_screen
from adviesraad_app.gui.common.manual import install_help_key


def prepare_window(window: QWidget) -> None:
    keyboard.prepare(window)
    keep_on_screen(window)
    install_help_key(window)
