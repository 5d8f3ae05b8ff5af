"""storage/derived_cache.py: the cached columns of an advice (status, terms, next deadline)
are recomputed from all its tables, for one advice or all of them with other settings, and
the search text gathers what lives outside the advice (the reply, commitments, documents)."""

from __future__ import annotations

from datetime import date

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.register import RegisterService
from tests.support.internals import repo_of, store_of


def _cached(service: RegisterService, advice_id: int) -> tuple[str, str | None, str | None]:
    row = store_of(service).query(
        "SELECT status, reply_due, next_due FROM advices WHERE id = ?", (advice_id,)
    )[0]
    return row["status"], row["reply_due"], row["next_due"]


def _sent(service: RegisterService) -> int:
    saved = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Verzonden", sent_date=date(2026, 5, 4))
    )
    assert saved.id is not None
    return saved.id


def test_refresh_puts_back_what_was_tampered_with(service: RegisterService) -> None:
    advice_id = _sent(service)
    right = _cached(service, advice_id)
    assert right[0] == AdviceStatus.ADVIES_VERZONDEN.value and right[1] is not None
    with store_of(service).write() as conn:
        conn.execute(
            "UPDATE advices SET status = 'afgerond', reply_due = NULL, next_due = NULL "
            "WHERE id = ?",
            (advice_id,),
        )
        derived = repo_of(service).refresh(advice_id)
    assert derived.status == AdviceStatus.ADVIES_VERZONDEN
    assert _cached(service, advice_id) == right


def test_refresh_all_recomputes_every_advice_the_waste_basket_too(
    service: RegisterService,
) -> None:
    ids = [_sent(service), _sent(service)]
    deleted = _sent(service)
    service.delete_advice(deleted)
    right = {i: _cached(service, i) for i in (*ids, deleted)}
    with store_of(service).write() as conn:
        conn.execute("UPDATE advices SET status = 'afgerond', reply_due = NULL, next_due = NULL")
        assert repo_of(service).refresh_all(service.settings) == 3
    assert {i: _cached(service, i) for i in (*ids, deleted)} == right
    chunks = list(repo_of(service).derive_all(service.settings))
    assert set().union(*chunks) == {*ids, deleted}


def test_the_search_text_gathers_reply_commitments_and_documents(
    service: RegisterService, tmp_path: object
) -> None:
    advice_id = _sent(service)
    reply = service.save_reply(
        Reply(advice_id=advice_id, date=date(2026, 6, 1), our_reference="UIT-77", subject="Re")
    )
    assert reply.id is not None
    service.save_commitment(Commitment(reply.id, "Werkbezoek plannen", note="in het najaar"))
    extra = store_of(service).query("SELECT search_extra FROM advices WHERE id = ?", (advice_id,))[
        0
    ][0]
    assert "UIT-77" in extra and "Werkbezoek plannen" in extra and "in het najaar" in extra
    assert service.search_matches([advice_id], "werkbezoek")  # and so the search finds it
