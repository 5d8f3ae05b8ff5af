"""Entry point of the frozen app: ``adviesraad.exe`` (windowed), ``adviesraad-cli.exe`` (console).

It does what ``python -m adviesraad_app`` does: without a command the desktop app starts, with
a command the command line runs. On top of that it is the last line of defence for what only
happens in a bundle: a module missing from the bundle, or anything else that escapes before
or around the command's own error handling. Such a failure is written to a crash log and
reported in Dutch, on stderr when there is one and otherwise (the windowed exe, where
``sys.stderr`` is ``None``) in a Windows message box, so the program never dies silently and
never shows a bare traceback. PyInstaller's own traceback dialog is switched off in the spec.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path


def _translator() -> Callable[[str, str], str]:
    try:
        from adviesraad_app.i18n import translate
    except Exception:  # the package itself may be what is broken

        def translate(context: str, text: str) -> str:
            return text

    return translate


def _write_log(exc: BaseException) -> Path | None:
    context = "start: " + " ".join(sys.argv)
    try:
        from adviesraad_app.crash import format_crash, write_crash_log

        return write_crash_log(format_crash(type(exc), exc, exc.__traceback__, context=context))
    except Exception:
        pass
    # Without our crash module: the temporary folder, so that the details are not lost.
    try:
        import tempfile

        path = Path(tempfile.gettempdir()) / f"adviesraad-crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
        text = context + "\n\n" + "".join(traceback.format_exception(exc))
        path.write_text(text, encoding="utf-8")
        return path
    except Exception:
        return None


def _show_message_box(title: str, message: str) -> None:
    """A Windows message box; no Qt needed (Qt may be what failed to load)."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        mb_iconerror = 0x10
        ctypes.windll.user32.MessageBoxW(None, message, title, mb_iconerror)
    except Exception:
        pass


def report_fatal(exc: BaseException) -> None:
    translate = _translator()
    log = _write_log(exc)
    message = translate(
        "Launcher",
        "Adviesraad kon niet starten of stopte onverwacht ({kind}). Er is niets half "
        "opgeslagen. De details staan in {log}; stuur dat bestand naar de beheerder.",
    ).format(kind=type(exc).__name__, log=log or translate("Launcher", "(geen logbestand)"))
    if sys.stderr is not None:
        try:
            print(message, file=sys.stderr)
            return
        except Exception:
            pass
    _show_message_box(translate("Launcher", "Adviesraad"), message)


def run(argv: Sequence[str] | None = None) -> int:
    try:
        from adviesraad_app.cli.main import main

        return main(argv)
    except SystemExit:
        raise  # argparse: --help, --version, wrong usage (exit code 2)
    except Exception as exc:
        report_fatal(exc)
        return 1


if __name__ == "__main__":
    sys.exit(run())
