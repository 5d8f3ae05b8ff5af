"""PDF documents built with reportlab: overzicht, dossier, jaaroverzicht, termijnenlijst.

Nothing here is imported at start-up: ``services.export_pdf`` imports these modules inside the
function that makes a PDF, so the CLI and the GUI start without loading reportlab.

* :mod:`.fonts` registers the embedded DejaVu fonts and makes any text safe to set in them.
* :mod:`.tagging` writes the logical structure (tagged PDF) beside reportlab's drawing.
* :mod:`.layout` is the shared page template, styles and the build (two passes when there is a
  table of contents).
* :mod:`.overview`, :mod:`.dossier`, :mod:`.year`, :mod:`.deadlines` build the four documents.
"""
