"""Overzicht: the register for a meeting, one row per advice, landscape, most urgent first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.filters import RegisterOrder, SortKey
from adviesraad_app.domain.views import RegisterRow
from adviesraad_app.i18n import translate
from adviesraad_app.reports.build import Build
from adviesraad_app.reports.columns import fitted_columns
from adviesraad_app.reports.tables import Column
from adviesraad_app.services.pdf.content import OverviewContent
from adviesraad_app.services.text.present import (
    count_text,
    left_out_confidential_text,
    outcome_text,
    reply_delay_text,
    reply_received_text,
    status_text,
)

# values every register can hold: the columns are never narrower than these
_TYPICAL = {0: "2026-9999", 2: "ongevraagd", 4: "07-10-2026", 5: "07-10-2026", 6: "07-10-2026"}


def columns(width: float, rows: Sequence[Sequence[str]] = ()) -> list[Column]:
    """The overzicht's columns, as wide as their content (``columns.fitted_columns``): the
    number, kind and dates on one line; the status, delay and outcome on one or two lines,
    whichever makes the table shortest, never breaking a word ("voorbereiding",
    "overgenomen"); the subject takes the rest and wraps. "Soort" has a little air, so
    "ongevraagd" does not run into the status beside it."""
    headers = [
        translate("Reports", "Nr."),
        translate("Reports", "Onderwerp"),
        translate("Reports", "Soort"),
        translate("Reports", "Status"),
        translate("Reports", "Advies uiterlijk"),
        translate("Reports", "Verzonden"),
        translate("Reports", "Reactie uiterlijk"),
        translate("Reports", "Reactie ontvangen"),
        translate("Reports", "Dagen te laat"),
        translate("Reports", "Uitkomst"),
    ]
    flexible = {3, 8, 9}
    spec = []
    for index, header in enumerate(headers):
        values = [row[index] for row in rows]
        if index in _TYPICAL and not rows:
            values.append(_TYPICAL[index])
        elif index in _TYPICAL:
            values = [*values, _TYPICAL[index]]
        spec.append((header, values, index in flexible))
    widths = fitted_columns(width - 3, spec, fill=1)
    widths[2] += 3  # air after "ongevraagd"
    return [Column(header, w) for header, w in zip(headers, widths, strict=True)]


def _group(row: RegisterRow, order: RegisterOrder, today: date) -> str:
    """The bookmark group of a row: groups that follow each other in the table's order."""
    if order.key == SortKey.URGENCY:
        if row.next_due is None:
            return translate("Reports", "Geen lopende termijn")
        if row.next_due < today:
            return translate("Reports", "Termijn verstreken")
        return translate("Reports", "Termijn loopt")
    if order.key == SortKey.NUMBER:
        return translate("Reports", "Adviezen uit {year}").format(year=row.year)
    return row.status.label[:1].upper() + row.status.label[1:]


def bookmarks(content: OverviewContent) -> list[tuple[str, str] | None]:
    """One bookmark per group of rows, at its first row: by urgency "Termijn verstreken",
    "Termijn loopt", "Geen lopende termijn"; by number per year; otherwise per status (at the
    first row with it). Each says how many advices it holds. Not one per advice: at 10,000
    advices a flat list of 10,000 bookmarks helps nobody."""
    today = content.heading.today
    groups = [_group(row, content.order, today) for row in content.rows]
    sizes: dict[str, int] = {}
    for group in groups:
        sizes[group] = sizes.get(group, 0) + 1
    result: list[tuple[str, str] | None] = []
    seen: set[str] = set()
    for row, group in zip(content.rows, groups, strict=True):
        if group in seen:
            result.append(None)
            continue
        seen.add(group)
        count = count_text(
            sizes[group],
            translate("Reports", "1 advies"),
            translate("Reports", "{n} adviezen"),
        )
        result.append((f"groep-{row.id}", f"{group} ({count})"))
    return result


def story(build: Build, content: OverviewContent) -> list[Any]:
    today = content.heading.today
    confidential_mark = " " + translate("Reports", "(vertrouwelijk)")
    rows = [
        [
            row.number,
            row.title + (confidential_mark if row.confidential else ""),
            row.kind.value,  # "gevraagd", "ongevraagd", "signaal": the column says "Soort"
            status_text(row, today),
            format_short(row.advice_due) or "—",
            format_short(row.sent_date) or "—",
            format_short(row.reply_due) or "—",
            reply_received_text(row),
            reply_delay_text(row, today),
            outcome_text(row.outcome) if row.reply_date else "—",
        ]
        for row in content.rows
    ]
    outlines = bookmarks(content)
    parts: list[Any] = [*build.title()]
    note = left_out_confidential_text(content.heading.left_out_confidential)
    if note:
        parts.append(build.p(note, "note"))
    parts.append(
        build.p(
            translate(
                "Reports",
                "‘Dagen te laat’ gaat over de reactie van het college: na ontvangst op tijd of "
                "hoeveel dagen te laat; zolang er geen reactie is, hoeveel dagen de termijn nog "
                "loopt of hoe lang die al verstreken is.",
            ),
            "note",
        )
    )
    parts.append(build.table(columns(build.width, rows), rows, outlines=outlines))
    if content.shifts:
        # Why a running deadline is later than the raw end of its term (Atw).
        parts.append(
            build.p(
                translate(
                    "Reports",
                    "Verschoven door de Algemene termijnenwet (weekend of feestdag): {items}.",
                ).format(items="; ".join(f"{number}, {text}" for number, text in content.shifts)),
                "note",
            )
        )
    parts += build.colophon()
    return parts
