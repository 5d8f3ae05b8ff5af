"""Reading and writing the register's objects. The only module (with ``queries``) that knows
the tables.

Every write method must run inside :meth:`Store.write` (one transaction per user action) and
records what it changed in ``history``, keeps the full-text index and the derived columns of
the advice current, and never deletes: deletion sets ``deleted_at`` and can be undone.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields, replace
from datetime import date, datetime
from enum import Enum
from typing import Any

from adviesraad_app.domain.dates import from_iso, to_iso
from adviesraad_app.domain.derived import Derived, derive
from adviesraad_app.domain.errors import NotFoundError
from adviesraad_app.domain.holidays import OwnDay
from adviesraad_app.domain.model import (
    Advice,
    AdviceKind,
    Commitment,
    CommitmentStatus,
    Document,
    DocumentKind,
    Extension,
    HistoryEntry,
    ManualStatus,
    Outcome,
    Recommendation,
    RecommendationOutcome,
    Reply,
    Settings,
    TermKind,
    format_number,
    number_parts,
)
from adviesraad_app.i18n import translate
from adviesraad_app.storage.constants import DERIVED_RULES_KEY
from adviesraad_app.storage.database import Store

# Fields whose changes are not worth a history line.
_QUIET = {"id", "created_at", "updated_at", "deleted_at", "added_at"}


def now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def _ts(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _plain(value: Any) -> str | None:
    """A value as history stores it: text, ISO dates, enum values."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _require_transaction(store: Store) -> None:
    if not store.conn.in_transaction:
        raise RuntimeError("write outside a transaction: wrap it in Store.write()")


