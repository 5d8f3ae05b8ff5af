"""The command line: ``adviesraad [--db PATH] COMMAND``; without a command, the desktop app.

Exit codes: 0 success; 1 an error, with a Dutch message on stderr (no traceback); 2 wrong
usage. Values that argparse could check (kinds, dates) are checked by the commands instead,
so that bad input is an error (1) with a clear message, not a usage error.

The app's own commands (``init``, ``demo``, ``check``, ``gui``, ``selftest``) are here; the
register's (``add-advice``, ``add-reply``, ``list``, ``show``, ``deadlines``) in
:mod:`adviesraad_app.cli.advices`, always in their place in ``--help``. Feature
modules add their own commands: see ``COMMAND_MODULES`` and :mod:`adviesraad_app.cli.support`.
Starting the app (no command, ``gui``, ``selftest``) knows the register's commands by name
only: their module and their options load when one of them is run or every command is listed.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from adviesraad_app import __version__
from adviesraad_app.cli.support import (
    CommandContext,
    add_common,
    add_json_option,
    emit_json,
    err,
    install_dutch_argparse,
    open_service,
    out,
    run_command,
)
from adviesraad_app.i18n import translate
from adviesraad_app.services.safety.location import resolve_db_path
from adviesraad_app.services.text.present import count_text

# Modules that add commands: each has ``register(subparsers, common)``.
# Modules that add (or extend) commands, with those commands. Only the module of the command
# being run is imported, so the app and each command start without loading the others;
# ``--help`` and an unknown command load them all. tests/cli/test_cli.py checks the names.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "adviesraad_app.cli.export": ("export",),
    "adviesraad_app.cli.io": ("import-letter", "import-register"),
    "adviesraad_app.cli.meetings": (
        "add-meeting",
        "meetings",
        "agenda",
        "add-action",
        "set-action",
    ),
    "adviesraad_app.cli.safety": ("backup", "restore", "backups", "check"),
    "adviesraad_app.cli.deadlines": ("holidays", "add-commitment", "set-commitment"),
    "adviesraad_app.cli.letter": ("letter",),
}
# The register's own commands (:mod:`adviesraad_app.cli.advices`), between ``demo`` and ``check``.
REGISTER_COMMANDS = ("add-advice", "add-reply", "list", "show", "deadlines")
CORE_COMMANDS = (
    "init",
    "demo",
    "add-advice",
    "add-reply",
    "list",
    "show",
    "deadlines",
    "check",
    "gui",
    "selftest",
)


def requested_command(argv: Sequence[str] | None) -> str | None:
    """The command named on the command line (``None``: none, so the app starts)."""
    args = list(sys.argv[1:] if argv is None else argv)
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--db":
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def modules_for(argv: Sequence[str] | None) -> list[str]:
    """The command modules this command line needs."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = requested_command(args)
    if any(a in ("-h", "--help") for a in args) and command is None:
        return list(COMMAND_MODULES)
    if command is None:
        return []
    needed = [name for name, commands in COMMAND_MODULES.items() if command in commands]
    if needed or command in CORE_COMMANDS:
        return needed
    return list(COMMAND_MODULES)  # unknown: let argparse list every choice


def lists_every_command(argv: Sequence[str]) -> bool:
    """Whether argparse may list the commands: a ``--help`` anywhere (before the command it
    is the program's help), or a command it does not know (its error names the choices)."""
    if any(a in ("-h", "--help") for a in argv):
        return True
    command = requested_command(argv)
    if command is None:
        return False
    known = command in CORE_COMMANDS or any(command in c for c in COMMAND_MODULES.values())
    return not known


def _register_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    argv: Sequence[str] | None,
) -> None:
    """The register's commands, in full when one of them runs or every command may be
    listed; else by name only (the app's start: issue 14), which argparse never prints."""
    if argv is None or requested_command(argv) in REGISTER_COMMANDS or lists_every_command(argv):
        from adviesraad_app.cli import advices

        advices.register(sub, common)
        return
    for name in REGISTER_COMMANDS:
        sub.add_parser(name)


