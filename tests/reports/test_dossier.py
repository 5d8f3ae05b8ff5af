"""reports/dossier.py: the dossier PDF of one or more advices: the outcome and reasons per
recommendation, the sentence for a reply still missing, commitments with how they were
closed, extensions as sentences, internal notes only in a confidential export, and one page
per advice with its own heading when there are several."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.kinds import AdviceKind, CommitmentStatus, Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.services.pdf.content import DossierContent, PdfKind
from adviesraad_app.services.register import RegisterService
from tests.support.pdf import Pdf
from tests.support.reports import heading, rendered

TODAY = date(2026, 11, 22)


def _pdf(
    service: RegisterService, ids: list[int], folder: Path, *, confidential: bool = False
) -> tuple[Pdf, int]:
    content = DossierContent(
        heading(PdfKind.DOSSIER, "Dossier", include_confidential=confidential, today=TODAY),
        [service.dossier(i) for i in ids],
    )
    return rendered(content, folder)


def _sent(service: RegisterService, title: str, sent: date, **fields: object) -> int:
    saved = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title=title, sent_date=sent, **fields)  # type: ignore[arg-type]
    )
    assert saved.id is not None
    return saved.id


def test_outcome_and_reasons_per_recommendation(service: RegisterService, tmp_path: Path) -> None:
    advice_id = _sent(
        service,
        "Inclusieagenda",
        date(2026, 5, 4),
        recommendations=renumber(
            ["Maak alle loketten toegankelijk.", "Betrek ervaringsdeskundigen.", "Meet elk jaar."]
        ),
    )
    service.save_reply(
        Reply(
            advice_id=advice_id,
            date=date(2026, 6, 1),
            our_reference="UIT-26-001",
            outcomes=(
                RecommendationOutcome(1, Outcome.OVERGENOMEN),
                RecommendationOutcome(2, Outcome.NIET, "Er is geen budget voor."),
                RecommendationOutcome(3, Outcome.DEELS),
            ),
        )
    )
    pdf, _ = _pdf(service, [advice_id], tmp_path)
    text = pdf.flat
    assert "Aanbeveling 1. Maak alle loketten toegankelijk. Uitkomst: overgenomen" in text
    assert "Uitkomst: niet overgenomen Motivering van het college: Er is geen budget voor." in text
    assert "Uitkomst: deels overgenomen Motivering van het college: niet vastgelegd" in text
    assert "UIT-26-001" in text
    assert "Er is nog geen reactie" not in text


def test_a_missing_reply_is_one_sentence_with_its_term(
    service: RegisterService, tmp_path: Path
) -> None:
    late = _sent(service, "Laat", date(2026, 8, 3), recommendations=renumber(["Doe iets."]))
    pdf, _ = _pdf(service, [late], tmp_path)
    text = pdf.flat
    term = service.dossier(late).reply_term
    assert term is not None and term.due < TODAY
    assert "Er is nog geen reactie van het college; de reactietermijn is op" in text
    assert "verstreken" in text
    assert "Uitkomst: nog geen reactie van het college" in text

    running = _sent(service, "Loopt", date(2026, 11, 16))
    pdf, _ = _pdf(service, [running], tmp_path)
    assert "de reactietermijn loopt tot en met" in pdf.flat
    assert "Dit advies heeft geen genummerde aanbevelingen." in pdf.flat


def test_commitments_say_how_they_were_closed_and_extensions_are_sentences(
    service: RegisterService, tmp_path: Path
) -> None:
    advice_id = _sent(service, "Schuldhulp", date(2026, 1, 12))
    reply = service.save_reply(Reply(advice_id=advice_id, date=date(2026, 2, 9)))
    assert reply.id is not None
    done = service.save_commitment(
        Commitment(reply.id, "Evaluatie sturen", due_date=date(2026, 6, 1))
    )
    service.save_commitment(Commitment(reply.id, "Werkbezoek plannen"))
    assert done.id is not None
    service.set_commitment_status(
        done.id, CommitmentStatus.DONE, closed_on=date(2026, 5, 20), note="brief van 20 mei"
    )
    pdf, _ = _pdf(service, [advice_id], tmp_path)
    text = pdf.flat
    assert "Toezeggingen" in text
    assert "Evaluatie sturen. Nagekomen op" in text and "brief van 20 mei" in text
    assert "Werkbezoek plannen geen datum" in text


def test_internal_notes_only_when_confidential_content_is_included(
    service: RegisterService, tmp_path: Path
) -> None:
    advice_id = _sent(
        service,
        "Casus",
        date(2026, 10, 5),
        confidential=True,
        internal_notes="Bellen met de wethouder vóór de vergadering.",
    )
    public, _ = _pdf(service, [advice_id], tmp_path)
    assert "Bellen met de wethouder" not in public.flat
    inside, _ = _pdf(service, [advice_id], tmp_path, confidential=True)
    assert "Interne notities (intern, vertrouwelijk)" in inside.flat
    assert "Bellen met de wethouder vóór de vergadering." in inside.flat
    assert "Dit advies is vertrouwelijk: niet openbaar maken." in inside.flat


def test_several_dossiers_each_start_a_page_under_their_own_heading(
    service: RegisterService, tmp_path: Path
) -> None:
    first = _sent(service, "Armoedebeleid", date(2026, 3, 2))
    second = _sent(service, "Mantelzorg", date(2026, 4, 6))
    one, two = (service.get_advice(i).number for i in (first, second))
    pdf, pages = _pdf(service, [first, second], tmp_path)
    assert pages == 2
    assert pdf.page_flat(0).startswith(f"Dossier {one} Armoedebeleid Gegevens")
    assert "Mantelzorg" not in pdf.page_flat(0)
    assert pdf.page_flat(1).startswith(f"{two} Mantelzorg Gegevens")
    # the running header names the advice of the page
    assert f"Dossier {two}: Mantelzorg" in pdf.page_flat(1)
    assert f"Dossier {one}: Armoedebeleid" in pdf.page_flat(0)
