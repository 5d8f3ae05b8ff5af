"""Backups as the user meets them: automatic ones, a list to choose from, restore and undo.

Called by the GUI (a timer and the close event call :class:`BackupScheduler`; the restore
dialog calls :func:`list_backups` and :func:`restore_backup`) and by the CLI (``adviesraad
backup``, ``backups``, ``restore``). Everything takes a path or a :class:`RegisterService` and
returns plain objects; errors are :class:`UserError` with a Dutch message.
"""

from __future__ import annotations

import contextlib
import glob
import os
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.errors import UserError
from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import not_a_file
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.text.present import count_text
from adviesraad_app.storage import backup as store_backup
from adviesraad_app.storage import restore as store_restore
from adviesraad_app.storage.backup_files import (
    DEFAULT_POLICY,
    BackupFile,
    RetentionPolicy,
    backups_to_remove,
)

# Re-exported (``as``): the GUI and the CLI take these from here, not from storage/.
from adviesraad_app.storage.backup_files import BackupKind as BackupKind  # noqa: PLC0414
from adviesraad_app.storage.backup_files import parse_backup_name as parse_backup_name  # noqa: PLC0414
from adviesraad_app.storage.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    NotADatabaseError,
    StorageError,
    classify_os_error,
)
from adviesraad_app.storage.file_checks import inspect_database_file
from adviesraad_app.storage.file_checks import quick_check_file as quick_check_file  # noqa: PLC0414
from adviesraad_app.storage.paths import backups_dir
from adviesraad_app.storage.win_files import make_work_folder, remove_tree

DEFAULT_INTERVAL = timedelta(hours=1)


def kind_label(kind: BackupKind) -> str:
    """How a backup's kind reads in a list."""
    labels = {
        BackupKind.AUTO: translate("Backups", "automatisch"),
        BackupKind.MANUAL: translate("Backups", "handmatig"),
        BackupKind.BEFORE_MIGRATION: translate("Backups", "vóór bijwerken naar nieuwe versie"),
        BackupKind.BEFORE_REPAIR: translate("Backups", "vóór herstel"),
        BackupKind.BEFORE_RESTORE: translate("Backups", "vóór terugzetten"),
        BackupKind.DAMAGED: translate("Backups", "beschadigd bestand, apart gezet"),
        BackupKind.OTHER: translate("Backups", "overig"),
    }
    return labels[kind]


@dataclass(frozen=True)
class BackupEntry:
    """One backup as the restore dialog lists it."""

    path: Path
    taken_at: datetime
    kind: BackupKind
    size: int
    advices: int | None  # None when the backup cannot be read
    schema_version: int | None
    problem: str | None = None  # why the backup cannot be restored (Dutch)

    @property
    def usable(self) -> bool:
        return self.problem is None

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    @property
    def when(self) -> str:
        """``22 november 2026 17:15``."""
        return f"{format_long(self.taken_at.date())} {self.taken_at:%H:%M}"

    def describe(self) -> str:
        if self.problem is not None:
            return translate("Backups", "{when} ({kind}): niet bruikbaar. {problem}").format(
                when=self.when, kind=self.kind_label, problem=self.problem
            )
        return count_text(
            self.advices or 0,
            translate("Backups", "{when} ({kind}): 1 advies"),
            translate("Backups", "{when} ({kind}): {n} adviezen"),
            when=self.when,
            kind=self.kind_label,
        )


def _entry(backup: BackupFile) -> BackupEntry:
    try:
        size = backup.path.stat().st_size
    except OSError:
        size = 0
    try:
        summary = store_backup.read_backup_summary(backup.path)
    except StorageError as exc:
        return BackupEntry(
            backup.path, backup.taken_at, backup.kind, size, None, None, problem=exc.message
        )
    problem = None
    if summary.schema_version == 0:
        problem = translate("Backups", "Dit bestand bevat geen register.")
    return BackupEntry(
        backup.path,
        backup.taken_at,
        backup.kind,
        size,
        summary.advices,
        summary.schema_version,
        problem,
    )


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupEntry]:
    """The backups of a register, newest first, each with its number of advices.

    Every backup is read ``immutable`` (no locks, no side files): listing changes nothing.
    """
    return [_entry(b) for b in store_backup.list_backup_files(Path(db_path), folder)]


