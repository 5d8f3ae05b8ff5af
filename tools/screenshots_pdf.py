"""Render the PDF export's dialogs with demo data to PNG, offscreen, for docs/PDF.md and for
looking at them.

    python tools/screenshots_pdf.py [--out docs/images]

Drives the real actions of the main window (Bestand → Exporteren, the buttons); the modal
dialogs are photographed instead of waiting for a person, and the save dialog is answered with
a file in a temporary folder. The demo register is dated 22 November 2026, so the pictures do
not change with the day they are made.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from shots import Shots


def main() -> int:
    shots = Shots(__doc__, prefix="adviesraad-pdfshots-")
    work = shots.work

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QDialog, QFileDialog

    from adviesraad_app.gui.main_window import PAGE_REGISTER
    from adviesraad_app.gui.pdf import actions as pdf_actions
    from adviesraad_app.gui.pdf.actions import PdfExporter
    from adviesraad_app.gui.pdf.export_dialog import PdfExportDialog
    from adviesraad_app.gui.pdf.writer import PdfWriter

    service, window = shots.demo_window()
    exporter = window.findChild(PdfExporter)
    assert exporter is not None
    grab = shots.grab

    # The modal dialogs: photograph, then answer.
    plan: list[tuple[str, Callable[[PdfExportDialog], None] | None, bool]] = []

    def photographed(dialog: PdfExportDialog) -> int:
        name, act, accept = plan.pop(0)
        dialog.show()
        if act is not None:
            act(dialog)
        if name:
            grab(dialog, name)
        if accept:
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result()

    PdfExportDialog.exec = photographed  # type: ignore[method-assign,assignment]
    target = work / "Adviezenoverzicht 2024.pdf"
    QFileDialog.getSaveFileName = lambda *a, **k: (str(target), "")  # type: ignore[method-assign,assignment]
    QDesktopServices.openUrl = lambda url: True  # type: ignore[method-assign,assignment]

    def tick(dialog: PdfExportDialog) -> None:
        dialog.confidentialCheck.setChecked(True)

    def choose_2024(dialog: PdfExportDialog) -> None:
        dialog.yearCombo.setCurrentIndex(dialog.yearCombo.findData(2024))

    # Adviezenoverzicht of the filter "jaar 2024": one confidential advice left out.
    window.show_page(PAGE_REGISTER)
    window.register_view.yearCombo.setCurrentIndex(window.register_view.yearCombo.findData(2024))
    plan += [("pdf-exporteren", None, False), ("pdf-exporteren-vertrouwelijk", tick, False)]
    exporter.export_overview()
    exporter.export_overview()

    # Two advices selected: only those, or the whole filter.
    window.register_view.yearCombo.setCurrentIndex(0)
    ids = [r.id for r in service.register() if r.number in ("2026-02", "2025-03")]
    window.register_view.select_ids(ids)
    plan.append(("pdf-exporteren-selectie", None, False))
    exporter.export_overview()

    plan.append(("pdf-jaaroverzicht-kiezen", choose_2024, False))
    exporter.export_year()
    plan.append(("pdf-termijnenlijst-kiezen", None, False))
    exporter.export_deadlines()

    # The progress dialog of a long export (slowed down here so that it can be photographed).
    pdf_actions.PROGRESS_DELAY_MS = 0
    original = PdfWriter.report

    def slowly(writer: PdfWriter, done: int, total: int) -> bool:
        time.sleep(0.4)
        return original(writer, done, total)

    PdfWriter.report = slowly  # type: ignore[method-assign]

    def photograph_progress() -> None:
        if exporter.progress_dialog is not None and exporter.progress_dialog.isVisible():
            grab(exporter.progress_dialog, "pdf-voortgang")
        else:
            QTimer.singleShot(50, photograph_progress)

    window.register_view.table.clearSelection()
    window.register_view.yearCombo.setCurrentIndex(window.register_view.yearCombo.findData(2024))
    plan.append(("", None, True))
    QTimer.singleShot(900, photograph_progress)
    exporter.export_overview()
    PdfWriter.report = original  # type: ignore[method-assign]

    # After saving: the register page with its button and the message in the status bar.
    grab(window, "pdf-opgeslagen")

    # A dossier with its PDF button.
    wlc = next(r.id for r in service.register() if "Werk- en Leercentrum" in r.title)
    dossier = window.open_dossier(wlc)
    assert isinstance(dossier, QDialog)
    dossier.resize(960, 760)
    grab(dossier, "pdf-dossier-knop")
    dossier.close()

    window.close()
    service.close()
    return shots.finish()


if __name__ == "__main__":
    sys.exit(main())
