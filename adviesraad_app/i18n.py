"""Translation of user-facing text, through Qt's translation machinery.

Source strings are Dutch, the language we ship. Every user-facing string is written as
``translate("Context", "Dutch text")`` so that ``pyside6-lupdate`` extracts it into
``resources/translations/adviesraad_<lang>.ts``.

When a Qt application runs, the call is passed to ``QCoreApplication.translate`` (the GUI
installs a ``QTranslator`` for the chosen language). Without Qt (the command line, the
services), the same ``.ts`` catalogue is read with the standard library, so the domain,
storage and service layers never import Qt and the CLI starts fast.

The language is chosen with the environment variable ``ADVIESRAAD_LANG`` (``nl`` by default).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SOURCE_LANGUAGE = "nl"

_catalog: dict[tuple[str, str], str] | None = None
_catalog_language: str | None = None


def translations_dir() -> Path:
    """Folder with the ``.ts``/``.qm`` files, also inside a frozen bundle."""
    from adviesraad_app.resources import resource_path

    return resource_path("translations")


def current_language() -> str:
    lang = os.environ.get("ADVIESRAAD_LANG", SOURCE_LANGUAGE).strip().lower()
    return lang[:2] if lang else SOURCE_LANGUAGE


def _load_catalog(language: str) -> dict[tuple[str, str], str]:
    catalog: dict[tuple[str, str], str] = {}
    if language == SOURCE_LANGUAGE:
        return catalog
    import xml.etree.ElementTree as ET  # only for another language: Dutch starts without it

    path = translations_dir() / f"adviesraad_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return catalog
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            element = message.find("translation")
            if source is None or element is None:
                continue
            if element.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if element.text:
                catalog[(name, source)] = element.text
    return catalog


def _qt_translate(context: str, text: str) -> str | None:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return None
    app = qtcore.QCoreApplication.instance()
    if app is None:
        return None
    result: str = qtcore.QCoreApplication.translate(context, text)
    return result


def translate(context: str, text: str) -> str:
    """Return ``text`` (Dutch source) in the current language."""
    global _catalog, _catalog_language
    translated = _qt_translate(context, text)
    if translated is not None:
        return translated
    language = current_language()
    if _catalog is None or _catalog_language != language:
        _catalog = _load_catalog(language)
        _catalog_language = language
    return _catalog.get((context, text), text)