def make_backup(
    db_path: Path,
    kind: BackupKind = BackupKind.MANUAL,
    *,
    folder: Path | None = None,
    now: datetime | None = None,
) -> BackupEntry:
    """Back up the register now (online backup API; also while it is being written to).

    ``folder`` defaults to ``backups`` beside the register; ``adviesraad backup --to DIR``
    passes a USB stick. The backup is verified (``integrity_check``) before it gets its name.
    Reads through its own connection, so the GUI may call this from a worker thread.
    """
    db_path = Path(db_path)
    destination = store_backup.backup_path(db_path, kind, now, folder)
    remove_stale_temporaries(db_path, destination.parent)
    store_backup.backup_database(db_path, destination)
    parsed = parse_backup_name(db_path.stem, destination)
    assert parsed is not None
    return _entry(parsed)


STALE_AFTER_S = 15 * 60  # no backup runs this long without touching its temporary file


def remove_stale_temporaries(db_path: Path, folder: Path) -> list[Path]:
    """Remove what a killed backup left: ``<backup name>.tmp`` files of this register in
    ``folder`` that nothing has written to for :data:`STALE_AFTER_S` (one that is younger may
    be a backup another program is making right now). What cannot be removed stays."""
    removed = []
    now = time.time()
    with contextlib.suppress(OSError):
        for candidate in folder.glob(f"{glob.escape(db_path.stem)}-*.tmp"):
            if parse_backup_name(db_path.stem, candidate.with_suffix("")) is None:
                continue
            with contextlib.suppress(OSError):
                if now - candidate.stat().st_mtime >= STALE_AFTER_S:
                    candidate.unlink()
                    removed.append(candidate)
    return removed


BACKUP_FILE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def _require_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise UserError(
            translate(
                "Backups",
                "De map {folder} bestaat niet. Kies een andere plek om de back-up op te slaan.",
            ).format(folder=folder)
        )


def is_backup_file_target(target: Path) -> bool:
    """``backup --to`` names a file (not a folder) when it ends in ``.sqlite3``/``.db``."""
    return target.suffix.lower() in BACKUP_FILE_SUFFIXES and not target.is_dir()


def make_backup_file(db_path: Path, target: Path, *, now: datetime | None = None) -> BackupEntry:
    """Back up the register into the file ``target`` (``backup --to E:\\overdracht.sqlite3``).

    Verified like every backup and written under a temporary name first; an existing file is
    never overwritten.
    """
    db_path, target = Path(db_path), Path(target)
    if target.exists():
        raise UserError(
            translate(
                "Backups", "{path} bestaat al; kies een andere bestandsnaam of verwijder het eerst."
            ).format(path=target)
        )
    _require_folder(target.parent)
    store_backup.backup_database(db_path, target)
    summary = store_backup.read_backup_summary(target)
    try:
        size = target.stat().st_size
    except OSError:
        size = 0
    return BackupEntry(
        target,
        now or datetime.now(),
        BackupKind.MANUAL,
        size,
        summary.advices,
        summary.schema_version,
    )


def thin_backups(
    db_path: Path, now: datetime | None = None, policy: RetentionPolicy = DEFAULT_POLICY
) -> list[Path]:
    """Remove the automatic backups the retention policy no longer keeps; returns them."""
    files = store_backup.list_backup_files(Path(db_path))
    return store_backup.remove_backup_files(backups_to_remove(files, now or datetime.now(), policy))


