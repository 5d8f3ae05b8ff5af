"""From prepared content (``services.pdf.content``) to PDF bytes: picks the document builder."""

from __future__ import annotations

from adviesraad_app.reports import agenda, deadlines, dossier, overview, year
from adviesraad_app.reports.build import build_pdf
from adviesraad_app.reports.spec import DocumentSpec
from adviesraad_app.services.pdf.content import (
    AgendaContent,
    DeadlineContent,
    DossierContent,
    OverviewContent,
    PdfContent,
    PdfHeading,
    Progress,
    YearContent,
)


def spec_for(heading: PdfHeading, *, landscape: bool = False) -> DocumentSpec:
    return DocumentSpec(
        title=heading.title,
        subject=heading.subject,
        council=heading.council,
        municipality=heading.municipality,
        made_on=heading.made_on,
        landscape=landscape,
        confidential=heading.include_confidential,
        subtitle=heading.subtitle,
        keywords=(heading.kind.label, heading.council, heading.municipality),
        reference_date=heading.today,
        selection=heading.selection,
    )


def render(content: PdfContent, progress: Progress | None = None) -> tuple[bytes, int]:
    """The PDF of ``content`` and its number of pages."""
    if isinstance(content, OverviewContent):
        spec = spec_for(content.heading, landscape=True)
        return build_pdf(spec, lambda b: overview.story(b, content), progress)
    if isinstance(content, DossierContent):
        spec = spec_for(content.heading)
        return build_pdf(spec, lambda b: dossier.story(b, content), progress)
    if isinstance(content, YearContent):
        spec = spec_for(content.heading)
        return build_pdf(spec, lambda b: year.story(b, content), progress)
    if isinstance(content, DeadlineContent):
        spec = spec_for(content.heading)
        return build_pdf(spec, lambda b: deadlines.story(b, content), progress)
    if isinstance(content, AgendaContent):
        spec = spec_for(content.heading)
        return build_pdf(spec, lambda b: agenda.story(b, content), progress)
    raise TypeError(f"no PDF for {type(content).__name__}")
