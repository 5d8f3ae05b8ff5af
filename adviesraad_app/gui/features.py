"""Feature modules that add actions to the main window (exports, imports, backups, ...).

Each module listed in ``FEATURES`` has ``install(window: FeatureWindow) -> None`` and uses only
the window's public API (``gui/common/window_api.py``; a feature never imports
``main_window``). A feature is imported when the window is built, so keep module-level imports
light (heavy libraries inside the action handlers).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adviesraad_app.gui.common.window_api import FeatureWindow

FEATURES: list[str] = [
    "adviesraad_app.gui.pdf.actions",
    "adviesraad_app.gui.io.actions",
    "adviesraad_app.gui.safety.actions",
    "adviesraad_app.gui.register.deadline_actions",
    "adviesraad_app.gui.meetings.links",
]


def install_features(window: FeatureWindow) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(window)
