"""Tagged PDF: a logical structure tree written beside reportlab's drawing.

Open-source reportlab writes no structure tree, so a screen reader would get the text of a
page in drawing order without headings, paragraphs or table headers. This module adds what
PDF/UA asks for, as far as it can be done from outside reportlab:

* every piece of real content is drawn inside a marked-content sequence
  (``/P <</MCID 3>> BDC ... EMC``) that belongs to one structure element (H1, H2, P, Table,
  TR, TH, TD, Figure, TOC, TOCI);
* everything else (page headers and footers, table rules and backgrounds, repeated table
  headers on later pages) is marked as an artifact, so assistive technology skips it;
* the catalog gets ``/StructTreeRoot`` (with the parent tree that maps each page's marked
  content back to its element), ``/MarkInfo <</Marked true>>``, and every page
  ``/StructParents`` and ``/Tabs /S``.

Elements are collected while the document is drawn (:class:`Tagger`) and written as PDF
objects when the canvas saves (:class:`TaggedCanvas`). The elements serialise themselves in
one pass with plain byte formatting: a 10,000-row register has about 100,000 of them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from reportlab.pdfbase import pdfdoc  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

# Page dictionary keys reportlab does not know about; formatted like its own optional keys.
_PAGE_KEYS = [*pdfdoc.PDFPage.__NoDefault__, "StructParents", "Tabs"]


class StructNode:
    """One structure element: its tag, parent, children and attributes."""

    __slots__ = ("alt", "attributes", "kids", "parent", "pdf", "tag")

    def __init__(
        self,
        tag: str,
        parent: StructNode | None,
        attributes: dict[str, str] | None = None,
        alt: str | None = None,
    ) -> None:
        self.tag = tag
        self.parent = parent
        # children in reading order: StructNode or (page index, mcid)
        self.kids: list[StructNode | tuple[int, int]] = []
        self.attributes = attributes
        self.alt = alt
        self.pdf: _StructElemObject | None = None
        if parent is not None:
            parent.kids.append(self)


class Tagger:
    """Collects the structure tree and hands out marked-content ids while a PDF is drawn."""

    def __init__(self) -> None:
        self.root = StructNode("Document", None)
        # per page (0-based): the element each MCID belongs to, by MCID
        self.page_owners: dict[int, list[StructNode]] = {}
        self._open: list[bool] = []  # stack: True for a marked sequence, False for an artifact

    def add(
        self,
        tag: str,
        parent: StructNode | None = None,
        attributes: dict[str, str] | None = None,
        alt: str | None = None,
    ) -> StructNode:
        return StructNode(tag, parent or self.root, attributes, alt)

    def begin(self, canv: Canvas, node: StructNode) -> None:
        """Start content that belongs to ``node`` on the current page."""
        page = canv.getPageNumber() - 1
        owners = self.page_owners.setdefault(page, [])
        mcid = len(owners)
        owners.append(node)
        node.kids.append((page, mcid))
        canv.addLiteral(f"/{node.tag} <</MCID {mcid}>> BDC")
        self._open.append(True)

    def end(self, canv: Canvas) -> None:
        canv.addLiteral("EMC")
        self._open.pop()

    def begin_artifact(self, canv: Canvas, kind: str = "Layout") -> None:
        canv.addLiteral(f"/Artifact <</Type /{kind}>> BDC")
        self._open.append(False)

    def check_page_end(self) -> None:
        """A page ended: marked content may not span pages (a bug if it does)."""
        if self._open:
            raise RuntimeError("marked content left open at the end of a page")


def tagger_of(canv: Canvas) -> Tagger | None:
    tagger = getattr(canv, "tagger", None)
    return tagger if isinstance(tagger, Tagger) else None


@contextlib.contextmanager
def marked(canv: Canvas, node: StructNode | None) -> Iterator[None]:
    """Draw the body of the ``with`` as content of ``node`` (nothing happens without tagger)."""
    tagger = tagger_of(canv)
    if tagger is None or node is None:
        yield
        return
    tagger.begin(canv, node)
    try:
        yield
    finally:
        tagger.end(canv)


@contextlib.contextmanager
def artifact(canv: Canvas, kind: str = "Layout") -> Iterator[None]:
    """Draw the body of the ``with`` as an artifact (decoration, page furniture)."""
    tagger = tagger_of(canv)
    if tagger is None:
        yield
        return
    tagger.begin_artifact(canv, kind)
    try:
        yield
    finally:
        tagger.end(canv)


def _ref(obj: Any, document: pdfdoc.PDFDocument) -> bytes:
    cached: bytes | None = getattr(obj, "_ref_bytes", None)
    if cached is not None:
        return cached
    reference: Any = document.Reference(obj)
    return bytes(reference.format(document))


def _register(obj: Any, document: pdfdoc.PDFDocument) -> None:
    """Give ``obj`` its object number now and remember "n 0 R" (formatted ~10 times each)."""
    reference: Any = document.Reference(obj)
    obj._ref_bytes = bytes(reference.format(document))


def _text(value: str, document: pdfdoc.PDFDocument) -> bytes:
    return bytes(pdfdoc.PDFString(value).format(document))


class _StructElemObject(pdfdoc.PDFObject):  # type: ignore[misc]
    """A structure element dictionary, formatted directly (fast for many table cells)."""

    __RefOnly__ = 1

    def __init__(self, node: StructNode, parent: Any, pages: list[bytes]) -> None:
        self.node = node
        self.parent = parent
        self.pages = pages  # "n 0 R" of every page
        self._ref_bytes: bytes | None = None

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        node = self.node
        parts = [b"<< /S /", node.tag.encode("ascii"), b" /P ", _ref(self.parent, document)]
        first_page = next((k[0] for k in node.kids if isinstance(k, tuple)), None)
        if first_page is not None:
            parts += [b" /Pg ", self.pages[first_page]]
        kids: list[bytes] = []
        for kid in node.kids:
            if isinstance(kid, StructNode):
                kids.append(_ref(kid.pdf, document))
            elif kid[0] == first_page:
                kids.append(b"%d" % kid[1])
            else:
                kids.append(b"<< /Type /MCR /Pg " + self.pages[kid[0]] + b" /MCID %d >>" % kid[1])
        if len(kids) == 1:
            parts += [b" /K ", kids[0]]
        elif kids:
            parts += [b" /K [", b" ".join(kids), b"]"]
        if node.attributes:
            attrs = b" ".join(
                b"/" + key.encode("ascii") + b" " + value.encode("ascii")
                for key, value in node.attributes.items()
            )
            parts += [b" /A << ", attrs, b" >>"]
        if node.alt:
            parts += [b" /Alt ", _text(node.alt, document)]
        parts.append(b" >>")
        return b"".join(parts)


class _ParentTreeObject(pdfdoc.PDFObject):  # type: ignore[misc]
    """The number tree from each page's ``/StructParents`` to the elements of its MCIDs."""

    __RefOnly__ = 1

    def __init__(self, tagger: Tagger, page_count: int) -> None:
        self.tagger = tagger
        self.page_count = page_count

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        entries: list[bytes] = []
        for page in range(self.page_count):
            owners = self.tagger.page_owners.get(page, [])
            refs = b" ".join(_ref(node.pdf, document) for node in owners)
            entries.append(b"%d [%s]" % (page, refs))
        return b"<< /Nums [" + b"\n".join(entries) + b"] >>"


