"""The kind of letter (a reply to an advice, a request for advice, another letter), the kind
of advice a reply answers, and an advice's title from a request's subject.

Pure functions over text, used by :func:`adviesraad_app.domain.letters.parse_letter`.
"""

from __future__ import annotations

import re

from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.letter_fields import LetterType

_REPLY_SUBJECT = re.compile(
    r"\b(?:reactie|antwoord|beantwoording)\s+(?:op\s+)?(?:uw\s+|het\s+)?"
    r"(?:(?:on)?gevraagd(?:e)?\s+)?advies",
    re.IGNORECASE,
)
_REPLY_BODY = (
    re.compile(
        r"\b(?:heeft\s+u|u\s+heeft|hebt\s+u|heeft\s+uw\s+raad)\b[^.]{0,80}"
        r"\b(?:on)?gevraagd(?:e)?\s+advies",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:naar\s+aanleiding\s+van|in\s+reactie\s+op|wij\s+reageren\s+op|reageren\s+wij\s+op|"
        r"dank\s+voor)\s+uw\s+(?:(?:on)?gevraagd(?:e)?\s+)?advies",
        re.IGNORECASE,
    ),
    re.compile(r"\breactie\s+op\s+uw\s+(?:(?:on)?gevraagd(?:e)?\s+)?advies", re.IGNORECASE),
)
_REQUEST_SUBJECT = re.compile(
    r"\b(?:adviesaanvraag|aanvraag\s+(?:om\s+)?advies|verzoek\s+(?:om|tot)\s+advies|"
    r"vraag\s+om\s+advies)",
    re.IGNORECASE,
)
_REQUEST_BODY = (
    re.compile(r"\bgraag\s+ontvangen\s+(?:wij|we)\s+uw\s+advies", re.IGNORECASE),
    re.compile(r"\bontvangen\s+(?:wij|we)\s+(?:graag\s+)?uw\s+advies", re.IGNORECASE),
    re.compile(
        r"\b(?:vragen|verzoeken)\s+(?:wij|we)\s+u\b[^.]{0,60}\b(?:advies|te\s+adviseren)",
        re.IGNORECASE,
    ),
    re.compile(r"\bvragen\s+(?:wij|we)\s+uw\s+advies", re.IGNORECASE),
    re.compile(r"\badviesaanvraag\b", re.IGNORECASE),
)
_UNSOLICITED = re.compile(r"\bongevraagd(?:e)?\s+advies", re.IGNORECASE)
_SOLICITED = re.compile(r"(?<![a-z])gevraagd(?:e)?\s+advies", re.IGNORECASE)
_SIGNAL = re.compile(r"\bsignaal\b", re.IGNORECASE)


def classify(subject: str, body: str) -> tuple[LetterType, bool]:
    """The kind of letter, and whether the signals contradicted each other."""
    reply = 3 if _REPLY_SUBJECT.search(subject) else 0
    request = 3 if _REQUEST_SUBJECT.search(subject) else 0
    reply += sum(2 for p in _REPLY_BODY if p.search(body))
    request += sum(2 for p in _REQUEST_BODY if p.search(body))
    if reply == request:
        return LetterType.OTHER, reply > 0
    return (LetterType.REPLY if reply > request else LetterType.REQUEST), False


def advice_kind_of(subject: str, body: str) -> AdviceKind | None:
    """Solicited or unsolicited advice, as the reply says; the subject decides first."""
    for text in (subject, body):
        unsolicited = _UNSOLICITED.search(text)
        solicited = _SOLICITED.search(text)
        if unsolicited and (not solicited or unsolicited.start() <= solicited.start()):
            return AdviceKind.ONGEVRAAGD
        if solicited:
            return AdviceKind.GEVRAAGD
        if text is subject and _SIGNAL.search(text):
            return AdviceKind.SIGNAAL
    return None


_TITLE_PREFIX = re.compile(
    r"^\s*(?:adviesaanvraag|aanvraag\s+(?:om\s+)?advies|verzoek\s+(?:om|tot)\s+advies|"
    r"vraag\s+om\s+advies)\s*(?:(?:over|inzake|betreffende|m\.b\.t\.|voor|:|-|–)\s*)*",
    re.IGNORECASE,
)


def advice_title_from_subject(subject: str) -> str:
    """The subject of a request without its "Adviesaanvraag ..." prefix, capitalised."""
    title = _TITLE_PREFIX.sub("", subject).strip(" :-–")
    title = title or subject.strip()
    return title[:1].upper() + title[1:]
