"""Which register file the window has open: switching to another one (the pages read it, the
undo history and the dossiers go), the demo register, choosing a file to open or create, and
the register's settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from adviesraad_app.gui.shell.banner import OverdueBanner
from adviesraad_app.gui.shell.frame import WindowFrame
from adviesraad_app.gui.shell.pages import Pages
from adviesraad_app.gui.shell.status import StatusLine, is_demo
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService

#: Asks the app to open (``False``) or create (``True``) the register file at the path.
Request = Callable[[str, bool], None]


class RegisterFile(QObject):
    def __init__(
        self,
        window: WindowFrame,
        pages: Pages,
        status: StatusLine,
        banner: OverdueBanner,
        request: Request,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._pages = pages
        self._status = status
        self._banner = banner
        self._request = request

    def switch(self, service: RegisterService) -> bool:
        """Switch to another register file (the views reload; open dossiers close). ``False``
        (and ``service`` left open) when the user kept a dossier with changes open."""
        window = self._window
        if not window.close_dossiers():
            return False
        old = window.service
        window.service = service
        window.ops.undo_stack.clear()
        for view in self._pages.built_views():  # the others are built with the new one
            view.set_service(service)
        old.close()
        window.refresh()
        window.service_changed.emit()
        self._banner.announce()
        return True

    def load_demo(self) -> None:
        """Open the separate demo register (filled with sample data the first time); the
        user's own register is never written to. The next start opens the user's register."""
        from adviesraad_app.gui.shell.demo import open_demo_register

        window = self._window
        service = window.ops.call(open_demo_register) if not is_demo(window) else None
        if service is None:
            return
        if not window.set_service(service):
            service.close()
            return
        self._status.show_for_a_while(
            translate(
                "MainWindow",
                "DEMO-register geopend: voorbeeldgegevens, apart van uw eigen register. "
                "Terug via Bestand → Database openen… of bij de volgende start.",
            )
        )

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self._window,
            translate("MainWindow", "Database openen"),
            str(self._window.service.path.parent),
            translate(
                "MainWindow", "Adviesraad-database (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)"
            ),
        )
        if name:
            self._request(name, False)

    def choose_new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getSaveFileName(
            self._window,
            translate("MainWindow", "Nieuwe database"),
            str(self._window.service.path.parent / "register.sqlite3"),
            translate("MainWindow", "Adviesraad-database (*.sqlite3)"),
        )
        if name:
            self._request(name, True)

    def edit_settings(self) -> None:
        from adviesraad_app.gui.settings.dialog import SettingsDialog

        window = self._window
        dialog = SettingsDialog(window, window.service.settings, str(window.service.path))
        dialog.open_other_requested.connect(self.choose_database)
        dialog.new_database_requested.connect(self.choose_new_database)
        if dialog.exec() and dialog.result_settings is not None:
            old, new = window.service.settings, dialog.result_settings
            if new != old:
                window.ops.undoable(
                    translate("MainWindow", "Instellingen wijzigen"),
                    lambda: window.service.save_settings(new),
                    lambda: window.service.save_settings(old),
                )
