"""Meeting commands: ``add-meeting``, ``meetings``, ``agenda``, ``add-action``, ``set-action``.

``adviesraad add-meeting --date DATE [--time HH:MM] [--place TEXT] [--kind plenair|werkgroep]``
``adviesraad meetings [--year N]``             the schedule
``adviesraad agenda MEETING_ID [--add-advice ADVICE_ID --purpose P] [--add-item TEXT]
                  [--adopt ADVICE_ID]``          without an action: the agenda, postlijst, actions
``adviesraad add-action MEETING_ID --text TEXT [--who NAME] [--due DATE]``
``adviesraad set-action ACTION_ID --status open|gedaan|vervallen [--date DATE]``
"""

from __future__ import annotations

import argparse
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
from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.errors import FieldError
from adviesraad_app.domain.meetings import (
    ActionStatus,
    Meeting,
    MeetingKind,
    Purpose,
    parse_time,
)
from adviesraad_app.i18n import translate

if TYPE_CHECKING:
    from adviesraad_app.services.meetings.schedule import Agenda, MeetingService


def _pick(value: str, options: list[str], option: str) -> str:
    key = value.strip().lower()
    if key not in options:
        raise Failure(
            translate("CLI", "{option}: onbekende waarde ‘{value}’. Kies uit: {choices}.").format(
                option=option, value=value, choices=", ".join(options)
            )
        )
    return key


def _service(args: argparse.Namespace, create: bool = False) -> MeetingService:
    from adviesraad_app.services.meetings.schedule import MeetingService

    return MeetingService(open_service(args, create=create))


def _meeting_id(text: str) -> int:
    value = str(text).strip()
    if not value.isdigit():
        raise Failure(
            translate("CLI", "‘{value}’ is geen vergadering: geef het id (een getal).").format(
                value=value
            )
        )
    return int(value)


def _cmd_add_meeting(ctx: CommandContext) -> int:
    from adviesraad_app.services.meetings.serialize import meeting_dict

    a = ctx.args
    day = parse_cli_date(a.date, "--date")
    try:
        time = parse_time(a.time) if a.time else ""
    except FieldError as exc:
        raise Failure(f"--time: {exc.message}") from None
    kind = MeetingKind(_pick(a.kind, [k.value for k in MeetingKind], "--kind"))
    service = _service(a, create=True)
    saved = service.add_meeting(Meeting(date=day, time=time, place=a.place or "", kind=kind))
    if a.json:
        emit_json(meeting_dict(saved))
    else:
        out(
            translate("CLI", "Vergadering van {date} opgeslagen (id {id}).").format(
                date=format_short(saved.date), id=saved.id
            )
        )
    return 0


def _cmd_meetings(ctx: CommandContext) -> int:
    from adviesraad_app.services.meetings.serialize import meeting_dict

    a = ctx.args
    meetings = _service(a).meetings(a.year)
    if a.json:
        emit_json([meeting_dict(m) for m in meetings])
        return 0
    headers = [
        translate("CLI", "Id"),
        translate("CLI", "Datum"),
        translate("CLI", "Tijd"),
        translate("CLI", "Soort"),
        translate("CLI", "Plaats"),
    ]
    rows = [[str(m.id), format_short(m.date), m.time, m.kind.label, m.place] for m in meetings]
    out(table(headers, rows, wide_column=4))
    out(translate("CLI", "{n} vergadering(en).").format(n=len(meetings)))
    return 0


def agenda_text(agenda: Agenda) -> str:
    lines = [agenda.meeting.title, ""]
    for line in agenda.lines:
        prefix = f"{line.advice_number} " if line.advice_number else ""
        adopted = translate("CLI", " [vastgesteld]") if line.item.adopted else ""
        lines.append(f"{line.number:>3}. {prefix}{line.title}{adopted}")
    lines += [
        "",
        translate("CLI", "Postlijst ({start} tot en met {end}):").format(
            start=format_short(agenda.window[0]), end=format_short(agenda.window[1])
        ),
    ]
    if not agenda.post:
        lines.append(translate("CLI", "  (niets binnengekomen)"))
    for entry in agenda.post:
        lines.append(
            f"{entry.number:>3}. {format_short(entry.date)}  {entry.kind.label}: "
            f"{entry.advice_number} {entry.subject}"
        )
    lines += ["", translate("CLI", "Actielijst:")]
    if not agenda.actions:
        lines.append(translate("CLI", "  (geen openstaande acties)"))
    for action in agenda.actions:
        who = f" ({action.who})" if action.who else ""
        due = (
            translate("CLI", ", uiterlijk {date}").format(date=format_short(action.due))
            if action.due
            else ""
        )
        lines.append(f"  [{action.id}] {action.text}{who}{due}: {action.status.label}")
    return "\n".join(lines)


def _cmd_agenda(ctx: CommandContext) -> int:
    from adviesraad_app.services.meetings.serialize import agenda_dict

    a = ctx.args
    meeting_id = _meeting_id(a.meeting_id)
    if a.purpose is not None and a.add_advice is None:
        raise Failure(translate("CLI", "--purpose hoort bij --add-advice."))
    purpose = Purpose(_pick(a.purpose or "bespreken", [p.value for p in Purpose], "--purpose"))
    service = _service(a)
    service.get_meeting(meeting_id)
    register = service.register
    if a.add_advice is not None:
        advice_id = parse_advice_ref(register, a.add_advice)
        service.add_advice(meeting_id, advice_id, purpose)
    if a.add_item is not None:
        service.add_item(meeting_id, a.add_item)
    if a.adopt is not None:
        service.adopt(meeting_id, parse_advice_ref(register, a.adopt))
    agenda = service.agenda(meeting_id)
    if a.docx is not None:
        from adviesraad_app.services.meetings.agenda_docx import export_agenda_docx

        written = export_agenda_docx(register, meeting_id, a.docx)
        if not a.json:
            out(translate("CLI", "Agenda opgeslagen: {path}").format(path=written))
    if a.json:
        emit_json(agenda_dict(agenda))
    else:
        out(agenda_text(agenda))
    return 0


