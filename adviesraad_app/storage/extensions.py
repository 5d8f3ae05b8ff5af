"""The ``extensions`` table: an agreed later date for the advice's or the reply's term."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from adviesraad_app.domain.dates import from_iso, to_iso
from adviesraad_app.domain.errors import NotFoundError
from adviesraad_app.i18n import translate
from adviesraad_app.storage.history import HistoryRows
from adviesraad_app.storage.rows import (
    dt,
    fetch_live,
    fetch_live_many,
    now,
    require_transaction,
    ts,
)

if TYPE_CHECKING:  # loaded when an extension is read or written (issue 14, start-up)
    from adviesraad_app.domain.extensions import Extension


def extension_from_row(row: sqlite3.Row) -> Extension:
    """The row mapper of ``extensions``."""
    from adviesraad_app.domain.extensions import Extension, TermKind

    return Extension(
        id=row["id"],
        advice_id=row["advice_id"],
        term=TermKind(row["term"]),
        previous_date=from_iso(row["previous_date"]),
        new_date=date.fromisoformat(row["new_date"]),
        reason=row["reason"],
        agreed_by=row["agreed_by"],
        agreed_on=from_iso(row["agreed_on"]),
        created_at=dt(row["created_at"]),
        deleted_at=dt(row["deleted_at"]),
    )


class ExtensionRows(HistoryRows):
    _extension_from_row = staticmethod(extension_from_row)

    def extensions_for(self, advice_id: int) -> list[Extension]:
        return fetch_live(self.store, "extensions", "advice_id", advice_id, extension_from_row)

    def extensions_for_many(self, advice_ids: list[int]) -> dict[int, list[Extension]]:
        result: dict[int, list[Extension]] = {}
        for row in fetch_live_many(self.store, "extensions", advice_ids):
            result.setdefault(row["advice_id"], []).append(extension_from_row(row))
        return result

    def insert_extension(self, extension: Extension) -> Extension:
        require_transaction(self.store)
        at = now()
        columns = {
            "advice_id": extension.advice_id,
            "term": extension.term.value,
            "previous_date": to_iso(extension.previous_date),
            "new_date": extension.new_date.isoformat(),
            "reason": extension.reason.strip(),
            "agreed_by": extension.agreed_by.strip(),
            "agreed_on": to_iso(extension.agreed_on),
            "created_at": ts(at),
        }
        extension_id = self._insert_recorded(
            "extensions",
            "extension",
            extension.advice_id,
            columns,
            at=at,
            field=extension.term.value,
            old=extension.previous_date,
            new=extension.new_date,
        )
        return replace(extension, id=extension_id, created_at=at)

    def set_extension_deleted(self, extension_id: int, deleted: bool) -> int:
        require_transaction(self.store)
        advice_id = self.store.scalar(
            "SELECT advice_id FROM extensions WHERE id = ?", (extension_id,)
        )
        if advice_id is None:
            raise NotFoundError(
                translate("Storage", "Verdaging {id} bestaat niet.").format(id=extension_id)
            )
        self._set_deleted("extensions", "extension", extension_id, int(advice_id), deleted)
        return int(advice_id)
