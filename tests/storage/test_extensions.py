"""storage/extensions.py: an extension (verdaging) reads back as agreed, trimmed, with a
history line from the old to the new date; a deleted one is left out of the reads; an unknown
one is a Dutch "does not exist"."""

from __future__ import annotations

from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.errors import NotFoundError
from adviesraad_app.domain.extensions import Extension, TermKind
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from tests.support.internals import repo_of, store_of


def _advice(service: RegisterService, title: str) -> int:
    saved = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title=title, sent_date=date(2026, 5, 4))
    )
    assert saved.id is not None
    return saved.id


def _extend(service: RegisterService, extension: Extension) -> Extension:
    with store_of(service).write():
        return repo_of(service).insert_extension(extension)


def test_an_extension_reads_back_as_agreed_with_its_history_line(
    service: RegisterService,
) -> None:
    advice_id = _advice(service, "Verdaagd")
    saved = _extend(
        service,
        Extension(
            advice_id=advice_id,
            term=TermKind.REPLY,
            new_date=date(2026, 7, 1),
            reason="  Zomerreces  ",
            agreed_by=" Wethouder ",
            previous_date=date(2026, 6, 15),
            agreed_on=date(2026, 6, 10),
        ),
    )
    repo = repo_of(service)
    [got] = repo.extensions_for(advice_id)
    assert got.id == saved.id
    assert (got.term, got.previous_date, got.new_date) == (
        TermKind.REPLY,
        date(2026, 6, 15),
        date(2026, 7, 1),
    )
    assert (got.reason, got.agreed_by, got.agreed_on) == (
        "Zomerreces",
        "Wethouder",
        date(2026, 6, 10),
    )
    line = [h for h in repo.history(advice_id) if h.entity == "extension"][-1]
    assert (line.action, line.field, line.old_value, line.new_value) == (
        "created",
        "reply",
        "2026-06-15",
        "2026-07-01",
    )


def test_extensions_of_many_advices_are_grouped_and_deleted_ones_left_out(
    service: RegisterService,
) -> None:
    first, second, none = (_advice(service, t) for t in ("Een", "Twee", "Geen"))
    a = _extend(service, Extension(first, TermKind.REPLY, date(2026, 7, 1), "r", "w"))
    b = _extend(service, Extension(first, TermKind.REPLY, date(2026, 8, 1), "r", "w"))
    c = _extend(service, Extension(second, TermKind.ADVICE, date(2026, 7, 1), "r", "w"))
    repo = repo_of(service)
    grouped = repo.extensions_for_many([first, second, none])
    assert {k: [e.id for e in v] for k, v in grouped.items()} == {
        first: [a.id, b.id],
        second: [c.id],
    }
    assert b.id is not None
    with store_of(service).write():
        assert repo.set_extension_deleted(b.id, True) == first
    assert [e.id for e in repo.extensions_for(first)] == [a.id]
    with store_of(service).write():
        repo.set_extension_deleted(b.id, False)
    assert [e.id for e in repo.extensions_for(first)] == [a.id, b.id]


def test_an_unknown_extension_is_a_dutch_message(service: RegisterService) -> None:
    with store_of(service).write(), pytest.raises(NotFoundError) as caught:
        repo_of(service).set_extension_deleted(404, True)
    assert str(caught.value) == "Verdaging 404 bestaat niet."
