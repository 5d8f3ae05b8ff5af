"""The repairs of the database check (``adviesraad check --repair``, *Herstellen*).

:func:`repair_database` repairs what can be repaired without losing anything — rebuild the
indexes, recompute the derived columns, rebuild the full-text index — and only after a backup
of the register as it was (``voor-herstel``). What cannot be repaired (a missing document,
references to records that do not exist) is reported with what to do instead.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.check import check_database, is_damage
from adviesraad_app.services.safety.check_report import REPAIRABLE, CheckReport, IssueCode
from adviesraad_app.storage.backup import backup_before
from adviesraad_app.storage.backup_files import BackupKind
from adviesraad_app.storage.errors import StorageError, classify_os_error
from adviesraad_app.storage.integrity import integrity_check_file
from adviesraad_app.storage.readable_copy import copy_readable
from adviesraad_app.storage.win_files import make_work_folder, remove_tree

_log = logging.getLogger("adviesraad.check")


@dataclass
class RepairResult:
    before: CheckReport
    after: CheckReport
    backup: Path | None = None  # the register as it was, when anything was repaired
    actions: list[str] = field(default_factory=list)  # Dutch, what was done
    failure: str | None = None  # Dutch: why the damage could not be repaired
    saved_aside: Path | None = None  # the damaged file, when a readable copy replaced it
    details: list[str] = field(default_factory=list)  # SQLite's own reasons (English)

    def text(self) -> str:
        lines = []
        if self.backup is not None:
            lines.append(
                translate("Check", "Eerst is een back-up gemaakt: {path}").format(path=self.backup)
            )
        lines += [f"  • {action}" for action in self.actions]
        if not self.actions and self.failure is None:
            lines.append(translate("Check", "Er was niets automatisch te herstellen."))
        if self.failure is not None:
            lines.append(self.failure)
        lines.append(self.after.text(suggest_repair=False))
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "backup": str(self.backup) if self.backup is not None else None,
            "actions": self.actions,
            "before": self.before.as_dict(),
            "after": self.after.as_dict(),
            "failure": self.failure,
            "saved_aside": str(self.saved_aside) if self.saved_aside is not None else None,
            "details": self.details,
        }


def rebuild_search_index(service: RegisterService) -> int:
    """Empty the (contentless) full-text index and index every advice again."""
    return service.integrity().rebuild_search_index()


def repair_database(service: RegisterService) -> RepairResult:
    """Check, back up, repair what can be repaired, check again.

    Nothing is written unless the check found something repairable, and then only after a
    backup of the register as it was. Each step is its own transaction.

    1. In place: rebuild the indexes, recompute status and deadlines, rebuild the search index.
    2. When the file is still damaged: ``VACUUM INTO`` a new file (which copies every readable
       table and builds the indexes anew), check that copy, and put it in place with the
       restore machinery, which keeps the damaged file aside first. Then step 1 again for
       what the copy still needs (the search index).

    When a table cannot be read completely, nothing of this can help without losing data:
    nothing is written and :attr:`RepairResult.failure` says to restore a backup. When the
    steps do not help, it says so honestly too; the report after a failure never offers the
    repair again.
    """
    checked: dict[Path, bool] = {}  # backups read once, however often the register is checked
    before = check_database(service, checked_backups=checked)
    result = RepairResult(before=before, after=before)
    codes = {issue.code for issue in before.issues}
    if before.damaged and before.unreadable:
        before.repair_failed = True
        result.failure = translate(
            "Check",
            "Het bestand kon niet automatisch worden hersteld: een deel van de gegevens is "
            "onleesbaar, en herstel zou gegevens kwijtraken. Er is niets gewijzigd. Zet een "
            "back-up terug, of vraag de beheerder om hulp.",
        )
        return result
    if not codes & REPAIRABLE:
        return result
    result.backup = backup_before(service.path, BackupKind.BEFORE_REPAIR.value)
    others = service.integrity().commits_by_others()
    reason = _repair_in_place(service, codes, result)
    result.after = check_database(service, checked_backups=checked)
    if result.after.damaged or reason is not None:
        # When step 1 committed nothing (no action), the register may still be exactly what
        # the backup saved; step 2 checks that nobody else wrote either.
        since = others if not result.actions else None
        reason = _replace_by_readable_copy(service, result, unchanged_since=since) or reason
        result.after = check_database(service, checked_backups=checked)
        if not result.after.damaged:
            reason = None
            left = {issue.code for issue in result.after.issues} & REPAIRABLE
            if left and _repair_in_place(service, left, result) is None:
                result.after = check_database(service, checked_backups=checked)
    if result.after.damaged:
        result.failure = translate(
            "Check",
            "Het bestand kon niet automatisch worden hersteld ({reason}). Er is niets "
            "weggegooid: het bestand zoals het was, is bewaard als {backup}. Zet een back-up "
            "terug, of vraag de beheerder om hulp.",
        ).format(reason=reason or translate("Check", "het blijft beschadigd"), backup=result.backup)
        result.after.repair_failed = True
    if result.details:
        _log.info("Herstel van %s: %s", service.path, "; ".join(result.details))
    return result


def _repair_in_place(
    service: RegisterService, codes: set[IssueCode], result: RepairResult
) -> str | None:
    """Step 1; returns why it stopped on damage (``None`` when every part was done)."""
    try:
        sqlite = service.integrity()
        with sqlite.trusting():  # writing into the damaged file is the point here
            if IssueCode.INTEGRITY in codes:
                sqlite.reindex()
                result.actions.append(
                    translate("Check", "De indexen van het bestand zijn opnieuw opgebouwd.")
                )
            if codes & {IssueCode.INTEGRITY, IssueCode.DERIVED}:
                n = service.recompute_derived()
                result.actions.append(
                    translate(
                        "Check", "Status en termijnen van {n} adviezen zijn opnieuw berekend."
                    ).format(n=n)
                )
            if codes & {IssueCode.INTEGRITY, IssueCode.SEARCH_INDEX}:
                n = rebuild_search_index(service)
                result.actions.append(
                    translate("Check", "De zoekindex is opnieuw opgebouwd ({n} adviezen).").format(
                        n=n
                    )
                )
    except (StorageError, sqlite3.DatabaseError) as exc:
        if not is_damage(exc):
            raise
        result.details.append(_reason(exc))
        return translate("Check", "het blijft beschadigd")
    return None


def _reason(exc: BaseException) -> str:
    cause = exc.__cause__ if isinstance(exc.__cause__, sqlite3.Error) else exc
    return str(cause)


def _replace_by_readable_copy(
    service: RegisterService, result: RepairResult, *, unchanged_since: int | None = None
) -> str | None:
    """Step 2; returns why it failed (``None`` when the copy is in place).

    ``unchanged_since``: this connection wrote nothing since :attr:`RepairResult.backup` was
    made, and other connections had committed this ``data_version`` then. When that still
    holds just before the restore, the register is what the backup saved, and the restore
    keeps no second copy of it (``voor-terugzetten``) beside the ``voor-herstel`` one."""
    from adviesraad_app.services.safety.backups import restore_backup

    path = service.path
    try:
        work = make_work_folder(path.parent, "herstel")
    except OSError as exc:
        result.details.append(str(exc))
        return classify_os_error(exc, path.parent).message
    copy = work / "herstel.sqlite3"
    try:
        try:
            try:
                service.integrity().vacuum_into(copy)
            except (StorageError, sqlite3.DatabaseError) as exc:
                if not is_damage(exc):
                    raise
                # VACUUM copies indexes page by page; table by table reads only the rows.
                copy.unlink(missing_ok=True)
                copy_readable(path, copy)
            problems = integrity_check_file(copy)
        except (StorageError, sqlite3.DatabaseError) as exc:
            if not is_damage(exc):
                raise
            result.details.append(_reason(exc))
            return translate("Check", "ook een kopie van wat leesbaar is, lukte niet")
        if problems != ["ok"]:
            result.details += problems
            return translate("Check", "de kopie is niet in orde")
        unchanged = (
            unchanged_since is not None
            and result.backup is not None
            and service.integrity().commits_by_others() == unchanged_since
        )
        # Windows cannot replace a file this connection still holds.
        with service.releasing():
            restored = restore_backup(
                path, copy, already_saved=result.backup if unchanged else None
            )
        result.saved_aside = restored.saved_aside
        result.actions.append(
            translate(
                "Check",
                "Wat leesbaar was ({n} adviezen), is gekopieerd naar een nieuw bestand en in "
                "plaats van het beschadigde gezet; dat is bewaard als {path}.",
            ).format(n=restored.advices, path=restored.saved_aside)
        )
        return None
    finally:
        remove_tree(work)
