"""Storing a mail with a dossier: the letter it brought (as its own document) and the
original mail beside it, inside the caller's transaction."""

from __future__ import annotations

from pathlib import Path

from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.documents import Document, DocumentKind
from adviesraad_app.i18n import translate
from adviesraad_app.services.letters.mail import MailLetter
from adviesraad_app.services.letters.mail.model import scratch_folder
from adviesraad_app.services.register import RegisterService


def attach_mail_documents(
    service: RegisterService,
    advice_id: int,
    mail: MailLetter,
    kind: DocumentKind,
    description: str,
) -> Document:
    """Add the letter used (``kind``, ``description``) and the original mail to the advice's
    documents; returns the letter's document. Call it inside ``service.all_or_nothing()``."""
    with scratch_folder() as folder:
        letter = Path(folder) / mail.letter_name
        letter.write_bytes(mail.letter_data)
        document = service.add_document(advice_id, letter, kind, description)
    facts = mail.facts
    service.add_document(
        advice_id,
        mail.path,
        DocumentKind.OTHER,
        translate("Mail", "e-mail van {sender} ({date}): {subject}").format(
            sender=facts.sender or "?",
            date=format_short(facts.sent.date()) if facts.sent is not None else "?",
            subject=facts.subject or "?",
        ),
    )
    return document
