"""Text that a spreadsheet would run as a formula (OWASP "CSV injection"), written and read
back as the text it is.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is taken
by Excel and LibreOffice as a formula: ``=HYPERLINK("http://x","klik")`` as an advice's title
would become a live link, ``=cmd|...`` worse. So:

* in ``.xlsx`` such text is written as a string cell (never a formula cell);
* in ``.csv`` it gets a leading apostrophe, as OWASP advises (a spreadsheet shows the text,
  and the apostrophe, but runs nothing);
* the register import takes exactly that apostrophe off again, so an export imports unchanged.

Text that already starts with apostrophes before such a character gets one more, so that the
round trip is exact for every text.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
_NEEDS_APOSTROPHE = re.compile(r"'*[=+\-@\t\r]")


def looks_like_formula(text: str) -> bool:
    """``True`` when a spreadsheet would read ``text`` as a formula."""
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """``text`` as it is written into a CSV cell: with a leading apostrophe when a spreadsheet
    would otherwise run it."""
    return "'" + text if _NEEDS_APOSTROPHE.match(text) else text


def from_csv_text(text: str) -> str:
    """The original text of a CSV cell written by :func:`csv_text`."""
    return text[1:] if _ESCAPED.match(text) else text
