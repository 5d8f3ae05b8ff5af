"""The register's own commands: ``add-advice``, ``add-reply``, ``list``, ``show``, ``deadlines``.

Writing an advice and the college's reply, and reading the register, a dossier and the
open deadlines. Unlike the feature modules of ``COMMAND_MODULES`` these are core commands:
:func:`adviesraad_app.cli.main.build_parser` always registers them, in their place in the
list of commands (starting the app, by name only: this module loads when one of them runs or
every command is listed).
"""

from __future__ import annotations

import argparse
from datetime import date

from adviesraad_app.cli.support import (
    CommandContext,
    add_json_option,
    add_today_option,
    add_within_option,
    emit_json,
    open_service,
    out,
    parse_advice_ref,
    parse_cli_date,
    parse_kind,
    parse_optional_cli_date,
    parse_outcome,
    parse_status,
    table,
    today_and_within,
)
from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.i18n import translate
from adviesraad_app.services.text.present import count_text


def _cmd_add_advice(ctx: CommandContext) -> int:
    from adviesraad_app.services.text.serialize import dossier_dict

    a = ctx.args
    advice = Advice(
        kind=parse_kind(a.kind),
        title=a.title,
        theme=a.theme or "",
        request_received=parse_optional_cli_date(a.received, "--received"),
        requested_deadline=parse_optional_cli_date(a.requested_deadline, "--requested-deadline"),
        sent_date=parse_optional_cli_date(a.sent, "--sent"),
        reference=a.reference or "",
        number=a.number or "",
        confidential=a.confidential,
        recommendations=renumber(a.recommendation or []),
    )
    service = open_service(a)
    saved = service.create_advice(advice)
    assert saved.id is not None
    if a.json:
        emit_json(dossier_dict(service.dossier(saved.id), None, service.settings.due_soon_days))
    else:
        out(
            translate("CLI", "Advies {number} opgeslagen (id {id}): {title}").format(
                number=saved.number, id=saved.id, title=saved.title
            )
        )
    return 0


def _cmd_add_reply(ctx: CommandContext) -> int:
    from adviesraad_app.services.text.serialize import reply_dict

    a = ctx.args
    service = open_service(a)
    advice_id = parse_advice_ref(service, a.advice_id)
    advice = service.get_advice(advice_id)
    outcome = parse_outcome(a.outcome) if a.outcome else None
    outcomes: tuple[RecommendationOutcome, ...] = ()
    general = None
    if outcome is not None:
        if advice.recommendations:
            outcomes = tuple(
                RecommendationOutcome(r.number, outcome) for r in advice.recommendations
            )
        else:
            general = outcome
    reply = Reply(
        advice_id=advice_id,
        date=parse_cli_date(a.date, "--date"),
        our_reference=a.our_reference or "",
        case_number=a.case_number or "",
        handled_by=a.handled_by or "",
        outcomes=outcomes,
        general_outcome=general,
    )
    saved = service.save_reply(reply)
    if a.json:
        emit_json(reply_dict(saved))
    else:
        dossier = service.dossier(advice_id)
        late = dossier.reply_days_late
        message = translate("CLI", "Reactie op advies {number} opgeslagen (id {id}).").format(
            number=advice.number, id=saved.id
        )
        if late:
            message += " " + count_text(
                late,
                translate("CLI", "De reactie kwam 1 dag te laat."),
                translate("CLI", "De reactie kwam {n} dagen te laat."),
            )
        out(message)
    return 0


