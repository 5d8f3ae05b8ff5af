"""Checks shared by the register's objects: enum values, text limits, collected field errors.

Each object validates itself when it is made (:mod:`~adviesraad_app.domain.advices` and its
siblings); these helpers collect every problem first and raise one
:class:`~adviesraad_app.domain.errors.ValidationError` naming all the fields.
"""

from __future__ import annotations

from enum import StrEnum

from adviesraad_app.domain.errors import FieldError, ValidationError
from adviesraad_app.i18n import translate

MAX_TITLE = 500
MAX_TEXT = 200_000


def coerce_enum(obj: object, name: str, enum_type: type[StrEnum], optional: bool = False) -> bool:
    """Accept an enum's value (``"gevraagd"``) for an enum field, as Qt and JSON hand them over.

    Returns ``False`` when the value is not one of the enum's.
    """
    value = getattr(obj, name)
    if isinstance(value, enum_type) or (optional and value is None):
        return True
    try:
        object.__setattr__(obj, name, enum_type(value))
    except ValueError:
        return False
    return True


def check(errors: list[FieldError], condition: bool, name: str, message: str) -> None:
    if not condition:
        errors.append(FieldError(name, message))


def raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def check_text(errors: list[FieldError], value: str, name: str, limit: int = MAX_TEXT) -> None:
    # Messages are translated only on failure: this runs for every text field of every object
    # made, and an import of thousands of rows spent a third of its time translating.
    if len(value) > limit:
        errors.append(
            FieldError(
                name,
                translate("Model", "De tekst is te lang (meer dan {n} tekens).").format(n=limit),
            )
        )
    if "\x00" in value:
        errors.append(FieldError(name, translate("Model", "De tekst bevat een ongeldig teken.")))
