"""The main window: the five pages and the parts that make the window (``gui/shell``).

Feature modules (PDF export, letter import, backups, ...) add their actions through
``features.install_features(window)``, using the public attributes documented on this class
(declared in ``gui/common/window_api.py`` as ``FeatureWindow``, which features import instead
of this module):
``service``, ``ops`` (errors and undo), ``add_menu_action(menu, action)`` for the menus
``export``/``import``/``tools``/``help``/``file``, the pages ``register_view``/``dashboard_view``/
``commitments_view`` (each has an ``actionsLayout`` for buttons; a page is built when it is
first shown or asked for, so a feature adds to it with ``when_page_built(page, setup)``, which
also gives what it adds an Alt+letter), ``current_filter()``,
``selected_advice_ids()``, ``open_dossier(id)``, ``open_dossiers``, the ``dossier_opened``
signal (to add buttons to a dossier's ``buttonLayout``), ``drop_handlers``, ``refresh()``,
``set_service(service)`` (switch to another register file) with the ``service_changed`` signal,
``close_dossiers()``, ``add_banner(widget)`` (a notice above the pages), the
``about_to_close`` signal (the window is closing; dossiers are already closed) and ``today()``
(the date the views count from).

The window composes its parts, each a module of ``gui/shell`` that knows the window as
``shell.frame.WindowFrame``: ``menus`` (actions, undo and redo, Help), ``navigation`` (the
page shown and reading it), ``status`` (status bar and title), ``banner`` (overdue
deadlines), ``dossiers``, ``basket`` (delete and restore), ``register_file`` (another
register, the demo, settings), ``window_state`` and ``drops``. What is left here builds the
pages (which import the rooms of the pages) and wires them to the parts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.gui.common import keyboard
from adviesraad_app.gui.common.fitting import fit_window, keep_on_screen
from adviesraad_app.gui.common.operations import Operations, read_or, readonly_hint
from adviesraad_app.gui.common.preferences import app_settings
from adviesraad_app.gui.common.widgets import icon
from adviesraad_app.gui.shell import basket, drops, window_state
from adviesraad_app.gui.shell.banner import OverdueBanner
from adviesraad_app.gui.shell.dossiers import Dossiers
from adviesraad_app.gui.shell.frame import WindowFrame
from adviesraad_app.gui.shell.menus import MenuActions
from adviesraad_app.gui.shell.navigation import Navigation
from adviesraad_app.gui.shell.pages import (
    PAGE_COMMITMENTS,
    PAGE_DEADLINES,
    PAGE_DELETED,
    PAGE_MEETINGS,
    PAGE_REGISTER,
    Pages,
    Setup,
)
from adviesraad_app.gui.shell.register_file import RegisterFile
from adviesraad_app.gui.shell.status import StatusLine, is_demo
from adviesraad_app.services.register import RegisterService

if TYPE_CHECKING:
    from adviesraad_app.gui.dossier.dialog import DossierDialog
    from adviesraad_app.gui.meetings.view import MeetingsView
    from adviesraad_app.gui.register.commitments_view import CommitmentsView
    from adviesraad_app.gui.register.dashboard_view import DashboardView
    from adviesraad_app.gui.register.deleted_view import DeletedView
    from adviesraad_app.gui.register.register_view import RegisterView
    from adviesraad_app.gui.shell.welcome import WelcomePanel

__all__ = [
    "PAGE_COMMITMENTS",
    "PAGE_DEADLINES",
    "PAGE_DELETED",
    "PAGE_MEETINGS",
    "PAGE_REGISTER",
    "MainWindow",
    "app_settings",
]

DropHandler = Callable[[list[Path]], bool]


class MainWindow(WindowFrame):
    # what FeatureWindow promises, as this window has it
    open_dossiers: dict[int, DossierDialog]

    service_changed = Signal()
    #: Emitted with every dossier dialog this window opens (new or existing advice), so that
    #: features can add their buttons to it (``dialog.buttonLayout``).
    dossier_opened = Signal(object)
    #: Emitted when the user asks to open another register file; the app reopens.
    database_requested = Signal(str, bool)  # path, create
    #: Emitted when the window is about to close (every dossier closed, nothing cancelled),
    #: while the register is still open: the last moment for a backup.
    about_to_close = Signal()
    #: Emitted with the Dutch message when a page could not read the register (damaged,
    #: locked): the page stays empty and reads again later; the safety feature checks the file.
    read_failed = Signal(str)

    def __init__(
        self,
        service: RegisterService,
        *,
        today: Callable[[], date] = date.today,
        install_features: bool = True,
        restore_state: bool = True,
        initial_page: int = PAGE_DEADLINES,
    ) -> None:
        super().__init__()
        self.setupUi(self)
        self.service = service
        self._today = today
        self.ops = Operations(self)
        self._dossiers = Dossiers(self)
        self.open_dossiers = self._dossiers.open
        self.drop_handlers: list[DropHandler] = []
        self.setWindowIcon(icon("adviesraad.svg"))
        self.setAcceptDrops(True)

        # A page is built when first shown or asked for (start-up builds and reads one).
        self.pages = Pages(self.stack, self._build_page)
        self._status = StatusLine(self, self._update_welcome)
        self._navigation = Navigation(self, self.pages, self._status, self._update_actions)
        self._menus = MenuActions(self)
        # Bound methods of the window, not lambdas: they are disconnected when it goes.
        self.ops.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        self.ops.undo_stack.redoTextChanged.connect(self._redo_text_changed)
        self._connect_actions()
        self.ops.changed.connect(self.refresh)
        self._banner = OverdueBanner(
            self, self.pages, self._navigation, self._status, self._show_deadlines
        )
        self._file = RegisterFile(
            self, self.pages, self._status, self._banner, self.database_requested.emit
        )
        self._welcome: WelcomePanel | None = None  # made when the register is empty

        if restore_state:
            self.show_page(window_state.restore_window(self))
        else:
            self.show_page(initial_page)
        self._status.update()
        if install_features:
            from adviesraad_app.gui.features import install_features as install

            install(self)
        keyboard.prepare(self)
        self.pages.keyboard_ready(self)
        keyboard.prepare_menus(self)
        keep_on_screen(self)
        # Fitted now too, not only when shown: showing lays the window out once, at the size
        # it gets, instead of at the form's size and then again (about 0.5 ms of the start).
        fit_window(self)

    @Slot(str)
    def _undo_text_changed(self, text: str) -> None:
        self._menus.name_undo(text)

    @Slot(str)
    def _redo_text_changed(self, text: str) -> None:
        self._menus.name_redo(text)

    def _connect_actions(self) -> None:
        slots: list[tuple[QAction, Callable[[], object]]] = [
            (self.actionNewAdvice, self.new_advice),
            (self.actionOpenDossier, self._open_selected),
            (self.actionFind, self.focus_search),
            (self.actionDelete, self.delete_selected),
            (self.actionRestore, self._restore_selected),
            (self.actionSettings, self.edit_settings),
            (self.actionQuit, self.close),
            (self.actionOpenDatabase, self.choose_database),
            (self.actionNewDatabase, self.choose_new_database),
            (self.actionLoadDemo, self.load_demo),
            (self.actionRefresh, self.refresh),
            (self.actionAbout, self.about),
            (self.actionManual, self.show_manual),
        ]
        for action, slot in slots:
            action.triggered.connect(slot)
        for page, action in enumerate(
            (
                self.actionShowDeadlines,
                self.actionShowRegister,
                self.actionShowCommitments,
                self.actionShowDeleted,
                self.actionShowMeetings,
            )
        ):
            action.triggered.connect(lambda _checked=False, p=page: self.show_page(p))

    def add_menu_action(self, menu_name: str, action: QAction) -> None:
        """Put a feature's action in a menu (``export``, ``import``, ``tools``, ``help``)."""
        self._menus.add(menu_name, action)

    # -- pages ---------------------------------------------------------------------------

    def _build_page(self, page: int) -> QWidget:
        """The view of ``page``, made when it is first needed (its module imported then)."""
        service, today = self.service, self._today
        view: QWidget
        if page == PAGE_REGISTER:
            from adviesraad_app.gui.register.register_view import RegisterView

            register = RegisterView(service, today)
            for button in (register.newButton, register.deleteButton):
                self._menus.writes(button)
            register.open_requested.connect(self._open_from_register)
            register.new_requested.connect(self.new_advice)
            register.delete_requested.connect(self.delete_selected)
            register.selection_changed.connect(self._update_actions)
            view = register
        elif page == PAGE_DEADLINES:
            from adviesraad_app.gui.register.dashboard_view import DashboardView

            dashboard = DashboardView(service, today)
            dashboard.open_requested.connect(self.open_dossier)
            view = dashboard
        elif page == PAGE_COMMITMENTS:
            from adviesraad_app.gui.register.commitments_view import CommitmentsView

            commitments = CommitmentsView(service, today)
            commitments.open_requested.connect(self.open_dossier)
            commitments.status_requested.connect(self._set_commitment_status)
            view = commitments
        elif page == PAGE_DELETED:
            from adviesraad_app.gui.register.deleted_view import DeletedView

            deleted = DeletedView(service, today)
            deleted.restore_requested.connect(self.restore_advices)
            deleted.open_requested.connect(self.open_dossier)
            view = deleted
        else:
            from adviesraad_app.gui.meetings.view import MeetingsView

            meetings = MeetingsView(service, self.ops, today)
            meetings.open_requested.connect(self.open_dossier)
            view = meetings
        return view

    def when_page_built(self, page: int, setup: Setup) -> None:
        """Run ``setup(view)`` once the page's view exists (at once if it does): for
        features that add buttons or notices to a page while they are installed."""
        self.pages.when_built(page, setup)

    @property
    def register_view(self) -> RegisterView:
        view: RegisterView = self.pages.view(PAGE_REGISTER)
        return view

    @property
    def dashboard_view(self) -> DashboardView:
        view: DashboardView = self.pages.view(PAGE_DEADLINES)
        return view

    @property
    def commitments_view(self) -> CommitmentsView:
        view: CommitmentsView = self.pages.view(PAGE_COMMITMENTS)
        return view

    @property
    def deleted_view(self) -> DeletedView:
        view: DeletedView = self.pages.view(PAGE_DELETED)
        return view

    @property
    def meetings_view(self) -> MeetingsView:
        view: MeetingsView = self.pages.view(PAGE_MEETINGS)
        return view

    def show_page(self, page: int) -> None:
        self._navigation.show(page)

    def _show_deadlines(self) -> None:
        self.show_page(PAGE_DEADLINES)

    def current_page(self) -> int:
        return self._navigation.current()

    def focus_search(self) -> None:
        self.show_page(PAGE_REGISTER)
        self.register_view.focus_search()

    def current_filter(self) -> RegisterFilter:
        """The register's current selection (what an export of "the register" should take)."""
        return self.register_view.current_filter()

    def today(self) -> date:
        """The date the views count from (fixed in tests); what exports should use too."""
        return self._today()

    def selected_advice_ids(self) -> list[int]:
        page = PAGE_DELETED if self.current_page() == PAGE_DELETED else PAGE_REGISTER
        view = self.pages.built(page)  # nothing is chosen on a page never shown
        return view.selected_ids() if view is not None else []

    def _update_actions(self) -> None:
        self._menus.update(
            self.current_page(),
            bool(self.selected_advice_ids()),
            self.pages.built(PAGE_REGISTER),
        )

    def refuse_readonly(self) -> bool:
        """``True`` (and says why in the status bar) when the register is read-only."""
        if self.service.readonly:
            self.statusbar.showMessage(readonly_hint(), 10000)
        return self.service.readonly

    # -- refreshing ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload every view from the register (after a change here, an undo, or F5)."""
        self.service.reload()
        self._navigation.reload()
        if self.banner.isVisible():
            self.announce_overdue(quietly=True)  # the count changes with the data
        self._status.update()
        self._update_actions()

    def is_demo(self) -> bool:
        """Whether the open register is the separate demo register."""
        return is_demo(self)

    def _update_welcome(self, count: int | None) -> None:
        """An empty register shows the welcome panel instead of the pages."""
        empty = count == 0 and not self.service.readonly
        if empty:
            self.welcome.update_from(read_or(None, lambda: self.service.settings))
        if empty or self._welcome is not None:
            self.welcome.setVisible(empty)
        self.navigation.setVisible(not empty)
        self.stack.setVisible(not empty)

    @property
    def welcome(self) -> WelcomePanel:
        """The panel shown instead of the pages while the register is empty (made then)."""
        if self._welcome is None:
            from adviesraad_app.gui.shell.welcome import WelcomePanel

            panel = WelcomePanel(self)
            panel.demo_requested.connect(self.load_demo)
            panel.hide()
            self.centralLayout.addWidget(panel, 1)
            self._welcome = panel
            if self.pages.prepared:  # after the window's letters: its own beside them
                keyboard.prepare_page(self, panel)
        return self._welcome

    def announce_overdue(self, *, quietly: bool = False) -> int:
        """Say how many deadlines are overdue: the banner, and (at start-up) the status bar.
        ``quietly``: only bring the banner up to date (after a change)."""
        return self._banner.announce(quietly=quietly)

    # -- advices -------------------------------------------------------------------------

    def new_advice(self) -> DossierDialog | None:
        return self._dossiers.new_advice()

    def open_dossier(self, advice_id: int) -> DossierDialog | None:
        return self._dossiers.open_dossier(advice_id)

    def _open_from_register(self, advice_id: int) -> None:
        """A dossier opened from the register shows where the search matched."""
        self._dossiers.open_found(advice_id, self.register_view.model.selection.search)

    def _open_selected(self) -> None:
        for advice_id in self.selected_advice_ids()[:1]:
            self.open_dossier(advice_id)

    def close_dossiers(self) -> bool:
        """Close every dossier dialog (each asks about unsaved changes); ``False`` when the
        user kept one open."""
        return self._dossiers.close_all()

    def delete_selected(self) -> None:
        if self.current_page() == PAGE_REGISTER:
            basket.delete_advices(self, self.selected_advice_ids(), self.open_dossiers)

    def restore_advices(self, ids: list[int]) -> None:
        basket.restore_advices(self, ids)

    def _restore_selected(self) -> None:
        if self.current_page() == PAGE_DELETED:
            self.restore_advices(self.deleted_view.selected_ids())

    def _set_commitment_status(self, commitment_id: int, status: CommitmentStatus) -> None:
        if self.refuse_readonly():
            return
        from adviesraad_app.gui.dossier.close_commitment import change_commitment_status

        change_commitment_status(self, self.ops, self.service, commitment_id, status, self._today())

    # -- the register file, settings, help -----------------------------------------------

    def set_service(self, service: RegisterService) -> bool:
        """Switch to another register file (the views reload; open dossiers close). ``False``
        (and ``service`` left open) when the user kept a dossier with changes open."""
        return self._file.switch(service)

    def load_demo(self) -> None:
        """Open the separate demo register (its own file, never the user's register)."""
        self._file.load_demo()

    def edit_settings(self) -> None:
        self._file.edit_settings()

    def choose_database(self) -> None:
        self._file.choose_database()

    def choose_new_database(self) -> None:
        self._file.choose_new_database()

    def show_manual(self) -> None:
        self._menus.show_manual()

    def about(self) -> None:
        self._menus.about()

    # -- window state, banners, closing, dropping ------------------------------------------

    def save_window(self) -> None:
        window_state.save_window(self, self.current_page(), self.pages.built(PAGE_REGISTER))

    def add_banner(self, banner: QWidget) -> None:
        """Show a feature's notice (a warning, a read-only note) above the pages."""
        layout = self.centralLayout
        layout.insertWidget(layout.indexOf(self.banner) + 1, banner)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_dossiers():
            event.ignore()
            return
        self.about_to_close.emit()
        self.save_window()
        self._status.stop()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        drops.accept_drag(self, event)

    def dropEvent(self, event: QDropEvent) -> None:
        drops.drop(self, event)
