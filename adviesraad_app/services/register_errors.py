"""The register's own refusals that callers catch or word themselves."""

from __future__ import annotations

from adviesraad_app.i18n import translate


def duplicate_letter_message(number: str) -> str:
    """Why a college letter cannot become the reply to a second advice."""
    return translate(
        "Register",
        "Deze brief van het college (zelfde Ons kenmerk, of zelfde zaaknummer en datum) is al "
        "de reactie op advies {number}; hij kan niet ook de reactie op een ander advies zijn. "
        "Er is niets opgeslagen.",
    ).format(number=number)
