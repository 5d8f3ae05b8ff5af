"""The ids of a search in the register's order, best matches first, worked out as they are
asked for.

A search at 100,000 advices finds up to 100,000 ids in three groups (hits in the number or
subject, whole words, parts of words), each in the register's order. Sorting them all costs
more than the rest of a keystroke, while a table shows forty rows: ``RankedIds`` knows its
length at once and puts the ids in order only as far as they are read (scrolling on, or
``list()`` for an export, reads the rest).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import chain, islice
from typing import overload

#: Ids put in order at a time (a screen, with room for the rows read around it).
CHUNK = 512


class RankedIds(Sequence[int]):
    """``ordered`` (the register's order) split into groups, best first: the ids of the
    first group in ``ordered``'s order, then those of the second, ... Each group is a set of
    ids, or (``size``, a function making that set) for a large group that is made only when
    it is read. Ids in no group are left out; ids of a group must be in ``ordered``."""

    def __init__(
        self, ordered: list[int], groups: Sequence[set[int] | tuple[int, Callable[[], set[int]]]]
    ) -> None:
        self._groups = _Groups(groups)
        self._length = sum(self._groups.sizes)
        # The ids put in order so far, from the first; the rest come from ``_left`` (which
        # refers to the groups, not to this object: no reference cycle keeps a list of
        # 100,000 hits alive after the next keystroke replaced it).
        self._flat: list[int] = []
        found = self._groups
        self._left = chain.from_iterable(
            filter(found.members(group).__contains__, ordered) for group in range(len(found.sizes))
        )

    def __len__(self) -> int:
        return self._length

    def _fill(self, count: int) -> list[int]:
        """The first ``count`` ids (at least), in order."""
        flat = self._flat
        if len(flat) < count:
            flat.extend(islice(self._left, max(count - len(flat), CHUNK)))
        return flat

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        flat = self._flat
        if type(index) is int and 0 <= index < len(flat):  # already in order: every paint
            return flat[index]
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            return self._fill(stop if step > 0 else len(self))[start:stop:step]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._fill(index + 1)[index]

    def __iter__(self) -> Iterator[int]:
        return iter(self._fill(len(self)))

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        if value not in self:
            raise ValueError(value)
        ids = self._fill(len(self))
        return ids.index(value, start, len(ids) if stop is None else stop)  # type: ignore[arg-type]

    def __contains__(self, value: object) -> bool:
        found = self._groups
        return any(value in found.members(group) for group in range(len(found.sizes)))


class _Groups:
    """The groups of a ``RankedIds``: their sizes, and their sets (made when first needed)."""

    def __init__(self, groups: Sequence[set[int] | tuple[int, Callable[[], set[int]]]]) -> None:
        self.sizes: list[int] = []
        self._sets: list[set[int] | None] = []
        self._makers: list[Callable[[], set[int]] | None] = []
        for group in groups:
            size, made, maker = (
                (len(group), group, None) if isinstance(group, set) else (group[0], None, group[1])
            )
            if size:
                self.sizes.append(size)
                self._sets.append(made)
                self._makers.append(maker)

    def members(self, group: int) -> set[int]:
        members = self._sets[group]
        if members is None:
            maker = self._makers[group]
            assert maker is not None
            members = self._sets[group] = maker()
        return members


def ranked(
    ordered: list[int],
    hits: set[int],
    first: set[int],
    last: set[int],
    ordered_set: frozenset[int] | None = None,
    *,
    nested: bool = False,
) -> RankedIds:
    """The ids of ``hits`` that are in ``ordered``, in its order: those in ``first``, then
    those in neither, then those in ``last`` (and not in ``first``). ``ordered_set``: the
    ids of ``ordered`` as a set, if at hand (it spares a copy of ``hits``). ``nested``:
    ``first`` and ``last`` are known to lie within ``hits`` (a search's groups do), so that
    when the filters leave every hit they are used as they are, not copied."""
    # What the selection's filters (year, kind, ...) leave; all of it, as it is, when they
    # leave every hit.
    unfiltered = ordered_set is not None and hits <= ordered_set
    if unfiltered and nested:
        return _ranked_nested(ordered, hits, first, last)
    within = hits if unfiltered else hits.intersection(ordered)
    top = within & first if first else set()
    bottom = within & last if last else set()
    bottom -= top
    if not top and not bottom:
        return RankedIds(ordered, [within])
    middle = (len(within) - len(top) - len(bottom), lambda: within.difference(top, bottom))
    return RankedIds(ordered, [top, middle, bottom])


def _ranked_nested(
    ordered: list[int], hits: set[int], first: set[int], last: set[int]
) -> RankedIds:
    """``ranked`` when every hit is in ``ordered`` and ``first`` and ``last`` lie within
    ``hits``: the groups' sizes come from one intersection of the two small groups, and no
    group of thousands of ids is copied on a keystroke (at 100,000 advices copying the
    subject hits and the parts of words cost 1-2 ms, and each copy is one more large set
    for Python's cycle collector to walk while the user types)."""
    if not first and not last:
        return RankedIds(ordered, [hits])
    both = len(first & last) if first and last else 0  # walks the smaller of the two
    bottom: set[int] | tuple[int, Callable[[], set[int]]] = (
        (len(last) - both, lambda: last - first) if both else last
    )
    middle = (len(hits) - len(first) - len(last) + both, lambda: hits.difference(first, last))
    return RankedIds(ordered, [first, middle, bottom])
