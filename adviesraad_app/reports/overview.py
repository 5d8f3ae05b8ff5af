"""Overzicht: the register for a meeting, one row per advice, landscape, most urgent first."""

from __future__ import annotations

from typing import Any

from adviesraad_app.domain.dates import format_short
from adviesraad_app.i18n import translate
from adviesraad_app.services.export_pdf import OverviewContent
from adviesraad_app.services.present import (
    left_out_confidential_text,
    outcome_text,
    reply_delay_text,
    reply_received_text,
    status_text,
)

from .layout import Build, Column


def columns(width: float) -> list[Column]:
    """The overzicht's columns: each fits its longest usual value on one line at 8 pt
    ("2026-9999", "07-10-2026", "130 dagen te laat"); the subject takes the rest and wraps.
    "Soort" has a little air, so "ongevraagd" does not run into the status beside it."""
    date_width = 56.0
    fixed = [
        Column(translate("Reports", "Nr."), 50),
        Column(translate("Reports", "Soort"), 58),
        Column(translate("Reports", "Status"), 76),
        Column(translate("Reports", "Advies uiterlijk"), date_width),
        Column(translate("Reports", "Verzonden"), date_width),
        Column(translate("Reports", "Reactie uiterlijk"), date_width),
        Column(translate("Reports", "Reactie ontvangen"), date_width),
        Column(translate("Reports", "Dagen te laat"), 78),
        Column(translate("Reports", "Uitkomst"), 72),
    ]
    subject = Column(translate("Reports", "Onderwerp"), width - sum(c.width for c in fixed))
    return [fixed[0], subject, *fixed[1:]]


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
    outlines = [(f"advies-{row.id}", f"{row.number} {row.title}") for row in content.rows]
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
    parts.append(build.table(columns(build.width), rows, outlines=outlines))
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
    return parts
