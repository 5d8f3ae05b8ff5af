"""gui/io/export_dialog.py: the step before an export says what is written and how much;
confidential advices and internal notes go along only when ticked (off by default: Woo/AVG),
and the count follows the tick."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.gui.io.export_dialog import ExportDialog, describe_selection


def _dialog(qtbot: QtBot) -> ExportDialog:
    def count_text(include: bool) -> str:
        return "12 adviezen" if include else "10 adviezen (2 vertrouwelijke niet)"

    dialog = ExportDialog(
        None,
        "Register exporteren",
        "Het register als Excel-bestand.",
        "Ook vertrouwelijke adviezen en interne notities",
        "Alleen voor intern gebruik.",
        count_text,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_confidential_is_off_by_default_and_the_count_follows_the_tick(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "Register exporteren"
    assert dialog.description.text() == "Het register als Excel-bestand."
    assert dialog.include_confidential() is False
    assert dialog.count.text() == "10 adviezen (2 vertrouwelijke niet)"
    dialog.includeConfidential.click()
    assert dialog.include_confidential() is True
    assert dialog.count.text() == "12 adviezen"
    dialog.includeConfidential.click()
    assert dialog.count.text() == "10 adviezen (2 vertrouwelijke niet)"


def test_the_buttons_speak_dutch_and_answer(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert ok.text().replace("&", "") == "Opslaan als…"
    assert cancel.text().replace("&", "") == "Annuleren"
    dialog.show()
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.show()
    cancel.click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_describe_selection_in_words() -> None:
    assert describe_selection(RegisterFilter()) == "het hele register"
    described = describe_selection(RegisterFilter(year=2024, kind=AdviceKind.GEVRAAGD))
    assert described.startswith("het register met het huidige filter: ")
    assert "2024" in described and "gevraagd" in described
