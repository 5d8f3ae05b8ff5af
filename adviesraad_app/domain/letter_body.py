"""The body of a letter: paragraphs and sentences, the college's commitments, the date by
which a request wants the advice, the letter it answers ("uw brief van ...").

Pure functions over text, used by :func:`adviesraad_app.domain.letters.parse_letter`.
"""

from __future__ import annotations

import re
from datetime import date

from adviesraad_app.domain.dates import date_in_text, find_dates
from adviesraad_app.domain.letter_deadline import RequestedDeadline, find_relative_deadline
from adviesraad_app.domain.letter_fields import CommitmentCandidate
from adviesraad_app.domain.letter_labels import DAY_MONTH, month_day_in_text, parse_letter_date

_SPACES = re.compile(r"\s+")
_MARKUP = re.compile(r"\*\*|__")

_ABBREVIATIONS = frozenset(
    {
        "t.a.v",
        "o.a",
        "d.d",
        "bijv",
        "i.v.m",
        "m.b.t",
        "nr",
        "blz",
        "dhr",
        "mevr",
        "drs",
        "mr",
        "ir",
        "dr",
        "e.d",
        "c.q",
        "z.s.m",
        "n.a.v",
        "enz",
        "o.b.v",
        "i.p.v",
        "m.i.v",
        "e.a",
        "ca",
        "resp",
        "art",
        "jl",
        "jl.",
    }
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*\s+")


def paragraphs(lines: list[str]) -> list[str]:
    """Running text as paragraphs: wrapped lines joined, a blank line ending a paragraph
    unless the text clearly goes on (double-spaced extractions)."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        stripped = _MARKUP.sub("", line).strip()
        if stripped:
            blocks[-1].append(stripped)
        elif blocks[-1]:
            blocks.append([])
    result: list[str] = []
    for block in blocks:
        if not block:
            continue
        text = " ".join(block)
        if result and not re.search(r"[.!?:;]$", result[-1]) and text[:1].islower():
            result[-1] = result[-1] + " " + text
        else:
            result.append(text)
    return [_SPACES.sub(" ", p) for p in result]


def sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph; initials (``M. van Brink``) and abbreviations do not end one."""
    result: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end()
        before = paragraph[start : match.start() + 1]
        word = before.split()[-1].rstrip(".!?").lower() if before.split() else ""
        next_char = paragraph[end : end + 1]
        starts_sentence = next_char.isupper() or next_char.isdigit() or next_char in '“‘"('
        if not next_char or not starts_sentence:
            continue
        if len(word) == 1 or word in _ABBREVIATIONS or re.fullmatch(r"([a-z]\.)+[a-z]?", word):
            continue
        result.append(paragraph[start:end].strip())
        start = end
    tail = paragraph[start:].strip()
    if tail:
        result.append(tail)
    return result


_WE = r"(?:wij|we)"
COMMITMENT_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_WE}\s+zeggen\b.*\btoe\b",
        rf"\bzeggen\s+{_WE}\b.*\btoe\b",
        r"\btoegezegd\b",
        rf"\b{_WE}\s+zullen\b",
        rf"\bzullen\s+{_WE}\b",
        rf"\b{_WE}\s+(?:houden|informeren|berichten)\s+u\b",
        rf"\b(?:houden|informeren|berichten)\s+{_WE}\s+u\b",
        rf"\b{_WE}\s+komen\b.*\bterug\b",
        rf"\bkomen\s+{_WE}\b.*\bterug\b",
        r"\bafgesproken\s+is\s+dat\b",
        r"\b(?:is|werd|wordt)\s+(?:er\s+)?afgesproken\s+dat\b",
        rf"\b{_WE}\s+hebben\s+(?:met\s+.+\s+)?afgesproken\b",
        rf"\bspreken\s+{_WE}\b.*\baf\b",
    )
)
_DEADLINE_WORDS = re.compile(
    r"\b(?:uiterlijk|vóór|voor|op|per|tot|before|rond)\s+(?:de\s+|het\s+)?(?:[a-z]+dag\s+)?$",
    re.IGNORECASE,
)


def _dates_after_keyword(sentence: str, reference: date | None) -> list[date]:
    """Dates in a sentence that follow a deadline word ("uiterlijk 15 januari 2025")."""
    found: list[date] = []
    for match in date_in_text().finditer(sentence):
        if not _DEADLINE_WORDS.search(sentence[: match.start()]):
            continue
        found.extend(find_dates(match.group(0)))
    for match in DAY_MONTH.finditer(sentence):
        if _DEADLINE_WORDS.search(sentence[: match.start()]):
            found.extend(month_day_in_text(match.group(0), reference))
    return found


def find_commitments(body: list[str], letter_date: date | None) -> list[CommitmentCandidate]:
    result: list[CommitmentCandidate] = []
    seen: set[str] = set()
    for paragraph in body:
        for sentence in sentences(paragraph):
            if not any(p.search(sentence) for p in COMMITMENT_PATTERNS):
                continue
            if sentence in seen:
                continue
            seen.add(sentence)
            dates = _dates_after_keyword(sentence, letter_date)
            due = dates[0] if dates else None
            if due is not None and letter_date is not None and due < letter_date:
                due = None
            result.append(CommitmentCandidate(sentence, due))
    return result


_REQUEST_ADVICE = re.compile(r"\badvie[sz]", re.IGNORECASE)


def find_requested(
    body: list[str], letter_date: date | None, apply_termijnenwet: bool = True
) -> RequestedDeadline | None:
    """The date by which the college wants the advice: written ("graag ontvangen wij uw advies
    uiterlijk 15 januari 2025", "vóór 1 oktober", "uiterlijk 29 juli aanstaande") or counted
    from the letter's date ("binnen zes weken")."""
    relative: RequestedDeadline | None = None
    for paragraph in body:
        for sentence in sentences(paragraph):
            if not _REQUEST_ADVICE.search(sentence):
                continue
            for due in _dates_after_keyword(sentence, letter_date):
                if letter_date is None or due >= letter_date:
                    return RequestedDeadline(due, sentence)
            if relative is None:
                relative = find_relative_deadline(sentence, letter_date, apply_termijnenwet)
    return relative


_YOUR_LETTER_IN_TEXT = re.compile(
    r"\buw\s+(?:[a-z]+\s+){0,2}?[a-z]*(?:brief|verzoek|schrijven|aanvraag|mail)[a-z]*\s+"
    r"(?:van|d\.\s?d\.?|dd\.?)\s+(\d{1,2}\s+[a-z]+\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})",
    re.IGNORECASE,
)


def your_letter_in_text(lines: list[str]) -> date | None:
    """``uw brief van 12 augustus 2024`` / ``uw spoedadviesverzoek d.d. 13 maart 2019`` in the
    text, for a letter whose header has no ``Uw brief`` label."""
    text = _SPACES.sub(" ", " ".join(lines))
    match = _YOUR_LETTER_IN_TEXT.search(text)
    return parse_letter_date(match[1]) if match else None
