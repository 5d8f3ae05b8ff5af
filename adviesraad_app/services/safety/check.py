"""The database check and its repairs ("Database controleren", ``adviesraad check``).

:func:`check_database` reads, never writes: the file's integrity, the references between
tables, the derived columns (status, deadlines) against the rules, the full-text index against
the advices, and every document on disk against its recorded SHA-256. Its report is plain
Dutch, one line per finding.

:func:`repair_database` repairs what can be repaired without losing anything — rebuild the
indexes, recompute the derived columns, rebuild the full-text index — and only after a backup
of the register as it was (``voor-herstel``). What cannot be repaired (a missing document,
references to records that do not exist) is reported with what to do instead.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from adviesraad_app.domain.dates import to_iso
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService, file_sha256, windows_safe_name
from adviesraad_app.services.safety.backups import BackupEntry, newest_usable_backup
from adviesraad_app.services.text.present import count_text
from adviesraad_app.storage.backup import backup_before, copy_readable, unreadable_tables
from adviesraad_app.storage.backup_files import BackupKind
from adviesraad_app.storage.database import (
    INTEGRITY_CHECK_LIMIT,
    QUICK_CHECK_LIMIT,
    findings,
    quick_check,
    structure_errors,
)
from adviesraad_app.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    NotADatabaseError,
    StorageError,
    classify_os_error,
    classify_sqlite_error,
)
from adviesraad_app.storage.win_files import make_work_folder, remove_tree


class IssueCode(StrEnum):
    INTEGRITY = "integrity"
    FOREIGN_KEYS = "foreign_keys"
    DERIVED = "derived"
    SEARCH_INDEX = "search_index"
    DOCUMENTS_MISSING = "documents_missing"
    DOCUMENTS_CHANGED = "documents_changed"
    DOCUMENT_NAMES = "document_names"  # stored under a name Windows cannot create
    INCOMPLETE = "incomplete"  # a part could not be checked (locked, disk error)


REPAIRABLE = frozenset({IssueCode.INTEGRITY, IssueCode.DERIVED, IssueCode.SEARCH_INDEX})

_log = logging.getLogger("adviesraad.check")
INTEGRITY_LIMIT = 50


def _table_label(name: str) -> str:
    """How a table reads in a Dutch sentence ("adviezen", "toezeggingen")."""
    labels = {
        "advices": translate("Check", "adviezen"),
        "recommendations": translate("Check", "aanbevelingen"),
        "replies": translate("Check", "reacties"),
        "reply_outcomes": translate("Check", "uitkomsten per aanbeveling"),
        "commitments": translate("Check", "toezeggingen"),
        "extensions": translate("Check", "verlengingen"),
        "documents": translate("Check", "documenten"),
        "history": translate("Check", "geschiedenis"),
        "settings": translate("Check", "instellingen"),
    }
    return labels.get(name, name)


@dataclass(frozen=True)
class Issue:
    code: IssueCode
    message: str  # Dutch: what is wrong
    advice: str = ""  # Dutch: what to do about it when the repair cannot
    fixable: bool = True  # False when the repair cannot help (a table is unreadable)

    @property
    def repairable(self) -> bool:
        return self.fixable and self.code in REPAIRABLE


def problems_found(n: int) -> str:
    """``1 probleem gevonden.`` / ``2 problemen gevonden.``"""
    if n == 1:
        return translate("Check", "1 probleem gevonden.")
    return translate("Check", "{n} problemen gevonden.").format(n=n)


@dataclass
class CheckReport:
    path: str
    issues: list[Issue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # Dutch: parts that could not be checked
    newest_backup: BackupEntry | None = None  # named when something is wrong
    details: list[str] = field(default_factory=list)  # SQLite's own findings (English)
    unreadable: list[str] = field(default_factory=list)  # tables not completely readable
    repair_failed: bool = False  # a repair was tried and did not help: never offer it again

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def problems(self) -> list[str]:
        return [issue.message for issue in self.issues]

    @property
    def repairable(self) -> bool:
        """Whether ``check --repair`` (*Herstellen*) can help: not after it failed, and not
        when the damage reaches the data itself (a table cannot be read completely)."""
        if self.repair_failed or self.unreadable:
            return False
        return any(issue.repairable for issue in self.issues)

    @property
    def damaged(self) -> bool:
        return any(issue.code == IssueCode.INTEGRITY for issue in self.issues)

    def add(self, code: IssueCode, message: str, advice: str = "") -> None:
        self.issues.append(Issue(code, message, advice))

    def summary(self) -> str:
        """One Dutch sentence: the outcome, and what to do first."""
        if self.ok:
            return translate("Check", "Geen problemen gevonden.")
        text = problems_found(len(self.issues))
        if self.skipped:
            text += " " + count_text(
                len(self.skipped),
                translate("Check", "Niet alles kon worden gecontroleerd (1 onderdeel)."),
                translate("Check", "Niet alles kon worden gecontroleerd ({n} onderdelen)."),
            )
        if self.damaged:
            text += " " + translate(
                "Check",
                "Het bestand is beschadigd: er wordt niets meer in opgeslagen tot het is "
                "hersteld of een back-up is teruggezet.",
            )
        return text

    def backup_line(self) -> str:
        """Where to go back to, when something is wrong (empty when nothing is)."""
        if self.ok:
            return ""
        if self.newest_backup is None:
            return translate("Check", "Er is geen bruikbare back-up van dit register gevonden.")
        from adviesraad_app.services.safety.diagnosis import restore_command

        return translate(
            "Check", "Nieuwste bruikbare back-up: {backup}. Terugzetten: {command}"
        ).format(
            backup=self.newest_backup.describe(),
            command=restore_command(Path(self.path), self.newest_backup.path),
        )

    @property
    def notes_reliable(self) -> bool:
        """What the other parts found in order means little while the file is damaged."""
        return not self.damaged

    def text(self, *, suggest_repair: bool = True) -> str:
        lines = [translate("Check", "Controle van {path}").format(path=self.path)]
        if self.notes_reliable:
            lines += [f"  ✓ {note}" for note in self.notes]
        lines += [f"  – {part}" for part in self.skipped]
        for issue in self.issues:
            lines.append(f"  ✗ {issue.message}")
            if issue.advice:
                lines.append(f"    {issue.advice}")
        if not self.notes_reliable and self.notes:
            lines.append("  " + uncertain_notes_line())
            lines += [f"    · {note}" for note in self.notes]
        if self.details:
            lines.append("  " + translate("Check", "Technische details: adviesraad check --json"))
        lines.append(self.summary())
        if not self.ok:
            if self.repairable and suggest_repair:
                lines.append(
                    translate(
                        "Check",
                        "Een deel kan automatisch worden hersteld (eerst wordt een back-up "
                        "gemaakt): adviesraad check --repair",
                    )
                )
            lines.append(self.backup_line())
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        newest = self.newest_backup
        return {
            "path": self.path,
            "ok": self.ok,
            "problems": self.problems,
            "issues": [
                {
                    "code": issue.code.value,
                    "message": issue.message,
                    "advice": issue.advice,
                    "repairable": issue.repairable,
                }
                for issue in self.issues
            ],
            "notes": self.notes,
            "notes_reliable": self.notes_reliable,
            "skipped": self.skipped,
            "summary": self.summary(),
            "repairable": self.repairable,
            "unreadable_tables": self.unreadable,
            "details": self.details,
            "newest_backup": (
                {"path": str(newest.path), "description": newest.describe()}
                if newest is not None
                else None
            ),
        }


def uncertain_notes_line() -> str:
    """Above what the other parts found in order, when the file is damaged."""
    return translate(
        "Check",
        "Onder voorbehoud (zolang het bestand beschadigd is, zijn deze uitkomsten niet "
        "betrouwbaar):",
    )


Step = Callable[[RegisterService, "CheckReport"], None]


def check_database(
    service: RegisterService, *, checked_backups: dict[Path, bool] | None = None
) -> CheckReport:
    """Check the register; reads only.

    Every part is checked on its own: a part that fails (damaged pages, a lock, a disk
    error) is named in the report and the other parts are still checked, so there is always
    a report. When something is wrong, the report names the newest usable backup.
    ``checked_backups``: which backups passed ``quick_check``, kept across the checks of one
    repair (see :func:`~.backups.from_newest_sound`).
    """
    report = CheckReport(str(service.path))
    steps: list[tuple[str, Step]] = [
        (translate("Check", "De structuur van het bestand"), _check_integrity),
        (translate("Check", "De verwijzingen tussen tabellen"), _check_foreign_keys),
        (translate("Check", "Het aantal adviezen"), _count_advices),
        (translate("Check", "Status en termijnen"), _check_derived_consistently),
        (translate("Check", "De zoekindex"), _check_search_index),
        (translate("Check", "De documenten"), _check_documents),
    ]
    for label, step in steps:
        _guarded(service, report, label, step)
    if report.damaged:
        _judge_damage(service, report)
    if report.details:
        _log.info("Controle van %s: %s", service.path, "; ".join(report.details))
    if not report.ok:
        try:
            report.newest_backup = newest_usable_backup(service.path, checked_backups)
        except StorageError:
            report.newest_backup = None
    return report


def _judge_damage(service: RegisterService, report: CheckReport) -> None:
    """Can the repair help? Only when every table can be read completely: then the damage is
    in indexes, free pages or the search index, and a copy of all data is possible (the same
    reading :func:`copy_readable` does). Otherwise the repair would lose data, and the report
    says to restore a backup instead."""
    try:
        unreadable = unreadable_tables(service.path)
    except StorageError as exc:  # locked, disk: cannot tell, so do not promise a repair
        unreadable = [("?", exc.message)]
    if not unreadable:
        return
    report.unreadable = [name for name, _reason in unreadable]
    report.details += [f"{name}: {reason}" for name, reason in unreadable]
    names = [_table_label(name) for name in report.unreadable if name != "?"]
    if names:
        advice = translate(
            "Check",
            "Een deel van de gegevens ({tables}) kan niet meer volledig worden gelezen. "
            "Automatisch herstel zou gegevens kwijtraken en is daarom niet mogelijk: zet een "
            "back-up terug.",
        ).format(tables=", ".join(names))
    else:
        advice = translate(
            "Check",
            "Niet vast te stellen of alle gegevens nog leesbaar zijn; automatisch herstel "
            "wordt daarom niet aangeboden. Zet een back-up terug.",
        )
    report.issues = [
        dataclasses.replace(
            issue,
            fixable=False,
            advice=advice if issue.code == IssueCode.INTEGRITY else issue.advice,
        )
        for issue in report.issues
    ]


def _damage_message(details: list[str], limit: int) -> str:
    return translate(
        "Check", "Het bestand is beschadigd: {errors} in de bestandsstructuur."
    ).format(errors=structure_errors(details, limit))


def _is_damage(exc: BaseException) -> bool:
    if isinstance(exc, CorruptDatabaseError | NotADatabaseError):
        return True
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)


def _guarded(service: RegisterService, report: CheckReport, label: str, step: Step) -> None:
    """Run one part of the check; when it fails, say so and go on with the next part."""
    try:
        step(service, report)
    except (StorageError, sqlite3.Error) as exc:
        cause = exc.__cause__ if isinstance(exc.__cause__, sqlite3.Error) else exc
        if isinstance(exc, sqlite3.Error):
            exc = classify_sqlite_error(exc, service.path) or exc
        if _is_damage(exc):
            reason = str(cause) if isinstance(cause, sqlite3.Error) else str(exc)
            report.skipped.append(
                translate("Check", "{part}: niet gecontroleerd, dit deel is onleesbaar.").format(
                    part=label
                )
            )
            report.details.append(f"{label}: {reason}")
            if not report.damaged:
                report.add(IssueCode.INTEGRITY, _damage_message([reason], 2), _integrity_advice())
            return
        if isinstance(exc, StorageError):
            reason = exc.message
        else:  # SQLite's own (English) text goes to the details, not the message
            report.details.append(f"{label}: {exc}")
            reason = translate("Check", "onbekende fout; details: adviesraad check --json")
        report.skipped.append(
            translate("Check", "{part}: niet gecontroleerd ({reason})").format(
                part=label, reason=reason
            )
        )
        if not any(issue.code == IssueCode.INCOMPLETE for issue in report.issues):
            report.add(
                IssueCode.INCOMPLETE,
                translate("Check", "De controle is niet volledig: {reason}").format(reason=reason),
                translate(
                    "Check",
                    "Sluit andere programma's die het register gebruiken en controleer opnieuw.",
                ),
            )


def _integrity_advice() -> str:
    return translate(
        "Check",
        "Herstel bouwt de indexen opnieuw op of kopieert wat leesbaar is naar een nieuw "
        "bestand; lukt dat niet, zet dan een back-up terug.",
    )


def _check_integrity(service: RegisterService, report: CheckReport) -> None:
    store = service.store
    try:
        rows = [str(row[0]) for row in store.query(f"PRAGMA integrity_check({INTEGRITY_LIMIT})")]
    except StorageError as exc:
        if not _is_damage(exc):
            raise
        # integrity_check itself gave up on a damaged page: quick_check (no index
        # comparisons) often still gets through and says more.
        cause = exc.__cause__ if isinstance(exc.__cause__, sqlite3.Error) else exc
        details = quick_check(store.conn, service.path) or [str(cause)]
        limit = QUICK_CHECK_LIMIT
    else:
        if rows == ["ok"]:
            store.mark_verified()
            report.notes.append(translate("Check", "De structuur van het bestand is in orde."))
            return
        details = findings(rows)
        limit = INTEGRITY_LIMIT
    report.details += details
    report.add(IssueCode.INTEGRITY, _damage_message(details, limit), _integrity_advice())


def _count_advices(service: RegisterService, report: CheckReport) -> None:
    report.notes.append(
        translate("Check", "{n} adviezen in het register.").format(n=service.count())
    )


def _check_derived_consistently(service: RegisterService, report: CheckReport) -> None:
    with service.store.snapshot():  # one consistent state, also while the app writes
        _check_derived(service, report)


def _check_foreign_keys(service: RegisterService, report: CheckReport) -> None:
    foreign = service.store.query("PRAGMA foreign_key_check")
    if not foreign:
        report.notes.append(translate("Check", "Alle verwijzingen tussen tabellen kloppen."))
        return
    tables = sorted({str(row[0]) for row in foreign})
    report.add(
        IssueCode.FOREIGN_KEYS,
        count_text(
            len(foreign),
            translate("Check", "1 verwijzing naar gegevens die niet bestaan (in: {tables})."),
            translate("Check", "{n} verwijzingen naar gegevens die niet bestaan (in: {tables})."),
            tables=", ".join(tables),
        ),
        translate(
            "Check",
            "Dit wordt niet automatisch hersteld, omdat er dan gegevens verdwijnen. Zet een "
            "back-up terug of vraag de beheerder om hulp.",
        ),
    )


def _check_derived(service: RegisterService, report: CheckReport) -> None:
    """The stored status and deadlines must equal what the rules derive from the data."""
    stale = 0
    for chunk in service.repo.derive_all(service.settings):
        rows = service.queries.register_rows(chunk)
        for advice_id, derived in chunk.items():
            row = rows[advice_id]
            if (row.status, to_iso(row.reply_due), to_iso(row.advice_due)) != (
                derived.status,
                to_iso(derived.reply_due),
                to_iso(derived.advice_due),
            ):
                stale += 1
    if stale:
        report.add(
            IssueCode.DERIVED,
            count_text(
                stale,
                translate(
                    "Check", "Bij 1 advies kloppen status of termijnen niet met de gegevens."
                ),
                translate(
                    "Check", "Bij {n} adviezen kloppen status of termijnen niet met de gegevens."
                ),
            ),
        )
    else:
        report.notes.append(translate("Check", "Status en termijnen kloppen met de gegevens."))


#: The full-text indexes: all searchable text, and number and subject alone (for ranking).
SEARCH_INDEXES = ("advice_search", "advice_head")


def _check_search_index(service: RegisterService, report: CheckReport) -> None:
    """The full-text index must hold exactly one entry per advice and be internally sound."""
    store = service.store
    problem = ""
    if not store.readonly:  # the FTS5 'integrity-check' command is an INSERT (it changes nothing)
        try:
            with store.trusting(), store.write() as db:
                for table in SEARCH_INDEXES:
                    db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        except CorruptDatabaseError as exc:
            problem = exc.message
        except DatabaseLockedError:
            # The command needs the write lock; while another program writes, the comparison
            # below still runs.
            report.notes.append(
                translate(
                    "Check",
                    "De interne controle van de zoekindex is overgeslagen: het register was "
                    "bezet door een ander programma.",
                )
            )
    if not problem:
        with store.snapshot():  # both lists from the same moment, also while the app writes
            advices = {int(row[0]) for row in store.query("SELECT id FROM advices")}
            indexed = advices
            for table in SEARCH_INDEXES:
                rowids = {int(row[0]) for row in store.query(f"SELECT rowid FROM {table}")}
                if rowids != advices:
                    indexed = rowids
        if indexed != advices:
            missing, extra = len(advices - indexed), len(indexed - advices)
            problem = count_text(
                missing,
                translate("Check", "1 advies ontbreekt in de index, {extra} te veel."),
                translate("Check", "{n} adviezen ontbreken in de index, {extra} te veel."),
                extra=extra,
            )
    if problem:
        report.add(
            IssueCode.SEARCH_INDEX,
            translate("Check", "De zoekindex klopt niet: {details}").format(details=problem),
        )
    else:
        report.notes.append(translate("Check", "De zoekindex klopt."))


def _check_documents(service: RegisterService, report: CheckReport) -> None:
    documents = [d for d in service.repo.all_documents() if d.deleted_at is None]
    numbers = {
        int(row[0]): str(row[1]) for row in service.store.query("SELECT id, number FROM advices")
    }
    missing, changed, unportable = [], [], []
    for document in documents:
        label = f"{document.original_name} ({numbers.get(document.advice_id, '?')})"
        path = service.document_path(document)
        stored = Path(document.stored_name).name
        if windows_safe_name(stored) != stored:
            unportable.append(label)
        try:
            if not path.is_file():
                missing.append(label)
                continue
            sha = file_sha256(path)
        except OSError:
            missing.append(label)
            continue
        if sha != document.sha256:
            changed.append(label)
    if missing:
        report.add(
            IssueCode.DOCUMENTS_MISSING,
            translate("Check", "Documenten ontbreken op schijf: {names}").format(
                names=", ".join(missing)
            ),
            translate(
                "Check",
                "Zet de map {folder} terug uit een reservekopie, of voeg de documenten opnieuw "
                "toe in het dossier.",
            ).format(folder=service.documents_dir),
        )
    if changed:
        report.add(
            IssueCode.DOCUMENTS_CHANGED,
            translate(
                "Check", "Documenten zijn gewijzigd sinds ze zijn toegevoegd: {names}"
            ).format(names=", ".join(changed)),
            translate(
                "Check",
                "Iemand heeft de opgeslagen kopie overschreven. Voeg het juiste document "
                "opnieuw toe in het dossier.",
            ),
        )
    if unportable:
        report.add(
            IssueCode.DOCUMENT_NAMES,
            translate(
                "Check",
                "Documenten zijn opgeslagen onder een naam die Windows niet kan maken: {names}",
            ).format(names=", ".join(unportable)),
            translate(
                "Check",
                "Zo'n map kan niet naar een Windows-computer worden gekopieerd. Voeg deze "
                "documenten opnieuw toe in het dossier (ze krijgen dan een naam die overal "
                "werkt) en verwijder de oude.",
            ),
        )
    if documents and not missing and not changed and not unportable:
        report.notes.append(
            translate("Check", "Alle {n} documenten zijn aanwezig en ongewijzigd.").format(
                n=len(documents)
            )
        )


# ---------------------------------------------------------------------------------- repair


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
    with service.store.write() as db:
        db.execute("INSERT INTO advice_search (advice_search) VALUES ('delete-all')")
        db.execute(
            "INSERT INTO advice_search (rowid, title, body) "
            "SELECT id, title, body FROM advice_search_doc"
        )
        db.execute("INSERT INTO advice_head (advice_head) VALUES ('delete-all')")
        db.execute("INSERT INTO advice_head (rowid, head) SELECT id, head FROM advice_head_doc")
    return int(service.store.scalar("SELECT count(*) FROM advices"))


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
    others = _commits_by_others(service)
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
        with service.store.trusting():  # writing into the damaged file is the point here
            if IssueCode.INTEGRITY in codes:
                with service.store.write() as db:
                    db.execute("REINDEX")
                result.actions.append(
                    translate("Check", "De indexen van het bestand zijn opnieuw opgebouwd.")
                )
            if codes & {IssueCode.INTEGRITY, IssueCode.DERIVED}:
                with service.store.write():
                    n = service.repo.refresh_all(service.settings)
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
        if not _is_damage(exc):
            raise
        result.details.append(_reason(exc))
        return translate("Check", "het blijft beschadigd")
    return None


def _reason(exc: BaseException) -> str:
    cause = exc.__cause__ if isinstance(exc.__cause__, sqlite3.Error) else exc
    return str(cause)


def _commits_by_others(service: RegisterService) -> int:
    """``PRAGMA data_version``: changes when another connection commits to the register."""
    return int(service.store.scalar("PRAGMA data_version"))


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
                with service.store.translate_errors():
                    service.store.conn.execute("VACUUM INTO ?", (str(copy),))
            except (StorageError, sqlite3.DatabaseError) as exc:
                if not _is_damage(exc):
                    raise
                # VACUUM copies indexes page by page; table by table reads only the rows.
                copy.unlink(missing_ok=True)
                copy_readable(path, copy)
            conn = sqlite3.connect(copy)
            try:
                rows = conn.execute(f"PRAGMA integrity_check({INTEGRITY_CHECK_LIMIT})")
                problems = findings([str(row[0]) for row in rows])
            finally:
                conn.close()
        except (StorageError, sqlite3.DatabaseError) as exc:
            if not _is_damage(exc):
                raise
            result.details.append(_reason(exc))
            return translate("Check", "ook een kopie van wat leesbaar is, lukte niet")
        if problems != ["ok"]:
            result.details += problems
            return translate("Check", "de kopie is niet in orde")
        unchanged = (
            unchanged_since is not None
            and result.backup is not None
            and _commits_by_others(service) == unchanged_since
        )
        # Windows cannot replace a file this connection still holds.
        with service.store.releasing():
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
