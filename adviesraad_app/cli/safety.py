"""Data-safety commands: ``backup``, ``backups``, ``restore`` and ``check --repair``.

``adviesraad backup [--to DIR|FILE]``  a verified backup now (into ``backups`` beside the
                                   register, another existing folder, or a new file ending in
                                   .sqlite3/.sqlite/.db in an existing folder)
``adviesraad backups``             the backups, newest first, with date and number of advices
``adviesraad restore FILE``        put a backup back; the current register is kept aside first
``adviesraad check [--repair]``    check the register; repair what can be repaired, after a backup
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adviesraad_app.cli.support import (
    CommandContext,
    Failure,
    add_json_option,
    emit_json,
    open_service,
    out,
    table,
    warn_about_location,
)
from adviesraad_app.i18n import translate
from adviesraad_app.services.safety.location import resolve_db_path

if TYPE_CHECKING:  # the services load when a command runs
    from adviesraad_app.services.safety.check import CheckReport
    from adviesraad_app.services.safety.repair import RepairResult

# ``backups`` runs quick_check on backups up to this size (well under a second each); larger
# ones are checked when one is restored, and by the start-up diagnosis.
SOUND_CHECK_MAX_BYTES = 64 * 1024 * 1024


def _soundness(entries: list[Any]) -> list[bool | None]:
    """Per backup: passes quick_check (``True``), damaged (``False``), or not checked."""
    from adviesraad_app.services.safety.backups import backup_is_sound

    return [
        backup_is_sound(e.path) if e.usable and e.size <= SOUND_CHECK_MAX_BYTES else None
        for e in entries
    ]


def _entry_dict(entry: Any, sound: bool | None = None) -> dict[str, Any]:
    return {
        "path": str(entry.path),
        "taken_at": entry.taken_at.isoformat(timespec="seconds"),
        "kind": entry.kind.value,
        "advices": entry.advices,
        "schema_version": entry.schema_version,
        "size": entry.size,
        "usable": entry.usable,
        "problem": entry.problem,
        "sound": sound,  # quick_check passed; None when not checked (unusable, or large)
    }


def _two_forms() -> str:
    return translate(
        "CLI",
        "Geef een bestaande map op (de back-up krijgt daarin een naam met datum en tijd), of "
        "een nieuwe bestandsnaam die eindigt op .sqlite3, .sqlite of .db in een bestaande map.",
    )


def backup_target(to: str) -> tuple[Path, bool]:
    """Where ``backup --to`` writes, like the exports: an existing folder (``False``: a dated
    name in it), or a file whose name ends in .sqlite3/.sqlite/.db in an existing folder
    (``True``). Nothing is created; anything else is refused."""
    from adviesraad_app.services.safety.backups import is_backup_file_target

    target = Path(to).expanduser().resolve()
    if target.is_dir():
        return target, False
    if is_backup_file_target(target):
        if not target.parent.is_dir():
            raise Failure(
                translate(
                    "CLI",
                    "--to: de map {folder} bestaat niet. Maak hem eerst aan, of kies een andere "
                    "plek voor de back-up.",
                ).format(folder=target.parent)
            )
        return target, True
    if target.exists():
        problem = translate("CLI", "--to: {path} is geen map en geen back-upbestand.")
    else:
        problem = translate("CLI", "--to: {path} bestaat niet.")
    raise Failure(problem.format(path=target) + " " + _two_forms())


def _cmd_backup(ctx: CommandContext) -> int:
    from adviesraad_app.services.safety.backups import BackupKind, make_backup, make_backup_file

    a = ctx.args
    folder, to_file = backup_target(a.to) if a.to else (None, False)
    service = open_service(a, create=False)
    if folder is not None and to_file:
        if folder == service.path.resolve():
            raise Failure(
                translate("CLI", "--to: {path} is het register zelf.").format(path=folder)
            )
        entry = make_backup_file(service.path, folder)
    else:
        entry = make_backup(service.path, BackupKind.MANUAL, folder=folder)
    if a.json:
        emit_json(_entry_dict(entry, True))  # verified when it was written
    else:
        out(
            translate("CLI", "Back-up gemaakt en gecontroleerd: {path} ({n} adviezen).").format(
                path=entry.path, n=entry.advices
            )
        )
    return 0


def _cmd_backups(ctx: CommandContext) -> int:
    from adviesraad_app.services.safety.backups import list_backups

    a = ctx.args
    path = resolve_db_path(getattr(a, "db", None))
    folder = Path(a.folder).expanduser() if a.folder else None
    entries = list_backups(path, folder)
    sound = _soundness(entries)
    if a.json:
        emit_json([_entry_dict(e, ok) for e, ok in zip(entries, sound, strict=True)])
        return 0
    if not entries:
        out(translate("CLI", "Geen back-ups gevonden van {path}.").format(path=path))
        return 0
    headers = [
        translate("CLI", "Datum"),
        translate("CLI", "Soort"),
        translate("CLI", "Adviezen"),
        translate("CLI", "Bestand"),
    ]

    def advices(entry: Any, ok: bool | None) -> str:
        if not entry.usable:
            return translate("CLI", "onbruikbaar")
        if ok is False:
            return translate("CLI", "{n} (beschadigd)").format(n=entry.advices)
        return str(entry.advices)

    body = [
        [e.when, e.kind_label, advices(e, ok), str(e.path)]
        for e, ok in zip(entries, sound, strict=True)
    ]
    out(table(headers, body, wide_column=3))
    if all(not e.usable or ok is False for e, ok in zip(entries, sound, strict=True)):
        out(translate("CLI", "Geen van deze back-ups is bruikbaar."))
    return 0


def _cmd_restore(ctx: CommandContext) -> int:
    from adviesraad_app.services.safety.backups import resolve_backup_argument, restore_backup
    from adviesraad_app.services.safety.diagnosis import restore_command

    a = ctx.args
    path = resolve_db_path(getattr(a, "db", None))
    warn_about_location(path)
    source = resolve_backup_argument(path, a.file)
    result = restore_backup(path, source)
    if a.json:
        emit_json(
            {
                "db": str(result.db_path),
                "restored_from": str(result.restored_from),
                "saved_aside": str(result.saved_aside) if result.saved_aside else None,
                "previous_was_damaged": result.previous_was_damaged,
                "advices": result.advices,
            }
        )
        return 0
    out(
        translate("CLI", "Teruggezet: {source} ({n} adviezen) in {db}.").format(
            source=result.restored_from, n=result.advices, db=result.db_path
        )
    )
    if result.saved_aside is not None and result.previous_was_damaged:
        out(
            translate(
                "CLI", "Het beschadigde bestand is ongewijzigd apart gezet als {path}."
            ).format(path=result.saved_aside)
        )
    elif result.saved_aside is not None:
        out(
            translate(
                "CLI",
                "Het vorige register is bewaard als {path}. Ongedaan maken: {command}",
            ).format(
                path=result.saved_aside,
                command=restore_command(result.db_path, result.saved_aside),
            )
        )
    return 0


def _cmd_check(ctx: CommandContext) -> int:
    from adviesraad_app.services.safety.check import check_database
    from adviesraad_app.services.safety.repair import repair_database

    a = ctx.args
    service = open_service(a, create=False)
    result: CheckReport | RepairResult
    if a.repair:
        result = repair_database(service)
        ok = result.after.ok
    else:
        result = check_database(service)
        ok = result.ok
    if a.json:
        emit_json(result.as_dict())
    else:
        out(result.text())
    return 0 if ok else 1


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup",
        parents=[common],
        help=translate("CLI", "nu een gecontroleerde back-up maken"),
    )
    p.add_argument(
        "--to",
        metavar=translate("CLI", "MAP|BESTAND"),
        help=translate(
            "CLI",
            "een bestaande map voor de back-up (standaard: de map backups naast de database), "
            "of een nieuwe bestandsnaam die eindigt op .sqlite3, .sqlite of .db",
        ),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_backup)

    p = sub.add_parser(
        "backups",
        parents=[common],
        help=translate("CLI", "de back-ups tonen, nieuwste eerst"),
    )
    p.add_argument(
        "--folder",
        metavar=translate("CLI", "MAP"),
        help=translate("CLI", "een andere map met back-ups (zoals een USB-stick)"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_backups)

    p = sub.add_parser(
        "restore",
        parents=[common],
        help=translate("CLI", "een back-up terugzetten (het huidige register blijft bewaard)"),
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help=translate("CLI", "de back-up: een pad, of een bestandsnaam uit de map backups"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_restore)

    # ``check`` is defined in cli.py; its handler and the repair option live here, with the
    # rest of the data-safety code.
    check = sub.choices["check"]
    check.add_argument(
        "--repair",
        action="store_true",
        help=translate(
            "CLI", "herstellen wat kan (indexen, status en termijnen, zoekindex), na een back-up"
        ),
    )
    check.set_defaults(handler=_cmd_check)
