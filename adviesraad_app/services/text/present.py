"""Dutch wording of the register's facts, shared by the CLI, the GUI and the reports.

State is always said in words ("3 dagen te laat"), never left to a colour.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from adviesraad_app.domain.dates import format_long, format_short, from_iso
from adviesraad_app.domain.filters import STATUS_OPEN, RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.kinds import (
    AdviceStatus,
    CommitmentStatus,
    DeadlineState,
    DeadlineType,
    Outcome,
)
from adviesraad_app.domain.views import RegisterRow
from adviesraad_app.i18n import translate

if TYPE_CHECKING:  # a dossier's parts load with the dossier (issue 14, start-up)
    from adviesraad_app.domain.commitments import Commitment
    from adviesraad_app.domain.deadline_items import DeadlineItem
    from adviesraad_app.domain.deadlines import Term
    from adviesraad_app.domain.dossier import Dossier
    from adviesraad_app.domain.extensions import Extension
    from adviesraad_app.domain.history import HistoryEntry


def deadline_type_label(kind: DeadlineType) -> str:
    return {
        DeadlineType.ADVICE_DUE: translate("Present", "advies uiterlijk"),
        DeadlineType.REPLY_DUE: translate("Present", "reactie college uiterlijk"),
        DeadlineType.COMMITMENT_DUE: translate("Present", "toezegging"),
    }[kind]


def days_text(days_left: int | None) -> str:
    """``vandaag``, ``nog 1 dag``, ``nog 12 dagen``, ``1 dag te laat``, ``43 dagen te laat``;
    ``zonder termijn`` for something open without a date."""
    if days_left is None:
        return translate("Present", "zonder termijn")
    if days_left == 0:
        return translate("Present", "vandaag")
    if days_left == 1:
        return translate("Present", "morgen")
    if days_left > 1:
        return translate("Present", "nog {n} dagen").format(n=days_left)
    if days_left == -1:
        return translate("Present", "1 dag te laat")
    return translate("Present", "{n} dagen te laat").format(n=-days_left)


def deadline_state_label(item: DeadlineItem) -> str:
    """The state of a deadline in a word or two, as the Termijnen view and the CLI say it."""
    if item.state == DeadlineState.OVERDUE:
        return translate("Present", "Te laat")
    if item.state == DeadlineState.DUE_SOON:
        return translate("Present", "Binnenkort")
    if item.state == DeadlineState.NO_DATE:
        return translate("Present", "Open, zonder termijn")
    if item.type == DeadlineType.REPLY_DUE:
        return translate("Present", "Wacht op reactie")
    return translate("Present", "Loopt")


_SHORT_WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


def weekday_date_text(value: date, with_year: bool = True) -> str:
    """``di 22 april 2025`` (``vr 18 april`` without the year)."""
    text = format_long(value)
    if not with_year:
        text = text.rsplit(" ", 1)[0]
    return f"{_SHORT_WEEKDAYS[value.weekday()]} {text}"


def shift_text(raw: date, due: date, reasons: tuple[str, ...]) -> str:
    """``verschoven van vr 18 april: Goede Vrijdag, weekend, tweede Paasdag``: why the
    Algemene termijnenwet moved a deadline. The year of the raw date only when it differs."""
    return translate("Present", "verschoven van {raw}: {reasons}").format(
        raw=weekday_date_text(raw, with_year=raw.year != due.year), reasons=", ".join(reasons)
    )


def due_with_shift_text(due: date, shifted_from: date | None, reasons: tuple[str, ...]) -> str:
    """``di 22 april 2025 (verschoven van vr 18 april: Goede Vrijdag, weekend, tweede
    Paasdag)`` for a moved date; ``23 september 2024`` for one that was not moved."""
    if shifted_from is None:
        return format_long(due)
    return f"{weekday_date_text(due)} ({shift_text(shifted_from, due, reasons)})"


def deadline_item_due_text(item: DeadlineItem) -> str:
    """The date of a deadline item with, when the Atw moved it, why (``di 22 april 2025
    (verschoven van vr 18 april: Goede Vrijdag, weekend, tweede Paasdag)``); ``open, zonder
    termijn`` for an open commitment without a date."""
    if item.due_date is None:
        return translate("Present", "open, zonder termijn")
    return due_with_shift_text(item.due_date, item.shifted_from, item.shift_reasons)


def term_text(term: Term | None) -> str:
    """``23 september 2024``, ``7 oktober 2024 (verdaagd; oorspronkelijk 23 september 2024)``
    or, when the Atw moved it, ``di 22 april 2025 (verschoven van vr 18 april: ...)``."""
    if term is None:
        return "—"
    if term.extended:
        return translate("Present", "{due} (verdaagd; oorspronkelijk {original})").format(
            due=format_long(term.due), original=format_long(term.original)
        )
    return due_with_shift_text(term.due, term.shifted_from, term.shift_reasons)


def term_progress_text(progress: tuple[DeadlineState, int | None] | None) -> str:
    """Where a running term stands, as the dossier says it: ``verstreken, 12 dagen te laat``,
    ``nog 3 dagen``, ``vandaag``; empty once its work is done."""
    if progress is None or progress[1] is None:
        return ""
    state, left = progress
    if state == DeadlineState.OVERDUE:
        return translate("Present", "verstreken, {late}").format(late=days_text(left))
    return days_text(left)


def dossier_term_text(
    dossier: Dossier, term: Term | None, today: date, due_soon_days: int = 14
) -> str:
    """A term of the dossier with where it stands: ``23 september 2024 — verstreken, 12
    dagen te laat`` while it runs and has passed."""
    text = term_text(term)
    progress = term_progress_text(dossier.term_state(term, today, due_soon_days))
    return f"{text} — {progress}" if progress else text


def reply_lateness_text(dossier: Dossier) -> str:
    if dossier.reply is None:
        return translate("Present", "nog geen reactie")
    late = dossier.reply_days_late
    if late is None:
        return translate("Present", "geen reactietermijn")
    if late == 0:
        return translate("Present", "binnen de termijn")
    return days_text(-late)


def field_label(name: str) -> str:
    """The Dutch name of a field, as the dossier and its history show it."""
    labels = {
        "number": translate("Fields", "Nummer"),
        "kind": translate("Fields", "Soort"),
        "title": translate("Fields", "Onderwerp"),
        "theme": translate("Fields", "Thema"),
        "portfolio_holder": translate("Fields", "Portefeuillehouder"),
        "civil_servant": translate("Fields", "Behandelend ambtenaar"),
        "working_group": translate("Fields", "Werkgroep"),
        "request_received": translate("Fields", "Aanvraag ontvangen"),
        "request_reference": translate("Fields", "Kenmerk aanvraag"),
        "requested_deadline": translate("Fields", "Gevraagd uiterlijk"),
        "sent_date": translate("Fields", "Datum advies (verzonden)"),
        "reference": translate("Fields", "Ons kenmerk"),
        "summary": translate("Fields", "Samenvatting"),
        "internal_notes": translate("Fields", "Interne notities"),
        "confidential": translate("Fields", "Vertrouwelijk"),
        "published": translate("Fields", "Gepubliceerd"),
        "manual_status": translate("Fields", "Status (handmatig)"),
        "advice_term_weeks": translate("Fields", "Adviestermijn (weken)"),
        "reply_term_weeks": translate("Fields", "Reactietermijn (weken)"),
        "date": translate("Fields", "Datum"),
        "our_reference": translate("Fields", "Kenmerk gemeente"),
        "case_number": translate("Fields", "Zaaknummer"),
        "handled_by": translate("Fields", "Behandeld door"),
        "signatories": translate("Fields", "Ondertekening"),
        "subject": translate("Fields", "Onderwerp brief"),
        "general_outcome": translate("Fields", "Uitkomst (geheel)"),
        "text": translate("Fields", "Tekst"),
        "due_date": translate("Fields", "Uiterlijk"),
        "status": translate("Fields", "Status"),
        "note": translate("Fields", "Notitie"),
        "closed_on": translate("Fields", "Afgesloten op"),
        "closing_note": translate("Fields", "Hoe afgesloten"),
        "document_id": translate("Fields", "Document"),
        "keep_open": translate("Fields", "Handmatig open gehouden"),
        "own_days": translate("Fields", "Eigen vrije dagen"),
        "advice": translate("Fields", "adviestermijn"),
        "reply": translate("Fields", "reactietermijn"),
        "adopted_in": translate("Fields", "Vastgesteld in de vergadering van"),
        "meeting": translate("Fields", "Vergadering"),
    }
    if name.startswith("recommendation "):
        return translate("Fields", "Aanbeveling {n}").format(n=name.rsplit(maxsplit=1)[-1])
    if name.startswith("outcome "):
        return translate("Fields", "Uitkomst aanbeveling {n}").format(n=name.rsplit(maxsplit=1)[-1])
    return labels.get(name, name)


def history_text(entry: HistoryEntry) -> str:
    """One line of a dossier's history, in Dutch."""
    entity = {
        "advice": translate("History", "advies"),
        "recommendation": translate("History", "aanbeveling"),
        "reply": translate("History", "reactie"),
        "commitment": translate("History", "toezegging"),
        "extension": translate("History", "verdaging"),
        "document": translate("History", "document"),
        "settings": translate("History", "instellingen"),
        "agenda": translate("History", "agendapunt"),
    }.get(entry.entity, entry.entity)
    if entry.entity == "reminder" and entry.action == "created":
        day = format_long(from_iso(entry.new_value))
        if entry.field == "raadsbericht":
            return translate("History", "Gemeenteraad geïnformeerd op {date}").format(date=day)
        return translate("History", "Herinnering verstuurd op {date}").format(date=day)
    if entry.entity == "letter" and entry.action == "created":
        day = format_long(from_iso(entry.new_value))
        if entry.field == "ontvangstbevestiging":
            return translate("History", "Ontvangstbevestiging verstuurd op {date}").format(date=day)
        return translate("History", "Adviesbrief verstuurd op {date}").format(date=day)
    if entry.action == "created":
        if entry.entity == "extension":
            return translate("History", "{term} verdaagd van {old} naar {new}").format(
                term=field_label(entry.field),
                old=_value(entry.old_value),
                new=_value(entry.new_value),
            )
        return translate("History", "{entity} toegevoegd: {value}").format(
            entity=entity.capitalize(), value=_value(entry.new_value)
        )
    if entry.action == "deleted":
        return translate("History", "{entity} verwijderd").format(entity=entity.capitalize())
    if entry.action == "restored":
        return translate("History", "{entity} teruggezet").format(entity=entity.capitalize())
    return translate("History", "{field}: {old} → {new}").format(
        field=field_label(entry.field), old=_value(entry.old_value), new=_value(entry.new_value)
    )


