"""Letters and spreadsheets of our own, in every supported format, built by the tests."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

SEED_REPLY = "000_526a42cf11afde33.txt"
RAADSBRIEVEN = (
    "001_351b5f451884c022.txt",
    "002_88eb1db28d5e8688.txt",
    "003_07fe9863472c8766.txt",
    "004_d4f07ddffbed9196.txt",
)

# A register as councils keep it in Excel: Dutch column names with the usual variants.
REGISTER_HEADER = [
    "Nr.",
    "Onderwerp",
    "Soort (advies)",
    "Thema",
    "Portefeuillehouder",
    "Datum aanvraag",
    "Datum advies",
    "Datum reactie (college)",
    "Kenmerk (reactie)",
    "Uitkomst",
    "Opmerkingen",
]

HEADER_ROWS = [
    ["Uw brief", "Uw kenmerk", "Ons kenmerk", "Datum"],
    ["12 augustus 2024", "", "UIT - 24117125", "05 november 2024"],
    ["Bijlage(n)", "Doorkiesnummer", "Behandeld door", "Zaaknummer"],
    ["", "0546-54 11 11", "M. van Brink", "DCS - 2490169"],
    ["Onderwerp", "Reactie op ongevraagd advies Werk- en Leercentrum", "", ""],
]

REPLY_BODY = [
    "Geachte leden van de Adviesraad sociaal domein,",
    "",
    "Op 12 augustus 2024 heeft u een ongevraagd advies gegeven over het continueren van het "
    "Werk- en Leercentrum van Dimence.",
    "",
    "Wij zeggen u toe dat wij de deelnemers betrekken bij de keuze van een nieuwe aanbieder. "
    "Wij zullen u uiterlijk 1 maart 2025 informeren over de uitkomst van het overleg.",
    "",
    "Dimence en de gemeente staan positief in een goede afloop. Afgesproken is dat de gemeente "
    "bij nieuwe ontwikkelingen zo spoedig mogelijk door Dimence wordt geïnformeerd.",
    "",
    "Hoogachtend,",
    "Burgemeester en wethouders van Almelo,",
    "",
    "J.H. Dijkstra",
    "R.T.A. Korteland",
]

REQUEST_LINES = [
    "Gemeente Almelo",
    "",
    "Ons kenmerk: UIT-24130077",
    "Verzonden: 2-12-2024",
    "Behandeld door: L. Brinkman",
    "Betreft: Adviesaanvraag Verordening jeugdhulp 2025",
    "",
    "Geachte leden van de adviesraad,",
    "",
    "Hierbij vragen wij u om advies over de concept-Verordening jeugdhulp 2025.",
    "Graag ontvangen wij uw advies uiterlijk 15 januari 2025.",
    "",
    "Met vriendelijke groet,",
    "",
    "L. Brinkman",
]


def reply_text(tab_header: bool = True) -> str:
    """The seed's reply letter as text, with the header block as tab-separated rows."""
    header = ["\t".join(row) for row in HEADER_ROWS] if tab_header else []
    return "\n".join(["Gemeente Almelo", "", *header, "", *REPLY_BODY]) + "\n"


def write_txt(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def write_docx(path: Path, *, header_table: bool = True, request: bool = False) -> Path:
    """A Word letter: the header block as a table (label rows over value rows, empty cells)
    or, for a request, as ``Label: value`` paragraphs."""
    import docx

    document = docx.Document()
    document.add_paragraph("Gemeente Almelo")
    if request:
        for line in REQUEST_LINES[1:]:
            document.add_paragraph(line)
    else:
        if header_table:
            table = document.add_table(rows=len(HEADER_ROWS), cols=4)
            for r, row in enumerate(HEADER_ROWS):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        for line in REPLY_BODY:
            document.add_paragraph(line)
    document.save(str(path))
    return path


def write_pdf(path: Path, *, request: bool = False, image_only: bool = False) -> Path:
    """A PDF letter made with reportlab: the header block as a table, like a real letter."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    if image_only:  # a "scan": drawings, no text layer
        pdf = canvas.Canvas(str(path), pagesize=A4)
        for i in range(20):
            pdf.rect(50 + i * 5, 500 - i * 10, 300, 8, fill=1)
        pdf.showPage()
        pdf.save()
        return path
    styles = getSampleStyleSheet()
    story: list[Any] = [Paragraph("Gemeente Almelo", styles["Normal"]), Spacer(1, 24)]
    lines = REQUEST_LINES[1:] if request else REPLY_BODY
    if not request:
        story += [Table(HEADER_ROWS), Spacer(1, 24)]
    for line in lines:
        story.append(Paragraph(line, styles["Normal"]) if line else Spacer(1, 10))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    merged: Sequence[str] = (),
    cached: dict[str, str] | None = None,
    date_format: str = "DD-MM-YYYY",
) -> Path:
    """A workbook with these rows; ``merged`` cell ranges; formulas keep the computed values
    in ``cached`` (cell -> value), as Excel would have saved them."""
    from datetime import date, datetime

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Register"
    for row in rows:
        sheet.append(list(row))
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, date | datetime):
                cell.number_format = date_format
    for cells in merged:
        sheet.merge_cells(cells)
    workbook.save(str(path))
    if cached:
        _store_cached_values(path, cached)
    return path


def _store_cached_values(path: Path, cached: dict[str, str]) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    xml = members["xl/worksheets/sheet1.xml"].decode("utf-8")
    for cell, value in cached.items():
        xml, count = re.subn(
            rf'(<c r="{cell}"[^>]*><f>[^<]*</f>)<v\s*>\s*</v>', rf"\g<1><v>{value}</v>", xml
        )
        assert count == 1, cell
    members["xl/worksheets/sheet1.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def write_csv(
    path: Path, rows: Sequence[Sequence[str]], delimiter: str = ";", encoding: str = "utf-8-sig"
) -> Path:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path
