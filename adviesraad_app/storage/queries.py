"""Read-only queries of the register: selection, order, lists. Fast at 100,000 advices.

The register reads in two steps, as a lazy table model needs: first the ids in the asked
order (one indexed query), then the rows of the ids on screen.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from adviesraad_app.domain.advices import AdviceKind, AdviceStatus
from adviesraad_app.domain.commitments import CommitmentStatus
from adviesraad_app.domain.dates import from_iso
from adviesraad_app.domain.filters import (
    STATUS_OPEN,
    RegisterFilter,
    RegisterOrder,
    SortKey,
)
from adviesraad_app.domain.replies import Outcome
from adviesraad_app.domain.views import CommitmentRow, RegisterRow
from adviesraad_app.storage.database import Store
from adviesraad_app.storage.ranked_ids import ranked
from adviesraad_app.storage.repository import Repository, _dt
from adviesraad_app.storage.search_query import (
    MIN_INSIDE,
    all_terms_query,
    fts_query,
    search_terms,
    word_query,
    words_query,
)


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


def _rank_sql(column: str, members: Iterable[StrEnum]) -> str:
    """``CASE column WHEN 'first' THEN 1 … END``: sorts an enum column in its own order."""
    whens = " ".join(f"WHEN '{m.value}' THEN {i}" for i, m in enumerate(members, start=1))
    return f"CASE {column} {whens} END"


_ORDER_SQL: dict[SortKey, str] = {
    SortKey.NUMBER: "a.year {d}, a.seq {d}",
    SortKey.TITLE: "a.title COLLATE NOCASE {d}",
    SortKey.KIND: "a.kind {d}",
    SortKey.THEME: "a.theme COLLATE NOCASE {d}",
    SortKey.SENT: "a.sent_date IS NULL, a.sent_date {d}",
    SortKey.REPLY_DUE: "a.reply_due IS NULL, a.reply_due {d}",
    SortKey.REPLY_DATE: "a.reply_date IS NULL, a.reply_date {d}",
    # Outcomes and statuses in their natural (declaration) order, not alphabetically.
    SortKey.OUTCOME: "a.outcome IS NULL, " + _rank_sql("a.outcome", Outcome) + " {d}",
    SortKey.STATUS: _rank_sql("a.status", AdviceStatus) + " {d}",
    SortKey.DAYS_LATE: (
        "CASE WHEN a.reply_date IS NOT NULL THEN a.reply_days_late "
        "WHEN a.status = 'advies_verzonden' AND a.reply_due < date('now', 'localtime') "
        "THEN julianday(date('now', 'localtime')) - julianday(a.reply_due) END IS NULL, "
        "CASE WHEN a.reply_date IS NOT NULL THEN a.reply_days_late "
        "WHEN a.status = 'advies_verzonden' AND a.reply_due < date('now', 'localtime') "
        "THEN julianday(date('now', 'localtime')) - julianday(a.reply_due) END {d}"
    ),
    # Every open advice before every closed one; among the open ones the nearest running
    # deadline first, then those without one (waiting for nothing dated).
    SortKey.URGENCY: ("a.status IN ('afgerond', 'vervallen'), a.next_due IS NULL, a.next_due {d}"),
    SortKey.DELETED: "a.deleted_at IS NULL, a.deleted_at {d}",
}

OPEN_STATUSES = tuple(s.value for s in AdviceStatus if not s.is_closed)


def _where(selection: RegisterFilter) -> tuple[str, list[Any]]:
    clauses = ["a.deleted_at IS NOT NULL" if selection.deleted else "a.deleted_at IS NULL"]
    params: list[Any] = []
    if selection.year is not None:
        clauses.append("a.year = ?")
        params.append(selection.year)
    if selection.kind is not None:
        clauses.append("a.kind = ?")
        params.append(AdviceKind(selection.kind).value)
    if selection.status == STATUS_OPEN:
        clauses.append(f"a.status IN ({','.join('?' * len(OPEN_STATUSES))})")
        params.extend(OPEN_STATUSES)
    elif selection.status:
        clauses.append("a.status = ?")
        params.append(AdviceStatus(selection.status).value)
    if selection.theme:
        clauses.append("a.theme = ?")
        params.append(selection.theme)
    if not selection.include_confidential:
        clauses.append("a.confidential = 0")
    if selection.ids is not None:
        ids = list(selection.ids) or [-1]
        clauses.append(f"a.id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    return " AND ".join(clauses), params


#: A search part of very many words ("ing") ranks no hits in the subject first: listing them
#: all in one query would cost more than the ranking is worth.
MAX_HEAD_WORDS = 2000
#: Searches (and words) whose hits are kept while typing. Each holds sets of up to all ids
#: (a few MB at 100,000 advices), so only the last two: the list and its count ask twice.
SEARCH_CACHE = 2


@dataclass(frozen=True)
class SearchHits:
    """The advices a search found: all of them, those found in their number or subject, and
    those in which some word occurs only inside words (not as a word or its start)."""

    ids: set[int]
    head: set[int]
    parts: set[int]


class Queries:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._ordered_cache: dict[tuple[object, ...], list[int]] = {}
        self._ordered_sets: dict[tuple[object, ...], frozenset[int]] = {}
        self._count_cache: dict[tuple[object, ...], int] = {}
        self._search_cache: dict[tuple[object, ...], SearchHits] = {}
        self._vocabulary: tuple[object, str] = ((), "")  # the words, one per line
        self._words_found: dict[str, list[str]] = {}
        self._term_cache: dict[tuple[str, object], tuple[set[int], set[int]]] = {}

    def _ids_json(self, sql: str, params: list[Any]) -> list[int]:
        """Ids from a query, aggregated to one JSON array inside SQLite: for 100,000 ids this is
        about twice as fast as fetching 100,000 Python rows."""
        with self.store.translate_errors():
            row = self.store.conn.execute(
                f"SELECT json_group_array(id) FROM ({sql})", params
            ).fetchone()
        result: list[int] = json.loads(row[0]) if row and row[0] else []
        return result

    def _ordered_ids(self, selection: RegisterFilter, order: RegisterOrder) -> list[int]:
        """The selection without its search text, in order; cached until the data changes."""
        key = (replace(selection, search=""), order, self.store.data_version())
        cached = self._ordered_cache.get(key)
        if cached is None:
            where, params = _where(selection)
            direction = "DESC" if order.descending else "ASC"
            order_sql = _ORDER_SQL[order.key].format(d=direction)
            cached = self._ids_json(
                f"SELECT a.id AS id FROM advices a WHERE {where} "
                f"ORDER BY {order_sql}, a.id {direction}",
                params,
            )
            if len(self._ordered_cache) > 16:
                self._ordered_cache.clear()
            self._ordered_cache[key] = cached
        return cached

    def _match_ids(self, table: str, query: str) -> set[int]:
        return set(
            self._ids_json(f"SELECT rowid AS id FROM {table} WHERE {table} MATCH ?", [query])
        )

    def words_containing(self, part: str) -> list[str]:
        """The indexed words (lower case, accents folded) that contain ``part``. The word
        list is read once per change of the data (one pass over the index's vocabulary) and
        searched here, as one text (``str.find``, not a Python loop over the words); typing
        on ("zor" -> "zorg") searches only the words found for the shorter part."""
        version = self.store.data_version()
        if self._vocabulary[0] != version:
            with self.store.translate_errors():
                row = self.store.conn.execute(
                    "SELECT group_concat(term, char(10)) FROM advice_search_terms"
                ).fetchone()
            text = "\n" + (row[0] if row and row[0] else "") + "\n"
            self._vocabulary = (version, text)
            self._words_found.clear()
        if not part:
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
        found = self._match_ids("advice_search", start)
        parts: set[int] = set()
        if len(term) >= MIN_INSIDE:
            # The words with the term further inside (those starting with it are the prefix).
            inside = words_query([w for w in self.words_containing(term) if not w.startswith(term)])
            if inside is not None:
                # Each advice comes out of SQLite once (turning ids into Python sets is what
                # costs): those with a word starting with the term, then the others.
                parts = self._match_ids("advice_search", f"({inside}) NOT {start}")
                found |= parts
        if len(self._term_cache) >= SEARCH_CACHE:
            self._term_cache.clear()
        self._term_cache[(term, version)] = (found, parts)
        return found, parts

    def search(self, text: str) -> SearchHits | None:
        """The advices in which every word of ``text`` occurs, with how well they match;
        ``None`` when there is nothing to search for.

        A word of three or more characters is found anywhere inside a word (every indexed
        word that contains it), a shorter word only at the start of a word; accents and case
        are folded. Cached until the data changes."""
        terms = search_terms(text)
        if not terms:
            return None
        key = (tuple(terms), self.store.data_version())
        cached = self._search_cache.get(key)
        if cached is not None:
            return cached
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

    def register_ids(
        self, selection: RegisterFilter, order: RegisterOrder | None = None
    ) -> list[int]:
        """The ids of the selection, in order (see ``register_sequence``)."""
        return list(self.register_sequence(selection, order))

    def register_sequence(
        self, selection: RegisterFilter, order: RegisterOrder | None = None
    ) -> Sequence[int]:
        """The ids of the selection, in order; with a search, put in order as they are read
        (``RankedIds``: a table reads the first screen, an export everything).

        The ordered list without search text is cached; a search intersects it with the
        full-text hits. In the register's default order (number, newest first) a search puts
        the best matches first: hits in the number or subject, then whole words (or word
        starts) elsewhere, then parts of words; each group keeps the default order.
        """
        order = order or RegisterOrder()
        ordered = self._ordered_ids(selection, order)
        found = self.search(selection.search)
        if found is None:
            return list(ordered)
        members = self._ordered_set(selection, ordered)
        if order != RegisterOrder():
            return ranked(ordered, found.ids, set(), set(), members)
        return ranked(ordered, found.ids, found.head, found.parts, members)

    def _ordered_set(self, selection: RegisterFilter, ordered: list[int]) -> frozenset[int]:
        """The ids of a cached ordered list as a set (the same for every order)."""
        key = (replace(selection, search=""), self.store.data_version())
        cached = self._ordered_sets.get(key)
        if cached is None or len(cached) != len(ordered):
            if len(self._ordered_sets) > 4:
                self._ordered_sets.clear()
            cached = self._ordered_sets[key] = frozenset(ordered)
        return cached

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

    def register_count(self, selection: RegisterFilter) -> int:
        if fts_query(selection.search) is not None:
            return len(self.register_sequence(selection))
        key = ("count", replace(selection, search=""), self.store.data_version())
        cached = self._count_cache.get(key)
        if cached is None:
            where, params = _where(selection)
            cached = int(self.store.scalar(f"SELECT count(*) FROM advices a WHERE {where}", params))
            if len(self._count_cache) > 16:
                self._count_cache.clear()
            self._count_cache[key] = cached
        return cached

    def register_rows(self, ids: Iterable[int]) -> dict[int, RegisterRow]:
        """The rows of the given ids (any order; the caller keeps its own)."""
        result: dict[int, RegisterRow] = {}
        wanted = list(ids)
        for start in range(0, len(wanted), 900):
            chunk = wanted[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for row in self.store.query(
                "SELECT id, number, year, title, kind, theme, status, sent_date, advice_due, "
                "reply_due, reply_date, outcome, reply_days_late, next_due, confidential, "
                f"deleted_at FROM advices WHERE id IN ({marks})",
                chunk,
            ):
                result[row["id"]] = _register_row(row)
        return result

    def register(
        self, selection: RegisterFilter, order: RegisterOrder | None = None
    ) -> list[RegisterRow]:
        """The whole selection as rows, in order (for lists, exports and reports)."""
        ids = self.register_ids(selection, order)
        rows = self.register_rows(ids)
        return [rows[i] for i in ids]

    def years(self) -> list[int]:
        return [
            row[0]
            for row in self.store.query(
                "SELECT DISTINCT year FROM advices WHERE deleted_at IS NULL ORDER BY year DESC"
            )
        ]

    def themes_in_use(self) -> list[str]:
        return [
            row[0]
            for row in self.store.query(
                "SELECT DISTINCT theme FROM advices WHERE deleted_at IS NULL AND theme != '' "
                "ORDER BY theme COLLATE NOCASE"
            )
        ]

    def open_advice_ids(self) -> list[int]:
        """Advices whose own deadlines may still run (not closed, not deleted)."""
        marks = ",".join("?" * len(OPEN_STATUSES))
        return [
            row[0]
            for row in self.store.query(
                # next_due is only set while a deadline runs: the index finds these few.
                f"SELECT id FROM advices WHERE next_due IS NOT NULL AND deleted_at IS NULL "
                f"AND status IN ({marks})",
                OPEN_STATUSES,
            )
        ]

    def commitments(
        self,
        status: CommitmentStatus | None = CommitmentStatus.OPEN,
        *,
        include_confidential: bool = True,
        advice_ids: list[int] | None = None,
    ) -> list[CommitmentRow]:
        """Commitments of live replies of live advices, earliest due date first."""
        clauses = [
            "c.deleted_at IS NULL",
            "r.deleted_at IS NULL",
            "a.deleted_at IS NULL",
            "a.status != 'vervallen'",
        ]
        params: list[Any] = []
        if status is not None:
            clauses.append("c.status = ?")
            params.append(CommitmentStatus(status).value)
        if not include_confidential:
            clauses.append("a.confidential = 0")
        if advice_ids is not None:
            clauses.append(f"a.id IN ({','.join('?' * len(advice_ids)) or 'NULL'})")
            params.extend(advice_ids)
        rows = self.store.query(
            "SELECT c.*, a.id AS advice_id, a.number, a.title, a.confidential, r.date AS "
            "reply_date FROM commitments c JOIN replies r ON r.id = c.reply_id "
            f"JOIN advices a ON a.id = r.advice_id WHERE {' AND '.join(clauses)} "
            "ORDER BY c.due_date IS NULL, c.due_date, a.year, a.seq, c.id",
            params,
        )
        return [
            CommitmentRow(
                commitment=Repository._commitment_from_row(row),
                advice_id=row["advice_id"],
                number=row["number"],
                title=row["title"],
                reply_date=date.fromisoformat(row["reply_date"]),
                confidential=bool(row["confidential"]),
            )
            for row in rows
        ]


def _register_row(row: sqlite3.Row) -> RegisterRow:
    return RegisterRow(
        id=row["id"],
        number=row["number"],
        year=row["year"],
        title=row["title"],
        kind=AdviceKind(row["kind"]),
        theme=row["theme"],
        status=AdviceStatus(row["status"]),
        sent_date=from_iso(row["sent_date"]),
        advice_due=from_iso(row["advice_due"]),
        reply_due=from_iso(row["reply_due"]),
        reply_date=from_iso(row["reply_date"]),
        outcome=Outcome(row["outcome"]) if row["outcome"] else None,
        reply_days_late=row["reply_days_late"],
        next_due=from_iso(row["next_due"]),
        confidential=bool(row["confidential"]),
        deleted_at=_dt(row["deleted_at"]),
    )
