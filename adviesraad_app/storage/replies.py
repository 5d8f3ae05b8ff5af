"""The ``replies`` and ``reply_outcomes`` tables: the college's reply to an advice, with its
outcome per recommendation, and which college letters are already in the register."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from adviesraad_app.domain.errors import NotFoundError
from adviesraad_app.domain.kinds import Outcome
from adviesraad_app.i18n import translate
from adviesraad_app.storage.history import HistoryRows
from adviesraad_app.storage.rows import (
    dt,
    fetch_by_id,
    fetch_live_many,
    now,
    require_transaction,
    ts,
    update_row,
)

if TYPE_CHECKING:  # defined when a reply is read or written (issue 14, start-up)
    from adviesraad_app.domain.replies import RecommendationOutcome, Reply


def reply_columns(reply: Reply) -> dict[str, Any]:
    """What ``replies`` stores of a reply (its outcomes live in ``reply_outcomes``)."""
    return {
        "advice_id": reply.advice_id,
        "date": reply.date.isoformat(),
        "our_reference": reply.our_reference,
        "case_number": reply.case_number,
        "handled_by": reply.handled_by,
        "signatories": reply.signatories,
        "subject": reply.subject,
        "summary": reply.summary,
        "general_outcome": reply.general_outcome.value if reply.general_outcome else None,
    }


class ReplyRows(HistoryRows):
    _reply_columns = staticmethod(reply_columns)

    def _outcomes(self, reply_id: int) -> tuple[RecommendationOutcome, ...]:
        from adviesraad_app.domain.replies import RecommendationOutcome

        return tuple(
            RecommendationOutcome(
                row["recommendation_number"], Outcome(row["outcome"]), row["reasons"]
            )
            for row in self.store.query(
                "SELECT * FROM reply_outcomes WHERE reply_id = ? ORDER BY recommendation_number",
                (reply_id,),
            )
        )

    def _reply_from_row(self, row: sqlite3.Row) -> Reply:
        """The row mapper of ``replies`` (it reads the reply's outcomes)."""
        from adviesraad_app.domain.replies import Reply

        return Reply(
            id=row["id"],
            advice_id=row["advice_id"],
            date=date.fromisoformat(row["date"]),
            our_reference=row["our_reference"],
            case_number=row["case_number"],
            handled_by=row["handled_by"],
            signatories=row["signatories"],
            subject=row["subject"],
            summary=row["summary"],
            outcomes=self._outcomes(row["id"]),
            general_outcome=Outcome(row["general_outcome"]) if row["general_outcome"] else None,
            created_at=dt(row["created_at"]),
            deleted_at=dt(row["deleted_at"]),
        )

    def reply_for(self, advice_id: int) -> Reply | None:
        rows = self.store.query(
            "SELECT * FROM replies WHERE advice_id = ? AND deleted_at IS NULL", (advice_id,)
        )
        return self._reply_from_row(rows[0]) if rows else None

    def replies_for_many(self, advice_ids: list[int]) -> dict[int, Reply]:
        """The live reply of each of these advices that has one: ``{advice id: Reply}``."""
        result: dict[int, Reply] = {}
        for row in fetch_live_many(self.store, "replies", advice_ids):
            reply = self._reply_from_row(row)
            result[reply.advice_id] = reply
        return result

    def get_reply(self, reply_id: int, *, include_deleted: bool = False) -> Reply:
        return fetch_by_id(
            self.store,
            "replies",
            reply_id,
            self._reply_from_row,
            lambda: translate("Storage", "Reactie {id} bestaat niet (of is verwijderd).").format(
                id=reply_id
            ),
            include_deleted=include_deleted,
        )

    def advice_of_reply(self, reply_id: int) -> int:
        value = self.store.scalar("SELECT advice_id FROM replies WHERE id = ?", (reply_id,))
        if value is None:
            raise NotFoundError(
                translate("Storage", "Reactie {id} bestaat niet.").format(id=reply_id)
            )
        return int(value)

    def _write_outcomes(self, reply_id: int, outcomes: Iterable[RecommendationOutcome]) -> None:
        self.store.conn.execute("DELETE FROM reply_outcomes WHERE reply_id = ?", (reply_id,))
        self.store.conn.executemany(
            "INSERT INTO reply_outcomes (reply_id, recommendation_number, outcome, reasons) "
            "VALUES (?, ?, ?, ?)",
            [(reply_id, o.recommendation_number, o.outcome.value, o.reasons) for o in outcomes],
        )

    def insert_reply(self, reply: Reply) -> Reply:
        require_transaction(self.store)
        at = now()
        columns = reply_columns(reply)
        columns.update(created_at=ts(at), updated_at=ts(at))
        reply_id = self._insert_recorded(
            "replies", "reply", reply.advice_id, columns, at=at, new=reply.date
        )
        self._write_outcomes(reply_id, reply.outcomes)
        for outcome in reply.outcomes:
            self.record(
                advice_id=reply.advice_id,
                entity="reply",
                entity_id=reply_id,
                action="updated",
                field=f"outcome {outcome.recommendation_number}",
                new=outcome.outcome,
                at=at,
            )
        return replace(reply, id=reply_id, created_at=at)

    def update_reply(self, reply: Reply) -> Reply:
        require_transaction(self.store)
        assert reply.id is not None
        at = now()
        old = self.get_reply(reply.id, include_deleted=True)
        columns = reply_columns(reply)
        changed = self.record_diff(
            advice_id=reply.advice_id,
            entity="reply",
            entity_id=reply.id,
            old=reply_columns(old),
            new=columns,
            at=at,
        )
        old_map = {o.recommendation_number: o for o in old.outcomes}
        new_map = {o.recommendation_number: o for o in reply.outcomes}
        for number in sorted(old_map.keys() | new_map.keys()):
            before, after = old_map.get(number), new_map.get(number)
            if before != after:
                self.record(
                    advice_id=reply.advice_id,
                    entity="reply",
                    entity_id=reply.id,
                    action="updated",
                    field=f"outcome {number}",
                    old=_outcome_text(before),
                    new=_outcome_text(after),
                    at=at,
                )
                changed += 1
        if changed:
            columns["updated_at"] = ts(at)
            update_row(self.store, "replies", reply.id, columns)
            self._write_outcomes(reply.id, reply.outcomes)
        return replace(reply, created_at=old.created_at)

    def set_reply_deleted(self, reply_id: int, deleted: bool) -> int:
        require_transaction(self.store)
        reply = self.get_reply(reply_id, include_deleted=True)
        self._set_deleted("replies", "reply", reply_id, reply.advice_id, deleted)
        return reply.advice_id

    def advice_with_same_letter(
        self, our_reference: str, case_number: str, on: date, except_advice_id: int | None = None
    ) -> tuple[int, str] | None:
        """The live advice whose live reply is the same college letter: the same Ons kenmerk,
        or the same Zaaknummer and date (spaces and case ignored). ``(id, number)`` or None."""
        ours = "".join(our_reference.split()).upper()
        case = "".join(case_number.split()).upper()
        if not ours and not case:
            return None
        row = self.store.query(
            "SELECT a.id, a.number FROM replies AS r JOIN advices AS a ON a.id = r.advice_id "
            "WHERE r.deleted_at IS NULL AND a.deleted_at IS NULL AND a.id IS NOT ? AND ("
            "(? != '' AND upper(replace(r.our_reference, ' ', '')) = ?) OR "
            "(? != '' AND upper(replace(r.case_number, ' ', '')) = ? AND r.date = ?)) "
            "ORDER BY a.id LIMIT 1",
            (except_advice_id, ours, ours, case, case, on.isoformat()),
        )
        return (int(row[0][0]), str(row[0][1])) if row else None

    def letters_in_use(self) -> dict[tuple[str, ...], str]:
        """Every college letter that is the live reply to a live advice, by its
        :func:`letter_keys`: ``{key: advice number}``."""
        result: dict[tuple[str, ...], str] = {}
        for row in self.store.query(
            "SELECT a.number, r.our_reference, r.case_number, r.date FROM replies AS r "
            "JOIN advices AS a ON a.id = r.advice_id "
            "WHERE r.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY a.id"
        ):
            on = date.fromisoformat(row["date"])
            for key in letter_keys(row["our_reference"], row["case_number"], on):
                result.setdefault(key, row["number"])
        return result


def letter_keys(our_reference: str, case_number: str, on: date) -> list[tuple[str, ...]]:
    """What makes two college letters the same one: the same Ons kenmerk, or the same
    Zaaknummer and date (spaces and case ignored)."""
    keys: list[tuple[str, ...]] = []
    ours = "".join(our_reference.split()).upper()
    case = "".join(case_number.split()).upper()
    if ours:
        keys.append(("kenmerk", ours))
    if case:
        keys.append(("zaak", case, on.isoformat()))
    return keys


def _outcome_text(outcome: RecommendationOutcome | None) -> str | None:
    if outcome is None:
        return None
    if outcome.reasons:
        return f"{outcome.outcome.value}: {outcome.reasons}"
    return outcome.outcome.value
