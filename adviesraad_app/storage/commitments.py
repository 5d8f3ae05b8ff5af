"""The ``commitments`` table: what the college promised in its reply."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from adviesraad_app.domain.dates import from_iso, to_iso
from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.i18n import translate
from adviesraad_app.storage.replies import ReplyRows
from adviesraad_app.storage.rows import (
    chunks,
    dt,
    fetch_by_id,
    fetch_live,
    now,
    require_transaction,
    ts,
    update_row,
)

if TYPE_CHECKING:  # defined when a commitment is read or written (issue 14, start-up)
    from adviesraad_app.domain.commitments import Commitment


def commitment_from_row(row: sqlite3.Row) -> Commitment:
    """The row mapper of ``commitments``."""
    from adviesraad_app.domain.commitments import Commitment

    return Commitment(
        id=row["id"],
        reply_id=row["reply_id"],
        text=row["text"],
        due_date=from_iso(row["due_date"]),
        status=CommitmentStatus(row["status"]),
        note=row["note"],
        closed_on=from_iso(row["closed_on"]),
        closing_note=row["closing_note"],
        document_id=row["document_id"],
        created_at=dt(row["created_at"]),
        deleted_at=dt(row["deleted_at"]),
    )


def commitment_columns(commitment: Commitment) -> dict[str, Any]:
    return {
        "reply_id": commitment.reply_id,
        "text": commitment.text.strip(),
        "due_date": to_iso(commitment.due_date),
        "status": commitment.status.value,
        "note": commitment.note,
        "closed_on": to_iso(commitment.closed_on),
        "closing_note": commitment.closing_note,
        "document_id": commitment.document_id,
    }


class CommitmentRows(ReplyRows):
    _commitment_from_row = staticmethod(commitment_from_row)
    _commitment_columns = staticmethod(commitment_columns)

    def commitments_for_reply(self, reply_id: int) -> list[Commitment]:
        return fetch_live(self.store, "commitments", "reply_id", reply_id, commitment_from_row)

    def get_commitment(self, commitment_id: int, *, include_deleted: bool = False) -> Commitment:
        return fetch_by_id(
            self.store,
            "commitments",
            commitment_id,
            commitment_from_row,
            lambda: translate("Storage", "Toezegging {id} bestaat niet (of is verwijderd).").format(
                id=commitment_id
            ),
            include_deleted=include_deleted,
        )

    def open_commitment_counts(self, advice_ids: list[int]) -> dict[int, int]:
        """How many open commitments the live reply of each advice holds: ``{advice id: n}``
        (advices without any are left out)."""
        result: dict[int, int] = {}
        for chunk in chunks(advice_ids):
            marks = ",".join("?" * len(chunk))
            for row in self.store.query(
                "SELECT r.advice_id, count(*) FROM commitments AS c "
                "JOIN replies AS r ON r.id = c.reply_id "
                "WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL AND c.status = 'open' "
                f"AND r.advice_id IN ({marks}) GROUP BY r.advice_id",
                chunk,
            ):
                result[int(row[0])] = int(row[1])
        return result

    def insert_commitment(self, commitment: Commitment) -> Commitment:
        require_transaction(self.store)
        at = now()
        advice_id = self.advice_of_reply(commitment.reply_id)
        columns = commitment_columns(commitment)
        columns.update(created_at=ts(at), updated_at=ts(at))
        commitment_id = self._insert_recorded(
            "commitments", "commitment", advice_id, columns, at=at, new=commitment.text
        )
        return replace(commitment, id=commitment_id, created_at=at)

    def update_commitment(self, commitment: Commitment) -> Commitment:
        require_transaction(self.store)
        assert commitment.id is not None
        at = now()
        old = self.get_commitment(commitment.id, include_deleted=True)
        advice_id = self.advice_of_reply(commitment.reply_id)
        columns = commitment_columns(commitment)
        if self.record_diff(
            advice_id=advice_id,
            entity="commitment",
            entity_id=commitment.id,
            old=commitment_columns(old),
            new=columns,
            at=at,
        ):
            columns["updated_at"] = ts(at)
            update_row(self.store, "commitments", commitment.id, columns)
        return replace(commitment, created_at=old.created_at)

    def set_commitment_deleted(self, commitment_id: int, deleted: bool) -> int:
        require_transaction(self.store)
        commitment = self.get_commitment(commitment_id, include_deleted=True)
        advice_id = self.advice_of_reply(commitment.reply_id)
        self._set_deleted("commitments", "commitment", commitment_id, advice_id, deleted)
        return advice_id
