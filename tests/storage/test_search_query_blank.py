"""A search text of white space only has no terms, and is answered without SQLite's tokenizer
(the register page shows its first rows with no search: issue 14, start-up)."""

from __future__ import annotations

import threading

from adviesraad_app.storage import search_query

BLANK = ["", " ", "\t\n", "\u00a0", "\u2003 \u3000", "\x1c\x1f", "\r\n \u2028"]


def _tokenizer_terms(text: str) -> list[str]:
    """The terms SQLite's tokenizer itself cuts from ``text``."""
    conn = search_query._tokenizer()
    conn.execute("BEGIN")
    try:
        conn.execute("INSERT INTO words (rowid, text) VALUES (1, ?)", [text])
        return [str(row[0]) for row in conn.execute("SELECT term FROM words_terms")]
    finally:
        conn.execute("ROLLBACK")


def test_blank_text_has_no_terms_as_the_tokenizer_says() -> None:
    for text in BLANK:
        assert search_query.index_terms(text) == [] == _tokenizer_terms(text), repr(text)
        assert search_query.fts_query(text) is None
    assert search_query.index_terms(" zorg\u00a0") == ["zorg"]


def test_blank_text_does_not_make_the_tokenizer() -> None:
    made: list[bool] = []

    def in_a_fresh_thread() -> None:  # the tokenizer is made per thread
        search_query._cut.cache_clear()  # not answered from what other tests cut
        for text in BLANK:
            search_query.index_terms(text)
        made.append(getattr(search_query._local, "conn", None) is not None)
        search_query.index_terms("blanco")
        made.append(getattr(search_query._local, "conn", None) is not None)

    thread = threading.Thread(target=in_a_fresh_thread)
    thread.start()
    thread.join()
    assert made == [False, True]