class Repository:
    """The register's tables, as domain objects."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ------------------------------------------------------------------ history

    def record(
        self,
        *,
        advice_id: int | None,
        entity: str,
        entity_id: int | None,
        action: str,
        field: str = "",
        old: Any = None,
        new: Any = None,
        at: datetime | None = None,
    ) -> None:
        _require_transaction(self.store)
        self.store.conn.execute(
            "INSERT INTO history (at, advice_id, entity, entity_id, action, field, old_value, "
            "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _ts(at or now()),
                advice_id,
                entity,
                entity_id,
                action,
                field,
                _plain(old),
                _plain(new),
            ),
        )

    def record_diff(
        self,
        *,
        advice_id: int | None,
        entity: str,
        entity_id: int | None,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        at: datetime,
    ) -> int:
        changes = 0
        for key, new_value in new.items():
            if key in _QUIET:
                continue
            old_value = old.get(key)
            if _plain(old_value) != _plain(new_value):
                self.record(
                    advice_id=advice_id,
                    entity=entity,
                    entity_id=entity_id,
                    action="updated",
                    field=key,
                    old=old_value,
                    new=new_value,
                    at=at,
                )
                changes += 1
        return changes

    def history(self, advice_id: int) -> list[HistoryEntry]:
        rows = self.store.query(
            "SELECT * FROM history WHERE advice_id = ? ORDER BY id", (advice_id,)
        )
        return [
            HistoryEntry(
                id=row["id"],
                at=datetime.fromisoformat(row["at"]),
                advice_id=row["advice_id"],
                entity=row["entity"],
                entity_id=row["entity_id"],
                action=row["action"],
                field=row["field"],
                old_value=row["old_value"],
                new_value=row["new_value"],
            )
            for row in rows
        ]

    # ------------------------------------------------------------------ settings

    def load_settings(self) -> Settings:
        stored = {row["key"]: row["value"] for row in self.store.query("SELECT * FROM settings")}
        defaults = Settings()
        values: dict[str, Any] = {}
        for item in fields(Settings):
            if item.name not in stored:
                continue
            try:
                value = json.loads(stored[item.name])
            except ValueError:
                continue
            if item.name == "themes" and isinstance(value, list):
                value = tuple(str(v) for v in value)
            if item.name == "own_days":
                value = _own_days_from_json(value)
            default = getattr(defaults, item.name)
            if isinstance(default, bool) != isinstance(value, bool):
                continue
            if isinstance(value, type(default)):
                values[item.name] = value
        try:
            return Settings(**values)
        except ValueError:
            return defaults

    def save_settings(self, settings: Settings) -> None:
        _require_transaction(self.store)
        old = self.load_settings()
        at = now()
        for item in fields(Settings):
            value = getattr(settings, item.name)
            if value == getattr(old, item.name):
                continue
            encoded = json.dumps(_jsonable(value))
            self.store.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (item.name, encoded),
            )
            self.record(
                advice_id=None,
                entity="settings",
                entity_id=None,
                action="updated",
                field=item.name,
                old=json.dumps(_jsonable(getattr(old, item.name))),
                new=encoded,
                at=at,
            )

    # ------------------------------------------------------------------ advices

    def _recommendations(self, advice_ids: Iterable[int]) -> dict[int, list[Recommendation]]:
        ids = list(advice_ids)
        result: dict[int, list[Recommendation]] = {i: [] for i in ids}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in self.store.query(
                f"SELECT advice_id, number, text FROM recommendations WHERE advice_id IN ({marks}) "
                "ORDER BY advice_id, number",
                chunk,
            ):
                result[row["advice_id"]].append(Recommendation(row["number"], row["text"]))
        return result

    @staticmethod
    def _advice_from_row(row: sqlite3.Row, recommendations: list[Recommendation]) -> Advice:
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
            created_at=_dt(row["created_at"]),
            updated_at=_dt(row["updated_at"]),
            deleted_at=_dt(row["deleted_at"]),
        )

    def get_advice(self, advice_id: int, *, include_deleted: bool = False) -> Advice:
        rows = self.store.query("SELECT * FROM advices WHERE id = ?", (advice_id,))
        if not rows or (rows[0]["deleted_at"] and not include_deleted):
            raise NotFoundError(
                translate("Storage", "Advies {id} bestaat niet (of is verwijderd).").format(
                    id=advice_id
                )
            )
        return self._advice_from_row(rows[0], self._recommendations([advice_id])[advice_id])

    def get_advices(self, advice_ids: list[int]) -> list[Advice]:
        """Several advices at once, in the order asked (deleted ones included)."""
        found: dict[int, sqlite3.Row] = {}
        for chunk in _chunks(advice_ids):
            marks = ",".join("?" * len(chunk))
            for row in self.store.query(f"SELECT * FROM advices WHERE id IN ({marks})", chunk):
                found[row["id"]] = row
        recs = self._recommendations(found)
        return [self._advice_from_row(found[i], recs[i]) for i in advice_ids if i in found]

    def find_advice_by_number(self, number: str) -> int | None:
        value = self.store.scalar("SELECT id FROM advices WHERE number = ?", (number.strip(),))
        return int(value) if value is not None else None

    def next_number(self, year: int) -> str:
        value = self.store.scalar("SELECT max(seq) FROM advices WHERE year = ?", (year,))
        return format_number(year, int(value or 0) + 1)

    def number_in_use(self, number: str, except_id: int | None = None) -> bool:
        value = self.store.scalar(
            "SELECT id FROM advices WHERE number = ? AND id IS NOT ?", (number, except_id)
        )
        return value is not None

    @staticmethod
    def _advice_columns(advice: Advice) -> dict[str, Any]:
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

    def insert_advice(self, advice: Advice, *, at: datetime | None = None) -> Advice:
        """Insert a new advice (its number must be set) with its recommendations."""
        _require_transaction(self.store)
        at = at or now()
        columns = self._advice_columns(advice)
        columns.update(created_at=_ts(at), updated_at=_ts(at), status="in_voorbereiding")
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        cursor = self.store.conn.execute(
            f"INSERT INTO advices ({names}) VALUES ({marks})", list(columns.values())
        )
        advice_id = int(cursor.lastrowid or 0)
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
        _require_transaction(self.store)
        assert advice.id is not None
        at = at or now()
        old = self.get_advice(advice.id, include_deleted=True)
        columns = self._advice_columns(advice)
        old_columns = self._advice_columns(old)
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
        columns["updated_at"] = _ts(at)
        assignments = ", ".join(f"{name} = ?" for name in columns)
        self.store.conn.execute(
            f"UPDATE advices SET {assignments} WHERE id = ?", [*columns.values(), advice.id]
        )
        if old_recs != new_recs:
            self._write_recommendations(advice.id, advice.recommendations)
        return replace(advice, created_at=old.created_at, updated_at=at)

    def set_advice_deleted(self, advice_id: int, deleted: bool) -> None:
        _require_transaction(self.store)
        self._set_deleted("advices", "advice", advice_id, advice_id, deleted)

    def _set_deleted(
        self, table: str, entity: str, entity_id: int, advice_id: int, deleted: bool
    ) -> None:
        at = now()
        current = self.store.scalar(f"SELECT deleted_at FROM {table} WHERE id = ?", (entity_id,))
        if deleted and current is not None:
            return
        if not deleted and current is None:
            return
        self.store.conn.execute(
            f"UPDATE {table} SET deleted_at = ? WHERE id = ?",
            (_ts(at) if deleted else None, entity_id),
        )
        self.record(
            advice_id=advice_id,
            entity=entity,
            entity_id=entity_id,
            action="deleted" if deleted else "restored",
            at=at,
        )

    # ------------------------------------------------------------------ replies

    def _outcomes(self, reply_id: int) -> tuple[RecommendationOutcome, ...]:
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
            created_at=_dt(row["created_at"]),
            deleted_at=_dt(row["deleted_at"]),
        )

    def reply_for(self, advice_id: int) -> Reply | None:
        rows = self.store.query(
            "SELECT * FROM replies WHERE advice_id = ? AND deleted_at IS NULL", (advice_id,)
        )
        return self._reply_from_row(rows[0]) if rows else None

    def get_reply(self, reply_id: int, *, include_deleted: bool = False) -> Reply:
        rows = self.store.query("SELECT * FROM replies WHERE id = ?", (reply_id,))
        if not rows or (rows[0]["deleted_at"] and not include_deleted):
            raise NotFoundError(
                translate("Storage", "Reactie {id} bestaat niet (of is verwijderd).").format(
                    id=reply_id
                )
            )
        return self._reply_from_row(rows[0])

    @staticmethod
    def _reply_columns(reply: Reply) -> dict[str, Any]:
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

    def _write_outcomes(self, reply_id: int, outcomes: Iterable[RecommendationOutcome]) -> None:
        self.store.conn.execute("DELETE FROM reply_outcomes WHERE reply_id = ?", (reply_id,))
        self.store.conn.executemany(
            "INSERT INTO reply_outcomes (reply_id, recommendation_number, outcome, reasons) "
            "VALUES (?, ?, ?, ?)",
            [(reply_id, o.recommendation_number, o.outcome.value, o.reasons) for o in outcomes],
        )

    def insert_reply(self, reply: Reply) -> Reply:
        _require_transaction(self.store)
        at = now()
        columns = self._reply_columns(reply)
        columns.update(created_at=_ts(at), updated_at=_ts(at))
        cursor = self.store.conn.execute(
            f"INSERT INTO replies ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            list(columns.values()),
        )
        reply_id = int(cursor.lastrowid or 0)
        self._write_outcomes(reply_id, reply.outcomes)
        self.record(
            advice_id=reply.advice_id,
            entity="reply",
            entity_id=reply_id,
            action="created",
            new=reply.date,
            at=at,
        )
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
        _require_transaction(self.store)
        assert reply.id is not None
        at = now()
        old = self.get_reply(reply.id, include_deleted=True)
        columns = self._reply_columns(reply)
        changed = self.record_diff(
            advice_id=reply.advice_id,
            entity="reply",
            entity_id=reply.id,
            old=self._reply_columns(old),
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
            columns["updated_at"] = _ts(at)
            assignments = ", ".join(f"{name} = ?" for name in columns)
            self.store.conn.execute(
                f"UPDATE replies SET {assignments} WHERE id = ?", [*columns.values(), reply.id]
            )
            self._write_outcomes(reply.id, reply.outcomes)
        return replace(reply, created_at=old.created_at)

    def set_reply_deleted(self, reply_id: int, deleted: bool) -> int:
        _require_transaction(self.store)
        reply = self.get_reply(reply_id, include_deleted=True)
        self._set_deleted("replies", "reply", reply_id, reply.advice_id, deleted)
        return reply.advice_id

    # ------------------------------------------------------------------ commitments

    @staticmethod
    def _commitment_from_row(row: sqlite3.Row) -> Commitment:
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
            created_at=_dt(row["created_at"]),
            deleted_at=_dt(row["deleted_at"]),
        )

    def commitments_for_reply(self, reply_id: int) -> list[Commitment]:
        return [
            self._commitment_from_row(row)
            for row in self.store.query(
                "SELECT * FROM commitments WHERE reply_id = ? AND deleted_at IS NULL ORDER BY id",
                (reply_id,),
            )
        ]

    def get_commitment(self, commitment_id: int, *, include_deleted: bool = False) -> Commitment:
        rows = self.store.query("SELECT * FROM commitments WHERE id = ?", (commitment_id,))
        if not rows or (rows[0]["deleted_at"] and not include_deleted):
            raise NotFoundError(
                translate("Storage", "Toezegging {id} bestaat niet (of is verwijderd).").format(
                    id=commitment_id
                )
            )
        return self._commitment_from_row(rows[0])

    def advice_of_reply(self, reply_id: int) -> int:
        value = self.store.scalar("SELECT advice_id FROM replies WHERE id = ?", (reply_id,))
        if value is None:
            raise NotFoundError(
                translate("Storage", "Reactie {id} bestaat niet.").format(id=reply_id)
            )
        return int(value)

    @staticmethod
    def _commitment_columns(commitment: Commitment) -> dict[str, Any]:
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

    def insert_commitment(self, commitment: Commitment) -> Commitment:
        _require_transaction(self.store)
        at = now()
        advice_id = self.advice_of_reply(commitment.reply_id)
        columns = self._commitment_columns(commitment)
        columns.update(created_at=_ts(at), updated_at=_ts(at))
        cursor = self.store.conn.execute(
            f"INSERT INTO commitments ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            list(columns.values()),
        )
        commitment_id = int(cursor.lastrowid or 0)
        self.record(
            advice_id=advice_id,
            entity="commitment",
            entity_id=commitment_id,
            action="created",
            new=commitment.text,
            at=at,
        )
        return replace(commitment, id=commitment_id, created_at=at)

    def update_commitment(self, commitment: Commitment) -> Commitment:
        _require_transaction(self.store)
        assert commitment.id is not None
        at = now()
        old = self.get_commitment(commitment.id, include_deleted=True)
        advice_id = self.advice_of_reply(commitment.reply_id)
        columns = self._commitment_columns(commitment)
        if self.record_diff(
            advice_id=advice_id,
            entity="commitment",
            entity_id=commitment.id,
            old=self._commitment_columns(old),
            new=columns,
            at=at,
        ):
            columns["updated_at"] = _ts(at)
            assignments = ", ".join(f"{name} = ?" for name in columns)
            self.store.conn.execute(
                f"UPDATE commitments SET {assignments} WHERE id = ?",
                [*columns.values(), commitment.id],
            )
        return replace(commitment, created_at=old.created_at)

    def set_commitment_deleted(self, commitment_id: int, deleted: bool) -> int:
        _require_transaction(self.store)
        commitment = self.get_commitment(commitment_id, include_deleted=True)
        advice_id = self.advice_of_reply(commitment.reply_id)
        self._set_deleted("commitments", "commitment", commitment_id, advice_id, deleted)
        return advice_id

    # ------------------------------------------------------------------ extensions

    @staticmethod
    def _extension_from_row(row: sqlite3.Row) -> Extension:
        return Extension(
            id=row["id"],
            advice_id=row["advice_id"],
            term=TermKind(row["term"]),
            previous_date=from_iso(row["previous_date"]),
            new_date=date.fromisoformat(row["new_date"]),
            reason=row["reason"],
            agreed_by=row["agreed_by"],
            agreed_on=from_iso(row["agreed_on"]),
            created_at=_dt(row["created_at"]),
            deleted_at=_dt(row["deleted_at"]),
        )

    def extensions_for(self, advice_id: int) -> list[Extension]:
        return [
            self._extension_from_row(row)
            for row in self.store.query(
                "SELECT * FROM extensions WHERE advice_id = ? AND deleted_at IS NULL ORDER BY id",
                (advice_id,),
            )
        ]

    def insert_extension(self, extension: Extension) -> Extension:
        _require_transaction(self.store)
        at = now()
        cursor = self.store.conn.execute(
            "INSERT INTO extensions (advice_id, term, previous_date, new_date, reason, agreed_by, "
            "agreed_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                extension.advice_id,
                extension.term.value,
                to_iso(extension.previous_date),
                extension.new_date.isoformat(),
                extension.reason.strip(),
                extension.agreed_by.strip(),
                to_iso(extension.agreed_on),
                _ts(at),
            ),
        )
        extension_id = int(cursor.lastrowid or 0)
        self.record(
            advice_id=extension.advice_id,
            entity="extension",
            entity_id=extension_id,
            action="created",
            field=extension.term.value,
            old=extension.previous_date,
            new=extension.new_date,
            at=at,
        )
        return replace(extension, id=extension_id, created_at=at)

    def set_extension_deleted(self, extension_id: int, deleted: bool) -> int:
        _require_transaction(self.store)
        advice_id = self.store.scalar(
            "SELECT advice_id FROM extensions WHERE id = ?", (extension_id,)
        )
        if advice_id is None:
            raise NotFoundError(
                translate("Storage", "Verdaging {id} bestaat niet.").format(id=extension_id)
            )
        self._set_deleted("extensions", "extension", extension_id, int(advice_id), deleted)
        return int(advice_id)

    # ------------------------------------------------------------------ documents

    @staticmethod
    def _document_from_row(row: sqlite3.Row) -> Document:
        return Document(
            id=row["id"],
            advice_id=row["advice_id"],
            kind=DocumentKind(row["kind"]),
            original_name=row["original_name"],
            stored_name=row["stored_name"],
            sha256=row["sha256"],
            size=row["size"],
            description=row["description"],
            added_at=_dt(row["added_at"]),
            deleted_at=_dt(row["deleted_at"]),
        )

    def documents_for(self, advice_id: int) -> list[Document]:
        return [
            self._document_from_row(row)
            for row in self.store.query(
                "SELECT * FROM documents WHERE advice_id = ? AND deleted_at IS NULL ORDER BY id",
                (advice_id,),
            )
        ]

    def all_documents(self) -> list[Document]:
        return [self._document_from_row(r) for r in self.store.query("SELECT * FROM documents")]

    def get_document(self, document_id: int) -> Document:
        rows = self.store.query("SELECT * FROM documents WHERE id = ?", (document_id,))
        if not rows:
            raise NotFoundError(
                translate("Storage", "Document {id} bestaat niet.").format(id=document_id)
            )
        return self._document_from_row(rows[0])

    def insert_document(self, document: Document) -> Document:
        _require_transaction(self.store)
        at = now()
        cursor = self.store.conn.execute(
            "INSERT INTO documents (advice_id, kind, original_name, stored_name, sha256, size, "
            "description, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document.advice_id,
                document.kind.value,
                document.original_name,
                document.stored_name,
                document.sha256,
                document.size,
                document.description,
                _ts(at),
            ),
        )
        document_id = int(cursor.lastrowid or 0)
        self.record(
            advice_id=document.advice_id,
            entity="document",
            entity_id=document_id,
            action="created",
            new=document.original_name,
            at=at,
        )
        return replace(document, id=document_id, added_at=at)

    def set_document_deleted(self, document_id: int, deleted: bool) -> int:
        _require_transaction(self.store)
        document = self.get_document(document_id)
        self._set_deleted("documents", "document", document_id, document.advice_id, deleted)
        return document.advice_id

    # ------------------------------------------------------------------ derived data

    def refresh(self, advice_id: int, settings: Settings | None = None) -> Derived:
        """Recompute the derived columns and the search text of one advice."""
        _require_transaction(self.store)
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
        _require_transaction(self.store)
        n = 0
        for chunk in self.derive_all(settings):
            for advice_id, derived in chunk.items():
                self._write_derived(advice_id, derived)
            n += len(chunk)
        return n

    def derive_all(self, settings: Settings) -> Iterator[dict[int, Derived]]:
        """What the rules derive for every advice (also deleted ones), 500 advices at a time:
        ``{advice id: Derived}`` per chunk. Reads only."""
        ids = [row[0] for row in self.store.query("SELECT id FROM advices")]
        for chunk in _chunks(ids, 500):
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

    def replies_for_many(self, advice_ids: list[int]) -> dict[int, Reply]:
        """The live reply of each of these advices that has one: ``{advice id: Reply}``."""
        result: dict[int, Reply] = {}
        for chunk in _chunks(advice_ids):
            marks = ",".join("?" * len(chunk))
            for row in self.store.query(
                f"SELECT * FROM replies WHERE deleted_at IS NULL AND advice_id IN ({marks})",
                chunk,
            ):
                reply = self._reply_from_row(row)
                result[reply.advice_id] = reply
        return result

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

    def open_commitment_counts(self, advice_ids: list[int]) -> dict[int, int]:
        """How many open commitments the live reply of each advice holds: ``{advice id: n}``
        (advices without any are left out)."""
        result: dict[int, int] = {}
        for chunk in _chunks(advice_ids):
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

    def extensions_for_many(self, advice_ids: list[int]) -> dict[int, list[Extension]]:
        result: dict[int, list[Extension]] = {}
        for chunk in _chunks(advice_ids):
            marks = ",".join("?" * len(chunk))
            for row in self.store.query(
                f"SELECT * FROM extensions WHERE deleted_at IS NULL AND advice_id IN ({marks})",
                chunk,
            ):
                result.setdefault(row["advice_id"], []).append(self._extension_from_row(row))
        return result

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


def _jsonable(value: Any) -> Any:
    if isinstance(value, OwnDay):
        return {"date": value.date.isoformat(), "name": value.name}
    return [_jsonable(v) for v in value] if isinstance(value, tuple) else value


def _own_days_from_json(value: Any) -> tuple[OwnDay, ...] | None:
    """The council's own days as stored (a list of ``{"date", "name"}``); ``None`` when the
    stored value is not such a list (the default applies)."""
    if not isinstance(value, list):
        return None
    try:
        return tuple(
            OwnDay(date.fromisoformat(str(item["date"])), str(item["name"])) for item in value
        )
    except (TypeError, KeyError, ValueError):
        return None


def _chunks(items: Iterable[int], size: int = 900) -> Iterable[list[int]]:
    batch: list[int] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def settings_as_dict(settings: Settings) -> dict[str, Any]:
    return {item.name: _jsonable(getattr(settings, item.name)) for item in fields(Settings)}


def recompute_stale_derived(store: Store) -> None:
    """When the cached deadlines and statuses were made by other rules (after migration 0003,
    or when a new decree under the Algemene termijnenwet was added): recompute every advice
    in one transaction, not recorded in the history (no user changed anything). The rules'
    version is stored in the same transaction, so a failure leaves it for the next start."""
    from adviesraad_app.domain.derived import RULES_VERSION

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
