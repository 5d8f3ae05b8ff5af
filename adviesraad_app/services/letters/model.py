"""The letter as read: the types both the letter importer (:mod:`reading`, :mod:`files`) and
the mail reader (:mod:`adviesraad_app.services.letters.mail`) use, so neither imports the other's
workings. A letter may have come in a mail (:class:`MailLetter`), and a mail carries the
letter chosen from it; both types live here for that reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.letter_fields import LetterFields
from adviesraad_app.domain.letter_match import MatchCandidate
from adviesraad_app.i18n import translate

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt")
MAIL_SUFFIXES = (".eml", ".msg")  # read by services.mail, which hands back one of the above


class LetterReadError(UserError):
    """A letter file that cannot be read; the message names the file and says why."""


@dataclass(frozen=True, slots=True)
class LetterText:
    path: Path
    format: str  # "pdf", "docx" or "txt"
    text: str
    mail: MailLetter | None = None  # the e-mail the letter came in (.eml, .msg)
    encoding: str | None = None  # for text files
    pages: int | None = None  # for PDF
    warnings: tuple[str, ...] = ()
    ocr: str | None = None  # the OCR program that read a scan ("tesseract 5.3.0"), else None


@dataclass(frozen=True, slots=True)
class MailLetter:
    """A mail read for the letter importer. ``source`` is the letter's text (its path is the
    mail's); ``letter_name``/``letter_data`` are the letter as stored with the dossier."""

    path: Path
    format: str  # "eml" or "msg"
    facts: MailFacts
    attachments: tuple[MailAttachment, ...]
    letter_name: str
    letter_data: bytes
    source: LetterText
    from_body: bool


@dataclass(frozen=True, slots=True)
class LetterAnalysis:
    """What a letter says and which advice it belongs to. Nothing has been saved."""

    source: LetterText
    fields: LetterFields
    candidates: tuple[MatchCandidate, ...]  # best first
    unambiguous: bool
    warnings: tuple[str, ...] = field(default=())
    # The number of the advice that already has this letter as its reply, if any.
    duplicate_of: str | None = None

    @property
    def path(self) -> Path:
        return self.source.path

    @property
    def match(self) -> MatchCandidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def alternatives(self) -> tuple[MatchCandidate, ...]:
        return self.candidates[1:]

    @property
    def mail(self) -> MailLetter | None:
        """The e-mail the letter came in (.eml, .msg), else ``None``."""
        return self.source.mail


@dataclass(frozen=True, slots=True)
class LetterSaved:
    """What saving a letter created."""

    advice_id: int
    number: str
    created_advice: bool
    document_id: int
    reply_id: int | None = None
    commitment_ids: tuple[int, ...] = ()
    reply_days_late: int | None = None


def letter_failure(path: Path, message: str) -> LetterReadError:
    """The refusal to read ``path``: its name, why, and that nothing was saved."""
    return LetterReadError(
        translate("Letters", "{name}: {message} Er is niets opgeslagen.").format(
            name=path.name, message=message
        )
    )


@dataclass(frozen=True, slots=True)
class MailFacts:
    """The mail's own header facts, as the mail program shows them."""

    sender: str | None
    to: str | None
    sent: datetime | None
    subject: str | None


@dataclass(frozen=True, slots=True)
class MailAttachment:
    name: str
    size: int
    used: bool
