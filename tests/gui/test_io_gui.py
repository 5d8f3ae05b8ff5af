"""Letters in, spreadsheets in and out, deadlines to the calendar: clicked like a person.

Modal file dialogs and the export options step are replaced by the user's answer
(``io_actions.choose_*`` and ``io_actions.exec_dialog``); everything else is driven with
qtbot on the real dialogs, offscreen.
"""

from __future__ import annotations

import warnings
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QDialog

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.documents import DocumentKind
from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.letter_fields import CommitmentCandidate, LetterType
from adviesraad_app.gui.io import actions as io_actions
from adviesraad_app.gui.io.import_dialog import RegisterImportDialog
from adviesraad_app.gui.io.sheet_preview import SheetPreviewModel
from adviesraad_app.gui.letters.candidates import CommitmentCandidatesModel
from adviesraad_app.gui.letters.letter_dialog import LetterDialog
from adviesraad_app.gui.main_window import PAGE_REGISTER
from adviesraad_app.services.calendar_export import calendar_items
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.sheets import register_import as ri
from adviesraad_app.services.sheets.register_sheet import Column
from tests.conftest import SEEDS
from tests.gui.messages import patch_messages
from tests.support import register as io_fixtures
from tests.support.letters import RAADSBRIEVEN, REQUEST_LINES, SEED_REPLY, write_csv, write_xlsx
from tests.support.register import table_snapshot

LEFT = Qt.MouseButton.LeftButton


def seed(name: str) -> Path:
    """A seed letter (``tests/fixtures/seeds``)."""
    return SEEDS / name


# The register of the seed letter, shared with the service tests (tests/support/register.py).
werk_advice = io_fixtures.werk_advice


@pytest.fixture
def werk(window, werk_advice) -> Advice:  # type: ignore[no-untyped-def]
    """The Werk- en Leercentrum advice (sent 12-08-2024, no reply yet) and two others, in
    the window's register."""
    window.refresh()
    return werk_advice


def drop(window, *paths: Path) -> bool:  # type: ignore[no-untyped-def]
    """Drag files from the explorer onto the window and let go."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():  # PySide marks the only constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(40, 40), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier
        )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(40, 40), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    return event.isAccepted()


def letter_dialogs(window) -> list[LetterDialog]:  # type: ignore[no-untyped-def]
    return [d for d in window.findChildren(LetterDialog) if d.isVisible()]


def action(window, name: str) -> QAction:  # type: ignore[no-untyped-def]
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    """Click a check box on its box (its centre may lie beyond a short text)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


# ---------------------------------------------------------------------- letters