def _cmd_list(ctx: CommandContext) -> int:
    from adviesraad_app.services.text.serialize import register_row_dict

    a = ctx.args
    selection = RegisterFilter(
        year=a.year,
        kind=parse_kind(a.kind) if a.kind else None,
        status=parse_status(a.status) if a.status else None,
        search=a.search or "",
    )
    service = open_service(a, create=False)
    rows = service.register(selection)
    if a.json:
        data = [register_row_dict(r) for r in rows]
        if service.search_query(selection.search) is not None:
            # Where each row matched: {"field": English field name, "snippet": text}.
            matches = service.search_matches([r.id for r in rows], selection.search)
            for item, row in zip(data, rows, strict=True):
                found = matches.get(row.id)
                item["match"] = found.as_dict() if found is not None else None
        emit_json(data)
        return 0
    if not rows:
        out(translate("CLI", "Geen adviezen gevonden."))
        return 0
    headers = [
        translate("CLI", "Id"),
        translate("CLI", "Nr."),
        translate("CLI", "Onderwerp"),
        translate("CLI", "Soort"),
        translate("CLI", "Verzonden"),
        translate("CLI", "Reactie uiterlijk"),
        translate("CLI", "Reactie"),
        translate("CLI", "Uitkomst"),
        translate("CLI", "Status"),
    ]
    body = [
        [
            str(r.id),
            r.number,
            r.title,
            r.kind.value,
            format_short(r.sent_date),
            format_short(r.reply_due),
            format_short(r.reply_date),
            r.outcome.label if r.outcome else "",
            r.status.label,
        ]
        for r in rows
    ]
    out(table(headers, body, wide_column=2))
    out(count_text(len(rows), translate("CLI", "1 advies."), translate("CLI", "{n} adviezen.")))
    return 0


def _cmd_show(ctx: CommandContext) -> int:
    from adviesraad_app.services.text.dossier_text import dossier_text
    from adviesraad_app.services.text.serialize import dossier_dict

    today = parse_cli_date(ctx.args.today, "--today") if ctx.args.today else date.today()
    service = open_service(ctx.args, create=False)
    advice_id = parse_advice_ref(service, ctx.args.id)
    dossier = service.dossier(advice_id, include_deleted=True)
    soon = service.settings.due_soon_days
    if ctx.args.json:
        from adviesraad_app.cli.meetings import meeting_fields

        data = dossier_dict(dossier, today, soon)
        due = dossier.advice_term.due if dossier.advice_term else None
        data.update(meeting_fields(service, advice_id, due))
        emit_json(data)
    else:
        out(dossier_text(dossier, today, soon))
        from adviesraad_app.services.meetings.schedule import MeetingService

        line = MeetingService(service).meeting_line(advice_id, today)
        if line:
            out(line)
    return 0


