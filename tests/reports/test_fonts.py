"""Text made safe for the embedded fonts, and table cells wrapped to their column."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from adviesraad_app.reports.fonts import (
    BOLD,
    REGULAR,
    REPLACEMENT,
    markup,
    safe_text,
    text_width,
    wrap_lines,
)
from adviesraad_app.resources import resource_path


def test_fonts_and_their_licence_ship_with_the_app() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert resource_path("fonts", name).stat().st_size > 100_000
    licence = resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "Permission is hereby granted" in licence


def test_dutch_text_is_kept_as_it_is() -> None:
    text = "Cliëntondersteuning, geïnformeerd, één café – ‘reactie’ … € 12,50 → ok"
    assert safe_text(text) == text


def test_each_character_the_font_lacks_becomes_one_visible_replacement() -> None:
    # one per character as a reader counts them: the reader sees how much is missing
    assert safe_text("中文") == REPLACEMENT * 2
    assert safe_text("wachtlijst 中文中文 jeugd") == f"wachtlijst {REPLACEMENT * 4} jeugd"
    assert safe_text("a😀b😀😀c") == f"a{REPLACEMENT}b{REPLACEMENT * 2}c"
    # ... and what is one character to the reader stays one replacement
    assert safe_text("wacht 👍🏽 lijst") == f"wacht {REPLACEMENT} lijst"  # with a skin tone
    assert safe_text("gezin 👨‍👩‍👧 hulp") == f"gezin {REPLACEMENT} hulp"  # joined emoji
    assert safe_text("👩‍❤️‍👨") == REPLACEMENT  # a supported ❤ inside a joined emoji
    assert safe_text("🇳🇱🇧🇪") == REPLACEMENT * 2  # two flags
    assert safe_text("🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f!") == (
        f"{REPLACEMENT}!"  # the flag of Scotland: a tag sequence
    )
    assert safe_text("a\x00b\x07c\td\ne") == "a b c d e"
    assert safe_text("e\u0308") == "ë"  # decomposed diaeresis is composed


def test_code_points_beyond_the_basic_plane_count_as_missing() -> None:
    """DejaVu has glyphs for some of them, but the PDF's text layer would read them wrongly."""
    from adviesraad_app.reports.fonts import collecting

    with collecting() as problems:
        assert safe_text("blij 😀 en ☺") == f"blij {REPLACEMENT} en ☺"  # U+263A is in the BMP
        assert safe_text("𝐀𝐁") == REPLACEMENT * 2  # mathematical bold letters, U+1D400
    assert problems.missing == {"😀", "𝐀", "𝐁"}


def test_markup_escapes_and_keeps_line_breaks() -> None:
    assert markup("<b>& kopjes</b>\nregel 2") == "&lt;b&gt;&amp; kopjes&lt;/b&gt;<br/>regel 2"


def test_wrapped_lines_fit_and_keep_every_word() -> None:
    text = "Integrale ketenaanpak maatschappelijke opvang met woningcorporaties en zorgpartners"
    lines = wrap_lines(text, REGULAR, 8, 120)
    assert len(lines) > 1
    assert all(text_width(line.rstrip(), REGULAR, 8) <= 120 for line in lines)
    assert "".join(lines) == text  # broken at spaces, which stay at the line ends


def test_a_word_longer_than_the_column_is_cut() -> None:
    word = "https://www.almelo.nl/" + "x" * 120
    lines = wrap_lines(word, BOLD, 8, 60)
    assert len(lines) > 3
    assert "".join(lines) == word
    assert all(text_width(line, BOLD, 8) <= 60 for line in lines)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.floats(min_value=20, max_value=400))
def test_any_text_wraps_within_any_width(text: str, width: float) -> None:
    lines = wrap_lines(text, REGULAR, 8, width)
    assert lines
    for line in lines:
        assert text_width(line.rstrip(" "), REGULAR, 8) <= width or len(line.rstrip()) == 1
    # nothing is lost or added: the same characters, only the line breaks differ
    assert "".join("".join(lines).split()) == "".join(safe_text(text).split())


def test_long_free_text_is_cut_into_pieces_without_losing_anything() -> None:
    from adviesraad_app.reports.flowables import PIECE, text_pieces

    sentence = "De adviesraad vraagt het college om de toegang te verbeteren. "
    text = sentence * 400 + "\n" + "x" * (PIECE * 2 + 17) + "\nslot"
    pieces = text_pieces(text)
    assert len(pieces) > 10
    assert all(len(piece) <= PIECE for piece in pieces)
    assert "".join("".join(pieces).split()) == "".join(text.split())
    assert pieces[0].endswith("verbeteren.")  # cut after a sentence
    assert text_pieces("kort") == ["kort"]


def test_missing_and_right_to_left_characters_are_noted_while_collecting() -> None:
    from adviesraad_app.reports.fonts import collecting

    assert safe_text("שלום") == "שלום"  # Hebrew is in the fonts, but set left to right
    with collecting() as problems:
        assert not problems
        safe_text("Dutch only: één café")
        assert not problems
        assert safe_text("wacht 👍 lijst 中") == f"wacht {REPLACEMENT} lijst {REPLACEMENT}"
        assert safe_text("Hebreeuws: שלום") == "Hebreeuws: שלום"
        # Arabic is not in every face (the oblique lacks it): replaced like Chinese
        assert safe_text("مرحبا") == REPLACEMENT * 5
    assert problems.missing == {"👍", "中", *"مرحبا"}
    assert problems.right_to_left == set("שלום")
    with collecting() as later:  # a new document starts with nothing
        safe_text("👍")
    assert later.missing == {"👍"} and not later.right_to_left
    safe_text("👍")  # outside a document: nothing is noted anywhere
    assert later.missing == {"👍"}
