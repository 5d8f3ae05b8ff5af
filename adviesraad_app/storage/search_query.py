"""The full-text query built from what a user types, safely, whatever the characters.

FTS5 has a query language of its own (``AND``, ``NEAR``, ``-``, ``:``, ``*``, ``^``, quotes,
column filters), and the register's index (``detail=none``) refuses phrase queries. Splitting
the text with a regular expression and quoting the pieces is not enough: where Python and
SQLite disagree on what a word character is (``werk_plein``, a letter newer than SQLite's
Unicode tables), a quoted piece becomes a phrase, and the query fails.

So the words are cut by SQLite's own tokenizer, the same one the index uses (a private
in-memory FTS5 table and its ``fts5vocab`` view): each term it returns is, by construction,
one token of the index. Each is quoted and searched as a prefix, and all must occur. Nothing
the user types is ever read as query syntax.
"""

from __future__ import annotations

import functools
import sqlite3
import threading

#: The tokenizer of the register's index (``schema.py``); queries must be cut the same way.
TOKENIZER = "unicode61 remove_diacritics 2"
MIN_TERM = 2  # one letter matches nearly everything: searching starts at two
MAX_TERMS = 12
MAX_TEXT = 2000  # characters of search text looked at (a pasted page is not a search)

_local = threading.local()


def _tokenizer() -> sqlite3.Connection:
    """A per-thread in-memory FTS5 table used only to cut text into index terms."""
    conn: sqlite3.Connection | None = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.execute(f"CREATE VIRTUAL TABLE words USING fts5 (text, tokenize = '{TOKENIZER}')")
        conn.execute("CREATE VIRTUAL TABLE words_terms USING fts5vocab (words, 'instance')")
        _local.conn = conn
    return conn


def prepare() -> None:
    """Make this thread's tokenizer now, so the first search typed does not (about 1 ms)."""
    _tokenizer()


def index_terms(text: str) -> list[str]:
    """The terms of ``text`` as the register's index sees them (lower case, accents
    folded), in order, each once."""
    return list(_cut(text[:MAX_TEXT]))


@functools.lru_cache(maxsize=64)
def _cut(text: str) -> tuple[str, ...]:
    """``index_terms``, remembered: one keystroke asks for the terms of the same text several
    times (is it a new search? which words? which field matched?).

    Text without a character other than white space has no terms (the tokenizer separates
    at every white space): answered without the tokenizer, so that showing a list with no
    search (the register page at start-up) does not make it (about 1 ms)."""
    if not text or text.isspace():
        return ()
    # Lone surrogates (undecodable bytes on a command line) cannot be handed to SQLite.
    text = text.encode("utf-8", "replace").decode("utf-8")
    conn = _tokenizer()
    conn.execute("BEGIN")
    try:
        conn.execute("INSERT INTO words (rowid, text) VALUES (1, ?)", [text])
        rows = conn.execute("SELECT term FROM words_terms ORDER BY offset").fetchall()
    finally:
        conn.execute("ROLLBACK")
    return tuple(dict.fromkeys(str(row[0]) for row in rows))


def fts_query(text: str) -> str | None:
    """A safe FTS5 ``MATCH`` expression: every word of ``text`` must occur, as a word or the
    start of one; ``None`` when there is nothing to search for. Single letters are ignored
    (as you type, the first letter alone would match nearly every advice)."""
    terms = [term for term in index_terms(text) if len(term) >= MIN_TERM][:MAX_TERMS]
    if not terms:
        return None
    return " AND ".join('"' + term.replace('"', '""') + '"*' for term in terms)


#: Query words of this many characters or more are found inside words.
MIN_INSIDE = 3


def search_terms(text: str) -> list[str]:
    """The words of ``text`` that are searched for: index terms of two or more characters."""
    return [term for term in index_terms(text) if len(term) >= MIN_TERM][:MAX_TERMS]


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def word_query(term: str) -> str:
    """A safe word-index expression: ``term`` as a word or the start of one."""
    return _quoted(term) + "*"


def words_query(words: list[str]) -> str | None:
    """A safe word-index expression: any of ``words`` (whole index terms); ``None`` for none."""
    if not words:
        return None
    return " OR ".join(_quoted(word) for word in words)


def all_terms_query(alternatives: list[list[str] | str]) -> str | None:
    """A safe word-index expression in which every item must match: a term (as a word or
    the start of one) or a list of whole words of which any may match."""
    parts: list[str] = []
    for item in alternatives:
        if isinstance(item, str):
            parts.append(word_query(item))
        else:
            words = words_query(item)
            if words is None:
                return None  # this item can match nothing, so neither can the whole
            parts.append(f"({words})")
    return " AND ".join(parts) if parts else None
