"""A letter forwarded inline: the mail's text without the forwarding header block.

Outlook, Gmail and Apple Mail put the forwarded mail's ``Van:``/``Verzonden:``/``Onderwerp:``
lines above its text. Those lines look like a letter's header (``Verzonden`` and
``Onderwerp`` are letter labels too), so they are taken off before the text is read as a
letter: the letter is what follows them.
"""

from __future__ import annotations

import re

_MARKER = re.compile(
    r"^\s*(-{2,}\s*(oorspronkelijk bericht|original message|forwarded message|doorgestuurd "
    r"bericht)\s*-{2,}|begin (doorgestuurd bericht|forwarded message)\s*:|_{10,})\s*$",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"^\s*\*?(van|from|verzonden|sent|datum|date|aan|to|cc|bcc|onderwerp|subject)\*?\s*:",
    re.IGNORECASE,
)
_SENDER = re.compile(r"^\s*\*?(van|from)\*?\s*:", re.IGNORECASE)
_SUBJECT = re.compile(r"^\s*\*?(onderwerp|subject)\*?\s*:", re.IGNORECASE)


def _block_end(lines: list[str], start: int) -> int | None:
    """Where the forwarding header block starting at ``start`` ends (the first line after
    it); ``None`` when ``start`` does not begin such a block (a sender and a subject)."""
    index = start
    seen_sender = seen_subject = False
    while index < len(lines) and index - start < 12 and _HEADER.match(lines[index]):
        seen_sender = seen_sender or bool(_SENDER.match(lines[index]))
        seen_subject = seen_subject or bool(_SUBJECT.match(lines[index]))
        index += 1
    return index if seen_sender and seen_subject else None


def forwarded_letter(body: str) -> str:
    """The text below the first forwarding header block, or ``body`` when there is none."""
    lines = body.splitlines()
    for i, line in enumerate(lines):
        start = i + 1 if _MARKER.match(line) else i
        if start != i or _SENDER.match(line):
            while start < len(lines) and not lines[start].strip():
                start += 1
            end = _block_end(lines, start)
            if end is not None:
                rest = "\n".join(lines[end:]).strip("\n")
                return rest if rest.strip() else body
    return body
