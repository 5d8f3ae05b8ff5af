"""Importing a letter of the college: read the file, recognise it, find its advice, save it.

The GUI and the CLI use the same three steps, so nothing is saved without a look first:

1. :func:`analyse_letter` (``service``, ``path``) -> :class:`LetterAnalysis`: the text, the
   recognised fields (:class:`~adviesraad_app.domain.letters.LetterFields`), the candidate
   advices with their confidence, and warnings. Nothing is written.
2. :func:`reply_draft` / :func:`request_draft`: the unsaved :class:`Reply` (with commitment
   candidates) or :class:`Advice` the analysis proposes, for a form the user corrects.
3. :func:`save_reply_from_letter` / :func:`save_request_from_letter`: save the (corrected)
   draft and attach the letter file, all in one transaction; :func:`apply_letter` does steps
   2 and 3 for ``import-letter --apply`` only when the match is unambiguous, and otherwise
   raises :class:`LetterNotApplied` saying why.

Reading the file itself is :mod:`files` (pypdf and python-docx are imported inside its
readers, never at start-up).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.documents import Document, DocumentKind
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.letter_fields import CommitmentCandidate, LetterFields, LetterType
from adviesraad_app.domain.letter_kind import advice_title_from_subject
from adviesraad_app.domain.letter_match import (
    MatchCandidate,
    is_unambiguous,
    rank,
    significant_words,
)
from adviesraad_app.domain.letters import parse_letter
from adviesraad_app.domain.replies import Reply
from adviesraad_app.i18n import translate
from adviesraad_app.services.letters.files import read_letter_file
from adviesraad_app.services.letters.model import (
    MAIL_SUFFIXES,
    LetterAnalysis,
    LetterSaved,
    LetterText,
    MailLetter,
)
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.register_errors import duplicate_letter_message

# The letter types live in ``model``, the file readers in ``files`` (shared with the mail
# reader) and the JSON in ``serialize``; the names callers use stay importable from here.

MAX_CANDIDATES = 300


class LetterNotApplied(UserError):
    """``--apply`` refused: the message says why nothing was saved."""


def read_letter(path: Path) -> LetterText:
    """The text of a letter in ``.pdf`` (text layer), ``.docx`` or ``.txt``, or the letter in
    an ``.eml``/``.msg`` mail (its attachment or its text, with the mail kept in ``mail``).

    Raises :class:`LetterReadError` (Dutch, naming the file) for anything it cannot read:
    another format behind the extension, empty, too large, encrypted, scanned without text,
    damaged.
    """
    path = Path(path)
    if path.suffix.lower() in MAIL_SUFFIXES:  # the letter in a mail: its attachment or its text
        from dataclasses import replace

        from adviesraad_app.services.letters.mail import read_mail_letter

        mail = read_mail_letter(path)
        return replace(mail.source, mail=mail)
    return read_letter_file(path)


# ---------------------------------------------------------------------- analysis


def _candidate_ids(service: RegisterService, fields: LetterFields) -> set[int]:
    """Advices worth scoring: sent around ``Uw brief``, with the reference, or sharing subject
    words. Found through the register's own lists and search, so a large register is not
    read whole."""
    ids: set[int] = set()
    if fields.your_letter_date is not None:
        day = fields.your_letter_date
        for year in (day.year, day.year - 1):
            for row in service.register(RegisterFilter(year=year)):
                if row.sent_date is not None and abs((row.sent_date - day).days) <= 3:
                    ids.add(row.id)
    order = RegisterOrder()
    for reference in (fields.your_reference, fields.our_reference):
        if reference:
            ids.update(service.register_ids(RegisterFilter(search=reference), order))
    words = significant_words(fields.subject or "")
    if words:
        hits: Counter[int] = Counter()
        for word in words[:8]:
            hits.update(service.register_ids(RegisterFilter(search=word), order))
        needed = max(1, (len(words[:8]) + 1) // 2)
        best = [i for i, n in hits.most_common() if n >= needed]
        ids.update(best[:MAX_CANDIDATES])
    return ids


def find_candidates(service: RegisterService, fields: LetterFields) -> list[MatchCandidate]:
    """The advices the letter may belong to, scored, best first."""
    if not fields.has_header or fields.letter_type == LetterType.OTHER:
        return []
    ids = sorted(_candidate_ids(service, fields))
    if not ids:
        return []
    rows = service.register_rows(ids)
    advices = [a for a in service.get_advices(ids) if a.deleted_at is None]
    return rank(
        fields,
        [(a, rows[a.id].reply_date is not None) for a in advices if a.id in rows],
    )


def analyse_letter(service: RegisterService, path: Path) -> LetterAnalysis:
    """Read a letter and find its advice. Raises :class:`LetterReadError` for unreadable
    files; everything else (no header, no match) is in the result."""
    source = read_letter(path)
    settings = service.settings
    fields = parse_letter(
        source.text,
        council_name=settings.council_name,
        apply_termijnenwet=settings.apply_termijnenwet,
    )
    candidates = find_candidates(service, fields)
    warnings = list(source.warnings) + list(fields.warnings)
    if fields.has_header and fields.letter_type == LetterType.REPLY and not candidates:
        warnings.append(
            translate("Letters", "Er is geen advies gevonden waar deze reactie bij hoort.")
        )
    duplicate = None
    if fields.letter_type == LetterType.REPLY and fields.date is not None:
        duplicate = service.advice_with_same_letter(
            fields.our_reference or "", fields.case_number or "", fields.date
        )
        if duplicate is not None and (not candidates or candidates[0].number != duplicate[1]):
            warnings.append(duplicate_letter_message(duplicate[1]))
    return LetterAnalysis(
        source=source,
        fields=fields,
        candidates=tuple(candidates),
        unambiguous=is_unambiguous(candidates),
        warnings=tuple(warnings),
        duplicate_of=duplicate[1] if duplicate is not None else None,
    )


# ---------------------------------------------------------------------- drafts and saving


def reply_draft(analysis: LetterAnalysis, advice_id: int) -> Reply:
    """The reply the letter describes, for the advice the user chose (unsaved)."""
    f = analysis.fields
    if f.date is None:
        raise LetterNotApplied(
            translate(
                "Letters", "{name}: de datum van de brief is niet gevonden; vul die zelf in."
            ).format(name=analysis.path.name)
        )
    return Reply(
        advice_id=advice_id,
        date=f.date,
        our_reference=f.our_reference or "",
        case_number=f.case_number or "",
        handled_by=f.handled_by or "",
        signatories=f.signatories or "",
        subject=f.subject or "",
    )


def request_draft(analysis: LetterAnalysis) -> Advice:
    """The solicited advice a request letter asks for (unsaved, number assigned on saving)."""
    f = analysis.fields
    if not f.subject:
        raise LetterNotApplied(
            translate(
                "Letters",
                "{name}: er is geen onderwerp gevonden; vul het onderwerp van het advies zelf in.",
            ).format(name=analysis.path.name)
        )
    return Advice(
        kind=AdviceKind.GEVRAAGD,
        title=advice_title_from_subject(f.subject),
        civil_servant=f.handled_by or "",
        request_received=f.date,
        request_reference=f.our_reference or "",
        requested_deadline=f.requested_deadline,
    )


def save_reply_from_letter(
    service: RegisterService,
    reply: Reply,
    commitments: Sequence[CommitmentCandidate],
    letter: Path,
    mail: MailLetter | None = None,
) -> LetterSaved:
    """Save a reply with its commitments and attach the letter, in one transaction."""
    with service.all_or_nothing():
        saved = service.save_reply(reply)
        assert saved.id is not None
        commitment_ids: list[int] = []
        for candidate in commitments:
            stored = service.save_commitment(
                Commitment(reply_id=saved.id, text=candidate.text, due_date=candidate.due_date)
            )
            assert stored.id is not None
            commitment_ids.append(stored.id)
        document = _attach(
            service,
            reply.advice_id,
            letter,
            DocumentKind.REPLY,
            translate("Letters", "reactie van het college van {date}").format(
                date=format_short(reply.date)
            ),
            mail,
        )
    assert document.id is not None
    dossier = service.dossier(reply.advice_id)
    return LetterSaved(
        advice_id=reply.advice_id,
        number=dossier.advice.number,
        created_advice=False,
        document_id=document.id,
        reply_id=saved.id,
        commitment_ids=tuple(commitment_ids),
        reply_days_late=dossier.reply_days_late,
    )


def _attach(
    service: RegisterService,
    advice_id: int,
    letter: Path,
    kind: DocumentKind,
    description: str,
    mail: MailLetter | None,
) -> Document:
    """The letter as a document; for a mail, the letter it brought and the mail itself."""
    if mail is None:
        return service.add_document(advice_id, letter, kind, description)
    from adviesraad_app.services.letters.mail.documents import attach_mail_documents

    return attach_mail_documents(service, advice_id, mail, kind, description)


def save_request_from_letter(
    service: RegisterService, advice: Advice, letter: Path, mail: MailLetter | None = None
) -> LetterSaved:
    """Register a new solicited advice from a request and attach the letter, in one
    transaction."""
    with service.all_or_nothing():
        created = service.create_advice(advice)
        assert created.id is not None
        document = _attach(
            service,
            created.id,
            letter,
            DocumentKind.REQUEST,
            translate("Letters", "adviesaanvraag van {date}").format(
                date=format_short(created.request_received)
            ),
            mail,
        )
    assert document.id is not None
    return LetterSaved(
        advice_id=created.id,
        number=created.number,
        created_advice=True,
        document_id=document.id,
    )


def refusal(analysis: LetterAnalysis, service: RegisterService) -> str | None:
    """Why ``--apply`` must not save this letter; ``None`` when it may."""
    f = analysis.fields
    unusable = _unusable(analysis)
    if unusable is not None:
        return unusable
    best = analysis.match
    other_has_it = best is None or best.number != analysis.duplicate_of
    if f.letter_type == LetterType.REPLY and analysis.duplicate_of is not None and other_has_it:
        return duplicate_letter_message(analysis.duplicate_of)
    if f.letter_type == LetterType.REQUEST:
        return _request_refusal(analysis)
    return _reply_refusal(analysis, service)


def _unusable(analysis: LetterAnalysis) -> str | None:
    """Why the letter cannot be saved by itself whatever it matches: no header, the
    council's own letter, neither a reply nor a request, no date."""
    f = analysis.fields
    name = analysis.path.name
    if not f.has_header:
        return translate(
            "Letters", "{name}: geen briefhoofd herkend; de brief is niet automatisch verwerkt."
        ).format(name=name)
    if f.from_council:
        return translate(
            "Letters",
            "{name} is een brief van de raad zelf aan het college, geen reactie of "
            "adviesaanvraag; er is niets opgeslagen.",
        ).format(name=name)
    if f.letter_type == LetterType.OTHER:
        return translate(
            "Letters",
            "{name} is geen herkenbare reactie op een advies en geen adviesaanvraag; er is "
            "niets opgeslagen.",
        ).format(name=name)
    if f.date is None:
        return translate(
            "Letters", "{name}: de datum van de brief is niet gevonden; er is niets opgeslagen."
        ).format(name=name)
    return None


