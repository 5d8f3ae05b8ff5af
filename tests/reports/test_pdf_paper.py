"""The PDFs as council members read them on paper: running headers, wording, the colophon,
confidential marking in the metadata, the year beside the years before it."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.extensions import TermKind
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.replies import Reply
from adviesraad_app.reports.export import export_pdf
from adviesraad_app.services.pdf.export import default_file_name
from adviesraad_app.services.register import RegisterService
from tests.conftest import TODAY
from tests.support.pdf import confidential_ids, read_pdf

SEED_TITLE = "Continuering van het Werk- en Leercentrum (Dimence)"


def _seed_case(service: RegisterService) -> int:
    found = service.find_advice_by_number("2024-03")
    assert found is not None
    return found


def test_every_page_of_a_dossier_names_the_advice_in_its_header(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    seed = _seed_case(demo_service)
    advice = demo_service.get_advice(seed)
    long_summary = "De adviesraad vraagt het college om een zorgvuldige overdracht. " * 120
    demo_service.update_advice(replace(advice, summary=long_summary))
    path = tmp_path / "dossier.pdf"
    result = export_pdf(demo_service, "dossier", path, ids=[seed], today=TODAY)
    assert result.pages >= 3
    pdf = read_pdf(path)
    for index in range(result.pages):
        assert f"Dossier 2024-03: {SEED_TITLE}"[:40] in pdf.page_flat(index), index


def test_several_dossiers_each_name_their_own_advice_on_their_pages(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    seed = _seed_case(demo_service)
    other = demo_service.find_advice_by_number("2025-01")
    assert other is not None
    path = tmp_path / "dossiers.pdf"
    export_pdf(demo_service, "dossier", path, ids=[other, seed], today=TODAY)
    pdf = read_pdf(path)
    pages_of_seed = [i for i, text in enumerate(pdf.pages) if "Dossier 2024-03:" in text]
    pages_of_other = [i for i, text in enumerate(pdf.pages) if "Dossier 2025-01:" in text]
    assert pages_of_seed and pages_of_other
    assert not set(pages_of_seed) & set(pages_of_other)
    assert max(pages_of_other) < min(pages_of_seed)  # in the order asked


def test_a_dossier_without_reply_says_so_once_in_a_sentence(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    waiting = demo_service.find_advice_by_number("2026-01")  # sent, reply term running
    assert waiting is not None
    path = tmp_path / "dossier.pdf"
    export_pdf(demo_service, "dossier", path, ids=[waiting], today=TODAY)
    flat = read_pdf(path).flat
    section = flat[flat.index("Reactie van het college") :]
    assert "Er is nog geen reactie van het college; de reactietermijn loopt tot en met" in section
    assert "nog geen reactie; nog" not in section  # no lowercase line repeating it


def test_extensions_read_as_sentences_with_written_out_dates(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    seed = _seed_case(demo_service)
    advice = demo_service.get_advice(seed)
    assert advice.sent_date is not None
    demo_service.extend_term(
        seed,
        TermKind.REPLY,
        advice.sent_date + timedelta(days=56),
        "de wethouder wil eerst met Dimence spreken",
        "wethouder J. Smits",
        agreed_on=advice.sent_date + timedelta(days=30),
    )
    path = tmp_path / "dossier.pdf"
    export_pdf(demo_service, "dossier", path, ids=[seed], today=TODAY)
    flat = read_pdf(path).flat
    section = flat[flat.index("Verdagingen") :]
    assert (
        "Reactietermijn verdaagd van 23 september 2024 naar 7 oktober 2024, akkoord wethouder "
        "J. Smits. Reden: de wethouder wil eerst met Dimence spreken (afgesproken op "
        "11 september 2024)" in section
    )
    assert "-2024" not in section.split("Colofon")[0]  # no numeric dates among long ones


def test_a_colophon_says_peildatum_selection_and_confidentiality(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    for kind, options, selection in [
        ("overzicht", {}, "Selectie: alle adviezen, meest urgent eerst."),
        ("dossier", {"ids": [_seed_case(demo_service)]}, "Selectie: advies 2024-03."),
        ("jaaroverzicht", {"year": 2025}, "Selectie: adviezen uit 2025."),
        ("termijnen", {}, "Selectie: alles wat te laat is en 14 dagen vooruit."),
    ]:
        path = tmp_path / f"{kind}.pdf"
        export_pdf(demo_service, kind, path, today=TODAY, **options)  # type: ignore[arg-type]
        last = read_pdf(path)
        colophon = last.flat[last.flat.rindex("Colofon.") :]
        assert colophon.startswith("Colofon. Peildatum 22 november 2026. " + selection), kind
        assert "Vertrouwelijke adviezen en interne notities: niet opgenomen." in colophon


def test_confidential_documents_say_so_in_their_title_and_file_name(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    secret = confidential_ids(demo_service)[0]
    path = tmp_path / "dossier.pdf"
    export_pdf(demo_service, "dossier", path, ids=[secret], include_confidential=True, today=TODAY)
    reader = PdfReader(str(path))
    title = str(reader.metadata.title if reader.metadata else "")
    assert "VERTROUWELIJK" in title
    root: Any = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "(VERTROUWELIJK)</rdf:li></rdf:Alt></dc:title>" in xmp
    assert "VERTROUWELIJK" in default_file_name(
        "dossier", number="2024-02", include_confidential=True
    )
    public = tmp_path / "public.pdf"
    export_pdf(demo_service, "overzicht", public, today=TODAY)
    public_reader = PdfReader(str(public))
    assert "VERTROUWELIJK" not in str(
        public_reader.metadata.title if public_reader.metadata else ""
    )


def test_the_confidential_boxes_stay_within_the_text_column(
    demo_service: RegisterService, tmp_path: Path
) -> None:
    """Rendered: no red ink left or right of the text column (page header box, warning box)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    from adviesraad_app.reports.style import MARGIN_X

    for kind in ("dossier", "overzicht"):
        path = tmp_path / f"{kind}.pdf"
        options: dict[str, Any] = (
            {"ids": confidential_ids(demo_service)} if kind == "dossier" else {}
        )
        export_pdf(demo_service, kind, path, include_confidential=True, today=TODAY, **options)
        png = tmp_path / kind
        subprocess.run(
            ["pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", str(path), str(png)],
            check=True,
        )
        image = Image.open(next(tmp_path.glob(f"{kind}*.png"))).convert("RGB")
        margin = MARGIN_X if kind == "dossier" else 12 * 72 / 25.4
        red = [
            x
            for x in range(image.width)
            for y in range(0, image.height, 2)
            if _is_red(image.getpixel((x, y)))
        ]
        assert red, kind
        assert min(red) >= margin - 1 and max(red) <= image.width - margin + 1, (
            kind,
            min(red),
            max(red),
        )


