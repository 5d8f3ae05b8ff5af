"""Reading a letter file (``.pdf`` with a text layer or scanned, ``.docx``, ``.txt``) into
a :class:`LetterText`. pypdf and python-docx are imported inside the readers, never at
start-up; a scan is read by OCR when an OCR program is installed (:mod:`ocr`)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from adviesraad_app.domain.errors import UserError
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
from adviesraad_app.services.letters.model import (
    SUPPORTED_SUFFIXES,
    LetterText,
    letter_failure,
)

MAX_LETTER_BYTES = 25 * 1024 * 1024  # a letter with attachments stays far below this
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a .docx that unpacks to more is refused (zip bomb)
MAX_PDF_PAGES = 60  # the header is on page 1; more pages are not read
MIN_TEXT_CHARS = 40  # less text than this on all pages: a scan without a text layer


def read_letter_file(path: Path) -> LetterText:
    """The text of a letter in ``.pdf`` (text layer), ``.docx`` or ``.txt``.

    Raises :class:`LetterReadError` (Dutch, naming the file) for anything it cannot read:
    another format behind the extension, empty, too large, encrypted, scanned without text,
    damaged.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise letter_failure(
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
            raise letter_failure(path, problem)
        size = path.stat().st_size
        if size == 0:
            raise letter_failure(path, translate("Letters", "het bestand is leeg."))
        if size > MAX_LETTER_BYTES:
            raise letter_failure(
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
        raise letter_failure(
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
                    raise letter_failure(
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
        raise letter_failure(
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
        raise letter_failure(
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
        raise letter_failure(
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
        raise letter_failure(
            path,
            translate(
                "Letters",
                "de PDF is een scan en de tekstherkenning (OCR) kon er geen tekst in lezen. "
                "Typ de gegevens over.",
            ),
        ) from exc
    if len("".join(text.split())) < MIN_TEXT_CHARS:
        raise letter_failure(
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
        raise letter_failure(
            path,
            translate("Letters", "dit is geen Word-document (.docx): {what}.").format(what=problem),
        )
    try:
        import docx

        document = docx.Document(str(path))
        text = "\n".join(_docx_lines(document))
    except Exception as exc:  # any parse failure of an untrusted file
        raise letter_failure(
            path,
            translate("Letters", "het Word-document is beschadigd of onleesbaar: {what}.").format(
                what=_docx_problem(exc)
            ),
        ) from exc
    if not text.strip():
        raise letter_failure(path, translate("Letters", "het Word-document bevat geen tekst."))
    return LetterText(path, "docx", text)


def _read_txt(path: Path) -> LetterText:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise file_error(exc, path) from exc
    if looks_binary(data):
        raise letter_failure(
            path,
            translate("Letters", "dit is geen tekstbestand ({what}).").format(
                what=describe_content(data[:2048])
            ),
        )
    text, encoding = decode_text(data)
    if not text.strip():
        raise letter_failure(path, translate("Letters", "het bestand bevat geen tekst."))
    return LetterText(path, "txt", text, encoding=encoding)
