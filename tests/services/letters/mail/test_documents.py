"""services/mail/documents.py: a mail stored with a dossier gives two documents, the letter
it brought (with the kind and description asked for) and the original mail beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.documents import DocumentKind
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.letters.mail import read_mail_letter
from adviesraad_app.services.letters.mail.documents import attach_mail_documents
from adviesraad_app.services.register import RegisterService
from tests.support.mails import attach_pdf, mail, write_mail


@pytest.fixture
def advice_id(service: RegisterService) -> int:
    saved = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Werk- en Leercentrum"))
    assert saved.id is not None
    return saved.id


def test_the_letter_and_the_original_mail_are_both_stored(
    tmp_path: Path, service: RegisterService, advice_id: int
) -> None:
    message = mail()
    message.set_content("Bijgaand onze reactie.")
    letter_bytes = attach_pdf(message, tmp_path)
    path = write_mail(tmp_path / "reactie.eml", message)
    letter = read_mail_letter(path)

    with service.all_or_nothing():
        document = attach_mail_documents(
            service, advice_id, letter, DocumentKind.REPLY, "reactie van het college"
        )

    assert document.kind is DocumentKind.REPLY
    assert document.description == "reactie van het college"
    assert document.original_name == "reactie.pdf"
    assert service.document_path(document).read_bytes() == letter_bytes
    stored = service.documents_for(advice_id)
    assert len(stored) == 2
    original = next(d for d in stored if d.id != document.id)
    assert original.kind is DocumentKind.OTHER
    assert original.original_name == "reactie.eml"
    assert original.description == (
        "e-mail van Gemeente Almelo <post@almelo.nl> (06-11-2024): "
        "Reactie op ongevraagd advies Werk- en Leercentrum"
    )
    assert service.document_path(original).read_bytes() == path.read_bytes()


def test_a_mail_without_date_or_subject_still_gets_a_description(
    tmp_path: Path, service: RegisterService, advice_id: int
) -> None:
    message = mail()
    del message["Date"]
    del message["Subject"]
    message.set_content("Bijgaand onze reactie.")
    attach_pdf(message, tmp_path)
    letter = read_mail_letter(write_mail(tmp_path / "zonder.eml", message))

    with service.all_or_nothing():
        attach_mail_documents(service, advice_id, letter, DocumentKind.REPLY, "")

    descriptions = {d.original_name: d.description for d in service.documents_for(advice_id)}
    assert descriptions["zonder.eml"] == "e-mail van Gemeente Almelo <post@almelo.nl> (?): ?"
