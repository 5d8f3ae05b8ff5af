"""Write a letter: its Word template filled in (docxtpl), as ``.docx`` or as a tagged PDF.

The PDF is made from the filled-in Word document itself (its paragraphs, headings, lists and
tables, read back with python-docx), set in the style of the other PDFs, so that the council's
own wording in its template is what both formats say. Nothing is written before the letter is
complete: a refusal (a letter that does not fit, an unknown field, a file that is not a Word
document) leaves no file behind.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adviesraad_app.domain import deadlines as dl
from adviesraad_app.domain.documents import Document
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.letter_checks import check_letter
from adviesraad_app.domain.reminders import LetterKind
from adviesraad_app.domain.settings import Settings
from adviesraad_app.i18n import translate
from adviesraad_app.resources import resource_path
from adviesraad_app.services.letters.fields import (
    FIELD_NAMES,
    LetterRequest,
    UnknownFieldError,
    letter_fields,
    sample_fields,
    subject,
)

if TYPE_CHECKING:
    from adviesraad_app.services.register import RegisterService

FORMATS = (".docx", ".pdf")
#: Draws the filled-in Word letter as a PDF: (docx bytes, title, settings, date) -> PDF bytes.
PdfRenderer = Callable[[bytes, str, Settings, date], bytes]


@dataclass(frozen=True, slots=True)
class Block:
    """One part of a filled-in letter, as the PDF sets it."""

    kind: str  # "title", "heading", "paragraph", "item", "facts", "space"
    text: str = ""
    rows: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class WrittenLetter:
    path: Path
    kind: LetterKind
    subject: str
    on: date
    template: Path
    document: Document | None = None  # when recorded


def default_template(kind: LetterKind) -> Path:
    return resource_path("letters", f"{kind.value}.docx")


def template_for(kind: LetterKind, settings: Settings) -> Path:
    """The council's own template for this kind (Instellingen), else ours."""
    own = str(getattr(settings, f"template_{kind.value}", "") or "").strip()
    return Path(own) if own else default_template(kind)


def _not_word(path: Path) -> UserError:
    return UserError(
        translate(
            "Letters",
            "{name} is geen Word-bestand (.docx); een sjabloon moet een Word-document zijn. Er "
            "is geen brief gemaakt.",
        ).format(name=path.name)
    )


def open_template(path: Path) -> Any:
    """The template as a docxtpl document; refuses what is not a readable Word file."""
    from docxtpl import DocxTemplate  # type: ignore[import-untyped]

    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise _not_word(path)
    if not path.is_file():
        raise UserError(
            translate(
                "Letters", "Het sjabloon {path} bestaat niet. Er is geen brief gemaakt."
            ).format(path=path)
        )
    template = DocxTemplate(str(path))
    try:
        template.init_docx()
    except Exception as exc:  # zip, XML or package errors: not a Word document
        raise _not_word(path) from exc
    return template


def check_template(path: Path) -> None:
    """Refuse a template that is not a Word file or uses a field that does not exist, by
    filling it in with stand-in values (in memory: nothing is written)."""
    fill(open_template(path), sample_fields())


def _syntax_error() -> UserError:
    # jinja2's own explanation is English: the user gets what to look for instead
    return UserError(
        translate(
            "Letters",
            "Het sjabloon bevat een veld of opdracht die niet af is of verkeerd geschreven is "
            "(een veld ziet eruit als {{{{ advies.nummer }}}}, een lus als {{%p for a in "
            "aanbevelingen %}} … {{%p endfor %}}). Er is geen brief gemaakt.",
        )
    )


def fill(template: Any, context: dict[str, Any]) -> bytes:
    """The filled-in Word document; :class:`UnknownFieldError` names a field that does not
    exist, a broken tag gives a Dutch message."""
    from jinja2 import Environment, StrictUndefined, TemplateError, UndefinedError

    env = Environment(undefined=StrictUndefined, autoescape=False)
    try:
        unknown = sorted(
            n for n in template.get_undeclared_template_variables(env) if n not in FIELD_NAMES
        )
    except TemplateError as exc:
        raise _syntax_error() from exc
    if unknown:
        raise UnknownFieldError(unknown[0])
    try:
        # escaped: a subject "Zorg & Welzijn" or "<" is text, not Word XML
        template.render(context, env, autoescape=True)
    except UnknownFieldError:
        raise
    except UndefinedError as exc:  # e.g. a loop variable used outside its loop
        raise UserError(
            translate(
                "Letters",
                "Het sjabloon gebruikt een veld dat hier niet bestaat (bijvoorbeeld een veld van "
                "een lus buiten die lus). Er is geen brief gemaakt.",
            )
        ) from exc
    except TemplateError as exc:
        raise _syntax_error() from exc
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()


