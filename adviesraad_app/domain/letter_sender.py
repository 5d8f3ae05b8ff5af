"""Letters of the council itself: its own advice or reply, written to the college. Pure.

A letter the secretary drops on the import is sometimes the council's own (the advice as sent,
a reaction to the college's reply). Such a letter is neither a reply of the college nor a
request for advice, and must not be saved as one. It is recognised by its direction and its
sender: it is addressed to the college (an address line or salutation naming the college)
and it is written by the council (the council's name from the settings, an advisory body's
name, or "ons advies" / "onze raad"). A letter of the college is addressed to the council,
so the direction alone keeps it out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_TO_COLLEGE = re.compile(
    r"^\s*(?:aan\s+(?:het\s+)?)?college\s+van\s+(?:burgemeester|b\s*(?:&|en)\s*w)\b"
    r"|\bgeacht(?:e)?\s+college\b",
    re.IGNORECASE,
)
_ADVISORY = re.compile(
    r"\b(?:adviesraad|wmo-?raad|wmo-?adviesraad|adviesgroep|cli[eë]ntenraad|participatieraad|"
    r"adviesorgaan)\b|\b(?:ons|onze)\s+(?:advies|adviezen|raad)\b",
    re.IGNORECASE,
)
_GENERIC = frozenset(
    """
    adviesraad adviesgroep clientenraad participatieraad raad wmo wmoraad sociaal domein
    stichting de het van voor en in
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def council_words(council_name: str | None) -> list[str]:
    """The words of the council's name that set it apart: ``'Wmo-raad Moerdijk'`` ->
    ``['moerdijk']``."""
    words = _WORD.findall(_fold(council_name or ""))
    return [w for w in words if w not in _GENERIC and len(w) > 2]


def is_from_council(lines: Iterable[str], council_name: str | None = None) -> bool:
    """Whether the letter (its lines up to and with the salutation, then the body) is the
    council's own, written to the college."""
    text_lines = list(lines)
    if not any(_TO_COLLEGE.search(line) for line in text_lines):
        return False
    text = " ".join(text_lines)
    words = council_words(council_name)
    folded = _fold(text)
    if words and _fold(council_name or "") in folded:
        return True  # the council's own name, as written in the settings
    return bool(_ADVISORY.search(text))
