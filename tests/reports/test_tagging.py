"""reports/tagging.py: the structure tree a screen reader follows. Drawn on a TaggedCanvas,
content inside ``marked`` belongs to its element, ``artifact`` content to none; the saved PDF
has the structure tree, its parent tree, /MarkInfo and per page /StructParents and /Tabs."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from adviesraad_app.reports.tagging import TaggedCanvas, Tagger, artifact, marked, tagger_of


def _two_pages() -> tuple[PdfReader, Tagger]:
    buffer = io.BytesIO()
    canvas = TaggedCanvas(buffer)
    tagger = canvas.tagger
    heading = tagger.add("H1")
    body = tagger.add("P")
    figure = tagger.add("Figure", alt="Staafdiagram van de uitkomsten")
    with marked(canvas, heading):
        canvas.drawString(72, 760, "Termijnenlijst")
    with marked(canvas, body):
        canvas.drawString(72, 740, "Eerste deel van de alinea")
    with marked(canvas, figure):
        canvas.rect(72, 600, 100, 100)
    with artifact(canvas, "Pagination"):
        canvas.drawString(72, 30, "pagina 1 van 2")
    canvas.showPage()
    with marked(canvas, body):  # the same paragraph goes on over the page
        canvas.drawString(72, 760, "tweede deel van de alinea")
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue())), tagger


def _resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def test_the_catalog_and_pages_are_linked_to_the_structure() -> None:
    reader, _ = _two_pages()
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    tree = _resolve(root["/StructTreeRoot"])
    assert tree["/Type"] == "/StructTreeRoot"
    assert tree["/ParentTreeNextKey"] == 2
    for index, page in enumerate(reader.pages):
        assert page["/StructParents"] == index
        assert page["/Tabs"] == "/S"
    document = _resolve(tree["/K"])
    assert document["/S"] == "/Document"
    kids = [_resolve(k) for k in document["/K"]]
    assert [k["/S"] for k in kids] == ["/H1", "/P", "/Figure"]
    assert kids[2]["/Alt"] == "Staafdiagram van de uitkomsten"


def test_marked_content_has_ids_and_page_furniture_is_an_artifact() -> None:
    reader, _ = _two_pages()
    first = reader.pages[0].get_contents().get_data().decode("latin-1")
    assert "/H1 <</MCID 0>> BDC" in first
    assert "/P <</MCID 1>> BDC" in first
    assert "/Figure <</MCID 2>> BDC" in first
    assert "/Artifact <</Type /Pagination>> BDC" in first
    assert first.count("BDC") == first.count("EMC") == 4
    second = reader.pages[1].get_contents().get_data().decode("latin-1")
    assert "/P <</MCID 0>> BDC" in second  # ids count per page


def test_an_element_over_two_pages_points_at_both_and_the_parent_tree_maps_back() -> None:
    reader, tagger = _two_pages()
    root = reader.trailer["/Root"]
    tree = _resolve(root["/StructTreeRoot"])
    document = _resolve(tree["/K"])
    paragraph = _resolve(document["/K"][1])
    kids = paragraph["/K"]
    assert kids[0] == 1  # MCID 1 on its first page (/Pg)
    reference = _resolve(kids[1])
    assert reference["/Type"] == "/MCR" and reference["/MCID"] == 0
    assert _resolve(reference["/Pg"]) == _resolve(reader.pages[1].indirect_reference)
    numbers = _resolve(tree["/ParentTree"])["/Nums"]
    assert numbers[0] == 0 and len(numbers[1]) == 3  # page 1: H1, P, Figure
    assert numbers[2] == 1 and _resolve(numbers[3][0]) == paragraph
    assert [len(v) for v in tagger.page_owners.values()] == [3, 1]


def test_a_marked_sequence_left_open_over_a_page_end_is_a_bug() -> None:
    canvas = TaggedCanvas(io.BytesIO())
    canvas.tagger.begin(canvas, canvas.tagger.add("P"))
    with pytest.raises(RuntimeError, match="left open"):
        canvas.showPage()


def test_on_an_untagged_canvas_nothing_is_marked() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    assert tagger_of(canvas) is None
    with marked(canvas, None), artifact(canvas):
        canvas.drawString(72, 760, "zonder structuur")
    canvas.showPage()
    canvas.save()
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    assert "BDC" not in page.get_contents().get_data().decode("latin-1")
