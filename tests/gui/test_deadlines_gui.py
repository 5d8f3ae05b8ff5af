"""Termijnen with an undated commitment, closing a commitment with date and note, and the
dossier's overdue advice term — driven as a secretary would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind, CommitmentStatus, DeadlineState
from adviesraad_app.domain.replies import Reply
from adviesraad_app.gui.dossier.close_commitment import CloseCommitmentDialog
from adviesraad_app.gui.main_window import PAGE_COMMITMENTS, PAGE_DEADLINES
from tests.conftest import TODAY


def _replied_with_commitment(service, text: str, due: date | None = None) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Schuldhulp zonder drempels",
            sent_date=TODAY - timedelta(days=90),
        )
    )
    service.save_reply(Reply(advice_id=advice.id, date=TODAY - timedelta(days=30)))
    commitment = service.add_commitment(advice.id, text, due)
    return advice.id, commitment.id


def test_termijnen_lists_an_undated_commitment_last(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = window.service
    _replied_with_commitment(service, "Zo spoedig mogelijk informeren")
    service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Lopend", sent_date=TODAY - timedelta(days=7))
    )
    window.show_page(PAGE_DEADLINES)
    view = window.dashboard_view
    view.reload()
    model = view.model
    assert model.rowCount() == 2
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) == "Open, zonder termijn"
    assert model.data(model.index(last, 1)) == "zonder termijn"
    assert model.data(model.index(last, 5)) == "Zo spoedig mogelijk informeren"
    assert model.counts()[DeadlineState.NO_DATE] == 1
    assert "1 open, zonder termijn" in view.openLabel.text()


def test_termijnen_says_the_current_row_in_full_under_the_table(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The next step does not fit the "Wat" column on a small screen: the line under the table
    says the current row whole (number, subject, what and the next step), and the hint how to
    open a dossier when no row is current."""
    _replied_with_commitment(
        window.service, "Wij informeren de raad over de evaluatie", TODAY - timedelta(days=20)
    )
    window.resize(1024, 560)
    window.show_page(PAGE_DEADLINES)
    view = window.dashboard_view
    view.reload()
    hint = "Dubbelklik op een regel om het dossier te openen."
    assert view.hintLabel.text() == hint
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # by keyboard: the first row becomes current
    text = view.hintLabel.text()
    assert text.startswith(view.model.item(0).number + " · Wij informeren de raad")
    assert "Toezegging college" in text
    assert "volgende stap: eerste herinnering sturen" in text
    assert text == view.current_text()
    view.reload()  # a new list: no row current, the hint again
    assert view.hintLabel.text() == hint


def test_termijnen_explains_a_shifted_date(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Paasadvies", sent_date=date(2025, 3, 7))
    )
    view = window.dashboard_view
    view.todayEdit.setDate(date(2025, 4, 15))
    model = view.model
    assert model.data(model.index(0, 2)) == "22-04-2025"
    what = model.data(model.index(0, 3))
    assert "verschoven van vr 18 april: Goede Vrijdag, weekend, tweede Paasdag" in what


def _answer(monkeypatch: pytest.MonkeyPatch, when: str, note: str) -> list[CloseCommitmentDialog]:
    shown: list[CloseCommitmentDialog] = []

    def fill(self):  # type: ignore[no-untyped-def]
        shown.append(self)
        self.closedOn.setText(when)
        self.closingNote.setText(note)
        self.buttons.accepted.emit()  # OK
        return int(self.closing is not None)

    monkeypatch.setattr(CloseCommitmentDialog, "exec", fill)
    return shown


