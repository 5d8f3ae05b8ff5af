"""The ``advices`` and ``recommendations`` tables: one advice with its recommendations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from adviesraad_app.domain.dates import from_iso, to_iso
from adviesraad_app.domain.kinds import AdviceKind, ManualStatus
from adviesraad_app.i18n import translate
from adviesraad_app.storage.history import HistoryRows
from adviesraad_app.storage.rows import (
    chunks,
    dt,
    fetch_by_id,
    insert_row,
    now,
    require_transaction,
    ts,
    update_row,
)

if TYPE_CHECKING:
    # Defined when an advice is read whole (a dossier, a write): the register's rows do not
    # need them (issue 14, start-up).
    from adviesraad_app.domain.advices import Advice, Recommendation


def advice_from_row(row: sqlite3.Row, recommendations: list[Recommendation]) -> Advice:
    """The row mapper of ``advices``."""
    from adviesraad_app.domain.advices import Advice

    return Advice(
        id=row["id"],
        number=row["number"],
        kind=AdviceKind(row["kind"]),
        title=row["title"],
        theme=row["theme"],
        portfolio_holder=row["portfolio_holder"],
        civil_servant=row["civil_servant"],
        working_group=row["working_group"],
        request_received=from_iso(row["request_received"]),
        request_reference=row["request_reference"],
        requested_deadline=from_iso(row["requested_deadline"]),
        sent_date=from_iso(row["sent_date"]),
        reference=row["reference"],
        summary=row["summary"],
        recommendations=tuple(recommendations),
        internal_notes=row["internal_notes"],
        confidential=bool(row["confidential"]),
        published=bool(row["published"]),
        manual_status=ManualStatus(row["manual_status"]) if row["manual_status"] else None,
        keep_open=bool(row["keep_open"]),
        advice_term_weeks=row["advice_term_weeks"],
        reply_term_weeks=row["reply_term_weeks"],
        created_at=dt(row["created_at"]),
        updated_at=dt(row["updated_at"]),
        deleted_at=dt(row["deleted_at"]),
    )


def advice_columns(advice: Advice) -> dict[str, Any]:
    """What ``advices`` stores of an advice (its derived columns aside)."""
    from adviesraad_app.domain.advices import number_parts

    parts = number_parts(advice.number)
    assert parts is not None
    return {
        "number": advice.number,
        "year": parts[0],
        "seq": parts[1],
        "kind": advice.kind.value,
        "title": advice.title.strip(),
        "theme": advice.theme,
        "portfolio_holder": advice.portfolio_holder,
        "civil_servant": advice.civil_servant,
        "working_group": advice.working_group,
        "request_received": to_iso(advice.request_received),
        "request_reference": advice.request_reference,
        "requested_deadline": to_iso(advice.requested_deadline),
        "sent_date": to_iso(advice.sent_date),
        "reference": advice.reference,
        "summary": advice.summary,
        "internal_notes": advice.internal_notes,
        "confidential": int(advice.confidential),
        "published": int(advice.published),
        "manual_status": advice.manual_status.value if advice.manual_status else None,
        "keep_open": int(advice.keep_open),
        "advice_term_weeks": advice.advice_term_weeks,
        "reply_term_weeks": advice.reply_term_weeks,
    }


class AdviceRows(HistoryRows):
    _advice_from_row = staticmethod(advice_from_row)
    _advice_columns = staticmethod(advice_columns)

    def _recommendations(self, advice_ids: Iterable[int]) -> dict[int, list[Recommendation]]:
        from adviesraad_app.domain.advices import Recommendation

        ids = list(advice_ids)
        result: dict[int, list[Recommendation]] = {i: [] for i in ids}
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in self.store.query(
                f"SELECT advice_id, number, text FROM recommendations WHERE advice_id IN ({marks}) "
                "ORDER BY advice_id, number",
                chunk,
            ):
                result[row["advice_id"]].append(Recommendation(row["number"], row["text"]))
        return result

    def get_advice(self, advice_id: int, *, include_deleted: bool = False) -> Advice:
        recommendations = self._recommendations([advice_id])[advice_id]
        return fetch_by_id(
            self.store,
            "advices",
            advice_id,
            lambda row: advice_from_row(row, recommendations),
            lambda: translate("Storage", "Advies {id} bestaat niet (of is verwijderd).").format(
                id=advice_id
            ),
            include_deleted=include_deleted,
        )

    def get_advices(self, advice_ids: list[int]) -> list[Advice]:
        """Several advices at once, in the order asked (deleted ones included)."""
        found: dict[int, sqlite3.Row] = {}
        for chunk in chunks(advice_ids):
            marks = ",".join("?" * len(chunk))
            for row in self.store.query(f"SELECT * FROM advices WHERE id IN ({marks})", chunk):
                found[row["id"]] = row
        recs = self._recommendations(found)
        return [advice_from_row(found[i], recs[i]) for i in advice_ids if i in found]

    def find_advice_by_number(self, number: str) -> int | None:
        value = self.store.scalar("SELECT id FROM advices WHERE number = ?", (number.strip(),))
        return int(value) if value is not None else None

    def next_number(self, year: int) -> str:
        from adviesraad_app.domain.advices import format_number

        value = self.store.scalar("SELECT max(seq) FROM advices WHERE year = ?", (year,))
        return format_number(year, int(value or 0) + 1)

    def number_in_use(self, number: str, except_id: int | None = None) -> bool:
        value = self.store.scalar(
            "SELECT id FROM advices WHERE number = ? AND id IS NOT ?", (number, except_id)
        )
        return value is not None

    def insert_advice(self, advice: Advice, *, at: datetime | None = None) -> Advice:
        """Insert a new advice (its number must be set) with its recommendations."""
        require_transaction(self.store)
        at = at or now()
        columns = advice_columns(advice)
        columns.update(created_at=ts(at), updated_at=ts(at), status="in_voorbereiding")
        advice_id = insert_row(self.store, "advices", columns)
        self._write_recommendations(advice_id, advice.recommendations)
        self.record(
            advice_id=advice_id,
            entity="advice",
            entity_id=advice_id,
            action="created",
            new=advice.number,
            at=at,
        )
        return replace(advice, id=advice_id, created_at=at, updated_at=at)

    def _write_recommendations(
        self, advice_id: int, recommendations: Iterable[Recommendation]
    ) -> None:
        self.store.conn.execute("DELETE FROM recommendations WHERE advice_id = ?", (advice_id,))
        self.store.conn.executemany(
            "INSERT INTO recommendations (advice_id, number, text) VALUES (?, ?, ?)",
            [(advice_id, r.number, r.text) for r in recommendations],
        )

    def update_advice(self, advice: Advice, *, at: datetime | None = None) -> Advice:
        require_transaction(self.store)
        assert advice.id is not None
        at = at or now()
        old = self.get_advice(advice.id, include_deleted=True)
        columns = advice_columns(advice)
        old_columns = advice_columns(old)
        changed = self.record_diff(
            advice_id=advice.id,
            entity="advice",
            entity_id=advice.id,
            old={k: v for k, v in old_columns.items() if k not in ("year", "seq")},
            new={k: v for k, v in columns.items() if k not in ("year", "seq")},
            at=at,
        )
        old_recs = {r.number: r.text for r in old.recommendations}
        new_recs = {r.number: r.text for r in advice.recommendations}
        for number in sorted(old_recs.keys() | new_recs.keys()):
            if old_recs.get(number) != new_recs.get(number):
                self.record(
                    advice_id=advice.id,
                    entity="recommendation",
                    entity_id=number,
                    action="updated",
                    field=f"recommendation {number}",
                    old=old_recs.get(number),
                    new=new_recs.get(number),
                    at=at,
                )
                changed += 1
        if not changed:
            return old
        columns["updated_at"] = ts(at)
        update_row(self.store, "advices", advice.id, columns)
        if old_recs != new_recs:
            self._write_recommendations(advice.id, advice.recommendations)
        return replace(advice, created_at=old.created_at, updated_at=at)

    def set_advice_deleted(self, advice_id: int, deleted: bool) -> None:
        require_transaction(self.store)
        self._set_deleted("advices", "advice", advice_id, advice_id, deleted)
