"""The save dialogs every feature uses (exports, PDFs, agendas): one home, so that a page
such as the meetings view needs no other feature's actions module to ask for a file name.

Feature modules import these names into their own namespace; tests put a user's answer in
their place there (``monkeypatch.setattr(io_actions, "choose_save_path", ...)``) or here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from adviesraad_app.i18n import translate


def choose_save_path(parent: QWidget, title: str, default: Path, file_filter: str) -> Path | None:
    """The save dialog; ``None`` when the user cancels."""
    from PySide6.QtWidgets import QFileDialog  # made when a dialog opens, not at start-up

    name, _filter = QFileDialog.getSaveFileName(parent, title, str(default), file_filter)
    return Path(name) if name else None


def choose_pdf_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """The save dialog for a PDF; ``None`` when the user cancels. A name without ``.pdf``
    gets it."""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), translate("PdfExport", "PDF-bestanden (*.pdf)")
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