def _is_red(pixel: Any) -> bool:
    r, g, b = pixel[:3]
    return bool(r > 120 and g < 80 and b < 80)


def test_the_jaaroverzicht_sets_the_year_beside_the_two_before_it(
    service: RegisterService, tmp_path: Path
) -> None:
    year = TODAY.year - 1
    for offset, days in ((0, 30), (1, 50), (2, 70)):
        sent = TODAY.replace(year=year - offset, month=3, day=4)
        advice = service.create_advice(
            Advice(kind=AdviceKind.GEVRAAGD, title=f"Advies {offset}", sent_date=sent)
        )
        assert advice.id is not None
        service.save_reply(Reply(advice_id=advice.id, date=sent + timedelta(days=days)))
    path = tmp_path / "jaar.pdf"
    export_pdf(service, "jaaroverzicht", path, year=year, today=TODAY)
    flat = read_pdf(path).flat
    assert f"{year} naast {year - 2} en {year - 1}" in flat
    table = flat[flat.index(f"Cijfer {year - 2} {year - 1} {year}") :]
    assert table.startswith(f"Cijfer {year - 2} {year - 1} {year} Adviezen en signalen 1 1 1")
    # 70 and 50 days are late with a six-week term, 30 days is in time
    assert "Reacties binnen de termijn 0 van 1 (0%) 0 van 1 (0%) 1 van 1 (100%)" in table
    assert "Gemiddelde reactietijd 70 dagen 50 dagen 30 dagen" in table


def test_headings_show_their_level_by_size(demo_service: RegisterService, tmp_path: Path) -> None:
    """Title, section and subsection each in a size of their own, all above the body text."""
    import re

    path = tmp_path / "dossiers.pdf"
    export_pdf(demo_service, "dossier", path, ids=[1, 3], today=TODAY)  # two public advices
    data = ""
    for page in read_pdf(path).reader.pages:
        content = page.get_contents()
        assert content is not None
        data += content.get_data().decode("latin-1")

    def size_of(tag: str) -> float:
        found = re.search(rf"/{tag} <</MCID \d+>> BDC.*?/F\d+(?:\+\d+)? ([\d.]+) Tf", data, re.S)
        assert found, tag
        return float(found.group(1))

    assert size_of("H1") > size_of("H2") > size_of("H3") > size_of("P") >= 9


def test_fitted_columns_leave_the_free_text_room_whatever_the_content() -> None:
    from adviesraad_app.reports.columns import fitted_columns

    huge = "Schuldhulpverleningsondersteuningsprogrammacoördinatie" * 3
    widths = fitted_columns(
        500,
        [
            ("Nr.", ["2024-01"], False),
            ("Onderwerp", ["Een onderwerp dat wel mag afbreken"], False),
            ("Thema", [huge], True),
            ("Soort", [huge], False),
        ],
        fill=1,
    )
    assert abs(sum(widths) - 500) < 0.01
    assert widths[1] >= 120  # the subject keeps its minimum
    assert all(w > 0 for w in widths)
