"""Make the default letter templates in ``resources/letters/`` (docs/LETTERS.md).

    python tools/make_letter_templates.py

One Word file per kind of letter, with docxtpl fields (``{{ advies.nummer }}``) and paragraph
tags (``{%p for a in aanbevelingen %}``). A council's own template (its letterhead) is made by
opening one of these in Word, adding the letterhead, and choosing it in Instellingen.
The letters are Dutch documents: their text is not translated.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "letters"

COLLEGE = "Aan het college van burgemeester en wethouders van {{ raad.gemeente }}"
COUNCIL = "Aan de gemeenteraad van {{ raad.gemeente }}, ter attentie van de griffie"

# Each paragraph: (style, text). Styles: Title, Normal, Heading 2, List Paragraph, tag (a
# paragraph that holds only a docxtpl {%p ... %} tag and disappears when rendered).
Letter = list[tuple[str, str]]

ONTVANGSTBEVESTIGING: Letter = [
    ("Normal", "Geacht college,"),
    (
        "Normal",
        "Op {{ aanvraag.datum }} ontvingen wij uw adviesaanvraag over {{ advies.onderwerp }}"
        "{% if aanvraag.kenmerk %} (uw kenmerk {{ aanvraag.kenmerk }}){% endif %}. Hartelijk "
        "dank voor het vertrouwen in onze raad.",
    ),
    (
        "Normal",
        "Wij brengen ons advies uiterlijk {{ termijn.uiterlijk }} uit. Uw aanvraag is bij ons "
        "geregistreerd onder nummer {{ advies.nummer }}; wilt u dat nummer noemen wanneer u "
        "ons over deze aanvraag schrijft?",
    ),
]

ADVIES: Letter = [
    ("Normal", "Geacht college,"),
    ("Normal", "Hierbij brengen wij ons {{ advies.soort }} uit over {{ advies.onderwerp }}."),
    ("tag", "{%p if advies.samenvatting %}"),
    ("Normal", "{{ advies.samenvatting }}"),
    ("tag", "{%p endif %}"),
    ("Heading 2", "Onze aanbevelingen"),
    ("Normal", "Wij doen u {{ aanbevelingen_tekst }}:"),
    ("tag", "{%p for a in aanbevelingen %}"),
    ("List Paragraph", "{{ a.nummer }}. {{ a.tekst }}"),
    ("tag", "{%p endfor %}"),
    (
        "Normal",
        "Volgens de verordening reageert u binnen {{ termijn.weken_tekst }} schriftelijk op dit "
        "advies, dat is uiterlijk {{ termijn.uiterlijk }}. Wij zien uw reactie met belangstelling "
        "tegemoet en lichten ons advies graag toe.",
    ),
]

HERINNERING: Letter = [
    ("Normal", "Geacht college,"),
    ("tag", "{%p if toezegging.tekst %}"),
    (
        "Normal",
        "In uw reactie op ons advies {{ advies.nummer }} over {{ advies.onderwerp }} deed u "
        "ons een toezegging, na te komen uiterlijk {{ toezegging.uiterlijk }}: "
        "“{{ toezegging.tekst }}” Die datum is {{ dagen_te_laat_tekst }} verstreken en wij "
        "hebben nog niets van u vernomen.",
    ),
    ("tag", "{%p else %}"),
    (
        "Normal",
        "Op {{ advies.datum }} brachten wij ons advies {{ advies.nummer }} over "
        "{{ advies.onderwerp }} uit. Volgens de verordening reageert u binnen "
        "{{ termijn.weken_tekst }} schriftelijk, dat is uiterlijk {{ termijn.uiterlijk }}. Die "
        "termijn is {{ dagen_te_laat_tekst }} verstreken en wij hebben uw reactie nog niet "
        "ontvangen.",
    ),
    ("tag", "{%p endif %}"),
    ("tag", "{%p if vorige_herinnering %}"),
    ("Normal", "Wij herinnerden u hier eerder aan op {{ vorige_herinnering }}."),
    ("tag", "{%p endif %}"),
    ("Normal", "Wij verzoeken u ons uiterlijk {{ reageer_voor }} te antwoorden."),
]

RAADSBERICHT: Letter = [
    ("Normal", "Geachte leden van de raad,"),
    (
        "Normal",
        "Op {{ advies.datum }} brachten wij het college van burgemeester en wethouders ons "
        "advies {{ advies.nummer }} over {{ advies.onderwerp }} uit. Volgens de verordening "
        "reageert het college binnen {{ termijn.weken_tekst }} schriftelijk, dat was uiterlijk "
        "{{ termijn.uiterlijk }}. Die termijn is {{ dagen_te_laat_tekst }} verstreken; een "
        "reactie hebben wij niet ontvangen.",
    ),
    ("tag", "{%p if herinneringen %}"),
    ("Normal", "Wij hebben het college schriftelijk aan de reactie herinnerd:"),
    ("tag", "{%p for h in herinneringen %}"),
    ("List Paragraph", "– {{ h.soort }} van {{ h.datum }}"),
    ("tag", "{%p endfor %}"),
    ("tag", "{%p endif %}"),
    (
        "Normal",
        "Wij brengen dit onder uw aandacht omdat de reactie van het college deel is van de "
        "afspraken over de adviesraad. Wij vragen u het college op de reactie aan te spreken.",
    ),
]

LETTERS = {
    "ontvangstbevestiging": (COLLEGE, ONTVANGSTBEVESTIGING),
    "advies": (COLLEGE, ADVIES),
    "herinnering": (COLLEGE, HERINNERING),
    "raadsbericht": (COUNCIL, RAADSBERICHT),
}


def make(kind: str, target: Path) -> None:
    addressee, body = LETTERS[kind]
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    document.core_properties.title = "Sjabloon " + kind
    document.core_properties.language = "nl-NL"
    document.core_properties.author = "Adviesraad"
    document.add_paragraph("{{ raad.naam }}", style="Title")
    document.add_paragraph("{{ raad.gemeente }}")
    document.add_paragraph(addressee)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    rows = [
        ("Datum", "{{ datum }}"),
        ("Ons kenmerk", "{{ advies.nummer }}"),
        ("Onderwerp", "{{ onderwerp }}"),
    ]
    if kind == "herinnering":  # about a commitment: the college's letter with the promise
        rows.insert(2, ("Uw kenmerk", "{{ reactie.kenmerk or aanvraag.kenmerk }}"))
    elif kind != "raadsbericht":
        rows.insert(2, ("Uw kenmerk", "{{ aanvraag.kenmerk }}"))
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
        cells[0].width, cells[1].width = Cm(4), Cm(12)
    for column, width in zip(table.columns, (Cm(4), Cm(12)), strict=True):
        column.width = width  # the grid LibreOffice and Word lay out by
    document.add_paragraph()
    for style, text in body:
        document.add_paragraph(text, style="Normal" if style == "tag" else style)
    document.add_paragraph()
    document.add_paragraph("Met vriendelijke groet,")
    closing = document.add_paragraph("{{ raad.naam }}")
    closing.alignment = WD_ALIGN_PARAGRAPH.LEFT
    document.save(str(target))


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    for kind in LETTERS:
        make(kind, TARGET / f"{kind}.docx")
        print(TARGET / f"{kind}.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
