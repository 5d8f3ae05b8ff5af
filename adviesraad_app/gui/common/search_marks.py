"""How a search hit is shown: the Dutch name of the field, the snippet with the hit in bold,
and the hits marked in a dossier's text fields."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from adviesraad_app.i18n import translate
from adviesraad_app.services.text.search_match import Match, hits, search_terms

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

HIT_BG = QColor("#ffe066")
HIT_TEXT = QColor("#1a1a1a")  # dark text on the yellow, also in a dark palette
HIT_PROPERTY = "searchHit"


def field_label(field: str) -> str:
    """The Dutch name of a searchable field (``services.search_match.FIELD_ORDER``)."""
    labels = {
        "number": translate("Search", "nummer"),
        "subject": translate("Search", "onderwerp"),
        "theme": translate("Search", "thema"),
        "references": translate("Search", "kenmerken"),
        "portfolio_holder": translate("Search", "portefeuillehouder"),
        "civil_servant": translate("Search", "ambtenaar"),
        "working_group": translate("Search", "werkgroep"),
        "summary": translate("Search", "samenvatting"),
        "recommendations": translate("Search", "aanbevelingen"),
        "reply": translate("Search", "reactie van het college"),
        "commitments": translate("Search", "toezeggingen"),
        "documents": translate("Search", "documenten"),
    }
    return labels.get(field, field)


def highlighted_html(match: Match) -> str:
    """The snippet as rich text, each hit in bold on yellow."""
    parts: list[str] = []
    at = 0
    for start, end in match.spans:
        parts.append(html.escape(match.snippet[at:start]))
        parts.append(
            f'<b style="background-color:{HIT_BG.name()};color:{HIT_TEXT.name()}">'
            f"{html.escape(match.snippet[start:end])}</b>"
        )
        at = end
    parts.append(html.escape(match.snippet[at:]))
    return "".join(parts)


def mark_hits(root: QWidget, text: str, skip: tuple[QWidget, ...] = ()) -> list[QWidget]:
    """Mark where the search ``text`` occurs in the text fields under ``root``: a yellow
    background behind each hit in a multi-line field, a yellow field for a one-line field
    (the text itself is not changed); ``skip``: fields that are not searched. Returns the
    fields with a hit, in widget order."""
    # The text-editing classes only here (a dossier opened from a search), not with the
    # register's table: PySide makes each class with its enums when first imported.
    from PySide6.QtGui import QTextCharFormat, QTextCursor
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

    from adviesraad_app.gui.common.widgets import DateEdit

    terms = search_terms(text)
    marked: list[QWidget] = []
    if not terms:
        return marked
    hit_format = QTextCharFormat()
    hit_format.setBackground(HIT_BG)
    hit_format.setForeground(HIT_TEXT)
    for widget in root.findChildren(QWidget):
        if widget in skip:  # a field that is not searched (internal notes)
            continue
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            selections = []
            for start, end in hits(widget.toPlainText(), terms):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(widget.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = hit_format
                selections.append(selection)
            widget.setExtraSelections(selections)
            if selections:
                marked.append(widget)
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), DateEdit):
            found = bool(hits(widget.text(), terms))
            widget.setProperty(HIT_PROPERTY, found)
            widget.setStyleSheet(
                f"QLineEdit {{ background-color: {HIT_BG.name()}; color: {HIT_TEXT.name()}; }}"
                if found
                else ""
            )
            if found:
                marked.append(widget)
    return marked
