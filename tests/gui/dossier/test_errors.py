"""gui/dossier/errors.py: what is wrong is shown beside each field, counted in one sentence
above the buttons, and the first wrong field is revealed (its tab shown, the cursor in it);
an impossible date is marked when the field is left."""

from __future__ import annotations

from typing import Any

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.errors import FieldError, ValidationError
from adviesraad_app.domain.kinds import AdviceKind


def _dossier(window: Any) -> Any:
    advice = window.service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Fouten"))
    dialog = window.open_dossier(advice.id)
    dialog.show()
    return dialog


def test_each_error_beside_its_field_counted_and_the_first_revealed(
    window: Any, qtbot: Any
) -> None:
    dialog = _dossier(window)
    errors = dialog.errors
    dialog.tabs.setCurrentWidget(dialog.replyTab)
    errors.show(
        ValidationError(
            [
                FieldError("title", "Vul het onderwerp in."),
                FieldError("recommendations", "Een aanbeveling is leeg."),
            ]
        ),
        ValidationError([FieldError("reply_date", "Vul de datum van de reactie in.")]),
    )
    assert errors.advice_errors["title"].text() == "⚠ Vul het onderwerp in."
    assert errors.recommendationsError.text() == "⚠ Een aanbeveling is leeg."
    assert errors.reply_errors["date"].text() == "⚠ Vul de datum van de reactie in."
    assert dialog.validationSummary.text() == (
        "Niet opgeslagen: 3 velden kloppen niet (zie de rode meldingen)."
    )
    assert dialog.tabs.currentWidget() is dialog.adviceTab  # where the first error is
    qtbot.waitUntil(lambda: dialog.title.hasFocus() or dialog.focusWidget() is dialog.title)

    errors.show(None, ValidationError([FieldError("outcomes", "Kies een uitkomst.")]))
    assert errors.advice_errors["title"].text() == ""  # cleared
    assert errors.outcomesError.text() == "⚠ Kies een uitkomst."
    assert dialog.validationSummary.text() == (
        "Niet opgeslagen: 1 veld klopt niet (zie de rode melding)."
    )
    assert dialog.tabs.currentWidget() is dialog.replyTab

    errors.clear()
    assert dialog.validationSummary.text() == "" and errors.outcomesError.isHidden()
    dialog._clean = dialog.snapshot()


def test_an_unknown_field_is_shown_at_the_subject(window: Any) -> None:
    dialog = _dossier(window)
    dialog.errors.show(ValidationError([FieldError("iets_anders", "Dit klopt niet.")]), None)
    assert dialog.errors.advice_errors["title"].text() == "⚠ Dit klopt niet."
    dialog._clean = dialog.snapshot()


def test_an_impossible_date_is_marked_when_the_field_is_left(window: Any, qtbot: Any) -> None:
    dialog = _dossier(window)
    dialog.sentDate.setText("31-2-2026")
    dialog.sentDate.line.editingFinished.emit()
    label = dialog.errors.advice_errors["sent_date"]
    assert label.text().startswith("⚠ ") and len(label.text()) > 4
    dialog.sentDate.setText("28-2-2026")
    dialog.sentDate.line.editingFinished.emit()
    assert label.text() == ""
    dialog._clean = dialog.snapshot()
