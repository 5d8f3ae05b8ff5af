"""The database check: integrity, foreign keys, derived data and documents on disk."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from adviesraad_app.domain.dates import to_iso
from adviesraad_app.domain.derived import derive
from adviesraad_app.i18n import translate

from .register import RegisterService


@dataclass
class CheckReport:
    path: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        lines = [translate("Check", "Controle van {path}").format(path=self.path)]
        lines += [f"  ✓ {note}" for note in self.notes]
        lines += [f"  ✗ {problem}" for problem in self.problems]
        lines.append(
            translate("Check", "Geen problemen gevonden.")
            if self.ok
            else translate("Check", "{n} probleem/problemen gevonden.").format(n=len(self.problems))
        )
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "ok": self.ok, "problems": self.problems, "notes": self.notes}


def check_database(service: RegisterService) -> CheckReport:
    report = CheckReport(str(service.path))
    store = service.store
    integrity = [row[0] for row in store.query("PRAGMA integrity_check")]
    if integrity == ["ok"]:
        report.notes.append(translate("Check", "De structuur van het bestand is in orde."))
    else:
        report.problems.append(
            translate("Check", "Het bestand is beschadigd: {details}").format(
                details="; ".join(integrity[:5])
            )
        )
    foreign = store.query("PRAGMA foreign_key_check")
    if not foreign:
        report.notes.append(translate("Check", "Alle verwijzingen tussen tabellen kloppen."))
    else:
        report.problems.append(
            translate("Check", "{n} verwijzing(en) naar gegevens die niet bestaan.").format(
                n=len(foreign)
            )
        )
    report.notes.append(
        translate("Check", "{n} adviezen in het register.").format(n=service.count())
    )
    _check_derived(service, report)
    _check_documents(service, report)
    return report


def _check_derived(service: RegisterService, report: CheckReport) -> None:
    """The stored status and deadlines must equal what the rules derive from the data."""
    settings = service.settings
    stale = 0
    ids = [row[0] for row in service.store.query("SELECT id FROM advices")]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = service.queries.register_rows(chunk)
        advices = service.repo.get_advices(chunk)
        extensions = service.repo.extensions_for_many(chunk)
        for advice in advices:
            assert advice.id is not None
            derived = derive(
                advice, service.repo.reply_for(advice.id), extensions.get(advice.id, []), settings
            )
            row = rows[advice.id]
            if (row.status, to_iso(row.reply_due), to_iso(row.advice_due)) != (
                derived.status,
                to_iso(derived.reply_due),
                to_iso(derived.advice_due),
            ):
                stale += 1
    if stale:
        report.problems.append(
            translate(
                "Check", "Bij {n} advies/adviezen kloppen status of termijnen niet met de gegevens."
            ).format(n=stale)
        )
    else:
        report.notes.append(translate("Check", "Status en termijnen kloppen met de gegevens."))


def _check_documents(service: RegisterService, report: CheckReport) -> None:
    documents = [d for d in service.repo.all_documents() if d.deleted_at is None]
    missing, changed = [], []
    for document in documents:
        path = service.document_path(document)
        if not path.is_file():
            missing.append(document.original_name)
            continue
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != document.sha256:
            changed.append(document.original_name)
    if missing:
        report.problems.append(
            translate("Check", "Documenten ontbreken op schijf: {names}").format(
                names=", ".join(missing)
            )
        )
    if changed:
        report.problems.append(
            translate(
                "Check", "Documenten zijn gewijzigd sinds ze zijn toegevoegd: {names}"
            ).format(names=", ".join(changed))
        )
    if documents and not missing and not changed:
        report.notes.append(
            translate("Check", "Alle {n} documenten zijn aanwezig en ongewijzigd.").format(
                n=len(documents)
            )
        )
