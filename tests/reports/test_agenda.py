"""reports/agenda.py: the agenda PDF lists the items (adopted ones marked), the postlijst with
its window and the actielijst; the vergaderstukken add the open advices and the termijnenlijst
on pages of their own, with words where a list is empty."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adviesraad_app.domain.deadline_items import DeadlineItem
from adviesraad_app.domain.filters import RegisterOrder
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, DeadlineState, DeadlineType
from adviesraad_app.domain.meetings import (
    Action,
    ActionStatus,
    AgendaItem,
    ItemKind,
    Meeting,
    PostEntry,
    PostKind,
    Purpose,
)
from adviesraad_app.domain.views import RegisterRow
from adviesraad_app.services.meetings.schedule import Agenda, AgendaLine
from adviesraad_app.services.pdf.content import (
    AgendaContent,
    DeadlineContent,
    OverviewContent,
    PdfKind,
)
from tests.support.reports import heading, rendered

MEETING = Meeting(date=date(2026, 3, 9), id=2)
PREVIOUS = date(2026, 2, 9)


def _agenda(*, post: bool = True, actions: bool = True) -> Agenda:
    lines = [
        AgendaLine(AgendaItem(2, 1, ItemKind.OPENING, id=1), 1, "Opening en mededelingen"),
        AgendaLine(
            AgendaItem(2, 2, ItemKind.ADVIES, "", 7, Purpose.VASTSTELLEN, True, id=2),
            2,
            "Inkoop jeugdhulp (vaststellen)",
            "2026-03",
        ),
        AgendaLine(AgendaItem(2, 3, ItemKind.VRIJ, "Jaarplan", id=3), 3, "Jaarplan"),
    ]
    entries = [
        PostEntry(1, date(2026, 2, 16), PostKind.ADVIESAANVRAAG, "Armoedebeleid", 8, "2026-04")
    ]
    done = Action(
        1, "Notulen rondsturen", status=ActionStatus.GEDAAN, status_date=date(2026, 2, 20), id=5
    )
    waiting = Action(1, "Wethouder uitnodigen", who="Els", due=date(2026, 4, 1), id=6)
    return Agenda(
        meeting=MEETING,
        lines=lines,
        post=entries if post else [],
        window=(PREVIOUS, MEETING.date),
        actions=[done, waiting] if actions else [],
        action_origin={1: PREVIOUS},
    )


def test_the_agenda_lists_items_post_and_actions(tmp_path: Path) -> None:
    content = AgendaContent(heading(PdfKind.AGENDA, "Agenda vergadering 9 maart 2026"), _agenda())
    pdf, pages = rendered(content, tmp_path)
    text = pdf.flat
    assert pages == 1
    assert "1. Opening en mededelingen" in text
    assert "2. 2026-03 Inkoop jeugdhulp (vaststellen) — vastgesteld" in text
    assert "3. Jaarplan" in text
    assert "Binnengekomen na 9 februari 2026 tot en met 9 maart 2026." in text
    assert "16-02-2026 adviesaanvraag 2026-04 Armoedebeleid" in text
    assert "gedaan 20-02-2026" in text
    assert "09-02-2026 Wethouder uitnodigen Els 01-04-2026 open" in text
    assert "Notulen rondsturen — —" in text  # no one named, no date: a dash, not a blank
    assert "Adviezenoverzicht" not in text and "Termijnenlijst" not in text


def test_empty_post_and_actions_are_said_in_words(tmp_path: Path) -> None:
    content = AgendaContent(heading(PdfKind.AGENDA, "Agenda"), _agenda(post=False, actions=False))
    pdf, _ = rendered(content, tmp_path)
    assert "Er is niets binnengekomen." in pdf.flat
    assert "Er staan geen acties open." in pdf.flat


def test_vergaderstukken_add_open_advices_and_deadlines_on_their_own_pages(
    tmp_path: Path,
) -> None:
    row = RegisterRow(
        id=7,
        number="2026-03",
        year=2026,
        title="Inkoop jeugdhulp",
        kind=AdviceKind.GEVRAAGD,
        theme="Jeugd",
        status=AdviceStatus.IN_VOORBEREIDING,
        sent_date=None,
        advice_due=date(2026, 3, 1),
        reply_due=None,
        reply_date=None,
        outcome=None,
        reply_days_late=None,
        next_due=date(2026, 3, 1),
        confidential=False,
    )
    item = DeadlineItem(
        7,
        "2026-03",
        "Inkoop jeugdhulp",
        DeadlineType.ADVICE_DUE,
        date(2026, 3, 1),
        -8,
        DeadlineState.OVERDUE,
    )
    bundle_heading = heading(PdfKind.VERGADERSTUKKEN, "Vergaderstukken", today=MEETING.date)
    content = AgendaContent(
        bundle_heading,
        _agenda(),
        overview=OverviewContent(bundle_heading, [row], RegisterOrder()),
        deadlines=DeadlineContent(bundle_heading, 42, date(2026, 4, 20), [item], []),
    )
    pdf, pages = rendered(content, tmp_path)
    assert pages == 3
    assert "Adviezenoverzicht" in pdf.page_flat(1)
    assert "in voorbereiding, te laat" in pdf.page_flat(1)
    assert "01-03-2026 —" in pdf.page_flat(1)  # no reply term yet
    third = pdf.page_flat(2)
    assert "Termijnenlijst" in third
    assert "Te laat, en wat afloopt tot en met 20 april 2026." in third
    assert "8 dagen te laat advies uiterlijk 2026-03 Inkoop jeugdhulp" in third


def test_vergaderstukken_without_open_advices_or_deadlines(tmp_path: Path) -> None:
    content = AgendaContent(heading(PdfKind.VERGADERSTUKKEN, "Vergaderstukken"), _agenda())
    pdf, _ = rendered(content, tmp_path)
    assert "Er zijn geen openstaande adviezen." in pdf.flat
    assert "Er lopen geen termijnen." in pdf.flat