def _value(value: str | None) -> str:
    if value is None or value == "":
        return translate("History", "(leeg)")
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_short(date.fromisoformat(value))
        except ValueError:
            return value
    return value if len(value) <= 120 else value[:117] + "…"


def extension_text(extension: Extension) -> str:
    """``adviestermijn: van 01-10-2024 naar 15-10-2024, akkoord wethouder X. Reden: ...``"""
    return translate(
        "Present", "{term}: van {old} naar {new}, akkoord {who}. Reden: {reason}"
    ).format(
        term=extension.term.label,
        old=format_short(extension.previous_date),
        new=format_short(extension.new_date),
        who=extension.agreed_by,
        reason=extension.reason,
    )


def days_count_text(days: int) -> str:
    """``1 dag`` / ``12 dagen``."""
    if days == 1:
        return translate("Present", "1 dag")
    return translate("Present", "{n} dagen").format(n=days)


def reminder_text(days: int) -> str:
    """When an agenda reminder goes off: ``op de dag zelf``, ``1 dag vooraf``, ``3 dagen
    vooraf``."""
    if days == 0:
        return translate("Present", "op de dag zelf")
    return count_text(
        days, translate("Present", "1 dag vooraf"), translate("Present", "{n} dagen vooraf")
    )


def late_text(days_late: int) -> str:
    """``op tijd`` / ``1 dag te laat`` / ``43 dagen te laat``."""
    if days_late <= 0:
        return translate("Present", "op tijd")
    return days_text(-days_late)


