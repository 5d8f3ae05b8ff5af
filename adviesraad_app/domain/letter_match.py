"""Which advice a letter belongs to: scored candidates, best first. Pure.

A reply letter names the date of our advice (``Uw brief``), often our reference (``Uw
kenmerk``) and a subject that repeats the advice's title. A request letter carries the
college's own reference (``Ons kenmerk``), which an advice registered from it keeps as
``request_reference``: that finds a request that is already in the register.

The score is a sum of evidence, capped at 1:

==========================================  ======
``Uw brief`` = the advice's sent date         0.45
... within three days of it                   0.25
``Uw kenmerk`` = the advice's reference       0.45
request's ``Ons kenmerk`` = request reference 0.60
subject words found in the title              up to 0.35 (share of the subject's words)
solicited/unsolicited as the letter says      +0.05 (contradicting: -0.15)
==========================================  ======

A match is *unambiguous* when the best candidate scores at least ``SURE`` and leads the
next one by at least ``MARGIN``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.letter_fields import LetterFields, LetterType
from adviesraad_app.i18n import translate

MINIMUM = 0.30  # below this a candidate is not shown at all
SURE = 0.60
MARGIN = 0.15

STOP_WORDS = frozenset(
    """
    reactie op uw ons onze het de een en van voor in over aan met te bij inzake betreft
    advies adviezen gevraagd ongevraagd gevraagde ongevraagde adviesaanvraag aanvraag verzoek
    om tot naar aanleiding antwoord beantwoording signaal brief der den des als dat die dit
    door is zijn wordt worden ook nog niet wel the of
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without diacritics: ``'Geïnformeerd'`` -> ``'geinformeerd'``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def significant_words(text: str) -> list[str]:
    """The words of a subject that say what it is about (no stop words, no short words)."""
    seen: list[str] = []
    for word in _WORD.findall(fold(text)):
        if len(word) >= 3 and word not in STOP_WORDS and not word.isdigit() and word not in seen:
            seen.append(word)
    return seen


def normalize_reference(text: str) -> str:
    """References compared without spaces, dashes and case: ``'UIT - 24117125'`` ==
    ``'uit-24117125'``."""
    return re.sub(r"[^0-9a-z]", "", fold(text))


@dataclass(frozen=True, slots=True)
class MatchCandidate:
    advice_id: int
    number: str
    title: str
    confidence: float
    reasons: tuple[str, ...]
    has_reply: bool = False


def _reply_evidence(fields: LetterFields, advice: Advice, reasons: list[str]) -> float:
    """What ties a reply to an advice: 'Uw brief' on (or near) the advice's date, 'Uw
    kenmerk' equal to the council's reference. The score; each reason added to ``reasons``."""
    total = 0.0
    if fields.your_letter_date and advice.sent_date:
        gap = abs((fields.your_letter_date - advice.sent_date).days)
        if gap == 0:
            total += 0.45
            reasons.append(
                translate("Letters", "‘Uw brief’ {date} = datum van het advies").format(
                    date=format_short(advice.sent_date)
                )
            )
        elif gap <= 3:
            total += 0.25
            reasons.append(
                translate("Letters", "‘Uw brief’ ligt 1 dag naast de datum van het advies")
                if gap == 1
                else translate(
                    "Letters", "‘Uw brief’ ligt {n} dagen naast de datum van het advies"
                ).format(n=gap)
            )
    if (
        fields.your_reference
        and advice.reference
        and normalize_reference(fields.your_reference) == normalize_reference(advice.reference)
    ):
        total += 0.45
        reasons.append(
            translate("Letters", "‘Uw kenmerk’ {ref} = ons kenmerk").format(ref=advice.reference)
        )
    return total


def score(fields: LetterFields, advice: Advice, has_reply: bool) -> MatchCandidate | None:
    """How well ``advice`` fits the letter; ``None`` when nothing connects them."""
    assert advice.id is not None
    total = 0.0
    reasons: list[str] = []
    if fields.letter_type == LetterType.REQUEST:
        if (
            fields.our_reference
            and advice.request_reference
            and normalize_reference(fields.our_reference)
            == normalize_reference(advice.request_reference)
        ):
            total += 0.60
            reasons.append(
                translate("Letters", "kenmerk van de aanvraag {ref} komt overeen").format(
                    ref=advice.request_reference
                )
            )
    else:
        total += _reply_evidence(fields, advice, reasons)
    words = significant_words(fields.subject or "")
    if words:
        title_words = set(_WORD.findall(fold(advice.title)))
        hits = [w for w in words if w in title_words]
        if hits:
            total += 0.35 * len(hits) / len(words)
            reasons.append(
                translate("Letters", "onderwerp: {hits} van {n} woorden in de titel").format(
                    hits=len(hits), n=len(words)
                )
            )
    if total <= 0:
        return None
    if fields.advice_kind is not None:
        if fields.advice_kind == advice.kind:
            total += 0.05
        else:
            total -= 0.15
            reasons.append(
                translate("Letters", "de brief spreekt van een {kind}").format(
                    kind=fields.advice_kind.label
                )
            )
    if has_reply and fields.letter_type == LetterType.REPLY:
        reasons.append(translate("Letters", "dit advies heeft al een reactie"))
    return MatchCandidate(
        advice_id=advice.id,
        number=advice.number,
        title=advice.title,
        confidence=round(max(0.0, min(1.0, total)), 2),
        reasons=tuple(reasons),
        has_reply=has_reply,
    )


def rank(fields: LetterFields, candidates: Iterable[tuple[Advice, bool]]) -> list[MatchCandidate]:
    """Scored candidates (advice, has a reply) at or above ``MINIMUM``, best first."""
    scored = [score(fields, advice, has_reply) for advice, has_reply in candidates]
    kept = [c for c in scored if c is not None and c.confidence >= MINIMUM]
    return sorted(kept, key=lambda c: (-c.confidence, c.has_reply, c.number))


def is_unambiguous(ranked: list[MatchCandidate]) -> bool:
    if not ranked or ranked[0].confidence < SURE:
        return False
    return len(ranked) == 1 or ranked[0].confidence - ranked[1].confidence >= MARGIN
