"""The banner above the pages that says how many deadlines are overdue (at start-up, after
opening another register, and brought up to date after each change while it shows)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from adviesraad_app.domain.kinds import DeadlineState
from adviesraad_app.gui.common.operations import Op
from adviesraad_app.gui.common.widgets import state_icon
from adviesraad_app.gui.shell.frame import WindowFrame
from adviesraad_app.gui.shell.navigation import Navigation
from adviesraad_app.gui.shell.pages import PAGE_DEADLINES, Pages
from adviesraad_app.gui.shell.status import StatusLine
from adviesraad_app.i18n import translate


class OverdueBanner(QObject):
    """The form's ``banner``: hidden until ``announce`` finds overdue deadlines; its button
    calls ``show_deadlines``."""

    def __init__(
        self,
        window: WindowFrame,
        pages: Pages,
        navigation: Navigation,
        status: StatusLine,
        show_deadlines: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._pages = pages
        self._navigation = navigation
        self._status = status
        window.bannerClose.clicked.connect(window.banner.hide)
        window.bannerButton.clicked.connect(show_deadlines)
        window.banner.hide()

    def _overdue(self) -> int:
        window = self._window
        if self._pages.built(PAGE_DEADLINES) is not None:
            self._navigation.ensure_loaded(PAGE_DEADLINES)  # as of the page's peildatum
            overdue: int = window.dashboard_view.model.counts()[DeadlineState.OVERDUE]
            return overdue
        # the same count, without building the page
        counting = Op(window, lambda: window.service.overdue_count(window.today())).quiet()
        failed = counting.failure(
            lambda exc: self._navigation.read_failed(PAGE_DEADLINES, exc.message)
        )
        return failed.value_or(0)

    def announce(self, *, quietly: bool = False) -> int:
        """Say how many deadlines are overdue: the banner, and (at start-up) the status bar.
        ``quietly``: only bring the banner up to date (after a change)."""
        window = self._window
        banner = window.banner
        overdue = self._overdue()
        if overdue and quietly and not banner.isVisible():
            return overdue  # the user closed it, or it never showed: no new banner
        if overdue:
            text = (
                translate("MainWindow", "Er is 1 termijn verstreken.")
                if overdue == 1
                else translate("MainWindow", "Er zijn {n} termijnen verstreken.").format(n=overdue)
            )
            window.bannerText.setText(
                text
                + " "
                + translate("MainWindow", "Bekijk ze bij Termijnen; de oudste staan bovenaan.")
            )
            if window.bannerIcon.pixmap().isNull():  # drawn and styled when first needed
                window.bannerIcon.setPixmap(state_icon("overdue").pixmap(20, 20))
                # (a style sheet makes Qt parse it and restyle the banner: not for a window
                # that never shows the banner)
                banner.setStyleSheet(
                    "#banner { background: #fde8e8; border-bottom: 1px solid #e6b3b3; }"
                )
            banner.show()
            if not quietly:
                self._status.show_for_a_while(text)
        else:
            banner.hide()
        return overdue
