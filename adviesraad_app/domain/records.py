"""The methods of the frozen dataclasses the register's first rows define, written once.

``@dataclass`` writes ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``
and ``__delattr__`` of a frozen class as source text and compiles each with ``exec`` when the
class is defined: about 0.1-0.2 ms a method, 0.6-1 ms a class, at every start (issue 14). The
classes the first rows need (``RegisterFilter``, ``RegisterOrder``, ``RegisterRow``,
``Settings``) stay dataclasses (``fields``, ``replace``, the JSON output, mypy) but take
``repr``, ``eq`` and ``hash`` from :class:`FrozenRecord` and write their ``__init__`` by hand
(``@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)``): the same
behaviour, compiled with the module's bytecode. ``tests/domain/test_records.py`` holds each
such class to what ``@dataclass`` itself would make of it.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, ClassVar


class FrozenRecord:
    """``__repr__``, ``__eq__`` and ``__hash__`` as a frozen ``@dataclass`` writes them, over
    the fields in their order (the dataclass's ``__match_args__``)."""

    __slots__ = ()
    __match_args__: ClassVar[tuple[str, ...]]
    _values_of: ClassVar[Any] = None  # attrgetter of the fields, made at first use

    def _values(self) -> tuple[Any, ...]:
        cls = type(self)
        values = cls.__dict__.get("_values_of")
        if values is None:
            names = cls.__match_args__
            getter = attrgetter(*names)
            values = getter if len(names) > 1 else (lambda obj: (getter(obj),))
            type.__setattr__(cls, "_values_of", values)
        result: tuple[Any, ...] = values(self)
        return result

    def __repr__(self) -> str:
        inner = ", ".join(
            f"{name}={value!r}"
            for name, value in zip(self.__match_args__, self._values(), strict=True)
        )
        return f"{type(self).__qualname__}({inner})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())
