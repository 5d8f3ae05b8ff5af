"""One recorded change of the register (the dossier's history)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One recorded change: when, what, old value, new value."""

    at: datetime
    advice_id: int | None
    entity: str
    entity_id: int | None
    action: str
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    id: int | None = None