def _cmd_init(ctx: CommandContext) -> int:
    path = resolve_db_path(ctx.args.db)
    existed = path.exists()
    service = open_service(ctx.args, create=True)
    if existed:
        out(
            count_text(
                service.count(),
                translate("CLI", "De database bestaat al: {path} (1 advies)."),
                translate("CLI", "De database bestaat al: {path} ({n} adviezen)."),
                path=path,
            )
        )
    else:
        out(translate("CLI", "Nieuwe database aangemaakt: {path}").format(path=path))
    return 0


def _cmd_demo(ctx: CommandContext) -> int:
    from adviesraad_app.services.demo import load_demo

    service = open_service(ctx.args, create=True)
    count = load_demo(service)
    out(
        count_text(
            count,
            translate("CLI", "Demogegevens geladen: 1 advies in {path}."),
            translate("CLI", "Demogegevens geladen: {n} adviezen in {path}."),
            path=service.path,
        )
    )
    return 0


# What the window's first page uses from the layers below it (the service, the cells' wording).
SERVICES_BEFORE_QT = ("adviesraad_app.services.register", "adviesraad_app.services.text.present")


def _load_services_before_qt() -> None:
    """Import the register's services (they need no Qt) before the GUI imports PySide6.

    Once PySide6 is loaded, its import hook reads the source of every module imported after
    it (looking for ``__feature__`` users): the ~40 modules of storage/ and services/ cost
    about 10 ms more when they come after Qt than before it (issue 14, start-up)."""
    for name in SERVICES_BEFORE_QT:
        importlib.import_module(name)


def _cmd_gui(ctx: CommandContext) -> int:
    _load_services_before_qt()
    from adviesraad_app.gui.app import run_gui

    return run_gui(ctx.args)


def _cmd_selftest(ctx: CommandContext) -> int:
    _load_services_before_qt()
    from adviesraad_app.gui.app import run_selftest

    result = run_selftest(ctx.args)
    if result is None:
        err(translate("App", "Zelftest mislukt: het register verscheen niet binnen 60 seconden."))
        return 1
    emit_json(result)
    return 0


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv`` given, only the command modules it needs are loaded
    (``build_parser(None)`` loads them all)."""
    install_dutch_argparse()
    common = argparse.ArgumentParser(add_help=False)
    add_common(common)
    parser = argparse.ArgumentParser(
        prog="adviesraad",
        description=translate(
            "CLI",
            "Register van adviezen, reacties, toezeggingen en termijnen van de adviesraad. "
            "Zonder opdracht start het programma.",
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PAD",
        help=translate(
            "CLI", "het databasebestand (standaard: ADVIESRAAD_DB of de map met app-gegevens)"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "CLI", "het programma starten met een aparte demodatabase vol voorbeeldgegevens"
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Adviesraad {__version__}",
        help=translate("CLI", "toon het versienummer en stop"),
    )
    sub = parser.add_subparsers(dest="command", metavar=translate("CLI", "OPDRACHT"))

    p = sub.add_parser(
        "init",
        parents=[common],
        help=translate("CLI", "maak de database aan als die nog niet bestaat"),
    )
    p.set_defaults(handler=_cmd_init)

    p = sub.add_parser(
        "demo", parents=[common], help=translate("CLI", "vul een lege database met demogegevens")
    )
    p.set_defaults(handler=_cmd_demo)

    _register_commands(sub, common, argv)

    # Its handler (and --repair) come from cli_safety, which is loaded whenever ``check`` runs.
    p = sub.add_parser("check", parents=[common], help=translate("CLI", "de database controleren"))
    add_json_option(p)

    p = sub.add_parser("gui", parents=[common], help=translate("CLI", "het programma starten"))
    p.add_argument(
        "--demo",
        action="store_true",
        help=translate("CLI", "met een aparte demodatabase vol voorbeeldgegevens"),
    )
    p.set_defaults(handler=_cmd_gui)

    p = sub.add_parser(
        "selftest",
        parents=[common],
        help=translate(
            "CLI",
            "het programma onzichtbaar starten op de database en de "
            "opstarttijd tot het gevulde register meten (JSON)",
        ),
    )
    p.set_defaults(handler=_cmd_selftest)

    for name in COMMAND_MODULES if argv is None else modules_for(argv):
        importlib.import_module(name).register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        args.handler = _cmd_gui
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
