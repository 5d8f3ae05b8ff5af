"""The language of the program (Nederlands / English), chosen in Instellingen and applied at
the next start. Kept in the user's Qt settings; ``ADVIESRAAD_LANG`` still wins when set."""

from __future__ import annotations

import os

from adviesraad_app.i18n import SOURCE_LANGUAGE, translate

LANGUAGE_KEY = "ui/language"


def languages() -> list[tuple[str, str]]:
    """(code, name in its own language): the choices offered."""
    return [("nl", "Nederlands"), ("en", "English")]


def saved_language() -> str:
    from adviesraad_app.gui.common.preferences import app_settings

    value = str(app_settings().value(LANGUAGE_KEY, SOURCE_LANGUAGE) or SOURCE_LANGUAGE)
    return value if value in dict(languages()) else SOURCE_LANGUAGE


def save_language(code: str) -> None:
    from adviesraad_app.gui.common.preferences import app_settings

    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def apply_saved_language() -> None:
    """At start-up, before Qt's translators are installed: the language the user chose."""
    if not os.environ.get("ADVIESRAAD_LANG"):
        os.environ["ADVIESRAAD_LANG"] = saved_language()


def restart_note() -> str:
    return translate("Settings", "Een andere taal gaat in bij de volgende start van het programma.")
