"""Dossier: everything about one advice (or several, each starting on a new page).

The advice's data, key dates (with extensions: the original date stays visible), the summary,
every recommendation with the college's outcome and reasons, the reply, commitments,
extensions and documents. Internal notes only when confidential content is included. The
change history is not printed: it is the secretary's audit trail, not part of the dossier a
member reads.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.extensions import Extension
from adviesraad_app.domain.kinds import AdviceStatus
from adviesraad_app.domain.meetings import adopted_date
from adviesraad_app.domain.reminders import reminders_text
from adviesraad_app.i18n import translate
from adviesraad_app.reports.build import Build
from adviesraad_app.reports.tables import Column
from adviesraad_app.services.pdf.content import DossierContent
from adviesraad_app.services.text.present import (
    commitment_closing_text,
    days_count_text,
    days_text,
    dossier_term_text,
    field_label,
    left_out_confidential_text,
    outcome_text,
    reply_lateness_text,
    term_text,
)


def _yes(value: bool) -> str:
    return translate("Reports", "ja") if value else translate("Reports", "nee")


def _facts(dossier: Dossier, include_confidential: bool) -> list[tuple[str, str]]:
    a = dossier.advice
    rows = [
        (field_label("number"), a.number),
        (field_label("title"), a.title),
        (field_label("kind"), a.kind.label),
        (translate("Reports", "Status"), dossier.status.label),
        (field_label("theme"), a.theme),
        (field_label("portfolio_holder"), a.portfolio_holder),
        (field_label("civil_servant"), a.civil_servant),
        (field_label("working_group"), a.working_group),
        (field_label("request_reference"), a.request_reference),
        (field_label("reference"), a.reference),
        (field_label("published"), _yes(a.published)),
    ]
    if include_confidential:
        rows.append((field_label("confidential"), _yes(a.confidential)))
    return [(label, value) for label, value in rows if value]


def _reply_timeliness(dossier: Dossier, today: Any) -> str:
    """How late the reply was, or is: also while it is still missing."""
    waiting = dossier.status == AdviceStatus.ADVIES_VERZONDEN or dossier.status.is_closed
    if dossier.reply is None and dossier.reply_term is not None and waiting:
        left = (dossier.reply_term.due - today).days
        if left < 0:
            return translate("Reports", "nog geen reactie; de termijn is {n} verstreken").format(
                n=days_count_text(-left)
            )
        return translate("Reports", "nog geen reactie; {days}").format(days=days_text(left))
    return reply_lateness_text(dossier)


def _no_reply_sentence(dossier: Dossier, today: Any) -> str:
    """Under "Reactie van het college" while there is none: one sentence, with the term."""
    term = dossier.reply_term
    waiting = dossier.status == AdviceStatus.ADVIES_VERZONDEN or dossier.status.is_closed
    if term is None or not waiting:
        return translate("Reports", "Er is nog geen reactie van het college.")
    left = (term.due - today).days
    if left < 0:
        return translate(
            "Reports",
            "Er is nog geen reactie van het college; de reactietermijn is op {date} "
            "verstreken, {n} geleden.",
        ).format(date=format_long(term.due), n=days_count_text(-left))
    if left == 0:
        return translate(
            "Reports",
            "Er is nog geen reactie van het college; de reactietermijn loopt vandaag ({date}) af.",
        ).format(date=format_long(term.due))
    return translate(
        "Reports",
        "Er is nog geen reactie van het college; de reactietermijn loopt tot en met {date} "
        "(nog {n}).",
    ).format(date=format_long(term.due), n=days_count_text(left))


def _dates(dossier: Dossier, today: Any) -> list[tuple[str, str]]:
    a = dossier.advice
    rows = [
        (field_label("request_received"), format_long(a.request_received)),
        (field_label("requested_deadline"), format_long(a.requested_deadline)),
        (
            translate("Reports", "Adviestermijn"),
            dossier_term_text(dossier, dossier.advice_term, today) if dossier.advice_term else "",
        ),
        (field_label("sent_date"), format_long(a.sent_date)),
        (
            translate("Reports", "Reactietermijn college"),
            term_text(dossier.reply_term) if dossier.reply_term else "",
        ),
        (
            translate("Reports", "Reactie ontvangen"),
            format_long(dossier.reply.date) if dossier.reply else "",
        ),
    ]
    adopted = adopted_date(dossier.history)
    if adopted is not None:  # before "Datum advies (verzonden)"
        rows.insert(3, (field_label("adopted_in"), format_long(adopted)))
    if dossier.reply_term is not None:
        rows.append((translate("Reports", "Tijdigheid reactie"), _reply_timeliness(dossier, today)))
    if dossier.reply_time_days is not None:
        rows.append((translate("Reports", "Reactietijd"), days_count_text(dossier.reply_time_days)))
    return [(label, value) for label, value in rows if value]


def _recommendations(build: Build, dossier: Dossier, heading: Any) -> list[Any]:
    a = dossier.advice
    parts: list[Any] = [heading(translate("Reports", "Aanbevelingen en reactie per aanbeveling"))]
    if not a.recommendations:
        parts.append(
            build.p(translate("Reports", "Dit advies heeft geen genummerde aanbevelingen."))
        )
        if dossier.reply is not None and dossier.reply.general_outcome is not None:
            parts.append(
                build.labelled(
                    translate("Reports", "Uitkomst voor het advies als geheel:"),
                    dossier.reply.general_outcome.label,
                )
            )
        return parts
    for rec in a.recommendations:
        parts += build.text(
            rec.text, label=translate("Reports", "Aanbeveling {n}.").format(n=rec.number)
        )
        if dossier.reply is None:
            parts.append(
                build.labelled(
                    translate("Reports", "Uitkomst:"),
                    translate("Reports", "nog geen reactie van het college"),
                    "indent",
                )
            )
            continue
        answer = dossier.reply.outcome_for(rec.number)
        outcome = answer.outcome if answer else dossier.reply.general_outcome
        parts.append(
            build.labelled(translate("Reports", "Uitkomst:"), outcome_text(outcome), "indent")
        )
        reasons = answer.reasons.strip() if answer else ""
        if reasons:
            parts += build.text(
                reasons, "indent", label=translate("Reports", "Motivering van het college:")
            )
        elif outcome is not None and outcome.needs_reasons:
            parts.append(
                build.labelled(
                    translate("Reports", "Motivering van het college:"),
                    translate("Reports", "niet vastgelegd"),
                    "indent",
                )
            )
    return parts


def _reply(build: Build, dossier: Dossier, heading: Any, today: Any) -> list[Any]:
    parts: list[Any] = [heading(translate("Reports", "Reactie van het college"))]
    reply = dossier.reply
    if dossier.reminders:  # the letters sent about it (docs/LETTERS.md)
        parts.append(build.p(reminders_text(dossier.reminders) + "."))
    if reply is None:
        parts.append(build.p(_no_reply_sentence(dossier, today)))
        return parts
    rows = [
        (field_label("date"), format_long(reply.date)),
        (field_label("our_reference"), reply.our_reference),
        (field_label("case_number"), reply.case_number),
        (field_label("handled_by"), reply.handled_by),
        (field_label("signatories"), reply.signatories),
        (field_label("subject"), reply.subject),
        (translate("Reports", "Uitkomst"), outcome_text(dossier.outcome)),
        (translate("Reports", "Tijdigheid"), reply_lateness_text(dossier)),
    ]
    parts.append(build.facts([(label, value) for label, value in rows if value]))
    if reply.summary.strip():
        parts.append(build.space(4))
        parts += build.text(
            reply.summary, label=translate("Reports", "Samenvatting van de reactie:")
        )
    return parts


def _commitments(build: Build, dossier: Dossier, heading: Any) -> list[Any]:
    if not dossier.commitments:
        return []
    columns = [
        Column(translate("Reports", "Toezegging"), build.width - 190),
        Column(translate("Reports", "Uiterlijk"), 105),
        Column(translate("Reports", "Stand"), 85),
    ]
    rows = [
        [
            _with_closing(c.text + (f" ({c.note})" if c.note.strip() else ""), dossier, c),
            format_long(c.due_date) or translate("Reports", "geen datum"),
            c.status.label,
        ]
        for c in dossier.commitments
    ]
    return [heading(translate("Reports", "Toezeggingen")), build.table(columns, rows)]


def _closing(dossier: Dossier, commitment: Commitment) -> str:
    """How a closed commitment was closed: `` Nagekomen op 10-03-2025: brief van 10 maart
    (document: brief.pdf)``; empty for an open one."""
    text = commitment_closing_text(commitment)
    if not text:
        return ""
    names = {d.id: d.original_name for d in dossier.documents}
    if commitment.document_id in names:
        text += " " + translate("Reports", "(document: {name})").format(
            name=names[commitment.document_id]
        )
    return " " + text[:1].upper() + text[1:]


def _with_closing(text: str, dossier: Dossier, commitment: Commitment) -> str:
    """The commitment's text, then (for a closed one) a sentence on how it was closed."""
    closing = _closing(dossier, commitment)
    if not closing:
        return text
    stripped = text.rstrip()
    return (stripped if stripped.endswith((".", "!", "?")) else stripped + ".") + closing


