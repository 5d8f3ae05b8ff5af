"""Issue 14, speed: a search's ids are put in order as they are read (``RankedIds``), and
read in full they are exactly the ranked list: number or subject first, then whole words,
then parts of words, each group in the register's order."""

from __future__ import annotations

import random

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.ranked_ids import RankedIds, ranked


def _ranked_at_once(
    ordered: list[int], hits: set[int], first: set[int], last: set[int]
) -> list[int]:
    listed = [i for i in ordered if i in hits]
    last = last - first
    return (
        [i for i in listed if i in first]
        + [i for i in listed if i not in first and i not in last]
        + [i for i in listed if i in last]
    )


@pytest.mark.parametrize("seed", range(20))
def test_read_in_any_order_it_is_the_ranked_list(seed: int) -> None:
    rng = random.Random(seed)
    ordered = rng.sample(range(1, 3000), rng.randint(0, 2500))
    universe = list(range(1, 3200))  # hits may lie outside the selection
    hits = set(rng.sample(universe, rng.randint(0, 2000)))
    first = set(rng.sample(universe, rng.randint(0, 600)))
    last = set(rng.sample(universe, rng.randint(0, 1500)))
    expected = _ranked_at_once(ordered, hits, first, last)
    ids = ranked(ordered, hits, first, last)
    assert len(ids) == len(expected)
    for _ in range(30):  # rows read here and there, as a table does while scrolling
        row = rng.randrange(len(expected)) if expected else 0
        if expected:
            assert ids[row] == expected[row]
            assert ids[-1 - row] == expected[-1 - row]
        start = rng.randrange(len(expected) + 1)
        assert ids[start : start + 100] == expected[start : start + 100]
    for value in rng.sample(universe, 50):
        assert (value in ids) == (value in expected)
        if value in expected:
            assert ids.index(value) == expected.index(value)
        else:
            with pytest.raises(ValueError):
                ids.index(value)
    assert list(ids) == expected
    with pytest.raises(IndexError):
        ids[len(expected)]


@pytest.mark.parametrize("seed", range(20))
def test_a_searchs_groups_give_the_same_list_without_copies(seed: int) -> None:
    """A search's subject hits and parts of words lie within its hits: when the filters
    leave every hit, the groups are used as they are (``nested``), and the list is the
    same as when they are intersected."""
    rng = random.Random(seed)
    ordered = rng.sample(range(1, 3000), rng.randint(0, 2500))
    hits = set(rng.sample(ordered, rng.randint(0, len(ordered))))
    pool = sorted(hits)
    first = set(rng.sample(pool, rng.randint(0, len(pool) // 3)))
    last = set(rng.sample(pool, rng.randint(0, len(pool) // 2)))
    if seed % 4 == 0:
        last -= first  # no advice in both groups
    expected = _ranked_at_once(ordered, hits, first, last)
    ids = ranked(ordered, hits, first, last, frozenset(ordered), nested=True)
    assert len(ids) == len(expected)
    assert ids[:100] == expected[:100]
    assert ids[len(expected) // 2 :] == expected[len(expected) // 2 :]
    assert list(ids) == expected
    for value in rng.sample(range(0, 3100), 40):
        assert (value in ids) == (value in expected)
    if first:
        assert ids._groups._sets[0] is first  # not a copy
    if last and not last & first:
        assert ids._groups._sets[-1] is last
    # Hits the filters leave out: intersected as before, also with ``nested``.
    some = ordered[: len(ordered) // 2]
    expected = _ranked_at_once(some, hits, first, last)
    assert list(ranked(some, hits, first, last, frozenset(some), nested=True)) == expected


def test_the_first_screen_does_not_order_everything() -> None:
    ordered = list(range(100_000, 0, -1))
    ids = RankedIds(ordered, [set(range(1, 100_001, 2)), set(range(2, 100_001, 2))])
    assert len(ids) == 100_000
    assert ids[:3] == [99_999, 99_997, 99_995]
    assert len(ids._flat) < 2_000  # a screen and a little more
    assert ids[50_000] == 100_000  # the first of the second group
    assert ids.index(2) == 99_999 and 2 in ids and 0 not in ids


def _service_with_hits(service: RegisterService) -> None:
    for title, summary in [
        ("Zorgbudget", "Over de begroting."),
        ("Jeugdhulp", "De zorg voor jongeren."),
        ("Armoede", "Mantelzorgers krijgen een waardering."),
        ("Vervoer", "Niets daarover."),
        ("Wonen en zorg", "Beschermd wonen."),
    ]:
        service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title=title, summary=summary))


def test_the_service_gives_the_same_ids_either_way(service: RegisterService) -> None:
    _service_with_hits(service)
    for order in (RegisterOrder(), RegisterOrder(SortKey.TITLE, descending=False)):
        for text in ("zorg", "zo", "wonen", "mantel zorg", "niets", "", "xyz"):
            selection = RegisterFilter(search=text)
            ids = service.register_ids(selection, order)
            assert list(service.register_sequence(selection, order)) == ids
            assert service.count(selection) == len(ids)
    titles = [
        service.get_advice(i).title
        for i in service.register_ids(RegisterFilter(search="zorg"), RegisterOrder())
    ]
    # in the subject first, then whole words, then parts of words ("mantelzorgers")
    assert titles[-1] == "Armoede"
    assert set(titles[:2]) == {"Zorgbudget", "Wonen en zorg"}


def test_a_replaced_list_is_freed_at_once() -> None:
    """No reference cycle: the hits of the search before go when the next list replaces
    them, not at some later garbage collection (memory at 100,000 advices)."""
    import gc
    import weakref

    gc.disable()
    try:
        ids = ranked(list(range(1000)), set(range(0, 1000, 2)), {4, 8}, {6})
        assert ids[0] == 4
        gone = weakref.ref(ids)
        del ids
        assert gone() is None
    finally:
        gc.enable()
