"""A whole dossier as plain text (``adviesraad show``), one section per part of it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from adviesraad_app.domain.dates import format_long, format_moment, format_short
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.kinds import CommitmentStatus
from adviesraad_app.domain.reminders import reminders_text
from adviesraad_app.i18n import translate
from adviesraad_app.services.text.present import (
    commitment_closing_text,
    days_count_text,
    dossier_term_text,
    extension_text,
    field_label,
    history_text,
    reply_lateness_text,
)

Row = Callable[[str, str], None]


def dossier_text(dossier: Dossier, today: date | None = None, due_soon_days: int = 14) -> str:
    """The whole dossier as plain text (``adviesraad show``), terms judged as of ``today``."""
    today = today or date.today()
    a = dossier.advice
    lines = [
        f"{a.number}  {a.title}",
        "=" * min(100, len(a.number) + 2 + len(a.title)),
    ]

    def row(label: str, value: str) -> None:
        if value:
            lines.append(f"{label + ':':<28} {value}")

    _advice_rows(dossier, row, today, due_soon_days)
    if a.summary:
        lines += ["", translate("Present", "Samenvatting"), a.summary]
    lines += _recommendation_lines(dossier)
    lines.append("")
    _reply_rows(dossier, row, lines)
    if dossier.reminders:
        lines.append(reminders_text(dossier.reminders))
    lines += _commitment_lines(dossier)
    if dossier.extensions:
        lines += ["", translate("Present", "Verdagingen")]
        for e in dossier.extensions:
            lines.append("  - " + extension_text(e))
    if dossier.documents:
        lines += ["", translate("Present", "Documenten")]
        for d in dossier.documents:
            lines.append(f"  - {d.original_name} ({d.kind.label})")
    if a.internal_notes:
        lines += [
            "",
            translate("Present", "Interne notities (intern — komt niet in exports)"),
            a.internal_notes,
        ]
    if dossier.history:
        lines += ["", translate("Present", "Geschiedenis")]
        for h in dossier.history:
            lines.append(f"  {format_moment(h.at)}  {history_text(h)}")
    return "\n".join(lines)


def _advice_rows(dossier: Dossier, row: Row, today: date, due_soon_days: int) -> None:
    a = dossier.advice
    row(translate("Present", "Soort"), a.kind.label)
    row(translate("Present", "Status"), dossier.status.label)
    row(field_label("theme"), a.theme)
    row(field_label("portfolio_holder"), a.portfolio_holder)
    row(field_label("civil_servant"), a.civil_servant)
    row(field_label("working_group"), a.working_group)
    row(field_label("request_received"), format_long(a.request_received))
    row(field_label("request_reference"), a.request_reference)
    row(field_label("requested_deadline"), format_long(a.requested_deadline))
    if dossier.advice_term:
        row(
            translate("Present", "Adviestermijn"),
            dossier_term_text(dossier, dossier.advice_term, today, due_soon_days),
        )
    row(field_label("sent_date"), format_long(a.sent_date))
    row(field_label("reference"), a.reference)
    if dossier.reply_term:
        row(
            translate("Present", "Reactie college uiterlijk"),
            dossier_term_text(dossier, dossier.reply_term, today, due_soon_days),
        )
    if a.confidential:
        row(field_label("confidential"), translate("Present", "ja"))
    if a.deleted_at:
        row(translate("Present", "Verwijderd op"), format_short(a.deleted_at.date()))


def _recommendation_lines(dossier: Dossier) -> list[str]:
    """The numbered recommendations, each with the college's outcome when there is a reply."""
    if not dossier.advice.recommendations:
        return []
    lines = ["", translate("Present", "Aanbevelingen")]
    for rec in dossier.advice.recommendations:
        lines.append(f"{rec.number:>3}. {rec.text}")
        outcome = dossier.reply.outcome_for(rec.number) if dossier.reply else None
        if outcome:
            lines.append(
                f"     → {outcome.outcome.label}"
                + (f": {outcome.reasons}" if outcome.reasons else "")
            )
    return lines


def _reply_rows(dossier: Dossier, row: Row, lines: list[str]) -> None:
    r = dossier.reply
    if r is None:
        lines.append(translate("Present", "Nog geen reactie van het college."))
        return
    lines.append(translate("Present", "Reactie van het college"))
    row(field_label("date"), format_long(r.date))
    row(field_label("our_reference"), r.our_reference)
    row(field_label("case_number"), r.case_number)
    row(field_label("handled_by"), r.handled_by)
    row(translate("Present", "Uitkomst"), dossier.outcome.label if dossier.outcome else "")
    row(translate("Present", "Tijdigheid"), reply_lateness_text(dossier))
    if dossier.reply_time_days is not None:
        row(translate("Present", "Reactietijd"), days_count_text(dossier.reply_time_days))
    if r.summary:
        lines.append(r.summary)


def _commitment_lines(dossier: Dossier) -> list[str]:
    if not dossier.commitments:
        return []
    lines = ["", translate("Present", "Toezeggingen")]
    for c in dossier.commitments:
        due = (
            f" ({translate('Present', 'uiterlijk')} {format_short(c.due_date)})"
            if c.due_date
            else ""
        )
        if not c.due_date and c.status == CommitmentStatus.OPEN:
            due = f" ({translate('Present', 'zonder termijn')})"
        lines.append(f"  - [{c.status.label}] {c.text}{due}")
        closing = commitment_closing_text(c)
        if closing:
            lines.append(f"      {closing}")
    return lines
