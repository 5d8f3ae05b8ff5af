"""The status bar and the window title: which register is open (its path, how many advices,
read-only, the demo), a temporary message for a while, and a page that could not read the
register (which keeps saying so until a page reads again)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from adviesraad_app.gui.common.operations import Op, read_or
from adviesraad_app.gui.shell.frame import WindowFrame
from adviesraad_app.i18n import translate


def is_demo(window: WindowFrame) -> bool:
    """Whether the open register is the separate demo register."""
    from adviesraad_app.gui.shell.demo import is_demo_register

    return is_demo_register(window.service.path)


class StatusLine(QObject):
    """The database line in the status bar and the title; ``counted(count)`` is told the
    number of advices (``None``: unreadable) each time the line is brought up to date."""

    def __init__(self, window: WindowFrame, counted: Callable[[int | None], None]) -> None:
        super().__init__(window)
        self._window = window
        self._counted = counted
        #: Why the page shown could not read the register (shown instead of the line).
        self.read_error: str | None = None
        # Puts the database line back in the status bar after a temporary message.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(15000)
        self._timer.timeout.connect(self.update)

    def update(self) -> None:
        window = self._window
        service = window.service
        counting = Op(window, service.count).quiet()
        counting.failure(lambda exc: window.read_failed.emit(exc.message)).run()
        count = counting.result
        readonly = " " + translate("MainWindow", "(alleen-lezen)") if service.readonly else ""
        if count is None:
            line = translate(
                "MainWindow", "Database: {path}{readonly} — kon niet worden gelezen"
            ).format(path=service.path, readonly=readonly)
        elif count == 1:
            line = translate("MainWindow", "Database: {path}{readonly} — 1 advies").format(
                path=service.path, readonly=readonly
            )
        else:
            line = translate("MainWindow", "Database: {path}{readonly} — {n} adviezen").format(
                path=service.path, readonly=readonly, n=count
            )
        # A page that could not read the register keeps saying so.
        window.statusbar.showMessage(self.read_error or line)
        council = read_or("", lambda: service.settings.council_name)
        title = (
            translate("MainWindow", "Adviesraad — {council}").format(council=council)
            if council
            else "Adviesraad"
        )
        demo = is_demo(window)
        if demo:
            title = translate("MainWindow", "DEMO — {title}").format(title=title)
            line = translate("MainWindow", "DEMO-register met voorbeeldgegevens — {line}").format(
                line=line
            )
            if not self.read_error:
                window.statusbar.showMessage(line)
        window.setWindowTitle(title)
        window.actionLoadDemo.setEnabled(not demo)
        self._counted(count)

    def show_for_a_while(self, text: str) -> None:
        """A message for 15 seconds; then the database line again."""
        self._window.statusbar.showMessage(text, 15000)
        self._timer.start()

    def read_failed(self, message: str) -> None:
        """A page could not read the register: say so (and tell the features)."""
        self.read_error = message
        self._window.statusbar.showMessage(message)
        self._window.read_failed.emit(message)

    def read_again(self) -> None:
        """A page read the register: the line replaces what the failure said."""
        if self.read_error is not None:
            self.read_error = None
            self.update()

    def stop(self) -> None:
        self._timer.stop()
