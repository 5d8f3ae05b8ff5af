"""Reading an ``.eml`` (internet mail, RFC 5322/MIME) with the standard library's ``email``
package and its modern policy, within the bounds of :mod:`.model`."""

from __future__ import annotations

import email
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import EmailPolicy
from pathlib import Path
from typing import Any

from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import decode_text
from adviesraad_app.services.letters.mail.html_text import html_to_text
from adviesraad_app.services.letters.mail.model import (
    MAX_DEPTH,
    MAX_HEADER_CHARS,
    MAX_MARKER_LINES,
    MAX_PARTS,
    MailPart,
    MailReadError,
    RawMail,
    count_decoded,
    mail_failure,
    too_complex,
)
from adviesraad_app.services.letters.model import MailFacts


class _BoundedPolicy(EmailPolicy):
    """The modern policy, with every header value cut to ``MAX_HEADER_CHARS`` before it is
    parsed: the header parser needs gigabytes for a Subject of megabytes of encoded words."""

    def header_fetch_parse(self, name: str, value: str) -> Any:
        return super().header_fetch_parse(name, value[:MAX_HEADER_CHARS])


POLICY = _BoundedPolicy()


@dataclass
class _Walk:
    path: Path
    parts: int = 0
    decoded: int = 0
    attachments: list[MailPart] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = message.get(name)
    except Exception:  # a header the policy cannot parse: left out, the mail still reads
        return None
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def facts_of(message: EmailMessage) -> MailFacts:
    sent = None
    try:
        date_header = message.get("Date")
        sent = getattr(date_header, "datetime", None)
    except Exception:  # an impossible date: the mail is still read, without its date
        sent = None
    return MailFacts(
        sender=_header(message, "From"),
        to=_header(message, "To"),
        sent=sent,
        subject=_header(message, "Subject"),
    )


def _payload(part: EmailMessage, walk: _Walk) -> bytes:
    raw = part.get_payload(decode=True)
    data = raw if isinstance(raw, bytes) else b""
    walk.decoded = count_decoded(
        walk.path,
        walk.decoded,
        len(data),
        translate(
            "Mail", "de onderdelen van de e-mail zijn samen uitgepakt te groot (meer dan {mb} MB)."
        ),
    )
    return data


def _text(part: EmailMessage, data: bytes) -> str:
    """A text part in its declared charset; an unknown or wrong one falls back to UTF-8 or
    Windows-1252, as Dutch mail programs write."""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError, ValueError):
        return decode_text(data)[0]


def _walk(part: EmailMessage, depth: int, walk: _Walk) -> None:
    walk.parts += 1
    if depth > MAX_DEPTH or walk.parts > MAX_PARTS:
        raise too_complex(walk.path)
    maintype = part.get_content_maintype()
    if maintype == "message" and part.is_multipart():  # a forwarded mail (message/rfc822)
        for inner in part.get_payload():
            if isinstance(inner, EmailMessage):
                _walk(inner, depth + 1, walk)
        return
    if maintype == "multipart":
        for inner in part.iter_parts():
            _walk(inner, depth + 1, walk)  # type: ignore[arg-type]
        return
    filename = part.get_filename()
    disposition = part.get_content_disposition()
    if filename or disposition == "attachment":
        name = filename or translate("Mail", "bijlage-{n}").format(n=len(walk.attachments) + 1)
        walk.attachments.append(MailPart(name, _payload(part, walk)))
        return
    if maintype != "text":
        return
    data = _payload(part, walk)
    if part.get_content_subtype() == "html":
        walk.html.append(_text(part, data))
    elif part.get_content_subtype() == "plain":
        walk.plain.append(_text(part, data))


def read_eml(path: Path, data: bytes) -> RawMail:
    """The parsed mail; :class:`~.model.MailReadError` for a mail that is damaged or too
    complex to read safely."""
    if data.count(b"\n--") > MAX_MARKER_LINES:  # before the parser builds thousands of parts
        raise too_complex(path)
    try:
        return _parse(path, data)
    except MailReadError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise too_complex(path) from exc
    except Exception as exc:  # whatever the parser raises on an untrusted file
        raise mail_failure(
            path,
            translate(
                "Mail", "de e-mail is beschadigd en kan niet worden gelezen. Sla hem opnieuw op."
            ),
        ) from exc


def _parse(path: Path, data: bytes) -> RawMail:
    message = email.message_from_bytes(data, policy=POLICY)
    if not isinstance(message, EmailMessage) or not (
        message.get("From") or message.get("Subject") or message.get("Date")
    ):
        raise mail_failure(
            path,
            translate("Mail", "dit is geen e-mail (geen afzender, onderwerp of datum gevonden)."),
        )
    walk = _Walk(path)
    _walk(message, 0, walk)
    body = "\n\n".join(t for t in walk.plain if t.strip())
    if not body.strip() and walk.html:
        body = "\n\n".join(html_to_text(h) for h in walk.html)
    return RawMail(facts_of(message), tuple(walk.attachments), body)
