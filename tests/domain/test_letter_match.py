"""Which advice a letter belongs to: each piece of evidence counts as the table in
``domain/letter_match.py`` says, and an unclear match is never called sure."""

from __future__ import annotations

from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.letter_fields import LetterFields, LetterType
from adviesraad_app.domain.letter_match import (
    MINIMUM,
    fold,
    is_unambiguous,
    normalize_reference,
    rank,
    score,
    significant_words,
)

SENT = date(2024, 8, 12)


def advice(
    advice_id: int = 1,
    title: str = "Continuering van het Werk- en Leercentrum",
    **values: object,
) -> Advice:
    values.setdefault("kind", AdviceKind.ONGEVRAAGD)
    values.setdefault("sent_date", SENT)
    return Advice(id=advice_id, number=f"2024-{advice_id:02d}", title=title, **values)  # type: ignore[arg-type]


def reply(**values: object) -> LetterFields:
    return LetterFields(letter_type=LetterType.REPLY, has_header=True, **values)  # type: ignore[arg-type]


def test_words_and_references_are_compared_without_case_accents_or_dashes() -> None:
    assert fold("Geïnformeerd Café") == "geinformeerd cafe"
    assert normalize_reference("UIT - 24117125") == normalize_reference("uit-24117125")
    assert significant_words("Reactie op ongevraagd advies Werk- en Leercentrum 2024") == [
        "werk",
        "leercentrum",
    ]


def test_nothing_in_common_is_no_candidate() -> None:
    assert score(reply(subject="Begroting sport"), advice(), has_reply=False) is None


def test_your_letter_on_the_advice_date_counts_045() -> None:
    found = score(reply(your_letter_date=SENT), advice(), has_reply=False)
    assert found is not None
    assert found.confidence == 0.45
    assert found.reasons == ("‘Uw brief’ 12-08-2024 = datum van het advies",)


@pytest.mark.parametrize(("gap", "reason"), [(1, "1 dag"), (3, "3 dagen")])
def test_your_letter_within_three_days_counts_025(gap: int, reason: str) -> None:
    letter = reply(your_letter_date=date(2024, 8, 12 + gap))
    found = score(letter, advice(), has_reply=False)
    assert found is not None
    assert found.confidence == 0.25
    assert found.reasons == (f"‘Uw brief’ ligt {reason} naast de datum van het advies",)


def test_your_letter_four_days_off_counts_nothing() -> None:
    assert score(reply(your_letter_date=date(2024, 8, 16)), advice(), has_reply=False) is None


def test_date_and_reference_together_are_sure() -> None:
    letter = reply(your_letter_date=SENT, your_reference="asd 2024-031")
    found = score(letter, advice(reference="ASD 2024-031"), has_reply=False)
    assert found is not None
    assert found.confidence == 0.9
    assert "‘Uw kenmerk’ ASD 2024-031 = ons kenmerk" in found.reasons


def test_a_request_is_found_by_its_own_reference_only() -> None:
    request = LetterFields(
        letter_type=LetterType.REQUEST,
        has_header=True,
        our_reference="DCS-2490169",
        your_letter_date=SENT,  # no meaning for a request
    )
    registered = advice(kind=AdviceKind.GEVRAAGD, request_reference="DCS - 2490169")
    found = score(request, registered, has_reply=False)
    assert found is not None
    assert found.confidence == 0.6
    assert score(request, advice(), has_reply=False) is None


def test_subject_words_count_by_their_share() -> None:
    letter = reply(subject="Werk- en Leercentrum en dagbesteding")
    found = score(letter, advice(), has_reply=False)
    assert found is not None
    assert found.confidence == round(0.35 * 2 / 3, 2)
    assert found.reasons == ("onderwerp: 2 van 3 woorden in de titel",)


def test_the_kind_the_letter_names_adds_or_costs() -> None:
    letter = reply(your_letter_date=SENT, advice_kind=AdviceKind.ONGEVRAAGD)
    same = score(letter, advice(), has_reply=False)
    other = score(letter, advice(kind=AdviceKind.GEVRAAGD), has_reply=False)
    assert same is not None and other is not None
    assert same.confidence == 0.5
    assert other.confidence == 0.3
    assert other.reasons[-1] == f"de brief spreekt van een {AdviceKind.ONGEVRAAGD.label}"


def test_an_advice_with_a_reply_says_so_and_ranks_after_an_equal_one() -> None:
    letter = reply(your_letter_date=SENT)
    answered, open_one = advice(1), advice(2)
    ranked = rank(letter, [(answered, True), (open_one, False)])
    assert [c.advice_id for c in ranked] == [2, 1]
    assert ranked[1].reasons[-1] == "dit advies heeft al een reactie"


def test_rank_leaves_out_weak_candidates_and_sorts_best_first() -> None:
    letter = reply(your_letter_date=SENT, subject="Werk- en Leercentrum")
    best = advice(1)
    near = advice(2, title="Iets anders", sent_date=date(2024, 8, 13))
    weak = advice(3, title="Leercentrum elders", sent_date=date(2023, 1, 1))
    ranked = rank(letter, [(weak, False), (near, False), (best, False)])
    assert [c.advice_id for c in ranked] == [1]
    assert all(c.confidence >= MINIMUM for c in ranked)
    assert is_unambiguous(ranked)


def test_two_close_candidates_are_not_unambiguous() -> None:
    letter = reply(your_letter_date=SENT, your_reference="ASD 1")
    ranked = rank(
        letter,
        [
            (advice(1, reference="ASD 1"), False),
            (advice(2, reference="ASD 1", title="Tweede"), False),
        ],
    )
    assert len(ranked) == 2
    assert not is_unambiguous(ranked)
    assert not is_unambiguous([])
