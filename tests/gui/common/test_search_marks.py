"""gui/common/search_marks.py: how a search hit is shown: the field's Dutch name, the snippet
with each hit in bold (and the rest escaped), and the hits marked in a dossier's fields."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from adviesraad_app.gui.common.search_marks import (
    HIT_PROPERTY,
    field_label,
    highlighted_html,
    mark_hits,
)
from adviesraad_app.gui.common.widgets import DateEdit
from adviesraad_app.services.text.search_match import Match


def test_field_names_are_dutch() -> None:
    assert field_label("subject") == "onderwerp"
    assert field_label("reply") == "reactie van het college"
    assert field_label("commitments") == "toezeggingen"
    assert field_label("unknown_field") == "unknown_field"


def test_each_hit_is_bold_and_the_rest_is_escaped() -> None:
    match = Match("summary", "zorg <b>voor</b> mantelzorgers & zorg", ((0, 4), (33, 37)))
    shown = highlighted_html(match)
    assert shown.startswith('<b style="background-color:#ffe066;color:#1a1a1a">zorg</b>')
    assert "&lt;b&gt;voor&lt;/b&gt; mantelzorgers &amp; " in shown
    assert shown.endswith(">zorg</b>")
    assert shown.count("<b ") == 2


def test_mark_hits_marks_the_fields_with_a_hit_and_skips_what_is_not_searched(
    qtbot: QtBot,
) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    subject = QLineEdit("Mantelzorg in de wijk")
    theme = QLineEdit("Armoede")
    summary = QPlainTextEdit("Steun voor mantelzorgers.\nEn nog eens zorg.")
    notes = QPlainTextEdit("Intern: zorg")
    when = DateEdit()
    when.setText("zorg")  # a date field is never a hit
    for widget in (subject, theme, summary, notes, when):
        layout.addWidget(widget)

    marked = mark_hits(root, "zorg", skip=(notes,))
    assert marked == [subject, summary]
    assert subject.property(HIT_PROPERTY) is True and "#ffe066" in subject.styleSheet()
    assert theme.property(HIT_PROPERTY) is False and theme.styleSheet() == ""
    spans = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in summary.extraSelections()
    ]
    assert len(spans) == 2
    assert all(summary.toPlainText()[a:b].lower() == "zorg" for a, b in spans)
    assert notes.extraSelections() == []
    assert subject.text() == "Mantelzorg in de wijk"  # the text itself is not changed

    assert mark_hits(root, "armoede") == [theme]
    assert subject.styleSheet() == "" and summary.extraSelections() == []
    assert mark_hits(root, "  ") == []
