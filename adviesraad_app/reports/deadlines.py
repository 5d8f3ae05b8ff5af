"""Termijnenlijst: as of a date, everything overdue and everything due in the coming weeks."""

from __future__ import annotations

from typing import Any

from adviesraad_app.domain.dates import format_long, format_short
from adviesraad_app.domain.deadline_items import DeadlineItem
from adviesraad_app.domain.kinds import DeadlineType
from adviesraad_app.domain.reminders import reminders_text
from adviesraad_app.i18n import translate
from adviesraad_app.reports.build import Build
from adviesraad_app.services.pdf.content import DeadlineContent
from adviesraad_app.services.text.present import (
    days_text,
    deadline_type_label,
    left_out_deadlines_text,
    shift_text,
)


def headers() -> list[str]:
    return [
        translate("Reports", "Uiterlijk"),
        translate("Reports", "Stand"),
        translate("Reports", "Soort termijn"),
        translate("Reports", "Nr."),
        translate("Reports", "Advies of toezegging"),
    ]


def _table(build: Build, rows: list[list[str]], both: list[list[str]]) -> Any:
    """Columns as wide as the content of both lists: dates and numbers on one line, the
    state and the kind of term wrapping between words, the subject taking the rest."""
    return build.fitted_table(headers(), rows, fill=4, flexible=(1, 2), measure=both)


def _row(item: DeadlineItem) -> list[str]:
    kind = deadline_type_label(item.type)
    if item.extended and item.original_date is not None:
        kind += " " + translate("Reports", "(verdaagd; oorspronkelijk {date})").format(
            date=format_short(item.original_date)
        )
    what = item.title
    if item.type == DeadlineType.COMMITMENT_DUE and item.detail:
        what = translate("Reports", "{title}. Toezegging: {text}").format(
            title=item.title, text=item.detail
        )
    if item.shifted_from is not None and item.due_date is not None:
        # Why the Algemene termijnenwet moved the date ("verschoven van vr 18 april: ...").
        kind += " (" + shift_text(item.shifted_from, item.due_date, item.shift_reasons) + ")"
    if item.confidential:
        what += " " + translate("Reports", "(vertrouwelijk)")
    if item.reminders:  # the letters sent about it (docs/LETTERS.md)
        what += ". " + reminders_text(item.reminders)
    due = format_short(item.due_date) if item.due_date else translate("Reports", "geen datum")
    return [due, days_text(item.days_left), kind, item.number, what]


def story(build: Build, content: DeadlineContent) -> list[Any]:
    parts: list[Any] = [*build.title()]
    overdue = [_row(i) for i in content.overdue]
    due_soon = [_row(i) for i in content.due_soon]
    no_date = [_row(i) for i in content.no_date]
    every = overdue + due_soon + no_date
    parts.append(build.h2(translate("Reports", "Te laat ({n})").format(n=len(content.overdue))))
    if content.overdue:
        parts.append(_table(build, overdue, every))
    else:
        parts.append(build.p(translate("Reports", "Er is niets te laat.")))
    parts.append(
        build.h2(
            translate("Reports", "Binnenkort: tot en met {until} ({n})").format(
                until=format_long(content.until), n=len(content.due_soon)
            )
        )
    )
    if content.due_soon:
        parts.append(_table(build, due_soon, every))
    else:
        parts.append(
            build.p(
                translate("Reports", "Er lopen geen termijnen af tot en met {until}.").format(
                    until=format_long(content.until)
                )
            )
        )
    if content.no_date:
        parts.append(
            build.h2(
                translate("Reports", "Open, zonder termijn ({n})").format(n=len(content.no_date))
            )
        )
        parts.append(_table(build, no_date, every))
    parts.append(build.space(8))
    parts.append(
        build.p(
            translate(
                "Reports",
                "Adviestermijn: de datum waarop de adviesraad zijn advies moet uitbrengen. "
                "Reactietermijn: de datum waarop het college schriftelijk moet reageren. "
                "Toezegging: wat het college in een reactie heeft beloofd, met de afgesproken "
                "datum. Termijnen volgen de Algemene termijnenwet.",
            ),
            "note",
        )
    )
    note = left_out_deadlines_text(content.heading.left_out_confidential)
    if note:
        parts.append(build.p(note, "note"))
    parts += build.colophon()
    return parts
