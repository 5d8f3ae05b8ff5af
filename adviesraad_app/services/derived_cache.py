"""The derived columns of ``advices`` (status, deadlines) against what the rules derive.

They are a cache, kept in the same transaction as every change (``Repository.refresh``);
the database check compares them with :func:`count_stale`, the repair recomputes them all.
"""

from __future__ import annotations

from adviesraad_app.domain.dates import to_iso
from adviesraad_app.domain.settings import Settings
from adviesraad_app.storage.queries import Queries
from adviesraad_app.storage.repository import Repository


def count_stale(repo: Repository, queries: Queries, settings: Settings) -> int:
    """How many advices have a stored status or deadline other than the rules derive."""
    stale = 0
    for chunk in repo.derive_all(settings):
        rows = queries.register_rows(chunk)
        for advice_id, derived in chunk.items():
            row = rows[advice_id]
            if (row.status, to_iso(row.reply_due), to_iso(row.advice_due)) != (
                derived.status,
                to_iso(derived.reply_due),
                to_iso(derived.advice_due),
            ):
                stale += 1
    return stale
