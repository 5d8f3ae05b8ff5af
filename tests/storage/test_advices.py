"""storage/advices.py: an advice reads back with its numbered recommendations, several come in
the order asked, numbers are found and the next one counts on from the highest of the year, an
update that changes nothing writes nothing, and each changed recommendation is a history line."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.errors import NotFoundError
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from tests.support.internals import repo_of, store_of

LATER = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


def _insert(service: RegisterService, advice: Advice) -> Advice:
    with store_of(service).write():
        return repo_of(service).insert_advice(advice)


def test_an_advice_reads_back_with_its_recommendations(service: RegisterService) -> None:
    saved = _insert(
        service,
        Advice(
            kind=AdviceKind.GEVRAAGD,
            number="2026-07",
            title="Inkoop jeugdhulp",
            request_received=date(2026, 3, 2),
            theme="Jeugd",
            recommendations=renumber(["Eerst dit.", "Dan dat."]),
        ),
    )
    assert saved.id is not None
    got = repo_of(service).get_advice(saved.id)
    assert (got.number, got.title, got.theme, got.request_received) == (
        "2026-07",
        "Inkoop jeugdhulp",
        "Jeugd",
        date(2026, 3, 2),
    )
    assert [(r.number, r.text) for r in got.recommendations] == [(1, "Eerst dit."), (2, "Dan dat.")]
    created = repo_of(service).history(saved.id)
    assert [(h.action, h.new_value) for h in created] == [("created", "2026-07")]


def test_numbers_found_in_use_and_counted_on(service: RegisterService) -> None:
    repo = repo_of(service)
    assert repo.next_number(2026) == "2026-01"
    first = _insert(service, Advice(kind=AdviceKind.ONGEVRAAGD, number="2026-01", title="Een"))
    _insert(service, Advice(kind=AdviceKind.ONGEVRAAGD, number="2026-09", title="Negen"))
    _insert(service, Advice(kind=AdviceKind.ONGEVRAAGD, number="2025-14", title="Vorig jaar"))
    assert repo.next_number(2026) == "2026-10"
    assert repo.next_number(2025) == "2025-15"
    assert repo.find_advice_by_number(" 2026-01 ") == first.id
    assert repo.find_advice_by_number("2026-02") is None
    assert repo.number_in_use("2026-09")
    assert not repo.number_in_use("2026-01", except_id=first.id)


def test_several_advices_in_the_order_asked_deleted_included(service: RegisterService) -> None:
    a = _insert(service, Advice(kind=AdviceKind.ONGEVRAAGD, number="2026-01", title="A"))
    b = _insert(
        service,
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            number="2026-02",
            title="B",
            recommendations=renumber(["Doe het."]),
        ),
    )
    assert a.id is not None and b.id is not None
    with store_of(service).write():
        repo_of(service).set_advice_deleted(a.id, True)
    got = repo_of(service).get_advices([b.id, 999, a.id])
    assert [x.title for x in got] == ["B", "A"]
    assert [r.text for r in got[0].recommendations] == ["Doe het."]
    with pytest.raises(NotFoundError) as caught:
        repo_of(service).get_advice(a.id)
    assert str(caught.value) == f"Advies {a.id} bestaat niet (of is verwijderd)."


def test_an_update_writes_only_what_changed(service: RegisterService) -> None:
    saved = _insert(
        service,
        Advice(
            kind=AdviceKind.ONGEVRAAGD,
            number="2026-03",
            title="Mantelzorg",
            recommendations=renumber(["Een.", "Twee."]),
        ),
    )
    assert saved.id is not None
    repo = repo_of(service)
    before = len(repo.history(saved.id))
    with store_of(service).write():
        same = repo.update_advice(repo.get_advice(saved.id), at=LATER)
    assert len(repo.history(saved.id)) == before
    assert same.updated_at == saved.updated_at != LATER
    assert repo.get_advice(saved.id).updated_at == saved.updated_at

    changed = replace(
        repo.get_advice(saved.id),
        theme="Wmo",
        recommendations=renumber(["Een.", "Twee, anders.", "Drie."]),
    )
    with store_of(service).write():
        repo.update_advice(changed)
    lines = [(h.entity, h.field, h.old_value, h.new_value) for h in repo.history(saved.id)]
    assert lines[before:] == [
        ("advice", "theme", "", "Wmo"),
        ("recommendation", "recommendation 2", "Twee.", "Twee, anders."),
        ("recommendation", "recommendation 3", None, "Drie."),
    ]
    assert [r.text for r in repo.get_advice(saved.id).recommendations] == [
        "Een.",
        "Twee, anders.",
        "Drie.",
    ]
