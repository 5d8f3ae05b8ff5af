"""End-to-end user flows: the GUI fixtures (tests/support/gui.py) for the flows that click."""

from __future__ import annotations

from tests.support.gui import app, demo_window, no_unexpected_modal_dialogs, window

__all__ = ["app", "demo_window", "no_unexpected_modal_dialogs", "window"]
