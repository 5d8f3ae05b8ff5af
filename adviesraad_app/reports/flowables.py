"""Tagged flowables every document is made of: paragraphs and headings that write their
structure element (``P``, ``H1``-``H3``; headings also bookmark and list themselves in the
contents), figures with their alternative text, long free text in pieces, and the rule that
keeps a heading with the start of what follows it."""

from __future__ import annotations

from typing import Any, Protocol

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, KeepTogether, Paragraph  # type: ignore[import-untyped]

from adviesraad_app.reports.fonts import markup, safe_text
from adviesraad_app.reports.tagging import marked, tagger_of


class SectionLog(Protocol):
    """What a heading records in the build it belongs to (``build.Build``): its key, its text
    for the table of contents, and the page it was drawn on."""

    sections: list[tuple[str, str]]
    pages: dict[str, int]

    def next_key(self) -> str: ...


PIECE = 2500  # characters: longer free text is set as several paragraphs


def text_pieces(text: str, size: int = PIECE) -> list[str]:
    """``text`` in pieces of at most about ``size`` characters, cut at a line break or after a
    sentence (at a space when a sentence is longer still); nothing is lost."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if len(text) <= size:
        return [text]
    pieces: list[str] = []
    current = ""
    for full_line in text.split("\n"):
        line = full_line
        while len(line) > size:
            cut = line.rfind(". ", 0, size)
            cut = cut + 1 if cut > size // 4 else line.rfind(" ", 0, size)
            cut = cut if cut > 0 else size
            head, line = line[:cut].rstrip(), line[cut:].lstrip()
            if current:
                pieces.append(current)
                current = ""
            pieces.append(head)
        if current and len(current) + 1 + len(line) > size:
            pieces.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        pieces.append(current)
    return pieces


class TaggedParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph drawn as one structure element (``P`` unless a subclass says otherwise).

    Parts of a paragraph split across pages keep their class (reportlab splits with
    ``self.__class__``), so each part is tagged; they become two ``P`` elements.
    """

    struct_tag = "P"

    def drawOn(self, canv: Any, x: float, y: float, _sW: float = 0) -> None:
        tagger = tagger_of(canv)
        node = tagger.add(self.struct_tag) if tagger is not None else None
        with marked(canv, node):
            super().drawOn(canv, x, y, _sW)

    def draw(self) -> None:
        """Draw with a space at the end of every wrapped line.

        reportlab drops the space where it breaks a line, so text taken from the structure
        tree (what a screen reader reads) would run "te" and "laat" together as "telaat".
        The space is invisible (paragraphs here are left-aligned).
        """
        para = getattr(self, "blPara", None)
        original = getattr(para, "lines", None)
        if para is None or not original or len(original) < 2:
            super().draw()
            return
        para.lines = [_with_trailing_space(line, para.kind) for line in original[:-1]]
        para.lines.append(original[-1])
        try:
            super().draw()
        finally:
            para.lines = original


def _with_trailing_space(line: Any, kind: int) -> Any:
    if kind == 0:  # (extra space, [words]): drawn as " ".join(words)
        extra, words = line
        return (extra, [*words, ""]) if words and words[-1] else line
    words = list(getattr(line, "words", ()))
    if not words or hasattr(words[-1], "cbDefn") or not hasattr(words[-1], "text"):
        return line
    last = words[-1]
    if last.text.endswith(" "):
        return line
    words[-1] = last.clone(text=last.text + " ")
    return line.clone(words=words)


class Heading(TaggedParagraph):
    """A heading: tagged H1/H2/H3, bookmarked in the outline, listed in the contents."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        struct_tag: str,
        build: SectionLog,
        outline_level: int | None,
        in_contents: bool,
    ) -> None:
        super().__init__(markup(text), style)
        self.struct_tag = struct_tag
        self.plain = safe_text(text)
        self.build = build
        self.outline_level = outline_level
        self.key = build.next_key()
        self.in_contents = in_contents
        if in_contents:
            build.sections.append((self.key, self.plain))

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        return []  # a heading is never split: it moves to the next page whole

    def drawOn(self, canv: Any, x: float, y: float, _sW: float = 0) -> None:
        super().drawOn(canv, x, y, _sW)
        page = canv.getPageNumber()
        self.build.pages[self.key] = page
        if self.outline_level is not None:
            canv.bookmarkHorizontal(self.key, x, y + self.height)
            canv.addOutlineEntry(self.plain, self.key, level=self.outline_level, closed=True)


class Figure(Flowable):  # type: ignore[misc]
    """A chart (reportlab.graphics Drawing) tagged as ``Figure`` with its alternative text."""

    def __init__(self, drawing: Any, alt: str) -> None:
        super().__init__()
        self.drawing = drawing
        self.alt = alt
        self.width = drawing.width
        self.height = drawing.height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        tagger = tagger_of(canv)
        node = None
        if tagger is not None:
            x0, y0 = canv.absolutePosition(0, 0)
            x1, y1 = canv.absolutePosition(self.width, self.height)
            node = tagger.add(
                "Figure",
                attributes={
                    "O": "/Layout",
                    "BBox": f"[{x0:.1f} {y0:.1f} {x1:.1f} {y1:.1f}]",
                },
                alt=safe_text(self.alt),
            )
        with marked(canv, node):
            self.drawing.drawOn(canv, 0, 0)


class KeepHeadingWithStart(KeepTogether):  # type: ignore[misc]
    """Keeps a heading with the *start* of what follows it, not with all of it.

    reportlab's ``keepWithNext`` moves a heading and everything after it to a new page when
    the whole does not fit, which leaves most of a page empty before a long table. Here the
    heading stays where it is when the first part of what follows fits under it (a few lines,
    a table header and one row, or a short table whole) and moves otherwise.
    """

    def split(self, aW: float, aH: float) -> list[Any]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = list(self._content)
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        *heads, body = content
        head_height = sum(f.wrap(aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in heads)
        if not at_top and head_height + _start_height(body, aW, aH) > aH:
            content.insert(0, self.FrameBreak())
        return content


def _start_height(flowable: Any, aW: float, aH: float) -> float:
    """How much of ``flowable`` must fit for it to start on this page."""
    start = getattr(flowable, "start_height", None)
    if start is not None:
        return float(start())
    height = float(flowable.wrap(aW, aH)[1])
    leading = getattr(getattr(flowable, "style", None), "leading", None)
    return min(height, 2 * leading) if leading else height
