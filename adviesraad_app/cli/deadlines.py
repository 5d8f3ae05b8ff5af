"""``adviesraad holidays``, ``add-commitment`` and ``set-commitment``."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from adviesraad_app.cli.support import (
    CommandContext,
    Failure,
    add_json_option,
    emit_json,
    open_service,
    out,
    parse_advice_ref,
    parse_cli_date,
    parse_optional_cli_date,
    table,
)
from adviesraad_app.domain.dates import format_weekday_long
from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.i18n import translate
from adviesraad_app.services.safety.location import resolve_db_path

if TYPE_CHECKING:
    from adviesraad_app.services.register import RegisterService

# The CLI's words for a commitment's status (the contract), and the stored values.
_STATUSES = {
    "open": CommitmentStatus.OPEN,
    "nagekomen": CommitmentStatus.DONE,
    "vervallen": CommitmentStatus.LAPSED,
}


def _year(text: str) -> int:
    value = text.strip()
    if not value.isdigit() or not 1900 <= int(value) <= 2200:
        raise Failure(
            translate("CLI", "‘{text}’ is geen jaar (1900 tot en met 2200).").format(text=text)
        )
    return int(value)


def _cmd_holidays(ctx: CommandContext) -> int:
    from adviesraad_app.domain.holidays import OwnDay, holidays
    from adviesraad_app.services.own_days import add_own_day, remove_own_day

    a = ctx.args
    if a.add is not None and a.remove is not None:
        raise Failure(translate("CLI", "Gebruik --add of --remove, niet allebei."))
    if a.add is not None:
        day = parse_cli_date(a.add, "--add")
        if not a.name or not a.name.strip():
            raise Failure(translate("CLI", "Geef met --name de naam van de vrije dag."))
        service = open_service(a)
        own = add_own_day(service, day, a.name)
        result = {"date": own.date.isoformat(), "name": own.name, "source": "eigen"}
        if a.json:
            emit_json(result)
        else:
            out(
                translate("CLI", "Eigen vrije dag toegevoegd: {date}, {name}.").format(
                    date=format_weekday_long(own.date), name=own.name
                )
            )
        return 0
    if a.remove is not None:
        day = parse_cli_date(a.remove, "--remove")
        service = open_service(a)
        own = remove_own_day(service, day)
        if a.json:
            emit_json({"date": own.date.isoformat(), "name": own.name, "source": "eigen"})
        else:
            out(
                translate("CLI", "Eigen vrije dag verwijderd: {date}, {name}.").format(
                    date=format_weekday_long(own.date), name=own.name
                )
            )
        return 0
    if a.year is None:
        raise Failure(
            translate("CLI", "Noem een jaar (adviesraad holidays 2025), of gebruik --add/--remove.")
        )
    year = _year(a.year)
    # The law's days need no register; the council's own days come from it when there is one.
    own_days: tuple[OwnDay, ...] = ()
    if resolve_db_path(getattr(a, "db", None)).exists():
        own_days = open_service(a, create=False).settings.own_days
    days = holidays(year, own_days)
    if a.json:
        emit_json(
            [{"date": h.date.isoformat(), "name": h.name, "source": h.source.value} for h in days]
        )
        return 0
    out(
        table(
            [translate("CLI", "Datum"), translate("CLI", "Naam"), translate("CLI", "Bron")],
            [[format_weekday_long(h.date), h.name, h.source.label] for h in days],
            wide_column=1,
        )
    )
    return 0


def _commitment_json(service: RegisterService, commitment_id: int) -> dict[str, Any]:
    """A commitment as ``show --json`` lists it, with the advice it belongs to."""
    from adviesraad_app.services.text.serialize import plain

    commitment = service.get_commitment(commitment_id)
    data: dict[str, Any] = plain(commitment)
    data["advice_id"] = service.advice_of_reply(commitment.reply_id)
    return data


def _cmd_add_commitment(ctx: CommandContext) -> int:
    a = ctx.args
    due = parse_optional_cli_date(a.due, "--due")
    service = open_service(a)
    advice_id = parse_advice_ref(service, a.advice_id)
    saved = service.add_commitment(advice_id, a.text, due)
    assert saved.id is not None
    if a.json:
        emit_json(_commitment_json(service, saved.id))
    else:
        out(
            translate("CLI", "Toezegging opgeslagen (id {id}): {text}").format(
                id=saved.id, text=saved.text
            )
        )
    return 0


def _cmd_set_commitment(ctx: CommandContext) -> int:
    a = ctx.args
    status = _STATUSES.get(a.status.strip().lower())
    if status is None:
        raise Failure(
            translate("CLI", "Onbekende status: ‘{value}’. Kies uit: {choices}.").format(
                value=a.status, choices=", ".join(_STATUSES)
            )
        )
    on = parse_optional_cli_date(a.date, "--date")
    if status == CommitmentStatus.OPEN and (on is not None or a.note):
        raise Failure(
            translate("CLI", "--date en --note horen bij nagekomen of vervallen, niet bij open.")
        )
    if not a.commitment_id.strip().isdigit():
        raise Failure(
            translate("CLI", "‘{ref}’ is geen nummer van een toezegging.").format(
                ref=a.commitment_id
            )
        )
    service = open_service(a, create=False)
    saved = service.set_commitment_status(
        int(a.commitment_id), status, closed_on=on, note=a.note or "", today=date.today()
    )
    assert saved.id is not None
    if a.json:
        emit_json(_commitment_json(service, saved.id))
    else:
        out(
            translate("CLI", "Toezegging {id}: {status}.").format(
                id=saved.id, status=saved.status.label
            )
        )
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "holidays",
        parents=[common],
        help=translate("CLI", "de niet-werkdagen van een jaar (Algemene termijnenwet)"),
    )
    p.add_argument("year", nargs="?", metavar=translate("CLI", "JAAR"))
    p.add_argument(
        "--add",
        metavar=translate("CLI", "DATUM"),
        help=translate("CLI", "een eigen vrije dag van de adviesraad toevoegen"),
    )
    p.add_argument(
        "--name", metavar=translate("CLI", "TEKST"), help=translate("CLI", "naam bij --add")
    )
    p.add_argument(
        "--remove",
        metavar=translate("CLI", "DATUM"),
        help=translate("CLI", "een eigen vrije dag verwijderen"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_holidays)

    p = sub.add_parser(
        "add-commitment",
        parents=[common],
        help=translate("CLI", "een toezegging uit de reactie van het college"),
    )
    p.add_argument("advice_id", metavar="ADVIES", help=translate("CLI", "id of nummer (2024-07)"))
    p.add_argument(
        "--text", required=True, metavar=translate("CLI", "TEKST"), help=translate("CLI", "wat")
    )
    p.add_argument(
        "--due",
        metavar=translate("CLI", "DATUM"),
        help=translate("CLI", "uiterlijk (weglaten: zonder termijn)"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_add_commitment)

    p = sub.add_parser(
        "set-commitment",
        parents=[common],
        help=translate("CLI", "een toezegging afsluiten (nagekomen, vervallen) of heropenen"),
    )
    p.add_argument("commitment_id", metavar="TOEZEGGING", help=translate("CLI", "id"))
    p.add_argument(
        "--status",
        required=True,
        metavar="{open,nagekomen,vervallen}",
        help=translate("CLI", "nieuwe status"),
    )
    p.add_argument(
        "--date",
        metavar=translate("CLI", "DATUM"),
        help=translate("CLI", "wanneer afgesloten (standaard: vandaag)"),
    )
    p.add_argument(
        "--note",
        metavar=translate("CLI", "TEKST"),
        help=translate("CLI", "hoe: welke brief, welke vergadering"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_set_commitment)
