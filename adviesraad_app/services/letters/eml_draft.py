"""An unsent e-mail with the letter attached, for the secretary to send from Outlook.

The file is a MIME message (``.eml``) with ``X-Unsent: 1``: Outlook opens such a file as a
new message ready to send, not as a received one. The app itself never sends mail.
"""

from __future__ import annotations

import mimetypes
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from adviesraad_app.domain.settings import Settings
from adviesraad_app.i18n import translate


def draft_message(
    subject: str, letter: Path, settings: Settings, *, to_council: bool = False
) -> EmailMessage:
    """The draft: to the college's address (Instellingen), the letter attached. A notice to
    the gemeenteraad (``to_council``) leaves the address to the secretary (the griffie)."""
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    if settings.college_email.strip() and not to_council:
        message["To"] = settings.college_email.strip()
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    salutation = (
        translate("Letters", "Geachte leden van de raad,")
        if to_council
        else translate("Letters", "Geacht college,")
    )
    message.set_content(
        translate(
            "Letters",
            "{salutation}\n\nBijgaand treft u onze brief aan: {subject}.\n\nMet vriendelijke "
            "groet,\n\n{council}\n",
        ).format(salutation=salutation, subject=subject, council=settings.council_name)
    )
    data = Path(letter).read_bytes()
    kind, _ = mimetypes.guess_type(Path(letter).name)
    maintype, subtype = (kind or "application/octet-stream").split("/", 1)
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=Path(letter).name)
    return message


def check_draft_name(target: Path) -> None:
    """Refuse a draft file name that is not ``.eml`` (before any letter is written)."""
    from adviesraad_app.domain.errors import UserError

    if Path(target).suffix.lower() != ".eml":
        raise UserError(
            translate(
                "Letters",
                "Een e-mailconcept is een .eml-bestand; ‘{name}’ is dat niet. Er is geen brief "
                "gemaakt.",
            ).format(name=Path(target).name)
        )


def write_draft(
    target: Path, subject: str, letter: Path, settings: Settings, *, to_council: bool = False
) -> Path:
    """Write the draft to ``target`` (``.eml``); refuses another extension."""
    from adviesraad_app.storage.errors import classify_os_error

    target = Path(target)
    check_draft_name(target)
    message = draft_message(subject, letter, settings, to_council=to_council)
    try:
        target.write_bytes(message.as_bytes())
    except OSError as exc:
        raise classify_os_error(exc, target) from exc
    return target
