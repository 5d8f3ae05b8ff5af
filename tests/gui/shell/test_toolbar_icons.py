"""The toolbar's icons are the app's own SVGs (resources/icons/toolbar): they show, sharp at a
scaled screen's size, and a disabled action's icon is greyed."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIcon

from adviesraad_app.resources import resource_path


def test_each_toolbar_action_has_its_own_icon(window: Any) -> None:
    actions = {
        "new": window.actionNewAdvice,
        "open": window.actionOpenDossier,
        "delete": window.actionDelete,
        "undo": window.actionUndo,
    }
    keys = set()
    for name, action in actions.items():
        assert resource_path("icons", "toolbar", f"{name}.svg").is_file()
        assert action in window.toolBar.actions()
        icon = action.icon()
        assert not icon.isNull()
        for size in (24, 36):  # 100 % and 150 %
            image = icon.pixmap(size, size).toImage()
            assert image.width() == size
            assert any(image.pixelColor(x, y).alpha() for x in range(size) for y in range(size))
        keys.add(icon.pixmap(24, 24).toImage().bits().tobytes())
        enabled = icon.pixmap(24, 24, QIcon.Mode.Normal).toImage()
        disabled = icon.pixmap(24, 24, QIcon.Mode.Disabled).toImage()
        assert enabled != disabled  # greyed when the action cannot be used
    assert len(keys) == 4  # four different pictures