def _extensions(build: Build, dossier: Dossier, heading: Any) -> list[Any]:
    if not dossier.extensions:
        return []
    parts: list[Any] = [heading(translate("Reports", "Verdagingen"))]
    for extension in dossier.extensions:
        parts.append(build.p(_extension_sentence(extension)))
    return parts


def _extension_sentence(extension: Extension) -> str:
    """``Reactietermijn verdaagd van 23 september 2024 naar 7 oktober 2024, akkoord …``: a
    sentence, with the dates written out as everywhere else in the dossier."""
    term = extension.term.label
    text = translate(
        "Reports", "{term} verdaagd van {old} naar {new}, akkoord {who}. Reden: {reason}"
    ).format(
        term=term[:1].upper() + term[1:],
        old=format_long(extension.previous_date),
        new=format_long(extension.new_date),
        who=extension.agreed_by,
        reason=extension.reason,
    )
    if extension.agreed_on is not None:
        text += " " + translate("Reports", "(afgesproken op {date})").format(
            date=format_long(extension.agreed_on)
        )
    return text


def _documents(build: Build, dossier: Dossier, heading: Any) -> list[Any]:
    if not dossier.documents:
        return []
    columns = [
        Column(translate("Reports", "Document"), build.width - 110),
        Column(translate("Reports", "Soort"), 110),
    ]
    rows = [[d.original_name, d.kind.label] for d in dossier.documents]
    return [heading(translate("Reports", "Documenten")), build.table(columns, rows)]


