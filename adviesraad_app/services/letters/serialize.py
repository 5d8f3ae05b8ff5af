"""The letter importer's JSON: the ``import-letter --json`` contract (English keys, ISO
dates, ``null`` for what is absent)."""

from __future__ import annotations

from datetime import date
from typing import Any

from adviesraad_app.domain.letter_match import MatchCandidate
from adviesraad_app.services.letters.model import LetterAnalysis, LetterSaved, MailLetter


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _candidate_dict(candidate: MatchCandidate) -> dict[str, Any]:
    return {
        "advice_id": candidate.advice_id,
        "number": candidate.number,
        "title": candidate.title,
        "confidence": candidate.confidence,
        "has_reply": candidate.has_reply,
        "reasons": list(candidate.reasons),
    }


def letter_dict(analysis: LetterAnalysis) -> dict[str, Any]:
    """The ``import-letter --json`` contract (plus extra keys: file, format, ocr, has_header,
    from_council, signatories, commitment_details, requested_deadline_computed,
    requested_deadline_phrase, alternatives, warnings)."""
    f = analysis.fields
    match = None
    if analysis.match is not None:
        match = _candidate_dict(analysis.match)
        match["unambiguous"] = analysis.unambiguous
    return {
        "file": str(analysis.path),
        "format": analysis.source.format,
        "ocr": analysis.source.ocr,
        "has_header": f.has_header,
        "from_council": f.from_council,
        "letter_type": f.letter_type.value,
        "date": _iso(f.date),
        "your_letter_date": _iso(f.your_letter_date),
        "your_reference": f.your_reference,
        "our_reference": f.our_reference,
        "case_number": f.case_number,
        "handled_by": f.handled_by,
        "subject": f.subject,
        "advice_kind": f.advice_kind.value if f.advice_kind else None,
        "requested_deadline": _iso(f.requested_deadline),
        "requested_deadline_computed": f.requested_deadline_computed,
        "requested_deadline_phrase": f.requested_deadline_phrase,
        "commitments": [c.text for c in f.commitments],
        "commitment_details": [
            {"text": c.text, "due_date": _iso(c.due_date)} for c in f.commitments
        ],
        "signatories": f.signatories,
        "match": match,
        "alternatives": [_candidate_dict(c) for c in analysis.alternatives],
        "duplicate_of": analysis.duplicate_of,
        "warnings": list(analysis.warnings),
        **_mail_keys(analysis.mail),
    }


def _mail_keys(mail: MailLetter | None) -> dict[str, Any]:
    """``email`` and ``attachments``: the mail's facts, null for a .pdf/.docx/.txt."""
    if mail is None:
        return {"email": None, "attachments": None}
    from adviesraad_app.services.letters.mail import attachments_list, email_dict

    return {"email": email_dict(mail), "attachments": attachments_list(mail)}


def saved_dict(saved: LetterSaved) -> dict[str, Any]:
    return {
        "advice_id": saved.advice_id,
        "number": saved.number,
        "created_advice": saved.created_advice,
        "reply_id": saved.reply_id,
        "commitment_ids": list(saved.commitment_ids),
        "document_id": saved.document_id,
        "reply_days_late": saved.reply_days_late,
    }