def _cmd_deadlines(ctx: CommandContext) -> int:
    from adviesraad_app.services.text.present import (
        days_text,
        deadline_state_label,
        deadline_type_label,
        shift_text,
    )
    from adviesraad_app.services.text.serialize import deadline_dict

    a = ctx.args
    today, within = today_and_within(a)
    service = open_service(a, create=False)
    items = service.deadlines(today or date.today(), within)
    if a.json:
        emit_json([deadline_dict(i, today or date.today()) for i in items])
        return 0
    if not items:
        out(translate("CLI", "Geen openstaande termijnen."))
        return 0
    headers = [
        translate("CLI", "Datum"),
        translate("CLI", "Dagen"),
        translate("CLI", "Stand"),
        translate("CLI", "Soort termijn"),
        translate("CLI", "Nr."),
        translate("CLI", "Onderwerp"),
    ]
    body = [
        [
            format_short(i.due_date),
            days_text(i.days_left),
            deadline_state_label(i),
            deadline_type_label(i.type)
            + (" " + translate("CLI", "(verdaagd)") if i.extended else "")
            + (
                f" ({shift_text(i.shifted_from, i.due_date, i.shift_reasons)})"
                if i.shifted_from is not None and i.due_date is not None
                else ""
            ),
            i.number,
            i.detail or i.title,
        ]
        for i in items
    ]
    out(table(headers, body, wide_column=5))
    as_of = today or date.today()
    steps = [i for i in items if i.reminders or i.next_step is not None]
    if steps:  # the letters of a late reply or commitment (docs/LETTERS.md)
        from adviesraad_app.domain.reminders import reminders_text

        out()
        for i in steps:
            parts = [reminders_text(i.reminders)] if i.reminders else []
            if i.next_step is not None:
                parts.append(
                    translate("CLI", "volgende stap: {step}").format(step=i.next_step.text(as_of))
                )
            out(f"{i.number}: " + "; ".join(parts))
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the register's commands to ``sub``, in the order ``--help`` lists them."""
    p = sub.add_parser("add-advice", parents=[common], help=translate("CLI", "nieuw advies"))
    p.add_argument(
        "--kind",
        required=True,
        metavar="{gevraagd,ongevraagd,signaal}",
        help=translate("CLI", "soort advies"),
    )
    p.add_argument(
        "--title",
        required=True,
        metavar=translate("CLI", "TEKST"),
        help=translate("CLI", "onderwerp"),
    )
    p.add_argument("--theme", metavar="T", help=translate("CLI", "thema"))
    p.add_argument(
        "--received",
        metavar=translate("CLI", "DATUM"),
        help=translate("CLI", "datum waarop de adviesaanvraag is ontvangen"),
    )
    p.add_argument(
        "--requested-deadline",
        metavar=translate("CLI", "DATUM"),
        help=translate("CLI", "uiterste datum die het college noemt"),
    )
    p.add_argument(
        "--sent",
        metavar=translate("CLI", "DATUM"),
        help=translate("CLI", "datum van het advies (verzonden)"),
    )
    p.add_argument("--reference", metavar="REF", help=translate("CLI", "ons kenmerk"))
    p.add_argument(
        "--number",
        metavar="NR",
        help=translate("CLI", "eigen nummer, zoals 2024-07 (standaard: het volgende)"),
    )
    p.add_argument(
        "--confidential",
        action="store_true",
        help=translate("CLI", "vertrouwelijk (blijft buiten exports, tenzij meegenomen)"),
    )
    p.add_argument(
        "--recommendation",
        action="append",
        metavar=translate("CLI", "TEKST"),
        help=translate("CLI", "een aanbeveling (herhaalbaar, in volgorde genummerd)"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_add_advice)

    p = sub.add_parser(
        "add-reply", parents=[common], help=translate("CLI", "reactie van het college registreren")
    )
    p.add_argument(
        "advice_id",
        metavar="ADVICE_ID",
        help=translate("CLI", "id of nummer (2024-07) van het advies"),
    )
    p.add_argument(
        "--date",
        required=True,
        metavar=translate("CLI", "DATUM"),
        help=translate("CLI", "datum van de reactie"),
    )
    p.add_argument(
        "--our-reference", metavar="K", help=translate("CLI", "‘Ons kenmerk’ van de gemeente")
    )
    p.add_argument("--case-number", metavar="Z", help=translate("CLI", "zaaknummer"))
    p.add_argument(
        "--handled-by", metavar=translate("CLI", "NAAM"), help=translate("CLI", "behandeld door")
    )
    p.add_argument(
        "--outcome",
        metavar="{overgenomen,deels,niet,kennisgenomen}",
        help=translate("CLI", "uitkomst voor alle aanbevelingen"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_add_reply)

    p = sub.add_parser("list", parents=[common], help=translate("CLI", "adviezen tonen"))
    add_json_option(p)
    p.add_argument("--year", type=int, metavar="N", help=translate("CLI", "jaar"))
    p.add_argument("--kind", metavar="K", help=translate("CLI", "soort advies"))
    p.add_argument(
        "--status",
        metavar="S",
        help=translate("CLI", "status, of ‘open’ voor alles wat niet is afgesloten"),
    )
    p.add_argument(
        "--search", metavar=translate("CLI", "TEKST"), help=translate("CLI", "zoeken in alle tekst")
    )
    p.set_defaults(handler=_cmd_list)

    p = sub.add_parser(
        "show", parents=[common], help=translate("CLI", "het hele dossier van een advies")
    )
    p.add_argument("id", metavar="ID", help=translate("CLI", "id of nummer (2024-07)"))
    add_json_option(p)
    add_today_option(p)
    p.set_defaults(handler=_cmd_show)

    p = sub.add_parser(
        "deadlines",
        parents=[common],
        help=translate("CLI", "openstaande termijnen, vroegste eerst"),
    )
    add_json_option(p)
    add_today_option(p)
    add_within_option(p, translate("CLI", "alleen wat binnen zoveel dagen verloopt"))
    p.set_defaults(handler=_cmd_deadlines)
