"""The search's rules while typing (issue 14), pinned down where mutation testing found them
loose: which words a part is found in, which advices count as found only inside words, what
is kept while typing on and when typing on starts from the shorter word's hits instead of a
fresh search. What is kept is observed through the SQL asked and through the results after
a change of the data."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage import search
from adviesraad_app.storage.search import RegisterSearch
from tests.support.internals import store_of
from tests.support.register import unsolicited


def make(service: RegisterService, title: str, **kw: object) -> int:
    advice_id = unsolicited(service, title, **kw).id
    assert advice_id is not None
    return advice_id


@contextmanager
def asked(engine: RegisterSearch) -> Iterator[list[str]]:
    """The SQL the search asks meanwhile."""
    sql: list[str] = []
    engine.store.conn.set_trace_callback(sql.append)
    try:
        yield sql
    finally:
        engine.store.conn.set_trace_callback(None)


def titles(service: RegisterService, text: str) -> list[str]:
    return [r.title for r in service.register(RegisterFilter(search=text))]


def test_every_word_of_the_register_is_found_by_itself(service: RegisterService) -> None:
    """Also the first and the last of the index's word list (its edges are line ends)."""
    make(service, "Aanvraag zorgbudget", summary="Wmo en werk")
    engine = RegisterSearch(store_of(service))
    vocabulary = [
        str(row[0])
        for row in store_of(service).conn.execute("SELECT term FROM advice_search_terms")
    ]
    assert len(vocabulary) > 3
    for word in vocabulary:
        assert word in engine.words_containing(word), word
        assert all(word in found for found in engine.words_containing(word))
        assert all("\n" not in found for found in engine.words_containing(word))


def test_a_part_with_a_line_end_finds_no_words_and_returns(service: RegisterService) -> None:
    """The word list is one word per line: a part holding a line end (not typed: the search's
    words never hold one) matches no word, at once, instead of looping over the list."""
    make(service, "Aanvraag zorgbudget", summary="Wmo en werk")
    engine = RegisterSearch(store_of(service))
    for part in ("\n", "zorg\nbudget", "\nwmo", "werk\n"):
        assert engine.words_containing(part) == []


def test_an_empty_register_has_no_words(service: RegisterService) -> None:
    engine = RegisterSearch(store_of(service))
    for part in ("X", "XX", "xx", "zorg"):
        assert engine.words_containing(part) == []
    assert engine.search("zorg") is not None and engine.search("zorg").ids == set()  # type: ignore[union-attr]


def test_a_word_of_exactly_three_letters_is_found_inside_words(service: RegisterService) -> None:
    make(service, "Mantelzorg")
    make(service, "Orgaandonatie")
    assert sorted(titles(service, "org")) == ["Mantelzorg", "Orgaandonatie"]
    assert titles(service, "or") == ["Orgaandonatie"]  # two letters: word starts only


def test_an_advice_with_the_word_itself_is_not_counted_as_found_inside_words_only(
    service: RegisterService,
) -> None:
    both = make(service, "Mantelzorg", summary="Zorgen van mantelzorgers")
    inside = make(service, "Jeugdzorg")
    start = make(service, "Zorgverzekering")
    hits = RegisterSearch(store_of(service)).search("zorg")
    assert hits is not None
    assert hits.ids == {both, inside, start}
    assert hits.parts == {inside}  # "both" also has "Zorgen": a whole-word hit


@pytest.fixture
def engine(service: RegisterService) -> RegisterSearch:
    make(service, "Werk- en Leercentrum")
    make(service, "Werkplein", summary="leerwerkplekken")
    make(service, "Leerplicht")
    return RegisterSearch(store_of(service))


def test_the_words_typed_stay_kept_and_typed_on_from_go_first(engine: RegisterSearch) -> None:
    """Four words' hits are kept: typing on past that lets go of the oldest word no longer
    typed ("le"), never of one still typed ("werk")."""
    for text in ("werk", "werk le", "werk lee", "werk leer", "werk leerp"):
        engine.search(text)
    assert [term for term, _ in engine._term_cache] == ["werk", "lee", "leer", "leerp"]
    with asked(engine) as sql:
        engine.search("werk leerpl")
    assert not any('"werk' in query for query in sql), sql
    engine.search("werk leerpla")
    assert len(engine._term_cache) == search.TERM_CACHE


