"""GUI fixtures (tests/support/gui.py): a main window on a temporary register, offscreen."""

from __future__ import annotations

from tests.support.gui import app, demo_window, no_unexpected_modal_dialogs, window

__all__ = ["app", "demo_window", "no_unexpected_modal_dialogs", "window"]
