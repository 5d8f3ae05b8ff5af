"""What every command shares: opening the register, parsing values, output, error handling.

Feature modules that add commands (``register(subparsers, common)``) use these helpers so
that every command behaves the same: ``--db`` before or after the command, Dutch messages,
exit code 1 for errors and 2 for wrong usage, no traceback ever.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from adviesraad_app.domain.dates import parse_date
from adviesraad_app.domain.errors import DateParseError, UserError
from adviesraad_app.domain.filters import STATUS_OPEN
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, Outcome
from adviesraad_app.i18n import translate
from adviesraad_app.services.safety.location import resolve_db_path

if TYPE_CHECKING:  # keeps start-up lean: the services load when a command runs
    from adviesraad_app.services.register import RegisterService


class Failure(UserError):
    """A command that cannot do what was asked; the message says why."""


class CommandContext(NamedTuple):  # a named tuple: cheaper to define than a dataclass
    args: argparse.Namespace


def add_common(parser: argparse.ArgumentParser) -> None:
    """Options every command accepts after its name too (``adviesraad list --db X``)."""
    parser.add_argument(
        "--db",
        metavar="PAD",
        default=argparse.SUPPRESS,
        help=translate("CLI", "het databasebestand"),
    )


def _ensure_utf8_streams() -> None:
    """Output redirected to a file or a pipe is UTF-8 (JSON, scripts), whatever the Windows
    code page; a console keeps its own encoding, with unknown characters replaced."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        with contextlib.suppress(ValueError, OSError, AttributeError):
            if stream.isatty():
                reconfigure(errors="replace")
            else:
                reconfigure(encoding="utf-8", errors="replace")


