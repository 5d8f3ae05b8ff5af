"""services/pdf/text_warnings.py: what the user is told when text does not come out as typed:
characters the fonts lack (shown with their code, in the order they occur) and right-to-left
script, each naming the advices whose text holds them; long lists are counted, not spelled
out."""

from __future__ import annotations

from datetime import date

from adviesraad_app.domain.deadline_items import DeadlineItem
from adviesraad_app.domain.kinds import DeadlineState, DeadlineType
from adviesraad_app.services.pdf.content import DeadlineContent, PdfKind, PdfWarningKind
from adviesraad_app.services.pdf.text_warnings import MAX_LISTED, listed, text_warnings
from tests.support.reports import heading


def _content(*titles: tuple[str, str]) -> DeadlineContent:
    items = [
        DeadlineItem(
            i,
            number,
            title,
            DeadlineType.REPLY_DUE,
            date(2026, 11, 2),
            -20,
            DeadlineState.OVERDUE,
        )
        for i, (number, title) in enumerate(titles, start=1)
    ]
    return DeadlineContent(heading(PdfKind.TERMIJNEN), 14, date(2026, 12, 6), items, [])


def test_nothing_to_say_when_every_character_came_out() -> None:
    assert text_warnings(_content(("2026-01", "Gewoon")), set(), set()) == ()


def test_missing_characters_in_order_of_appearance_with_their_advice() -> None:
    content = _content(("2026-01", "Zorg ✓ voor iedereen"), ("2026-02", "Emoji 🙂 en ✓"))
    [warning] = text_warnings(content, {"🙂", "✓"}, set())
    assert warning.kind is PdfWarningKind.MISSING_CHARACTERS
    assert warning.characters == ("✓", "🙂")
    assert warning.advices == ("2026-01", "2026-02")
    assert warning.message == (
        "Deze tekens staan niet in het lettertype van de PDF en zijn vervangen door ‘\ufffd’: "
        "✓ (U+2713), 🙂 (U+1F642). Het gaat om tekst in de adviezen 2026-01, 2026-02."
    )


def test_right_to_left_names_the_one_advice() -> None:
    content = _content(("2026-01", "Gewoon"), ("2026-03", "Welkom مرحبا"))
    [warning] = text_warnings(content, set(), {"م"})
    assert warning.kind is PdfWarningKind.RIGHT_TO_LEFT
    assert warning.advices == ("2026-03",)
    assert warning.message.endswith("Het gaat om tekst in advies 2026-03.")
    assert "rechts naar links" in warning.message


def test_a_character_outside_the_advices_is_listed_last_without_advice() -> None:
    [warning] = text_warnings(_content(("2026-01", "Gewoon")), {"☃"}, set())
    assert warning.advices == ()
    assert "Het gaat om tekst" not in warning.message


def test_long_lists_are_counted() -> None:
    items = [str(n) for n in range(MAX_LISTED + 3)]
    assert listed(items).endswith(", en nog 3")
    assert listed(items[:MAX_LISTED]) == ", ".join(items[:MAX_LISTED])
