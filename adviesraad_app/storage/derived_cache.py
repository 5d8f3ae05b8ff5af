"""The derived columns of ``advices`` (status, deadlines, outcome) and its ``search_extra``
text: worked out by :func:`domain.derived.derive` from all the tables and cached in the same
transaction as the change that moves them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from adviesraad_app.domain.dates import to_iso
from adviesraad_app.domain.settings import Settings
from adviesraad_app.storage.advices import AdviceRows
from adviesraad_app.storage.commitments import CommitmentRows
from adviesraad_app.storage.documents import DocumentRows
from adviesraad_app.storage.extensions import ExtensionRows
from adviesraad_app.storage.rows import chunks, require_transaction
from adviesraad_app.storage.settings_rows import SettingsRows

if TYPE_CHECKING:  # the rules load when a change is written (issue 14, start-up)
    from adviesraad_app.domain.advices import Advice
    from adviesraad_app.domain.derived import Derived
    from adviesraad_app.domain.replies import Reply


class DerivedCache(AdviceRows, CommitmentRows, ExtensionRows, DocumentRows, SettingsRows):
    """Every table together, and the cache worked out from them."""

    def refresh(self, advice_id: int, settings: Settings | None = None) -> Derived:
        """Recompute the derived columns and the search text of one advice."""
        from adviesraad_app.domain.derived import derive

        require_transaction(self.store)
        settings = settings or self.load_settings()
        advice = self.get_advice(advice_id, include_deleted=True)
        reply = self.reply_for(advice_id)
        open_commitments = self.open_commitment_counts([advice_id]).get(advice_id, 0)
        derived = derive(advice, reply, self.extensions_for(advice_id), settings, open_commitments)
        self._write_derived(advice_id, derived)
        self._write_search(advice, reply)
        return derived

    def _write_derived(self, advice_id: int, derived: Derived) -> None:
        self.store.conn.execute(
            "UPDATE advices SET status = ?, advice_due = ?, reply_due = ?, reply_date = ?, "
            "outcome = ?, reply_days_late = ?, next_due = ? WHERE id = ?",
            (
                derived.status.value,
                to_iso(derived.advice_due),
                to_iso(derived.reply_due),
                to_iso(derived.reply_date),
                derived.outcome.value if derived.outcome else None,
                derived.reply_days_late,
                to_iso(derived.next_due),
                advice_id,
            ),
        )

    def refresh_all(self, settings: Settings) -> int:
        """Recompute the derived columns of every advice (after the terms changed)."""
        require_transaction(self.store)
        n = 0
        for chunk in self.derive_all(settings):
            for advice_id, derived in chunk.items():
                self._write_derived(advice_id, derived)
            n += len(chunk)
        return n

    def derive_all(self, settings: Settings) -> Iterator[dict[int, Derived]]:
        """What the rules derive for every advice (also deleted ones), 500 advices at a time:
        ``{advice id: Derived}`` per chunk. Reads only."""
        from adviesraad_app.domain.derived import derive

        ids = [row[0] for row in self.store.query("SELECT id FROM advices")]
        for chunk in chunks(ids, 500):
            advices = self.get_advices(chunk)
            replies = self.replies_for_many(chunk)
            extensions = self.extensions_for_many(chunk)
            open_commitments = self.open_commitment_counts(chunk)
            derived: dict[int, Derived] = {}
            for advice in advices:
                assert advice.id is not None
                derived[advice.id] = derive(
                    advice,
                    replies.get(advice.id),
                    extensions.get(advice.id, []),
                    settings,
                    open_commitments.get(advice.id, 0),
                )
            yield derived

    def _write_search(self, advice: Advice, reply: Reply | None) -> None:
        """Gather the searchable text around an advice into ``search_extra``.

        The advice's own text and its recommendations are indexed from their tables by
        triggers; this column adds what lives elsewhere (the reply, commitments, documents).
        """
        assert advice.id is not None
        parts: list[str] = []
        if reply is not None and reply.id is not None:
            parts.extend(
                [
                    reply.our_reference,
                    reply.case_number,
                    reply.handled_by,
                    reply.subject,
                    reply.summary,
                    reply.signatories,
                ]
            )
            parts.extend(o.reasons for o in reply.outcomes)
            for commitment in self.commitments_for_reply(reply.id):
                parts.extend([commitment.text, commitment.note])
        parts.extend(d.original_name for d in self.documents_for(advice.id))
        extra = "\n".join(p for p in parts if p)
        self.store.conn.execute(
            "UPDATE advices SET search_extra = ? WHERE id = ? AND search_extra IS NOT ?",
            (extra, advice.id, extra),
        )
