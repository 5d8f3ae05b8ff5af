"""Making a PDF: the content the services gather, drawn here and saved. What the GUI and the
CLI call.

:func:`export_pdf` gathers the content (``services.pdf.export.prepare_pdf``: a refusal such as
an empty selection comes before anything is drawn), :func:`write_pdf` draws it (reportlab,
imported only when a PDF is made) and saves it atomically (``services.pdf.saving``), so there
is never a half-written PDF; a target that is open in another program or a folder without
write access is a :class:`PdfWriteError`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder
from adviesraad_app.i18n import translate
from adviesraad_app.services.pdf.content import (
    ExportResult,
    PdfCancelledError,
    PdfContent,
    PdfKind,
    Progress,
)
from adviesraad_app.services.pdf.export import prepare_pdf
from adviesraad_app.services.pdf.saving import check_target, save_pdf
from adviesraad_app.services.pdf.text_warnings import text_warnings
from adviesraad_app.services.register import RegisterService


def write_pdf(
    content: PdfContent, output_path: Path | str, *, progress: Progress | None = None
) -> ExportResult:
    """Draw ``content`` and save it at ``output_path`` (replacing a file that is there).

    The PDF is written to a temporary file in the same folder and moved into place when it is
    complete; on any error that file is removed and an existing PDF stays as it was.
    """
    from adviesraad_app.reports.build import ExportCancelled
    from adviesraad_app.reports.fonts import collecting
    from adviesraad_app.reports.render import render

    path = Path(output_path).expanduser()
    check_target(path)
    try:
        with collecting() as problems:
            data, pages = render(content, progress)
    except ExportCancelled:
        raise PdfCancelledError(
            translate("Export", "Het maken van de PDF is afgebroken; er is niets opgeslagen.")
        ) from None
    save_pdf(data, path)
    heading = content.heading
    return ExportResult(
        path=path,
        kind=heading.kind,
        title=heading.title,
        pages=pages,
        count=content.count,
        size_bytes=len(data),
        include_confidential=heading.include_confidential,
        left_out_confidential=heading.left_out_confidential,
        warnings=text_warnings(content, problems.missing, problems.right_to_left),
    )


def export_pdf(
    service: RegisterService,
    kind: PdfKind | str,
    output_path: Path | str,
    *,
    selection: RegisterFilter | None = None,
    ids: tuple[int, ...] | list[int] | None = None,
    year: int | None = None,
    today: date | None = None,
    include_confidential: bool = False,
    order: RegisterOrder | None = None,
    within_days: int | None = None,
    progress: Progress | None = None,
    meeting: int | None = None,
) -> ExportResult:
    """Make one of the PDFs and save it; see ``prepare_pdf`` and :func:`write_pdf`."""
    check_target(Path(output_path).expanduser())
    content = prepare_pdf(
        service,
        kind,
        selection=selection,
        ids=ids,
        year=year,
        today=today,
        include_confidential=include_confidential,
        order=order,
        within_days=within_days,
        meeting=meeting,
    )
    return write_pdf(content, output_path, progress=progress)


def export_agenda_pdf(
    service: RegisterService,
    meeting_id: int,
    output_path: Path | str,
    *,
    include_confidential: bool = False,
    bundle: bool = False,
) -> ExportResult:
    """The agenda of one meeting, or with ``bundle`` its *vergaderstukken*."""
    content = prepare_pdf(
        service,
        PdfKind.VERGADERSTUKKEN if bundle else PdfKind.AGENDA,
        meeting=meeting_id,
        include_confidential=include_confidential,
    )
    return write_pdf(content, output_path)
