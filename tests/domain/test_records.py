"""The frozen records whose ``__init__`` is written by hand and whose ``repr``, ``eq`` and
``hash`` come from ``domain/records.FrozenRecord`` (issue 14, start-up) behave exactly as
``@dataclass(frozen=True, slots=True)`` would make them: each is compared with a dataclass
made by ``dataclasses`` itself from the same fields."""

from __future__ import annotations

import dataclasses
import inspect
from datetime import date, datetime
from typing import Any

import pytest

from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, Outcome
from adviesraad_app.domain.settings import Settings
from adviesraad_app.domain.views import RegisterRow

_ROW: dict[str, Any] = dict(
    id=7,
    number="2024-07",
    year=2024,
    title="Mantelzorg",
    kind=AdviceKind.GEVRAAGD,
    theme="Wmo",
    status=AdviceStatus.ADVIES_VERZONDEN,
    sent_date=date(2024, 3, 1),
    advice_due=date(2024, 2, 28),
    reply_due=date(2024, 4, 12),
    reply_date=None,
    outcome=Outcome.DEELS,
    reply_days_late=None,
    next_due=date(2024, 4, 12),
    confidential=False,
)

#: Each record with the keywords of an instance whose every field differs from its default.
CASES: list[tuple[type[Any], dict[str, Any]]] = [
    (
        RegisterFilter,
        dict(
            year=2024,
            kind=AdviceKind.ONGEVRAAGD,
            status="open",
            theme="Jeugd",
            search="zorg",
            ids=(1, 2),
            include_confidential=False,
            deleted=True,
        ),
    ),
    (RegisterOrder, dict(key=SortKey.TITLE, descending=False)),
    (RegisterRow, dict(_ROW, deleted_at=datetime(2024, 5, 1, 12, 0))),
    (
        Settings,
        dict(
            council_name="ASD Wierden",
            municipality="Wierden",
            advice_term_weeks=8,
            reply_term_weeks=4,
            apply_termijnenwet=False,
            due_soon_days=7,
            themes=("Wmo", "Jeugd"),
            reminder_days=5,
            open_pdf_after_export=False,
            own_days=(),
            second_reminder_days=10,
            inform_council_days=30,
            college_email="college@wierden.nl",
            template_ontvangstbevestiging="a.docx",
            template_advies="b.docx",
            template_herinnering="c.docx",
            template_raadsbericht="d.docx",
        ),
    ),
]


def _reference(cls: type[Any]) -> type[Any]:
    """What ``@dataclass(frozen=True, slots=True)`` makes of ``cls``'s fields."""
    spec = [(f.name, f.type, dataclasses.field(default=f.default)) for f in dataclasses.fields(cls)]
    namespace = {"__post_init__": cls.__post_init__} if hasattr(cls, "__post_init__") else {}
    return dataclasses.make_dataclass(
        cls.__name__, spec, frozen=True, slots=True, namespace=namespace
    )


def _required(cls: type[Any], values: dict[str, Any]) -> dict[str, Any]:
    return {
        f.name: values[f.name] for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING
    }


@pytest.mark.parametrize(("cls", "values"), CASES, ids=[c.__name__ for c, _ in CASES])
def test_a_record_behaves_as_dataclass_makes_it(cls: type[Any], values: dict[str, Any]) -> None:
    ref = _reference(cls)
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen
    assert [(f.name, f.default) for f in dataclasses.fields(cls)] == [
        (f.name, f.default) for f in dataclasses.fields(ref)
    ]
    assert cls.__match_args__ == ref.__match_args__
    assert cls.__slots__ == ref.__slots__

    def params(init: Any) -> list[tuple[str, Any, Any]]:
        return [(p.name, p.kind, p.default) for p in inspect.signature(init).parameters.values()]

    assert params(cls.__init__) == params(ref.__init__)
    # with the defaults only, with every field set, and with one field set
    required = _required(cls, values)
    name = next(iter(values))
    for kwargs in (required, values, {**required, name: values[name]}):
        ours, theirs = cls(**kwargs), ref(**kwargs)
        assert repr(ours) == repr(theirs)
        assert hash(ours) == hash(theirs)
        assert ours == cls(**kwargs)
        assert (ours != cls(**kwargs)) is False
        assert [getattr(ours, n) for n in cls.__match_args__] == [
            getattr(theirs, n) for n in ref.__match_args__
        ]
    ours, default = cls(**values), cls(**required)
    for field in dataclasses.fields(cls):  # one field different: not equal
        if field.default not in (dataclasses.MISSING, values[field.name]):
            changed = dataclasses.replace(default, **{field.name: values[field.name]})
            assert changed != default and changed == cls(
                **{**required, field.name: values[field.name]}
            )
    assert ours.__eq__(ref(**values)) is NotImplemented  # another class: not ours to say
    assert (ours == ref(**values)) is False
    assert dataclasses.replace(ours) == ours
    assert dataclasses.asdict(ours) == dataclasses.asdict(ref(**values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(ours, name, values[name])
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(ours, name)
    # another attribute: refused as the dataclass refuses it (Python 3.11's frozen slots
    # dataclasses raise TypeError here, a known CPython bug; later versions AttributeError)
    with pytest.raises(Exception) as theirs_raised:
        ref(**values).not_a_field = 1
    with pytest.raises(theirs_raised.type):
        ours.not_a_field = 1
    with pytest.raises(TypeError):
        cls(**values, not_a_field=1)
    match ours:
        case cls(first):  # type: ignore[misc]
            assert first == values[cls.__match_args__[0]]


def test_the_settings_still_check_their_values() -> None:
    with pytest.raises(ValidationError):
        Settings(advice_term_weeks=0)
    with pytest.raises(ValidationError):
        dataclasses.replace(Settings(), college_email="geen adres")
