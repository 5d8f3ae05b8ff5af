"""The Vergaderingen page (issue 17), driven by keyboard: plan a series, fill an agenda,
reorder it, adopt an advice and record an action."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from adviesraad_app.domain.meetings import ItemKind
from adviesraad_app.gui.common.keyboard import mnemonic
from tests.conftest import TODAY

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot: Any, button: QAbstractButton) -> None:
    """Press a button from the keyboard: it has an Alt+letter, and Space presses it."""
    assert mnemonic(button.text()), button.text()
    button.setFocus()
    qtbot.keyClick(button, KEY.Key_Space)


def test_prepare_a_meeting_by_keyboard(demo_window: Any, qtbot: Any) -> None:
    from adviesraad_app.gui.meetings.dialogs import ActionDialog, MeetingDialog

    window = demo_window
    qtbot.keyClick(window, KEY.Key_5, CTRL)
    page = window.meetings_view
    assert window.stack.currentWidget() is page

    # A series: every second Monday from 10 January 2028 up to March 2028
    dialog = MeetingDialog(page, page.meetings, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.dateEdit, "10-01-2028")
    dialog.placeEdit.setFocus()
    qtbot.keyClicks(dialog.placeEdit, "Stadhuis")
    dialog.repeatCombo.setFocus()
    qtbot.keyClick(dialog.repeatCombo, KEY.Key_Down)
    qtbot.keyClick(dialog.repeatCombo, KEY.Key_Down)
    dialog.untilEdit.setFocus()
    dialog.untilEdit.clear()
    qtbot.keyClicks(dialog.untilEdit, "31-03-2028")
    qtbot.keyClick(dialog.untilEdit, KEY.Key_Return)
    assert [m.date for m in dialog.saved] == [
        date(2028, 1, 10),
        date(2028, 2, 14),
        date(2028, 3, 13),
    ]
    page.reload()
    page.yearCombo.setCurrentIndex(page.yearCombo.findData(2028))
    assert page.scheduleList.topLevelItemCount() == 3
    meeting_id = page.current_meeting_id()
    assert meeting_id is not None
    assert "10 januari 2028" in page.meetingTitle.text()

    # An advice to adopt, and a free item typed and entered
    page.adviceCombo.setFocus()
    qtbot.keyClick(page.adviceCombo, KEY.Key_Home)
    page.purposeCombo.setCurrentIndex(1)  # vaststellen
    advice_id = page.adviceCombo.currentData()
    press(qtbot, page.addAdviceButton)
    page.itemEdit.setFocus()
    qtbot.keyClicks(page.itemEdit, "Jaarplan 2027")
    qtbot.keyClick(page.itemEdit, KEY.Key_Return)
    kinds = [line.item.kind for line in page.agenda.lines]
    assert kinds[4:6] == [ItemKind.ADVIES, ItemKind.VRIJ]

    # Move the free item up with Ctrl+Up, remove nothing, adopt the advice
    page.agendaList.setFocus()
    page.agendaList.setCurrentItem(page.agendaList.topLevelItem(5))
    qtbot.keyClick(page.agendaList, KEY.Key_Up, CTRL)
    kinds = [line.item.kind for line in page.agenda.lines]
    assert kinds[4:6] == [ItemKind.VRIJ, ItemKind.ADVIES]
    page.agendaList.setCurrentItem(page.agendaList.topLevelItem(5))
    press(qtbot, page.adoptButton)
    adopted = page.meetings.adopted_in(advice_id)
    assert adopted is not None and adopted.date == date(2028, 1, 10)
    assert page.agendaList.topLevelItem(5).text(2) == "vastgesteld"

    # Delete removes the free item
    page.agendaList.setCurrentItem(page.agendaList.topLevelItem(4))
    page.agendaList.setFocus()
    qtbot.keyClick(page.agendaList, KEY.Key_Delete)
    assert ItemKind.VRIJ not in [line.item.kind for line in page.agenda.lines]

    # An action, carried to the next meeting
    action_dialog = ActionDialog(page, page.meetings, meeting_id)
    qtbot.addWidget(action_dialog)
    action_dialog.show()
    qtbot.keyClicks(action_dialog.textEdit, "Wethouder uitnodigen")
    action_dialog.whoEdit.setFocus()
    qtbot.keyClicks(action_dialog.whoEdit, "Voorzitter")
    qtbot.keyClick(action_dialog.whoEdit, KEY.Key_Return)
    assert action_dialog.saved is not None
    next_meeting = page.meetings.meetings(2028)[1]
    assert next_meeting.id is not None
    carried = page.meetings.agenda(next_meeting.id).actions
    assert [a.text for a in carried][-1] == "Wethouder uitnodigen"


def test_bad_input_in_the_meeting_dialog_is_explained_and_saves_nothing(
    demo_window: Any, qtbot: Any
) -> None:
    from adviesraad_app.gui.meetings.dialogs import MeetingDialog

    page = demo_window.meetings_view
    before = page.meetings.meetings()
    dialog = MeetingDialog(page, page.meetings, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.dateEdit, "31-02-2027")
    qtbot.keyClick(dialog.dateEdit, KEY.Key_Return)
    assert "bestaat niet" in dialog.errorLabel.text()
    dialog.dateEdit.clear()
    qtbot.keyClicks(dialog.dateEdit, "01-02-2027")
    dialog.timeEdit.clear()
    qtbot.keyClicks(dialog.timeEdit, "half acht")
    qtbot.keyClick(dialog.dateEdit, KEY.Key_Return)
    assert "geen tijd" in dialog.errorLabel.text()
    assert dialog.isVisible() and page.meetings.meetings() == before


def test_agenda_and_vergaderstukken_pdf_from_the_page(
    demo_window: Any, qtbot: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    from pypdf import PdfReader

    from adviesraad_app.gui.common import file_choosers

    asked: list[str] = []

    def choose(_parent: Any, _title: str, suggested: Any) -> Any:
        asked.append(suggested.name)
        return tmp_path / suggested.name

    monkeypatch.setattr(file_choosers, "choose_pdf_path", choose)
    qtbot.keyClick(demo_window, KEY.Key_5, CTRL)
    page = demo_window.meetings_view
    assert page.agenda is not None
    press(qtbot, page.agendaPdfButton)
    press(qtbot, page.bundlePdfButton)
    day = page.agenda.meeting.date.strftime("%d-%m-%Y")
    assert asked == [f"Agenda {day}.pdf", f"Vergaderstukken {day}.pdf"]
    agenda = PdfReader(tmp_path / asked[0])
    assert "Agenda vergadering" in agenda.pages[0].extract_text()
    assert len(PdfReader(tmp_path / asked[1]).pages) >= 3
    assert "PDF opgeslagen" in demo_window.statusbar.currentMessage()

    monkeypatch.setattr(
        file_choosers, "choose_save_path", lambda _p, _t, default, _f: tmp_path / default.name
    )
    page.agendaDocxButton.setFocus()
    qtbot.keyClick(page.agendaDocxButton, KEY.Key_Space)
    import docx

    document = docx.Document(str(tmp_path / f"Agenda {day}.docx"))
    texts = [p.text for p in document.paragraphs]
    assert "1. Opening en mededelingen" in texts and "Postlijst" in texts


def test_deadlines_meet_meetings_in_the_dossier_and_termijnen(demo_window: Any, qtbot: Any) -> None:
    from adviesraad_app.domain.advices import Advice
    from adviesraad_app.domain.kinds import AdviceKind
    from adviesraad_app.services.meetings.schedule import MeetingService

    window = demo_window
    service = window.service
    warning = window.findChild(QLabel, "meetingWarning")
    assert warning is not None
    assert "Verre toekomst" not in warning.text()
    late = service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="Verre toekomst",
            request_received=date(2026, 11, 20),
            requested_deadline=date(2026, 12, 5),
        )
    )
    window.ops.changed.emit()
    assert warning.isVisibleTo(window)
    assert late.number in warning.text() and "verdaging" in warning.text()

    meetings = MeetingService(service)
    open_advice = next(
        a
        for a in service.get_advices([r.id for r in service.register()])
        if a.sent_date is None and a.requested_deadline and a.id != late.id
    )
    assert open_advice.id is not None
    due = service.dossier(open_advice.id).advice_term
    assert due is not None
    last = meetings.meeting_before_due(due.due, TODAY)
    dialog = window.open_dossier(open_advice.id)
    line = dialog.findChild(QLabel, "meetingLine")
    if last is None:
        assert "Geen vergadering meer" in line.text()
    else:
        assert "Laatste vergadering vóór de adviestermijn" in line.text()
        assert str(last.date.year) in line.text()

    adopted = next(r.id for r in service.register() if meetings.adopted_in(r.id) is not None)
    dialog = window.open_dossier(adopted)
    line = dialog.findChild(QLabel, "meetingLine")
    assert line.text().startswith("Vastgesteld in de vergadering van ")


def test_a_meeting_is_moved_and_keeps_its_agenda(demo_window: Any, qtbot: Any) -> None:
    from adviesraad_app.gui.meetings.dialogs import MeetingDialog

    page = demo_window.meetings_view
    qtbot.keyClick(demo_window, KEY.Key_5, CTRL)
    assert page.agenda is not None
    meeting = page.agenda.meeting
    items = len(page.agenda.lines)
    dialog = MeetingDialog(page, page.meetings, TODAY, meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.repeatCombo.isVisible()
    assert dialog.dateEdit.text() == meeting.date.strftime("%d-%m-%Y")
    dialog.placeEdit.setFocus()
    dialog.placeEdit.selectAll()
    qtbot.keyClicks(dialog.placeEdit, "Bibliotheek")
    qtbot.keyClick(dialog.placeEdit, KEY.Key_Return)
    moved = page.meetings.get_meeting(meeting.id)
    assert moved.place == "Bibliotheek" and moved.date == meeting.date and moved.time == "19:30"
    assert len(page.meetings.agenda(meeting.id).lines) == items
    assert len(page.meetings.meetings()) == len(set(m.id for m in page.meetings.meetings()))


def test_removing_an_item_and_deleting_a_meeting_can_be_undone(
    demo_window: Any, qtbot: Any
) -> None:
    window = demo_window
    qtbot.keyClick(window, KEY.Key_5, CTRL)
    page = window.meetings_view
    assert page.agenda is not None
    meeting_id = page.agenda.meeting.id
    before = [line.title for line in page.agenda.lines]
    page.agendaList.setCurrentItem(page.agendaList.topLevelItem(4))
    page.agendaList.setFocus()
    qtbot.keyClick(page.agendaList, KEY.Key_Delete)
    assert [line.title for line in page.agenda.lines] == before[:4] + before[5:]
    window.ops.undo_stack.undo()  # Ctrl+Z
    assert [line.title for line in page.meetings.agenda(meeting_id).lines] == before
    window.ops.undo_stack.redo()  # Ctrl+Y
    assert len(page.meetings.agenda(meeting_id).lines) == len(before) - 1
    window.ops.undo_stack.undo()

    count = len(page.meetings.meetings())
    page.deleteMeetingButton.setFocus()
    qtbot.keyClick(page.deleteMeetingButton, KEY.Key_Space)
    assert len(page.meetings.meetings()) == count - 1
    window.ops.undo_stack.undo()
    assert len(page.meetings.meetings()) == count
    assert [line.title for line in page.meetings.agenda(meeting_id).lines] == before


def test_f1_pages_of_the_meeting_windows(demo_window: Any, qtbot: Any) -> None:
    from adviesraad_app.gui.common.manual import page_for, page_names
    from adviesraad_app.gui.meetings.dialogs import ActionDialog, MeetingDialog

    page = demo_window.meetings_view
    meeting = MeetingDialog(page, page.meetings, TODAY)
    qtbot.addWidget(meeting)
    action = ActionDialog(page, page.meetings, page.meetings.meetings()[0].id)
    qtbot.addWidget(action)
    assert page_for(meeting) == "venster-vergadering"
    assert page_for(action) == "venster-actie"
    assert "vergaderingen" in page_names()
