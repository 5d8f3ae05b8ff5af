"""Searching the register: the advices in which every word of a search occurs, how well
they match, and the text a search can have matched. ``Queries`` (``queries.py``) puts the
hits in the register's order.

A word of three or more characters is found anywhere inside a word: the words of the index's
vocabulary that contain it are looked up (``words_containing``) and searched for as whole
words; a shorter word only at the start of a word. Accents and case are folded
(``search_query.py`` builds the FTS5 queries).
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from adviesraad_app.storage.database import Store
from adviesraad_app.storage.search_query import (
    MIN_INSIDE,
    all_terms_query,
    search_terms,
    word_query,
    words_query,
)


def ids_json(store: Store, sql: str, params: list[Any]) -> list[int]:
    """Ids from a query, aggregated to one JSON array inside SQLite: for 100,000 ids this is
    about twice as fast as fetching 100,000 Python rows."""
    with store.translate_errors():
        row = store.conn.execute(f"SELECT json_group_array(id) FROM ({sql})", params).fetchone()
    result: list[int] = json.loads(row[0]) if row and row[0] else []
    return result


def _lines_containing(text: str, part: str) -> list[str]:
    """The lines of ``text`` (one word each) in which ``part`` occurs, each once."""
    found: list[str] = []
    at = text.find(part)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if end < 0:
            end = len(text)
        found.append(text[start:end])
        at = text.find(part, end)
    return found


#: A search part of very many words ("ing") ranks no hits in the subject first: listing them
#: all in one query would cost more than the ranking is worth.
MAX_HEAD_WORDS = 2000
#: Searches whose hits are kept while typing. Each holds sets of up to all ids (a few MB at
#: 100,000 advices), so only the last two: the list and its count ask twice.
SEARCH_CACHE = 2
#: Words whose hits are kept while typing: the words of the text searched last and the
#: shorter words they were typed from, at most this many (typing "werk lee" -> "werk leer"
#: searches "leer" only, not "werk" again; "wer" -> "werk" starts from the hits of "wer").
TERM_CACHE = 4
#: Typing on ("wer" -> "werk"), the advices with a word starting with the longer word are
#: those of the shorter one without the few that have none: worth asking SQLite for those
#: few when the shorter word's hits are this many or more, and when the few are at most a
#: sixth of them (otherwise the longer word is searched on its own).
DERIVE_FROM = 5000
DERIVE_SHARE = 6


class SearchHits(NamedTuple):  # defined at every start: cheaper than a dataclass
    """The advices a search found: all of them, those found in their number or subject, and
    those in which some word occurs only inside words (not as a word or its start). Both
    groups lie within ``ids`` (``ranked`` relies on it)."""

    ids: set[int]
    head: set[int]
    parts: set[int]


class RegisterSearch:
    """The search engine of one register, with what it keeps while the user types (each
    cache is keyed by the data's version, so a change makes it new)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._search_cache: dict[tuple[object, ...], SearchHits] = {}
        self._vocabulary: tuple[object, str] = ((), "")  # the words, one per line
        self._words_found: dict[str, list[str]] = {}
        self._term_cache: dict[tuple[str, object], tuple[set[int], set[int]]] = {}
        self._typed: set[str] = set()  # the words of the text being searched

    def _match_ids(self, table: str, query: str) -> set[int]:
        return set(
            ids_json(self.store, f"SELECT rowid AS id FROM {table} WHERE {table} MATCH ?", [query])
        )

    def words_containing(self, part: str) -> list[str]:
        """The indexed words (lower case, accents folded) that contain ``part``. The word
        list is read once per change of the data (one pass over the index's vocabulary) and
        searched here, as one text (``str.find``, not a Python loop over the words); typing
        on ("zor" -> "zorg") searches only the words found for the shorter part."""
        version = self.store.cache_version()
        if self._vocabulary[0] != version:
            with self.store.translate_errors():
                row = self.store.conn.execute(
                    "SELECT group_concat(term, char(10)) FROM advice_search_terms"
                ).fetchone()
            text = "\n" + (row[0] if row and row[0] else "") + "\n"
            self._vocabulary = (version, text)
            self._words_found.clear()
        if not part or "\n" in part:  # words never hold a line end (one per line)
            return []
        found = self._words_found.get(part)
        if found is not None:
            return found
        within = self._vocabulary[1]
        for shorter, words in self._words_found.items():
            if shorter in part:
                within = "\n".join(words)
                break
        found = _lines_containing(within, part)
        if len(self._words_found) >= 8:
            self._words_found.clear()
        self._words_found[part] = found
        return found

    def _term_hits(self, term: str, version: object) -> tuple[set[int], set[int]]:
        """The advices with ``term`` anywhere it may match, and those in which it occurs only
        inside words (not as a word or the start of one). Cached: typing a second word does
        not search the first again."""
        cached = self._term_cache.get((term, version))
        if cached is not None:
            return cached
        start = word_query(term)
        found = self._start_hits(term, version)
        parts: set[int] = set()
        if len(term) >= MIN_INSIDE:
            # The words with the term further inside (those starting with it are the prefix).
            inside = words_query([w for w in self.words_containing(term) if not w.startswith(term)])
            if inside is not None:
                # Each advice comes out of SQLite once (turning ids into Python sets is what
                # costs): those with a word starting with the term, then the others.
                parts = self._match_ids("advice_search", f"({inside}) NOT {start}")
                found |= parts
        while len(self._term_cache) >= TERM_CACHE:  # words no longer typed go first
            old = [k for k in self._term_cache if k[0] not in self._typed] or list(self._term_cache)
            del self._term_cache[old[0]]
        self._term_cache[(term, version)] = (found, parts)
        return found, parts

    def _start_hits(self, term: str, version: object) -> set[int]:
        """The advices with a word starting with ``term`` (a new set). Typing on ("wer" ->
        "werk"), those of the longest shorter word kept are at hand: SQLite lists only the
        advices among them without a word starting with ``term``, usually a few, instead of
        listing nearly all of them again."""
        shorter = max(
            (
                cached
                for cached, cached_version in self._term_cache
                if cached_version == version and cached != term and term.startswith(cached)
            ),
            key=len,
            default=None,
        )
        if shorter is not None:
            found, parts = self._term_cache[(shorter, version)]
            size = len(found) - len(parts)  # the advices with a word starting with it
            if size >= DERIVE_FROM:
                without = ids_json(
                    self.store,
                    "SELECT rowid AS id FROM advice_search WHERE advice_search MATCH ? LIMIT ?",
                    [f"{word_query(shorter)} NOT {word_query(term)}", size // DERIVE_SHARE + 1],
                )
                if len(without) <= size // DERIVE_SHARE:
                    hits = found - parts
                    hits.difference_update(without)
                    return hits
        return self._match_ids("advice_search", word_query(term))

    def search(self, text: str) -> SearchHits | None:
        """The advices in which every word of ``text`` occurs, with how well they match;
        ``None`` when there is nothing to search for.

        A word of three or more characters is found anywhere inside a word (every indexed
        word that contains it), a shorter word only at the start of a word; accents and case
        are folded. Cached until the data changes."""
        terms = search_terms(text)
        if not terms:
            return None
        key = (tuple(terms), self.store.cache_version())
        cached = self._search_cache.get(key)
        if cached is not None:
            return cached
        # The hits of words no longer typed (nor typed on) are let go before new ones are
        # searched.
        self._typed = set(terms)
        self._term_cache = {
            cached_key: found
            for cached_key, found in self._term_cache.items()
            if cached_key[1] == key[1] and any(term.startswith(cached_key[0]) for term in terms)
        }
        hits: set[int] | None = None
        parts: set[int] = set()  # hits with some term only inside words
        # The rarest words first would be ideal; longer words are usually rarer.
        for term in sorted(terms, key=len, reverse=True):
            found, inside_only = self._term_hits(term, key[1])
            hits = found if hits is None else hits & found
            parts |= inside_only
            if not hits:
                break
        assert hits is not None
        head: set[int] = set()
        if hits and all(len(term) >= MIN_INSIDE for term in terms):
            # Every word in the number or subject: the same rules, on the small head index.
            # Not while the first two letters are typed: they match nearly everything, and
            # the ranking would cost more than the search.
            alternatives: list[list[str] | str] = [self.words_containing(term) for term in terms]
            if sum(len(part) for part in alternatives) <= MAX_HEAD_WORDS:
                head_query = all_terms_query(alternatives)
                if head_query is not None:
                    head = self._match_ids("advice_head", head_query) & hits
        result = SearchHits(hits, head, parts & hits if len(terms) > 1 else parts)
        if len(self._search_cache) >= SEARCH_CACHE:
            self._search_cache.clear()
        self._search_cache[key] = result
        return result

    def search_hits(self, text: str) -> set[int] | None:
        """Ids of the advices in which every word occurs; ``None`` when there is nothing to
        search for."""
        found = self.search(text)
        return None if found is None else found.ids

    def search_fields(self, advice_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
        """The searchable text of each advice, per field (English names, as in
        ``services.search_match.FIELD_ORDER``): what a search can have matched."""
        result: dict[int, list[tuple[str, str]]] = {}
        for start in range(0, len(advice_ids), 900):
            chunk = advice_ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for row in self.store.query(
                "SELECT id, number, title, theme, reference, request_reference, "
                "portfolio_holder, civil_servant, working_group, summary FROM advices "
                f"WHERE id IN ({marks})",
                chunk,
            ):
                result[row["id"]] = [
                    ("number", row["number"]),
                    ("subject", row["title"]),
                    ("theme", row["theme"]),
                    ("references", f"{row['reference']} {row['request_reference']}".strip()),
                    ("portfolio_holder", row["portfolio_holder"]),
                    ("civil_servant", row["civil_servant"]),
                    ("working_group", row["working_group"]),
                    ("summary", row["summary"]),
                ]
            extra: list[tuple[int, str, str]] = []
            for row in self.store.query(
                f"SELECT advice_id, text FROM recommendations WHERE advice_id IN ({marks}) "
                "ORDER BY advice_id, number",
                chunk,
            ):
                extra.append((row["advice_id"], "recommendations", row["text"]))
            for row in self.store.query(
                "SELECT r.id, r.advice_id, r.our_reference, r.case_number, r.handled_by, "
                "r.subject, r.summary, r.signatories, "
                "(SELECT group_concat(o.reasons, ' ') FROM reply_outcomes o "
                "WHERE o.reply_id = r.id) AS reasons "
                f"FROM replies r WHERE r.deleted_at IS NULL AND r.advice_id IN ({marks})",
                chunk,
            ):
                parts = [
                    row["subject"],
                    row["summary"],
                    row["reasons"] or "",
                    row["our_reference"],
                    row["case_number"],
                    row["handled_by"],
                    row["signatories"],
                ]
                extra.append((row["advice_id"], "reply", "\n".join(p for p in parts if p)))
            for row in self.store.query(
                "SELECT r.advice_id, c.text, c.note FROM commitments c "
                "JOIN replies r ON r.id = c.reply_id "
                "WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL "
                f"AND r.advice_id IN ({marks}) ORDER BY c.id",
                chunk,
            ):
                text = f"{row['text']} {row['note']}".strip()
                extra.append((row["advice_id"], "commitments", text))
            for row in self.store.query(
                "SELECT advice_id, original_name FROM documents "
                f"WHERE deleted_at IS NULL AND advice_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                extra.append((row["advice_id"], "documents", row["original_name"]))
            for advice_id, name, text in extra:
                if advice_id in result:
                    result[advice_id].append((name, text))
        return result
