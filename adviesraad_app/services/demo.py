"""Demo data loaded into an empty register (``adviesraad demo``, the separate demo register
of the desktop app): the advices of :mod:`~adviesraad_app.services.demo_data` with their
replies, commitments and extension, and a year of meetings around today.
"""

from __future__ import annotations

from datetime import date, timedelta

from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.extensions import TermKind
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.kinds import ManualStatus
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.i18n import translate
from adviesraad_app.services.demo_data import demo_items
from adviesraad_app.services.register import RegisterService


def load_demo(service: RegisterService, today: date | None = None) -> int:
    """Fill an empty register with demo data; returns the number of advices created."""
    if service.stored_advice_count():
        raise UserError(
            translate(
                "Demo",
                "De database {path} bevat al adviezen; demogegevens worden alleen in een lege "
                "database geladen. Kies een nieuw bestand met --db.",
            ).format(path=service.path)
        )
    today = today or date.today()
    created = 0
    items = sorted(
        demo_items(today),
        key=lambda i: i.advice.request_received or i.advice.sent_date or today,
    )
    with service.all_or_nothing():
        for item in items:
            advice = service.create_advice(item.advice)
            assert advice.id is not None
            created += 1
            if item.extension is not None:
                new_date, reason, agreed_by = item.extension
                service.extend_term(
                    advice.id,
                    TermKind.ADVICE,
                    new_date,
                    reason,
                    agreed_by,
                    agreed_on=today - timedelta(days=14),
                )
            if item.reply is not None:
                reply = service.save_reply(
                    Reply(
                        advice_id=advice.id,
                        date=item.reply.on,
                        our_reference=item.reply.our_reference,
                        case_number=item.reply.case_number,
                        handled_by=item.reply.handled_by,
                        summary=item.reply.summary,
                        outcomes=tuple(
                            RecommendationOutcome(number, outcome, reasons)
                            for number, (outcome, reasons) in enumerate(item.reply.outcomes, 1)
                        ),
                    )
                )
                assert reply.id is not None
                for text, due, status in item.reply.commitments:
                    service.save_commitment(
                        Commitment(reply_id=reply.id, text=text, due_date=due, status=status)
                    )
            if item.closed:
                service.set_manual_status(advice.id, ManualStatus.AFGEROND)
        _demo_meetings(service, today)
    return created


def _demo_meetings(service: RegisterService, today: date) -> None:
    """A year of meetings around ``today`` (every second Monday, no meeting in July), the
    sent advices adopted in the meeting before they were sent, the open ones on the next
    agenda, and a few actions."""
    from adviesraad_app.domain.meetings import ActionStatus, Meeting, Purpose, series_dates
    from adviesraad_app.services.meetings.schedule import MeetingService

    meetings = MeetingService(service)
    half_year = timedelta(days=183)
    monday = (today - half_year) + timedelta(days=-(today - half_year).weekday() % 7)
    days = series_dates(monday, today + half_year, nth_weekday=2)
    planned = [
        Meeting(date=day, time="19:30", place=translate("Demo", "Stadhuis, raadszaal"))
        for day in days
        if day.month != 7
    ]
    saved = meetings.add_meetings(planned)
    upcoming = next((m for m in saved if m.date >= today), None)
    by_number = RegisterOrder(SortKey.NUMBER, descending=False)
    for advice in service.get_advices(service.register_ids(RegisterFilter(), by_number)):
        assert advice.id is not None
        if advice.sent_date is not None:
            before = [m for m in saved if m.date <= advice.sent_date]
            if before and before[-1].id is not None:
                meetings.add_advice(before[-1].id, advice.id, Purpose.VASTSTELLEN)
                meetings.adopt(before[-1].id, advice.id)
        elif upcoming is not None and upcoming.id is not None:
            meetings.add_advice(upcoming.id, advice.id, Purpose.BESPREKEN)
    past = [m for m in saved if m.date < today and m.id is not None]
    if len(past) >= 2:
        first, last = past[-2], past[-1]
        assert first.id is not None and last.id is not None
        done = meetings.add_action(
            first.id,
            translate("Demo", "Werkbezoek Werkplein plannen"),
            translate("Demo", "voorzitter"),
        )
        assert done.id is not None
        meetings.set_action(done.id, ActionStatus.GEDAAN, last.date)
        meetings.add_action(
            last.id,
            translate("Demo", "Wethouder uitnodigen voor toelichting op de regiovisie"),
            translate("Demo", "secretaris"),
            today + timedelta(days=21),
        )
        meetings.add_item(last.id, translate("Demo", "Jaarplan en begroting adviesraad"))
