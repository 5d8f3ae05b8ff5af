"""Mails built by the tests: the college's letter as an attachment, in the body, in HTML,
forwarded, and hostile ones."""

from __future__ import annotations

import os
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.support.letters import HEADER_ROWS, REPLY_BODY, reply_text, write_pdf

FROM = "Gemeente Almelo <post@almelo.nl>"
TO = "secretariaat@adviesraad-almelo.nl"
DATE = "Wed, 06 Nov 2024 09:15:00 +0100"


def mail(subject: str = "Reactie op ongevraagd advies Werk- en Leercentrum") -> EmailMessage:
    message = EmailMessage()
    message["From"] = FROM
    message["To"] = TO
    message["Date"] = DATE
    message["Subject"] = subject
    return message


def attach_pdf(message: EmailMessage, folder: Path, name: str = "reactie.pdf") -> bytes:
    data = write_pdf(folder / f"source-{name}").read_bytes()
    message.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return data


def write_mail(path: Path, message: EmailMessage) -> Path:
    path.write_bytes(bytes(message))
    return path


def body_mail() -> EmailMessage:
    message = mail()
    message.set_content(reply_text())
    return message


def html_mail() -> EmailMessage:
    message = mail()
    table = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in HEADER_ROWS
    )
    body = "".join(f"<p>{line}</p>" for line in REPLY_BODY)
    message.set_content(
        "<html><head><style>p { color: red }</style><script>alert('x')</script></head>"
        f"<body><p>Gemeente Almelo</p><table>{table}</table>{body}</body></html>",
        subtype="html",
    )
    return message


# Real Outlook messages are third-party test data (the example files of extract-msg, GPL-3.0):
# this repository does not keep them. Put them in ../shared/fixtures/mail/ beside the checkout,
# or point ADVIESRAAD_MSG_SAMPLES at a folder that holds them, and the tests that need them run;
# without them they are skipped with this reason (tests/fixtures/mail/README.md says where from).
MSG_SAMPLES = Path(
    os.environ.get(
        "ADVIESRAAD_MSG_SAMPLES",
        Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "mail",
    )
)


def outlook_sample(name: str) -> Path:
    """The path of a real Outlook sample, or a skip that says why it is not there."""
    path = MSG_SAMPLES / name
    if not path.is_file():
        pytest.skip(f"real Outlook sample {name} not in {MSG_SAMPLES} (tests/fixtures/mail)")
    return path
