"""Letters out in the app: from a Termijnen row to a recorded reminder, and from a dossier."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.gui.letters import compose as compose_module
from adviesraad_app.gui.letters.compose import ComposeLetterDialog
from tests.conftest import TODAY
from tests.services.letters.fixture import fill_letters, pdf_text


def _row_of(view, number: str, kind: str) -> int:  # type: ignore[no-untyped-def]
    for row in range(view.model.rowCount()):
        item = view.model.item(row)
        if item.number == number and item.type == kind:
            return row
    raise AssertionError(f"no row {number} {kind}")


def test_from_a_termijnen_row_to_a_recorded_reminder(  # type: ignore[no-untyped-def]
    window, qtbot, monkeypatch, tmp_path: Path
) -> None:
    letters = fill_letters(window.service)
    view = window.dashboard_view
    view.reload()
    row = _row_of(view, "2024-07", "reply_due")
    view.table.selectRow(row)
    what = view.model.index(row, 3).data()
    assert "volgende stap: eerste herinnering sturen" in what
    actions = window.findChild(QObject, "deadlineActions")
    assert actions.letterButton.isEnabled()
    assert actions.letterButton.toolTip() == "Volgende stap: eerste herinnering sturen"
    menu = actions.menu()
    first = menu.actions()[0]
    assert first.text() == "Eerste herinnering sturen…"
    assert "Brief opstellen…" in [a.text() for a in menu.actions()]

    opened: list[Path] = []
    monkeypatch.setattr(compose_module, "open_file", opened.append)
    target = tmp_path / "herinnering.pdf"
    seen: dict[str, object] = {}

    def fill(dialog: ComposeLetterDialog) -> int:
        seen["kind"] = dialog.kindCombo.currentText()
        seen["note"] = dialog.stepNote.text()
        assert dialog.recordCheck.isChecked()
        dialog.outputPath.setText(str(target))
        dialog.emlCheck.setChecked(True)
        dialog.compose()
        return int(dialog.result())

    monkeypatch.setattr(ComposeLetterDialog, "exec", fill)
    first.trigger()

    assert seen == {"kind": "Herinnering", "note": "Volgende stap: eerste herinnering sturen."}
    assert "Die termijn is" in " ".join(pdf_text(target).split())
    assert opened == [target.with_suffix(".eml")]
    [reminder] = window.service.reminders(letters.late)
    assert reminder.date == TODAY and reminder.kind.value == "herinnering"
    assert "Vastgelegd in het dossier" in window.statusbar.currentMessage()
    # Termijnen now says when it was sent and what comes next
    row = _row_of(view, "2024-07", "reply_due")
    what = view.model.index(row, 3).data()
    assert "herinnerd op 22 november 2026" in what
    assert "volgende stap: tweede herinnering sturen vanaf 6 december 2026" in what
    dossier = window.open_dossier(letters.late)
    assert "Herinnerd op 22 november 2026" in dossier.replyLateness.text()
    dossier._clean = dossier.snapshot()
    dossier.close()
    window.ops.undo_stack.undo()  # Ctrl+Z: the letter and its reminder leave the dossier
    assert window.service.reminders(letters.late) == []
    window.ops.undo_stack.redo()
    assert [d.kind.label for d in window.service.dossier(letters.late).documents] == [
        "brief van de raad"
    ]


def test_a_refused_letter_writes_nothing_and_says_why(  # type: ignore[no-untyped-def]
    window, qtbot, monkeypatch, tmp_path: Path
) -> None:
    from adviesraad_app.gui.common import operations

    letters = fill_letters(window.service)
    errors: list[str] = []
    monkeypatch.setattr(operations, "show_error", lambda _p, message, *_a: errors.append(message))
    dialog = ComposeLetterDialog(window, window.service, letters.bare, ops=window.ops)
    qtbot.addWidget(dialog)
    dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findText("Adviesbrief"))
    dialog.outputPath.setText(str(tmp_path / "advies.docx"))
    dialog.compose()
    assert errors and "geen aanbevelingen" in errors[0]
    assert not (tmp_path / "advies.docx").exists() and dialog.result() == 0


def test_the_dossier_offers_a_letter(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    letters = fill_letters(window.service)
    dossier = window.open_dossier(letters.requested)
    assert dossier.composeLetter.isEnabled()
    shown: list[ComposeLetterDialog] = []

    def look(dialog: ComposeLetterDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(ComposeLetterDialog, "exec", look)
    dossier.composeLetter.click()
    assert shown and shown[0].advice_id == letters.requested
    assert "2024-08" in shown[0].adviceLine.text()


def test_letter_settings_refuse_a_template_with_an_unknown_field(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path: Path
) -> None:
    from docx import Document

    from adviesraad_app.gui.letters.letter_settings import LetterSettingsDialog

    bad, good = tmp_path / "fout.docx", tmp_path / "eigen.docx"
    for path, line in ((bad, "{{ advies.onderwrp }}"), (good, "{{ advies.onderwerp }}")):
        word = Document()
        word.add_paragraph(line)
        word.save(str(path))
    dialog = LetterSettingsDialog(window, window.service.settings)
    qtbot.addWidget(dialog)
    assert dialog.secondReminderDays.value() == 14 and dialog.informCouncilDays.value() == 28
    dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findText("Herinnering"))
    dialog.templatePath.setText(str(bad))
    dialog.templatePath.textEdited.emit(str(bad))
    dialog.collegeEmail.setText("college@almelo.nl")
    dialog.secondReminderDays.setValue(10)
    dialog.buttons.accepted.emit()
    assert dialog.result_settings is None
    assert "‘advies.onderwrp’" in dialog.error.text()
    dialog.templatePath.textEdited.emit(str(good))
    dialog.buttons.accepted.emit()
    settings = dialog.result_settings
    assert settings is not None
    assert settings.template_herinnering == str(good) and settings.template_advies == ""
    assert settings.second_reminder_days == 10 and settings.college_email == "college@almelo.nl"


def test_the_context_menu_of_a_row_offers_its_next_step(  # type: ignore[no-untyped-def]
    window, qtbot, monkeypatch
) -> None:
    from PySide6.QtGui import QCursor

    fill_letters(window.service)
    view = window.dashboard_view
    view.reload()
    row = _row_of(view, "2024-03", "commitment_due")
    position = view.table.visualRect(view.model.index(row, 0)).center()
    monkeypatch.setattr(QCursor, "pos", lambda: view.table.viewport().mapToGlobal(position))
    shown: list[list[str]] = []
    actions = window.findChild(QObject, "deadlineActions")
    monkeypatch.setattr(
        actions, "popup", lambda menu, _at: shown.append([a.text() for a in menu.actions()])
    )
    view.table.customContextMenuRequested.emit(position)
    assert view.model.item(view.table.currentIndex().row()).number == "2024-03"
    assert shown[0][0] == "Eerste herinnering sturen…"
    assert "Toezegging nagekomen" in shown[0]


def test_a_word_letter_is_not_recorded_unless_asked(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A Word letter is edited before it is sent: recording the draft would put the wrong
    text in the dossier, so switching to Word unticks it; a user's own choice stays."""
    from adviesraad_app.services.register import RegisterService

    service = RegisterService.open(tmp_path / "r.sqlite3")
    advice = service.create_advice(Advice(AdviceKind.ONGEVRAAGD, "Armoedebeleid"))
    assert advice.id is not None
    dialog = ComposeLetterDialog(None, service, advice.id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.recordCheck.isChecked()  # PDF first: the letter as sent
    dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData(".docx"))
    assert not dialog.recordCheck.isChecked()
    dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData(".pdf"))
    assert dialog.recordCheck.isChecked()
    dialog.recordCheck.click()  # the user's own choice: kept whatever the format
    dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData(".docx"))
    assert not dialog.recordCheck.isChecked()
    dialog.recordCheck.click()
    dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData(".pdf"))
    dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData(".docx"))
    assert dialog.recordCheck.isChecked()
    service.close()
