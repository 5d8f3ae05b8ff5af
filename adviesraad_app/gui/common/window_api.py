"""The main window as the feature modules see it: what they may use, without importing it.

Feature modules (PDF export, letters and spreadsheets, backups, deadline actions, meetings
links, the welcome panel, the end of a session) take a :class:`FeatureWindow`; the
:class:`~adviesraad_app.gui.main_window.MainWindow` is one. So a feature imports this module,
never ``main_window``, and ``main_window`` can import the features without a circle.

It is a ``QMainWindow`` (features parent their dialogs and messages on it) with the members
below; ``MainWindow`` defines each of them (the stubs here only say what is promised).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QStatusBar, QWidget

from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.gui.common.operations import Operations
from adviesraad_app.services.register import RegisterService

if TYPE_CHECKING:  # classes a feature uses through the window (none imports this module)
    from adviesraad_app.gui.dossier.dialog import DossierDialog
    from adviesraad_app.gui.register.views import CommitmentsView, DashboardView, RegisterView

#: Takes dropped files; ``True`` when it used them.
DropHandler = Callable[[list[Path]], bool]


class FeatureWindow(QMainWindow):
    """The window a feature is installed in (``install(window: FeatureWindow)``)."""

    #: Another register file was opened (``set_service``).
    service_changed: ClassVar[Signal]
    #: A dossier dialog was opened (new or existing advice): add buttons to its
    #: ``buttonLayout``.
    dossier_opened: ClassVar[Signal]
    #: The window is closing (dossiers closed), the register still open.
    about_to_close: ClassVar[Signal]
    #: A page could not read the register (the Dutch message).
    read_failed: ClassVar[Signal]

    service: RegisterService
    ops: Operations  # every change, its errors and undo
    statusbar: QStatusBar
    register_view: RegisterView
    dashboard_view: DashboardView
    commitments_view: CommitmentsView
    open_dossiers: dict[int, DossierDialog]
    drop_handlers: list[DropHandler]

    def today(self) -> date:
        """The date the views count from (fixed in tests)."""
        raise NotImplementedError

    def add_menu_action(self, menu_name: str, action: QAction) -> None:
        """Put an action in the menu ``export``, ``import``, ``tools``, ``help`` or ``file``."""
        raise NotImplementedError

    def add_banner(self, banner: QWidget) -> None:
        """A notice above the pages."""
        raise NotImplementedError

    def current_filter(self) -> RegisterFilter:
        """The register page's current selection."""
        raise NotImplementedError

    def selected_advice_ids(self) -> list[int]:
        raise NotImplementedError

    def refuse_readonly(self) -> bool:
        """``True`` (and says why) when the register is read-only."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read every page again."""
        raise NotImplementedError

    def open_dossier(self, advice_id: int) -> DossierDialog | None:
        raise NotImplementedError

    def new_advice(self) -> DossierDialog | None:
        raise NotImplementedError

    def close_dossiers(self) -> bool:
        """Close every dossier (each asks about unsaved changes); ``False``: one stayed."""
        raise NotImplementedError

    def set_service(self, service: RegisterService) -> bool:
        """Switch to another register file."""
        raise NotImplementedError
