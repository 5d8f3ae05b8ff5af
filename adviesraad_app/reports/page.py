"""Page furniture and metadata: the header and footer of every page (artifacts), the running
header of a dossier, "pagina X van Y", and the XMP metadata with the PDF/UA-1 claim."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfdoc  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from adviesraad_app import __version__
from adviesraad_app.domain.dates import format_long
from adviesraad_app.i18n import translate
from adviesraad_app.reports.fonts import BOLD, REGULAR, safe_text
from adviesraad_app.reports.spec import DocumentSpec
from adviesraad_app.reports.style import CONFIDENTIAL_RED, INK, MUTED, RULE
from adviesraad_app.reports.tagging import artifact

TOTAL_FORM = "adviesraadPageTotal"
FOOTER_SIZE = 8.0
HEADER_SIZE = 9.0
RUNNING_ATTRIBUTE = "adviesraad_running_header"


class RunningHeader(Flowable):  # type: ignore[misc]
    """Takes no room; from the page where it is drawn on, the page header names ``text``
    (a dossier: "Dossier 2024-03: Werk- en Leercentrum") instead of the document title."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        setattr(self.canv, RUNNING_ATTRIBUTE, self.text)


def draw_page(canv: Any, doc: Any, spec: DocumentSpec) -> None:
    """Header and footer of every page (artifacts: screen readers skip them).

    Drawn when the page is complete, so the header can name what the page holds (see
    :class:`RunningHeader`); a new section always starts on a new page.
    """
    width, height = spec.pagesize
    left, right = spec.margin_x, width - spec.margin_x
    top = height - 11 * mm
    stamp = stringWidth(translate("Reports", "VERTROUWELIJK"), BOLD, HEADER_SIZE) + 20
    with artifact(canv, "Pagination"):
        canv.saveState()
        canv.setFillColor(INK)
        canv.setFont(BOLD, HEADER_SIZE)
        council_room = right - left - (stamp if spec.confidential else 0)
        canv.drawString(left, top, _shorten(spec.council, BOLD, HEADER_SIZE, council_room))
        canv.setFont(REGULAR, HEADER_SIZE)
        canv.setFillColor(MUTED)
        municipality = _shorten(
            translate("Reports", "Gemeente {municipality}").format(municipality=spec.municipality),
            REGULAR,
            HEADER_SIZE,
            (right - left) / 3,
        )
        canv.drawString(left, top - 12, municipality)
        running = getattr(canv, RUNNING_ATTRIBUTE, None) or spec.title
        room = right - left - stringWidth(municipality, REGULAR, HEADER_SIZE) - 24
        canv.drawRightString(right, top - 12, _shorten(running, REGULAR, HEADER_SIZE, room))
        if spec.confidential:
            _confidential_stamp(canv, right, top)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, top - 17, right, top - 17)

        bottom = 9 * mm
        canv.line(left, bottom + 11, right, bottom + 11)
        canv.setFont(REGULAR, FOOTER_SIZE)
        canv.setFillColor(MUTED)
        made = translate("Reports", "Gemaakt op {date}").format(date=format_long(spec.made_on))
        page_text = translate("Reports", "pagina {page} van").format(page=canv.getPageNumber())
        line = f"{made}  ·  {page_text} "
        canv.drawString(left, bottom, line)
        canv.saveState()
        # a plain shift (canvas.translate would read as a translation call to lupdate's checks)
        canv.transform(1, 0, 0, 1, left + stringWidth(line, REGULAR, FOOTER_SIZE), bottom)
        canv.doForm(TOTAL_FORM)
        canv.restoreState()
        if spec.confidential:
            canv.setFont(BOLD, FOOTER_SIZE)
            canv.setFillColor(CONFIDENTIAL_RED)
            canv.drawRightString(
                right, bottom, translate("Reports", "VERTROUWELIJK — niet openbaar maken")
            )
        canv.restoreState()


def _shorten(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with "…" to fit ``room`` points (page headers hold one line)."""
    text = safe_text(text)
    if stringWidth(text, font, size) <= room:
        return text
    while len(text) > 4 and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _confidential_stamp(canv: Any, right: float, top: float) -> None:
    """The boxed word in the page header; the box ends at the text column's right edge."""
    text = translate("Reports", "VERTROUWELIJK")
    canv.setFont(BOLD, HEADER_SIZE)
    text_width = stringWidth(text, BOLD, HEADER_SIZE)
    pad = 4.0
    line = 0.8
    x = right - line / 2 - pad - text_width
    canv.setFillColor(CONFIDENTIAL_RED)
    canv.setStrokeColor(CONFIDENTIAL_RED)
    canv.setLineWidth(line)
    # the stroke is centred on the rectangle: inset by half its width
    canv.rect(x - pad, top - 3, text_width + 2 * pad, HEADER_SIZE + 4, stroke=1, fill=0)
    canv.drawString(x, top, text)
    canv.setFillColor(MUTED)
    canv.setFont(REGULAR, 8)


def define_total(canv: Any) -> None:
    """The "Y" of "pagina X van Y": a form drawn on every page, defined once the count is known."""
    total = len(canv._doc.Pages.pages)
    canv.beginForm(TOTAL_FORM, lowerx=0, lowery=-3, upperx=60, uppery=10)
    canv.setFont(REGULAR, FOOTER_SIZE)
    canv.setFillColor(MUTED)
    canv.drawString(0, 0, str(total))
    canv.endForm()


# The PDF/UA identification schema is not one of XMP's predefined schemas, so (as in PDF/A)
# the packet describes it in an extension schema; pdfuaid:part 1 claims PDF/UA-1 (ISO 14289-1).
_PDFUA_EXTENSION = """  <rdf:Description rdf:about=""
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
  <rdf:Description rdf:about=""
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
"""  # noqa: E501


def _xmp(spec: DocumentSpec) -> bytes:
    from xml.sax.saxutils import escape

    def esc(text: str) -> str:
        return escape(safe_text(text))

    keywords = ", ".join(spec.keywords)
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{esc(spec.metadata_title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{esc(spec.council)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{esc(spec.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>{esc(keywords)}</pdf:Keywords>
   <xmp:CreateDate>{spec.made_on.isoformat()}</xmp:CreateDate>
   <xmp:CreatorTool>Adviesraad {__version__}</xmp:CreatorTool>
  </rdf:Description>
{_PDFUA_EXTENSION} </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""  # noqa: E501
    return packet.encode("utf-8")


def attach_metadata(canv: Any, spec: DocumentSpec) -> None:
    stream = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary(
            {"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}
        ),
        _xmp(spec),
        filters=[],
    )
    canv._doc.Catalog.Metadata = stream