def _cmd_add_action(ctx: CommandContext) -> int:
    from adviesraad_app.services.meetings.serialize import action_dict

    a = ctx.args
    meeting_id = _meeting_id(a.meeting_id)
    due = parse_optional_cli_date(a.due, "--due")
    service = _service(a)
    meeting = service.get_meeting(meeting_id)
    action = service.add_action(meeting_id, a.text, a.who or "", due)
    if a.json:
        emit_json(action_dict(action, meeting))
    else:
        out(
            translate("CLI", "Actie opgeslagen (id {id}): {text}").format(
                id=action.id, text=action.text
            )
        )
    return 0


def _cmd_set_action(ctx: CommandContext) -> int:
    from adviesraad_app.services.meetings.serialize import action_dict

    a = ctx.args
    value = str(a.action_id).strip()
    if not value.isdigit():
        raise Failure(translate("CLI", "‘{value}’ is geen actie: geef het id.").format(value=value))
    status = ActionStatus(_pick(a.status, [s.value for s in ActionStatus], "--status"))
    on = parse_optional_cli_date(a.date, "--date")
    service = _service(a)
    action = service.set_action(int(value), status, on)
    if a.json:
        emit_json(action_dict(action, service.get_meeting(action.meeting_id)))
    else:
        out(
            translate("CLI", "Actie {id}: {status}.").format(
                id=action.id, status=action.status.label
            )
        )
    return 0


def meeting_fields(register: Any, advice_id: int, due: Any) -> dict[str, Any]:
    """What ``show --json`` adds: ``last_meeting_before_due`` and ``adopted_in``."""
    from adviesraad_app.services.meetings.schedule import MeetingService

    service = MeetingService(register)
    last = service.last_meeting_before(due)
    adopted = service.adopted_in(advice_id)
    return {
        "last_meeting_before_due": last.date.isoformat() if last else None,
        "adopted_in": adopted.date.isoformat() if adopted else None,
    }


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    date_meta = translate("CLI", "DATUM")
    p = sub.add_parser(
        "add-meeting", parents=[common], help=translate("CLI", "een vergadering plannen")
    )
    p.add_argument("--date", required=True, metavar=date_meta, help=translate("CLI", "de datum"))
    p.add_argument("--time", metavar="UU:MM", help=translate("CLI", "de aanvangstijd, bijv. 19:30"))
    p.add_argument("--place", metavar=translate("CLI", "TEKST"), help=translate("CLI", "de plaats"))
    p.add_argument(
        "--kind",
        default="plenair",
        metavar="{plenair,werkgroep}",
        help=translate("CLI", "plenair (standaard) of werkgroep"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_add_meeting)

    p = sub.add_parser(
        "meetings", parents=[common], help=translate("CLI", "het vergaderschema tonen")
    )
    p.add_argument(
        "--year",
        type=int,
        metavar=translate("CLI", "JAAR"),
        help=translate("CLI", "alleen dit jaar"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_meetings)

    p = sub.add_parser(
        "agenda",
        parents=[common],
        help=translate("CLI", "de agenda van een vergadering tonen of aanvullen"),
    )
    p.add_argument(
        "meeting_id", metavar="MEETING_ID", help=translate("CLI", "id van de vergadering")
    )
    p.add_argument(
        "--add-advice",
        metavar="ADVICE_ID",
        help=translate("CLI", "een advies (id of nummer) op de agenda zetten"),
    )
    p.add_argument(
        "--purpose",
        metavar="{bespreken,vaststellen,kennisnemen}",
        help=translate("CLI", "waarom het advies op de agenda staat (standaard: bespreken)"),
    )
    p.add_argument(
        "--add-item",
        metavar=translate("CLI", "TEKST"),
        help=translate("CLI", "een vrij agendapunt"),
    )
    p.add_argument(
        "--adopt",
        metavar="ADVICE_ID",
        help=translate("CLI", "een advies op de agenda vastgesteld verklaren"),
    )
    p.add_argument(
        "--docx",
        metavar=translate("CLI", "BESTAND"),
        help=translate("CLI", "de agenda ook als Word-bestand (.docx) opslaan"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_agenda)

    p = sub.add_parser(
        "add-action", parents=[common], help=translate("CLI", "een actie voor de actielijst")
    )
    p.add_argument(
        "meeting_id", metavar="MEETING_ID", help=translate("CLI", "id van de vergadering")
    )
    p.add_argument(
        "--text",
        required=True,
        metavar=translate("CLI", "TEKST"),
        help=translate("CLI", "de actie"),
    )
    p.add_argument(
        "--who", metavar=translate("CLI", "NAAM"), help=translate("CLI", "wie de actie uitvoert")
    )
    p.add_argument("--due", metavar=date_meta, help=translate("CLI", "uiterlijk op"))
    add_json_option(p)
    p.set_defaults(handler=_cmd_add_action)

    p = sub.add_parser(
        "set-action", parents=[common], help=translate("CLI", "de status van een actie zetten")
    )
    p.add_argument("action_id", metavar="ACTION_ID", help=translate("CLI", "id van de actie"))
    p.add_argument(
        "--status",
        required=True,
        metavar="{open,gedaan,vervallen}",
        help=translate("CLI", "open, gedaan of vervallen"),
    )
    p.add_argument(
        "--date", metavar=date_meta, help=translate("CLI", "de datum (standaard: vandaag)")
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_set_action)
