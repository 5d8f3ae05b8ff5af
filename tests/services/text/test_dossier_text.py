"""services/text/dossier_text.py: ``adviesraad show`` in words: the title underlined, a label
column, the outcome under each recommendation, the reply or that there is none, commitments
with their term (or none), internal notes marked as such, and the history."""

from __future__ import annotations

from datetime import date

from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.kinds import AdviceKind, Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.text.dossier_text import dossier_text

TODAY = date(2026, 11, 22)


def test_an_advice_without_reply(service: RegisterService) -> None:
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Mantelzorg",
            theme="Wmo",
            summary="Ontlast de mantelzorgers.",
            internal_notes="Bellen met Els.",
        )
    )
    assert advice.id is not None
    lines = dossier_text(service.dossier(advice.id), TODAY).splitlines()
    assert lines[0] == f"{advice.number}  Mantelzorg"
    assert lines[1] == "=" * len(lines[0])
    assert any(line.startswith("Soort:") and "ongevraagd" in line for line in lines)
    assert any(line.startswith("Thema:") and line.endswith(" Wmo") for line in lines)
    assert all(line[28] == " " and line[29] != " " for line in lines[2:4])  # one column
    assert "Nog geen reactie van het college." in lines
    assert "Interne notities (intern — komt niet in exports)" in lines
    assert lines[lines.index("Samenvatting") + 1] == "Ontlast de mantelzorgers."
    assert "Geschiedenis" in lines


def test_outcomes_under_recommendations_and_commitments_with_their_terms(
    service: RegisterService,
) -> None:
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            title="Inclusie",
            sent_date=date(2026, 5, 4),
            recommendations=renumber(["Loketten toegankelijk.", "Ervaringsdeskundigen."]),
        )
    )
    assert advice.id is not None
    reply = service.save_reply(
        Reply(
            advice_id=advice.id,
            date=date(2026, 6, 1),
            our_reference="UIT-26-001",
            outcomes=(
                RecommendationOutcome(1, Outcome.OVERGENOMEN),
                RecommendationOutcome(2, Outcome.NIET, "Geen budget."),
            ),
        )
    )
    assert reply.id is not None
    service.save_commitment(Commitment(reply.id, "Evaluatie", due_date=date(2027, 1, 15)))
    service.save_commitment(Commitment(reply.id, "Werkbezoek"))
    lines = dossier_text(service.dossier(advice.id), TODAY).splitlines()
    first = lines.index("  1. Loketten toegankelijk.")
    assert lines[first + 1] == "     → overgenomen"
    assert lines[first + 3] == "     → niet overgenomen: Geen budget."
    assert "Reactie van het college" in lines
    assert any("UIT-26-001" in line for line in lines)
    assert "  - [open] Evaluatie (uiterlijk 15-01-2027)" in lines
    assert "  - [open] Werkbezoek (zonder termijn)" in lines
