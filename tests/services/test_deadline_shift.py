"""A shifted deadline explains itself wherever it is shown."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.extensions import TermKind
from adviesraad_app.domain.holidays import OwnDay
from adviesraad_app.domain.kinds import AdviceKind, DeadlineState
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.text.dossier_text import dossier_text
from adviesraad_app.services.text.present import term_text
from adviesraad_app.services.text.serialize import deadline_dict


def _sent_on_7_march_2025(service: RegisterService) -> int:
    advice = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Paasadvies", sent_date=date(2025, 3, 7))
    )
    assert advice.id is not None
    return advice.id


def test_reply_term_ending_on_good_friday_runs_to_tuesday(service: RegisterService) -> None:
    advice_id = _sent_on_7_march_2025(service)
    dossier = service.dossier(advice_id)
    assert dossier.reply_term is not None
    assert dossier.reply_term.due == date(2025, 4, 22)
    assert term_text(dossier.reply_term) == (
        "di 22 april 2025 (verschoven van vr 18 april: Goede Vrijdag, weekend, tweede Paasdag)"
    )
    assert "verschoven van vr 18 april" in dossier_text(dossier)
    # Not late on the 19th: the college still has until Tuesday.
    (item,) = service.deadlines(date(2025, 4, 19))
    assert item.due_date == date(2025, 4, 22) and item.state == DeadlineState.DUE_SOON
    data = deadline_dict(item)
    assert data["shifted_from"] == "2025-04-18"
    assert data["shift_reasons"] == ["Goede Vrijdag", "weekend", "tweede Paasdag"]


def test_unshifted_and_extended_deadlines_have_no_shift(service: RegisterService) -> None:
    advice = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Zomer", sent_date=date(2024, 8, 12))
    )
    assert advice.id is not None
    (item,) = service.deadlines(date(2024, 9, 1))
    assert deadline_dict(item)["shifted_from"] is None
    assert deadline_dict(item)["shift_reasons"] == []
    advice_id = _sent_on_7_march_2025(service)
    service.extend_term(advice_id, TermKind.REPLY, date(2025, 5, 2), "overleg", "voorzitter")
    term = service.dossier(advice_id).reply_term
    assert term is not None and term.shifted_from is None and term.shift_reasons == ()


def test_own_days_move_deadlines_and_cached_columns(service: RegisterService) -> None:
    advice_id = _sent_on_7_march_2025(service)
    service.save_settings(
        replace(service.settings, own_days=(OwnDay(date(2025, 4, 22), "Sluitingsdag"),))
    )
    assert service.get_advice(advice_id)
    row = service.register_rows([advice_id])[advice_id]
    assert row.reply_due == date(2025, 4, 23)
    reopened = RegisterService.open(service.path)
    try:
        assert reopened.settings.own_days == (OwnDay(date(2025, 4, 22), "Sluitingsdag"),)
    finally:
        reopened.close()
