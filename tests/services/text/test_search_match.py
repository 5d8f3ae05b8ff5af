"""services/text/search_match.py: where a search matched, by the index's rules: case and
accents folded (positions kept), three letters anywhere inside a word, fewer only at a word's
start; the field with most words wins (the better field on a tie), with a one-line snippet
around the first hit."""

from __future__ import annotations

from adviesraad_app.services.text.search_match import (
    SNIPPET_CHARS,
    best_match,
    fold,
    hits,
    snippet,
)


def test_fold_keeps_positions() -> None:
    text = "Coöperatie Één Loket"
    folded = fold(text)
    assert folded == "cooperatie een loket"
    assert len(folded) == len(text)


def test_hits_inside_words_from_three_letters_short_ones_at_word_starts() -> None:
    text = "Mantelzorgers en jeugdzorg; de zorg"
    assert [text[a:b] for a, b in hits(text, ["zorg"])] == ["zorg", "zorg", "zorg"]
    short = "Onderzoek de zaak"
    assert [(a, b) for a, b in hits(short, ["de"])] == [(10, 12)]  # not inside "Onderzoek"
    assert hits("Coöperatie", ["coop"]) == [(0, 4)]
    assert hits("zorgzorg", ["zorg", "rgzo"]) == [(0, 8)]  # overlapping hits merged


def test_snippet_is_one_line_around_the_hit_cut_at_spaces() -> None:
    short = "Een korte tekst."
    assert snippet(short, (4, 9)) == short
    words = " ".join(f"woord{i}" for i in range(60))
    at = words.index("woord30")
    cut = snippet(words, (at, at + 7))
    assert cut.startswith("…") and cut.endswith("…")
    assert "woord30" in cut
    assert len(cut) <= SNIPPET_CHARS + 2
    assert cut[1:].split(" ")[0].startswith("woord")  # whole words, not cut halfway


def test_the_field_with_most_words_wins_the_better_field_on_a_tie() -> None:
    fields = [
        ("number", "2026-03"),
        ("subject", "Mantelzorg"),
        ("summary", "Mantelzorg en respijtzorg in de wijk"),
        ("reply", "Mantelzorg"),
    ]
    match = best_match(fields, "mantelzorg wijk")
    assert match is not None and match.field == "summary"
    assert [match.snippet[a:b] for a, b in match.spans] == ["Mantelzorg", "wijk"]
    tie = best_match(fields, "mantelzorg")
    assert tie is not None and tie.field == "subject"
    assert best_match(fields, "armoede") is None
    assert best_match(fields, "a") is None  # nothing to search for
