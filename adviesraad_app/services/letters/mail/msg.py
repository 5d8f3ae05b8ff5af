"""Reading an Outlook ``.msg`` (an OLE compound file) with extract-msg, within the bounds of
:mod:`.model`. extract-msg is imported here only, when a ``.msg`` is read."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import decode_text, quiet_library
from adviesraad_app.services.letters.mail.html_text import html_to_text
from adviesraad_app.services.letters.mail.model import (
    MAX_DEPTH,
    MAX_PARTS,
    MailPart,
    MailReadError,
    RawMail,
    count_decoded,
    mail_failure,
    too_complex,
)
from adviesraad_app.services.letters.model import MailFacts


def _utc(value: datetime) -> datetime:
    """Outlook stores the moment in UTC and extract-msg gives it in the machine's zone: UTC
    again, so the JSON does not depend on where it runs."""
    return value.astimezone(UTC) if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = decode_text(value)[0]
    text = " ".join(str(value).split())
    return text or None


PLAIN_STREAM = "__substg1.0_1000"  # PidTagBody
HTML_STREAM = "__substg1.0_10130102"  # PidTagHtml
MAX_RTF_BYTES = 1024 * 1024  # a body only in RTF is converted up to this size


def _body(message: Any) -> str:
    """The plain body, else the HTML body as text, else (small only) the RTF body: the RTF
    converter is slow and hungry on a large or hostile RTF, so a big one is not converted."""
    plain = message.getStringStream(PLAIN_STREAM)
    if plain and plain.strip():
        return str(plain)
    html = message.getStream(HTML_STREAM)
    if html:
        return html_to_text(decode_text(bytes(html))[0])
    rtf = message.compressedRtf
    if rtf and len(rtf) <= MAX_RTF_BYTES // 4 and _rtf_raw_size(rtf) <= MAX_RTF_BYTES:
        return str(message.body or "")
    return ""


def _rtf_raw_size(compressed: bytes) -> int:
    """The uncompressed size a compressed RTF stream states ([MS-OXRTFCP] header)."""
    return int.from_bytes(compressed[4:8], "little") if len(compressed) >= 8 else 0


class _Collect:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.parts = 0
        self.decoded = 0
        self.attachments: list[MailPart] = []

    def message(self, message: Any, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise too_complex(self.path)
        for attachment in message.attachments:
            self.parts += 1
            if self.parts > MAX_PARTS:
                raise too_complex(self.path)
            data = attachment.data
            if isinstance(data, bytes):
                self.decoded = count_decoded(
                    self.path,
                    self.decoded,
                    len(data),
                    translate(
                        "Mail", "de bijlagen van de e-mail zijn samen te groot (meer dan {mb} MB)."
                    ),
                )
                name = (
                    attachment.longFilename
                    or attachment.shortFilename
                    or translate("Mail", "bijlage-{n}").format(n=len(self.attachments) + 1)
                )
                self.attachments.append(MailPart(str(name), data))
            elif hasattr(data, "attachments"):  # a forwarded Outlook message, embedded
                self.message(data, depth + 1)


def _check_structure(path: Path) -> None:
    """Count the attachments (at any depth) and their nesting in the OLE directory before
    extract-msg loads them all: too many or too deep is refused."""
    import olefile  # type: ignore[import-untyped]

    attachments: set[tuple[str, ...]] = set()
    depth = 0
    with olefile.OleFileIO(str(path)) as ole:
        for entry in ole.listdir(streams=True, storages=True):
            levels = [i for i, part in enumerate(entry) if part.startswith("__attach_version1.0_")]
            if levels:
                attachments.add(tuple(entry[: levels[-1] + 1]))
                depth = max(depth, len(levels))
                if len(attachments) > MAX_PARTS or depth > MAX_DEPTH:
                    raise too_complex(path)


def read_msg(path: Path) -> RawMail:
    """The parsed Outlook message; :class:`~.model.MailReadError` when it is damaged, not an
    Outlook message, or too complex."""
    import extract_msg

    message: Any = None
    try:
        with quiet_library("extract_msg"), quiet_library("olefile"):
            _check_structure(path)
            message = extract_msg.openMsg(str(path), delayAttachments=False)
            collect = _Collect(path)
            collect.message(message, 0)
            sent = message.date
            facts = MailFacts(
                sender=_text(message.sender),
                to=_text(message.to),
                sent=_utc(sent) if isinstance(sent, datetime) else None,
                subject=_text(message.subject),
            )
            body = _body(message)
    except MailReadError:
        raise
    except RecursionError as exc:
        raise too_complex(path) from exc
    except Exception as exc:  # any failure of the library on an untrusted file
        raise mail_failure(
            path,
            translate(
                "Mail",
                "dit is geen leesbaar Outlook-bericht (.msg): het bestand is beschadigd of van "
                "een ander soort. Sla het bericht in Outlook opnieuw op.",
            ),
        ) from exc
    finally:
        if message is not None:
            with contextlib.suppress(Exception):  # closing a half-read file: nothing to do
                message.close()
    return RawMail(facts, tuple(collect.attachments), body)
