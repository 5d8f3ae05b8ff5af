"""Where a search matched an advice: the field and a short text around the hit.

The index says *that* an advice matches; this module says *where*, for the rows a user
actually sees (a CLI list, the register's tooltips, an opened dossier). It applies the same
rules as the index (``storage.search_query``): a word of three or more characters anywhere
inside a word, a shorter one at the start of a word, case and accents ignored.
"""

from __future__ import annotations

from typing import NamedTuple

from adviesraad_app.storage.search_query import MIN_INSIDE

# Re-exported (``as``) for the GUI's search marks, which do not import storage/.
from adviesraad_app.storage.search_query import search_terms as search_terms  # noqa: PLC0414

#: The searchable fields, best first (a hit in the subject says more than one in a reply).
FIELD_ORDER = (
    "number",
    "subject",
    "theme",
    "references",
    "portfolio_holder",
    "civil_servant",
    "working_group",
    "summary",
    "recommendations",
    "reply",
    "commitments",
    "documents",
)
SNIPPET_CHARS = 90  # about one line of a tooltip or terminal


class Match(NamedTuple):  # defined at every start: cheaper than a dataclass
    """``field`` (an English name from ``FIELD_ORDER``), ``snippet`` (a short text around the
    hit) and ``spans`` (start, end) of every hit inside the snippet."""

    field: str
    snippet: str
    spans: tuple[tuple[int, int], ...]

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "snippet": self.snippet}


def _fold_char(char: str) -> str:
    import unicodedata  # a C extension: loaded when a text with accents is first folded

    base = unicodedata.normalize("NFD", char)[0].lower()
    return base[0] if base else char


def fold(text: str) -> str:
    """Lower case without accents, one character for each character of ``text`` (so positions
    in the folded text are positions in the original)."""
    if not text.isascii():
        plain = {c: _fold_char(c) for c in set(text) if not c.isascii()}
        text = "".join([plain.get(c, c) for c in text])
    return text.lower()


def _hits_in(folded: str, terms: list[str]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for term in terms:
        start = folded.find(term)
        while start >= 0:
            at_word_start = start == 0 or not folded[start - 1].isalnum()
            if len(term) >= MIN_INSIDE or at_word_start:
                found.append((start, start + len(term)))
            start = folded.find(term, start + 1)
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def hits(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Every place (start, end) in ``text`` where a term matches, in order, not overlapping."""
    return _hits_in(fold(text), terms)


def snippet(text: str, first: tuple[int, int]) -> str:
    """About ``SNIPPET_CHARS`` characters of ``text`` (one line) around the hit ``first``,
    cut at spaces, with "…" where text was left out."""
    if len(text) <= SNIPPET_CHARS:
        return text
    start = max(0, first[0] - SNIPPET_CHARS // 3)
    end = min(len(text), start + SNIPPET_CHARS)
    start = max(0, end - SNIPPET_CHARS)
    if start > 0:
        space = text.find(" ", start, first[0])
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", first[1], end)
        end = space if space >= 0 else end
    return ("…" if start > 0 else "") + text[start:end] + ("…" if end < len(text) else "")


def best_match(fields: list[tuple[str, str]], text: str) -> Match | None:
    """The field in which most words of the search ``text`` occur (the first such field in
    ``FIELD_ORDER`` on a tie) and a snippet around its first hit; ``None`` when no word
    occurs in any field."""
    terms = search_terms(text)
    if not terms:
        return None
    best: tuple[int, int, str, str] | None = None
    rank = {name: i for i, name in enumerate(FIELD_ORDER)}
    for name, value in fields:
        if not value:
            continue
        folded = fold(value)
        found = sum(1 for term in terms if term in folded and _hits_in(folded, [term]))
        if not found:
            continue
        candidate = (-found, rank.get(name, len(FIELD_ORDER)), name, value)
        if best is None or candidate[:2] < best[:2]:
            best = candidate
    if best is None:
        return None
    _, _, name, value = best
    line = " ".join(value.split())
    short = snippet(line, hits(line, terms)[0])
    return Match(name, short, tuple(hits(short, terms)))
