"""Wording shared by the CLI, the GUI and the reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.text.present import reply_lateness_text


def _dossier(reply: Reply | None, days_late: int | None) -> Dossier:
    return Dossier(
        advice=Advice(kind=AdviceKind.ONGEVRAAGD, title="Armoedebeleid"),
        status=AdviceStatus.ADVIES_VERZONDEN,
        advice_term=None,
        reply_term=None,
        reply=reply,
        outcome=None,
        reply_days_late=days_late,
        reply_time_days=None,
    )


@pytest.mark.parametrize(
    ("days_late", "text"),
    [
        (None, "geen reactietermijn"),
        (0, "binnen de termijn"),
        (1, "1 dag te laat"),
        (43, "43 dagen te laat"),
    ],
)
def test_reply_lateness_in_words(days_late: int | None, text: str) -> None:
    reply = Reply(advice_id=1, date=date(2024, 10, 1))
    assert reply_lateness_text(_dossier(reply, days_late)) == text


def test_no_reply_yet() -> None:
    dossier = _dossier(None, None)
    assert reply_lateness_text(dossier) == "nog geen reactie"
    assert reply_lateness_text(replace(dossier, reply_days_late=3)) == "nog geen reactie"
