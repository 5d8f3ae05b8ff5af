"""gui/meetings/links.py: the Termijnen warning about advice terms with no meeting left (one
or several, at most four named), hidden when every term has a meeting, and the dossier's
meeting line only where there is something to say."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any, cast

from PySide6.QtWidgets import QLabel

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.meetings import Meeting
from adviesraad_app.gui.common.window_api import FeatureWindow
from adviesraad_app.gui.meetings.links import MAX_NAMED, termijnen_warning
from adviesraad_app.services.meetings.schedule import MeetingService
from adviesraad_app.services.register import RegisterService
from tests.conftest import TODAY


def _requested(service: RegisterService, title: str, due: date) -> Advice:
    return service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title=title,
            request_received=date(2026, 11, 2),
            requested_deadline=due,
        )
    )


def _today_window() -> FeatureWindow:
    return cast(FeatureWindow, SimpleNamespace(today=lambda: TODAY))


def test_no_warning_when_a_meeting_comes_before_every_term(service: RegisterService) -> None:
    meetings = MeetingService(service)
    meetings.add_meeting(Meeting(date=date(2026, 12, 1)))
    _requested(service, "Op tijd", date(2026, 12, 10))
    assert termijnen_warning(meetings, _today_window()) == ""


def test_one_term_without_a_meeting_is_named_with_its_date(service: RegisterService) -> None:
    advice = _requested(service, "Krap", date(2026, 12, 4))
    text = termijnen_warning(MeetingService(service), _today_window())
    assert text == (
        f"Let op: voor de adviestermijn van {advice.number} (04-12-2026) is geen vergadering "
        "meer. Vraag verdaging of kies een schriftelijke ronde."
    )


def test_many_terms_name_four_and_count_the_rest(service: RegisterService) -> None:
    made = [_requested(service, f"Advies {i}", date(2026, 12, 1 + i)) for i in range(6)]
    text = termijnen_warning(MeetingService(service), _today_window())
    assert text.startswith("Let op: voor de adviestermijnen van ")
    named = [a.number for a in made if a.number in text]
    assert len(named) == MAX_NAMED == 4
    assert " en nog 2 is geen vergadering meer." in text


def test_the_warning_on_termijnen_and_the_line_in_a_dossier(window: Any, qtbot: Any) -> None:
    warning = window.findChild(QLabel, "meetingWarning")
    assert warning is not None and not warning.isVisibleTo(window)
    service = window.service
    new = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Zonder termijn"))
    tight = _requested(service, "Krap", date(2026, 12, 4))
    window.ops.changed.emit()
    assert warning.isVisibleTo(window) and tight.number in warning.text()

    dialog = window.open_dossier(new.id)
    assert dialog.findChild(QLabel, "meetingLine") is None  # nothing to say
    dialog = window.open_dossier(tight.id)
    line = dialog.findChild(QLabel, "meetingLine")
    assert line is not None
    assert line.text() == (
        "Geen vergadering meer vóór de adviestermijn (04-12-2026): vraag verdaging of kies "
        "een schriftelijke ronde."
    )