class BackupScheduler:
    """When to make automatic backups of an open register.

    * :meth:`maybe_backup`: call it from a timer (every few minutes) and after saving; it backs
      up only when the register changed since the last backup *and* the newest backup is at
      least ``interval`` old.
    * :meth:`backup_on_close`: call it when the window closes, *before* ``service.close()``; it
      backs up whenever the register changed since the last backup.

    "Changed" covers this process's writes and commits by other processes (the CLI), through
    ``Store.data_version()``. Each automatic backup is followed by thinning. A failure (disk
    full, locked) raises :class:`StorageError`; the register itself is not affected.
    """

    def __init__(
        self,
        service: RegisterService,
        *,
        interval: timedelta = DEFAULT_INTERVAL,
        policy: RetentionPolicy = DEFAULT_POLICY,
        baseline: tuple[int, int] | None = None,
    ) -> None:
        """``baseline``: the ``data_version()`` counted as "backed up" (default: now)."""
        self.service = service
        self.interval = interval
        self.policy = policy
        self._backed_up_version = baseline or service.data_version()
        self.last_backup: BackupEntry | None = None

    def changed(self) -> bool:
        return self.service.data_version() != self._backed_up_version

    def newest_backup_time(self) -> datetime | None:
        files = store_backup.list_backup_files(self.service.path)
        return files[0].taken_at if files else None

    def due(self, now: datetime | None = None) -> bool:
        if not self.changed():
            return False
        now = now or datetime.now()
        newest = self.newest_backup_time()
        # A backup "from the future" means the clock was wrong then (or is now): not a reason
        # to wait.
        return newest is None or newest > now or now - newest >= self.interval

    def maybe_backup(self, now: datetime | None = None) -> BackupEntry | None:
        if not self.due(now):
            return None
        return self._backup(now)

    def backup_on_close(self, now: datetime | None = None) -> BackupEntry | None:
        if not self.changed():
            return None
        return self._backup(now)

    def _backup(self, now: datetime | None) -> BackupEntry:
        now = now or datetime.now()
        version = self.service.data_version()
        entry = make_backup(self.service.path, BackupKind.AUTO, now=now)
        self._backed_up_version = version
        self.last_backup = entry
        thin_backups(self.service.path, now, self.policy)
        return entry


# ---------------------------------------------------------------------------------- restore


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did; ``saved_aside`` is where the previous register now is."""

    db_path: Path
    restored_from: Path
    saved_aside: Path | None  # None when there was no register yet
    previous_was_damaged: bool
    advices: int

    @property
    def can_undo(self) -> bool:
        return self.saved_aside is not None and not self.previous_was_damaged


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def resolve_backup_argument(db_path: Path, name: str | os.PathLike[str]) -> Path:
    """A backup given as a path, or as a bare file name in the register's ``backups`` folder."""
    given = Path(name).expanduser()
    if given.is_file():
        return given
    in_folder = backups_dir(Path(db_path)) / given.name
    if given.parent == Path(".") and in_folder.is_file():
        return in_folder
    problem = not_a_file(given)
    if problem is not None and given.exists():  # a folder, a pipe, a device: say so
        raise UserError(f"{given}: {problem}")
    raise UserError(translate("Backups", "Het bestand {path} bestaat niet.").format(path=given))


def _register_state(db_path: Path) -> str:
    """``missing``, ``readable`` (SQLite can write into it) or ``damaged``."""
    if not db_path.exists():
        return "missing"
    try:
        inspect_database_file(db_path)
    except DatabaseTooNewError:
        return "readable"  # valid SQLite; a newer Adviesraad may even have it open
    except (NotADatabaseError, CorruptDatabaseError):
        return "damaged"
    return "readable"


