"""``adviesraad export xlsx|csv|ics --output FILE``: registered through
``cli_export.EXPORT_FORMATS``."""

from __future__ import annotations

import argparse
from datetime import date

from adviesraad_app.cli.export import add_selection_options, selection_from_args
from adviesraad_app.cli.support import (
    CommandContext,
    add_json_option,
    add_today_option,
    add_within_option,
    emit_json,
    open_service,
    out,
    today_and_within,
)
from adviesraad_app.i18n import translate
from adviesraad_app.services.text.present import count_text, reminder_text


def _cmd_export_sheet(ctx: CommandContext) -> int:
    from adviesraad_app.services.io_files import export_target
    from adviesraad_app.services.sheets.register_export import export_register

    args = ctx.args
    selection = selection_from_args(args)
    output = export_target(args.output, "." + args.format)
    service = open_service(args, create=False)
    count = export_register(service, output, selection, fmt=args.format)
    if getattr(args, "json", False):
        emit_json({"file": str(output), "format": args.format, "advices": count})
    else:
        out(
            count_text(
                count,
                translate("CLI", "1 advies geëxporteerd naar {path}."),
                translate("CLI", "{n} adviezen geëxporteerd naar {path}."),
                path=output,
            )
        )
    return 0


def _cmd_export_ics(ctx: CommandContext) -> int:
    from adviesraad_app.services.calendar_export import export_calendar
    from adviesraad_app.services.io_files import export_target

    args = ctx.args
    selection = selection_from_args(args)
    given_today, within = today_and_within(args)
    today = given_today or date.today()
    output = export_target(args.output, ".ics")
    service = open_service(args, create=False)
    count = export_calendar(service, output, selection, today=today, within=within)
    from adviesraad_app.services.calendar_export import upcoming_meetings

    meetings = len(upcoming_meetings(service, today, selection))
    if getattr(args, "json", False):
        emit_json(
            {"file": str(output), "format": "ics", "events": count + meetings, "meetings": meetings}
        )
    else:
        out(
            count_text(
                count,
                translate("CLI", "1 termijn geëxporteerd naar {path}; herinnering {reminder}."),
                translate("CLI", "{n} termijnen geëxporteerd naar {path}; herinnering {reminder}."),
                path=output,
                reminder=reminder_text(service.settings.reminder_days),
            )
        )
    return 0


def _output_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--output",
        "-o",
        required=True,
        metavar=translate("CLI", "BESTAND"),
        help=what,
    )
    add_json_option(parser)


def register(formats: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    for name, description, output in (
        (
            "xlsx",
            translate("CLI", "het register als Excel-werkmap"),
            translate("CLI", "het bestand dat wordt geschreven (zonder extensie: .xlsx erbij)"),
        ),
        (
            "csv",
            translate("CLI", "het register als CSV (puntkomma's, voor Excel)"),
            translate("CLI", "het bestand dat wordt geschreven (zonder extensie: .csv erbij)"),
        ),
    ):
        p = formats.add_parser(name, parents=[common], help=description)
        _output_option(p, output)
        add_selection_options(p)
        p.set_defaults(handler=_cmd_export_sheet)

    p = formats.add_parser(
        "ics",
        parents=[common],
        help=translate("CLI", "openstaande termijnen als agenda (.ics, voor Outlook)"),
    )
    _output_option(
        p, translate("CLI", "het .ics-bestand dat wordt geschreven (zonder extensie: .ics erbij)")
    )
    add_selection_options(p)
    add_today_option(p)
    add_within_option(
        p, translate("CLI", "alleen wat binnen zoveel dagen verloopt (verlopen telt altijd)")
    )
    p.set_defaults(handler=_cmd_export_ics)
