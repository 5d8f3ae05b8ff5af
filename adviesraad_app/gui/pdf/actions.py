"""PDF overviews from the desktop app (issue 4): the Exporteren menu and the PDF buttons.

Bestand → Exporteren gets "Adviezenoverzicht (PDF)…" (the register's filter, or only the
selected advices), "Dossier(s) (PDF)…" (the selected advices, one after another),
"Jaaroverzicht (PDF)…" and "Termijnenlijst (PDF)…" (as of the dashboard's peildatum). The
register page has an "Exporteren (PDF)…" button, the dashboard a "Termijnenlijst (PDF)…"
button and every dossier dialog a "PDF…" button.

Each export: :class:`PdfExportDialog` (what, which order, confidential or not) → the save
dialog (a default name from the service, in the folder used last) → the PDF is drawn in a
worker thread with a progress dialog whose "Annuleren" stops it (nothing is written) → a
message in the status bar (and a warning when characters could not be set as typed: emoji,
Chinese, right-to-left text), and the PDF opens in the system viewer when the setting
``open_pdf_after_export`` is on. The service (``services.export_pdf``) does the work and
writes atomically; its Dutch messages are shown as they are. reportlab is loaded by the
service when the first PDF is drawn, never when the window starts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

from adviesraad_app.gui.common.file_choosers import choose_pdf_path
from adviesraad_app.gui.common.operations import attempt, show_error, show_failure
from adviesraad_app.gui.common.preferences import last_folder, remember_folder
from adviesraad_app.gui.shell.pages import PAGE_DEADLINES, PAGE_REGISTER
from adviesraad_app.i18n import translate
from adviesraad_app.services.text.present import count_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QProgressDialog

    from adviesraad_app.domain.filters import RegisterOrder
    from adviesraad_app.gui.common.window_api import FeatureWindow
    from adviesraad_app.gui.dossier.dialog import DossierDialog
    from adviesraad_app.gui.pdf.export_dialog import PdfRequest
    from adviesraad_app.services.pdf.content import ExportResult, PdfContent
    from adviesraad_app.services.register import RegisterService

# The export service, its dialog and the thread that draws (``writer.py``) are imported when
# an export starts, not with the window: start-up stays lean (see benchmarks/bench_gui.py).

PROGRESS_DELAY_MS = 500  # the progress dialog appears only for exports that take longer
# The service counts the document's top-level parts: an overzicht is four of them (its table,
# however long, is one), dossiers are many. Fewer steps than this: a busy bar, not a percentage.
PERCENT_FROM_STEPS = 10
STATUS_TIMEOUT_MS = 15000


def install(window: FeatureWindow) -> None:
    PdfExporter(window)


# ---------------------------------------------------------------------- files and folders


def exec_dialog(dialog: QDialog) -> bool:
    from PySide6.QtWidgets import QDialog  # made with the dialog, not to show the window

    return dialog.exec() == QDialog.DialogCode.Accepted


@contextmanager
def cursor(shape: Qt.CursorShape) -> Iterator[None]:
    QGuiApplication.setOverrideCursor(shape)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


# ---------------------------------------------------------------------- the feature


def _place(view: QWidget, button: QPushButton) -> None:
    """Put ``button`` at the end of a page's row of buttons (``actionsLayout``)."""
    view.actionsLayout.addWidget(button)  # type: ignore[attr-defined]
    button.show()


