"""Search as a secretary uses it (issue 14): Dutch compound words, several words, accents,
the best matches first, and where each row matched."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adviesraad_app.domain.advices import renumber
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.text.search_match import best_match, fold, hits
from adviesraad_app.storage.search_query import (
    TOKENIZER,
    all_terms_query,
    search_terms,
    words_query,
)
from tests.support.internals import queries_of, store_of
from tests.support.register import unsolicited

make = unsolicited


def found(service: RegisterService, text: str) -> list[str]:
    return [r.title for r in service.register(RegisterFilter(search=text))]


def test_a_word_of_three_letters_or_more_is_found_inside_compound_words(
    service: RegisterService,
) -> None:
    make(service, "Ondersteuning van mantelzorgers")
    make(service, "Inkoop jeugdhulp 2027", summary="Zorgaanbieders en jeugdzorg")
    make(service, "Armoedebeleid")
    assert sorted(found(service, "zorg")) == [
        "Inkoop jeugdhulp 2027",
        "Ondersteuning van mantelzorgers",
    ]
    assert found(service, "hulp") == ["Inkoop jeugdhulp 2027"]
    assert found(service, "ZORG") == found(service, "zorg")  # case does not matter
    assert found(service, "mantelzorg") == ["Ondersteuning van mantelzorgers"]


def test_a_shorter_word_matches_the_start_of_a_word_only(service: RegisterService) -> None:
    make(service, "Zorgen voor later")
    make(service, "Mantelzorg")
    assert found(service, "zo") == ["Zorgen voor later"]


def test_inside_words_reaches_every_field(service: RegisterService) -> None:
    advice = make(
        service,
        "Werk",
        theme="Jeugdhulpverlening",
        reference="UIT-20240812",
        summary="Over wijkteamcoördinatie",
        recommendations=renumber(["Versterk de schuldhulpmaatjes"]),
        sent_date=date(2024, 8, 12),
    )
    assert advice.id is not None
    reply = service.save_reply(
        Reply(advice_id=advice.id, date=date(2024, 9, 1), summary="De raadsinformatiebrief volgt")
    )
    assert reply.id is not None
    service.save_commitment(Commitment(reply_id=reply.id, text="Wij evalueren de pilotfase"))
    for word in (
        "hulpverlening",
        "0240812",
        "teamcoordinatie",
        "maatjes",
        "informatiebrief",
        "lotfase",
    ):
        assert found(service, word) == ["Werk"], word


def test_all_words_must_match_in_any_order_and_any_fields(service: RegisterService) -> None:
    make(service, "Mantelzorgers", summary="Respijtvoorzieningen in de regio")
    make(service, "Mantelzorgers in de stad")
    assert found(service, "voorziening zorg") == ["Mantelzorgers"]
    assert found(service, "zorg voorziening") == ["Mantelzorgers"]
    assert found(service, "zorg fietspad") == []


def test_accents_do_not_matter_inside_words_either(service: RegisterService) -> None:
    make(service, "Zorgcoöperatie Noord")
    make(service, "Geïnformeerd", summary="Een financiële paragraaf")
    assert found(service, "cooperatie") == ["Zorgcoöperatie Noord"]
    assert found(service, "coöperatie") == ["Zorgcoöperatie Noord"]
    assert found(service, "ooper") == ["Zorgcoöperatie Noord"]
    assert found(service, "informeerd") == ["Geïnformeerd"]
    assert found(service, "financiele") == ["Geïnformeerd"]


def test_best_matches_first_subject_then_whole_words_then_parts(service: RegisterService) -> None:
    make(service, "Deel", summary="Over mantelzorgers", sent_date=date(2024, 1, 1))
    make(service, "Woord", summary="Over zorg thuis", sent_date=date(2024, 2, 1))
    make(service, "Jeugdzorg", sent_date=date(2023, 1, 1))
    make(service, "Niets", sent_date=date(2024, 3, 1))
    assert found(service, "zorg") == ["Jeugdzorg", "Woord", "Deel"]
    # A number is as good as a subject.
    assert found(service, "2023")[0] == "Jeugdzorg"
    # A column the user sorted on keeps its order.
    rows = service.register(RegisterFilter(search="zorg"), RegisterOrder(SortKey.TITLE, False))
    assert [r.title for r in rows] == ["Deel", "Jeugdzorg", "Woord"]


def test_edits_and_deletes_keep_the_inside_word_index_right(service: RegisterService) -> None:
    advice = make(service, "Mantelzorgers", recommendations=renumber(["Respijtzorg"]))
    advice = service.update_advice(
        replace(advice, title="Vrijwilligers", recommendations=renumber(["Wijkteams"]))
    )
    assert found(service, "zorg") == []
    assert found(service, "willig") == ["Vrijwilligers"]
    assert found(service, "teams") == ["Vrijwilligers"]
    assert advice.id is not None
    service.delete_advice(advice.id)
    assert found(service, "willig") == []


def test_where_a_row_matched(service: RegisterService) -> None:
    advice = make(
        service,
        "Armoedebeleid",
        summary=(
            "De raad vraagt aandacht voor inwoners die net boven de grens vallen en voor wie "
            "de mantelzorg zwaar weegt, zeker in combinatie met werk en de zorg voor kinderen "
            "met een beperking in de wijk."
        ),
    )
    assert advice.id is not None
    match = service.search_matches([advice.id], "mantelzorg")[advice.id]
    assert match.field == "summary"
    assert "mantelzorg" in match.snippet
    assert match.snippet.startswith("…") and len(match.snippet) < 100
    start, end = match.spans[0]
    assert match.snippet[start:end] == "mantelzorg"
    subject = service.search_matches([advice.id], "armoede")[advice.id]
    assert (subject.field, subject.snippet, subject.spans) == (
        "subject",
        "Armoedebeleid",
        ((0, 7),),
    )


def test_a_match_in_a_reply_or_commitment_says_so(service: RegisterService) -> None:
    advice = make(service, "Werk", sent_date=date(2024, 8, 12))
    assert advice.id is not None
    reply = service.save_reply(
        Reply(advice_id=advice.id, date=date(2024, 9, 1), summary="Het college neemt het over")
    )
    assert reply.id is not None
    service.save_commitment(
        Commitment(reply_id=reply.id, text="Wij sturen een raadsinformatiebrief")
    )
    assert service.search_matches([advice.id], "college")[advice.id].field == "reply"
    assert service.search_matches([advice.id], "informatie")[advice.id].field == "commitments"


def test_snippet_matching_folds_accents_and_keeps_positions() -> None:
    assert fold("Coöperatie É") == "cooperatie e"
    assert hits("Zorgcoöperatie", ["cooperatie"]) == [(4, 14)]
    assert hits("Zo zozo", ["zo"]) == [(0, 2), (3, 5)]  # short word: word starts only
    match = best_match([("subject", "Werk"), ("summary", "Jeugdzorg en werk")], "zorg werk")
    assert match is not None and match.field == "summary"


def test_list_json_says_where_each_row_matched(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from adviesraad_app.cli.main import main

    service = RegisterService.open(db_path)
    make(service, "Ondersteuning van mantelzorgers")
    make(service, "Werk", summary="Veel inwoners met jeugdzorg wachten lang")
    service.close()
    capsys.readouterr()
    assert main(["--db", str(db_path), "list", "--search", "zorg", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["match"] for r in rows] == [
        {"field": "subject", "snippet": "Ondersteuning van mantelzorgers"},
        {"field": "summary", "snippet": "Veel inwoners met jeugdzorg wachten lang"},
    ]
    assert main(["--db", str(db_path), "list", "--json"]) == 0
    assert "match" not in json.loads(capsys.readouterr().out)[0]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec=None), max_size=40))
def test_any_search_text_gives_a_valid_inside_word_query(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        f"CREATE VIRTUAL TABLE w USING fts5 (body, content='', tokenize='{TOKENIZER}', detail=none)"
    )
    terms = search_terms(text)
    # Index terms as whole words (what the vocabulary gives), and mixed with word starts.
    half = len(terms) // 2
    for query in (words_query(terms), all_terms_query([terms[:half], *terms[half:]])):
        if query is not None:
            conn.execute("SELECT rowid FROM w WHERE w MATCH ?", [query]).fetchall()


def test_an_older_register_gets_the_inside_word_index_after_a_backup(db_path: Path) -> None:
    service = RegisterService.open(db_path)
    make(service, "Ondersteuning van mantelzorgers")
    service.close()
    # The register as the previous version left it: schema version 2.
    conn = sqlite3.connect(db_path, isolation_level=None)
    triggers = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE '%head%'")
        if row[0].endswith(("insert", "update", "delete"))
    ]
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP VIEW advice_head_doc")
    conn.execute("DROP TABLE advice_head")
    conn.execute("DROP TABLE advice_search_terms")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0005_inside_word_search'")
    conn.execute("PRAGMA user_version = 4")
    conn.close()

    service = RegisterService.open(db_path)
    try:
        assert found(service, "zorg") == ["Ondersteuning van mantelzorgers"]
        assert int(store_of(service).scalar("PRAGMA user_version")) == 5
    finally:
        service.close()
    backups = list(db_path.parent.rglob("*voor-migratie*.sqlite3"))
    assert backups, "a backup before the migration"


def test_preparing_the_search_never_fails(db_path: Path) -> None:
    service = RegisterService.open(db_path)
    make(service, "Mantelzorgers")
    service.prepare_search()  # reads the register's words ahead of the next keystroke
    assert found(service, "zorg") == ["Mantelzorgers"]
    service.close()
    service.prepare_search()  # a register closed meanwhile: nothing happens


def test_after_preparing_the_first_keystroke_reads_only_the_index(service: RegisterService) -> None:
    """What a session's first search would read once (the register's words, the list's ids)
    is read by ``prepare_search``; the keystroke after it only asks the word index."""
    make(service, "Mantelzorgers")
    make(service, "Jeugdzorg", theme="Jeugd")
    selection = RegisterFilter(theme="Jeugd", search="werk")  # the list on screen
    service.prepare_search(selection, RegisterOrder())
    asked: list[str] = []
    store_of(service).conn.set_trace_callback(asked.append)
    try:
        rows = list(service.register_sequence(replace(selection, search="zorg"), RegisterOrder()))
    finally:
        store_of(service).conn.set_trace_callback(None)
    assert [service.get_advice(i).title for i in rows] == ["Jeugdzorg"]
    ours = [sql for sql in asked if not sql.startswith(("--", "PRAGMA data_version"))]
    assert ours and all("advice_search MATCH" in sql or "advice_head MATCH" in sql for sql in ours)
    assert not any("advice_search_terms" in sql or " advices " in sql for sql in asked), asked


def test_typing_the_second_word_does_not_search_the_first_again(service: RegisterService) -> None:
    """While a second word is typed, the first word's hits are kept (not only for the next
    keystroke), and those of words no longer typed (nor typed on) are let go."""
    make(service, "Werk- en Leercentrum")
    make(service, "Werkplein", summary="leerwerkplekken")
    make(service, "Leerplicht")
    for text in ("werk", "werk le", "werk lee"):
        service.register_sequence(RegisterFilter(search=text), RegisterOrder())
    asked: list[str] = []
    store_of(service).conn.set_trace_callback(asked.append)
    try:
        rows = list(service.register_sequence(RegisterFilter(search="werk leer"), RegisterOrder()))
    finally:
        store_of(service).conn.set_trace_callback(None)
    assert sorted(service.get_advice(i).title for i in rows) == [
        "Werk- en Leercentrum",
        "Werkplein",
    ]
    searched = [sql for sql in asked if "advice_search MATCH" in sql]
    assert searched and not any('"werk' in sql for sql in searched), searched
    kept = queries_of(service)._search._term_cache  # the words typed, and typed on from
    assert sorted(term for term, _version in kept) == ["le", "lee", "leer", "werk"]
    service.register_sequence(RegisterFilter(search="plein"), RegisterOrder())
    kept = queries_of(service)._search._term_cache
    assert [term for term, _version in kept] == ["plein"]  # the others let go


@pytest.mark.parametrize("share", [1, 1000])
def test_typing_on_finds_what_a_fresh_search_finds(
    demo_service: RegisterService, monkeypatch: pytest.MonkeyPatch, share: int
) -> None:
    """Typing on ("wer" -> "werk") starts from the shorter word's hits, leaving out the
    advices without a word starting with the longer one (``share`` 1: always; 1000: only
    when they are very few, else the word is searched on its own). Key by key, every text
    finds exactly what a search without any kept hits finds, in the same order."""
    from adviesraad_app.storage import search

    monkeypatch.setattr(search, "DERIVE_FROM", 1)
    monkeypatch.setattr(search, "DERIVE_SHARE", share)
    texts = ("werk leer", "zorg", "jeugdzorg hulp", "mantelzorgers", "beleid wmo", "2024-0")
    asked: list[str] = []
    store_of(demo_service).conn.set_trace_callback(asked.append)
    try:
        for text in texts:
            for end in range(1, len(text) + 1):
                typed = RegisterFilter(search=text[:end])
                got = list(demo_service.register_sequence(typed, RegisterOrder()))
                fresh = search.RegisterSearch(store_of(demo_service))
                found = fresh.search(typed.search)
                expected = demo_service.register_ids(replace(typed, search=""), RegisterOrder())
                if found is not None:
                    assert set(got) == found.ids
                    assert len(got) == len(set(got))
                    assert set(got) <= set(expected)
    finally:
        store_of(demo_service).conn.set_trace_callback(None)
    derived = [sql for sql in asked if " NOT " in sql and "LIMIT" in sql]
    assert derived, "typing on asked SQLite for the few to leave out"


def test_typing_on_narrows_the_words_and_a_change_of_data_is_seen(service: RegisterService) -> None:
    make(service, "Mantelzorgers en zorgaanbieders", summary="Jeugdzorg")
    words = queries_of(service).words_containing
    assert sorted(words("zor")) == ["jeugdzorg", "mantelzorgers", "zorgaanbieders"]
    assert sorted(words("zorga")) == ["zorgaanbieders"]  # searched within the words of "zor"
    assert sorted(words("org")) == ["jeugdzorg", "mantelzorgers", "zorgaanbieders"]
    make(service, "Zorgboerderij")
    assert "zorgboerderij" in words("zor")
    assert found(service, "boerderij") == ["Zorgboerderij"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=40))
def test_folding_keeps_every_position(text: str) -> None:
    assert len(fold(text)) == len(text)  # so a hit found in the folded text marks the original
