"""HTML mail bodies read as text: paragraphs and breaks kept, table cells as tab fields
(so a letter's header block reads as in a PDF), scripts and styles never shown."""

from __future__ import annotations

from adviesraad_app.services.letters.mail.html_text import html_to_text


def test_paragraphs_and_breaks_become_lines() -> None:
    html = "<p>Geachte leden,</p><p>Op 12&nbsp;augustus 2024<br>heeft u   geadviseerd.</p>"
    assert html_to_text(html) == "Geachte leden,\n\nOp 12 augustus 2024\nheeft u geadviseerd."


def test_table_cells_are_tab_fields_with_empty_ones_kept() -> None:
    html = (
        "<table><tr><td>Uw brief</td><td>Uw kenmerk</td><td>Ons kenmerk</td></tr>"
        "<tr><td>12 augustus 2024</td><td></td><td>UIT - 24117125</td></tr></table>"
    )
    lines = [line for line in html_to_text(html).split("\n") if line]
    assert lines == ["Uw brief\tUw kenmerk\tOns kenmerk", "12 augustus 2024\t\tUIT - 24117125"]


def test_scripts_styles_and_the_head_are_left_out() -> None:
    html = (
        "<html><head><title>Titel</title><style>p {color: red}</style></head>"
        "<body><script>alert('x')</script><p>Alleen dit.</p></body></html>"
    )
    assert html_to_text(html) == "Alleen dit."


def test_entities_are_read_and_blank_runs_shortened() -> None:
    html = "<div>Werk- &amp; Leercentrum</div>\n\n\n\n<div>caf&eacute;</div>"
    assert html_to_text(html) == "Werk- & Leercentrum\n\ncafé"
