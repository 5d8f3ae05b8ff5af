from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice, number_parts, renumber
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.extensions import Extension, TermKind
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, ManualStatus, Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.domain.settings import Settings
from adviesraad_app.domain.status import (
    combine_outcomes,
    derive_status,
    missing_reasons,
    validate_reply_against_advice,
)


def test_empty_subject_is_refused_on_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        Advice(kind=AdviceKind.GEVRAAGD, title="   ")
    assert info.value.for_field("title") == "Vul het onderwerp in."


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        Advice(kind="gevraagdd", title="x")  # type: ignore[arg-type]
    assert "Onbekende soort" in str(info.value)


def test_number_form() -> None:
    assert number_parts("2024-07") == (2024, 7)
    assert number_parts("24-7") is None
    with pytest.raises(ValidationError):
        Advice(kind=AdviceKind.GEVRAAGD, title="x", number="zeven")


def test_dates_must_be_in_order() -> None:
    with pytest.raises(ValidationError) as info:
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="x",
            request_received=date(2024, 5, 1),
            sent_date=date(2024, 4, 1),
        )
    assert info.value.for_field("sent_date")


def test_unsolicited_advice_has_no_request() -> None:
    with pytest.raises(ValidationError):
        Advice(kind=AdviceKind.ONGEVRAAGD, title="x", request_received=date(2024, 5, 1))


def test_renumber_skips_empty_lines() -> None:
    recs = renumber(["eerste", "", "  tweede "])
    assert [(r.number, r.text) for r in recs] == [(1, "eerste"), (2, "tweede")]


def test_status_follows_the_dates() -> None:
    base = Advice(kind=AdviceKind.GEVRAAGD, title="x", request_received=date(2024, 1, 1))
    assert derive_status(base, False) == AdviceStatus.AANVRAAG_ONTVANGEN
    working = Advice(
        kind=AdviceKind.GEVRAAGD,
        title="x",
        request_received=date(2024, 1, 1),
        working_group="Werkgroep Jeugd",
    )
    assert derive_status(working, False) == AdviceStatus.IN_VOORBEREIDING
    unsolicited = Advice(kind=AdviceKind.ONGEVRAAGD, title="x")
    assert derive_status(unsolicited, False) == AdviceStatus.IN_VOORBEREIDING
    sent = Advice(kind=AdviceKind.ONGEVRAAGD, title="x", sent_date=date(2024, 1, 1))
    assert derive_status(sent, False) == AdviceStatus.ADVIES_VERZONDEN
    # Reply in, no open commitment: afgerond, derived. An open commitment keeps it open, and
    # so does the secretary's "keep open".
    assert derive_status(sent, True) == AdviceStatus.AFGEROND
    assert derive_status(sent, True, 1) == AdviceStatus.REACTIE_ONTVANGEN
    assert derive_status(sent, True, 2) == AdviceStatus.REACTIE_ONTVANGEN
    kept = Advice(kind=AdviceKind.ONGEVRAAGD, title="x", sent_date=date(2024, 1, 1), keep_open=True)
    assert derive_status(kept, True) == AdviceStatus.REACTIE_ONTVANGEN
    assert derive_status(kept, False) == AdviceStatus.ADVIES_VERZONDEN
    lapsed = Advice(
        kind=AdviceKind.ONGEVRAAGD,
        title="x",
        sent_date=date(2024, 1, 1),
        manual_status=ManualStatus.VERVALLEN,
        keep_open=True,
    )
    assert derive_status(lapsed, True, 3) == AdviceStatus.VERVALLEN
    closed = Advice(
        kind=AdviceKind.ONGEVRAAGD,
        title="x",
        sent_date=date(2024, 1, 1),
        manual_status=ManualStatus.AFGEROND,
    )
    assert derive_status(closed, True) == AdviceStatus.AFGEROND
    assert derive_status(closed, True, 1) == AdviceStatus.AFGEROND  # manual stays on top


@pytest.mark.parametrize(
    ("outcomes", "overall"),
    [
        ([], None),
        ([Outcome.OVERGENOMEN, Outcome.OVERGENOMEN], Outcome.OVERGENOMEN),
        ([Outcome.NIET, Outcome.NIET], Outcome.NIET),
        ([Outcome.OVERGENOMEN, Outcome.NIET], Outcome.DEELS),
        ([Outcome.DEELS], Outcome.DEELS),
        ([Outcome.NIET, Outcome.KENNISGENOMEN], Outcome.NIET),
        ([Outcome.KENNISGENOMEN], Outcome.KENNISGENOMEN),
    ],
)
def test_overall_outcome(outcomes: list[Outcome], overall: Outcome | None) -> None:
    assert combine_outcomes(outcomes) == overall


def test_reply_checks_against_its_advice() -> None:
    advice = Advice(
        kind=AdviceKind.ONGEVRAAGD,
        title="x",
        sent_date=date(2024, 8, 12),
        recommendations=renumber(["a", "b"]),
    )
    early = Reply(advice_id=1, date=date(2024, 8, 1))
    assert "vóór het advies" in validate_reply_against_advice(advice, early)[0]
    unknown = Reply(
        advice_id=1, date=date(2024, 9, 1), outcomes=(RecommendationOutcome(3, Outcome.NIET),)
    )
    assert "geen aanbeveling 3" in validate_reply_against_advice(advice, unknown)[0]
    unsent = Advice(kind=AdviceKind.ONGEVRAAGD, title="x")
    assert validate_reply_against_advice(unsent, Reply(advice_id=1, date=date(2024, 9, 1)))
    no_reasons = Reply(
        advice_id=1,
        date=date(2024, 9, 1),
        outcomes=(
            RecommendationOutcome(1, Outcome.NIET),
            RecommendationOutcome(2, Outcome.DEELS, "geld"),
        ),
    )
    assert missing_reasons(advice, no_reasons) == [1]


def test_extension_needs_reason_and_a_later_date() -> None:
    with pytest.raises(ValidationError) as info:
        Extension(
            advice_id=1,
            term=TermKind.REPLY,
            new_date=date(2024, 9, 1),
            reason="",
            agreed_by="",
            previous_date=date(2024, 9, 23),
        )
    fields = {e.field for e in info.value.errors}
    assert fields == {"reason", "agreed_by", "new_date"}


def test_commitment_needs_text() -> None:
    with pytest.raises(ValidationError):
        Commitment(reply_id=1, text=" ")


def test_settings_validated() -> None:
    with pytest.raises(ValidationError):
        Settings(reply_term_weeks=0)
    with pytest.raises(ValidationError):
        Settings(themes=("Wmo", "Wmo"))
    assert Settings().reply_term_weeks == 6 and Settings().apply_termijnenwet
