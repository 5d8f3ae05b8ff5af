"""Which part of a mail is the letter: the attachment (pdf, docx, txt) that reads as a
letter of the college, else the body. Each candidate is read by the letter reader itself,
from a temporary copy, so a mail's attachment is held to the same bounds as a file."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from adviesraad_app.domain.letter_fields import LetterType
from adviesraad_app.domain.letters import parse_letter
from adviesraad_app.i18n import translate
from adviesraad_app.services.letters.files import read_letter_file
from adviesraad_app.services.letters.mail.forward import forwarded_letter
from adviesraad_app.services.letters.mail.model import (
    MAX_BODY_CHARS,
    MAX_LETTERS_READ,
    MailPart,
    RawMail,
    scratch_folder,
)
from adviesraad_app.services.letters.model import (
    SUPPORTED_SUFFIXES,
    LetterReadError,
    LetterText,
    MailAttachment,
)

_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)]
)


def safe_name(name: str, fallback: str) -> str:
    """A file name that is safe on Windows and Linux (no folders, no reserved characters)."""
    cleaned = _UNSAFE.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    if not cleaned:
        return fallback
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot or len(suffix) > 8:
        stem, suffix = cleaned, ""
    if stem.split(".")[0].upper() in _RESERVED:  # CON.pdf cannot be written on Windows
        stem = "_" + stem
    return stem[:100] + ("." + suffix if suffix else "")


def letter_suffix(part: MailPart) -> str | None:
    """``.pdf``/``.docx``/``.txt`` for an attachment the letter reader can take: by its name,
    or (for a name without one, as Outlook sometimes gives) by what its bytes are."""
    suffix = Path(part.name).suffix.lower()
    if not part.data:
        return None
    if suffix in SUPPORTED_SUFFIXES:
        return suffix
    if suffix:
        return None
    if b"%PDF-" in part.data[:1024]:
        return ".pdf"
    if part.data.startswith(b"PK\x03\x04") and b"word/" in part.data[:65536]:
        return ".docx"
    return None


def _base(name: str) -> str:
    """The name without a letter suffix (``Reactie 2024.03`` keeps its ``.03``)."""
    suffix = Path(name).suffix
    return name[: -len(suffix)] if suffix.lower() in SUPPORTED_SUFFIXES else name


def letter_suffix_or_pdf(part: MailPart) -> str:
    return letter_suffix(part) or ".pdf"


@dataclass(frozen=True, slots=True)
class ChosenLetter:
    name: str  # file name of the letter as it is stored with the dossier
    data: bytes
    text: LetterText
    attachments: tuple[MailAttachment, ...]
    warnings: tuple[str, ...]


def _score(text: LetterText) -> int:
    fields = parse_letter(text.text)
    if not fields.has_header:
        return 0
    return 2 if fields.letter_type in (LetterType.REPLY, LetterType.REQUEST) else 1


def choose_letter(mail_path: Path, mail: RawMail) -> ChosenLetter | None:
    """The part that is the letter; ``None`` when the mail has neither a readable letter
    attachment nor a body."""
    warnings: list[str] = []
    best: tuple[int, int, LetterText, MailPart] | None = None
    candidates = [
        (i, part, suffix)
        for i, part in enumerate(mail.attachments)
        if (suffix := letter_suffix(part)) is not None
    ]
    if len(candidates) > MAX_LETTERS_READ:
        warnings.append(
            translate(
                "Mail", "Alleen de eerste {n} bijlagen zijn bekeken om de brief te vinden."
            ).format(n=MAX_LETTERS_READ)
        )
    with scratch_folder() as folder:
        for i, part, suffix in candidates[:MAX_LETTERS_READ]:
            copy = Path(folder) / str(i) / (safe_name(_base(part.name), "bijlage") + suffix)
            copy.parent.mkdir()
            copy.write_bytes(part.data)
            try:
                text = read_letter_file(copy)
            except LetterReadError:
                warnings.append(
                    translate(
                        "Mail", "De bijlage {name} kon niet als brief worden gelezen."
                    ).format(name=part.name)
                )
                continue
            score = _score(text)
            if best is None or score > best[0]:
                best = (score, i, text, part)
    body = forwarded_letter(mail.body[:MAX_BODY_CHARS])
    body_score = -1
    if body.strip():
        body_text = LetterText(mail_path, "txt", body)
        body_score = _score(body_text)
    if best is not None and best[0] >= body_score:
        score, index, text, part = best
        return ChosenLetter(
            name=safe_name(_base(part.name), "brief") + letter_suffix_or_pdf(part),
            data=part.data,
            text=replace(text, path=mail_path),
            attachments=_listed(mail, index),
            warnings=tuple(warnings) + text.warnings,
        )
    if body_score < 0:
        return None
    subject = mail.facts.subject or translate("Mail", "e-mail")
    return ChosenLetter(
        name=safe_name(subject, "e-mail") + ".txt",
        data=body.encode("utf-8"),
        text=LetterText(mail_path, "txt", body, encoding="utf-8"),
        attachments=_listed(mail, None),
        warnings=tuple(warnings),
    )


def _listed(mail: RawMail, used: int | None) -> tuple[MailAttachment, ...]:
    return tuple(
        MailAttachment(name=part.name, size=len(part.data), used=i == used)
        for i, part in enumerate(mail.attachments)
    )
