"""The four PDFs read back: text, fonts, outline, metadata, structure, privacy."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from adviesraad_app.domain.advices import Advice, Recommendation
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.reports.export import export_pdf
from adviesraad_app.services.register import RegisterService
from tests.support.pdf import (
    DIACRITICS_TITLE,
    TODAY,
    Pdf,
    add_advices,
    confidential_ids,
    fonts_of,
    marked_content_ids,
    read_pdf,
    struct_tags,
    struct_text,
    unmarked_operators,
)

KINDS = [
    ("overzicht", {}),
    ("dossier", {"ids": [1, 3]}),
    ("jaaroverzicht", {"year": TODAY.year - 1}),
    ("termijnen", {}),
]


@pytest.fixture(params=KINDS, ids=[k for k, _ in KINDS])
def any_pdf(request: pytest.FixtureRequest, export) -> Pdf:  # type: ignore[no-untyped-def]
    kind, options = request.param
    return export(kind, **options)


def test_every_font_is_an_embedded_truetype_subset(any_pdf: Pdf) -> None:
    fonts = fonts_of(any_pdf.reader)
    assert fonts, "no fonts found"
    assert all(embedded for _, embedded in fonts), fonts
    assert all("DejaVuSans" in name for name, _ in fonts), fonts
    assert not any("Helvetica" in name or "Times" in name for name, _ in fonts)


def test_metadata_language_and_title_shown(any_pdf: Pdf, demo_service: RegisterService) -> None:
    meta = any_pdf.reader.metadata
    assert meta is not None
    assert meta.title and meta.title in any_pdf.flat  # the title is also the H1 on page 1
    assert meta.author == demo_service.settings.council_name
    assert meta.subject
    catalog = any_pdf.catalog
    assert catalog["/Lang"] == "nl-NL"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    assert catalog["/MarkInfo"]["/Marked"].value is True
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert meta.title in xmp and "nl-NL" in xmp


def test_every_page_names_council_municipality_date_and_page_of_total(any_pdf: Pdf) -> None:
    total = len(any_pdf.reader.pages)
    for index in range(total):
        text = any_pdf.page_flat(index)
        assert "Adviesraad sociaal domein" in text
        assert "Gemeente Almelo" in text
        assert "Gemaakt op" in text
        assert f"pagina {index + 1} van {total}" in text


def test_outline_opens_with_the_document_and_groups_the_overview(export) -> None:  # type: ignore[no-untyped-def]
    overview = export("overzicht")
    assert overview.catalog["/PageMode"] == "/UseOutlines"
    # grouped as the rows follow each other (most urgent first), not one bookmark per advice
    assert overview.outline_titles() == [
        "Termijn verstreken (2 adviezen)",
        "Termijn loopt (2 adviezen)",
        "Geen lopende termijn (8 adviezen)",
    ]
    by_number = export("overzicht", order=RegisterOrder(SortKey.NUMBER, descending=False))
    assert by_number.outline_titles() == [
        "Adviezen uit 2024 (3 adviezen)",
        "Adviezen uit 2025 (4 adviezen)",
        "Adviezen uit 2026 (5 adviezen)",
    ]
    dossiers = export("dossier", ids=[1, 3])
    assert dossiers.catalog["/PageMode"] == "/UseOutlines"
    titles = dossiers.outline_titles()
    assert any(t.startswith("2024-01 ") for t in titles)
    assert "Aanbevelingen en reactie per aanbeveling" in titles
    year = export("jaaroverzicht", year=TODAY.year - 1)
    assert {"Kerncijfers", "Reacties van het college", "Aanbevelingen"} <= set(
        year.outline_titles()
    )


def test_table_of_contents_only_with_more_than_a_few_sections(export) -> None:  # type: ignore[no-untyped-def]
    single = export("dossier", ids=[1])
    assert "Inhoud" not in single.flat
    several = export("dossier")
    assert "Inhoud" in several.pages[0]
    # the contents list every dossier with the page it starts on (the outline agrees)
    contents = several.page_flat(0)
    entries = [item for item in several.reader.outline if not isinstance(item, list)]
    dossiers = [e for e in entries if re.match(r"\d{4}-\d\d ", str(e.title))]
    assert len(dossiers) == 12
    for entry in dossiers:
        match = re.search(re.escape(str(entry.title)) + r" (\d+)", contents)
        assert match, entry.title
        page = several.reader.get_destination_page_number(entry) + 1
        assert int(match[1]) == page
        assert str(entry.title)[:7] in several.page_flat(page - 1)


def test_dutch_diacritics_survive_text_extraction(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    advice = demo_service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title=DIACRITICS_TITLE,
            sent_date=TODAY,
            recommendations=(Recommendation(1, "Zorg voor één aanspreekpunt, ook na ’s avonds."),),
        )
    )
    assert advice.id is not None
    for kind, options in [("overzicht", {}), ("dossier", {"ids": [advice.id]})]:
        path = tmp_path / f"{kind}.pdf"
        export_pdf(demo_service, kind, path, today=TODAY, **options)  # type: ignore[arg-type]
        flat = read_pdf(path).flat
        assert DIACRITICS_TITLE in flat
        assert "één aanspreekpunt, ook na ’s avonds" in flat or kind == "overzicht"
    year = read_pdf(tmp_path / "overzicht.pdf")
    assert "geïnformeerd" in year.flat


def test_overview_is_landscape_and_urgent_first(export) -> None:  # type: ignore[no-untyped-def]
    pdf = export("overzicht")
    page = pdf.reader.pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = pdf.flat
    # 2026-03: reply 16 days overdue comes before 2026-02 (advice 12 days overdue, due later)
    # and both before advices long closed
    assert text.index("2026-03") < text.index("2026-02") < text.index("2024-01")
    assert "16 dagen te laat" in text  # state in words, not colour
    assert "meest urgent eerst" in text


def test_header_row_repeats_on_every_page_of_a_long_overview(
    service: RegisterService, tmp_path: Path
) -> None:
    add_advices(service, 70)
    path = tmp_path / "lang.pdf"
    result = export_pdf(service, "overzicht", path, today=TODAY)
    pdf = read_pdf(path)
    assert result.pages == len(pdf.reader.pages) >= 3
    table_pages = [i for i in range(result.pages) if "onderwerp " in pdf.page_flat(i)]
    assert len(table_pages) >= 3
    # after the table may follow notes (dates moved by the Algemene termijnenwet)
    assert table_pages == list(range(len(table_pages)))
    for index in table_pages:
        text = pdf.page_flat(index)
        for header in ("Nr.", "Onderwerp", "Reactie uiterlijk", "Dagen te laat", "Uitkomst"):
            assert header in text, (index, header)
    # every advice exactly once
    for i in range(1, 71):
        assert pdf.flat.count(f"onderwerp {i} ") + pdf.flat.count(f"onderwerp {i}\n") >= 1
    # the repeated header rows are artifacts: the structure has one header row of TH cells
    tags = struct_tags(path)
    assert tags.count("TH") == 10
    assert tags.count("Table") == 1
    assert tags.count("TR") == 71


def test_structure_tree_matches_the_content(export) -> None:  # type: ignore[no-untyped-def]
    for kind, options in KINDS:
        pdf = export(kind, **options)
        root = pdf.catalog["/StructTreeRoot"]
        nums = root["/ParentTree"]["/Nums"]
        parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        marked = marked_content_ids(pdf.reader)
        for index, page in enumerate(pdf.reader.pages):
            assert page["/StructParents"] == index
            assert page["/Tabs"] == "/S"
            # MCIDs on a page are 0..n-1 and each has its structure element in the parent tree
            assert marked[index] == list(range(len(marked[index])))
            assert len(parent_tree[index]) == len(marked[index])
        # everything drawn is either content of an element or an artifact
        assert unmarked_operators(pdf.reader) == [], kind


def test_headings_paragraphs_and_table_headers_are_tagged(export) -> None:  # type: ignore[no-untyped-def]
    pdf = export("termijnen")
    text = struct_text(pdf.path)
    tags = struct_tags(pdf.path)
    assert tags[0] == "Document"
    assert tags[1] == "H1"
    assert "H2" in tags and "P" in tags and "Table" in tags and "TH" in tags and "TD" in tags
    assert "/Scope /Column" in text
    # reading order: the overdue section before the due-soon section
    assert text.index("Te laat (") < text.index("Binnenkort: tot en met")
    # page furniture is not content
    assert "Gemaakt op" not in text and "pagina 1 van" not in text
    # wrapped lines keep their spaces for a screen reader
    assert "te laat" in text and "telaat" not in text


def test_charts_are_figures_with_alternative_text(export) -> None:  # type: ignore[no-untyped-def]
    pdf = export("jaaroverzicht", year=TODAY.year - 1)
    text = struct_text(pdf.path)
    assert struct_tags(pdf.path).count("Figure") == 3
    assert "Staafdiagram Reacties van het college" in _alt_texts(pdf)
    # the numbers behind every chart are also in a table
    assert "binnen de termijn" in pdf.flat and "Aandeel" in pdf.flat
    assert "Figure" in text


def test_a_section_heading_stays_with_its_chart(export) -> None:  # type: ignore[no-untyped-def]
    """A heading and its introduction move to the next page with the chart and its table,
    instead of being left at the foot of a page (the demo's 2025 page 2 had room for them, not
    for the chart)."""
    pdf = export("jaaroverzicht", year=TODAY.year - 1)
    pages = [" ".join(page.split()) for page in pdf.pages]
    for heading, chart in [
        ("Adviezen en signalen In ", "Soort Aantal Aandeel"),
        ("Reacties van het college Op ", "Reactie Aantal Aandeel"),
        ("Aanbevelingen De adviezen van", "Uitkomst Aantal Aandeel"),
    ]:
        (with_heading,) = [i for i, page in enumerate(pages) if heading in page]
        (with_chart,) = [i for i, page in enumerate(pages) if chart in page]
        assert with_heading == with_chart, heading


def _alt_texts(pdf: Pdf) -> str:
    found: list[str] = []

    def walk(node: object) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, dict):
            if "/Alt" in node:
                found.append(str(node["/Alt"]))
            kids = node.get("/K")
            if isinstance(kids, list):
                for kid in kids:
                    walk(kid)
            elif kids is not None:
                walk(kids)

    walk(pdf.catalog["/StructTreeRoot"])
    return " | ".join(found)


def test_internal_notes_and_confidential_advices_left_out_by_default(
    export, demo_service: RegisterService
) -> None:  # type: ignore[no-untyped-def]
    secret = demo_service.get_advice(confidential_ids(demo_service)[0])
    noted = next(
        r
        for r in demo_service.register(RegisterFilter())
        if demo_service.get_advice(r.id).internal_notes
    )
    note = demo_service.get_advice(noted.id).internal_notes
    for kind, options in [*KINDS, ("dossier", {})]:
        pdf = export(kind, **options)
        assert secret.title not in pdf.flat, kind
        assert " ".join(note.split()) not in pdf.flat, kind
        assert "VERTROUWELIJK" not in pdf.text, kind
    dossier = export("dossier", ids=[noted.id])
    assert "Interne notities" not in dossier.flat


def test_confidential_included_on_request_and_marked_on_every_page(
    export, demo_service: RegisterService
) -> None:  # type: ignore[no-untyped-def]
    secret_id = confidential_ids(demo_service)[0]
    secret = demo_service.get_advice(secret_id)
    overview = export("overzicht", include_confidential=True)
    assert secret.title in overview.flat
    dossier = export("dossier", ids=[secret_id], include_confidential=True)
    assert " ".join(secret.internal_notes.split()) in dossier.flat
    assert "Interne notities" in dossier.flat
    for pdf in (overview, dossier, export("termijnen", include_confidential=True)):
        for index in range(len(pdf.reader.pages)):
            assert "VERTROUWELIJK" in pdf.pages[index], (pdf.path.name, index)


def test_every_text_stays_on_the_page(service: RegisterService, tmp_path: Path) -> None:
    """Long subjects and long unbroken words wrap inside their column, never off the page."""
    long_title = ("Integrale ketenaanpak maatschappelijke opvang en beschermd wonen " * 7)[:490]
    ids = add_advices(service, 3, title=long_title)
    word = "https://www.almelo.nl/" + "heel-lang-pad-zonder-spaties-" * 6
    service.update_advice(replace(service.get_advice(ids[0]), title=word))
    for kind in ("overzicht", "dossier"):
        path = tmp_path / f"{kind}.pdf"
        export_pdf(service, kind, path, today=TODAY)
        reader = PdfReader(str(path))
        for page in reader.pages:
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            positions: list[tuple[float, float, str]] = []

            def visit(text, cm, tm, font, size, positions=positions):  # type: ignore[no-untyped-def]
                if text.strip():
                    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                    positions.append((x, y, text))

            page.extract_text(visitor_text=visit)
            assert positions
            for x, y, text in positions:
                assert 0 <= x < width and 0 <= y < height, (kind, text)
        flat = read_pdf(path).flat
        assert "heel-lang-pad-zonder-" in flat.replace(" ", "")
        assert flat.replace(" ", "").count("Integraleketenaanpak") >= 2


def test_emoji_and_unusual_characters_do_not_break_a_document(
    service: RegisterService, tmp_path: Path
) -> None:
    title = (
        "Wachtlijst 👍🏽 jeugdhulp 中文 test \u202eomgekeerd\u202c & <b>geen opmaak</b> ‘quotes’"
    )
    service.create_advice(Advice(kind=AdviceKind.SIGNAAL, title=title, sent_date=TODAY))
    path = tmp_path / "vreemd.pdf"
    export_pdf(service, "overzicht", path, today=TODAY)
    flat = read_pdf(path).flat
    assert "Wachtlijst" in flat and "jeugdhulp" in flat
    assert "<b>geen opmaak</b>" in flat  # markup characters are text, not markup
    assert "\ufffd" in flat  # what the font cannot show is visibly replaced
    assert all(embedded for _, embedded in fonts_of(PdfReader(str(path))))


def test_a_dossier_with_very_long_texts_is_complete(
    service: RegisterService, tmp_path: Path
) -> None:
    """Texts of the maximum length (200,000 characters) flow over many pages, nothing lost."""
    sentence = "Inwoners met schulden krijgen binnen vijf werkdagen een eerste gesprek. "
    summary = (sentence * 3000)[:199_900]
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Vroegsignalering",
            sent_date=TODAY,
            summary=summary + " EINDE-SAMENVATTING",
            recommendations=(
                Recommendation(1, "Zorg voor één loket. " * 500 + "EINDE-AANBEVELING"),
            ),
        )
    )
    assert advice.id is not None
    path = tmp_path / "lang.pdf"
    result = export_pdf(service, "dossier", path, ids=[advice.id], today=TODAY)
    assert result.pages > 40
    flat = read_pdf(path).flat
    assert "EINDE-SAMENVATTING" in flat and "EINDE-AANBEVELING" in flat
    assert flat.count("vijf werkdagen") >= 2700


def test_overview_columns_are_as_wide_as_their_content() -> None:
    from adviesraad_app.reports.fonts import BOLD, REGULAR, register_fonts, text_width
    from adviesraad_app.reports.overview import columns
    from adviesraad_app.reports.style import CELL_FONT_SIZE, CELL_PAD_X

    register_fonts()
    row = [
        "2026-9999",
        "Toegankelijkheid van het Werkplein voor inwoners met een beperking",
        "ongevraagd",
        "in voorbereiding, te laat",
        "07-10-2026",
        "07-10-2026",
        "07-10-2026",
        "nog niet",
        "130 dagen te laat",
        "deels overgenomen",
    ]
    short = [*row[:3], "afgerond", *row[4:8], "op tijd", "overgenomen"]
    widths = {c.header: c.width - 2 * CELL_PAD_X for c in columns(774, [row, short] * 20)}
    fits = {
        title: text_width(value, REGULAR, CELL_FONT_SIZE)
        for title, value in [
            ("Soort", "ongevraagd"),
            ("Verzonden", "07-10-2026"),
            ("Reactie ontvangen", "07-10-2026"),
            ("Nr.", "2026-9999"),
            ("Status", "voorbereiding,"),  # the longest word of the status: never broken
            ("Uitkomst", "overgenomen"),
        ]
    }
    for title, needed in fits.items():
        assert needed <= widths[title], title
    assert text_width("ontvangen", BOLD, CELL_FONT_SIZE) <= widths["Reactie ontvangen"]
    # a little air beside the kind, which is followed by the status ("ongevraagd advies ...")
    assert widths["Soort"] - fits["Soort"] >= 3
    # the subject keeps a readable width; the status is no wider than its longest value
    assert widths["Onderwerp"] >= 120
    assert widths["Status"] <= text_width("in voorbereiding, te laat", REGULAR, CELL_FONT_SIZE) + 2
    # a short status column for a register whose statuses are short
    narrow = {c.header: c.width for c in columns(774, [short] * 5)}
    assert narrow["Status"] < widths["Status"] + 2 * CELL_PAD_X


def test_type_is_large_enough_for_paper(export) -> None:  # type: ignore[no-untyped-def]
    """Body and tables at least 9 pt, footers at least 8 pt, in every document."""
    for kind, options in [
        ("overzicht", {}),
        ("dossier", {"ids": [3]}),
        ("jaaroverzicht", {"year": TODAY.year - 1}),
        ("termijnen", {}),
    ]:
        pdf = export(kind, **options)
        sizes: set[float] = set()
        for page in pdf.reader.pages:
            content = page.get_contents()
            assert content is not None
            data = content.get_data().decode("latin-1")
            sizes |= {float(m) for m in re.findall(r"/F\d+(?:\+\d+)? ([\d.]+) Tf", data)}
        assert sizes and min(sizes) >= 8, (kind, sorted(sizes))
        assert [s for s in sizes if s < 9] in ([], [8.0]), (kind, sorted(sizes))  # footer only


def test_a_year_with_one_advice_reads_in_the_singular(
    service: RegisterService, tmp_path: Path
) -> None:
    from datetime import timedelta

    from adviesraad_app.domain.replies import Reply

    year = TODAY.year - 1
    sent = TODAY.replace(year=year, month=3, day=4)
    advice = service.create_advice(
        Advice(kind=AdviceKind.GEVRAAGD, title="Armoedebeleid", sent_date=sent)
    )
    service.save_reply(Reply(advice_id=advice.id, date=sent + timedelta(days=30)))
    path = tmp_path / "jaar.pdf"
    export_pdf(service, "jaaroverzicht", path, year=year, today=TODAY)
    flat = " ".join(read_pdf(path).flat.split())
    assert "bracht de adviesraad 1 advies of signaal uit" in flat
    assert "0 signalen" in flat
    assert "Op 1 advies moest het college schriftelijk reageren. 1 reactie is ontvangen" in flat
    assert "1 adviezen" not in flat and "1 reacties" not in flat
