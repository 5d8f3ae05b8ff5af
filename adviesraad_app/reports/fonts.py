"""The embedded fonts of every PDF, and text made safe to set in them.

All text is set in DejaVu Sans (shipped in ``resources/fonts`` with its licence): every font in
the file is an embedded TrueType subset, never an unembedded standard font. Characters the fonts
lack (emoji, Chinese, private-use code points) are replaced by a visible replacement character,
one per character as a reader counts them, so an unusual title never breaks a document or
silently disappears.

Code points beyond the Basic Multilingual Plane (above U+FFFF: emoji such as 😀, rare CJK) count
as missing even where DejaVu has a glyph: reportlab's font subsets map them to the wrong
character in the PDF's text layer (copying or searching 😀 gives "ὠ"), so drawing them would put
wrong text in the document.

reportlab sets text left to right only: Arabic and Hebrew are in the fonts but come out in
reversed order (and Arabic unjoined). While a document is drawn inside :func:`collecting`,
:func:`safe_text` notes both kinds of characters, so the export can warn about them.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from xml.sax.saxutils import escape

from adviesraad_app.domain.errors import UserError
from adviesraad_app.i18n import translate
from adviesraad_app.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
FAMILY = "DejaVu"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
}
REPLACEMENT = "\ufffd"
# The highest code point set as it is (see the module docstring).
LAST_SUPPORTED = 0xFFFF

_lock = threading.Lock()
_registered = False
_supported: frozenset[int] = frozenset()
_plain: frozenset[int] = frozenset()  # supported and not right-to-left: set as they are

# Bidirectional classes of right-to-left letters (Hebrew: R; Arabic, Syriac, Thaana: AL).
RIGHT_TO_LEFT = ("R", "AL")

# Joiners and selectors that only make sense next to an emoji: dropped with it.
ZERO_WIDTH_JOINER = 0x200D
_INVISIBLE_GLUE = {ZERO_WIDTH_JOINER, 0xFE0E, 0xFE0F}
# Parts of one emoji that follow its first code point: skin tones and the tags of flags such
# as Scotland's. They add no replacement character of their own.
_EMOJI_MODIFIERS = range(0x1F3FB, 0x1F400)
_TAGS = range(0xE0020, 0xE0080)
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)  # two of them make one flag
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def register_fonts() -> None:
    """Register the DejaVu fonts with reportlab (once per process)."""
    global _registered, _supported, _plain
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
        from reportlab.pdfbase.ttfonts import TTFError, TTFont  # type: ignore[import-untyped]

        coverage: frozenset[int] | None = None
        for name, file_name in FILES.items():
            path = resource_path("fonts", file_name)
            try:
                font = TTFont(name, str(path))
            except (OSError, TTFError) as exc:
                raise UserError(
                    translate(
                        "Reports",
                        "Het lettertype {name} ontbreekt of is beschadigd ({path}). Installeer "
                        "Adviesraad opnieuw.",
                    ).format(name=file_name, path=path)
                ) from exc
            pdfmetrics.registerFont(font)
            codes = frozenset(font.face.charToGlyph)
            coverage = codes if coverage is None else coverage & codes
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD
        )
        # Paragraph markup (<b>, <i>) looks fonts up by the regular face's name.
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD
        )
        # Anything that does not name a font (reportlab's canvas start-up, chart labels)
        # would otherwise use the unembedded standard Helvetica.
        from reportlab import rl_config  # type: ignore[import-untyped]

        rl_config.canvas_basefontname = REGULAR
        rl_config.defaultGraphicsFontName = REGULAR
        _supported = frozenset(c for c in coverage or () if c <= LAST_SUPPORTED)
        _plain = frozenset(
            c for c in _supported if unicodedata.bidirectional(chr(c)) not in RIGHT_TO_LEFT
        )
        _registered = True


@dataclass(slots=True)
class TextProblems:
    """Characters met while drawing a document that do not come out as typed."""

    missing: set[str] = field(default_factory=set)  # not in the fonts: set as REPLACEMENT
    right_to_left: set[str] = field(default_factory=set)  # set, but in left-to-right order

    def __bool__(self) -> bool:
        return bool(self.missing or self.right_to_left)


_problems: ContextVar[TextProblems | None] = ContextVar("adviesraad_pdf_text", default=None)


@contextmanager
def collecting() -> Iterator[TextProblems]:
    """Note the problem characters :func:`safe_text` meets in this thread until the end."""
    problems = TextProblems()
    token = _problems.set(problems)
    try:
        yield problems
    finally:
        _problems.reset(token)


def safe_text(text: str) -> str:
    """``text`` with what cannot be set replaced.

    Control characters become spaces (tabs and line breaks too: callers that keep lines split
    first); every character the fonts lack becomes one replacement character (�), so ``中文``
    gives ``��``. What a reader sees as one character stays one: an emoji with a skin tone,
    joined emoji (👨‍👩‍👧), a flag, a base with combining marks. Text is normalised to NFC first,
    so a decomposed ``e`` + diaeresis is set as ``ë``. Inside :func:`collecting`, missing and
    right-to-left characters are noted.
    """
    register_fonts()
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub(" ", text.replace("\t", " ").replace("\r", " ").replace("\n", " "))
    if all(ord(c) in _plain for c in text):
        return text
    problems = _problems.get()
    out: list[str] = []
    replaced = False  # the last thing set is a replacement for a missing character
    joined = False  # ... followed by a zero width joiner: the next character belongs to it
    open_flag = False  # ... for a single regional indicator, the first half of a flag
    for char in text:
        code = ord(char)
        if code in _INVISIBLE_GLUE:
            joined = replaced and code == ZERO_WIDTH_JOINER
            continue
        part_of_last = replaced and (
            joined
            or code in _EMOJI_MODIFIERS
            or code in _TAGS
            or unicodedata.category(char).startswith("M")
            or (open_flag and code in _REGIONAL_INDICATORS)
        )
        joined = False
        if code in _supported and not part_of_last:
            out.append(char)
            replaced = open_flag = False
            if problems is not None and code not in _plain:
                problems.right_to_left.add(char)
            continue
        if code not in _supported and problems is not None:
            problems.missing.add(char)
        if part_of_last:
            open_flag = False
            continue
        if code in _EMOJI_MODIFIERS or code in _TAGS:
            continue  # a skin tone without its emoji: nothing to show
        out.append(REPLACEMENT)
        replaced = True
        open_flag = code in _REGIONAL_INDICATORS
    return "".join(out)


def markup(text: str) -> str:
    """Text for a reportlab ``Paragraph``: safe, escaped, line breaks kept as ``<br/>``."""
    lines = str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(safe_text(line)) for line in lines)


@lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    """Width in points (cached: the same words come back in every row)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

    return float(stringWidth(text, font, size))


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points.

    Breaks at spaces; a word longer than the line is cut where it must be (a long reference or
    web address must never run out of its column). Used for table cells, where a plain string
    per line is many times faster than a ``Paragraph``. A line that was broken at a space keeps
    that space at its end (invisible), so text read from the PDF does not run words together.
    """
    register_fonts()
    lines: list[str] = []
    for paragraph in str(text).replace("\r\n", "\n").split("\n"):
        cleaned = " ".join(safe_text(paragraph).split())
        if not cleaned:
            lines.append("")
            continue
        if len(cleaned) < 60 and text_width(cleaned, font, size) <= width:
            lines.append(cleaned)  # the common case: a date, a number, a short label
            continue
        space = text_width(" ", font, size)
        current = ""
        current_width = 0.0
        for word in cleaned.split(" "):
            word_width = text_width(word, font, size)
            if current and current_width + space + word_width <= width:
                current += " " + word
                current_width += space + word_width
                continue
            if current:
                lines.append(current + " ")
            rest = word
            while rest and word_width > width:  # a room below zero must not loop forever
                cut = _fit(rest, font, size, width)
                lines.append(rest[:cut])
                rest = rest[cut:]
                word_width = text_width(rest, font, size)
            current, current_width = rest, word_width
        lines.append(current)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def _fit(word: str, font: str, size: float, width: float) -> int:
    """How many leading characters of ``word`` fit in ``width`` (at least one)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(word[:middle], font, size) <= width:  # not cached: one-off prefixes
            low = middle
        else:
            high = middle - 1
    return low
