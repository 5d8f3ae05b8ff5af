"""storage/documents.py: a document's row reads back as registered, a deleted one is left out
of the dossier but kept for the check (``all_documents``), an unknown one is a Dutch "does not
exist"."""

from __future__ import annotations

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.documents import Document, DocumentKind
from adviesraad_app.domain.errors import NotFoundError
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from tests.support.internals import repo_of, store_of


def _document(advice_id: int, name: str) -> Document:
    return Document(
        advice_id=advice_id,
        kind=DocumentKind.REPLY,
        original_name=name,
        stored_name=f"ab/{name}",
        sha256="ab" * 32,
        size=123,
        description="reactie van het college",
    )


def test_documents_read_back_and_deleted_ones_stay_for_the_check(
    service: RegisterService,
) -> None:
    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Met stukken"))
    assert advice.id is not None
    repo = repo_of(service)
    with store_of(service).write():
        kept = repo.insert_document(_document(advice.id, "reactie.pdf"))
        gone = repo.insert_document(_document(advice.id, "oud.pdf"))
    assert kept.id is not None and gone.id is not None and kept.added_at is not None
    got = repo.get_document(kept.id)
    assert (got.kind, got.original_name, got.size, got.description) == (
        DocumentKind.REPLY,
        "reactie.pdf",
        123,
        "reactie van het college",
    )
    with store_of(service).write():
        assert repo.set_document_deleted(gone.id, True) == advice.id
    assert [d.id for d in repo.documents_for(advice.id)] == [kept.id]
    everything = {d.id: d.deleted_at for d in repo.all_documents()}
    assert set(everything) == {kept.id, gone.id}
    assert everything[gone.id] is not None and everything[kept.id] is None
    created = [h for h in repo.history(advice.id) if h.entity == "document"]
    assert [(h.action, h.new_value) for h in created][:2] == [
        ("created", "reactie.pdf"),
        ("created", "oud.pdf"),
    ]


def test_an_unknown_document(service: RegisterService) -> None:
    with pytest.raises(NotFoundError) as caught:
        repo_of(service).get_document(41)
    assert str(caught.value) == "Document 41 bestaat niet."
