"""Moving between the five pages: the list on the left, the page shown, and reading a page
when it is shown while it is out of date.

A page reads the register when it is shown (or is showing when the data changes); the
others only note that they are out of date (``Pages.stale``). A page that cannot read
(damaged, locked) stays empty, the window stays usable (its menus lead to the check and the
backups), and the page reads again the next time it is shown or refreshed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from adviesraad_app.gui.common.operations import Op
from adviesraad_app.gui.common.widgets import icon, state_icon
from adviesraad_app.gui.shell.frame import WindowFrame
from adviesraad_app.gui.shell.pages import PAGE_MEETINGS, Pages
from adviesraad_app.gui.shell.status import StatusLine


class Navigation(QObject):
    """The window's pages as the user moves between them; ``shown()`` is called after a
    page is shown (the actions follow it)."""

    def __init__(
        self, window: WindowFrame, pages: Pages, status: StatusLine, shown: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._pages = pages
        self._status = status
        self._shown = shown
        for row, name in enumerate(("overdue", "open", "done", "lapsed")):
            window.navigation.item(row).setIcon(state_icon(name))
        window.navigation.item(PAGE_MEETINGS).setIcon(icon("calendar.svg"))
        window.navigation.currentRowChanged.connect(self._show)

    def show(self, page: int) -> None:
        self._window.navigation.setCurrentRow(page)

    def _show(self, page: int) -> None:
        self._window.stack.setCurrentIndex(page)
        self.ensure_loaded(page)
        self._shown()

    def current(self) -> int:
        return self._window.stack.currentIndex()

    def ensure_loaded(self, page: int) -> None:
        """Build the page if needed, and read the register into it if it is out of date."""
        view = self._pages.view(page)
        if self._pages.stale[page]:
            self._pages.stale[page] = False
            reading = Op(self._window, view.reload).quiet()
            if not reading.failure(lambda exc: self.read_failed(page, exc.message)).run():
                return
            self._status.read_again()

    def read_failed(self, page: int, message: str) -> None:
        self._pages.stale[page] = True
        self._status.read_failed(message)

    def reload(self) -> None:
        """Every page is out of date: the one shown reads now, the others when shown."""
        self._pages.stale = [True] * len(self._pages.stale)
        self.ensure_loaded(self.current())