def _one(build: Build, dossier: Dossier, content: DossierContent, several: bool) -> list[Any]:
    a = dossier.advice
    include = content.heading.include_confidential
    today = content.heading.today
    # one advice: its sections are the document's sections (in the outline, too few for a
    # table of contents); several: one section per advice, its parts one level down
    heading = build.h3 if several else partial(build.h2, in_contents=False)
    # every page of this advice names it in its header, not only the first
    parts: list[Any] = [
        build.running(
            translate("Reports", "Dossier {number}: {title}").format(number=a.number, title=a.title)
        )
    ]
    if several:
        parts.append(build.h2(f"{a.number} {a.title}"))
    if a.confidential:
        parts.append(
            build.p(
                translate("Reports", "Dit advies is vertrouwelijk: niet openbaar maken."),
                "confidential",
            )
        )
    parts += [heading(translate("Reports", "Gegevens")), build.facts(_facts(dossier, include))]
    dates = _dates(dossier, today)
    if dates:
        parts += [heading(translate("Reports", "Belangrijke data")), build.facts(dates)]
    if a.summary.strip():
        parts += [heading(translate("Reports", "Samenvatting")), *build.text(a.summary)]
    parts += _recommendations(build, dossier, heading)
    parts += _reply(build, dossier, heading, today)
    parts += _commitments(build, dossier, heading)
    parts += _extensions(build, dossier, heading)
    parts += _documents(build, dossier, heading)
    if include and a.internal_notes.strip():
        parts += [
            heading(translate("Reports", "Interne notities (intern, vertrouwelijk)")),
            *build.text(a.internal_notes),
        ]
    return parts


def story(build: Build, content: DossierContent) -> list[Any]:
    several = len(content.dossiers) > 1
    body: list[Any] = []
    for index, dossier in enumerate(content.dossiers):
        if index:
            body.append(build.page_break())
        body += _one(build, dossier, content, several)
    head: list[Any] = [*build.title()]
    note = left_out_confidential_text(content.heading.left_out_confidential)
    if note:
        head.append(build.p(note, "note"))
    contents = build.contents()
    if contents:
        contents.append(build.page_break())
    return [*head, *contents, *body, *build.colophon()]