@functools.cache
def _control() -> re.Pattern[str]:
    """C0 and C1 control characters (but newline and tab), DEL, and the Unicode bidi
    overrides and isolates: in a title they could clear the screen, move the cursor, rewrite
    a line or reverse what follows. The data keeps them; what the CLI prints never has them.
    Compiled when first printed: the app's start prints nothing (issue 14)."""
    return re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` without the characters a terminal would act on."""
    return _control().sub("", text)


def out(text: str = "") -> None:
    """Print to stdout (which may be absent in a windowed build), without control
    characters (:func:`printable`)."""
    if sys.stdout is not None:
        print(printable(text))


def err(text: str) -> None:
    if sys.stderr is not None:
        print(printable(text), file=sys.stderr)


# ``--output FILE`` of the command being run: its JSON goes there instead of to stdout.
_json_target: Path | None = None


def emit_json(value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    if _json_target is not None:
        _write_json_file(_json_target, text)
    elif sys.stdout is not None:
        sys.stdout.write(text)


def _write_json_file(path: Path, text: str) -> None:
    """UTF-8 bytes exactly as made (no newline translation), written atomically: what a
    redirect in Windows PowerShell would re-encode in the console's code page."""
    from adviesraad_app.services.io_files import write_atomically

    data = text.encode("utf-8")

    def write(temporary: Path) -> None:
        temporary.write_bytes(data)

    write_atomically(path, write)


def _json_output_target(args: argparse.Namespace) -> Path | None:
    """The file of ``--output`` for a JSON command (checked: its folder exists), else
    ``None``. ``--output`` implies ``--json``."""
    given = getattr(args, "json_output", None)
    if not given:
        return None
    from adviesraad_app.services.io_files import export_target

    target = export_target(Path(given), ".json")
    args.json = True
    return target


def warn_about_location(path: Path) -> None:
    """Once per process: warn on stderr when the register lives on a share or in a synced folder."""
    from adviesraad_app.services.safety.location import warning_once

    message = warning_once(path)
    if message:
        err(message)


def open_service(args: argparse.Namespace, create: bool = True) -> RegisterService:
    from adviesraad_app.services.errors import StorageError
    from adviesraad_app.services.register import RegisterService

    path = resolve_db_path(getattr(args, "db", None))
    warn_about_location(path)
    try:
        service = RegisterService.open(path, create=create)
    except StorageError as exc:
        from adviesraad_app.services.safety.diagnosis import diagnose_open_failure

        # What is wrong, what to do, and the command that restores the newest backup.
        raise Failure(diagnose_open_failure(path, exc).cli_text()) from exc
    args._service = service  # closed by run_command
    return service


def parse_cli_date(text: str, option: str) -> date:
    try:
        return parse_date(text)
    except DateParseError as exc:
        raise Failure(f"{option}: {exc.message}") from None


def parse_optional_cli_date(text: str | None, option: str) -> date | None:
    if text is None or not text.strip():
        return None
    return parse_cli_date(text, option)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """``--json``: the result as JSON on stdout (a failure too: see :func:`run_command`).

    ``--output FILE``: the JSON into that file, as UTF-8, instead of on stdout (Windows
    PowerShell re-encodes redirected output: ``> file`` garbles ë, é and ’). Not for the
    exports, whose ``--output`` is the exported file.
    """
    parser.add_argument("--json", action="store_true", help=translate("CLI", "uitvoer als JSON"))
    if "--output" not in parser._option_string_actions:
        parser.add_argument(
            "--output",
            dest="json_output",
            metavar=translate("CLI", "BESTAND"),
            help=translate(
                "CLI",
                "de JSON-uitvoer in dit bestand (UTF-8) in plaats van op het scherm; "
                "houdt --json in",
            ),
        )


def add_today_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today",
        metavar=translate("CLI", "DATUM"),
        help=translate("CLI", "peildatum (standaard: vandaag)"),
    )


def add_within_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--within", type=int, metavar=translate("CLI", "DAGEN"), help=help_text)


def today_and_within(args: argparse.Namespace) -> tuple[date | None, int | None]:
    """``--today`` (``None`` when not given) and ``--within`` (never negative), checked."""
    today = parse_cli_date(args.today, "--today") if args.today else None
    if args.within is not None and args.within < 0:
        raise Failure(translate("CLI", "--within moet 0 of meer dagen zijn."))
    return today, args.within


def _choice(value: str, options: dict[str, Any], what: str) -> Any:
    key = value.strip().lower().replace(" ", "_")
    if key in options:
        return options[key]
    raise Failure(
        translate("CLI", "Onbekende {what}: ‘{value}’. Kies uit: {choices}.").format(
            what=what,
            value=value,
            choices=", ".join(sorted(k for k in options if "_" not in k or what == "status")),
        )
    )


def parse_kind(value: str) -> AdviceKind:
    options: dict[str, Any] = {k.value: k for k in AdviceKind}
    result: AdviceKind = _choice(value, options, translate("CLI", "soort advies"))
    return result


def parse_outcome(value: str) -> Outcome:
    options: dict[str, Any] = {o.value: o for o in Outcome}
    options["deels_overgenomen"] = Outcome.DEELS
    options["niet_overgenomen"] = Outcome.NIET
    result: Outcome = _choice(value, options, translate("CLI", "uitkomst"))
    return result


def parse_status(value: str) -> AdviceStatus | str:
    options: dict[str, Any] = {s.value: s for s in AdviceStatus}
    options[STATUS_OPEN] = STATUS_OPEN
    result: AdviceStatus | str = _choice(value, options, translate("CLI", "status"))
    return result


def parse_advice_ref(service: RegisterService, ref: str) -> int:
    """An advice by database id (``12``) or by its own number (``2024-07``)."""
    text = str(ref).strip()
    if text.isdigit():
        return int(text)
    found = service.find_advice_by_number(text)
    if found is None:
        raise Failure(
            translate("CLI", "Er is geen advies met id of nummer ‘{ref}’.").format(ref=text)
        )
    return found


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], wide_column: int = -1) -> str:
    """A plain text table that fits the terminal; the wide column is shortened if needed."""
    rows = [[printable(cell) for cell in row] for row in rows]  # widths of what is printed
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    interactive = sys.stdout is not None and sys.stdout.isatty()
    total = shutil.get_terminal_size((120, 24)).columns
    if wide_column >= 0 and interactive:
        others = sum(w + 2 for i, w in enumerate(widths) if i != wide_column)
        widths[wide_column] = max(12, min(widths[wide_column], total - others))

    def line(cells: Sequence[str]) -> str:
        parts = []
        for i, cell in enumerate(cells):
            width = widths[i]
            text = cell if len(cell) <= width else cell[: max(1, width - 1)] + "…"
            parts.append(text.ljust(width))
        return "  ".join(parts).rstrip()

    output = [line(headers), line(["-" * w for w in widths])]
    output.extend(line(row) for row in rows)
    return "\n".join(output)


def _argparse_messages() -> dict[str, str]:
    return {
        "usage: ": translate("argparse", "gebruik: "),
        "positional arguments": translate("argparse", "argumenten"),
        "options": translate("argparse", "opties"),
        "optional arguments": translate("argparse", "opties"),
        "show this help message and exit": translate("argparse", "toon deze hulp en stop"),
        "the following arguments are required: %s": translate(
            "argparse", "deze argumenten ontbreken: %s"
        ),
        "unrecognized arguments: %s": translate("argparse", "onbekende argumenten: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "argparse", "ongeldige keuze: %(value)r (kies uit %(choices)s)"
        ),
        "argument %(argument_name)s: %(message)s": translate(
            "argparse", "argument %(argument_name)s: %(message)s"
        ),
        "expected one argument": translate("argparse", "hier hoort één waarde bij"),
        "expected at most one argument": translate("argparse", "hoogstens één waarde"),
        "expected at least one argument": translate("argparse", "minstens één waarde"),
        # argparse names the type by its Python name ("int"); the help says what is meant
        "invalid %(type)s value: %(value)r": translate("argparse", "ongeldige waarde: %(value)r"),
        "%(prog)s: error: %(message)s\n": translate("argparse", "%(prog)s: fout: %(message)s\n"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "argparse", "onduidelijke optie: %(option)s kan zijn: %(matches)s"
        ),
        "not allowed with argument %s": translate("argparse", "niet samen met argument %s"),
        "one of the arguments %s is required": translate(
            "argparse", "een van de argumenten %s is verplicht"
        ),
        "ignored explicit argument %r": translate("argparse", "genegeerd argument %r"),
        "show program's version number and exit": translate(
            "argparse", "toon het versienummer en stop"
        ),
    }


def install_dutch_argparse() -> None:
    """argparse's own messages (usage, errors) through our translation machinery.

    argparse looks its messages up with ``gettext``; we give it our catalogue instead, so
    "usage:" and "error:" read as Dutch ("gebruik:", "fout:") like the rest of the CLI.
    """
    messages = _argparse_messages()

    def lookup(message: str) -> str:
        return messages.get(message, message)

    def nlookup(singular: str, plural: str, n: int) -> str:
        if singular == "expected %s argument":
            return translate("argparse", "verwacht %s waarde(n)")
        return singular if n == 1 else plural

    argparse._ = lookup  # type: ignore[attr-defined]
    argparse.ngettext = nlookup  # type: ignore[attr-defined]


def _explained(args: argparse.Namespace, exc: UserError) -> str:
    """A register found damaged while a command ran: the message plus the way back (the
    newest usable backup and the command that restores it), as when opening fails."""
    from adviesraad_app.services.errors import CorruptDatabaseError

    service = getattr(args, "_service", None)
    if not isinstance(exc, CorruptDatabaseError) or service is None:
        return exc.message
    from adviesraad_app.services.safety.diagnosis import diagnose_open_failure

    try:
        return diagnose_open_failure(service.path, exc).cli_text()
    except UserError:
        return exc.message


def run_command(args: argparse.Namespace) -> int:
    """Run a command's handler: Dutch errors, exit codes, and a crash log for bugs."""
    global _json_target
    _ensure_utf8_streams()
    handler: Callable[[CommandContext], int] = args.handler
    try:
        _json_target = _json_output_target(args)
        try:
            return handler(CommandContext(args))
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):
                raise
            from adviesraad_app.services.io_files import environment_error

            raise environment_error(exc) from exc
    except UserError as exc:
        message = _explained(args, exc)
        if getattr(args, "json", False) and not getattr(args, "_json_done", False):
            # A script reading --json gets an answer on stdout too (the result, when one was
            # printed, carries its own "ok" and "error").
            failure: dict[str, object] = {"ok": False, "error": message}
            details = getattr(exc, "details", None)
            if details:
                failure["details"] = details  # SQLite's own findings, never in "error"
            try:
                emit_json(failure)
            except UserError:  # the --output file itself cannot be written: stdout then
                _json_target = None
                emit_json(failure)
        err(translate("CLI", "Fout: {message}").format(message=message))
        return 1
    except KeyboardInterrupt:
        err(translate("CLI", "Afgebroken."))
        return 1
    except BrokenPipeError:
        # Output piped into a program that stopped reading (``| head``): not an error.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, AttributeError, ValueError):
            pass
        return 0
    except Exception:
        from adviesraad_app.crash import format_crash, write_crash_log

        exc_type, exc_value, tb = sys.exc_info()
        assert exc_type is not None and exc_value is not None
        log = write_crash_log(format_crash(exc_type, exc_value, tb, context=" ".join(sys.argv)))
        err(
            translate(
                "CLI",
                "Er ging iets onverwachts mis. Er is niets half opgeslagen. De details staan in "
                "{log}; stuur dat bestand naar de beheerder.",
            ).format(log=log or translate("CLI", "(geen logbestand)"))
        )
        return 1
    finally:
        _json_target = None
        service = getattr(args, "_service", None)
        if service is not None:
            service.close()
