"""Catching the messages the GUI shows, without a message box."""

from __future__ import annotations

import pytest


def patch_messages(monkeypatch: pytest.MonkeyPatch, module: object | None, record: object) -> None:
    """Put ``record(parent, message, title=None)`` in place of the message box: the one of
    ``module`` (its own notices) and the one route for errors (``gui/common/operations``)."""
    from adviesraad_app.gui.common import operations

    if module is not None and hasattr(module, "show_error"):
        monkeypatch.setattr(module, "show_error", record)
    monkeypatch.setattr(operations, "show_error", record)
