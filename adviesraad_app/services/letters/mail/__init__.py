"""Letters that arrive by e-mail: an ``.eml`` or an Outlook ``.msg`` turned into the letter
the letter importer reads (the attachment that reads as a letter, or the mail's body), with
the mail's own facts and its attachments listed.

:func:`read_mail_letter` reads; :func:`attach_mail_documents` stores the letter used and
the original mail with a dossier when the import is saved.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import file_error, not_a_file
from adviesraad_app.services.letters.mail.model import (
    MAIL_SUFFIXES,
    MAX_MAIL_BYTES,
    MailReadError,
    mail_failure,
)
from adviesraad_app.services.letters.model import MailLetter


def read_mail_letter(path: Path) -> MailLetter:
    """Read ``path`` (``.eml`` or ``.msg``) and choose its letter. Raises
    :class:`MailReadError` (Dutch, naming the file; nothing saved) when it cannot."""
    from adviesraad_app.services.letters.mail.choose import choose_letter
    from adviesraad_app.services.letters.mail.eml import read_eml
    from adviesraad_app.services.letters.mail.msg import read_msg

    path = Path(path)
    try:
        problem = not_a_file(path)
        if problem is not None:
            raise mail_failure(path, problem)
        size = path.stat().st_size
        if size == 0:
            raise mail_failure(path, translate("Mail", "het bestand is leeg."))
        if size > MAX_MAIL_BYTES:
            raise mail_failure(
                path,
                translate("Mail", "de e-mail is te groot ({mb} MB; hooguit {max} MB).").format(
                    mb=size // (1024 * 1024), max=MAX_MAIL_BYTES // (1024 * 1024)
                ),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise file_error(exc, path) from exc
    is_msg = data.startswith(b"\xd0\xcf\x11\xe0")
    looks_like_mail = re.match(rb"[!-9;-~]+:", data[:200]) is not None  # a header line
    if path.suffix.lower() == ".msg" and not is_msg and not looks_like_mail:
        raise mail_failure(
            path,
            translate(
                "Mail",
                "dit is geen Outlook-bericht (.msg). Sla het bericht in Outlook op met "
                "Opslaan als.",
            ),
        )
    raw = read_msg(path) if is_msg else read_eml(path, data)
    del data
    chosen = choose_letter(path, raw)
    if chosen is None:
        raise mail_failure(
            path,
            translate(
                "Mail",
                "de e-mail heeft geen tekst en geen bijlage die als brief kan worden gelezen "
                "(.pdf, .docx of .txt).",
            ),
        )
    source = chosen.text
    if chosen.warnings:
        from dataclasses import replace

        source = replace(source, warnings=tuple(dict.fromkeys(chosen.warnings)))
    return MailLetter(
        path=path,
        format="msg" if is_msg else "eml",
        facts=raw.facts,
        attachments=chosen.attachments,
        letter_name=chosen.name,
        letter_data=chosen.data,
        source=source,
        from_body=not any(a.used for a in chosen.attachments),
    )


def mail_lines(mail: MailLetter) -> list[str]:
    """The mail's facts and its attachments in Dutch, one line each (CLI and dialog)."""
    from adviesraad_app.domain.dates import format_long

    f = mail.facts
    when = ""
    if f.sent is not None:  # in local time, as the mail program shows it
        local = f.sent.astimezone() if f.sent.tzinfo is not None else f.sent
        when = "{day} {time}".format(day=format_long(local.date()), time=local.strftime("%H:%M"))
    lines = [
        translate("Mail", "E-mail van: {sender}").format(sender=f.sender or "?"),
        translate("Mail", "Aan: {to}").format(to=f.to or "?"),
        translate("Mail", "Verzonden: {when}").format(when=when or "?"),
        translate("Mail", "Onderwerp e-mail: {subject}").format(subject=f.subject or "?"),
    ]
    for attachment in mail.attachments:
        template = (
            translate("Mail", "Bijlage {name} ({kb} kB): gelezen als de brief")
            if attachment.used
            else translate("Mail", "Bijlage {name} ({kb} kB): niet gebruikt")
        )
        lines.append(template.format(name=attachment.name, kb=max(1, attachment.size // 1024)))
    if mail.from_body:
        lines.append(translate("Mail", "De brief is de tekst van de e-mail zelf."))
    return lines


def mail_summary(mail: MailLetter) -> list[str]:
    """The mail in two lines, for the letter dialog: who, when, what; which attachment."""
    from adviesraad_app.domain.dates import format_moment

    f = mail.facts
    when = format_moment(f.sent) or "?"  # in local time
    first = translate("Mail", "E-mail van {sender} aan {to}, {when}: {subject}").format(
        sender=f.sender or "?", to=f.to or "?", when=when, subject=f.subject or "?"
    )
    names = [
        translate("Mail", "{name} (gelezen als de brief)").format(name=a.name) if a.used else a.name
        for a in mail.attachments
    ]
    if mail.from_body:
        second = translate("Mail", "De brief is de tekst van de e-mail zelf.")
        if names:
            second += " " + translate("Mail", "Bijlagen: {names}.").format(names=", ".join(names))
    else:
        second = translate("Mail", "Bijlagen: {names}.").format(names=", ".join(names))
    return [first, second]


def email_dict(mail: MailLetter | None) -> dict[str, Any] | None:
    """``"email"`` of the ``import-letter --json`` contract."""
    if mail is None:
        return None
    f = mail.facts
    return {
        "from": f.sender,
        "to": f.to,
        "date": f.sent.isoformat() if f.sent is not None else None,
        "subject": f.subject,
    }


def attachments_list(mail: MailLetter | None) -> list[dict[str, Any]] | None:
    """``"attachments"`` of the ``import-letter --json`` contract."""
    if mail is None:
        return None
    return [{"name": a.name, "size": a.size, "used": a.used} for a in mail.attachments]


__all__ = [
    "MAIL_SUFFIXES",
    "MailLetter",
    "MailReadError",
    "attachments_list",
    "email_dict",
    "mail_lines",
    "mail_summary",
    "read_mail_letter",
]
