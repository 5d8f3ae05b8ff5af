"""Warnings about text that does not come out in the PDF as it was typed: characters the
embedded fonts lack, and right-to-left script. The PDF is made all the same; the CLI and the
GUI pass these on, naming the advices whose text holds them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass

from adviesraad_app.i18n import translate
from adviesraad_app.services.pdf.content import (
    AgendaContent,
    DossierContent,
    OverviewContent,
    PdfContent,
    PdfWarning,
    PdfWarningKind,
    YearContent,
)

MAX_LISTED = 20  # characters or advices named in one warning; more are counted
REPLACEMENT = "\ufffd"  # what the PDF shows instead of a character the fonts lack (fonts.py)


def _strings(value: object) -> Iterator[str]:
    """Every string in ``value`` and the dataclasses, lists and tuples it holds."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif is_dataclass(value) and not isinstance(value, type):
        for item in fields(value):
            yield from _strings(getattr(value, item.name))


def _advice_texts(content: PdfContent) -> list[tuple[str, str]]:
    """(advice number, all its text) for every advice in ``content``, in document order."""
    parts: list[tuple[str, object]]
    if isinstance(content, OverviewContent):
        parts = [(row.number, row) for row in content.rows]
    elif isinstance(content, DossierContent):
        parts = [(d.advice.number, d) for d in content.dossiers]
    elif isinstance(content, YearContent):
        parts = [(s.number, s) for s in content.stats.subjects]
    elif isinstance(content, AgendaContent):
        parts = [(line.advice_number, line) for line in content.agenda.lines]
        parts += [(e.advice_number, e) for e in content.agenda.post]
        if content.overview is not None:
            parts += [(row.number, row) for row in content.overview.rows]
    else:
        parts = [(i.number, i) for i in (*content.overdue, *content.due_soon)]
    texts: dict[str, list[str]] = {}
    for number, part in parts:
        texts.setdefault(number, []).extend(_strings(part))
    return [(number, "\n".join(strings)) for number, strings in texts.items()]


def listed(items: list[str], separator: str = ", ") -> str:
    """``items`` joined; beyond :data:`MAX_LISTED`, the rest is counted ("en nog 3")."""
    if len(items) <= MAX_LISTED:
        return separator.join(items)
    more = translate("Export", "en nog {n}").format(n=len(items) - MAX_LISTED)
    return separator.join(items[:MAX_LISTED]) + separator + more


def _in_advices(numbers: tuple[str, ...]) -> str:
    if not numbers:
        return ""
    if len(numbers) == 1:
        return translate("Export", "in advies {number}").format(number=numbers[0])
    return translate("Export", "in de adviezen {numbers}").format(numbers=listed(list(numbers)))


def text_warnings(
    content: PdfContent, missing: set[str], right_to_left: set[str]
) -> tuple[PdfWarning, ...]:
    """What to tell the user about characters that did not come out as typed."""
    texts = _advice_texts(content)

    everything = "\n".join(text for _number, text in texts)

    def advices_with(characters: set[str]) -> tuple[str, ...]:
        return tuple(n for n, text in texts if any(c in text for c in characters))

    def in_order(characters: set[str]) -> tuple[str, ...]:
        """As they first occur in the advices' text (those elsewhere, say the council's name,
        last)."""
        end = len(everything)

        def first(c: str) -> tuple[int, int]:
            at = everything.find(c)
            return (at if at >= 0 else end, ord(c))

        return tuple(sorted(characters, key=first))

    warnings: list[PdfWarning] = []
    if missing:
        characters = in_order(missing)
        advices = advices_with(missing)
        shown = listed([f"{c} (U+{ord(c):04X})" for c in characters])
        message = translate(
            "Export",
            "Deze tekens staan niet in het lettertype van de PDF en zijn vervangen door "
            "‘{replacement}’: {characters}.",
        ).format(replacement=REPLACEMENT, characters=shown)
        if advices:
            message += " " + translate("Export", "Het gaat om tekst {where}.").format(
                where=_in_advices(advices)
            )
        warnings.append(PdfWarning(PdfWarningKind.MISSING_CHARACTERS, characters, advices, message))
    if right_to_left:
        characters = in_order(right_to_left)
        advices = advices_with(right_to_left)
        message = translate(
            "Export",
            "Tekst die van rechts naar links loopt (Arabisch, Hebreeuws) wordt niet "
            "ondersteund: die staat in de PDF in omgekeerde volgorde.",
        )
        if advices:
            message += " " + translate("Export", "Het gaat om tekst {where}.").format(
                where=_in_advices(advices)
            )
        warnings.append(PdfWarning(PdfWarningKind.RIGHT_TO_LEFT, characters, advices, message))
    return tuple(warnings)
