"""The main window as the feature modules see it: what they may use, without importing it.

Feature modules (PDF export, letters and spreadsheets, backups, deadline actions, meetings
links, the welcome panel, the end of a session) take a :class:`FeatureWindow`; the
:class:`~adviesraad_app.gui.main_window.MainWindow` is one. So a feature imports this module,
never ``main_window``, and ``main_window`` can import the features without a circle.

It is a ``QMainWindow`` (features parent their dialogs and messages on it) with the members
below; ``MainWindow`` defines each of them (the stubs here only say what is promised). A
class rather than a ``typing.Protocol``: a Protocol cannot also be a ``QWidget``, and every
feature hands the window to Qt as a parent. The pages and the dossier are described by what
features use of them (protocols, the dossier's form), so this module imports no room of the
GUI: no circle between ``gui/common`` and the rooms that use it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStatusBar,
    QTableView,
    QWidget,
)

from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.gui.common.models import RegisterTableModel
from adviesraad_app.gui.common.operations import Operations
from adviesraad_app.gui.common.widgets import DateEdit
from adviesraad_app.services.register import RegisterService

if TYPE_CHECKING:  # built with the Termijnen page or the first dossier, not at start-up
    from PySide6.QtWidgets import QDialog

    from adviesraad_app.gui.common.page_models import DeadlinesModel
    from adviesraad_app.gui.forms.ui_dossier_dialog import Ui_DossierDialog


class RegisterPage(Protocol):
    """What features use of the Adviezen page (``gui/register/register_view.RegisterView``)."""

    @property
    def actionsLayout(self) -> QBoxLayout: ...
    @property
    def newButton(self) -> QPushButton: ...
    @property
    def model(self) -> RegisterTableModel: ...
    def selected_ids(self) -> list[int]: ...


class DeadlinesPage(Protocol):
    """What features use of the Termijnen page (``DashboardView``)."""

    @property
    def mainLayout(self) -> QBoxLayout: ...
    @property
    def actionsLayout(self) -> QBoxLayout: ...
    @property
    def openButton(self) -> QPushButton: ...
    @property
    def hintLabel(self) -> QLabel: ...
    @property
    def table(self) -> QTableView: ...
    @property
    def model(self) -> DeadlinesModel: ...
    @property
    def todayEdit(self) -> DateEdit: ...
    def as_of(self) -> date: ...


class CommitmentsPage(Protocol):
    """What features use of the Toezeggingen page (``CommitmentsView``)."""

    @property
    def status_requested(self) -> SignalInstance: ...


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
    open_dossiers: Mapping[int, QDialog]  # the dossier dialogs, by advice id
    drop_handlers: list[DropHandler]

    @property
    def register_view(self) -> RegisterPage:
        """The Adviezen page (built when first asked for)."""
        raise NotImplementedError

    @property
    def dashboard_view(self) -> DeadlinesPage:
        """The Termijnen page (built when first asked for)."""
        raise NotImplementedError

    @property
    def commitments_view(self) -> CommitmentsPage:
        """The Toezeggingen page (built when first asked for)."""
        raise NotImplementedError

    def today(self) -> date:
        """The date the views count from (fixed in tests)."""
        raise NotImplementedError

    def when_page_built(self, page: int, setup: Callable[[Any], None]) -> None:
        """Run ``setup(view)`` once the page's view exists (pages are built when first shown):
        for features that add buttons or notices to a page."""
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

    def open_dossier(self, advice_id: int) -> Ui_DossierDialog | None:
        """The dossier dialog of the advice (shown), or ``None`` (the message shown)."""
        raise NotImplementedError

    def new_advice(self) -> Ui_DossierDialog | None:
        raise NotImplementedError

    def close_dossiers(self) -> bool:
        """Close every dossier (each asks about unsaved changes); ``False``: one stayed."""
        raise NotImplementedError

    def set_service(self, service: RegisterService) -> bool:
        """Switch to another register file."""
        raise NotImplementedError
