"""The agenda of a meeting: its items, the postlijst and the actielijst; as *vergaderstukken*
followed by the open advices and the termijnenlijst (each a bookmarked section)."""

from __future__ import annotations

from typing import Any

from adviesraad_app.domain.dates import format_long, format_short
from adviesraad_app.domain.deadline_items import DeadlineItem
from adviesraad_app.i18n import translate
from adviesraad_app.reports.build import Build
from adviesraad_app.services.pdf.content import AgendaContent, DeadlineContent, OverviewContent
from adviesraad_app.services.text.present import days_text, deadline_type_label, status_text


def _items(build: Build, content: AgendaContent) -> list[Any]:
    rows = []
    for line in content.agenda.lines:
        what = line.title
        if line.advice_number:
            what = f"{line.advice_number} {what}"
        if line.item.adopted:
            what += " — " + translate("Reports", "vastgesteld")
        rows.append([f"{line.number}.", what])
    headers = [translate("Reports", "Nr."), translate("Reports", "Agendapunt")]
    return [build.h2(translate("Reports", "Agenda")), build.fitted_table(headers, rows, fill=1)]


def _post(build: Build, content: AgendaContent) -> list[Any]:
    agenda = content.agenda
    parts: list[Any] = [
        build.h2(translate("Reports", "Postlijst")),
        build.p(
            translate("Reports", "Binnengekomen na {start} tot en met {end}.").format(
                start=format_long(agenda.window[0]), end=format_long(agenda.window[1])
            ),
            "note",
        ),
    ]
    if not agenda.post:
        parts.append(build.p(translate("Reports", "Er is niets binnengekomen.")))
        return parts
    headers = [
        translate("Reports", "Nr."),
        translate("Reports", "Datum"),
        translate("Reports", "Soort"),
        translate("Reports", "Advies"),
        translate("Reports", "Onderwerp"),
    ]
    rows = [
        [str(e.number), format_short(e.date), e.kind.label, e.advice_number, e.subject]
        for e in agenda.post
    ]
    parts.append(build.fitted_table(headers, rows, fill=4, flexible=(2,)))
    return parts


def _actions(build: Build, content: AgendaContent) -> list[Any]:
    agenda = content.agenda
    parts: list[Any] = [build.h2(translate("Reports", "Actielijst"))]
    if not agenda.actions:
        parts.append(build.p(translate("Reports", "Er staan geen acties open.")))
        return parts
    headers = [
        translate("Reports", "Vergadering"),
        translate("Reports", "Actie"),
        translate("Reports", "Wie"),
        translate("Reports", "Uiterlijk"),
        translate("Reports", "Stand"),
    ]
    rows = []
    for action in agenda.actions:
        status = action.status.label
        if action.status_date is not None:
            status += f" {format_short(action.status_date)}"
        rows.append(
            [
                format_short(agenda.action_origin.get(action.meeting_id)),
                action.text,
                action.who or "—",
                format_short(action.due) or "—",
                status,
            ]
        )
    parts.append(build.fitted_table(headers, rows, fill=1, flexible=(2, 4)))
    return parts


def _overview(build: Build, overview: OverviewContent | None) -> list[Any]:
    parts: list[Any] = [build.page_break(), build.h2(translate("Reports", "Adviezenoverzicht"))]
    if overview is None:
        return [*parts, build.p(translate("Reports", "Er zijn geen openstaande adviezen."))]
    today = overview.heading.today
    headers = [
        translate("Reports", "Nr."),
        translate("Reports", "Onderwerp"),
        translate("Reports", "Status"),
        translate("Reports", "Advies uiterlijk"),
        translate("Reports", "Reactie uiterlijk"),
    ]
    rows = [
        [
            row.number,
            row.title,
            status_text(row, today),
            format_short(row.advice_due) or "—",
            format_short(row.reply_due) or "—",
        ]
        for row in overview.rows
    ]
    parts.append(build.fitted_table(headers, rows, fill=1, flexible=(2, 3, 4)))
    return parts


def _deadline_row(item: DeadlineItem) -> list[str]:
    what = item.title
    if item.detail:
        what = f"{what}. {item.detail}"
    return [
        format_short(item.due_date),
        days_text(item.days_left),
        deadline_type_label(item.type),
        item.number,
        what,
    ]


def _deadlines(build: Build, deadlines: DeadlineContent | None) -> list[Any]:
    parts: list[Any] = [build.page_break(), build.h2(translate("Reports", "Termijnenlijst"))]
    items = [*deadlines.overdue, *deadlines.due_soon] if deadlines else []
    if deadlines is None or not items:
        return [*parts, build.p(translate("Reports", "Er lopen geen termijnen."))]
    parts.append(
        build.p(
            translate("Reports", "Te laat, en wat afloopt tot en met {until}.").format(
                until=format_long(deadlines.until)
            ),
            "note",
        )
    )
    headers = [
        translate("Reports", "Uiterlijk"),
        translate("Reports", "Stand"),
        translate("Reports", "Soort termijn"),
        translate("Reports", "Nr."),
        translate("Reports", "Advies of toezegging"),
    ]
    rows = [_deadline_row(i) for i in items]
    parts.append(build.fitted_table(headers, rows, fill=4, flexible=(1, 2)))
    return parts


def story(build: Build, content: AgendaContent) -> list[Any]:
    parts: list[Any] = [*build.title()]
    parts += _items(build, content)
    parts += _post(build, content)
    parts += _actions(build, content)
    if content.heading.kind.value == "vergaderstukken":
        parts += _overview(build, content.overview)
        parts += _deadlines(build, content.deadlines)
    parts += build.colophon()
    return parts
