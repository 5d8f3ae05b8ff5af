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

pypdf and python-docx are imported inside the readers, never at start-up.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder
from adviesraad_app.domain.letter_match import (
    MatchCandidate,
    is_unambiguous,
    rank,
    significant_words,
)
from adviesraad_app.domain.letters import (
    CommitmentCandidate,
    LetterFields,
    LetterType,
    advice_title_from_subject,
    parse_letter,
)
from adviesraad_app.domain.model import (
    Advice,
    AdviceKind,
    Commitment,
    Document,
    DocumentKind,
    Reply,
)
from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import (
    decode_text,
    describe_content,
    file_error,
    looks_binary,
    not_a_file,
    quiet_library,
    read_head,
    zip_problem,
)
from adviesraad_app.services.register import RegisterService, duplicate_letter_message

if TYPE_CHECKING:
    from adviesraad_app.services.mail import MailLetter

MAX_LETTER_BYTES = 25 * 1024 * 1024  # a letter with attachments stays far below this
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a .docx that unpacks to more is refused (zip bomb)
MAX_PDF_PAGES = 60  # the header is on page 1; more pages are not read
MIN_TEXT_CHARS = 40  # less text than this on all pages: a scan without a text layer
MAX_CANDIDATES = 300

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt")
MAIL_SUFFIXES = (".eml", ".msg")  # read by services.mail, which hands back one of the above


class LetterReadError(UserError):
    """A letter file that cannot be read; the message names the file and says why."""


class LetterNotApplied(UserError):
    """``--apply`` refused: the message says why nothing was saved."""


@dataclass(frozen=True, slots=True)
class LetterText:
    path: Path
    format: str  # "pdf", "docx" or "txt"
    text: str
    mail: MailLetter | None = None  # the e-mail the letter came in (.eml, .msg)
    encoding: str | None = None  # for text files
    pages: int | None = None  # for PDF
    warnings: tuple[str, ...] = ()
    ocr: str | None = None  # the OCR program that read a scan ("tesseract 5.3.0"), else None


# ---------------------------------------------------------------------- reading files


def _fail(path: Path, message: str) -> LetterReadError:
    return LetterReadError(
        translate("Letters", "{name}: {message} Er is niets opgeslagen.").format(
            name=path.name, message=message
        )
    )


