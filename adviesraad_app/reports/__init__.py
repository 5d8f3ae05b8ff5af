"""PDF documents built with reportlab: overzicht, dossier, jaaroverzicht, termijnenlijst,
agenda and vergaderstukken, drawn from the content the services gather (``services.pdf``).

Nothing here is imported at start-up: the GUI and the CLI import :mod:`.export` inside the
function that makes a PDF, and it loads reportlab only when a PDF is drawn, so the CLI and
the GUI start without loading reportlab.

* :mod:`.fonts` registers the embedded DejaVu fonts and makes any text safe to set in them.
* :mod:`.tagging` writes the logical structure (tagged PDF) beside reportlab's drawing.
* :mod:`.style` (measures, inks, paragraph styles), :mod:`.spec` (what a document is),
  :mod:`.flowables` (tagged text, headings, figures), :mod:`.tables` (tables, contents),
  :mod:`.page` (page decoration, metadata) and :mod:`.build` (the build: two passes when there
  is a table of contents) are shared by every document.
* :mod:`.overview`, :mod:`.dossier`, :mod:`.year`, :mod:`.deadlines`, :mod:`.agenda` build the
  documents; :mod:`.render` picks the builder and :mod:`.export` draws and saves (what the GUI
  and the CLI call).
"""
