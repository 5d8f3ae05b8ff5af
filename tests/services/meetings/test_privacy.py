"""services/meetings/privacy.py: a confidential advice on an agenda or postlijst is named by
its number only; everything else is left as it was."""

from __future__ import annotations

from datetime import date

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.meetings import Meeting, Purpose
from adviesraad_app.services.meetings.privacy import private_agenda
from adviesraad_app.services.meetings.schedule import MeetingService
from adviesraad_app.services.register import RegisterService


def test_confidential_subjects_are_hidden_on_agenda_and_postlijst(
    service: RegisterService,
) -> None:
    meetings = MeetingService(service)
    meetings.add_meeting(Meeting(date=date(2026, 2, 9)))
    meeting = meetings.add_meeting(Meeting(date=date(2026, 3, 9)))
    assert meeting.id is not None
    secret = service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="Casus gezin Jansen",
            request_received=date(2026, 2, 16),
            requested_deadline=date(2026, 5, 1),
            confidential=True,
        )
    )
    public = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Armoedebeleid"))
    assert secret.id is not None and public.id is not None
    meetings.add_advice(meeting.id, secret.id, Purpose.BESPREKEN)
    meetings.add_advice(meeting.id, public.id, Purpose.BESPREKEN)

    agenda = meetings.agenda(meeting.id)
    hidden = private_agenda(service, agenda)
    titles = {line.item.advice_id: line.title for line in hidden.lines}
    assert titles[secret.id] == "(vertrouwelijk)"
    assert "Armoedebeleid" in titles[public.id]
    [entry] = hidden.post
    assert (entry.subject, entry.advice_number) == ("(vertrouwelijk)", secret.number)
    assert [line.number for line in hidden.lines] == [line.number for line in agenda.lines]
    assert any("Jansen" in line.title for line in agenda.lines)  # the original is untouched


def test_an_agenda_without_confidential_advices_is_returned_as_it_is(
    service: RegisterService,
) -> None:
    meetings = MeetingService(service)
    meeting = meetings.add_meeting(Meeting(date=date(2026, 3, 9)))
    assert meeting.id is not None
    agenda = meetings.agenda(meeting.id)
    assert private_agenda(service, agenda) is agenda
