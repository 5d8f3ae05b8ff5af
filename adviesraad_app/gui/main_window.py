"""The main window: navigation, the five pages, menus, undo, and the open register.

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
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from adviesraad_app import __version__
from adviesraad_app.domain.commitments import CommitmentStatus
from adviesraad_app.domain.deadlines import DeadlineState
from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.gui.common import keyboard
from adviesraad_app.gui.common.fitting import keep_on_screen
from adviesraad_app.gui.common.operations import (
    Op,
    Operations,
    attempt,
    read_or,
    readonly_hint,
)
from adviesraad_app.gui.common.preferences import app_settings
from adviesraad_app.gui.common.widgets import icon, state_icon
from adviesraad_app.gui.common.window_api import FeatureWindow
from adviesraad_app.gui.forms.ui_main_window import Ui_MainWindow
from adviesraad_app.gui.shell.pages import (
    PAGE_COMMITMENTS,
    PAGE_DEADLINES,
    PAGE_DELETED,
    PAGE_MEETINGS,
    PAGE_REGISTER,
    Pages,
    Setup,
)
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
]

DropHandler = Callable[[list[Path]], bool]


class MainWindow(FeatureWindow, Ui_MainWindow):
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
        # Puts the database line back in the status bar after a temporary message.
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(15000)
        self._status_timer.timeout.connect(self._update_status)
        self.open_dossiers: dict[int, DossierDialog] = {}
        self._read_error: str | None = None  # why the page shown could not read the register
        self.drop_handlers: list[DropHandler] = []
        self.setWindowIcon(icon("adviesraad.svg"))
        self.setAcceptDrops(True)

        # A page is built when first shown or asked for, and reads the register when it is
        # shown (or is showing when data changes); the others only note that they are out of
        # date. Start-up builds and reads one page.
        self.pages = Pages(self.stack, self._build_page)
        for row, name in enumerate(("overdue", "open", "done", "lapsed")):
            self.navigation.item(row).setIcon(state_icon(name))
        self.navigation.item(PAGE_MEETINGS).setIcon(icon("calendar.svg"))
        self.navigation.currentRowChanged.connect(self._show_page)

        self._setup_actions()
        self.ops.changed.connect(self.refresh)
        self.bannerClose.clicked.connect(self.banner.hide)
        self.bannerButton.clicked.connect(lambda: self.show_page(PAGE_DEADLINES))
        self.banner.setStyleSheet(
            "#banner { background: #fde8e8; border-bottom: 1px solid #e6b3b3; }"
        )
        self.bannerIcon.setPixmap(state_icon("overdue").pixmap(20, 20))
        self.banner.hide()
        self._welcome: WelcomePanel | None = None  # made when the register is empty

        if restore_state:
            self._restore_window()
        else:
            self.show_page(initial_page)
        self._update_status()
        if install_features:
            from adviesraad_app.gui.features import install_features as install

            install(self)
        keyboard.prepare(self)
        self.pages.keyboard_ready(self)
        keyboard.prepare_menus(self)
        keep_on_screen(self)

    # -- setup ---------------------------------------------------------------------------

    @Slot(str)
    def _undo_text_changed(self, text: str) -> None:
        prefix = self.tr("&Ongedaan maken")
        self.actionUndo.setText(f"{prefix}: {text}" if text else prefix)

    @Slot(str)
    def _redo_text_changed(self, text: str) -> None:
        prefix = self.tr("Opnie&uw")
        self.actionRedo.setText(f"{prefix}: {text}" if text else prefix)

    def _setup_actions(self) -> None:
        undo = self.ops.undo_stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ops.undo_stack.createRedoAction(self, self.tr("Opnie&uw"))
        # Ctrl+Y first, on every system, so the menu shows what the README says.
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.actionUndo, self.actionRedo = undo, redo
        # "Ongedaan maken: Advies verwijderen" (Qt would write the two without a colon).
        # Bound methods, not lambdas: they are disconnected when this window goes.
        self.ops.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        self.ops.undo_stack.redoTextChanged.connect(self._redo_text_changed)
        first = self.menuEdit.actions()[0]
        self.menuEdit.insertAction(first, undo)
        self.menuEdit.insertAction(first, redo)
        self.menuEdit.insertSeparator(first)
        self.toolBar.addSeparator()
        self.toolBar.addAction(undo)
        style = self.style()
        self.actionNewAdvice.setIcon(style.standardIcon(style.StandardPixmap.SP_FileIcon))
        self.actionOpenDossier.setIcon(style.standardIcon(style.StandardPixmap.SP_DialogOpenButton))
        self.actionDelete.setIcon(style.standardIcon(style.StandardPixmap.SP_TrashIcon))
        undo.setIcon(style.standardIcon(style.StandardPixmap.SP_ArrowBack))
        self.actionNewAdvice.triggered.connect(self.new_advice)
        self.actionOpenDossier.triggered.connect(self._open_selected)
        self.actionFind.triggered.connect(self.focus_search)
        self.actionDelete.triggered.connect(self.delete_selected)
        self.actionRestore.triggered.connect(self._restore_selected)
        self.actionSettings.triggered.connect(self.edit_settings)
        self.actionQuit.triggered.connect(self.close)
        self.actionOpenDatabase.triggered.connect(self.choose_database)
        self.actionNewDatabase.triggered.connect(self.choose_new_database)
        self.actionLoadDemo.triggered.connect(self.load_demo)
        self.actionRefresh.triggered.connect(self.refresh)
        self.actionAbout.triggered.connect(self.about)
        self.actionManual = QAction(self.tr("&Handleiding"), self)
        self.actionManual.setObjectName("actionManual")
        self.actionManual.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.actionManual.setToolTip(self.tr("De handleiding openen (F1)"))
        self.actionManual.triggered.connect(self.show_manual)
        self.menuHelp.insertAction(self.actionAbout, self.actionManual)
        self._writable_tips: dict[QAction | QWidget, str] = {
            widget: widget.toolTip()
            for widget in (self.actionNewAdvice, self.actionDelete, self.actionRestore)
        }
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
        # Shown once a feature puts an action in them (see add_menu_action).
        for menu in (self.menuExport, self.menuImport, self.menuTools):
            menu.menuAction().setVisible(False)

    def add_menu_action(self, menu_name: str, action: QAction) -> None:
        """Put a feature's action in a menu (``export``, ``import``, ``tools``, ``help``)."""
        menu = {
            "export": self.menuExport,
            "import": self.menuImport,
            "tools": self.menuTools,
            "help": self.menuHelp,
            "file": self.menuFile,
        }[menu_name]
        menu.addAction(action)
        menu.menuAction().setVisible(True)

    # -- pages ---------------------------------------------------------------------------

    def _build_page(self, page: int) -> QWidget:
        """The view of ``page``, made when it is first needed (its module imported then)."""
        service, today = self.service, self._today
        view: QWidget
        if page == PAGE_REGISTER:
            from adviesraad_app.gui.register.register_view import RegisterView

            register = RegisterView(service, today)
            for button in (register.newButton, register.deleteButton):
                self._writable_tips[button] = button.toolTip()
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
        self.navigation.setCurrentRow(page)

    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self._ensure_loaded(page)
        self._update_actions()

    def _ensure_loaded(self, page: int) -> None:
        view = self.pages.view(page)
        if self.pages.stale[page]:
            self.pages.stale[page] = False
            # Damaged or locked: the window stays usable (the menus lead to the check and
            # the backups); the page reads again the next time it is shown or refreshed.
            reading = Op(self, view.reload).quiet()
            if not reading.failure(lambda exc: self._read_failed(page, exc.message)).run():
                return
            if self._read_error is not None:
                self._read_error = None
                self._update_status()

    def current_page(self) -> int:
        return self.stack.currentIndex()

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
        page = self.current_page()
        has = bool(self.selected_advice_ids())
        # A read-only register: the writing actions are off, and their tooltips say why.
        writable = not self.service.readonly
        self.actionDelete.setEnabled(writable and page == PAGE_REGISTER and has)
        self.actionRestore.setEnabled(writable and page == PAGE_DELETED and has)
        self.actionOpenDossier.setEnabled(page in (PAGE_REGISTER, PAGE_DELETED) and has)
        self.actionNewAdvice.setEnabled(writable)
        register = self.pages.built(PAGE_REGISTER)
        if register is not None:
            register.newButton.setEnabled(writable)
            register.deleteButton.setEnabled(writable and bool(register.selected_ids()))
        for widget, tip in self._writable_tips.items():
            widget.setToolTip(tip if writable else readonly_hint())

    def refuse_readonly(self) -> bool:
        """``True`` (and says why in the status bar) when the register is read-only."""
        if self.service.readonly:
            self.statusbar.showMessage(readonly_hint(), 10000)
        return self.service.readonly

    # -- refreshing ----------------------------------------------------------------------

    def _read_failed(self, page: int, message: str) -> None:
        self.pages.stale[page] = True
        self._read_error = message
        self.statusbar.showMessage(message)
        self.read_failed.emit(message)

    def refresh(self) -> None:
        """Reload every view from the register (after a change here, an undo, or F5)."""
        self.service.reload()
        self.pages.stale = [True] * len(self.pages.stale)
        self._ensure_loaded(self.current_page())
        if self.banner.isVisible():
            self.announce_overdue(quietly=True)  # the count changes with the data
        self._update_status()
        self._update_actions()

    def _update_status(self) -> None:
        counting = Op(self, self.service.count).quiet()
        counting.failure(lambda exc: self.read_failed.emit(exc.message)).run()
        count = counting.result
        readonly = " " + self.tr("(alleen-lezen)") if self.service.readonly else ""
        if count is None:
            line = self.tr("Database: {path}{readonly} — kon niet worden gelezen").format(
                path=self.service.path, readonly=readonly
            )
        elif count == 1:
            line = self.tr("Database: {path}{readonly} — 1 advies").format(
                path=self.service.path, readonly=readonly
            )
        else:
            line = self.tr("Database: {path}{readonly} — {n} adviezen").format(
                path=self.service.path, readonly=readonly, n=count
            )
        # A page that could not read the register keeps saying so.
        self.statusbar.showMessage(self._read_error or line)
        council = read_or("", lambda: self.service.settings.council_name)
        title = (
            self.tr("Adviesraad — {council}").format(council=council) if council else "Adviesraad"
        )
        if self.is_demo():
            title = self.tr("DEMO — {title}").format(title=title)
            line = self.tr("DEMO-register met voorbeeldgegevens — {line}").format(line=line)
            if not self._read_error:
                self.statusbar.showMessage(line)
        self.setWindowTitle(title)
        self.actionLoadDemo.setEnabled(not self.is_demo())
        self._update_welcome(count)

    def is_demo(self) -> bool:
        """Whether the open register is the separate demo register."""
        from adviesraad_app.gui.shell.demo import is_demo_register

        return is_demo_register(self.service.path)

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
        if self.pages.built(PAGE_DEADLINES) is not None:
            self._ensure_loaded(PAGE_DEADLINES)  # as of the page's peildatum
            overdue = self.dashboard_view.model.counts()[DeadlineState.OVERDUE]
        else:  # the same count, without building the page
            counted: list[int] = []
            Op(self, lambda: self.service.overdue_count(self.today())).quiet().success(
                counted.append
            ).failure(lambda exc: self._read_failed(PAGE_DEADLINES, exc.message)).run()
            overdue = counted[0] if counted else 0
        if overdue and quietly and not self.banner.isVisible():
            return overdue  # the user closed it, or it never showed: no new banner
        if overdue:
            text = (
                self.tr("Er is 1 termijn verstreken.")
                if overdue == 1
                else self.tr("Er zijn {n} termijnen verstreken.").format(n=overdue)
            )
            self.bannerText.setText(
                text + " " + self.tr("Bekijk ze bij Termijnen; de oudste staan bovenaan.")
            )
            self.banner.show()
            if not quietly:
                self.statusbar.showMessage(text, 15000)
                self._status_timer.start()
        else:
            self.banner.hide()
        return overdue

    # -- advices -------------------------------------------------------------------------

    def new_advice(self) -> DossierDialog | None:
        if self.refuse_readonly():
            return None
        from adviesraad_app.gui.dossier.dialog import DossierDialog

        dialog = DossierDialog(self, self.service, self.ops, None, today=self._today)
        dialog.saved.connect(self._dossier_saved)
        self.dossier_opened.emit(dialog)
        dialog.show()
        return dialog

    def _dossier_saved(self, advice_id: int) -> None:
        from adviesraad_app.gui.dossier.dialog import DossierDialog

        dialog = self.sender()
        if isinstance(dialog, DossierDialog):
            self.open_dossiers[advice_id] = dialog
            dialog.finished.connect(lambda _r, i=advice_id: self.open_dossiers.pop(i, None))
        self.refresh()

    def open_dossier(self, advice_id: int) -> DossierDialog | None:
        existing = self.open_dossiers.get(advice_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        from adviesraad_app.gui.dossier.dialog import DossierDialog

        dialog = attempt(  # None: a deleted or vanished advice (the message shown)
            lambda: DossierDialog(self, self.service, self.ops, advice_id, today=self._today),
            parent=self,
        )
        if dialog is None:
            return None
        dialog.saved.connect(self._dossier_saved)
        dialog.finished.connect(lambda _r, i=advice_id: self.open_dossiers.pop(i, None))
        self.open_dossiers[advice_id] = dialog
        self.dossier_opened.emit(dialog)
        dialog.show()
        return dialog

    def _open_from_register(self, advice_id: int) -> None:
        """A dossier opened from the register shows where the search matched."""
        dialog = self.open_dossier(advice_id)
        search = self.register_view.model.selection.search
        if dialog is not None and search.strip():
            dialog.highlight(search)

    def _open_selected(self) -> None:
        for advice_id in self.selected_advice_ids()[:1]:
            self.open_dossier(advice_id)

    def delete_selected(self) -> None:
        ids = self.selected_advice_ids()
        if not ids or self.current_page() != PAGE_REGISTER or self.refuse_readonly():
            return
        text = (
            self.tr("Advies verwijderen")
            if len(ids) == 1
            else self.tr("{n} adviezen verwijderen").format(n=len(ids))
        )
        if self.ops.undoable(text, self._to_basket(ids, True), self._to_basket(ids, False)):
            for advice_id in ids:
                dialog = self.open_dossiers.get(advice_id)
                if dialog is not None:
                    dialog.load()
            self.statusbar.showMessage(
                self.tr(
                    "Verwijderd. Ongedaan maken met Ctrl+Z; terugzetten kan ook via Verwijderd."
                ),
                8000,
            )

    def restore_advices(self, ids: list[int]) -> None:
        if self.refuse_readonly():
            return
        self.ops.undoable(
            self.tr("Terugzetten"), self._to_basket(ids, False), self._to_basket(ids, True)
        )

    def _to_basket(self, ids: list[int], deleted: bool) -> Callable[[], None]:
        """Moving ``ids`` into the waste basket (``deleted``) or out of it, as one change."""

        def move() -> None:
            with self.service.all_or_nothing():
                for advice_id in ids:
                    if deleted:
                        self.service.delete_advice(advice_id)
                    else:
                        self.service.restore_advice(advice_id)

        return move

    def _restore_selected(self) -> None:
        if self.current_page() == PAGE_DELETED:
            self.restore_advices(self.deleted_view.selected_ids())

    def _set_commitment_status(self, commitment_id: int, status: CommitmentStatus) -> None:
        if self.refuse_readonly():
            return
        from adviesraad_app.gui.dossier.close_commitment import change_commitment_status

        change_commitment_status(self, self.ops, self.service, commitment_id, status, self._today())

    # -- settings and database -----------------------------------------------------------

    def edit_settings(self) -> None:
        from adviesraad_app.gui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self, self.service.settings, str(self.service.path))
        dialog.open_other_requested.connect(self.choose_database)
        dialog.new_database_requested.connect(self.choose_new_database)
        if dialog.exec() and dialog.result_settings is not None:
            old, new = self.service.settings, dialog.result_settings
            if new != old:
                self.ops.undoable(
                    self.tr("Instellingen wijzigen"),
                    lambda: self.service.save_settings(new),
                    lambda: self.service.save_settings(old),
                )

    def choose_database(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Database openen"),
            str(self.service.path.parent),
            self.tr("Adviesraad-database (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)"),
        )
        if name:
            self.database_requested.emit(name, False)

    def choose_new_database(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Nieuwe database"),
            str(self.service.path.parent / "register.sqlite3"),
            self.tr("Adviesraad-database (*.sqlite3)"),
        )
        if name:
            self.database_requested.emit(name, True)

    def close_dossiers(self) -> bool:
        """Close every dossier dialog (each asks about unsaved changes); ``False`` when the
        user kept one open."""
        from adviesraad_app.gui.dossier.dialog import DossierDialog

        # Closed dossiers are deleted too: they hold the register and follow ops.changed.
        for advice_id, dialog in list(self.open_dossiers.items()):
            if dialog.isVisible() and not dialog.close():
                return False
            del self.open_dossiers[advice_id]
            dialog.deleteLater()
        for dialog in self.findChildren(DossierDialog):
            if dialog.isVisible() and not dialog.close():
                return False
            dialog.deleteLater()
        return True

    def set_service(self, service: RegisterService) -> bool:
        """Switch to another register file (the views reload; open dossiers close). ``False``
        (and ``service`` left open) when the user kept a dossier with changes open."""
        if not self.close_dossiers():
            return False
        old = self.service
        self.service = service
        self.ops.undo_stack.clear()
        for view in self.pages.built_views():  # the others are built with the new one
            view.set_service(service)
        old.close()
        self.refresh()
        self.service_changed.emit()
        self.announce_overdue()
        return True

    def load_demo(self) -> None:
        """Open the separate demo register (filled with sample data the first time); the
        user's own register is never written to. The next start opens the user's register."""
        from adviesraad_app.gui.shell.demo import open_demo_register

        service = self.ops.call(open_demo_register) if not self.is_demo() else None
        if service is None:
            return
        if not self.set_service(service):
            service.close()
            return
        self.statusbar.showMessage(
            self.tr(
                "DEMO-register geopend: voorbeeldgegevens, apart van uw eigen register. "
                "Terug via Bestand → Database openen… of bij de volgende start."
            ),
            15000,
        )
        self._status_timer.start()

    def show_manual(self) -> None:
        from adviesraad_app.gui.common.manual import show_manual

        show_manual(self)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over Adviesraad"),
            self.tr(
                "<h3>Adviesraad {version}</h3><p>Register van gevraagde en ongevraagde adviezen, "
                "reacties van het college, toezeggingen en termijnen.</p><p>Database: {path}</p>"
                "<p>Alles blijft op deze computer; het programma gebruikt geen internet.</p>"
            ).format(version=__version__, path=self.service.path),
        )

    # -- window state --------------------------------------------------------------------

    def _restore_window(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self._first_size()
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        # Before the register page first reads (its order, filters and search).
        self.when_page_built(PAGE_REGISTER, lambda view: view.restore_state(app_settings()))
        try:
            page = int(str(settings.value("window/page", PAGE_DEADLINES)))
        except (TypeError, ValueError):
            page = PAGE_DEADLINES
        self.show_page(page if 0 <= page < self.stack.count() else PAGE_DEADLINES)

    def _first_size(self) -> None:
        """On first start: most of the screen (a laptop's 1366 pixels show every register
        column), not more than a large monitor needs, centred."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        width = min(1440, max(self.minimumWidth(), int(room.width() * 0.94)))
        height = min(900, max(self.minimumHeight(), int(room.height() * 0.9)))
        self.resize(width, height)
        self.move(room.center().x() - width // 2, room.center().y() - height // 2)

    def save_window(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/page", self.current_page())
        register = self.pages.built(PAGE_REGISTER)
        if register is not None:  # else what was saved before stays
            register.save_state(settings)
        settings.sync()

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
        self._status_timer.stop()
        event.accept()

    # -- drag and drop (letters, documents) ----------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from adviesraad_app.gui.letters.mail_drop import (
            has_virtual_files,  # a message dragged from Outlook
        )

        mime = event.mimeData()
        if self.drop_handlers and (mime.hasUrls() or has_virtual_files(mime)):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from adviesraad_app.gui.letters.mail_drop import has_virtual_files, save_virtual_files

        mime = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if not paths and has_virtual_files(mime):
            saved = attempt(lambda: save_virtual_files(mime), parent=self)
            if saved is None:
                event.acceptProposedAction()
                return
            paths = saved
        for handler in self.drop_handlers:
            if handler(paths):
                event.acceptProposedAction()
                return