def outcome_text(outcome: Outcome | None) -> str:
    return outcome.label if outcome is not None else translate("Present", "nog geen uitkomst")


def reply_received_text(row: RegisterRow) -> str:
    """The register's "reactie ontvangen" column: the date, or in words why there is none."""
    if row.reply_date is not None:
        return format_short(row.reply_date)
    if row.reply_due is not None and row.status == AdviceStatus.ADVIES_VERZONDEN:
        return translate("Present", "nog niet")
    return "—"


def reply_delay_text(row: RegisterRow, today: date) -> str:
    """The register's "dagen te laat" column, in words (never a colour alone).

    After the reply: ``op tijd`` or ``43 dagen te laat``. Before it: ``nog 12 dagen`` while the
    term runs, ``5 dagen te laat`` once it has passed. Without a reply term: ``—``.
    """
    if row.reply_date is not None:
        late = row.reply_days_late
        return late_text(late) if late is not None else "—"
    if row.reply_due is None or row.status != AdviceStatus.ADVIES_VERZONDEN:
        return "—"
    return days_text((row.reply_due - today).days)


def status_text(row: RegisterRow, today: date) -> str:
    """The status in words; ``in voorbereiding, te laat`` when the council's own advice term
    has passed. (Once the advice is sent, the college's delay has its own column.)"""
    label = row.status.label
    preparing = row.status in (AdviceStatus.AANVRAAG_ONTVANGEN, AdviceStatus.IN_VOORBEREIDING)
    if preparing and row.advice_due is not None and row.advice_due < today:
        return translate("Present", "{status}, te laat").format(status=label)
    return label


