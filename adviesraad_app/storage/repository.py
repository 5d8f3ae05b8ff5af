"""Reading and writing the register's objects: :class:`Repository` is the tables together,
one module per table (``advices``, ``replies``, ``commitments``, ``extensions``,
``documents``, ``settings_rows``, ``history``), each with one row mapper, and the shared shape
of insert, update, fetch and soft delete in ``rows``.

Every write method must run inside :meth:`Store.write` (one transaction per user action) and
records what it changed in ``history``, keeps the full-text index and the derived columns of
the advice current, and never deletes: deletion sets ``deleted_at`` and can be undone.
"""

from __future__ import annotations

from adviesraad_app.storage.constants import DERIVED_RULES_KEY
from adviesraad_app.storage.database import Store
from adviesraad_app.storage.derived_cache import DerivedCache
from adviesraad_app.storage.replies import letter_keys
from adviesraad_app.storage.rows import dt as _dt
from adviesraad_app.storage.rows import now

__all__ = ["Repository", "_dt", "letter_keys", "now", "recompute_stale_derived"]


class Repository(DerivedCache):
    """The register's tables, as domain objects."""


def recompute_stale_derived(store: Store) -> None:
    """When the cached deadlines and statuses were made by other rules (after migration 0003,
    or when a new decree under the Algemene termijnenwet was added): recompute every advice
    in one transaction, not recorded in the history (no user changed anything). The rules'
    version is stored in the same transaction, so a failure leaves it for the next start."""
    from adviesraad_app.domain.rules_version import RULES_VERSION

    stored = store.scalar("SELECT value FROM settings WHERE key = ?", (DERIVED_RULES_KEY,))
    if stored == str(RULES_VERSION):
        return
    with store.write():
        repo = Repository(store)
        repo.refresh_all(repo.load_settings())
        store.conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            (DERIVED_RULES_KEY, str(RULES_VERSION)),
        )