def test_closing_a_commitment_with_date_and_note(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    service = window.service
    advice_id, commitment_id = _replied_with_commitment(
        service, "Evaluatie sturen", TODAY + timedelta(days=5)
    )
    shown = _answer(monkeypatch, "20-11-2026", "brief van 20 november, vergadering 21 november")
    window.show_page(PAGE_COMMITMENTS)
    view = window.commitments_view
    model = view.model
    assert model.data(model.index(0, 3)) == "27-11-2026 — binnenkort"
    view.table.selectRow(0)
    qtbot.mouseClick(view.doneButton, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    stored = service.get_commitment(commitment_id)
    assert stored.status == CommitmentStatus.DONE
    assert stored.closed_on == date(2026, 11, 20)
    assert stored.closing_note == "brief van 20 november, vergadering 21 november"
    view.statusCombo.setCurrentIndex(view.statusCombo.findData(None))  # "Alle"
    assert model.data(model.index(0, 4)) == (
        "nagekomen op 20-11-2026: brief van 20 november, vergadering 21 november"
    )
    assert service.dossier(advice_id).status.value == "afgerond"
    window.actionUndo.trigger()
    back = service.get_commitment(commitment_id)
    assert (back.status, back.closed_on, back.closing_note) == (CommitmentStatus.OPEN, None, "")


def test_closing_dialog_refuses_a_date_before_the_reply(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    service = window.service
    _, commitment_id = _replied_with_commitment(service, "Informeren")
    shown = _answer(monkeypatch, "01-01-2026", "te vroeg")
    window.show_page(PAGE_COMMITMENTS)
    view = window.commitments_view
    view.table.selectRow(0)
    qtbot.mouseClick(view.lapsedButton, Qt.MouseButton.LeftButton)
    dialog = shown[0]
    assert dialog.closing is None
    error = dialog.closedOn.property("errorLabel")
    assert "vóór de reactie van het college" in error.text()
    assert service.get_commitment(commitment_id).status == CommitmentStatus.OPEN


def test_dossier_shows_the_overdue_advice_term(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = window.service
    # Received Monday 28 September 2026 + 6 weeks = Monday 9 November 2026; today is
    # 22 November 2026: 13 days late.
    advice = service.create_advice(
        Advice(kind=AdviceKind.GEVRAAGD, title="Inkoop Wmo", request_received=date(2026, 9, 28))
    )
    dialog = window.open_dossier(advice.id)
    assert dialog is not None
    assert "9 november 2026" in dialog.adviceTerm.text()
    assert "verstreken, 13 dagen te laat" in dialog.adviceTerm.text()


def test_instellingen_lists_a_years_days_and_adds_an_own_day(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.domain.holidays import OwnDay
    from adviesraad_app.gui.settings.dialog import SettingsDialog
    from adviesraad_app.gui.settings.non_working_days import NonWorkingDaysDialog

    service = window.service
    advice = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Paasadvies", sent_date=date(2025, 3, 7))
    )
    settings = SettingsDialog(window, service.settings, str(service.path))
    qtbot.addWidget(settings)
    seen: list[NonWorkingDaysDialog] = []

    def use(self):  # type: ignore[no-untyped-def]
        seen.append(self)
        self.year.setValue(2025)
        rows = [self.days.item(r, 1).text() for r in range(self.days.rowCount())]
        assert "Goede Vrijdag" in rows and "vrijdag na Hemelvaartsdag" in rows
        assert "Besluit gelijkstelling van 28 april 2023" in self.sourcesNote.text()
        self.ownDate.setText("26-04-2025")  # Koningsdag, a Saturday: refused
        self.ownName.setText("Sluitingsdag")
        qtbot.mouseClick(self.addOwnDay, Qt.MouseButton.LeftButton)
        assert "weekend" in self.error.text()
        self.ownDate.setText("22-04-2025")
        qtbot.mouseClick(self.addOwnDay, Qt.MouseButton.LeftButton)
        sources = [self.days.item(r, 2).text() for r in range(self.days.rowCount())]
        assert sources.count("eigen") == 1
        self.year.setValue(2029)
        assert "Voorlopig: voor 2029" in self.sourcesNote.text()
        assert "voorlopig" in [self.days.item(r, 2).text() for r in range(self.days.rowCount())]
        return 1

    monkeypatch.setattr(NonWorkingDaysDialog, "exec", use)
    qtbot.mouseClick(settings.nonWorkingDays, Qt.MouseButton.LeftButton)
    assert seen
    settings.buttons.accepted.emit()
    assert settings.result_settings is not None
    assert settings.result_settings.own_days == (OwnDay(date(2025, 4, 22), "Sluitingsdag"),)
    service.save_settings(settings.result_settings)
    term = service.dossier(advice.id).reply_term
    assert term is not None and term.due == date(2025, 4, 23)
    assert term.shift_reasons[-1] == "Sluitingsdag"


def test_an_own_day_can_be_removed_again(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.domain.holidays import OwnDay
    from adviesraad_app.gui.settings.non_working_days import NonWorkingDaysDialog

    dialog = NonWorkingDaysDialog(window, (OwnDay(date(2025, 4, 22), "Sluitingsdag"),), 2025)
    qtbot.addWidget(dialog)
    assert not dialog.removeOwnDay.isEnabled()
    row = next(r for r in range(dialog.days.rowCount()) if dialog.days.item(r, 2).text() == "eigen")
    dialog.days.selectRow(row)
    assert dialog.removeOwnDay.isEnabled()
    qtbot.mouseClick(dialog.removeOwnDay, Qt.MouseButton.LeftButton)
    assert dialog.own_days == ()
    dialog.days.selectRow(0)  # Nieuwjaarsdag: the law's days cannot be removed
    assert not dialog.removeOwnDay.isEnabled()


def test_dossier_keeps_an_advice_open_by_hand(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from adviesraad_app.gui.dossier.dialog import KEEP_OPEN

    service = window.service
    advice_id, commitment_id = _replied_with_commitment(service, "Informeren")
    service.set_commitment_status(commitment_id, CommitmentStatus.DONE, today=TODAY)
    assert service.dossier(advice_id).status.value == "afgerond"
    dialog = window.open_dossier(advice_id)
    assert dialog is not None
    dialog.manualStatus.setCurrentIndex(dialog.manualStatus.findData(KEEP_OPEN))
    assert dialog.save()
    assert service.dossier(advice_id).status.value == "reactie_ontvangen"
    assert service.get_advice(advice_id).keep_open
    assert "nagekomen op 22-11-2026" in dialog.commitmentsModel.data(
        dialog.commitmentsModel.index(0, 2)
    )
