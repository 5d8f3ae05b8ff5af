"""translate(): Dutch as written by default; another language from the .ts catalogue without
Qt (the CLI and services); Qt's own translation as soon as a Qt application runs."""

from __future__ import annotations

import sys

import pytest

from adviesraad_app import i18n

SOURCE = "Nog geen reactie van het college."


@pytest.fixture
def without_qt(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """As in the CLI: no Qt application to ask, no catalogue read yet."""
    monkeypatch.setattr(i18n, "_qt_translate", lambda context, text: None)
    monkeypatch.setattr(i18n, "_catalog", None)
    monkeypatch.setattr(i18n, "_catalog_language", None)
    return monkeypatch


def test_dutch_is_the_text_as_written(without_qt: pytest.MonkeyPatch) -> None:
    without_qt.setenv("ADVIESRAAD_LANG", "nl")
    assert i18n.translate("Present", SOURCE) == SOURCE


def test_english_comes_from_the_catalogue_without_qt(without_qt: pytest.MonkeyPatch) -> None:
    without_qt.setenv("ADVIESRAAD_LANG", "en_GB.UTF-8")
    assert i18n.current_language() == "en"
    assert i18n.translate("Present", SOURCE) == "No reply from the Executive yet."
    # the context counts; a text the catalogue does not know stays Dutch
    assert i18n.translate("Geen context", SOURCE) == SOURCE
    assert i18n.translate("Present", "Een zin die niemand vertaalde.") == (
        "Een zin die niemand vertaalde."
    )


def test_a_language_without_catalogue_falls_back_to_dutch(without_qt: pytest.MonkeyPatch) -> None:
    without_qt.setenv("ADVIESRAAD_LANG", "fy")
    assert i18n.translate("Present", SOURCE) == SOURCE


def test_the_language_follows_the_environment_at_once(without_qt: pytest.MonkeyPatch) -> None:
    without_qt.setenv("ADVIESRAAD_LANG", "en")
    assert i18n.translate("Present", SOURCE) != SOURCE
    without_qt.setenv("ADVIESRAAD_LANG", "")
    assert i18n.current_language() == "nl"
    assert i18n.translate("Present", SOURCE) == SOURCE


def test_a_running_qt_application_translates(qapp: object) -> None:
    """With a QCoreApplication, Qt's translators answer (none installed: the source)."""
    assert "PySide6.QtCore" in sys.modules
    assert i18n._qt_translate("Present", SOURCE) == SOURCE
