"""Reading the register: its lists, search, deadlines, dossiers and records by id.

:class:`RegisterReads` is the reading half of
:class:`~adviesraad_app.services.register.RegisterService` (which adds the writes); callers
use the service. Nothing here writes.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder
from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.domain.settings import Settings
from adviesraad_app.domain.views import RegisterRow
from adviesraad_app.services.deadline_list import open_deadlines, with_reminders
from adviesraad_app.services.derived_cache import count_stale
from adviesraad_app.services.register_file import RegisterFile
from adviesraad_app.services.text.search_match import Match
from adviesraad_app.storage.counts import overdue_deadlines, stored_advices
from adviesraad_app.storage.database import Store
from adviesraad_app.storage.queries import Queries
from adviesraad_app.storage.reminders import ReminderStore
from adviesraad_app.storage.repository import Repository
from adviesraad_app.storage.search_query import fts_query

if TYPE_CHECKING:  # loaded when a dossier, a record or a term is read (issue 14, start-up)
    from adviesraad_app.domain.advices import Advice
    from adviesraad_app.domain.commitment_rows import CommitmentRow
    from adviesraad_app.domain.commitments import Commitment
    from adviesraad_app.domain.deadline_items import DeadlineItem
    from adviesraad_app.domain.deadlines import Term
    from adviesraad_app.domain.documents import Document
    from adviesraad_app.domain.dossier import Dossier
    from adviesraad_app.domain.extensions import Extension, TermKind
    from adviesraad_app.domain.reminders import Reminder
    from adviesraad_app.domain.replies import Reply


class RegisterReads(RegisterFile):
    """What can be read from one open register."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._repo = Repository(store)
        self._queries = Queries(store)
        self._reminders = ReminderStore(store)
        self._settings: Settings | None = None

    # ------------------------------------------------------------------ settings

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = self._repo.load_settings()
        return self._settings

    def reload(self) -> None:
        """Forget cached settings (another process may have changed them)."""
        self._settings = None

    # ------------------------------------------------------------------ advices

    def get_advice(self, advice_id: int, *, include_deleted: bool = False) -> Advice:
        return self._repo.get_advice(advice_id, include_deleted=include_deleted)

    def get_advices(self, advice_ids: list[int]) -> list[Advice]:
        """Several advices at once, in the order asked (those in the waste basket too)."""
        return self._repo.get_advices(advice_ids)

    def find_advice_by_number(self, number: str) -> int | None:
        """The id of the advice with this number (``None``: there is none)."""
        return self._repo.find_advice_by_number(number)

    def stored_advice_count(self) -> int:
        """Every advice in the file, also those in the waste basket."""
        return stored_advices(self._store)

    def dossier(self, advice_id: int, *, include_deleted: bool = False) -> Dossier:
        from adviesraad_app.domain.derived import derive, reply_time_days
        from adviesraad_app.domain.dossier import Dossier

        advice = self._repo.get_advice(advice_id, include_deleted=include_deleted)
        reply = self._repo.reply_for(advice_id)
        extensions = self._repo.extensions_for(advice_id)
        commitments = self._repo.commitments_for_reply(reply.id) if reply and reply.id else []
        open_commitments = sum(1 for c in commitments if c.status == CommitmentStatus.OPEN)
        derived = derive(advice, reply, extensions, self.settings, open_commitments)
        return Dossier(
            advice=advice,
            status=derived.status,
            advice_term=derived.advice_term,
            reply_term=derived.reply_term,
            reply=reply,
            outcome=derived.outcome,
            reply_days_late=derived.reply_days_late,
            reply_time_days=reply_time_days(advice, reply),
            commitments=commitments,
            extensions=extensions,
            documents=self._repo.documents_for(advice_id),
            history=self._repo.history(advice_id),
            reminders=self.reminders(advice_id),
        )

    def dossiers(self, advice_ids: list[int]) -> list[Dossier]:
        return [self.dossier(i) for i in advice_ids]

    def stale_derived_count(self) -> int:
        """How many advices have a stored status or deadline other than the rules derive."""
        return count_stale(self._repo, self._queries, self.settings)

    # ------------------------------------------ replies, commitments, extensions, documents

    def get_reply(self, reply_id: int, *, include_deleted: bool = False) -> Reply:
        return self._repo.get_reply(reply_id, include_deleted=include_deleted)

    def replies_for(self, advice_ids: list[int]) -> dict[int, Reply]:
        """The live replies of several advices at once: ``{advice id: reply}``."""
        return self._repo.replies_for_many(advice_ids)

    def advice_of_reply(self, reply_id: int) -> int:
        return self._repo.advice_of_reply(reply_id)

    def advice_with_same_letter(
        self, our_reference: str, case_number: str, on: date, except_advice_id: int | None = None
    ) -> tuple[int, str] | None:
        """The advice whose reply is already this college letter: ``(id, number)``."""
        return self._repo.advice_with_same_letter(our_reference, case_number, on, except_advice_id)

    def letters_in_use(self) -> dict[tuple[str, ...], str]:
        """Every college letter that is a reply already: ``{letter key: advice number}``."""
        return self._repo.letters_in_use()

    def get_commitment(self, commitment_id: int) -> Commitment:
        return self._repo.get_commitment(commitment_id)

    def current_term(self, advice_id: int, term: TermKind) -> Term | None:
        from adviesraad_app.domain import deadlines as dl
        from adviesraad_app.domain.extensions import TermKind

        advice = self._repo.get_advice(advice_id)
        extensions = self._repo.extensions_for(advice_id)
        if term == TermKind.ADVICE:
            return dl.advice_term(advice, self.settings, extensions)
        return dl.reply_term(advice, self.settings, extensions)

    def extensions_for(self, advice_ids: list[int]) -> dict[int, list[Extension]]:
        """The live extensions of several advices at once: ``{advice id: [extension]}``."""
        return self._repo.extensions_for_many(advice_ids)

    def documents_for(self, advice_id: int) -> list[Document]:
        return self._repo.documents_for(advice_id)

    def all_documents(self) -> list[Document]:
        """Every document of every advice (also removed ones: see ``deleted_at``)."""
        return self._repo.all_documents()

    # ------------------------------------------------------------------ lists and search

    def register(
        self, selection: RegisterFilter | None = None, order: RegisterOrder | None = None
    ) -> list[RegisterRow]:
        return self._queries.register(selection or RegisterFilter(), order)

    @staticmethod
    def search_query(text: str) -> str | None:
        """The full-text query a search text becomes (``None``: nothing to search for). Two
        texts with the same query give the same result, so a list need not search again."""
        return fts_query(text)

    def prepare_search(
        self, selection: RegisterFilter | None = None, order: RegisterOrder | None = None
    ) -> None:
        """Read what the next search in ``selection`` (the list on screen) needs now, so the
        first keystroke does not wait for it: the register's words (once per change), the
        selection's ids, the tokenizer. Never fails: a register that is closed or busy is
        simply read at the next search."""
        with contextlib.suppress(UserError, sqlite3.Error):  # e.g. closed meanwhile
            self._queries.prepare_search(
                replace(selection or RegisterFilter(), search=""), order or RegisterOrder()
            )

    def search_matches(self, advice_ids: list[int], text: str) -> dict[int, Match]:
        """Where the search ``text`` matched each of the given advices (those it matched)."""
        from adviesraad_app.services.text.search_match import best_match

        result: dict[int, Match] = {}
        for advice_id, fields in self._queries.search_fields(advice_ids).items():
            found = best_match(fields, text)
            if found is not None:
                result[advice_id] = found
        return result

    def register_ids(self, selection: RegisterFilter, order: RegisterOrder) -> list[int]:
        return self._queries.register_ids(selection, order)

    def register_sequence(self, selection: RegisterFilter, order: RegisterOrder) -> Sequence[int]:
        """``register_ids`` for a list on screen: a search's hits are put in order as they are
        read (the first screen at once), so a keystroke does not sort 100,000 of them."""
        if fts_query(selection.search) is None:  # no search: the list as it is
            return self.register_ids(selection, order)
        return self._queries.register_sequence(selection, order)

    def register_rows(self, ids: list[int]) -> dict[int, RegisterRow]:
        return self._queries.register_rows(ids)

    def count(self, selection: RegisterFilter | None = None) -> int:
        return self._queries.register_count(selection or RegisterFilter())

    def years(self) -> list[int]:
        return self._queries.years()

    def themes(self) -> list[str]:
        """The configured themes, plus any still used by older advices."""
        configured = list(self.settings.themes)
        return configured + [t for t in self._queries.themes_in_use() if t not in configured]

    def themes_if_readable(self) -> list[str] | None:
        """:meth:`themes`, or ``None`` when the register cannot be read now (closed meanwhile,
        busy, damaged): for work done while nobody waits for it, tried again later."""
        with contextlib.suppress(UserError, sqlite3.Error):
            return self.themes()
        return None

    def commitments(
        self,
        status: CommitmentStatus | None = CommitmentStatus.OPEN,
        *,
        include_confidential: bool = True,
    ) -> list[CommitmentRow]:
        return self._queries.commitments(status, include_confidential=include_confidential)

    # ------------------------------------------------------------------ deadlines

    def deadlines(
        self,
        today: date | None = None,
        within: int | None = None,
        *,
        include_confidential: bool = True,
    ) -> list[DeadlineItem]:
        """Open deadlines, earliest first: advice terms, reply terms and commitments; open
        commitments without a date come last (state ``no_date``): they never vanish.

        ``within``: only what is due within that many days (overdue and undated items always
        count).
        """
        advice_ids = self._queries.open_advice_ids()
        items = open_deadlines(
            self._repo.get_advices(advice_ids),
            self._repo.extensions_for_many(advice_ids) if advice_ids else {},
            self._queries.commitments(
                CommitmentStatus.OPEN, include_confidential=include_confidential
            ),
            self.settings,
            today or date.today(),
            within=within,
            include_confidential=include_confidential,
        )
        sent = self._reminders.for_advices(i.advice_id for i in items)
        return with_reminders(items, sent, self.settings)

    def overdue_count(self, today: date | None = None) -> int:
        """How many of :meth:`deadlines` are overdue, counted from the deadlines cached with
        each advice: the window asks it before its first paint, and working out every open
        term took ~20 ms there at 10,000 advices (issue 14)."""
        return overdue_deadlines(self._store, today or date.today())

    # ------------------------------------------------------------------ letters out

    def reminders(self, advice_id: int) -> list[Reminder]:
        """The reminders (and raadsbericht) sent about an advice, oldest first."""
        return self._reminders.for_advice(advice_id)
