"""The ``documents`` table: files kept with an advice (the files themselves are stored
beside the database, content addressed)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING

from adviesraad_app.i18n import translate
from adviesraad_app.storage.history import HistoryRows
from adviesraad_app.storage.rows import dt, fetch_by_id, fetch_live, now, require_transaction, ts

if TYPE_CHECKING:  # loaded when a document is read or written (issue 14, start-up)
    from adviesraad_app.domain.documents import Document


def document_from_row(row: sqlite3.Row) -> Document:
    """The row mapper of ``documents``."""
    from adviesraad_app.domain.documents import Document, DocumentKind

    return Document(
        id=row["id"],
        advice_id=row["advice_id"],
        kind=DocumentKind(row["kind"]),
        original_name=row["original_name"],
        stored_name=row["stored_name"],
        sha256=row["sha256"],
        size=row["size"],
        description=row["description"],
        added_at=dt(row["added_at"]),
        deleted_at=dt(row["deleted_at"]),
    )


class DocumentRows(HistoryRows):
    _document_from_row = staticmethod(document_from_row)

    def documents_for(self, advice_id: int) -> list[Document]:
        return fetch_live(self.store, "documents", "advice_id", advice_id, document_from_row)

    def all_documents(self) -> list[Document]:
        return [document_from_row(r) for r in self.store.query("SELECT * FROM documents")]

    def get_document(self, document_id: int) -> Document:
        return fetch_by_id(
            self.store,
            "documents",
            document_id,
            document_from_row,
            lambda: translate("Storage", "Document {id} bestaat niet.").format(id=document_id),
        )

    def insert_document(self, document: Document) -> Document:
        require_transaction(self.store)
        at = now()
        columns = {
            "advice_id": document.advice_id,
            "kind": document.kind.value,
            "original_name": document.original_name,
            "stored_name": document.stored_name,
            "sha256": document.sha256,
            "size": document.size,
            "description": document.description,
            "added_at": ts(at),
        }
        document_id = self._insert_recorded(
            "documents", "document", document.advice_id, columns, at=at, new=document.original_name
        )
        return replace(document, id=document_id, added_at=at)

    def set_document_deleted(self, document_id: int, deleted: bool) -> int:
        require_transaction(self.store)
        document = self.get_document(document_id)
        self._set_deleted("documents", "document", document_id, document.advice_id, deleted)
        return document.advice_id
