"""storage/settings_rows.py: the council's settings read back as saved (themes, own days),
only a changed field written and recorded in the history, and a stored value that does not fit
its field falls back to the default instead of breaking the register."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from adviesraad_app.domain.holidays import OwnDay
from adviesraad_app.domain.settings import Settings
from adviesraad_app.services.register import RegisterService
from tests.support.internals import repo_of, store_of
from tests.support.register import CliRunner


def _store_raw(service: RegisterService, key: str, value: str) -> None:
    with store_of(service).write() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def test_settings_read_back_as_saved(service: RegisterService) -> None:
    repo = repo_of(service)
    wanted = replace(
        Settings(),
        council_name="Adviesraad Sociaal Domein Almelo",
        due_soon_days=21,
        apply_termijnenwet=False,
        themes=("Jeugd", "Wmo"),
        own_days=(OwnDay(date(2026, 12, 24), "Kerstavond"),),
    )
    with store_of(service).write():
        repo.save_settings(wanted)
    assert repo.load_settings() == wanted


def test_only_changed_fields_are_written_and_recorded(service: RegisterService) -> None:
    repo, store = repo_of(service), store_of(service)
    before = store.query("SELECT count(*) FROM history")[0][0]
    with store.write():
        repo.save_settings(replace(Settings(), municipality="Hengelo"))
    rows = store.query(
        "SELECT entity, field, old_value, new_value FROM history ORDER BY id DESC LIMIT 1"
    )
    assert [tuple(r) for r in rows] == [("settings", "municipality", '"Almelo"', '"Hengelo"')]
    assert store.query("SELECT count(*) FROM history")[0][0] == before + 1
    with store.write():
        repo.save_settings(replace(Settings(), municipality="Hengelo"))  # nothing new
    assert store.query("SELECT count(*) FROM history")[0][0] == before + 1


def test_a_value_that_does_not_fit_falls_back_to_the_default(service: RegisterService) -> None:
    _store_raw(service, "due_soon_days", '"veertien"')  # a string for a number
    _store_raw(service, "apply_termijnenwet", "1")  # a number for a yes/no
    _store_raw(service, "municipality", "{niet json")
    _store_raw(service, "own_days", '[{"date": "geen datum", "name": "x"}]')
    _store_raw(service, "council_name", '"Raad van Borne"')
    settings = repo_of(service).load_settings()
    defaults = Settings()
    assert settings.due_soon_days == defaults.due_soon_days
    assert settings.apply_termijnenwet is defaults.apply_termijnenwet
    assert settings.municipality == defaults.municipality
    assert settings.own_days == defaults.own_days
    assert settings.council_name == "Raad van Borne"  # what fits is kept


def test_a_value_the_settings_refuse_gets_its_default_and_the_rest_stays(
    service: RegisterService, cli: CliRunner
) -> None:
    """Written by another version or by hand: ``due_soon_days`` 0, an empty name. Before this
    was handled, loading the settings raised, and ``deadlines`` (Termijnen) stopped working."""
    _store_raw(service, "municipality", '"Hengelo"')
    _store_raw(service, "due_soon_days", "0")
    _store_raw(service, "council_name", '"   "')
    settings = repo_of(service).load_settings()
    assert settings.due_soon_days == Settings().due_soon_days
    assert settings.council_name == Settings().council_name
    assert settings.municipality == "Hengelo"
    code, _out, err = cli("deadlines")
    assert (code, err) == (0, "")