def selection_text(selection: RegisterFilter) -> str:
    """The selection in words: ``jaar 2024, gevraagd advies, status open``; ``alle adviezen``."""
    parts: list[str] = []
    if selection.year is not None:
        parts.append(translate("Present", "jaar {year}").format(year=selection.year))
    if selection.kind is not None:
        parts.append(selection.kind.label)
    if selection.status == STATUS_OPEN:
        parts.append(translate("Present", "alleen open adviezen"))
    elif isinstance(selection.status, AdviceStatus):
        parts.append(translate("Present", "status {status}").format(status=selection.status.label))
    if selection.theme:
        parts.append(translate("Present", "thema {theme}").format(theme=selection.theme))
    if selection.search.strip():
        parts.append(
            translate("Present", "zoekterm ‘{text}’").format(text=selection.search.strip())
        )
    if selection.ids is not None:
        parts.append(
            count_text(
                len(selection.ids),
                translate("Present", "1 gekozen advies"),
                translate("Present", "{n} gekozen adviezen"),
            )
        )
    return ", ".join(parts) if parts else translate("Present", "alle adviezen")


def order_text(order: RegisterOrder) -> str:
    """``meest urgent eerst``, ``op nummer, oplopend``, ..."""
    if order.key == SortKey.URGENCY and not order.descending:
        return translate("Present", "meest urgent eerst")
    names = {
        SortKey.NUMBER: translate("Present", "nummer"),
        SortKey.TITLE: translate("Present", "onderwerp"),
        SortKey.KIND: translate("Present", "soort"),
        SortKey.THEME: translate("Present", "thema"),
        SortKey.SENT: translate("Present", "datum verzonden"),
        SortKey.REPLY_DUE: translate("Present", "reactie uiterlijk"),
        SortKey.REPLY_DATE: translate("Present", "datum reactie"),
        SortKey.OUTCOME: translate("Present", "uitkomst"),
        SortKey.STATUS: translate("Present", "status"),
        SortKey.DAYS_LATE: translate("Present", "dagen te laat"),
        SortKey.URGENCY: translate("Present", "urgentie"),
        SortKey.DELETED: translate("Present", "datum verwijderd"),
    }
    direction = (
        translate("Present", "aflopend") if order.descending else translate("Present", "oplopend")
    )
    return translate("Present", "op {key}, {direction}").format(
        key=names[order.key], direction=direction
    )


def left_out_confidential_text(left_out: int) -> str:
    """Said in a document that leaves confidential advices out (privacy by default)."""
    if not left_out:
        return ""
    if left_out == 1:
        return translate("Present", "1 vertrouwelijk advies uit deze selectie is niet opgenomen.")
    return translate(
        "Present", "{n} vertrouwelijke adviezen uit deze selectie zijn niet opgenomen."
    ).format(n=left_out)


def commitment_closing_text(commitment: Commitment) -> str:
    """``nagekomen op 12-03-2025: brief van 10 maart`` for a closed commitment; empty for an
    open one or one closed before the date was recorded."""
    if commitment.status == CommitmentStatus.OPEN or commitment.closed_on is None:
        return ""
    text = translate("Present", "{status} op {date}").format(
        status=commitment.status.label, date=format_short(commitment.closed_on)
    )
    if commitment.closing_note:
        text += f": {commitment.closing_note}"
    return text


def left_out_deadlines_text(left_out: int) -> str:
    """Said in the termijnenlijst when it leaves deadlines of confidential advices out."""
    if not left_out:
        return ""
    return count_text(
        left_out,
        translate("Present", "1 termijn van een vertrouwelijk advies is niet opgenomen."),
        translate("Present", "{n} termijnen van vertrouwelijke adviezen zijn niet opgenomen."),
    )


def count_text(n: int, one: str, many: str, **fields: object) -> str:
    """``1 advies`` / ``3 adviezen``: pass the translated singular and plural with ``{n}``;
    ``fields`` fill the other placeholders of both."""
    return (one if n == 1 else many).format(n=n, **fields)


def left_out_hint(left_out: int) -> str:
    """Part of a refusal: the selection holds confidential advices that were left out, and
    how to take them along."""
    if not left_out:
        return ""
    if left_out == 1:
        return translate(
            "Export",
            "1 vertrouwelijk advies valt wel in de selectie; kies ‘vertrouwelijk opnemen’ "
            "(--include-confidential) om het mee te nemen.",
        )
    return translate(
        "Export",
        "{n} vertrouwelijke adviezen vallen wel in de selectie; kies ‘vertrouwelijk opnemen’ "
        "(--include-confidential) om ze mee te nemen.",
    ).format(n=left_out)
