"""Read-only queries of the register: selection, order, lists. Fast at 100,000 advices.

The register reads in two steps, as a lazy table model needs: first the ids in the asked
order (one indexed query), then the rows of the ids on screen.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from adviesraad_app.domain.dates import from_iso
from adviesraad_app.domain.filters import (
    STATUS_OPEN,
    RegisterFilter,
    RegisterOrder,
    SortKey,
)
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, CommitmentStatus, Outcome
from adviesraad_app.domain.views import RegisterRow
from adviesraad_app.storage.database import Store
from adviesraad_app.storage.ranked_ids import ranked
from adviesraad_app.storage.repository import Repository, _dt
from adviesraad_app.storage.search import RegisterSearch, SearchHits, ids_json
from adviesraad_app.storage.search_query import fts_query, prepare

if TYPE_CHECKING:  # the Toezeggingen page's rows: when it is read (issue 14, start-up)
    from adviesraad_app.domain.commitment_rows import CommitmentRow


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

#: The advices whose own term runs, as the deadlines' list takes them (``next_due`` is set
#: only while a term runs). Found through ``next_due``'s index: its range (``>= ''``: every
#: stored date) and ``+deleted_at`` (no index column to SQLite) keep SQLite from reading
#: every live advice through the register's index instead (0.05 ms at 100,000 advices, not
#: 7-25 ms). Parameters: ``OPEN_STATUSES``. Shared with the overdue count (``counts.py``).
RUNNING_TERMS = (
    "advices WHERE next_due >= '' AND +deleted_at IS NULL "
    f"AND status IN ({','.join('?' * len(OPEN_STATUSES))})"
)
#: The commitments the lists show: of live replies of live advices that did not lapse
#: (``c``, ``r``, ``a``). Shared with the overdue count (``counts.py``).
LISTED_COMMITMENTS = (
    "commitments c JOIN replies r ON r.id = c.reply_id JOIN advices a ON a.id = r.advice_id "
    "WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL AND a.deleted_at IS NULL "
    "AND a.status != 'vervallen'"
)


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


class Queries:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._ordered_cache: dict[tuple[object, ...], list[int]] = {}
        self._ordered_sets: dict[tuple[object, ...], frozenset[int]] = {}
        self._count_cache: dict[tuple[object, ...], int] = {}
        self._search = RegisterSearch(store)

    def _ids_json(self, sql: str, params: list[Any]) -> list[int]:
        return ids_json(self.store, sql, params)

    def _ordered_ids(self, selection: RegisterFilter, order: RegisterOrder) -> list[int]:
        """The selection without its search text, in order; cached until the data changes."""
        key = (replace(selection, search=""), order, self.store.cache_version())
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

    def words_containing(self, part: str) -> list[str]:
        """The indexed words (lower case, accents folded) that contain ``part``."""
        return self._search.words_containing(part)

    def prepare_search(self, selection: RegisterFilter, order: RegisterOrder) -> None:
        """Read now what the next search in ``selection`` needs and would otherwise read on
        the keystroke: the register's words, the selection's ids in order and as a set (the
        hits are checked against it), the tokenizer."""
        self.words_containing("")
        self._ordered_set(selection, self._ordered_ids(selection, order))
        prepare()

    def search(self, text: str) -> SearchHits | None:
        """The advices in which every word of ``text`` occurs, with how well they match
        (``RegisterSearch.search``); ``None`` when there is nothing to search for."""
        return self._search.search(text)

    def search_hits(self, text: str) -> set[int] | None:
        """Ids of the advices in which every word occurs; ``None`` when there is nothing to
        search for."""
        return self._search.search_hits(text)

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
        return ranked(ordered, found.ids, found.head, found.parts, members, nested=True)

    def _ordered_set(self, selection: RegisterFilter, ordered: list[int]) -> frozenset[int]:
        """The ids of a cached ordered list as a set (the same for every order)."""
        key = (replace(selection, search=""), self.store.cache_version())
        cached = self._ordered_sets.get(key)
        if cached is None or len(cached) != len(ordered):
            if len(self._ordered_sets) > 4:
                self._ordered_sets.clear()
            cached = self._ordered_sets[key] = frozenset(ordered)
        return cached

    def search_fields(self, advice_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
        """The searchable text of each advice, per field: what a search can have matched."""
        return self._search.search_fields(advice_ids)

    def register_count(self, selection: RegisterFilter) -> int:
        if fts_query(selection.search) is not None:
            return len(self.register_sequence(selection))
        unsearched = replace(selection, search="")
        version = self.store.cache_version()
        key = ("count", unsearched, version)
        cached = self._count_cache.get(key)
        if cached is None:  # the same selection's ids, in any order, read as they are now
            cached = next(
                (
                    len(ids)
                    for (chosen, _order, seen), ids in self._ordered_cache.items()
                    if seen == version and chosen == unsearched
                ),
                None,
            )
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
        """The years of the live advices, newest first. Read as a skip over the register's
        index (the newest year, then the newest before it, ...): a few lookups per year
        instead of a pass over every advice (the first screen asks, issue 14)."""
        return [
            row[0]
            for row in self.store.query(
                "WITH RECURSIVE y(year) AS ("
                " SELECT max(year) FROM advices WHERE deleted_at IS NULL"
                " UNION ALL"
                " SELECT (SELECT max(year) FROM advices WHERE deleted_at IS NULL AND year < y.year)"
                " FROM y WHERE y.year IS NOT NULL"
                ") SELECT year FROM y WHERE year IS NOT NULL"
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
        """Advices whose own deadlines still run (``RUNNING_TERMS``). The Termijnen page
        reads this first, so the table itself is touched too (:meth:`touch_advices_table`)."""
        self.touch_advices_table()
        rows = self.store.query(f"SELECT id FROM {RUNNING_TERMS}", OPEN_STATUSES)
        return [row[0] for row in rows]

    def touch_advices_table(self) -> None:
        """Read the advices table's last row (a few pages), not only its indexes: the first
        lists are served by indexes alone, and a register whose advices table cannot be read
        must say so when it opens, not when a dossier is opened (``CorruptDatabaseError``;
        tests/storage/test_register_index.py, tests/gui/test_safety_gui.py)."""
        self.store.scalar("SELECT max(id) FROM advices")

    def commitments(
        self,
        status: CommitmentStatus | None = CommitmentStatus.OPEN,
        *,
        include_confidential: bool = True,
        advice_ids: list[int] | None = None,
    ) -> list[CommitmentRow]:
        """Commitments of live replies of live advices, earliest due date first."""
        from adviesraad_app.domain.commitment_rows import CommitmentRow

        clauses: list[str] = []
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
            f"reply_date FROM {LISTED_COMMITMENTS} {''.join(' AND ' + c for c in clauses)} "
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


#: Stored values to their enum members, looked up as a dict (calling an enum class per row
#: costs more than the rest of a register row).
_KINDS = {kind.value: kind for kind in AdviceKind}
_STATUSES = {status.value: status for status in AdviceStatus}
_OUTCOMES = {outcome.value: outcome for outcome in Outcome}


def _register_row(row: sqlite3.Row) -> RegisterRow:
    kind, status, outcome = row["kind"], row["status"], row["outcome"]
    return RegisterRow(
        id=row["id"],
        number=row["number"],
        year=row["year"],
        title=row["title"],
        kind=_KINDS.get(kind) or AdviceKind(kind),
        theme=row["theme"],
        status=_STATUSES.get(status) or AdviceStatus(status),
        sent_date=from_iso(row["sent_date"]),
        advice_due=from_iso(row["advice_due"]),
        reply_due=from_iso(row["reply_due"]),
        reply_date=from_iso(row["reply_date"]),
        outcome=(_OUTCOMES.get(outcome) or Outcome(outcome)) if outcome else None,
        reply_days_late=row["reply_days_late"],
        next_due=from_iso(row["next_due"]),
        confidential=bool(row["confidential"]),
        deleted_at=_dt(row["deleted_at"]),
    )
