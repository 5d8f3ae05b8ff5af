"""PDF overviews from the desktop app: the Exporteren menu, the PDF buttons, the export dialog,
the save dialog, the progress dialog and what ends up on disk (read back with pypdf)."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from adviesraad_app.gui.common.preferences import FOLDER_KEY
from adviesraad_app.gui.main_window import PAGE_DEADLINES, PAGE_REGISTER, app_settings
from adviesraad_app.gui.pdf import actions as pdf_actions
from adviesraad_app.gui.pdf.actions import PdfExporter
from adviesraad_app.gui.pdf.export_dialog import PdfExportDialog
from adviesraad_app.gui.pdf.writer import PdfWriter
from tests.gui.messages import patch_messages

CONFIDENTIAL = "Signaal: lange wachttijden specialistische jeugdhulp"
WLC = "Continuering van het Werk- en Leercentrum"

# ---------------------------------------------------------------------- helpers


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Click where a person would: on the box of a check box or radio button, else the middle."""
    if isinstance(widget, QPushButton):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


@dataclass
class Seen:
    """What the export dialog showed when the user looked at it."""

    title: str
    summary: str
    error: str | None
    left_out: str | None
    warning: bool
    file_name: str
    scope: tuple[str, str] | None
    export_enabled: bool


@dataclass
class User:
    """Answers the PDF dialog, the save dialog and the viewer like a person at the desk."""

    qtbot: Any
    target: Path | None = None  # what the user types in the save dialog (None: cancel)
    act: Callable[[PdfExportDialog], None] | None = None  # what the user does in the dialog
    seen: list[Seen] = field(default_factory=list)
    suggested: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)

    def answer(self, dialog: PdfExportDialog) -> int:
        dialog.show()
        self.qtbot.waitExposed(dialog)
        if self.act is not None:
            self.act(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.seen.append(
            Seen(
                title=dialog.windowTitle(),
                summary=dialog.summaryLabel.text(),
                error=dialog.errorLabel.text() if dialog.errorLabel.isVisible() else None,
                left_out=dialog.leftOutLabel.text() if dialog.leftOutLabel.isVisible() else None,
                warning=dialog.confidentialWarning.isVisible(),
                file_name=dialog.fileLabel.text(),
                scope=(
                    dialog.selectedRadio.text().replace("&", ""),
                    dialog.filterRadio.text().replace("&", ""),
                )
                if dialog.scopeGroup.isVisible()
                else None,
                export_enabled=ok.isEnabled(),
            )
        )
        if not ok.isEnabled():
            dialog.reject()
        else:
            click(self.qtbot, ok)
        return dialog.result()

    def save(self, parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
        assert filters.endswith("(*.pdf)")
        self.suggested.append(Path(suggested))
        return (str(self.target), filters) if self.target else ("", "")


@pytest.fixture
def user(qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    person = User(qtbot, target=tmp_path / "export.pdf")

    def answer(dialog: PdfExportDialog) -> int:
        return person.answer(dialog)

    monkeypatch.setattr(PdfExportDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", person.save)
    patch_messages(
        monkeypatch, pdf_actions, lambda parent, message, title=None: person.errors.append(message)
    )

    def open_url(url):  # type: ignore[no-untyped-def]
        person.opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    app_settings().remove(FOLDER_KEY)  # QSettings outlive a test: start without a folder
    return person


def exporter(window) -> PdfExporter:  # type: ignore[no-untyped-def]
    found = window.findChild(PdfExporter)
    assert found is not None
    return found


def advices_in(path: Path) -> list[str]:
    """The advices in a dossier PDF: its top-level bookmarks, "2024-03 Titel"."""
    return [entry["/Title"] for entry in PdfReader(path).outline if isinstance(entry, dict)]


def numbers_in(path: Path) -> list[str]:
    """The advices in an overzicht PDF, in the order of its rows: the number each row starts
    with (its bookmarks are groups of rows, not one per advice)."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.findall(r"^(\d{4}-\d+) ", text, re.M)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def select(window, numbers: list[str]) -> None:  # type: ignore[no-untyped-def]
    window.show_page(PAGE_REGISTER)
    view = window.register_view
    ids = [r.id for r in window.service.register() if r.number in numbers]
    view.select_ids(ids)
    assert sorted(view.selected_ids()) == sorted(ids)


def filter_year(window, year: int) -> None:  # type: ignore[no-untyped-def]
    window.show_page(PAGE_REGISTER)
    combo = window.register_view.yearCombo
    combo.setCurrentIndex(combo.findData(year))


def tick_confidential(qtbot) -> Callable[[PdfExportDialog], None]:  # type: ignore[no-untyped-def]
    return lambda dialog: click(qtbot, dialog.confidentialCheck)


def no_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


# ---------------------------------------------------------------------- where it is


def test_menu_and_buttons(demo_window, qtbot, user) -> None:  # type: ignore[no-untyped-def]
    texts = [
        a.text().replace("&", "") for a in demo_window.menuExport.actions() if not a.isSeparator()
    ]
    ours = [
        "Adviezenoverzicht (PDF)…",
        "Dossier(s) (PDF)…",
        "Jaaroverzicht (PDF)…",
        "Termijnenlijst (PDF)…",
    ]
    assert [t for t in texts if t in ours] == ours  # other features add their own exports
    assert demo_window.menuExport.menuAction().isVisible()
    found = exporter(demo_window)
    assert found.register_button.parent() is not None
    assert demo_window.register_view.actionsLayout.indexOf(found.register_button) >= 0
    assert demo_window.dashboard_view.actionsLayout.indexOf(found.dashboard_button) >= 0
    # A new advice has no dossier to export until it is saved.
    dialog = demo_window.new_advice()
    button = dialog.findChild(QPushButton, "pdfButton")
    assert button.text() == "PDF…" and not button.isEnabled()
    qtbot.keyClicks(dialog.title, "Mantelzorgwaardering")
    click(qtbot, dialog.saveButton)
    assert dialog.advice_id is not None
    assert button.isEnabled()
    dialog.close()


# ---------------------------------------------------------------------- adviezenoverzicht


def test_overview_of_the_current_filter(demo_window, qtbot, user, tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = demo_window.service
    filter_year(demo_window, 2025)
    click(qtbot, exporter(demo_window).register_button)

    assert user.errors == []
    (seen,) = user.seen
    assert seen.title == "Adviezenoverzicht als PDF"
    assert seen.summary == "Overzicht van 4 adviezen (jaar 2025)."
    assert seen.scope is None and seen.left_out is None and not seen.warning
    assert user.suggested[0].name == "Adviezenoverzicht 2025.pdf"
    expected = [r.number for r in service.register() if r.number.startswith("2025")]
    assert sorted(numbers_in(user.target)) == sorted(expected)
    (text,) = page_texts(user.target)
    assert "Selectie: jaar 2025. 4 adviezen, meest urgent eerst." in text
    assert "VERTROUWELIJK" not in text
    message = demo_window.statusbar.currentMessage()
    assert message == f"Opgeslagen: {user.target} (1 pagina)"
    # The next save dialog starts in the folder used last.
    assert app_settings().value(FOLDER_KEY) == str(tmp_path)


def test_overview_by_number_of_the_selected_advices_only(demo_window, qtbot, user) -> None:  # type: ignore[no-untyped-def]
    select(demo_window, ["2026-01", "2024-03", "2025-02"])

    def by_number(dialog: PdfExportDialog) -> None:
        dialog.orderCombo.setCurrentIndex(dialog.orderCombo.findText("Op nummer"))

    user.act = by_number
    demo_window.show_page(PAGE_DEADLINES)  # the menu works from any page
    exporter(demo_window).overview_action.trigger()
    (seen,) = user.seen
    assert seen.scope == (
        "Alleen de 3 geselecteerde adviezen",
        "Het hele register: 13 adviezen",
    )
    assert seen.summary == "Overzicht van de 3 geselecteerde adviezen."
    assert numbers_in(user.target) == ["2024-03", "2025-02", "2026-01"]


def test_overview_of_the_whole_filter_although_rows_are_selected(demo_window, qtbot, user) -> None:  # type: ignore[no-untyped-def]
    select(demo_window, ["2026-01", "2024-03"])
    user.act = lambda dialog: click(qtbot, dialog.filterRadio)
    exporter(demo_window).overview_action.trigger()
    assert len(numbers_in(user.target)) == 12  # 13, less the confidential one
    # Every row selected (Ctrl+A) is the filter: nothing to choose.
    user.act = None
    demo_window.register_view.table.setFocus()
    qtbot.keyClick(
        demo_window.register_view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
    )
    assert len(demo_window.register_view.selected_ids()) == 13
    exporter(demo_window).overview_action.trigger()
    assert user.seen[-1].scope is None


def test_confidential_left_out_unless_ticked(demo_window, qtbot, user, tmp_path) -> None:  # type: ignore[no-untyped-def]
    filter_year(demo_window, 2024)
    found = exporter(demo_window)
    found.export_overview()
    seen = user.seen[-1]
    assert seen.left_out == "1 vertrouwelijk advies wordt niet opgenomen."
    assert not seen.warning
    assert len(numbers_in(user.target)) == 3
    assert "2024-02" not in numbers_in(user.target)  # the confidential signal
    assert all("VERTROUWELIJK" not in t for t in page_texts(user.target))

    user.act = tick_confidential(qtbot)
    user.target = tmp_path / "vertrouwelijk.pdf"
    found.export_overview()
    seen = user.seen[-1]
    assert seen.warning and seen.left_out is None
    assert seen.file_name == "Voorgestelde bestandsnaam: Adviezenoverzicht 2024 (VERTROUWELIJK).pdf"
    assert user.suggested[-1].name == "Adviezenoverzicht 2024 (VERTROUWELIJK).pdf"
    assert len(numbers_in(user.target)) == 4
    assert "2024-02" in numbers_in(user.target)  # the confidential signal
    assert all("VERTROUWELIJK" in text for text in page_texts(user.target))
    assert demo_window.statusbar.currentMessage().startswith("Opgeslagen (VERTROUWELIJK")
    assert user.errors == []


def test_empty_selection_says_so_and_writes_nothing(demo_window, qtbot, user) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_page(PAGE_REGISTER)
    qtbot.keyClicks(demo_window.register_view.searchEdit, "xyzzy")
    exporter(demo_window).overview_action.trigger()
    assert user.errors == [
        "Er zijn geen adviezen in deze selectie (zoekterm ‘xyzzy’). Er is geen PDF gemaakt."
    ]
    assert user.seen == [] and user.suggested == []
    assert not user.target.exists()
    # Dossiers need a selection.
    exporter(demo_window).dossiers_action.trigger()
    assert user.errors[-1].startswith("Selecteer eerst in het register de adviezen")
    assert not user.target.exists()


# ---------------------------------------------------------------------- dossiers


def test_dossier_from_the_dossier_dialog(demo_window, qtbot, user, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.dossier import dialog as dossier_module

    # closing at the end of the test: drop the unsaved edit
    monkeypatch.setattr(
        dossier_module, "ask_save_changes", lambda parent: QMessageBox.StandardButton.Discard
    )
    wlc = next(r for r in demo_window.service.register() if WLC in r.title)
    dialog = demo_window.open_dossier(wlc.id)
    button = dialog.findChild(QPushButton, "pdfButton")
    # next to Opslaan / Sluiten
    layout = dialog.buttonLayout
    assert layout.indexOf(button) == layout.indexOf(dialog.saveButton) - 1
    qtbot.keyClicks(dialog.title, " (gewijzigd)")  # unsaved: the PDF has what was saved
    click(qtbot, button)
    (seen,) = user.seen
    assert seen.summary == f"Dossier van advies 2024-03: {wlc.title}"
    assert user.suggested[0].name == "Dossier 2024-03.pdf"
    assert PdfReader(user.target).metadata.title == "Dossier 2024-03"
    text = "\n".join(page_texts(user.target))
    assert wlc.title[:40] in text
    assert "(gewijzigd)" not in text
    assert "Interne notities" not in text  # internal notes only with the option


def test_confidential_dossier_needs_the_option(demo_window, qtbot, user) -> None:  # type: ignore[no-untyped-def]
    secret = next(r for r in demo_window.service.register() if CONFIDENTIAL in r.title)
    dialog = demo_window.open_dossier(secret.id)
    button = dialog.findChild(QPushButton, "pdfButton")
    click(qtbot, button)
    (seen,) = user.seen
    assert seen.error is not None
    assert seen.error.startswith("De gekozen adviezen zijn vertrouwelijk.")
    assert not seen.export_enabled and not user.target.exists()

    user.act = tick_confidential(qtbot)
    click(qtbot, button)
    seen = user.seen[-1]
    assert seen.error is None and seen.export_enabled and seen.warning
    assert user.suggested[-1].name == "Dossier 2024-02 (VERTROUWELIJK).pdf"
    texts = page_texts(user.target)
    assert all("VERTROUWELIJK" in t for t in texts)
    assert "Dit advies is vertrouwelijk" in "\n".join(texts)


def test_dossiers_of_the_selection_one_after_another(demo_window, qtbot, user) -> None:  # type: ignore[no-untyped-def]
    select(demo_window, ["2024-01", "2024-03", "2025-01"])
    exporter(demo_window).dossiers_action.trigger()
    (seen,) = user.seen
    assert seen.summary.startswith("Dossiers van 3 adviezen, elk op een nieuwe pagina:")
    numbers = [a[:7] for a in advices_in(user.target)]
    assert sorted(numbers) == ["2024-01", "2024-03", "2025-01"]


def test_characters_the_fonts_lack_are_a_warning_after_saving(demo_window, qtbot, user) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.domain.advices import Advice
    from adviesraad_app.domain.kinds import AdviceKind

    advice = demo_window.service.create_advice(
        Advice(kind=AdviceKind.SIGNAAL, title="Wachtlijst 👍 jeugdhulp")
    )
    demo_window.refresh()
    select(demo_window, [advice.number])
    exporter(demo_window).dossiers_action.trigger()
    assert user.target.exists()
    (message,) = user.errors
    assert message.startswith("De PDF is opgeslagen, maar niet alle tekst")
    assert "👍 (U+1F44D)" in message and f"advies {advice.number}" in message


# ---------------------------------------------------------------------- jaaroverzicht


def test_year_overview_for_a_chosen_year(demo_window, qtbot, user) -> None:  # type: ignore[no-untyped-def]
    def choose_2024(dialog: PdfExportDialog) -> None:
        assert dialog.yearCombo.currentText() == "2025"  # the last full year (today: 2026)
        assert [dialog.yearCombo.itemText(i) for i in range(dialog.yearCombo.count())] == [
            "2026",
            "2025",
            "2024",
        ]
        dialog.yearCombo.setFocus()
        qtbot.keyClicks(dialog.yearCombo, "2024")
        assert dialog.yearCombo.currentText() == "2024"

    user.act = choose_2024
    exporter(demo_window).year_action.trigger()
    (seen,) = user.seen
    assert seen.summary == "Jaaroverzicht 2024: 3 adviezen."
    assert seen.left_out == "1 vertrouwelijk advies wordt niet opgenomen."
    assert user.suggested[0].name == "Jaaroverzicht 2024.pdf"
    reader = PdfReader(user.target)
    assert reader.metadata.title == "Jaaroverzicht 2024"
    assert user.errors == []


def test_year_overview_defaults_to_the_year_filtered_on(demo_window, qtbot, user) -> None:  # type: ignore[no-untyped-def]
    filter_year(demo_window, 2026)
    exporter(demo_window).year_action.trigger()
    assert user.seen[0].summary == "Jaaroverzicht 2026: 5 adviezen."
    assert PdfReader(user.target).metadata.title == "Jaaroverzicht 2026"


def test_year_without_advices(window, qtbot, user) -> None:  # type: ignore[no-untyped-def]
    exporter(window).year_action.trigger()
    assert user.errors == [
        "Er zijn geen adviezen uit 2025. Het register is nog leeg. Er is geen PDF gemaakt."
    ]
    assert user.seen == [] and not user.target.exists()


# ---------------------------------------------------------------------- termijnenlijst


def test_deadline_list_uses_the_dashboards_peildatum(demo_window, qtbot, user) -> None:  # type: ignore[no-untyped-def]
    dashboard = demo_window.dashboard_view
    dashboard.todayEdit.line.clear()
    qtbot.keyClicks(dashboard.todayEdit.line, "1-12-2026")
    found = exporter(demo_window)
    click(qtbot, found.dashboard_button)
    (seen,) = user.seen
    assert seen.summary.startswith("Termijnenlijst per 1 december 2026:")
    assert user.suggested[0].name == "Termijnenlijst 01-12-2026.pdf"
    assert PdfReader(user.target).metadata.title == "Termijnenlijst 1 december 2026"
    text = page_texts(user.target)[0]
    assert "Peildatum 1 december 2026" in text

    # An invalid peildatum is not silently replaced by today.
    dashboard.todayEdit.line.clear()
    qtbot.keyClicks(dashboard.todayEdit.line, "31-02-2026")
    click(qtbot, found.dashboard_button)
    assert len(user.seen) == 1
    assert user.errors[0].startswith("De peildatum op het scherm Termijnen klopt niet:")


# ---------------------------------------------------------------------- problems


def test_missing_folder_says_so_and_leaves_nothing(demo_window, user, tmp_path) -> None:  # type: ignore[no-untyped-def]
    user.target = tmp_path / "bestaat-niet" / "overzicht.pdf"
    assert exporter(demo_window).export_overview() is None
    assert user.errors == [
        f"De map {tmp_path / 'bestaat-niet'} bestaat niet. Kies een andere plek om de PDF op "
        "te slaan."
    ]
    assert not user.target.parent.exists()
    assert app_settings().value(FOLDER_KEY) is None  # a failed export is not remembered


def test_file_open_in_another_program(demo_window, user, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On Windows a PDF open in a reader cannot be replaced; the old file stays as it was."""
    user.target.write_bytes(b"%PDF- the old one")

    def locked(source, target):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    assert exporter(demo_window).export_overview() is None
    (message,) = user.errors
    assert message.startswith("export.pdf kan niet worden overschreven: het bestand is geopend")
    assert user.target.read_bytes() == b"%PDF- the old one"
    assert no_leftovers(tmp_path) == []
    assert user.opened == []


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root may write anywhere; Windows ignores a folder's mode bits (chmod)",
)
def test_folder_without_write_access(demo_window, user, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    user.target = folder / "overzicht.pdf"
    try:
        exporter(demo_window).export_overview()
    finally:
        folder.chmod(0o700)
    assert user.errors[0].startswith("Geen schrijfrechten in de map")
    assert list(folder.iterdir()) == []


def test_cancel_while_drawing(demo_window, qtbot, user, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf_actions, "PROGRESS_DELAY_MS", 0)

    def held(writer: PdfWriter, done: int, total: int) -> bool:
        # Hold the layout at its first step until the user has answered (worker thread),
        # so that the test does not depend on how fast the machine draws.
        writer.step = (done, total)
        writer._stop.wait(10)
        return not writer._stop.is_set()

    monkeypatch.setattr(PdfWriter, "report", held)
    found = exporter(demo_window)
    shown: list[str] = []

    def press_cancel() -> None:
        progress = found.progress_dialog
        if progress is not None and progress.isVisible() and found.cancel_button is not None:
            shown.append(progress.labelText())
            click(qtbot, found.cancel_button)
        else:
            QTimer.singleShot(20, press_cancel)

    QTimer.singleShot(0, press_cancel)
    assert found.export_overview() is None
    assert shown == ["Adviezenoverzicht wordt gemaakt…"]
    assert not user.target.exists()
    assert no_leftovers(tmp_path) == []
    assert user.errors == [] and user.opened == []
    assert demo_window.statusbar.currentMessage() == (
        "Het maken van de PDF is afgebroken; er is niets opgeslagen."
    )
    assert found.progress_dialog is None


def test_cancelling_the_save_dialog_writes_nothing(demo_window, user) -> None:  # type: ignore[no-untyped-def]
    target = user.target
    user.target = None
    assert exporter(demo_window).export_overview() is None
    assert not target.exists() and user.errors == []


def test_open_after_export_only_when_the_setting_is_on(demo_window, user, tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = demo_window.service
    assert service.settings.open_pdf_after_export
    found = exporter(demo_window)
    found.export_overview()
    assert user.opened == [str(user.target)]
    service.save_settings(replace(service.settings, open_pdf_after_export=False))
    user.target = tmp_path / "tweede.pdf"
    found.export_overview()
    assert user.target.exists()
    assert user.opened == [str(tmp_path / "export.pdf")]


def test_a_name_without_pdf_gets_it(demo_window, user, tmp_path) -> None:  # type: ignore[no-untyped-def]
    user.target = tmp_path / "vergadering 3 maart"
    result = exporter(demo_window).export_overview()
    assert result is not None and result.path == tmp_path / "vergadering 3 maart.pdf"
    assert result.path.exists()
    # The next time the save dialog starts in that folder.
    exporter(demo_window).export_overview()
    assert user.suggested[-1].parent == tmp_path


def test_dialog_says_what_it_will_export_for_every_kind(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.pdf.export_dialog import PdfRequest
    from adviesraad_app.services.pdf.content import PdfKind
    from tests.conftest import TODAY

    service = demo_window.service
    dialog = PdfExportDialog(demo_window, service, PdfRequest(PdfKind.TERMIJNEN, TODAY))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Termijnenlijst als PDF"
    assert dialog.asOfValue.text().startswith("22 november 2026")
    assert re.fullmatch(
        r"Termijnenlijst per 22 november 2026: \d+ te laat, \d+ binnen 14 dagen\.",
        dialog.summaryLabel.text(),
    )
    assert dialog.orderCombo.isHidden() and dialog.yearCombo.isHidden()
    assert dialog.result() == QDialog.DialogCode.Rejected


# ---------------------------------------------------------------------- start-up cost


def test_starting_the_window_does_not_load_reportlab(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from adviesraad_app.gui.app import create_application\n"
        "from adviesraad_app.gui.main_window import MainWindow\n"
        "from adviesraad_app.services.register import RegisterService\n"
        "app = create_application()\n"
        f"s = RegisterService.open(Path({str(tmp_path / 'r.sqlite3')!r}))\n"
        "w = MainWindow(s, restore_state=False)\n"
        "w.show(); app.processEvents()\n"
        "texts = [a.text().replace('&', '') for a in w.menuExport.actions()]\n"
        "assert 'Adviezenoverzicht (PDF)…' in texts, texts\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'\n"
        "               or m.startswith('adviesraad_app.reports'))\n"
        "print(','.join(heavy))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
