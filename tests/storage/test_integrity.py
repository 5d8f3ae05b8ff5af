"""storage/integrity.py: what the database check asks of SQLite: a sound register passes every
check, an emptied search index is seen and rebuilt (and search finds again), another
program's commit is counted, and VACUUM INTO gives a sound copy."""

from __future__ import annotations

from pathlib import Path

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.integrity import integrity_check_file
from tests.support.internals import store_of


def _filled(service: RegisterService) -> list[int]:
    ids = []
    for title in ("Mantelzorg ontlasten", "Armoedebeleid", "Inkoop jeugdhulp"):
        saved = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title=title))
        assert saved.id is not None
        ids.append(saved.id)
    return ids


def test_a_sound_register_passes_every_check(service: RegisterService) -> None:
    ids = _filled(service)
    integrity = service.integrity()
    assert integrity.integrity_check(10) == ["ok"]
    assert integrity.quick_check() == []
    assert integrity.foreign_key_tables() == []
    integrity.check_search_index()  # raises when damaged
    advices, indexed = integrity.search_index_coverage()
    assert advices == indexed == set(ids)
    numbers = integrity.advice_numbers()
    assert sorted(numbers) == sorted(ids)
    assert all(number.startswith(str(service.register()[0].year)) for number in numbers.values())


def test_an_emptied_search_index_is_seen_and_rebuilt(service: RegisterService) -> None:
    ids = _filled(service)
    with store_of(service).write() as conn:
        conn.execute("INSERT INTO advice_search (advice_search) VALUES ('delete-all')")
        conn.execute("INSERT INTO advice_head (advice_head) VALUES ('delete-all')")
    assert _found(service, "mantelzorg") == []
    integrity = service.integrity()
    advices, indexed = integrity.search_index_coverage()
    assert advices == set(ids) and indexed == set()
    assert integrity.rebuild_search_index() == 3
    assert integrity.search_index_coverage() == (set(ids), set(ids))
    assert _found(service, "mantelzorg") == [ids[0]]


def _found(service: RegisterService, text: str) -> list[int]:
    return service.register_ids(RegisterFilter(search=text), RegisterOrder())


def test_commits_by_others_are_counted(service: RegisterService) -> None:
    integrity = service.integrity()
    before = integrity.commits_by_others()
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Eigen"))
    assert integrity.commits_by_others() == before  # not by another connection
    other = RegisterService.open(service.path)
    try:
        other.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Van elders"))
    finally:
        other.close()
    assert integrity.commits_by_others() != before


def test_vacuum_into_gives_a_sound_copy(service: RegisterService, tmp_path: Path) -> None:
    _filled(service)
    integrity = service.integrity()
    integrity.reindex()
    target = tmp_path / "kopie.sqlite3"
    integrity.vacuum_into(target)
    assert integrity_check_file(target) == ["ok"]
    copy = RegisterService.open(target)
    try:
        assert copy.count() == 3
    finally:
        copy.close()
