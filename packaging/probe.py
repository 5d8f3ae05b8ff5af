"""A check of the frozen bundle from the inside: does every library find what it needs?

Built only on request (``ADVIESRAAD_BUNDLE_PROBE=1`` when running PyInstaller, or
``build.py --probe``) as a third executable, ``adviesraad-probe``, next to the real ones and
from the same analysis, so it sees exactly the modules, Qt plugins and data files the app
gets. ``build.py`` deletes it before signing and packaging: it never reaches a user.

It exercises what the app's features use but a CLI command may not reach yet: Qt offscreen
with the SVG icon (icon engine and image-format plugins), a QLocalServer (single instance),
Qt's Dutch translation, reportlab writing a PDF, pypdf reading it, python-docx's template,
openpyxl, icalendar with the Europe/Amsterdam time zone (tzdata on Windows), SQLite's FTS5.

Prints one JSON object ``{"checks": {name: "ok" | "FAILED: ..."}}``; exit code 0 when all pass.
Developer output, so English.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path


def check_bundle_layout() -> str:
    from adviesraad_app.resources import is_frozen, resource_path

    if not is_frozen():
        raise AssertionError("not running frozen")
    icon = resource_path("icons", "adviesraad.svg")
    if not icon.is_file():
        raise AssertionError(f"missing {icon}")
    return str(icon.parent.parent)


def check_qt(workdir: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QGuiApplication, QIcon, QImage
    from PySide6.QtNetwork import QLocalServer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from adviesraad_app.resources import resource_path

    app = QApplication.instance() or QApplication(["adviesraad-probe"])
    svg = resource_path("icons", "adviesraad.svg")
    if QIcon(str(svg)).pixmap(32, 32).isNull():
        raise AssertionError("QIcon from the SVG is empty (iconengines/qsvgicon missing?)")
    if QImage(str(svg)).isNull():
        raise AssertionError("QImage cannot read SVG (imageformats/qsvg missing?)")
    ico = resource_path("icons", "adviesraad.ico")
    if ico.exists() and QImage(str(ico)).isNull():
        raise AssertionError("QImage cannot read ICO (imageformats/qico missing?)")
    translator = QTranslator()
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load("qtbase_nl", translations):
        raise AssertionError(f"qtbase_nl.qm not found in {translations}")
    server = QLocalServer()
    name = f"adviesraad-probe-{os.getpid()}"
    QLocalServer.removeServer(name)
    if not server.listen(name):
        raise AssertionError(f"QLocalServer.listen failed: {server.errorString()}")
    server.close()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(workdir / "qt.pdf"))
    styles = QStyleFactory.keys()
    app.processEvents()
    return f"platform={QGuiApplication.platformName()} styles={','.join(styles)}"


def check_reportlab_and_pypdf(workdir: Path) -> str:
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from adviesraad_app.resources import resource_path

    font = "Helvetica"
    fonts = sorted(resource_path("fonts").glob("*.ttf")) if resource_path("fonts").is_dir() else []
    if fonts:
        pdfmetrics.registerFont(TTFont("ProbeFont", str(fonts[0])))
        font = "ProbeFont"
    style = getSampleStyleSheet()["Normal"]
    style.fontName = font
    target = workdir / "probe.pdf"
    document = SimpleDocTemplate(str(target), pagesize=A4, initialFontName=font)
    document.build([Paragraph("Reactie van het college: één advies, ‘overgenomen’.", style)])
    reader = PdfReader(str(target))
    text = reader.pages[0].extract_text()
    if len(reader.pages) != 1 or "college" not in text:
        raise AssertionError(f"PDF round trip failed: {text!r}")
    return f"font={font}"


def check_docx(workdir: Path) -> str:
    import docx

    document = docx.Document()  # reads the default template from the package data
    document.add_paragraph("Adviesaanvraag")
    target = workdir / "probe.docx"
    document.save(str(target))
    if docx.Document(str(target)).paragraphs[0].text != "Adviesaanvraag":
        raise AssertionError("docx round trip failed")
    return "ok"


def check_openpyxl(workdir: Path) -> str:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Nr.", "Onderwerp"])
    target = workdir / "probe.xlsx"
    book.save(str(target))
    if openpyxl.load_workbook(str(target)).active["B1"].value != "Onderwerp":
        raise AssertionError("xlsx round trip failed")
    return "ok"


def check_icalendar() -> str:
    import zoneinfo
    from datetime import datetime

    import icalendar

    # As on Windows, which has no system time-zone database: only the bundled tzdata.
    zoneinfo.reset_tzpath(to=[])
    zone = zoneinfo.ZoneInfo("Europe/Amsterdam")
    event = icalendar.Event()
    event.add("summary", "Reactie uiterlijk")
    event.add("dtstart", datetime(2024, 9, 23, 9, 0, tzinfo=zone))
    calendar = icalendar.Calendar()
    calendar.add_component(event)
    if b"Europe/Amsterdam" not in calendar.to_ical():
        raise AssertionError("time zone missing from the calendar")
    return "ok"


def check_sqlite() -> str:
    import sqlite3

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    conn.execute("INSERT INTO t VALUES ('werk- en leercentrum')")
    if conn.execute("SELECT count(*) FROM t WHERE t MATCH 'leercentrum'").fetchone()[0] != 1:
        raise AssertionError("FTS5 search failed")
    return sqlite3.sqlite_version


def main() -> int:
    results: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="adviesraad-probe-") as temp:
        workdir = Path(temp)
        checks: dict[str, Callable[[], str]] = {
            "bundle_layout": check_bundle_layout,
            "qt": lambda: check_qt(workdir),
            "reportlab_pypdf": lambda: check_reportlab_and_pypdf(workdir),
            "docx": lambda: check_docx(workdir),
            "openpyxl": lambda: check_openpyxl(workdir),
            "icalendar_tzdata": check_icalendar,
            "sqlite_fts5": check_sqlite,
        }
        for name, check in checks.items():
            try:
                results[name] = "ok: " + check()
            except Exception:
                results[name] = "FAILED: " + traceback.format_exc(limit=3).strip()
    if sys.stdout is not None:
        print(json.dumps({"checks": results}, indent=2))
    return 0 if all(v.startswith("ok") for v in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
