"""Issue 13, section 1: every window and dialog is usable on a 1024×600 (and 1280×720)
screen: it fits, and its default and cancel buttons are inside the visible area."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QPushButton, QScrollArea, QWidget

from adviesraad_app.gui.common import fitting
from adviesraad_app.gui.common.fitting import FRAME_ALLOWANCE
from tests.gui.windows_catalogue import OPENERS, close_all

SCREENS = [(1024, 600), (1280, 720)]


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> QRect:
    width, height = request.param
    area = QRect(0, 0, width, height - 40)  # a task bar of 40 pixels
    monkeypatch.setattr(fitting, "available_area", lambda widget: area)
    return area


def action_buttons(window: QWidget) -> list[QAbstractButton]:
    """The buttons that end a dialog: its button box, default button, Opslaan/Sluiten."""
    found: list[QAbstractButton] = []
    for box in window.findChildren(QDialogButtonBox):
        found.extend(b for b in box.buttons() if b.isVisibleTo(window))
    for button in window.findChildren(QPushButton):
        if button.isVisibleTo(window) and (
            button.isDefault()
            or button.objectName() in ("saveButton", "closeButton", "cancelButton")
        ):
            found.append(button)
    return found


def assert_fits(window: QWidget, area: QRect) -> None:
    assert window.width() <= area.width(), window.size()
    assert window.height() <= area.height() - FRAME_ALLOWANCE, window.size()
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= area.width() and hint.height() <= area.height() - FRAME_ALLOWANCE
    buttons = action_buttons(window)
    for button in buttons:
        inside_scroll = any(isinstance(p, QScrollArea) for p in _parents(button, window))
        assert not inside_scroll, f"{button.text()} scrolls away with the form"
        rect = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        assert window.rect().contains(rect), (button.text(), rect, window.rect())


def _parents(widget: QWidget, top: QWidget) -> list[QWidget]:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        parents.append(parent)
        parent = parent.parentWidget()
    return parents


@pytest.mark.parametrize("screen", SCREENS, indirect=True, ids=["1024x600", "1280x720"])
def test_main_window_fits_also_after_a_bigger_screen(
    demo_window: Any, qtbot: Any, screen: QRect
) -> None:
    demo_window.hide()
    demo_window.resize(1900, 1040)  # remembered from a big monitor
    demo_window.move(300, 200)
    demo_window.show()
    assert_fits(demo_window, screen)


@pytest.mark.parametrize("screen", SCREENS, indirect=True, ids=["1024x600", "1280x720"])
@pytest.mark.parametrize("name", sorted(OPENERS))
def test_every_dialog_fits_with_its_buttons_in_sight(
    demo_window: Any, qtbot: Any, tmp_path: Path, screen: QRect, name: str
) -> None:
    dialog = OPENERS[name](demo_window, tmp_path)
    qtbot.addWidget(dialog)
    dialog.hide()
    dialog.resize(1600, 1000)  # what a bigger screen (or the form's own default) would give
    dialog.show()
    assert_fits(dialog, screen)
    if name in ("dossier", "nieuw-advies", "instellingen"):
        assert action_buttons(dialog), name
    close_all([dialog])


def test_register_subject_stays_readable_on_a_narrow_window(demo_window: Any, qtbot: Any) -> None:
    from adviesraad_app.domain.filters import SortKey
    from adviesraad_app.gui.main_window import PAGE_REGISTER

    demo_window.show_page(PAGE_REGISTER)
    table = demo_window.register_view.table
    header = table.horizontalHeader()
    keys = [key for key, _label in demo_window.register_view.model.columns]
    demo_window.resize(1024, 560)
    qtbot.waitUntil(lambda: table.columnWidth(1) >= 300)
    assert header.isSectionHidden(keys.index(SortKey.REPLY_DATE))  # gave way
    assert not header.isSectionHidden(keys.index(SortKey.STATUS))
    demo_window.resize(1800, 800)
    qtbot.waitUntil(lambda: not header.isSectionHidden(keys.index(SortKey.REPLY_DATE)))


def test_a_maximised_window_is_left_to_the_window_system(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.showMaximized()
    qtbot.waitUntil(widget.isMaximized)
    size = widget.size()
    fitting.fit_window(widget, QRect(0, 0, 300, 200))
    assert widget.size() == size and widget.isMaximized()
    widget.showNormal()
    widget.resize(900, 700)
    fitting.fit_window(widget, QRect(0, 0, 640, 480))
    assert widget.width() <= 640 and widget.height() <= 480 - FRAME_ALLOWANCE