def test_going_back_to_a_word_typed_on_from_finds_all_of_its_advices(
    engine: RegisterSearch, service: RegisterService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a shorter form of the word being typed is a starting point: the hits of another
    word ("werk") are no start for "le" (they would keep only the advices with both)."""
    monkeypatch.setattr(search, "DERIVE_FROM", 1)
    monkeypatch.setattr(search, "DERIVE_SHARE", 1)
    for text in ("werk", "werk le", "le"):
        found = engine.search(text)
    assert found is not None
    fresh = RegisterSearch(store_of(service)).search("le")
    assert fresh is not None and found.ids == fresh.ids and len(found.ids) == 3


def typing_on(engine: RegisterSearch, shorter: str, longer: str) -> tuple[set[int], bool]:
    """The hits of ``longer`` typed on from ``shorter``, and whether they were started from
    the shorter word's hits (SQLite asked only for the advices to leave out)."""
    engine.search(shorter)
    with asked(engine) as sql:
        found = engine.search(longer)
    assert found is not None
    derived = any(" NOT " in query and "LIMIT" in query for query in sql)
    fresh = any(query.count("MATCH") and " NOT " not in query for query in sql)
    assert derived or fresh
    return found.ids, derived and not any(
        "advice_search MATCH" in q and " NOT " not in q and "LIMIT" not in q for q in sql
    )


@pytest.fixture
def zorg(service: RegisterService) -> RegisterService:
    """Words starting with "zor": three advices (one of them without "zorg"); two more
    have "zor" only inside words."""
    make(service, "Zorgbeleid")
    make(service, "Zorgverzekering")
    make(service, "Zorro")
    make(service, "Mantelzorg")
    make(service, "Jeugdzorg")
    return service


@pytest.mark.parametrize(("derive_from", "derived"), [(3, True), (4, False)])
def test_typing_on_starts_from_the_shorter_word_from_so_many_word_start_hits(
    zorg: RegisterService, monkeypatch: pytest.MonkeyPatch, derive_from: int, derived: bool
) -> None:
    """The three advices with a word starting with "zor" count, not the two found only
    inside words."""
    monkeypatch.setattr(search, "DERIVE_FROM", derive_from)
    monkeypatch.setattr(search, "DERIVE_SHARE", 3)
    engine = RegisterSearch(store_of(zorg))
    ids, was_derived = typing_on(engine, "zor", "zorg")
    assert was_derived is derived
    fresh = RegisterSearch(store_of(zorg)).search("zorg")
    assert fresh is not None and ids == fresh.ids and len(ids) == 4


@pytest.mark.parametrize(("share", "derived"), [(3, True), (4, False)])
def test_typing_on_searches_afresh_when_more_than_a_share_is_left_out(
    zorg: RegisterService, monkeypatch: pytest.MonkeyPatch, share: int, derived: bool
) -> None:
    """One of the three ("Zorro") is left out typing on to "zorg": at most a third may be."""
    monkeypatch.setattr(search, "DERIVE_FROM", 1)
    monkeypatch.setattr(search, "DERIVE_SHARE", share)
    engine = RegisterSearch(store_of(zorg))
    ids, was_derived = typing_on(engine, "zor", "zorg")
    assert was_derived is derived
    assert sorted(zorg.get_advice(i).title for i in ids) == [
        "Jeugdzorg",
        "Mantelzorg",
        "Zorgbeleid",
        "Zorgverzekering",
    ]


def test_typed_on_hits_follow_a_change_of_the_data(
    zorg: RegisterService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "DERIVE_FROM", 1)
    monkeypatch.setattr(search, "DERIVE_SHARE", 1)
    queries_search = RegisterSearch(store_of(zorg))
    queries_search.search("zor")
    make(zorg, "Zorgboerderij")
    found = queries_search.search("zorg")
    assert found is not None
    assert "Zorgboerderij" in [zorg.get_advice(i).title for i in found.ids]
    assert len(queries_search.search("zorgb").ids) == 2  # type: ignore[union-attr]
    register = RegisterOrder()
    assert len(zorg.register_ids(RegisterFilter(search="zorgbo"), register)) == 1


def test_the_same_search_again_asks_nothing_and_only_two_searches_are_kept(
    engine: RegisterSearch,
) -> None:
    first = engine.search("werk")
    with asked(engine) as sql:
        again = engine.search("werk")
    assert again == first and not [q for q in sql if "MATCH" in q]
    engine.search("leer")
    engine.search("plein")  # the third: the kept searches start anew
    with asked(engine) as sql:
        engine.search("leer")
    assert [q for q in sql if "MATCH" in q]


def test_the_longest_word_is_searched_first_and_no_further_when_it_finds_nothing(
    engine: RegisterSearch,
) -> None:
    with asked(engine) as sql:
        found = engine.search("zo aanvraagxyz")
    assert found is not None and found.ids == set()
    assert any('"aanvraagxyz' in q for q in sql)
    assert not any('"zo"' in q for q in sql), sql


def test_found_inside_words_only_gathers_every_word_and_keeps_to_the_hits(
    service: RegisterService,
) -> None:
    """ "zorg werk": an advice counts as found inside words when any of the words is found
    there only, and only advices that have both words count at all."""
    inside_zorg = make(service, "Mantelzorg en werk")
    inside_werk = make(service, "Zorg en thuiswerk")
    both_words = make(service, "Zorg en werk")
    make(service, "Jeugdzorg")  # no "werk": not found, so not found inside words either
    hits = RegisterSearch(store_of(service)).search("zorg werk")
    assert hits is not None
    assert hits.ids == {inside_zorg, inside_werk, both_words}
    assert hits.parts == {inside_zorg, inside_werk}


def test_the_subject_ranks_first_only_when_every_word_has_three_letters(
    service: RegisterService,
) -> None:
    subject = make(service, "Mantelzorg beleid")
    make(service, "Werk", summary="Mantelzorg beleid")
    engine = RegisterSearch(store_of(service))
    org = engine.search("org")
    assert org is not None and org.head == {subject}
    short = engine.search("mantelzorg be")  # "be" is still being typed
    assert short is not None and len(short.ids) == 2 and short.head == set()
    none = engine.search("zo")
    assert none is not None and none.head == set()


@pytest.mark.parametrize(("most", "ranked"), [(2, True), (1, False)])
def test_a_part_of_very_many_words_does_not_rank_by_subject(
    service: RegisterService, monkeypatch: pytest.MonkeyPatch, most: int, ranked: bool
) -> None:
    subject = make(service, "Mantelzorg")
    make(service, "Werk", summary="Jeugdzorg")  # "zorg" is in two words
    monkeypatch.setattr(search, "MAX_HEAD_WORDS", most)
    found = RegisterSearch(store_of(service)).search("zorg")
    assert found is not None and found.head == ({subject} if ranked else set())