def restore_backup(
    db_path: Path,
    source: Path,
    *,
    now: datetime | None = None,
    already_saved: Path | None = None,
) -> RestoreResult:
    """Replace the register at ``db_path`` by the backup ``source``; the current one is kept.

    Order, so that a failure at any step leaves a complete register in place:

    1. The backup is copied into a work folder beside the register, checked (it must be an
       Adviesraad register, ``integrity_check`` ok, not too new) and brought up to the current
       schema. ``source`` itself is never written to.
    2. A readable register is restored through the backup API into the open file, so an app
       that has it open sees the restored content. Under the write lock that this takes, and
       before anything is committed, the current register is copied aside (``voor-terugzetten``
       backup): no write by the app can fall between the copy and the restore.
    3. A damaged register (which no app can have open) is first copied aside byte for byte
       (``beschadigd``) and then replaced in one ``os.replace``.

    ``already_saved``: only for the repair, which has just backed up this very register
    (``voor-herstel``) and written nothing since. A readable register is then not copied aside
    a second time; ``saved_aside`` names that backup. It must exist, or this is refused.
    A damaged register (step 3) is copied byte for byte all the same.

    Undo with :func:`undo_restore` (or by restoring ``saved_aside``).
    """
    db_path = Path(db_path)
    source = Path(source)
    now = now or datetime.now()
    if already_saved is not None and not Path(already_saved).is_file():
        raise UserError(
            translate("Backups", "Het bestand {path} bestaat niet.").format(path=already_saved)
        )
    if not source.is_file():
        raise UserError(
            translate("Backups", "Het bestand {path} bestaat niet.").format(path=source)
        )
    if _same_file(db_path, source):
        raise UserError(
            translate(
                "Backups", "{path} is het register zelf, geen back-up. Kies een back-up."
            ).format(path=source)
        )
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        work = make_work_folder(db_path.parent, "terugzetten")
    except OSError as exc:
        raise classify_os_error(exc, db_path.parent) from exc
    try:
        state = _register_state(db_path)
        page_size = store_restore.page_size_of(db_path) if state == "readable" else None
        prepared = store_restore.prepare_restore(source, work, page_size)
        summary = store_backup.read_backup_summary(prepared)
        aside: Path | None = None
        if state == "readable":
            previous = store_backup.backup_path(db_path, BackupKind.BEFORE_RESTORE, now)
            try:
                store_restore.restore_into_live(
                    prepared,
                    db_path,
                    None
                    if already_saved is not None
                    else lambda: store_backup.backup_database(db_path, previous, require_ok=False),
                )
                aside = Path(already_saved) if already_saved is not None else previous
            except (NotADatabaseError, CorruptDatabaseError):
                if previous.exists():
                    raise  # the restore itself went wrong; the previous register is aside
                state = "damaged"  # damage that only shows when every page is read
        if state == "damaged":
            aside = store_restore.set_aside_raw(
                db_path, store_backup.backup_path(db_path, BackupKind.DAMAGED, now)
            )
            store_restore.replace_damaged(prepared, db_path, aside)
        elif state == "missing":
            store_restore.restore_into_new(prepared, db_path)
    finally:
        remove_tree(work)
    return RestoreResult(
        db_path=db_path,
        restored_from=source,
        saved_aside=aside,
        previous_was_damaged=state == "damaged",
        advices=summary.advices,
    )


def undo_restore(result: RestoreResult, *, now: datetime | None = None) -> RestoreResult:
    """Go back to the register as it was before ``result``'s restore (itself undoable)."""
    if result.saved_aside is None:
        raise UserError(
            translate(
                "Backups",
                "Er was voor het terugzetten nog geen register, dus er valt niets terug te zetten.",
            )
        )
    if result.previous_was_damaged:
        raise UserError(
            translate(
                "Backups",
                "Het vorige register was beschadigd en kan niet worden teruggezet. Het is "
                "bewaard als {path}.",
            ).format(path=result.saved_aside)
        )
    return restore_backup(result.db_path, result.saved_aside, now=now)


def backup_is_sound(path: Path) -> bool:
    """``PRAGMA quick_check`` of a backup, read ``immutable`` (no locks, no side files).

    Listing only reads the header and counts advices; a backup damaged in the middle (or a
    ``voor-herstel`` copy of a damaged register) shows only here.
    """
    try:
        return not store_backup.quick_check_backup(Path(path))
    except StorageError:
        return False


def from_newest_sound(
    entries: list[BackupEntry], checked: dict[Path, bool] | None = None
) -> list[BackupEntry]:
    """The usable ``entries`` (newest first), from the newest one that passes ``quick_check``
    on; only the ones in front of it are checked (a ``voor-herstel`` copy of a damaged
    register lists as usable).

    ``checked``: outcomes already known, by path, and where new ones are kept: a backup keeps
    its name only as long as it is unchanged, so one operation need not read it twice.
    """
    checked = {} if checked is None else checked
    usable = [entry for entry in entries if entry.usable]
    for n, entry in enumerate(usable):
        if entry.path not in checked:
            checked[entry.path] = backup_is_sound(entry.path)
        if checked[entry.path]:
            return usable[n:]
    return []


def newest_usable_backup(
    db_path: Path, checked: dict[Path, bool] | None = None
) -> BackupEntry | None:
    """The newest backup that is listed as usable *and* passes ``quick_check``
    (``checked``: see :func:`from_newest_sound`)."""
    found = from_newest_sound(list_backups(db_path), checked)
    return found[0] if found else None
