"""What the letter dialog says: the heading over the letter, why an advice was matched, and
what was saved (for the status bar).

Plain functions of the analysis (no widgets), so :class:`~.letter_dialog.LetterDialog` only
places their text.
"""

from __future__ import annotations

import html

from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.letter_match import MatchCandidate
from adviesraad_app.gui.letters.candidates import format_name
from adviesraad_app.i18n import translate
from adviesraad_app.services.letters.model import LetterAnalysis, LetterSaved


def heading_html(analysis: LetterAnalysis) -> str:
    """The file, its format and pages (and OCR), what it was recognised as and, for a letter
    that came in by mail, the mail's facts and attachments."""
    f = analysis.fields
    source = analysis.source
    kind = format_name(source.format)
    pages = ""
    if source.pages and source.pages > 1:
        pages = " · " + translate("LetterDialog", "{n} pagina’s").format(n=source.pages)
    if source.ocr:
        pages += " · <b>{ocr}</b>".format(
            ocr=html.escape(translate("LetterDialog", "scan, gelezen met tekstherkenning (OCR)"))
        )
    text = "<b>{name}</b> · {kind}{pages}<br>{recognised}".format(
        name=html.escape(analysis.path.name),
        kind=kind,
        pages=pages,
        recognised=(
            translate(
                "LetterDialog",
                "Herkend als: {type}{date}. Controleer en verbeter wat hieronder staat; "
                "er wordt pas iets opgeslagen als u op Opslaan klikt.",
            ).format(
                type=f.letter_type.label,
                date=(
                    " " + translate("LetterDialog", "van {date}").format(date=format_short(f.date))
                )
                if f.date
                else "",
            )
            if f.has_header
            else translate("LetterDialog", "Geen briefhoofd herkend.")
        ),
    )
    if analysis.mail is not None:  # the mail it came in: its facts and attachments
        from adviesraad_app.services.letters.mail import mail_summary

        lines = (html.escape(line) for line in mail_summary(analysis.mail))
        text += "<br>" + "<br>".join(lines)
    return text


def match_reasons(candidate: MatchCandidate | None, analysis: LetterAnalysis) -> str:
    """Why the chosen advice matches (and whether others match as well), or what to fill in
    when no advice is chosen."""
    if candidate is not None:
        reasons = "; ".join(candidate.reasons)
        text = translate("LetterDialog", "Zekerheid {percent} %: {reasons}.").format(
            percent=round(candidate.confidence * 100), reasons=reasons
        )
        if not analysis.unambiguous and len(analysis.candidates) > 1:
            text += " " + translate(
                "LetterDialog",
                "Meer adviezen passen ongeveer even goed: kies zelf het juiste advies.",
            )
        return text
    if analysis.candidates:
        return translate(
            "LetterDialog", "Vul het nummer in van het advies waarop deze brief reageert."
        )
    return translate(
        "LetterDialog",
        "Er is geen advies gevonden waar deze brief bij past. Vul het nummer in van het "
        "advies waarop de brief reageert.",
    )


def saved_message(saved: LetterSaved | None) -> str:
    """What was saved, for the status bar ("" when nothing was)."""
    if saved is None:
        return ""
    if saved.created_advice:
        return translate(
            "LetterDialog",
            "Adviesaanvraag geregistreerd als advies {number}; de brief staat bij de documenten.",
        ).format(number=saved.number)
    count = len(saved.commitment_ids)
    commitments = (
        translate("LetterDialog", "zonder toezeggingen")
        if count == 0
        else translate("LetterDialog", "met 1 toezegging")
        if count == 1
        else translate("LetterDialog", "met {n} toezeggingen").format(n=count)
    )
    text = translate(
        "LetterDialog",
        "Reactie op advies {number} opgeslagen, {commitments}; de brief staat bij de documenten.",
    ).format(number=saved.number, commitments=commitments)
    if saved.reply_days_late and saved.reply_days_late > 0:
        text += " " + (
            translate("LetterDialog", "De reactie kwam 1 dag te laat.")
            if saved.reply_days_late == 1
            else translate("LetterDialog", "De reactie kwam {n} dagen te laat.").format(
                n=saved.reply_days_late
            )
        )
    return text
