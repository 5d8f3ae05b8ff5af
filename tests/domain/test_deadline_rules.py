"""The deadline rules piece by piece: terms, extensions, order, own days, closing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from adviesraad_app.domain import deadlines as dl
from adviesraad_app.domain import holidays as hd
from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.commitments import Commitment, closed
from adviesraad_app.domain.deadline_items import DeadlineItem, sort_key
from adviesraad_app.domain.errors import UserError, ValidationError
from adviesraad_app.domain.extensions import Extension, TermKind
from adviesraad_app.domain.holidays import OwnDay
from adviesraad_app.domain.kinds import AdviceKind, CommitmentStatus, DeadlineState, DeadlineType
from adviesraad_app.domain.settings import Settings

OWN = (OwnDay(date(2025, 4, 22), "Sluitingsdag"),)


def _asked(**kw: object) -> Advice:
    values: dict[str, object] = {"kind": AdviceKind.GEVRAAGD, "title": "Test", "id": 1}
    values.update(kw)
    return Advice(**values)  # type: ignore[arg-type]


def _ext(term: TermKind, new: date, ext_id: int | None, reason: str = "r") -> Extension:
    return Extension(advice_id=1, term=term, new_date=new, reason=reason, agreed_by="v", id=ext_id)


def test_advice_term_from_receipt_moves_with_law_and_own_days() -> None:
    # Received Friday 7 March 2025 + 6 weeks = Goede Vrijdag 18 April -> Tuesday 22 April,
    # and with the council's own day on the 22nd -> Wednesday 23 April.
    advice = _asked(request_received=date(2025, 3, 7))
    term = dl.advice_term(advice, Settings(), [])
    assert term is not None
    assert (term.kind, term.original, term.due, term.extension) == (
        TermKind.ADVICE,
        date(2025, 4, 22),
        date(2025, 4, 22),
        None,
    )
    assert term.shifted_from == date(2025, 4, 18)
    assert term.shift_reasons == ("Goede Vrijdag", "weekend", "tweede Paasdag")
    own = dl.advice_term(advice, Settings(own_days=OWN), [])
    assert own is not None and own.due == date(2025, 4, 23)
    assert dl.original_advice_due(advice, Settings(own_days=OWN)) == date(2025, 4, 23)
    assert dl.original_reply_due(
        _asked(kind=AdviceKind.ONGEVRAAGD, sent_date=date(2025, 3, 7)), Settings(own_days=OWN)
    ) == date(2025, 4, 23)


def test_advice_term_extension_replaces_the_date_and_the_shift_explanation() -> None:
    advice = _asked(request_received=date(2025, 3, 7))
    extension = _ext(TermKind.ADVICE, date(2025, 5, 1), 3)
    term = dl.advice_term(
        advice, Settings(), [extension, _ext(TermKind.REPLY, date(2026, 1, 1), 4)]
    )
    assert term is not None
    assert term.extension == extension and term.due == date(2025, 5, 1)
    assert term.original == date(2025, 4, 22)
    assert term.shift is not None and term.shift.raw == date(2025, 4, 18)
    assert term.shifted_from is None and term.shift_reasons == ()


def test_a_requested_date_is_taken_as_written() -> None:
    advice = _asked(request_received=date(2025, 3, 1), requested_deadline=date(2025, 4, 18))
    shift = dl.original_advice_shift(advice, Settings())
    assert shift == dl.Shift(date(2025, 4, 18), date(2025, 4, 18))
    term = dl.advice_term(advice, Settings(), [])
    assert term is not None and term.due == date(2025, 4, 18) and term.shifted_from is None


def test_reply_term_kind_and_shift() -> None:
    advice = _asked(kind=AdviceKind.ONGEVRAAGD, sent_date=date(2025, 3, 7))
    term = dl.reply_term(advice, Settings(), [])
    assert term is not None and term.kind == TermKind.REPLY
    assert term.shift == dl.Shift(
        date(2025, 4, 18), date(2025, 4, 22), ("Goede Vrijdag", "weekend", "tweede Paasdag")
    )


def test_latest_extension_wins_and_a_tie_goes_to_the_later_one() -> None:
    first = _ext(TermKind.REPLY, date(2025, 6, 1), 5, "eerste")
    second = _ext(TermKind.REPLY, date(2025, 6, 1), 6, "tweede")
    assert dl.latest_extension([first, second], TermKind.REPLY) == second
    unsaved = _ext(TermKind.REPLY, date(2025, 6, 1), None, "nieuw")
    saved = _ext(TermKind.REPLY, date(2025, 6, 1), 1, "opgeslagen")
    assert dl.latest_extension([unsaved, saved], TermKind.REPLY) == saved
    assert dl.latest_extension([first], TermKind.ADVICE) is None


def test_switched_off_the_raw_end_is_the_due_date() -> None:
    assert dl.term_shift(date(2025, 3, 7), 6, apply_termijnenwet=False) == dl.Shift(
        date(2025, 4, 18), date(2025, 4, 18)
    )
    assert dl.term_end(date(2025, 3, 7), 6, own_days=OWN) == date(2025, 4, 23)


def test_a_shift_without_provisional_days_is_not_provisional() -> None:
    assert dl.term_shift(date(2025, 3, 7), 6).provisional is False
    # Saturday 21 September 2024: weekend only, to Monday 23 September.
    weekend = dl.term_shift(date(2024, 8, 10), 6)
    assert (weekend.due, weekend.reasons, weekend.provisional) == (
        date(2024, 9, 23),
        ("weekend",),
        False,
    )
    assert dl.term_shift(date(2024, 8, 12), 6).provisional is False  # not moved
    assert dl.term_shift(date(2029, 3, 29), 6).provisional is True


def test_a_calendar_keeps_years_apart_and_uses_its_own_days() -> None:
    calendar = dl.Calendar(OWN)
    assert calendar.own_days == OWN
    assert calendar.holiday(date(2025, 4, 22)) == hd.Holiday(
        date(2025, 4, 22), "Sluitingsdag", hd.HolidaySource.EIGEN
    )
    assert calendar.holiday(date(2026, 4, 22)) is None
    assert calendar.holiday(date(2025, 4, 23)) is None
    assert calendar.holiday(date(2026, 1, 2)) is not None
    assert calendar.holiday(date(2025, 4, 22)) is not None  # from the kept year
    assert calendar.next_working_day(date(2025, 4, 18)) == date(2025, 4, 23)
    assert not dl.Calendar().is_non_working_day(date(2025, 4, 22))


def _item(number: str, kind: DeadlineType, due: date | None) -> DeadlineItem:
    return DeadlineItem(
        advice_id=1,
        number=number,
        title="t",
        type=kind,
        due_date=due,
        days_left=None,
        state=DeadlineState.OPEN,
    )


def test_deadlines_sort_by_date_then_kind_then_number_undated_last() -> None:
    day = date(2025, 5, 1)
    items = [
        _item("2025-09", DeadlineType.COMMITMENT_DUE, None),
        _item("2025-01", DeadlineType.COMMITMENT_DUE, day),
        _item("2025-02", DeadlineType.REPLY_DUE, day),
        _item("2025-03", DeadlineType.ADVICE_DUE, day),
        _item("2025-04", DeadlineType.ADVICE_DUE, day - timedelta(days=1)),
    ]
    assert [i.number for i in sorted(items, key=sort_key)] == [
        "2025-04",
        "2025-03",
        "2025-02",
        "2025-01",
        "2025-09",
    ]


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (1818, date(1818, 3, 22)),
        (1886, date(1886, 4, 25)),
        (1943, date(1943, 4, 25)),
        (1954, date(1954, 4, 18)),
        (1981, date(1981, 4, 19)),
        (2008, date(2008, 3, 23)),
        (2011, date(2011, 4, 24)),
        (2049, date(2049, 4, 18)),
        (2285, date(2285, 3, 22)),
    ],
)
def test_easter_in_known_years(year: int, easter: date) -> None:
    assert hd.easter_sunday(year) == easter


def test_easter_agrees_with_an_independent_computation() -> None:
    from dateutil.easter import easter

    for year in range(1583, 4100):
        assert hd.easter_sunday(year) == easter(year), year


def test_kings_day_2013_2014_boundary() -> None:
    assert hd.kings_day(2013) == date(2013, 4, 30)
    assert hd.kings_day(2014) == date(2014, 4, 26)
    assert hd.kings_day(2015) == date(2015, 4, 27)
    names = {h.date: h.name for h in hd.statutory_holidays(2014)}
    assert names[date(2014, 4, 26)] == "Koningsdag"
    names = {h.date: h.name for h in hd.statutory_holidays(2013)}
    assert names[date(2013, 4, 30)] == "Koninginnedag"


def test_decree_years() -> None:
    assert hd.decree_for(2022) is None
    assert hd.decree_for(2023) is hd.DECREES[0]
    assert hd.decree_for(2028) is hd.DECREES[1]
    assert hd.decree_for(2029) is None


def test_equated_days_are_named_after_the_holiday_before() -> None:
    statutory = {h.date: h for h in hd.statutory_holidays(2024)}
    assert hd._equated_name(date(2024, 5, 10), statutory) == "vrijdag na Hemelvaartsdag"
    assert hd._equated_name(date(2024, 5, 8), statutory) == "gelijkgestelde dag"


def test_with_and_without_own_days() -> None:
    days = hd.with_own_day((), date(2025, 4, 23), "  Sluitingsdag   gemeentehuis ")
    assert days == (OwnDay(date(2025, 4, 23), "Sluitingsdag gemeentehuis"),)
    days = hd.with_own_day(days, date(2025, 4, 22), "Eerder")
    assert [d.date for d in days] == [date(2025, 4, 22), date(2025, 4, 23)]
    assert hd.without_own_day(days, date(2025, 4, 22)) == (
        OwnDay(date(2025, 4, 23), "Sluitingsdag gemeentehuis"),
    )


@pytest.mark.parametrize(
    ("day", "name", "message"),
    [
        (date(2025, 4, 24), "  ", "Geef de vrije dag een naam."),
        (date(2025, 4, 26), "x", "zaterdag 26 april 2025 valt in het weekend en telt al niet mee."),
        (date(2025, 4, 27), "x", "zondag 27 april 2025 valt in het weekend en telt al niet mee."),
        (date(2025, 4, 18), "x", "vrijdag 18 april 2025 is al een feestdag: Goede Vrijdag."),
        (date(2025, 4, 22), "x", "dinsdag 22 april 2025 is al een eigen vrije dag: Sluitingsdag."),
    ],
)
def test_own_day_refusals(day: date, name: str, message: str) -> None:
    with pytest.raises(UserError) as info:
        hd.with_own_day(OWN, day, name)
    assert str(info.value) == message


def test_every_own_day_of_a_year_is_listed() -> None:
    own = (OwnDay(date(2025, 4, 22), "Eén"), OwnDay(date(2025, 4, 23), "Twee"))
    listed = [(h.date, h.name) for h in hd.holidays(2025, own) if h.source == "eigen"]
    assert listed == [(date(2025, 4, 22), "Eén"), (date(2025, 4, 23), "Twee")]


def test_removing_a_day_that_is_no_own_day_is_refused() -> None:
    with pytest.raises(UserError) as info:
        hd.without_own_day(OWN, date(2025, 4, 23))
    assert str(info.value) == "woensdag 23 april 2025 is geen eigen vrije dag van de adviesraad."


REPLY_DAY = date(2025, 2, 10)
TODAY = date(2025, 3, 20)
OPEN = Commitment(reply_id=1, text="Informeren", id=7)


def test_closing_sets_date_note_and_document() -> None:
    done = closed(
        OPEN,
        CommitmentStatus.DONE,
        reply_date=REPLY_DAY,
        today=TODAY,
        closed_on=date(2025, 3, 1),
        note="  brief van 1 maart ",
        document_id=4,
        dossier_documents=frozenset({4}),
    )
    assert (done.status, done.closed_on, done.closing_note, done.document_id) == (
        CommitmentStatus.DONE,
        date(2025, 3, 1),
        "brief van 1 maart",
        4,
    )
    lapsed = closed(OPEN, "lapsed", reply_date=REPLY_DAY, today=TODAY)  # type: ignore[arg-type]
    assert (lapsed.status, lapsed.closed_on, lapsed.closing_note, lapsed.document_id) == (
        CommitmentStatus.LAPSED,
        TODAY,
        "",
        None,
    )
    reopened = closed(done, CommitmentStatus.OPEN, reply_date=REPLY_DAY, today=TODAY)
    assert (reopened.status, reopened.closed_on, reopened.closing_note) == (
        CommitmentStatus.OPEN,
        None,
        "",
    )
    assert reopened.document_id is None and reopened.text == "Informeren" and reopened.id == 7


def test_closing_on_the_edges() -> None:
    on_reply = closed(
        OPEN, CommitmentStatus.DONE, reply_date=REPLY_DAY, today=TODAY, closed_on=REPLY_DAY
    )
    assert on_reply.closed_on == REPLY_DAY
    on_today = closed(
        OPEN, CommitmentStatus.DONE, reply_date=REPLY_DAY, today=TODAY, closed_on=TODAY
    )
    assert on_today.closed_on == TODAY


def test_closing_refusals_name_every_problem() -> None:
    with pytest.raises(ValidationError) as info:
        closed(
            OPEN,
            CommitmentStatus.DONE,
            reply_date=REPLY_DAY,
            today=TODAY,
            closed_on=date(2025, 2, 9),
            document_id=5,
            dossier_documents=frozenset({4}),
        )
    assert info.value.for_field("closed_on") == (
        "De datum (09-02-2025) ligt vóór de reactie van het college (10-02-2025), waarin de "
        "toezegging is gedaan."
    )
    assert info.value.for_field("document_id") == (
        "Document 5 hoort niet bij het dossier van dit advies."
    )
    with pytest.raises(ValidationError) as info:
        closed(
            OPEN,
            CommitmentStatus.LAPSED,
            reply_date=REPLY_DAY,
            today=TODAY,
            closed_on=date(2025, 3, 21),
        )
    assert info.value.for_field("closed_on") == "De datum (21-03-2025) ligt in de toekomst."


def test_work_started_means_any_of_working_group_summary_recommendations() -> None:
    from adviesraad_app.domain.advices import renumber
    from adviesraad_app.domain.kinds import AdviceStatus
    from adviesraad_app.domain.status import derive_status

    received = date(2025, 1, 6)
    assert derive_status(_asked(request_received=received), False) == (
        AdviceStatus.AANVRAAG_ONTVANGEN
    )
    for extra in (
        {"working_group": "Werkgroep"},
        {"summary": "Samenvatting"},
        {"recommendations": renumber(["Eén"])},
    ):
        advice = _asked(request_received=received, **extra)
        assert derive_status(advice, False) == AdviceStatus.IN_VOORBEREIDING, extra


def test_overall_outcome_falls_back_to_the_general_one() -> None:
    from adviesraad_app.domain.kinds import Outcome
    from adviesraad_app.domain.replies import RecommendationOutcome, Reply
    from adviesraad_app.domain.status import overall_outcome

    general = Reply(advice_id=1, date=REPLY_DAY, general_outcome=Outcome.KENNISGENOMEN)
    assert overall_outcome(general) == Outcome.KENNISGENOMEN
    specific = Reply(
        advice_id=1,
        date=REPLY_DAY,
        outcomes=(RecommendationOutcome(1, Outcome.NIET),),
        general_outcome=Outcome.OVERGENOMEN,
    )
    assert overall_outcome(specific) == Outcome.NIET


def test_a_reply_is_checked_against_its_advice() -> None:
    from adviesraad_app.domain.advices import renumber
    from adviesraad_app.domain.kinds import Outcome
    from adviesraad_app.domain.replies import RecommendationOutcome, Reply
    from adviesraad_app.domain.status import validate_reply_against_advice

    advice = _asked(
        kind=AdviceKind.ONGEVRAAGD, sent_date=date(2025, 1, 6), recommendations=renumber(["a"])
    )
    same_day = Reply(
        advice_id=1, date=date(2025, 1, 6), outcomes=(RecommendationOutcome(1, Outcome.NIET),)
    )
    assert validate_reply_against_advice(advice, same_day) == []
    early = Reply(
        advice_id=1,
        date=date(2025, 1, 5),
        outcomes=(RecommendationOutcome(2, Outcome.NIET),),
    )
    assert validate_reply_against_advice(advice, early) == [
        "De reactie (05-01-2025) is gedateerd vóór het advies (06-01-2025).",
        "Het advies heeft geen aanbeveling 2.",
    ]
    unsent = _asked(kind=AdviceKind.ONGEVRAAGD)
    assert validate_reply_against_advice(unsent, Reply(advice_id=1, date=REPLY_DAY)) == [
        "Het advies heeft nog geen verzenddatum; vul die eerst in voordat u een reactie "
        "registreert."
    ]
