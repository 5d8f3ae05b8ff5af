"""A letter of the council as a tagged PDF, in the style of the other documents.

The content is the filled-in Word template (``services.letters.writing.blocks_of``): its
title becomes the H1, its headings H2, its tables label/value tables with row headers, its
list paragraphs indented paragraphs. No colophon: a letter ends with its signature.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from adviesraad_app.domain.settings import Settings
from adviesraad_app.i18n import translate
from adviesraad_app.reports.layout import Build, DocumentSpec, Heading, build_pdf

if TYPE_CHECKING:
    from adviesraad_app.services.letters.writing import Block


def story(build: Build, blocks: Sequence[Block]) -> list[Any]:
    parts: list[Any] = []
    if not any(b.kind == "title" for b in blocks):
        parts += build.title()  # the subject as H1: every document has one
    for block in blocks:
        if block.kind == "title":
            parts.append(
                Heading(
                    block.text,
                    build.styles["title"],
                    struct_tag="H1",
                    build=build,
                    outline_level=None,
                    in_contents=False,
                )
            )
        elif block.kind == "heading":
            parts.append(build.h2(block.text, in_contents=False))
        elif block.kind == "facts":
            parts += [build.space(4), build.facts(list(block.rows), label_width=110)]
        elif block.kind == "item":
            parts += build.text(block.text, "indent")
        elif block.kind == "space":
            parts.append(build.space(8))
        else:
            parts += build.text(block.text)
    return parts


def build_letter_pdf(blocks: Sequence[Block], title: str, settings: Settings, on: date) -> bytes:
    spec = DocumentSpec(
        title=title,
        subject=translate("Reports", "Brief van {council}: {title}").format(
            council=settings.council_name, title=title
        ),
        council=settings.council_name,
        municipality=settings.municipality,
        made_on=on,
        keywords=(translate("Reports", "brief"), settings.council_name, settings.municipality),
    )
    data, _pages = build_pdf(spec, lambda b: story(b, blocks))
    return data
