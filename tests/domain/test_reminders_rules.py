"""The rules for letters out (domain/reminders.py), pinned exactly: which letter fits an advice
on a day, the next step after 0, 1 and 2 reminders, and the words said about them.

Every message is looked up in the ``Letters`` context, so that the English translation finds
it: ``marked`` makes translate() show the context it was asked for.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from adviesraad_app.domain import reminders as rules
from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.deadlines import Term
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.extensions import Extension, TermKind
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, CommitmentStatus
from adviesraad_app.domain.reminders import LetterKind, NextStep, Reminder, StepKind
from adviesraad_app.domain.replies import Reply
from adviesraad_app.domain.settings import Settings
from adviesraad_app.domain.term_days import days_late

# Which letter fits is decided by check_letter: in reminders.py, or in letter_checks.py where
# the letters work moves it (the same rules and words); the tests follow it.
checks = (
    importlib.import_module("adviesraad_app.domain.letter_checks")
    if importlib.util.find_spec("adviesraad_app.domain.letter_checks") is not None
    else rules
)

SENT = date(2024, 8, 12)
DUE = date(2024, 9, 23)  # the reply term's last day
COMMITMENT_DUE = date(2024, 12, 31)


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch) -> None:
    """translate() that says which context it was asked for: ``[Letters]text``."""
    for module in (rules, checks):
        monkeypatch.setattr(module, "translate", lambda context, text: f"[{context}]{text}")


def _dossier(
    kind: AdviceKind = AdviceKind.GEVRAAGD,
    *,
    recommendations: tuple[str, ...] = (),
    reply: Reply | None = None,
    reply_term: Term | None = None,
    commitments: tuple[Commitment, ...] = (),
) -> Dossier:
    received = date(2024, 7, 1) if kind == AdviceKind.GEVRAAGD else None
    advice = Advice(
        kind=kind,
        title="Beschermd wonen",
        id=1,
        number="2024-07",
        request_received=received,
        sent_date=SENT,
        recommendations=renumber(recommendations),
    )
    return Dossier(
        advice=advice,
        status=AdviceStatus.ADVIES_VERZONDEN,
        advice_term=None,
        reply_term=reply_term,
        reply=reply,
        outcome=None,
        reply_days_late=None,
        reply_time_days=None,
        commitments=list(commitments),
    )


def _late_reply() -> Dossier:
    return _dossier(reply_term=Term(TermKind.REPLY, DUE))


def _commitment(
    number: int, due: date | None = COMMITMENT_DUE, status: CommitmentStatus = CommitmentStatus.OPEN
) -> Commitment:
    return Commitment(reply_id=3, text="Wij informeren u", id=number, due_date=due, status=status)


def _refusal(check: Callable[[], None]) -> str:
    with pytest.raises(UserError) as caught:
        check()
    return caught.value.message


# ---------------------------------------------------------------------- the four letters


def test_the_letters_have_their_names_and_two_are_steps_of_the_escalation(marked: None) -> None:
    assert [k.label for k in LetterKind] == [
        "[Letters]ontvangstbevestiging",
        "[Letters]adviesbrief",
        "[Letters]herinnering",
        "[Letters]bericht aan de gemeenteraad",
    ]
    assert [k.is_reminder for k in LetterKind] == [False, False, True, True]


# ---------------------------------------------------------------------- the next step


def test_the_next_step_says_what_and_from_when(marked: None) -> None:
    first = NextStep(StepKind.FIRST_REMINDER, DUE)
    second = NextStep(StepKind.SECOND_REMINDER, DUE)
    council = NextStep(StepKind.INFORM_COUNCIL, DUE)
    assert first.text(DUE) == "[Letters]eerste herinnering sturen"
    assert second.text(DUE + timedelta(days=1)) == "[Letters]tweede herinnering sturen"
    assert council.text(DUE) == "[Letters]gemeenteraad informeren"
    assert first.text(DUE - timedelta(days=1)) == (
        "[Letters][Letters]eerste herinnering sturen vanaf 23 september 2024"
    )
    assert [first.letter, second.letter, council.letter] == [
        LetterKind.HERINNERING,
        LetterKind.HERINNERING,
        LetterKind.RAADSBERICHT,
    ]


def test_the_council_is_informed_counting_from_the_last_reminder() -> None:
    settings = Settings(second_reminder_days=7, inform_council_days=10)
    sent = [
        Reminder(1, LetterKind.HERINNERING, date(2024, 10, 1)),
        Reminder(1, LetterKind.HERINNERING, date(2024, 10, 9)),
        Reminder(1, LetterKind.HERINNERING, date(2024, 10, 20)),
    ]
    step = rules.next_step(sent, DUE, settings)
    assert step == NextStep(StepKind.INFORM_COUNCIL, date(2024, 10, 30))
    assert rules.next_step(sent[:1], DUE, settings) == (
        NextStep(StepKind.SECOND_REMINDER, date(2024, 10, 8))
    )
    assert rules.next_step(sent[:2], DUE, settings) == (
        NextStep(StepKind.INFORM_COUNCIL, date(2024, 10, 19))
    )
    assert rules.next_step([], DUE, settings) == NextStep(StepKind.FIRST_REMINDER, DUE)
    # Only a raadsbericht ends it; a raadsbericht alone as well.
    council = Reminder(1, LetterKind.RAADSBERICHT, date(2024, 10, 2))
    assert rules.next_step([council], DUE, settings) is None


def test_reminders_about_one_thing_oldest_first() -> None:
    """By date, then in the order they were stored; one not stored yet (no id) comes first."""
    day = date(2024, 10, 1)
    later = Reminder(1, LetterKind.HERINNERING, day + timedelta(days=1), id=2)
    second = Reminder(1, LetterKind.HERINNERING, day, id=4)
    stored = Reminder(1, LetterKind.HERINNERING, day, id=1)
    new = Reminder(1, LetterKind.HERINNERING, day)
    about_commitment = Reminder(1, LetterKind.HERINNERING, day, commitment_id=5, id=3)
    every = [later, second, stored, about_commitment, new]
    assert rules.about(every, None) == [new, stored, second, later]
    assert rules.about(every, 5) == [about_commitment]
    assert rules.about(every, 6) == []


def test_days_late_counts_from_the_day_after_the_term() -> None:
    assert days_late(DUE, DUE - timedelta(days=3)) == 0
    assert days_late(DUE, DUE) == 0
    assert days_late(DUE, DUE + timedelta(days=1)) == 1
    assert days_late(DUE, DUE + timedelta(days=10)) == 10


# ---------------------------------------------------------------------- which letter fits


def test_a_commitment_belongs_only_to_a_reminder(marked: None) -> None:
    dossier = _dossier(recommendations=("Meer woningen",), commitments=(_commitment(5),))
    for kind in (LetterKind.ADVIES, LetterKind.RAADSBERICHT, LetterKind.ONTVANGSTBEVESTIGING):
        message = _refusal(lambda k=kind: checks.check_letter(k, dossier, DUE, commitment_id=5))
        assert message == (
            "[Letters]Een toezegging hoort alleen bij een herinnering, niet bij een {kind}."
        ).replace("{kind}", kind.label)


def test_an_acknowledgement_is_for_a_requested_advice_only(marked: None) -> None:
    # A solicited advice: fine, whatever its reply (none, no term) on any day.
    checks.check_letter(LetterKind.ONTVANGSTBEVESTIGING, _dossier(), SENT)
    for kind in (AdviceKind.ONGEVRAAGD, AdviceKind.SIGNAAL):
        dossier = _dossier(kind)
        message = _refusal(
            lambda d=dossier: checks.check_letter(LetterKind.ONTVANGSTBEVESTIGING, d, SENT)
        )
        assert message == (
            "[Letters]Advies 2024-07 is niet gevraagd; een ontvangstbevestiging hoort bij een "
            "adviesaanvraag. Er is geen brief gemaakt."
        )


def test_an_advice_letter_needs_recommendations(marked: None) -> None:
    message = _refusal(lambda: checks.check_letter(LetterKind.ADVIES, _dossier(), SENT))
    assert message == (
        "[Letters]Advies 2024-07 heeft geen aanbevelingen; een adviesbrief zonder "
        "aanbevelingen wordt niet gemaakt. Vul ze eerst in het dossier in."
    )
    # With them it is fine, though no reply term runs.
    checks.check_letter(LetterKind.ADVIES, _dossier(recommendations=("Meer woningen",)), SENT)


@pytest.mark.parametrize("kind", [LetterKind.HERINNERING, LetterKind.RAADSBERICHT])
def test_a_reminder_about_the_reply_only_once_it_is_late(marked: None, kind: LetterKind) -> None:
    dossier = _late_reply()
    message = _refusal(lambda: checks.check_letter(kind, dossier, DUE))
    assert message == (
        "[Letters]De reactie op advies 2024-07 is niet te laat: het college heeft tot en met "
        "23 september 2024. Er is geen brief gemaakt."
    )
    checks.check_letter(kind, dossier, DUE + timedelta(days=1))
    # An extended term counts from its new date.
    extension = Extension(1, TermKind.REPLY, date(2024, 10, 7), "drukte", "secretaris")
    extended = _dossier(reply_term=Term(TermKind.REPLY, DUE, extension))
    _refusal(lambda: checks.check_letter(kind, extended, DUE + timedelta(days=1)))
    checks.check_letter(kind, extended, date(2024, 10, 8))


def test_no_reminder_for_a_reply_that_came_or_a_term_that_does_not_run(marked: None) -> None:
    reply = Reply(advice_id=1, date=date(2024, 9, 20))
    replied = _dossier(reply=reply, reply_term=Term(TermKind.REPLY, DUE))
    message = _refusal(
        lambda: checks.check_letter(LetterKind.HERINNERING, replied, date(2024, 10, 1))
    )
    assert message == (
        "[Letters]Advies 2024-07 heeft al een reactie van het college (van 20 september 2024); "
        "een herinnering is niet nodig. Er is geen brief gemaakt."
    )
    message = _refusal(
        lambda: checks.check_letter(LetterKind.HERINNERING, _dossier(), date(2024, 10, 1))
    )
    assert message == (
        "[Letters]Voor advies 2024-07 loopt geen reactietermijn (nog niet verzonden, of een "
        "signaal); een herinnering kan niet. Er is geen brief gemaakt."
    )


def test_a_reminder_about_a_commitment_only_once_it_is_overdue(marked: None) -> None:
    # The reply itself is in and its term long past: only the commitment counts.
    reply = Reply(advice_id=1, date=date(2024, 9, 20))
    open_one, undated, done = (
        _commitment(5),
        _commitment(6, due=None),
        _commitment(7, status=CommitmentStatus.DONE),
    )
    dossier = _dossier(reply=reply, commitments=(open_one, undated, done))

    def refusal(commitment_id: int, on: date) -> str:
        return _refusal(
            lambda: checks.check_letter(LetterKind.HERINNERING, dossier, on, commitment_id)
        )

    after = COMMITMENT_DUE + timedelta(days=1)
    checks.check_letter(LetterKind.HERINNERING, dossier, after, commitment_id=5)
    assert refusal(5, COMMITMENT_DUE) == (
        "[Letters]Toezegging 5 is niet te laat: zij [Letters]loopt tot en met 31 december 2024. "
        "Er is geen brief gemaakt."
    )
    assert refusal(6, after) == (
        "[Letters]Toezegging 6 is niet te laat: zij [Letters]heeft geen datum. "
        "Er is geen brief gemaakt."
    )
    assert refusal(7, after) == (
        "[Letters]Toezegging 7 is afgesloten; een herinnering is niet nodig. Er is geen brief "
        "gemaakt."
    )
    assert refusal(8, after) == (
        "[Letters]Toezegging 8 hoort niet bij advies 2024-07. Er is geen brief gemaakt."
    )


# ---------------------------------------------------------------------- what is said


def test_reminders_in_words(marked: None) -> None:
    first = Reminder(1, LetterKind.HERINNERING, date(2024, 10, 1))
    about_commitment = Reminder(1, LetterKind.HERINNERING, date(2024, 10, 2), commitment_id=5)
    council = Reminder(1, LetterKind.RAADSBERICHT, date(2024, 11, 12))
    assert rules.reminder_text(first) == "[Letters]herinnerd op 1 oktober 2024"
    assert rules.reminder_text(council) == (
        "[Letters]gemeenteraad geïnformeerd op 12 november 2024"
    )
    assert rules.reminders_text([first, about_commitment, council]) == (
        "[Letters]herinnerd op 1 oktober 2024; "
        "[Letters]herinnerd op 2 oktober 2024 [Letters](toezegging 5); "
        "[Letters]gemeenteraad geïnformeerd op 12 november 2024"
    )
    assert rules.reminders_text([]) == ""


def test_reminders_in_words_start_with_a_capital() -> None:
    first = Reminder(1, LetterKind.HERINNERING, date(2024, 10, 1))
    assert rules.reminders_text((first,)) == "Herinnerd op 1 oktober 2024"