class _StructTreeRootObject(pdfdoc.PDFObject):  # type: ignore[misc]
    __RefOnly__ = 1

    def __init__(self, document_element: Any, parent_tree: Any, page_count: int) -> None:
        self.document_element = document_element
        self.parent_tree = parent_tree
        self.page_count = page_count

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        return (
            b"<< /Type /StructTreeRoot /K "
            + _ref(self.document_element, document)
            + b" /ParentTree "
            + _ref(self.parent_tree, document)
            + b" /ParentTreeNextKey %d >>" % self.page_count
        )


def _walk(node: StructNode) -> Iterator[StructNode]:
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed([k for k in current.kids if isinstance(k, StructNode)]))


def attach_structure(canv: Canvas, tagger: Tagger) -> None:
    """Put the collected structure into the canvas's document (call before ``save``)."""
    document = canv._doc
    pages = [_ref(page, document) for page in document.Pages.pages]
    root_holder: list[Any] = []
    for node in _walk(tagger.root):
        parent = node.parent.pdf if node.parent is not None else None
        node.pdf = _StructElemObject(node, parent, pages)
        _register(node.pdf, document)
        if node.parent is None:
            root_holder.append(node.pdf)
    parent_tree = _ParentTreeObject(tagger, len(pages))
    tree_root = _StructTreeRootObject(root_holder[0], parent_tree, len(pages))
    tagger.root.pdf.parent = tree_root  # type: ignore[union-attr]
    catalog = document.Catalog
    catalog.StructTreeRoot = tree_root
    catalog.MarkInfo = pdfdoc.PDFDictionary({"Marked": pdfdoc.PDFtrue})


class TaggedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that carries a :class:`Tagger` and links every page to the structure."""

    def __init__(self, *args: Any, tagger: Tagger | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tagger = tagger or Tagger()
        self.before_save: list[Any] = []

    def showPage(self) -> None:
        self.tagger.check_page_end()
        super().showPage()
        pages = self._doc.Pages.pages
        page = pages[-1]
        page.__NoDefault__ = _PAGE_KEYS
        page.StructParents = len(pages) - 1
        page.Tabs = pdfdoc.PDFName("S")

    def save(self) -> None:
        for hook in self.before_save:
            hook(self)
        attach_structure(self, self.tagger)
        super().save()
