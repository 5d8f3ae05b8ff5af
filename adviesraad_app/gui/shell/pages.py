"""The main window's five pages, each built when it is first shown or first asked for, so
that start-up builds (and imports) only the page it shows.

Until then an empty placeholder holds the page's place in the window's stack. Building a
page puts its view there instead, runs what features asked to do with it (``when_built``: a
button, a warning), and then gives its controls their Alt+letters, buddies and names
(``keyboard.prepare_page``), unique beside the window's own letters, which were set when the
window was built (``keyboard_ready``). A page built before that gets its letters with the
window's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QStackedWidget, QWidget

from adviesraad_app.gui.common import keyboard

PAGE_DEADLINES, PAGE_REGISTER, PAGE_COMMITMENTS, PAGE_DELETED, PAGE_MEETINGS = range(5)
PAGE_COUNT = 5

Setup = Callable[[Any], None]


class Pages:
    """The pages in ``stack``; ``build(page)`` makes the view of a page (once)."""

    def __init__(self, stack: QStackedWidget, build: Callable[[int], QWidget]) -> None:
        self._stack = stack
        self._build = build
        self._views: dict[int, QWidget] = {}
        self._setups: dict[int, list[Setup]] = {}
        self._window: QWidget | None = None
        #: Pages whose view must read the register again before it is shown.
        self.stale = [True] * PAGE_COUNT
        for page in range(PAGE_COUNT):
            placeholder = QWidget(stack)
            placeholder.setObjectName(f"pagePlaceholder{page}")
            stack.addWidget(placeholder)

    def built(self, page: int) -> Any | None:
        """The page's view if it has been built, else ``None`` (nothing is built)."""
        return self._views.get(page)

    def built_views(self) -> list[Any]:
        return [self._views[page] for page in sorted(self._views)]

    def view(self, page: int) -> Any:
        """The page's view, built now if it was not yet."""
        existing = self._views.get(page)
        if existing is not None:
            return existing
        view = self._build(page)
        self._views[page] = view
        # What features add goes in before the page is shown, so it is shown with the page
        # (a widget added to a page already shown would appear only after an event loop turn).
        for setup in self._setups.pop(page, []):
            setup(view)
        stack, placeholder = self._stack, self._stack.widget(page)
        showing = stack.currentWidget() is placeholder
        stack.insertWidget(page, view)  # the stack's page is the view itself
        if showing:
            stack.setCurrentWidget(view)
        if placeholder is not None:
            stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if self._window is not None:
            keyboard.prepare_page(self._window, view)
        return view

    def when_built(self, page: int, setup: Setup) -> None:
        """Run ``setup(view)`` when the page is built (now, if it is). Features call this
        while they are installed, so what they add gets its Alt+letter with the page."""
        view = self._views.get(page)
        if view is not None:
            setup(view)
        else:
            self._setups.setdefault(page, []).append(setup)

    @property
    def prepared(self) -> bool:
        """Whether the window's own letters are set (``keyboard_ready``)."""
        return self._window is not None

    def keyboard_ready(self, window: QWidget) -> None:
        """The window's own letters are set: pages built from now on get theirs beside them."""
        self._window = window
