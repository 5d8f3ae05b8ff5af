"""Counts of what a register file holds, for questions the register's lists do not answer
(those leave out what is in the waste basket)."""

from __future__ import annotations

from adviesraad_app.storage.database import Store


def stored_advices(store: Store) -> int:
    """Every advice in the file, also those in the waste basket."""
    return int(store.scalar("SELECT count(*) FROM advices"))
