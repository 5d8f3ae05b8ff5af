"""services/text/serialize.py: the register's objects as JSON (``show --json``,
``list --json``, ``deadlines --json``): English keys, ISO dates, enum values, ``null`` for
what is absent, and nothing that ``json.dumps`` refuses."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from enum import Enum

from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.deadline_items import DeadlineItem
from adviesraad_app.domain.kinds import AdviceKind, DeadlineState, DeadlineType, Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.text.serialize import (
    deadline_dict,
    dossier_dict,
    plain,
    reply_dict,
    term_dict,
)


class Colour(Enum):
    RED = "rood"


def test_plain_makes_everything_json_ready() -> None:
    value = {
        1: (date(2026, 3, 9), Colour.RED),
        "at": datetime(2026, 3, 9, 19, 30, tzinfo=UTC),
        "items": [None, 3, "x"],
    }
    assert plain(value) == {
        "1": ["2026-03-09", "rood"],
        "at": "2026-03-09T19:30:00+00:00",
        "items": [None, 3, "x"],
    }


def test_reply_dict_has_the_overall_outcome() -> None:
    reply = Reply(
        advice_id=1,
        date=date(2026, 6, 1),
        outcomes=(
            RecommendationOutcome(1, Outcome.OVERGENOMEN),
            RecommendationOutcome(2, Outcome.NIET, "Geen budget."),
        ),
    )
    data = reply_dict(reply)
    assert data["date"] == "2026-06-01"
    assert data["overall_outcome"] == "deels"
    assert data["outcomes"][1] == {
        "recommendation_number": 2,
        "outcome": "niet",
        "reasons": "Geen budget.",
    }
    assert reply_dict(Reply(advice_id=1, date=date(2026, 6, 1)))["overall_outcome"] is None


def test_deadline_dict_is_the_deadlines_contract() -> None:
    item = DeadlineItem(
        7,
        "2026-03",
        "Inkoop jeugdhulp",
        DeadlineType.REPLY_DUE,
        date(2026, 11, 2),
        -20,
        DeadlineState.OVERDUE,
        original_date=date(2026, 10, 19),
    )
    data = deadline_dict(item, date(2026, 11, 22))
    assert set(data) == {
        "advice_id",
        "number",
        "title",
        "type",
        "due_date",
        "days_left",
        "state",
        "commitment_id",
        "original_date",
        "detail",
        "shifted_from",
        "shift_reasons",
        "reminders",
        "next_step",
    }
    assert (data["type"], data["state"], data["due_date"], data["original_date"]) == (
        "reply_due",
        "overdue",
        "2026-11-02",
        "2026-10-19",
    )
    assert (data["commitment_id"], data["shifted_from"], data["next_step"]) == (None, None, None)


def test_show_json_of_a_real_dossier(service: RegisterService) -> None:
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Inclusie",
            sent_date=date(2026, 5, 4),
            recommendations=renumber(["Een."]),
        )
    )
    assert advice.id is not None
    data = dossier_dict(service.dossier(advice.id), today=date(2026, 5, 20))
    json.dumps(data)
    assert data["number"] == advice.number and data["year"] == advice.year
    assert data["status"] == "advies_verzonden"
    assert data["advice_term"] is None
    assert data["reply_term"]["kind"] == "reply"
    assert data["reply_term"]["state"] in ("open", "due_soon")
    assert data["reply_due"] == data["reply_term"]["due"]
    assert data["reply"] is None and data["outcome"] is None
    assert data["recommendations"] == [{"number": 1, "text": "Een."}]
    assert data["history"][0]["action"] == "created"
    assert term_dict(None) is None