def _request_refusal(analysis: LetterAnalysis) -> str | None:
    """A request is saved as a new advice unless the register has it or it has no subject."""
    best = analysis.match
    if best is not None and analysis.unambiguous:
        return translate(
            "Letters",
            "Deze adviesaanvraag staat al in het register als advies {number} ({title}).",
        ).format(number=best.number, title=best.title)
    if not analysis.fields.subject:
        return translate(
            "Letters", "{name}: geen onderwerp gevonden; er is niets opgeslagen."
        ).format(name=analysis.path.name)
    return None


def _reply_refusal(analysis: LetterAnalysis, service: RegisterService) -> str | None:
    """A reply is saved only with its advice found for sure, and that advice without one."""
    f = analysis.fields
    best = analysis.match
    if best is None:
        return translate(
            "Letters",
            "Er is geen advies gevonden waar deze reactie bij hoort (uw brief: {date}; "
            "onderwerp: {subject}). Registreer de reactie met add-reply.",
        ).format(
            date=format_short(f.your_letter_date) or "?",
            subject=f.subject or "?",
        )
    if not analysis.unambiguous:
        if len(analysis.candidates) > 1:
            second = analysis.candidates[1]
            return translate(
                "Letters",
                "Niet eenduidig: advies {a} (zekerheid {ca:.0%}) en advies {b} (zekerheid "
                "{cb:.0%}) passen allebei. Kies het advies in het programma.",
            ).format(a=best.number, ca=best.confidence, b=second.number, cb=second.confidence)
        return translate(
            "Letters",
            "Advies {number} past het best, maar niet zeker genoeg (zekerheid {c:.0%}). "
            "Controleer het in het programma.",
        ).format(number=best.number, c=best.confidence)
    if best.has_reply:
        reply = service.dossier(best.advice_id).reply
        return translate(
            "Letters", "Advies {number} heeft al een reactie (van {date}); er is niets opgeslagen."
        ).format(number=best.number, date=format_short(reply.date) if reply else "?")
    return None


def apply_letter(service: RegisterService, analysis: LetterAnalysis) -> LetterSaved:
    """Save what the letter says when that is unambiguous; else :class:`LetterNotApplied`."""
    reason = refusal(analysis, service)
    if reason is not None:
        raise LetterNotApplied(reason)
    if analysis.fields.letter_type == LetterType.REQUEST:
        return save_request_from_letter(
            service, request_draft(analysis), analysis.path, analysis.mail
        )
    best = analysis.match
    assert best is not None
    return save_reply_from_letter(
        service,
        reply_draft(analysis, best.advice_id),
        analysis.fields.commitments,
        analysis.path,
        analysis.mail,
    )


__all__ = [
    "LetterNotApplied",
    "analyse_letter",
    "apply_letter",
    "find_candidates",
    "read_letter",
    "refusal",
    "reply_draft",
    "request_draft",
    "save_reply_from_letter",
    "save_request_from_letter",
]
