"""When a register cannot be opened: what is wrong, in Dutch, and which backups could help.

The storage layer refuses a damaged, foreign or too-new file without touching it and raises a
:class:`StorageError`. This turns that error into an :class:`OpenDiagnosis` that the GUI's
start-up dialog shows ("open a backup" / "open another file" / "quit") and the CLI prints with
a hint to ``adviesraad restore``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.errors import (
    CannotOpenError,
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DiskFullError,
    DiskIOError,
    NotADatabaseError,
    ReadOnlyError,
    StorageError,
)
from adviesraad_app.storage.paths import default_db_path

if TYPE_CHECKING:  # the backups load when opening fails, not to open a register
    from adviesraad_app.services.safety.backups import BackupEntry


class OpenProblem(StrEnum):
    NOT_A_DATABASE = "not_a_database"
    DAMAGED = "damaged"
    TOO_NEW = "too_new"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    MISSING = "missing"
    DISK = "disk"
    CANNOT_OPEN = "cannot_open"


# Problems a backup can solve (the file itself is unusable).
RESTORABLE = frozenset(
    {OpenProblem.NOT_A_DATABASE, OpenProblem.DAMAGED, OpenProblem.TOO_NEW, OpenProblem.MISSING}
)


@dataclass(frozen=True)
class OpenDiagnosis:
    """Why a register could not be opened, and what the user can do."""

    path: Path
    problem: OpenProblem
    message: str  # what is wrong (the storage layer's Dutch message)
    advice: str  # what to do (Dutch)
    backups: tuple[BackupEntry, ...]  # usable backups of this register, newest first
    cli_advice: str = ""  # :attr:`advice` as said in a terminal (``--db`` for another file)

    @property
    def can_restore(self) -> bool:
        return self.problem in RESTORABLE and bool(self.backups)

    @property
    def newest_backup(self) -> BackupEntry | None:
        return self.backups[0] if self.backups else None

    def text(self, *, cli: bool = False) -> str:
        """Message and advice, for a dialog (or, with ``cli``, a terminal)."""
        lines = [self.message, (self.cli_advice or self.advice) if cli else self.advice]
        newest = self.newest_backup
        if self.problem in RESTORABLE and newest is not None:
            lines.append(
                translate("Diagnosis", "Nieuwste bruikbare back-up: {backup}").format(
                    backup=newest.describe()
                )
            )
        return "\n".join(line for line in lines if line)

    def cli_text(self) -> str:
        """:meth:`text` for a terminal, plus the command that restores the newest backup."""
        text = self.text(cli=True)
        newest = self.newest_backup
        if self.problem in RESTORABLE and newest is not None:
            command = restore_command(self.path, newest.path)
            text += "\n" + translate(
                "Diagnosis",
                "Terugzetten (het huidige bestand wordt eerst apart bewaard): {command}",
            ).format(command=command)
        return text


def shell_quote(text: str) -> str:
    """``text`` as one argument for the shell the user types in (cmd.exe or a POSIX shell)."""
    if os.name == "nt":
        return f'"{text}"' if any(c in text for c in ' &()^%!"') else text
    import shlex  # a command to type is shown only for a register that does not open

    return shlex.quote(text)


def restore_command(db_path: Path, backup: Path) -> str:
    """The command line that restores ``backup`` into the register ``db_path``."""
    command = "adviesraad"
    if Path(db_path) != default_db_path():
        command += f" --db {shell_quote(str(db_path))}"
    return command + f" restore {shell_quote(str(backup))}"


def classify_open_error(error: StorageError, path: Path) -> OpenProblem:
    if isinstance(error, DatabaseTooNewError):
        return OpenProblem.TOO_NEW
    if isinstance(error, NotADatabaseError):
        return OpenProblem.NOT_A_DATABASE
    if isinstance(error, CorruptDatabaseError):
        return OpenProblem.DAMAGED
    if isinstance(error, ReadOnlyError):
        return OpenProblem.READ_ONLY
    if isinstance(error, DatabaseLockedError):
        return OpenProblem.LOCKED
    if isinstance(error, DiskFullError | DiskIOError):
        return OpenProblem.DISK
    if isinstance(error, CannotOpenError) and not path.exists():
        return OpenProblem.MISSING
    return OpenProblem.CANNOT_OPEN


def _advice(
    problem: OpenProblem, has_backups: bool, *, only_unusable: bool = False, cli: bool = False
) -> str:
    """What to do, in Dutch. ``only_unusable``: backups exist, but none passes the checks.
    ``cli``: said in a terminal, where another file is chosen with ``--db``."""
    if problem == OpenProblem.TOO_NEW:
        return translate(
            "Diagnosis",
            "Installeer de nieuwste versie van Adviesraad om dit bestand te openen. Een oudere "
            "back-up terugzetten kan ook, maar wat daarna in de nieuwere versie is ingevoerd, "
            "ontbreekt dan.",
        )
    if problem == OpenProblem.MISSING and not has_backups:
        if cli:
            return translate(
                "Diagnosis",
                "Gebruik --db met een ander bestand, of maak een nieuw register (adviesraad init).",
            )
        return translate(
            "Diagnosis", "Kies een ander bestand, of maak een nieuw register (adviesraad init)."
        )
    if problem in RESTORABLE:
        return _restore_advice(has_backups, only_unusable=only_unusable, cli=cli)
    if problem == OpenProblem.LOCKED:
        return translate(
            "Diagnosis",
            "Sluit het andere programma dat het bestand gebruikt (of wacht even) en probeer "
            "het opnieuw.",
        )
    if problem == OpenProblem.READ_ONLY:
        return translate(
            "Diagnosis",
            "Zet het bestand op een plek waar u mag schrijven, of vraag de beheerder om "
            "schrijfrechten.",
        )
    if problem == OpenProblem.DISK:
        return translate(
            "Diagnosis",
            "Maak ruimte vrij op de schijf of controleer de schijf, en probeer het opnieuw.",
        )
    if cli:
        return translate("Diagnosis", "Gebruik --db met een ander bestand.")
    return translate("Diagnosis", "Kies een ander bestand.")


def _restore_advice(has_backups: bool, *, only_unusable: bool, cli: bool) -> str:
    """What to do with a damaged or unreadable register: restore a backup when there is one."""
    if has_backups:
        if cli:
            return translate(
                "Diagnosis",
                "Zet een back-up terug of gebruik --db met een ander bestand. Bij terugzetten "
                "wordt het huidige bestand eerst apart bewaard; er gaat niets verloren.",
            )
        return translate(
            "Diagnosis",
            "Open een back-up of kies een ander bestand. Bij terugzetten wordt het huidige "
            "bestand eerst apart bewaard; er gaat niets verloren.",
        )
    if only_unusable:
        if cli:
            return translate(
                "Diagnosis",
                "Er is geen bruikbare back-up van dit register: de back-ups die er zijn, zijn "
                "beschadigd of onleesbaar (zie adviesraad backups). Gebruik --db met een "
                "ander bestand, of vraag de beheerder om hulp.",
            )
        return translate(
            "Diagnosis",
            "Er is geen bruikbare back-up van dit register: de back-ups die er zijn, zijn "
            "beschadigd of onleesbaar. Kies een ander bestand, of vraag de beheerder om hulp.",
        )
    if cli:
        return translate(
            "Diagnosis",
            "Er zijn geen back-ups van dit register gevonden. Gebruik --db met een ander "
            "bestand, of vraag de beheerder om hulp.",
        )
    return translate(
        "Diagnosis",
        "Er zijn geen back-ups van dit register gevonden. Kies een ander bestand, of "
        "vraag de beheerder om hulp.",
    )


def diagnose_open_failure(path: Path, error: StorageError) -> OpenDiagnosis:
    """Explain ``error`` (raised while opening ``path``) and list backups that could help."""
    from adviesraad_app.services.safety.backups import from_newest_sound, list_backups

    path = Path(path)
    problem = classify_open_error(error, path)
    try:
        listed = list_backups(path)
    except StorageError:
        listed = []
    # The newest one is offered first: it must pass quick_check too.
    backups = tuple(from_newest_sound(listed))
    message = error.message
    only_unusable = bool(listed) and not backups
    return OpenDiagnosis(
        path=path,
        problem=problem,
        message=message,
        advice=_advice(problem, bool(backups), only_unusable=only_unusable),
        backups=backups,
        cli_advice=_advice(problem, bool(backups), only_unusable=only_unusable, cli=True),
    )


def open_register(path: Path, *, create: bool = True) -> RegisterService | OpenDiagnosis:
    """Open a register, or explain why it cannot be opened (the file stays untouched)."""
    try:
        return RegisterService.open(Path(path), create=create)
    except StorageError as exc:
        return diagnose_open_failure(Path(path), exc)
