"""History, soft delete, full-text search and derived columns."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.errors import NotFoundError, ValidationError
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.domain.settings import Settings
from adviesraad_app.services.register import RegisterService
from tests.support.internals import store_of


def make(service: RegisterService, title: str = "Werk- en Leercentrum", **kw: object) -> Advice:
    values: dict[str, object] = {"kind": AdviceKind.ONGEVRAAGD, "title": title}
    values.update(kw)
    return service.create_advice(Advice(**values))  # type: ignore[arg-type]


def test_numbers_per_year_and_editable(service: RegisterService) -> None:
    a = make(service, sent_date=date(2024, 8, 12))
    b = make(service, sent_date=date(2024, 9, 1))
    c = make(service, sent_date=date(2025, 1, 5))
    assert (a.number, b.number, c.number) == ("2024-01", "2024-02", "2025-01")
    d = make(service, number="2024-07")
    assert d.number == "2024-07"
    assert make(service, sent_date=date(2024, 10, 1)).number == "2024-08"
    with pytest.raises(ValidationError) as info:
        make(service, number="2024-07")
    assert "al in gebruik" in str(info.value.for_field("number"))


def test_every_change_is_in_the_history(service: RegisterService) -> None:
    a = make(service, recommendations=renumber(["eerste"]))
    assert a.id is not None
    service.update_advice(
        replace(
            a,
            title="Nieuw onderwerp",
            sent_date=date(2024, 8, 12),
            recommendations=renumber(["eerste", "tweede"]),
        )
    )
    history = service.dossier(a.id).history
    changes = {(h.field, h.old_value, h.new_value) for h in history if h.action == "updated"}
    assert ("title", "Werk- en Leercentrum", "Nieuw onderwerp") in changes
    assert ("sent_date", None, "2024-08-12") in changes
    assert ("recommendation 2", None, "tweede") in changes
    assert history[0].action == "created"


def test_saving_unchanged_records_nothing(service: RegisterService) -> None:
    a = make(service)
    assert a.id is not None
    before = len(service.dossier(a.id).history)
    service.update_advice(service.get_advice(a.id))
    assert len(service.dossier(a.id).history) == before


def test_soft_delete_and_restore_are_recorded(service: RegisterService) -> None:
    a = make(service)
    assert a.id is not None
    service.delete_advice(a.id)
    assert service.count() == 0
    assert service.count(RegisterFilter(deleted=True)) == 1
    with pytest.raises(NotFoundError):
        service.dossier(a.id)
    service.restore_advice(a.id)
    assert service.count() == 1
    actions = [h.action for h in service.dossier(a.id).history]
    assert actions[-2:] == ["deleted", "restored"]


def test_full_text_search_over_everything(service: RegisterService) -> None:
    a = make(
        service,
        summary="Dagbesteding voor inwoners met psychische beperkingen",
        sent_date=date(2024, 8, 12),
        recommendations=renumber(["Behoud de locatie"]),
    )
    make(service, title="Schuldhulpverlening", sent_date=date(2024, 9, 1))
    assert a.id is not None
    reply = service.save_reply(
        Reply(
            advice_id=a.id,
            date=date(2024, 11, 5),
            our_reference="UIT - 24117125",
            summary="Dimence wordt geïnformeerd",
        )
    )
    from adviesraad_app.domain.commitments import Commitment

    assert reply.id is not None
    service.save_commitment(
        Commitment(reply_id=reply.id, text="Wij zullen u informeren over de overname")
    )

    def found(text: str) -> list[str]:
        return [r.number for r in service.register(RegisterFilter(search=text))]

    assert found("psych") == [a.number]  # prefix, as you type
    assert found("locatie") == [a.number]  # recommendation
    assert found("24117125") == [a.number]  # reply reference
    assert found("geinformeerd") == [a.number]  # diacritics folded
    assert found("overname") == [a.number]  # commitment
    assert found("leer werk") == [a.number]  # all words, any order
    assert found("schuld") != [a.number]
    assert found('"; DROP TABLE advices; --') == []  # no FTS syntax leaks through


def test_reply_makes_status_and_lateness(service: RegisterService) -> None:
    a = make(service, sent_date=date(2024, 8, 12), recommendations=renumber(["a", "b"]))
    assert a.id is not None
    service.save_reply(
        Reply(
            advice_id=a.id,
            date=date(2024, 11, 5),
            outcomes=(
                RecommendationOutcome(1, Outcome.OVERGENOMEN),
                RecommendationOutcome(2, Outcome.NIET, "geld"),
            ),
        )
    )
    row = service.register()[0]
    # The reply is in and nothing was promised: afgerond, derived.
    assert row.status == AdviceStatus.AFGEROND
    assert row.reply_days_late == 43
    assert row.outcome == Outcome.DEELS


def test_reply_before_advice_is_refused_and_nothing_saved(service: RegisterService) -> None:
    a = make(service, sent_date=date(2024, 8, 12))
    assert a.id is not None
    with pytest.raises(ValidationError) as info:
        service.save_reply(Reply(advice_id=a.id, date=date(2024, 8, 1)))
    assert "vóór het advies" in str(info.value)
    assert service.dossier(a.id).reply is None
    assert all(h.entity != "reply" for h in service.dossier(a.id).history)


def test_a_term_setting_applies_to_terms_that_start_after_it(service: RegisterService) -> None:
    sent = make(service, sent_date=date(2024, 8, 12))
    assert sent.reply_term_weeks == 6  # recorded when the term started
    asked = make(service, "Gevraagd", kind=AdviceKind.GEVRAAGD)  # no request date yet
    assert service.register(RegisterFilter(search="gevraagd"))[0].advice_due is None
    service.save_settings(replace(service.settings, reply_term_weeks=8, advice_term_weeks=4))
    # The sent advice keeps its 6 weeks: the deadline (and how late a reply was) stays.
    assert service.dossier(sent.id or 0).reply_term.due == date(2024, 9, 23)  # type: ignore[union-attr]
    # A term that starts now gets the new length, and keeps it.
    assert asked.id is not None
    updated = service.update_advice(
        replace(service.get_advice(asked.id), request_received=date(2025, 1, 6))
    )
    assert updated.advice_term_weeks == 4
    assert service.dossier(asked.id).advice_term.due == date(2025, 2, 3)  # type: ignore[union-attr]
    reopened = RegisterService.open(service.path)
    assert reopened.settings.reply_term_weeks == 8
    assert reopened.get_advice(sent.id or 0).reply_term_weeks == 6
    reopened.close()


def test_unsent_advices_follow_the_settings_until_sent(service: RegisterService) -> None:
    draft = make(service, "Concept")
    assert draft.reply_term_weeks is None
    service.save_settings(replace(service.settings, reply_term_weeks=8))
    assert draft.id is not None
    sent = service.update_advice(replace(service.get_advice(draft.id), sent_date=date(2024, 8, 12)))
    assert sent.reply_term_weeks == 8
    assert service.dossier(draft.id).reply_term.due == date(2024, 10, 7)  # type: ignore[union-attr]


def test_sorting_and_filters(service: RegisterService) -> None:
    make(service, "B-onderwerp", sent_date=date(2024, 3, 1), theme="Wmo")
    make(service, "A-onderwerp", sent_date=date(2025, 3, 1), theme="Jeugd")
    make(service, "C-onderwerp", kind=AdviceKind.GEVRAAGD, request_received=date(2025, 1, 1))
    titles = [r.title for r in service.register(order=RegisterOrder(SortKey.TITLE, False))]
    assert titles == ["A-onderwerp", "B-onderwerp", "C-onderwerp"]
    assert [r.title for r in service.register(RegisterFilter(year=2024))] == ["B-onderwerp"]
    assert [r.title for r in service.register(RegisterFilter(theme="Jeugd"))] == ["A-onderwerp"]
    assert [r.title for r in service.register(RegisterFilter(kind=AdviceKind.GEVRAAGD))] == [
        "C-onderwerp"
    ]
    assert service.years() == [2025, 2024]


def test_status_sorts_in_lifecycle_order(demo_service: RegisterService) -> None:
    rows = demo_service.register(order=RegisterOrder(SortKey.STATUS, False))
    ranks = [list(AdviceStatus).index(r.status) for r in rows]
    assert ranks == sorted(ranks) and len(set(ranks)) > 2
    backwards = demo_service.register(order=RegisterOrder(SortKey.STATUS, True))
    assert [list(AdviceStatus).index(r.status) for r in backwards] == sorted(ranks, reverse=True)


def test_settings_survive_bad_stored_values(service: RegisterService) -> None:
    with store_of(service).write():
        store_of(service).conn.execute(
            "INSERT INTO settings (key, value) VALUES ('reply_term_weeks', '\"zes\"')"
        )
    service.reload()
    assert service.settings == Settings()