def read_letter(path: Path) -> LetterText:
    """The text of a letter in ``.pdf`` (text layer), ``.docx`` or ``.txt``.

    Raises :class:`LetterReadError` (Dutch, naming the file) for anything it cannot read:
    another format behind the extension, empty, too large, encrypted, scanned without text,
    damaged.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in MAIL_SUFFIXES:  # the letter in a mail: its attachment or its text
        from dataclasses import replace

        from adviesraad_app.services.mail import read_mail_letter

        mail = read_mail_letter(path)
        return replace(mail.source, mail=mail)
    if suffix not in SUPPORTED_SUFFIXES:
        raise _fail(
            path,
            translate(
                "Letters",
                "dit bestandstype ({suffix}) kan niet worden ingelezen; kies een .pdf, .docx, "
                ".txt, .eml of .msg.",
            ).format(suffix=suffix or translate("Letters", "geen extensie")),
        )
    try:
        problem = not_a_file(path)
        if problem is not None:
            raise _fail(path, problem)
        size = path.stat().st_size
        if size == 0:
            raise _fail(path, translate("Letters", "het bestand is leeg."))
        if size > MAX_LETTER_BYTES:
            raise _fail(
                path,
                translate(
                    "Letters", "het bestand is te groot ({mb} MB; een brief is hooguit {max} MB)."
                ).format(mb=size // (1024 * 1024), max=MAX_LETTER_BYTES // (1024 * 1024)),
            )
    except OSError as exc:
        raise file_error(exc, path) from exc
    if suffix == ".pdf":
        return _read_pdf(path, read_head(path))
    if suffix == ".docx":
        return _read_docx(path, read_head(path))
    return _read_txt(path)  # reads the whole file itself


def _read_pdf(path: Path, head: bytes) -> LetterText:
    if b"%PDF-" not in head[:1024]:
        raise _fail(
            path,
            translate("Letters", "dit is geen PDF-bestand ({what}).").format(
                what=describe_content(head)
            ),
        )
    from pypdf import PdfReader

    warnings: list[str] = []
    try:
        with quiet_library("pypdf"):  # its English warnings: ours say it
            reader = PdfReader(str(path))
            if reader.is_encrypted:
                try:
                    opened = bool(reader.decrypt(""))
                except Exception:  # pypdf raises several kinds (missing AES support, bad key)
                    opened = False
                if not opened:
                    raise _fail(
                        path,
                        translate(
                            "Letters",
                            "de PDF is beveiligd met een wachtwoord. Open hem en bewaar of print "
                            "hem als PDF zonder beveiliging.",
                        ),
                    )
            count = len(reader.pages)
            texts: list[str] = []
            for page in list(reader.pages)[:MAX_PDF_PAGES]:
                try:
                    texts.append(page.extract_text(extraction_mode="layout"))
                except Exception:  # layout mode is stricter; the plain text still helps
                    texts.append(page.extract_text())
            if len("".join("".join(texts).split())) < MIN_TEXT_CHARS:
                return _read_scan(path, reader, count)
    except UserError:
        raise
    except Exception as exc:  # any parse failure of an untrusted file, whatever pypdf raises
        raise _fail(
            path,
            translate(
                "Letters", "de PDF is beschadigd of onleesbaar: {what}. Vraag een nieuwe kopie."
            ).format(what=_pdf_problem(exc)),
        ) from exc
    if count > MAX_PDF_PAGES:
        warnings.append(
            translate("Letters", "Alleen de eerste {n} van {total} pagina's zijn gelezen.").format(
                n=MAX_PDF_PAGES, total=count
            )
        )
    text = "\n".join(texts)
    if len("".join(text.split())) < MIN_TEXT_CHARS:
        raise _fail(
            path,
            translate(
                "Letters",
                "de PDF bevat geen tekst, alleen afbeeldingen (een scan?). Vraag de gemeente om "
                "een digitale PDF of Word-versie, of typ de gegevens over.",
            ),
        )
    return LetterText(path, "pdf", text, pages=count, warnings=tuple(warnings))


def _read_scan(path: Path, reader: Any, count: int) -> LetterText:
    """A PDF of page images: read with OCR where the machine has it, else refused plainly."""
    from adviesraad_app.services.letters.ocr import OcrFailed, find_engine, ocr_images, page_images

    images = page_images(reader)
    engine = find_engine() if images else None
    if engine is None:
        raise _fail(
            path,
            translate(
                "Letters",
                "de PDF bevat geen tekst, alleen afbeeldingen (een scan?). Vraag de gemeente om "
                "een digitale PDF of Word-versie, of typ de gegevens over.",
            ),
        )
    try:
        text = ocr_images(engine, images)
    except (OcrFailed, OSError, subprocess.SubprocessError) as exc:
        raise _fail(
            path,
            translate(
                "Letters",
                "de PDF is een scan en de tekstherkenning (OCR) kon er geen tekst in lezen. "
                "Typ de gegevens over.",
            ),
        ) from exc
    if len("".join(text.split())) < MIN_TEXT_CHARS:
        raise _fail(
            path,
            translate(
                "Letters",
                "de PDF is een scan en de tekstherkenning (OCR) vond er te weinig tekst in. "
                "Typ de gegevens over.",
            ),
        )
    warning = translate(
        "Letters",
        "Deze brief is een scan: de tekst is met tekstherkenning (OCR) gelezen en kan fouten "
        "bevatten. Controleer elk veld met de brief ernaast.",
    )
    return LetterText(path, "pdf", text, pages=count, warnings=(warning,), ocr=engine.version)


def _docx_lines(document: Any) -> list[str]:
    """Paragraphs and table rows (cells joined by tabs, empty cells kept) in document order;
    the first section's page headers first, as letter templates often put the header block
    there."""
    from docx.table import Table

    lines: list[str] = []

    def add(container: Any) -> None:
        for block in container.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells: list[str] = []
                    previous = None
                    for cell in row.cells:
                        # A merged cell repeats in every grid column it spans: text once.
                        same = previous is not None and cell._tc is previous
                        cells.append("" if same else " ".join(cell.text.split()))
                        previous = cell._tc
                    lines.append("\t".join(cells))
            else:
                lines.extend(block.text.split("\n"))

    if document.sections:
        section = document.sections[0]
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.insert(0, section.first_page_header)
        for header in headers:
            if not header.is_linked_to_previous:
                add(header)
    add(document)
    return lines


def _too_complex(exc: BaseException) -> bool:
    return isinstance(exc, (MemoryError, RecursionError))


def _pdf_problem(exc: BaseException) -> str:
    """What is wrong with a PDF pypdf could not read, in Dutch: never the library's class name
    or its English message."""
    from pypdf.errors import EmptyFileError, LimitReachedError, PdfReadError, PdfStreamError

    if isinstance(exc, EmptyFileError):
        return translate("Letters", "het bestand is leeg")
    if isinstance(exc, PdfStreamError):
        return translate(
            "Letters",
            "het bestand houdt halverwege op (misschien is het niet helemaal gedownload of "
            "gekopieerd)",
        )
    if _too_complex(exc) or isinstance(exc, LimitReachedError):
        return translate("Letters", "de PDF is te groot of te ingewikkeld om te lezen")
    if isinstance(exc, PdfReadError):
        return translate("Letters", "de opbouw van het bestand klopt niet")
    return translate("Letters", "de inhoud kon niet worden gelezen")


def _docx_problem(exc: BaseException) -> str:
    """What is wrong with a Word document python-docx could not read, in Dutch."""
    import zipfile

    if isinstance(exc, zipfile.BadZipFile):
        return translate("Letters", "het zip-bestand waarin het document zit, is beschadigd")
    if isinstance(exc, KeyError):
        return translate("Letters", "er ontbreekt een onderdeel van het document")
    if isinstance(exc, SyntaxError):  # lxml's XMLSyntaxError: a part is not valid XML
        return translate("Letters", "de tekst in het document is beschadigd")
    if _too_complex(exc):
        return translate("Letters", "het document is te groot of te ingewikkeld om te lezen")
    return translate("Letters", "de inhoud kon niet worden gelezen")


def _read_docx(path: Path, head: bytes) -> LetterText:
    problem = zip_problem(path, head, "word/document.xml", MAX_UNPACKED_BYTES)
    if problem is not None:
        raise _fail(
            path,
            translate("Letters", "dit is geen Word-document (.docx): {what}.").format(what=problem),
        )
    try:
        import docx

        document = docx.Document(str(path))
        text = "\n".join(_docx_lines(document))
    except Exception as exc:  # any parse failure of an untrusted file
        raise _fail(
            path,
            translate("Letters", "het Word-document is beschadigd of onleesbaar: {what}.").format(
                what=_docx_problem(exc)
            ),
        ) from exc
    if not text.strip():
        raise _fail(path, translate("Letters", "het Word-document bevat geen tekst."))
    return LetterText(path, "docx", text)


def _read_txt(path: Path) -> LetterText:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise file_error(exc, path) from exc
    if looks_binary(data):
        raise _fail(
            path,
            translate("Letters", "dit is geen tekstbestand ({what}).").format(
                what=describe_content(data[:2048])
            ),
        )
    text, encoding = decode_text(data)
    if not text.strip():
        raise _fail(path, translate("Letters", "het bestand bevat geen tekst."))
    return LetterText(path, "txt", text, encoding=encoding)


# ---------------------------------------------------------------------- analysis


@dataclass(frozen=True, slots=True)
class LetterAnalysis:
    """What a letter says and which advice it belongs to. Nothing has been saved."""

    source: LetterText
    fields: LetterFields
    candidates: tuple[MatchCandidate, ...]  # best first
    unambiguous: bool
    warnings: tuple[str, ...] = field(default=())
    # The number of the advice that already has this letter as its reply, if any.
    duplicate_of: str | None = None

    @property
    def path(self) -> Path:
        return self.source.path

    @property
    def match(self) -> MatchCandidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def alternatives(self) -> tuple[MatchCandidate, ...]:
        return self.candidates[1:]

    @property
    def mail(self) -> MailLetter | None:
        """The e-mail the letter came in (.eml, .msg), else ``None``."""
        return self.source.mail


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


@dataclass(frozen=True, slots=True)
class LetterSaved:
    """What saving a letter created."""

    advice_id: int
    number: str
    created_advice: bool
    document_id: int
    reply_id: int | None = None
    commitment_ids: tuple[int, ...] = ()
    reply_days_late: int | None = None


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
    from adviesraad_app.services.mail.documents import attach_mail_documents

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
    best = analysis.match
    other_has_it = best is None or best.number != analysis.duplicate_of
    if f.letter_type == LetterType.REPLY and analysis.duplicate_of is not None and other_has_it:
        return duplicate_letter_message(analysis.duplicate_of)
    if f.letter_type == LetterType.REQUEST:
        if best is not None and analysis.unambiguous:
            return translate(
                "Letters",
                "Deze adviesaanvraag staat al in het register als advies {number} ({title}).",
            ).format(number=best.number, title=best.title)
        if not f.subject:
            return translate(
                "Letters", "{name}: geen onderwerp gevonden; er is niets opgeslagen."
            ).format(name=name)
        return None
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


# ---------------------------------------------------------------------- JSON


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
    from adviesraad_app.services.mail import attachments_list, email_dict

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


__all__ = [
    "LetterAnalysis",
    "LetterNotApplied",
    "LetterReadError",
    "LetterSaved",
    "LetterText",
    "analyse_letter",
    "apply_letter",
    "find_candidates",
    "letter_dict",
    "read_letter",
    "refusal",
    "reply_draft",
    "request_draft",
    "save_reply_from_letter",
    "save_request_from_letter",
    "saved_dict",
]