class PdfExporter(QObject):
    """The PDF actions of one main window (found with ``window.findChild(PdfExporter)``)."""

    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self.setObjectName("pdfExporter")
        self.window = window
        self.progress_dialog: QProgressDialog | None = None  # while a PDF is being drawn
        self.cancel_button: QPushButton | None = None
        self._busy = False

        separator = QAction(window)
        separator.setSeparator(True)
        window.add_menu_action("export", separator)
        self.overview_action = self._action(
            translate("PdfExport", "Adviezenoverzicht (PDF)…"), self.export_overview
        )
        self.overview_action.setToolTip(
            translate(
                "PdfExport",
                "Het register zoals het nu gefilterd is (of de geselecteerde adviezen) als PDF",
            )
        )
        self.dossiers_action = self._action(
            translate("PdfExport", "Dossier(s) (PDF)…"), self.export_dossiers
        )
        self.dossiers_action.setToolTip(
            translate(
                "PdfExport", "De dossiers van de geselecteerde adviezen, na elkaar in één PDF"
            )
        )
        self.year_action = self._action(
            translate("PdfExport", "Jaaroverzicht (PDF)…"), self.export_year
        )
        self.deadlines_action = self._action(
            translate("PdfExport", "Termijnenlijst (PDF)…"), self.export_deadlines
        )

        # The buttons belong to the window until their page is first shown.
        self.register_button = QPushButton(translate("PdfExport", "Exporteren (PDF)…"), window)
        self.register_button.hide()
        self.register_button.setToolTip(self.overview_action.toolTip())
        self.register_button.clicked.connect(self.export_overview)
        window.when_page_built(PAGE_REGISTER, lambda view: _place(view, self.register_button))
        self.dashboard_button = QPushButton(translate("PdfExport", "Termijnenlijst (PDF)…"), window)
        self.dashboard_button.hide()
        self.dashboard_button.setToolTip(
            translate(
                "PdfExport",
                "Alles wat te laat is en binnenkort afloopt, per de peildatum hierboven, als PDF",
            )
        )
        self.dashboard_button.clicked.connect(self.export_deadlines)
        window.when_page_built(PAGE_DEADLINES, lambda view: _place(view, self.dashboard_button))
        window.dossier_opened.connect(self._add_dossier_button)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        self.window.add_menu_action("export", action)
        return action

    def _add_dossier_button(self, dialog: DossierDialog) -> None:
        button = QPushButton(translate("PdfExport", "PDF…"), dialog)
        button.setObjectName("pdfButton")
        button.setToolTip(
            translate("PdfExport", "Dit dossier als PDF opslaan (de opgeslagen gegevens)")
        )
        button.setEnabled(dialog.advice_id is not None)
        dialog.saved.connect(lambda _advice_id: button.setEnabled(True))
        button.clicked.connect(lambda: self.export_dossier(dialog))
        layout = dialog.buttonLayout
        position = layout.indexOf(dialog.saveButton)
        layout.insertWidget(position if position >= 0 else layout.count(), button)

    @property
    def service(self) -> RegisterService:
        return self.window.service

    # -- the four documents ----------------------------------------------------------------

    def export_overview(self) -> ExportResult | None:
        """The register's current filter, or only the selected advices."""
        from adviesraad_app.gui.pdf.export_dialog import PdfRequest, preview
        from adviesraad_app.services.pdf.content import PdfKind
        from adviesraad_app.services.pdf.export import URGENCY_FIRST

        request = PdfRequest(
            PdfKind.OVERZICHT,
            self.window.today(),
            selection=self.window.current_filter(),
            order=URGENCY_FIRST,
        )
        # Nothing in the filter at all, confidential or not: say so without a dialog.
        everything = preview(self.service, replace(request, include_confidential=True))
        if everything.error:
            show_error(self.window, everything.error)
            return None
        view = self.window.register_view
        order: RegisterOrder = view.model.order
        selected = tuple(view.selected_ids())
        if len(selected) == view.model.rowCount():  # all rows (Ctrl+A): that is the filter
            selected = ()
        return self.run(request, selected_ids=selected, register_order=order)

    def export_dossiers(self) -> ExportResult | None:
        """The selected advices' dossiers, one after another, in the register's order."""
        from adviesraad_app.gui.pdf.export_dialog import PdfRequest
        from adviesraad_app.services.pdf.content import PdfKind

        ids = tuple(self.window.register_view.selected_ids())
        if not ids:
            show_error(
                self.window,
                translate(
                    "PdfExport",
                    "Selecteer eerst in het register de adviezen waarvan u het dossier wilt "
                    "exporteren. Met Ctrl of Shift kiest u er meer; ze komen na elkaar in één PDF.",
                ),
            )
            return None
        return self.run(PdfRequest(PdfKind.DOSSIER, self.window.today(), ids=ids))

    def export_dossier(self, dialog: DossierDialog) -> ExportResult | None:
        """The dossier shown in ``dialog`` (as saved)."""
        from adviesraad_app.gui.pdf.export_dialog import PdfRequest
        from adviesraad_app.services.pdf.content import PdfKind

        if dialog.advice_id is None:
            return None
        note = (
            translate(
                "PdfExport",
                "Er zijn wijzigingen die nog niet zijn opgeslagen; de PDF bevat de opgeslagen "
                "gegevens. Sla eerst op als de wijzigingen erin moeten.",
            )
            if dialog.is_dirty()
            else ""
        )
        request = PdfRequest(PdfKind.DOSSIER, self.window.today(), ids=(dialog.advice_id,))
        return self.run(request, parent=dialog, note=note)

    def export_year(self) -> ExportResult | None:
        """One year; the year filtered on, else the last full year (or the nearest before)."""
        from adviesraad_app.gui.pdf.export_dialog import PdfRequest, preview
        from adviesraad_app.services.pdf.content import PdfKind

        today = self.window.today()
        years = sorted(self.service.years(), reverse=True)
        wanted = self.window.current_filter().year or today.year - 1
        earlier = [y for y in years if y <= wanted]
        year = wanted if wanted in years or not years else (earlier or years)[0]
        request = PdfRequest(PdfKind.JAAROVERZICHT, today, year=year)
        if not years:  # an empty register: the service says so
            show_error(self.window, preview(self.service, request).error or "")
            return None
        return self.run(request, years=years)

    def export_deadlines(self) -> ExportResult | None:
        """Everything overdue and due soon, as of the dashboard's peildatum."""
        from adviesraad_app.gui.pdf.export_dialog import PdfRequest
        from adviesraad_app.services.pdf.content import PdfKind

        dashboard = self.window.dashboard_view
        problem = dashboard.todayEdit.error()
        if problem:
            show_error(
                self.window,
                translate(
                    "PdfExport", "De peildatum op het scherm Termijnen klopt niet: {problem}"
                ).format(problem=problem),
            )
            return None
        return self.run(PdfRequest(PdfKind.TERMIJNEN, dashboard.as_of()))

    # -- one export ------------------------------------------------------------------------

    def run(
        self,
        request: PdfRequest,
        *,
        parent: QWidget | None = None,
        selected_ids: tuple[int, ...] = (),
        register_order: RegisterOrder | None = None,
        years: list[int] | None = None,
        note: str = "",
    ) -> ExportResult | None:
        """Ask, save and report one PDF; ``None`` when cancelled or when it failed (the
        service's message shown, no file left behind)."""
        from adviesraad_app.gui.pdf.export_dialog import PdfExportDialog

        owner = parent or self.window
        if self._busy:
            self.window.statusbar.showMessage(
                translate("PdfExport", "Er wordt al een PDF gemaakt."), 5000
            )
            return None
        self._busy = True
        try:
            dialog = PdfExportDialog(
                owner,
                self.service,
                request,
                selected_ids=selected_ids,
                register_order=register_order,
                years=years,
                note=note,
            )
            accepted = exec_dialog(dialog)
            request, name = dialog.request, dialog.current.file_name
            dialog.deleteLater()
            if not accepted:
                return None
            with cursor(Qt.CursorShape.WaitCursor):
                content = attempt(lambda: request.prepare(self.service), parent=owner)
            if content is None:
                return None
            title = translate("PdfExport", "{document} opslaan als PDF").format(
                document=request.kind.label
            )
            path = choose_pdf_path(owner, title, last_folder() / name)
            if path is None:
                return None
            result = self._write(owner, content, path)
            if result is not None:
                remember_folder(result.path)
                self._announce(result)
                self._warn(owner, result)
            return result
        finally:
            self._busy = False

    def _write(self, owner: QWidget, content: PdfContent, path: Path) -> ExportResult | None:
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QProgressDialog

        from adviesraad_app.gui.pdf.writer import PdfWriter
        from adviesraad_app.services.pdf.content import PdfCancelledError

        writer = PdfWriter(content, path, self)
        progress = QProgressDialog(owner)
        progress.setWindowTitle(translate("PdfExport", "PDF maken"))
        progress.setLabelText(
            translate("PdfExport", "{title} wordt gemaakt…").format(title=content.heading.title)
        )
        cancel = QPushButton(translate("PdfExport", "Annuleren"), progress)
        progress.setCancelButton(cancel)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setMinimumWidth(420)
        progress.setRange(0, 0)  # busy until the layout reports its first step
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setValue(0)  # starts the clock: shown once PROGRESS_DELAY_MS have passed
        progress.canceled.connect(writer.stop)

        def advance() -> None:
            if writer.step is None:
                return
            done, total = writer.step
            if done >= total:  # laid out; writing the file cannot be stopped any more
                progress.setRange(0, 0)
                progress.setLabelText(translate("PdfExport", "De PDF wordt opgeslagen…"))
                cancel.setEnabled(False)
            elif total >= PERCENT_FROM_STEPS:  # a few big steps: a busy bar says more
                progress.setRange(0, total)
                progress.setValue(done)

        timer = QTimer(progress)
        timer.setInterval(100)
        timer.timeout.connect(advance)
        loop = QEventLoop()
        writer.finished.connect(loop.quit)
        self.progress_dialog, self.cancel_button = progress, cancel
        try:
            with cursor(Qt.CursorShape.BusyCursor):
                writer.start()
                timer.start()
                loop.exec()
                writer.wait()
        finally:
            timer.stop()
            self.progress_dialog = self.cancel_button = None
            progress.close()
            progress.deleteLater()
            writer.deleteLater()
        if writer.crash is not None:
            raise writer.crash
        if isinstance(writer.error, PdfCancelledError):
            self.window.statusbar.showMessage(writer.error.message, STATUS_TIMEOUT_MS)
            return None
        if writer.error is not None:
            show_failure(owner, writer.error)  # what the worker thread's Op caught
            return None
        return writer.result

    def _warn(self, owner: QWidget, result: ExportResult) -> None:
        """Text that did not come out as typed (characters the fonts lack, right-to-left)."""
        if not result.warnings:
            return
        intro = translate(
            "PdfExport",
            "De PDF is opgeslagen, maar niet alle tekst staat erin zoals die is ingevoerd.",
        )
        show_error(
            owner,
            "\n\n".join([intro, *(w.message for w in result.warnings)]),
            translate("PdfExport", "PDF opgeslagen met een waarschuwing"),
        )

    def _announce(self, result: ExportResult) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        pages = count_text(
            result.pages, translate("PdfExport", "1 pagina"), translate("PdfExport", "{n} pagina’s")
        )
        if result.include_confidential:
            text = translate(
                "PdfExport", "Opgeslagen (VERTROUWELIJK, niet publiceren): {path} ({pages})"
            )
        else:
            text = translate("PdfExport", "Opgeslagen: {path} ({pages})")
        text = text.format(path=result.path, pages=pages)
        if self.service.settings.open_pdf_after_export and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(result.path))
        ):
            text += " " + translate("PdfExport", "De PDF kon niet in een PDF-lezer worden geopend.")
        self.window.statusbar.showMessage(text, STATUS_TIMEOUT_MS)
