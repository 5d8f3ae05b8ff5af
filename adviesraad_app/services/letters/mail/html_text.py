"""HTML mail bodies as plain text: paragraphs and line breaks kept, scripts and styles
dropped. The standard library's parser, so nothing is fetched and nothing runs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "tr",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "blockquote",
        "pre",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "address",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
    ]
)
_SKIPPED = frozenset({"script", "style", "head", "title", "template"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skipping = 0
        self.first_cell = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.chunks.append("\n")
            self.first_cell = True
        elif tag in ("td", "th"):  # cells joined by tabs, empty ones kept (header blocks)
            if not self.first_cell:
                self.chunks.append("\t")
            self.first_cell = False

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.chunks.append(re.sub(r"[ \r\n\t\f]+", " ", data))


def html_to_text(html: str) -> str:
    """The readable text of an HTML mail body, one line per paragraph or line break."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = [line.strip(" ") for line in "".join(parser.chunks).replace("\xa0", " ").split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
