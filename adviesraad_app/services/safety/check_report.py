"""What the database check found: its report, in Dutch for the user and as JSON.

:class:`CheckReport` is filled by :func:`~.check.check_database`; the repair
(:mod:`~.repair`) reads it to decide what it can do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from adviesraad_app.i18n import translate
from adviesraad_app.services.safety.backups import BackupEntry
from adviesraad_app.services.text.present import count_text


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


def table_label(name: str) -> str:
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