def blocks_of(docx_bytes: bytes) -> list[Block]:
    """The filled-in letter's parts in reading order (paragraphs and tables)."""
    from docx import Document as WordDocument
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    word = WordDocument(io.BytesIO(docx_bytes))
    blocks: list[Block] = []
    for part in word.iter_inner_content():
        if isinstance(part, Table):
            rows = []
            for row in part.rows:
                cells = [c.text.strip() for c in row.cells]
                if any(cells):
                    rows.append((cells[0], " ".join(cells[1:])))
            if rows:
                blocks.append(Block("facts", rows=tuple(rows)))
            continue
        assert isinstance(part, Paragraph)
        text = part.text.strip()
        style = (part.style.name if part.style is not None else "") or ""
        if not text:
            if blocks and blocks[-1].kind != "space":
                blocks.append(Block("space"))
            continue
        if style == "Title":
            blocks.append(Block("title", text))
        elif style.startswith("Heading"):
            blocks.append(Block("heading", text))
        elif style.startswith("List"):
            blocks.append(Block("item", text))
        else:
            blocks.append(Block("paragraph", text))
    return blocks


def _write_atomically(target: Path, data: bytes) -> None:
    from adviesraad_app.storage.errors import classify_os_error

    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".brief-", suffix=target.suffix, dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(name, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise
    except OSError as exc:
        raise classify_os_error(exc, target) from exc


def _letter_dossier(kind: LetterKind, dossier: Dossier, on: date, settings: Settings) -> Dossier:
    """An advice letter for an advice not yet marked as sent: its reply term counts from the
    letter's date."""
    if kind != LetterKind.ADVIES or dossier.reply_term is not None:
        return dossier
    advice = replace(dossier.advice, sent_date=on)
    return replace(dossier, reply_term=dl.reply_term(advice, settings, dossier.extensions))


def render_letter(
    request: LetterRequest, dossier: Dossier, settings: Settings, template: Path | None = None
) -> tuple[bytes, str]:
    """The filled-in Word document and the subject; refuses what does not fit."""
    check_letter(request.kind, dossier, request.on, request.commitment_id)
    dossier = _letter_dossier(request.kind, dossier, request.on, settings)
    path = Path(template) if template is not None else template_for(request.kind, settings)
    context = letter_fields(request, dossier, settings)
    title = subject(request.kind, dossier, about_commitment=request.commitment_id is not None)
    return fill(open_template(path), context), title


def output_format(output: Path) -> str:
    suffix = Path(output).suffix.lower()
    if suffix not in FORMATS:
        raise UserError(
            translate(
                "Letters",
                "Kies als uitvoer een .docx-bestand (om in Word te bewerken) of een .pdf-bestand; "
                "‘{name}’ is geen van beide. Er is geen brief gemaakt.",
            ).format(name=Path(output).name)
        )
    return suffix


def write_letter(
    service: RegisterService,
    request: LetterRequest,
    output: Path,
    *,
    template: Path | None = None,
    record: bool = False,
    render_pdf: PdfRenderer | None = None,
) -> WrittenLetter:
    """Make the letter, write it to ``output`` (its extension picks the format) and, with
    ``record``, store it in the dossier as sent (a reminder also as a dated event).

    A PDF is drawn by ``render_pdf`` (``reports.letter.letter_pdf``; callers use
    ``reports.letter.write_letter``): services do not import the drawing layer."""
    suffix = output_format(output)
    if suffix == ".pdf" and render_pdf is None:
        raise TypeError("write_letter: a PDF needs render_pdf (use reports.letter.write_letter)")
    settings = service.settings
    dossier = service.dossier(request.advice_id)
    used = Path(template) if template is not None else template_for(request.kind, settings)
    docx_bytes, title = render_letter(request, dossier, settings, used)
    if suffix == ".docx" or render_pdf is None:
        data = docx_bytes
    else:
        data = render_pdf(docx_bytes, title, settings, request.on)
    _write_atomically(Path(output), data)
    document = None
    if record:
        document = service.record_letter(
            request.advice_id,
            request.kind,
            request.on,
            Path(output),
            commitment_id=request.commitment_id,
            description=title,
        )
    return WrittenLetter(Path(output), request.kind, title, request.on, used, document)
