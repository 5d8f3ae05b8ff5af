"""What a mail holds for the letter importer: its facts, its attachments, the letter chosen.

The bounds every mail reader keeps (hostile mail: deep nesting, thousands of parts, huge
decoded parts) live here, so the ``.eml`` and ``.msg`` readers share them.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from adviesraad_app.domain.errors import UserError
from adviesraad_app.i18n import translate
from adviesraad_app.services.letters.model import MailFacts

MAIL_SUFFIXES = (".eml", ".msg")
MAX_MAIL_BYTES = 25 * 1024 * 1024  # the same bound as a letter: a mail server's usual limit
MAX_DEPTH = 8  # a letter forwarded a few times is 3 or 4 levels deep
MAX_PARTS = 200
MAX_MARKER_LINES = 1000  # lines starting with "--" before parsing (each part needs one)
MAX_DECODED_BYTES = 60 * 1024 * 1024  # all parts together, decoded
MAX_LETTERS_READ = 10  # attachments read to find the one that is the letter
MAX_BODY_CHARS = 500_000
MAX_HEADER_CHARS = 4000  # a header value is cut here before it is parsed


@contextlib.contextmanager
def scratch_folder() -> Iterator[Path]:
    """A temporary folder for a mail's parts, removed afterwards; a temporary folder that
    cannot be written (full disk, no rights) is a Dutch message, not a crash."""
    from adviesraad_app.services.io_files import file_error

    where = Path(tempfile.gettempdir())
    try:
        with tempfile.TemporaryDirectory(
            prefix="adviesraad-mail-", ignore_cleanup_errors=True
        ) as folder:
            where = Path(folder)
            yield where
    except OSError as exc:
        raise file_error(exc, where, writing=True) from exc


class MailReadError(UserError):
    """A mail that cannot be read; the message names the file and says why."""


def mail_failure(path: Path, message: str) -> MailReadError:
    return MailReadError(
        translate("Mail", "{name}: {message} Er is niets opgeslagen.").format(
            name=path.name, message=message
        )
    )


def count_decoded(path: Path, used: int, size: int, too_big: str) -> int:
    """``used`` decoded bytes of a mail plus ``size`` more; beyond ``MAX_DECODED_BYTES`` for
    all its parts together, ``too_big`` (with ``{mb}``) as the refusal. The ``.eml`` and
    ``.msg`` readers count the same way, each with its own wording."""
    used += size
    if used > MAX_DECODED_BYTES:
        raise mail_failure(path, too_big.format(mb=MAX_DECODED_BYTES // (1024 * 1024)))
    return used


def too_complex(path: Path) -> MailReadError:
    return mail_failure(
        path,
        translate(
            "Mail",
            "de e-mail is te ingewikkeld opgebouwd (te diep genest of te veel onderdelen); "
            "bewaar de bijlage met de brief apart en lees die in.",
        ),
    )


@dataclass(frozen=True, slots=True)
class MailPart:
    """An attachment as read from the mail (decoded), before the letter is chosen."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class RawMail:
    """A parsed mail: facts, attachments (forwarded mails' attachments included) and the
    body text (plain, or HTML turned into text)."""

    facts: MailFacts
    attachments: tuple[MailPart, ...]
    body: str
