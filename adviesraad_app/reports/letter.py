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
from adviesraad_app.reports.build import Build, build_pdf
from adviesraad_app.reports.flowables import Heading
from adviesraad_app.reports.spec import DocumentSpec
from adviesraad_app.services.letters import writing

if TYPE_CHECKING:
    from pathlib import Path

    from adviesraad_app.services.letters.fields import LetterRequest
    from adviesraad_app.services.letters.writing import Block, WrittenLetter
    from adviesraad_app.services.register import RegisterService


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


def letter_pdf(docx_bytes: bytes, title: str, settings: Settings, on: date) -> bytes:
    """The filled-in Word letter drawn as a tagged PDF."""
    return build_letter_pdf(writing.blocks_of(docx_bytes), title, settings, on)


def write_letter(
    service: RegisterService,
    request: LetterRequest,
    output: Path,
    *,
    template: Path | None = None,
    record: bool = False,
) -> WrittenLetter:
    """:func:`services.letters.writing.write_letter` with the PDF drawn here: the service
    fills the template, this layer draws (services never import reports)."""
    return writing.write_letter(
        service, request, output, template=template, record=record, render_pdf=letter_pdf
    )