def test_dropped_reply_is_checked_corrected_and_saved(window, werk, qtbot) -> None:  # type: ignore[no-untyped-def]
    service: RegisterService = window.service
    assert drop(window, seed(SEED_REPLY))
    (dialog,) = letter_dialogs(window)

    # What was recognised: a reply, the advice it belongs to (sure) and the alternative.
    assert dialog.letterType.currentData() == LetterType.REPLY
    assert dialog.pages.currentWidget() is dialog.replyPage
    assert dialog.adviceCombo.currentData().advice_id == werk.id
    current = dialog.adviceCombo.currentText()
    assert current.startswith(f"{werk.number} (zeker) · Continuering")
    assert any(
        t.endswith("(twijfelachtig) · Inkoop jeugdhulp 2025")
        for t in combo_texts(dialog.adviceCombo)
    )
    assert "Uw brief" in dialog.matchReasons.text()
    assert dialog.replyDate.text() == "05-11-2024"
    assert dialog.ourReference.text() == "UIT - 24117125"
    assert dialog.caseNumber.text() == "DCS - 2490169"
    assert dialog.handledBy.text() == "M. van Brink"
    assert dialog.replySubject.text() == "Reactie op ongevraagd advies Werk- en Leercentrum"
    commitments = dialog.commitments
    assert commitments.rowCount() == 1
    assert "door Dimence wordt geïnformeerd" in commitments.data(commitments.index(0, 0))
    assert commitments.data(commitments.index(0, 0), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert commitments.data(commitments.index(0, 1)) == "geen datum"
    assert "Werk- en Leercentrum" in dialog.letterText.toPlainText()
    assert dialog.saveButton.isEnabled() and not dialog.problem.isVisible()
    assert service.dossier(werk.id).reply is None  # nothing saved yet

    # The user corrects who handled it, and saves.
    dialog.handledBy.selectAll()
    type_into(qtbot, dialog.handledBy, "mw. M. van Brink")
    qtbot.mouseClick(dialog.saveButton, LEFT)
    assert not dialog.isVisible()

    dossier = service.dossier(werk.id)
    assert dossier.reply is not None
    assert dossier.reply.handled_by == "mw. M. van Brink"
    assert dossier.reply.our_reference == "UIT - 24117125"
    assert dossier.reply_days_late == 43
    assert [c.text for c in dossier.commitments] == [commitments.chosen()[0].text]
    assert [(d.original_name, d.kind) for d in dossier.documents] == [
        (SEED_REPLY, DocumentKind.REPLY)
    ]
    # The dossier opens at the reply, so the outcomes per recommendation can be filled in.
    opened = window.open_dossiers[werk.id]
    assert opened.isVisible() and opened.tabs.currentWidget() is opened.replyTab
    assert "43 dagen te laat" in opened.replyLateness.text()
    assert opened.commitmentsModel.rowCount() == 1
    documents = opened.documentsModel
    assert documents.data(documents.index(0, 0)) == SEED_REPLY
    assert "43 dagen te laat" in window.statusbar.currentMessage()
    assert "met 1 toezegging" in window.statusbar.currentMessage()


def test_menu_letter_cancelled_saves_nothing(window, werk, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(io_actions, "choose_letter", lambda parent: seed(SEED_REPLY))
    before = table_snapshot(window.service)
    menu_texts = [a.text() for a in window.menuImport.actions()]
    assert "&Brief importeren…" in menu_texts and "&Register importeren…" in menu_texts
    action(window, "actionImportLetter").trigger()
    (dialog,) = letter_dialogs(window)
    type_into(qtbot, dialog.ourReference, " (gecorrigeerd)")
    qtbot.mouseClick(dialog.cancelButton, LEFT)
    assert not dialog.isVisible()
    assert table_snapshot(window.service) == before
    assert window.open_dossiers == {}


def test_raadsbrief_is_reported_without_header_and_not_saved(window, werk, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = table_snapshot(window.service)
    assert drop(window, seed(RAADSBRIEVEN[0]))
    (dialog,) = letter_dialogs(window)
    assert "Geen briefhoofd herkend" in dialog.heading.text()
    assert dialog.notice.isVisible() and "er is niets geraden" in dialog.notice.text()
    assert dialog.letterType.currentData() == LetterType.OTHER
    assert dialog.pages.currentWidget() is dialog.otherPage
    assert dialog.problem.isVisible()
    assert "geen briefhoofd herkend" in dialog.problem.text()
    assert not dialog.saveButton.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter does not save either
    # Nothing was guessed: the reply form, if the user looks, is empty.
    dialog.letterType.setCurrentIndex(dialog.letterType.findData(LetterType.REPLY))
    assert [dialog.replyDate.text(), dialog.ourReference.text(), dialog.handledBy.text()] == [
        "",
        "",
        "",
    ]
    assert dialog.adviceCombo.currentData() is None  # no advice proposed
    assert dialog.commitments.rowCount() == 0
    qtbot.mouseClick(dialog.cancelButton, LEFT)
    assert table_snapshot(window.service) == before


def test_unreadable_letter_shows_the_services_message(window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    patch_messages(
        monkeypatch, io_actions, lambda parent, message, title=None: shown.append(message)
    )
    fake = tmp_path / "reactie.pdf"
    fake.write_text("Dit is geen PDF maar platte tekst.", encoding="utf-8")
    assert drop(window, fake)
    assert letter_dialogs(window) == []
    assert len(shown) == 1
    assert shown[0].startswith("reactie.pdf: dit is geen PDF-bestand")
    assert "Er is niets opgeslagen." in shown[0]
    # Other files are not taken as letters.
    assert not drop(window, tmp_path / "foto.jpg")


def test_letter_for_an_advice_that_has_a_reply_is_refused(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    assert drop(window, seed(SEED_REPLY))
    (dialog,) = letter_dialogs(window)
    assert "(heeft al een reactie)" in dialog.adviceCombo.currentText()
    assert dialog.problem.isVisible()
    assert "heeft al een reactie (van 05-11-2024)" in dialog.problem.text()
    assert not dialog.saveButton.isEnabled()
    # Another advice, typed by number: one without a reply may be chosen.
    dialog.adviceCombo.setCurrentIndex(dialog.adviceCombo.count() - 1)
    assert dialog.adviceNumber.isVisible()
    type_into(qtbot, dialog.adviceNumber, "2099-01")
    assert "geen advies met nummer 2099-01" in dialog.problem.text()
    dialog.adviceNumber.clear()
    type_into(qtbot, dialog.adviceNumber, "2026-01")
    assert dialog.saveButton.isEnabled()
    qtbot.mouseClick(dialog.cancelButton, LEFT)


def test_request_letter_registers_a_solicited_advice(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    letter = tmp_path / "adviesaanvraag.txt"
    letter.write_text("\n".join(REQUEST_LINES) + "\n", encoding="utf-8")
    assert drop(window, letter)
    (dialog,) = letter_dialogs(window)
    assert dialog.letterType.currentData() == LetterType.REQUEST
    assert dialog.pages.currentWidget() is dialog.requestPage
    assert dialog.requestTitle.text() == "Verordening jeugdhulp 2025"
    assert dialog.requestReceived.text() == "02-12-2024"
    assert dialog.requestedDeadline.text() == "15-01-2025"
    assert dialog.requestReference.text() == "UIT-24130077"
    assert dialog.civilServant.text() == "L. Brinkman"
    # A wrong date is shown next to the field and blocks saving.
    dialog.requestedDeadline.line.clear()
    type_into(qtbot, dialog.requestedDeadline.line, "31-02-2025")
    qtbot.mouseClick(dialog.saveButton, LEFT)
    assert dialog.isVisible() and window.service.count() == 0
    assert "bestaat niet als datum" in dialog._errors["request.requested_deadline"].text()
    dialog.requestedDeadline.line.clear()
    type_into(qtbot, dialog.requestedDeadline.line, "20-01-2025")
    qtbot.mouseClick(dialog.saveButton, LEFT)
    assert not dialog.isVisible()
    (row,) = window.service.register()
    dossier = window.service.dossier(row.id)
    advice = dossier.advice
    assert (advice.kind, advice.title, advice.requested_deadline) == (
        AdviceKind.GEVRAAGD,
        "Verordening jeugdhulp 2025",
        date(2025, 1, 20),
    )
    assert [d.kind for d in dossier.documents] == [DocumentKind.REQUEST]
    assert row.id in window.open_dossiers
    window.show_page(PAGE_REGISTER)
    assert window.register_view.model.rowCount() == 1


def test_commitment_candidates_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = CommitmentCandidatesModel()
    model.set_candidates(
        [CommitmentCandidate("Wij informeren u.", None), CommitmentCandidate("Vóór 1 maart.", None)]
    )
    qtmodeltester.check(model)
    assert model.setData(model.index(1, 1), "1 maart 2025")
    assert not model.setData(model.index(1, 1), "31-02-2025")  # not a date: refused
    assert not model.setData(model.index(0, 0), "   ")  # a commitment needs text
    model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.chosen() == [CommitmentCandidate("Vóór 1 maart.", date(2025, 3, 1))]
    qtmodeltester.check(model)


# ---------------------------------------------------------------------- register import


TITLE_ROWS = [["Register adviezen Adviesraad sociaal domein"], []]
SHEET_HEADER = [
    "Nr.",
    "Onderwerp",
    "Soort advies",
    "Thema",
    "Verstuurd naar college",  # not a name the importer knows: the user maps it
    "Datum reactie (college)",
    "Uitkomst",
]
REPLIED_2023_01 = (date(2023, 3, 1), date(2023, 4, 5), "overgenomen")
REPLIED_NO_NUMBER = (date(2023, 9, 1), date(2023, 10, 2), "deels")
SHEET_ROWS = [
    ["2023-01", "Armoedebeleid 2023", "gevraagd", "Participatiewet", *REPLIED_2023_01],
    ["2023-02", "Mantelzorgondersteuning", "ongevraagd", "Wmo", date(2023, 5, 10), None, None],
    ["2023-03", "Jeugdhulp dichtbij", "ongevraagd", "Jeugd", "31-02-2023", None, None],
    [None, "Schuldhulp zonder drempels", "signaal", "Schuldhulpverlening", *REPLIED_NO_NUMBER],
]


def open_import(window, monkeypatch, path: Path) -> RegisterImportDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(io_actions, "choose_sheet", lambda parent: path)
    action(window, "actionImportRegister").trigger()
    dialogs = [d for d in window.findChildren(RegisterImportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def mapping_combo(dialog: RegisterImportDialog, column: int) -> QComboBox:
    editor = dialog.preview.indexWidget(dialog.model.index(0, column))
    assert isinstance(editor, QComboBox)
    return editor


def test_register_import_with_mapping_correction(window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "register.xlsx", [*TITLE_ROWS, SHEET_HEADER, *SHEET_ROWS])
    window.show_page(PAGE_REGISTER)
    dialog = open_import(window, monkeypatch, path)
    model = dialog.model
    assert "kopregel: rij 3" in dialog.heading.text()
    # The mapping as recognised, one combobox per column above the sheet's own rows.
    assert [mapping_combo(dialog, c).currentText() for c in range(7)] == [
        "Nr.",
        "Onderwerp",
        "Soort advies",
        "Thema",
        "(niet importeren)",
        "Datum reactie (college)",
        "Uitkomst",
    ]
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(5)] == [
        "Inlezen als",
        "4",
        "5",
        "6",
        "7",
    ]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "E: Verstuurd naar college"
    assert "2 adviezen worden geïmporteerd" in dialog.summary.text()
    assert "2 rijen hebben fouten" in dialog.summary.text()
    assert any("rij 4, kolom F" in t for t in dialog.problem_texts())
    assert any("Kolom E (Verstuurd naar college) wordt niet" in t for t in dialog.problem_texts())
    unmapped = model.data(model.index(3, 4), Qt.ItemDataRole.ForegroundRole)
    assert unmapped is not None  # grey: not imported
    assert not dialog.importButton.isEnabled()

    # The user says what column E is: the dry run and the preview follow.
    combo = mapping_combo(dialog, 4)
    combo.setCurrentIndex(combo.findText("Datum advies"))
    assert dialog.mapping.columns[4] == Column.SENT_DATE
    assert model.data(model.index(0, 4)) == "Datum advies"
    assert model.data(model.index(3, 4), Qt.ItemDataRole.ForegroundRole) is not None  # red now
    assert "31-02-2023" in model.data(model.index(3, 4))
    assert "bestaat niet als datum" in model.data(model.index(3, 4), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, 4), Qt.ItemDataRole.ToolTipRole) is None  # row 4 is fine
    summary = dialog.summary.text()
    assert "3 adviezen worden geïmporteerd (2 met reactie van het college)" in summary
    assert "1 rij heeft fouten" in summary
    assert dialog.problem_texts() == [
        "rij 6, kolom E (Verstuurd naar college): ‘31-02-2023’ bestaat niet als datum."
    ]
    # Blocked while a row is wrong; the user clicks the problem to see the row.
    assert not dialog.importButton.isEnabled()
    dialog.problems.itemClicked.emit(dialog.problems.item(0))
    assert dialog.preview.currentIndex().row() == model.row_of(6) == 3
    tick(qtbot, dialog.skipInvalid)
    assert dialog.skipInvalid.isChecked() and dialog.importButton.isEnabled()
    qtbot.mouseClick(dialog.importButton, LEFT)

    assert "3 adviezen geïmporteerd (2 met reactie van het college)" in dialog.summary.text()
    assert "1 rij met fouten is niet geïmporteerd: rij 6" in dialog.summary.text()
    assert not dialog.importButton.isVisible() and dialog.cancelButton.text() == "Sluiten"
    assert dialog.progress.value() == 3
    assert "3 adviezen geïmporteerd uit register.xlsx" in window.statusbar.currentMessage()
    service = window.service
    imported = {r.title: r.number for r in service.register()}
    assert sorted(imported) == [
        "Armoedebeleid 2023",
        "Mantelzorgondersteuning",
        "Schuldhulp zonder drempels",
    ]
    assert (imported["Armoedebeleid 2023"], imported["Mantelzorgondersteuning"]) == (
        "2023-01",
        "2023-02",
    )
    assert window.register_view.model.rowCount() == 3  # the register refreshed
    qtbot.mouseClick(dialog.cancelButton, LEFT)

    # The same file again: nothing is added twice.
    again = open_import(window, monkeypatch, path)
    combo = mapping_combo(again, 4)
    combo.setCurrentIndex(combo.findText("Datum advies"))
    assert "Er wordt geen advies geïmporteerd, 3 staan er al in, 1 rij heeft fouten" in (
        again.summary.text()
    )
    tick(qtbot, again.skipInvalid)
    assert not again.importButton.isEnabled()
    assert again.model.data(again.model.index(1, 1), Qt.ItemDataRole.ToolTipRole) == (
        "Staat al in het register als advies 2023-01; wordt overgeslagen."
    )
    qtbot.mouseClick(again.cancelButton, LEFT)
    assert service.count() == 3


def test_register_import_csv_twice_adds_nothing(window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    rows = [
        ["Nr.", "Onderwerp", "Datum advies", "Datum reactie"],
        ["2022-01", "Vervoer op maat", "01-02-2022", "10-03-2022"],
        ["2022-02", "Beschermd wonen in de wijk", "12 mei 2022", ""],
    ]
    path = write_csv(tmp_path / "register.csv", rows)
    dialog = open_import(window, monkeypatch, path)
    assert "2 adviezen worden geïmporteerd (1 met reactie van het college)." in (
        dialog.summary.text()
    )
    assert not dialog.skipInvalid.isEnabled()
    assert dialog.problem_texts() == ["Geen problemen gevonden."]
    mapping_combo(dialog, 2).setFocus()
    qtbot.keyClick(mapping_combo(dialog, 2), Qt.Key.Key_Return)  # Enter never imports
    assert window.service.count() == 0 and dialog.isVisible()
    qtbot.mouseClick(dialog.importButton, LEFT)
    assert window.service.count() == 2
    qtbot.mouseClick(dialog.cancelButton, LEFT)
    again = open_import(window, monkeypatch, path)
    assert "er wordt niets dubbel geïmporteerd" in again.summary.text()
    assert not again.importButton.isEnabled()
    qtbot.mouseClick(again.cancelButton, LEFT)
    assert window.service.count() == 2


def test_unreadable_sheet_shows_the_services_message(window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    patch_messages(
        monkeypatch, io_actions, lambda parent, message, title=None: shown.append(message)
    )
    path = write_csv(tmp_path / "lijst.csv", [["Naam", "Adres"], ["A", "B"]])
    monkeypatch.setattr(io_actions, "choose_sheet", lambda parent: path)
    action(window, "actionImportRegister").trigger()
    assert window.findChildren(RegisterImportDialog) == []
    assert len(shown) == 1 and shown[0].startswith("lijst.csv: geen kopregel gevonden")


def test_sheet_preview_model(qtmodeltester, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "r.xlsx", [*TITLE_ROWS, SHEET_HEADER, *SHEET_ROWS])
    table = ri.read_sheet(path)
    mapping = ri.guess_mapping(table)
    model = SheetPreviewModel()
    qtmodeltester.check(model)  # empty
    model.set_sheet(table, mapping)
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 4), Column.SENT_DATE.value)
    assert not model.setData(model.index(1, 4), "x")  # only the mapping row is editable
    assert not model.setData(model.index(0, 4), "geen veld")
    service = RegisterService.open(tmp_path / "leeg.sqlite3")
    model.set_plan(ri.plan_import(service, table, model.mapping))
    service.close()
    qtmodeltester.check(model)
    # Taking a field another column had leaves that column without it.
    model.setData(model.index(0, 0), Column.TITLE.value)
    assert model.mapping.columns[:2] == (Column.TITLE, None)
    qtmodeltester.check(model)


# ---------------------------------------------------------------------- exports


class ExportUser:
    """Answers the options step (ticking the confidential option or not) and the save
    dialog, and remembers what was proposed."""

    def __init__(self, qtbot, folder: Path, *, include: bool = False) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.folder = folder
        self.include = include
        self.defaults: list[str] = []
        self.counts: list[str] = []
        self.options: list[str] = []
        self.descriptions: list[str] = []

    def exec_dialog(self, dialog: QDialog) -> bool:
        dialog.show()
        self.options.append(dialog.includeConfidential.text().replace("&", ""))  # type: ignore[attr-defined]
        self.descriptions.append(dialog.description.text())  # type: ignore[attr-defined]
        if self.include:
            tick(self.qtbot, dialog.includeConfidential)  # type: ignore[attr-defined]
        self.counts.append(dialog.count.text())  # type: ignore[attr-defined]
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)  # type: ignore[attr-defined]
        self.qtbot.mouseClick(ok, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    def choose_save_path(self, parent, title: str, default: Path, file_filter: str) -> Path:  # type: ignore[no-untyped-def]
        self.defaults.append(default.name)
        return self.folder / default.stem  # the user types the name without extension


@pytest.fixture
def user(qtbot, tmp_path, monkeypatch) -> ExportUser:  # type: ignore[no-untyped-def]
    answers = ExportUser(qtbot, tmp_path)
    monkeypatch.setattr(io_actions, "exec_dialog", answers.exec_dialog)
    monkeypatch.setattr(io_actions, "choose_save_path", answers.choose_save_path)
    return answers


def read_back(path: Path, tmp_path: Path) -> tuple[list[str], list[str]]:
    """The export as the importer reads it into an empty register: headers and subjects."""
    table = ri.read_sheet(path)
    mapping = ri.guess_mapping(table)
    empty = RegisterService.open(tmp_path / f"{path.suffix[1:]}-terug.sqlite3")
    plan = ri.plan_import(empty, table, mapping)
    empty.close()
    assert plan.problems == () and plan.existing == ()
    return list(mapping.headers), sorted(r.advice.title for r in plan.rows)


def test_export_buttons_and_menu(demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    names = [a.objectName() for a in window.menuExport.actions()]
    ours = ["actionExportXlsx", "actionExportCsv", "actionExportIcs"]
    assert [n for n in names if n in ours] == ours  # other features add their own exports
    button = window.register_view.findChild(io_actions.QPushButton, "exportButton")
    assert button is not None and button.text().replace("&", "") == "Exporteren"
    layout = window.register_view.actionsLayout
    assert layout.indexOf(button) == layout.indexOf(window.register_view.newButton) - 1
    assert [a.text() for a in button.menu().actions()] == [
        "Register naar &Excel…",
        "Register naar &CSV…",
        "&Termijnen naar agenda (.ics)…",
    ]


def test_export_xlsx_of_filtered_year_leaves_confidential_out(demo_window, user, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    service = window.service
    window.show_page(PAGE_REGISTER)
    view = window.register_view
    view.yearCombo.setCurrentIndex(view.yearCombo.findData(2024))
    action(window, "actionExportXlsx").trigger()
    assert user.defaults == ["Adviezenregister 2024.xlsx"]
    assert "het register met het huidige filter: jaar 2024," in user.descriptions[0]
    assert user.options == ["Vertrouwelijke adviezen en interne notities opnemen"]
    assert user.counts == [
        "3 adviezen worden opgeslagen. 1 vertrouwelijk advies blijft buiten het bestand."
    ]
    path = tmp_path / "Adviezenregister 2024.xlsx"
    headers, titles = read_back(path, tmp_path)
    public = sorted(
        r.title for r in service.register(RegisterFilter(year=2024, include_confidential=False))
    )
    assert titles == public and len(titles) == 3
    assert "Opmerkingen" not in headers
    assert not any("wachttijden" in t for t in titles)
    assert window.statusbar.currentMessage() == f"3 adviezen opgeslagen in {path}."


def test_export_csv_with_confidential_option(demo_window, user, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    user.include = True
    action(window, "actionExportCsv").trigger()
    assert user.defaults == ["Adviezenregister.csv"]
    assert "Opslaan: het hele register, met dezelfde kolommen" in user.descriptions[0]
    assert user.counts == ["13 adviezen worden opgeslagen."]
    headers, titles = read_back(tmp_path / "Adviezenregister.csv", tmp_path)
    assert "Opmerkingen" in headers and "Vertrouwelijk" in headers
    assert len(titles) == 13
    assert "Signaal: lange wachttijden specialistische jeugdhulp" in titles


def test_export_ics_respects_the_confidential_option(demo_window, user, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    window = demo_window
    service = window.service
    armoede = next(r for r in service.register() if r.title.startswith("Armoedebeleid"))
    service.update_advice(replace(service.get_advice(armoede.id), confidential=True))
    window.refresh()

    def events(path: Path) -> list[tuple[str, str]]:
        calendar = Calendar.from_ical(path.read_bytes())
        return [
            (str(e.get("summary")), str(e.get("class", "PUBLIC"))) for e in calendar.walk("VEVENT")
        ]

    action(window, "actionExportIcs").trigger()
    assert user.defaults == ["Termijnen adviesraad.ics"]
    assert user.options == ["Termijnen van vertrouwelijke adviezen opnemen"]
    path = tmp_path / "Termijnen adviesraad.ics"
    public = [e for e in events(path) if not e[0].startswith("Vergadering ")]
    expected = calendar_items(service, RegisterFilter(include_confidential=False))
    assert len(public) == len(expected) > 0
    assert not any("Armoedebeleid" in summary for summary, _class in public)
    assert window.statusbar.currentMessage().startswith(f"{len(public)} termijnen opgeslagen in")

    user.include = True
    action(window, "actionExportIcs").trigger()
    everything = [e for e in events(path) if not e[0].startswith("Vergadering ")]
    assert len(everything) == len(public) + 1
    assert [c for s, c in everything if "Armoedebeleid" in s] == ["CONFIDENTIAL"]


def test_cancelled_export_writes_nothing(demo_window, user, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(io_actions, "exec_dialog", lambda dialog: False)
    action(demo_window, "actionExportXlsx").trigger()
    assert user.defaults == [] and list(tmp_path.glob("*.xlsx")) == []


def test_register_changed_meanwhile_imports_nothing(window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.common import operations

    shown: list[str] = []
    monkeypatch.setattr(
        operations, "show_error", lambda parent, message, title=None: shown.append(message)
    )
    path = write_csv(
        tmp_path / "register.csv",
        [["Nr.", "Onderwerp", "Datum advies"], ["2022-01", "Vervoer op maat", "01-02-2022"]],
    )
    dialog = open_import(window, monkeypatch, path)
    assert dialog.importButton.isEnabled()
    # Someone registers an advice under the same number before the user clicks.
    window.service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Iets anders", number="2022-01")
    )
    qtbot.mouseClick(dialog.importButton, LEFT)
    assert len(shown) == 1 and "2022-01 (rij 2) is intussen in gebruik" in shown[0]
    assert [r.title for r in window.service.register()] == ["Iets anders"]
    assert dialog.importButton.isVisible() and not dialog.importButton.isEnabled()
    assert "1 staat er al in" in dialog.summary.text()
    assert any("ander onderwerp" in t for t in dialog.problem_texts())


@pytest.mark.parametrize("name", ["actionExportXlsx", "actionExportCsv", "actionExportIcs"])
def test_export_of_an_empty_selection_says_so_before_asking_a_file_name(  # type: ignore[no-untyped-def]
    demo_window, user, tmp_path, monkeypatch, name
) -> None:
    shown: list[str] = []
    patch_messages(
        monkeypatch, io_actions, lambda parent, message, title=None: shown.append(message)
    )
    monkeypatch.setattr(demo_window, "current_filter", lambda: RegisterFilter(year=1990))
    action(demo_window, name).trigger()
    assert len(shown) == 1 and "Er zijn geen adviezen in deze selectie (jaar 1990)" in shown[0]
    assert user.defaults == []  # no save dialog
    assert [p for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".csv", ".ics")] == []


@pytest.mark.skipif(
    __import__("adviesraad_app.services.letters.ocr", fromlist=["x"]).find_engine() is None,
    reason="Tesseract with the Dutch model (tesseract-ocr-nld) is not installed",
)
def test_scanned_request_says_ocr_and_shows_the_computed_deadline(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.services.letters.test_letter_scans import SCAN_LINES
    from tests.support.scans import write_scan

    scan = write_scan(tmp_path / "aanvraag-scan.pdf", SCAN_LINES)
    assert drop(window, scan)
    (dialog,) = letter_dialogs(window)
    assert "tekstherkenning (OCR)" in dialog.heading.text()
    assert "controleer elk veld" in dialog.letterTextLabel.text()
    assert dialog.notice.isVisible() and "Controleer elk veld" in dialog.notice.text()
    assert dialog.pages.currentWidget() is dialog.requestPage
    assert dialog.requestedDeadline.text() == "13-01-2025"
    assert dialog.requestedDeadlineNote.isVisible()
    assert "binnen zes weken" in dialog.requestedDeadlineNote.text()
    assert "02-12-2024" in dialog.requestedDeadlineNote.text()
    dialog.grab().save("/tmp/letter_dialog_ocr.png")
    qtbot.mouseClick(dialog.cancelButton, LEFT)


def test_a_written_deadline_has_no_computed_note(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    letter = tmp_path / "adviesaanvraag.txt"
    letter.write_text("\n".join(REQUEST_LINES) + "\n", encoding="utf-8")
    assert drop(window, letter)
    (dialog,) = letter_dialogs(window)
    assert dialog.requestedDeadline.text() == "15-01-2025"
    assert not dialog.requestedDeadlineNote.isVisible()
    assert "tekstherkenning" not in dialog.heading.text()
    dialog.reject()
