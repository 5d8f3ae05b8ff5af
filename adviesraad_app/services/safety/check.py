"""The database check ("Database controleren", ``adviesraad check``).

:func:`check_database` reads, never writes: the file's integrity, the references between
tables, the derived columns (status, deadlines) against the rules, the full-text index against
the advices, and every document on disk against its recorded SHA-256. Its report
(:mod:`~.check_report`) is plain Dutch, one line per finding. What it asks SQLite lives in
``storage/integrity.py``; the repairs are in :mod:`~.repair`.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from adviesraad_app.i18n import translate
from adviesraad_app.services.document_files import file_sha256, windows_safe_name
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.backups import newest_usable_backup
from adviesraad_app.services.safety.check_report import (
    REPAIRABLE,
    CheckReport,
    Issue,
    IssueCode,
    problems_found,
    table_label,
    uncertain_notes_line,
)
from adviesraad_app.services.text.present import count_text
from adviesraad_app.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    NotADatabaseError,
    StorageError,
    classify_sqlite_error,
)
from adviesraad_app.storage.file_checks import QUICK_CHECK_LIMIT, findings, structure_errors
from adviesraad_app.storage.readable_copy import unreadable_tables

__all__ = [
    "REPAIRABLE",
    "CheckReport",
    "Issue",
    "IssueCode",
    "check_database",
    "is_damage",
    "problems_found",
    "uncertain_notes_line",
]

_log = logging.getLogger("adviesraad.check")
INTEGRITY_LIMIT = 50

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
    names = [table_label(name) for name in report.unreadable if name != "?"]
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


def is_damage(exc: BaseException) -> bool:
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
        if is_damage(exc):
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
    sqlite = service.integrity()
    try:
        rows = sqlite.integrity_check(INTEGRITY_LIMIT)
    except StorageError as exc:
        if not is_damage(exc):
            raise
        # integrity_check itself gave up on a damaged page: quick_check (no index
        # comparisons) often still gets through and says more.
        cause = exc.__cause__ if isinstance(exc.__cause__, sqlite3.Error) else exc
        details = sqlite.quick_check() or [str(cause)]
        limit = QUICK_CHECK_LIMIT
    else:
        if rows == ["ok"]:
            sqlite.mark_verified()
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
    with service.snapshot():  # one consistent state, also while the app writes
        _check_derived(service, report)


def _check_foreign_keys(service: RegisterService, report: CheckReport) -> None:
    foreign = service.integrity().foreign_key_tables()
    if not foreign:
        report.notes.append(translate("Check", "Alle verwijzingen tussen tabellen kloppen."))
        return
    tables = sorted(set(foreign))
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
    stale = service.stale_derived_count()
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


def _check_search_index(service: RegisterService, report: CheckReport) -> None:
    """The full-text index must hold exactly one entry per advice and be internally sound."""
    sqlite = service.integrity()
    problem = ""
    if not sqlite.readonly:  # the FTS5 'integrity-check' command is an INSERT (changes nothing)
        try:
            sqlite.check_search_index()
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
        # both lists from the same moment, also while the app writes
        advices, indexed = sqlite.search_index_coverage()
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
    documents = [d for d in service.all_documents() if d.deleted_at is None]
    numbers = service.integrity().advice_numbers()
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
