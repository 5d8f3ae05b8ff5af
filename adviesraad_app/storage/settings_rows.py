"""The ``settings`` table: the council's settings, one JSON value per field of
:class:`Settings`; a value that does not fit its field falls back to the default."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from typing import TYPE_CHECKING, Any

from adviesraad_app.domain.errors import ValidationError
from adviesraad_app.domain.settings import Settings
from adviesraad_app.storage.history import HistoryRows
from adviesraad_app.storage.rows import now, require_transaction

if TYPE_CHECKING:  # the holidays load when a council has days of its own (issue 14, start-up)
    from adviesraad_app.domain.holidays import OwnDay


class SettingsRows(HistoryRows):
    def load_settings(self) -> Settings:
        stored = {row["key"]: row["value"] for row in self.store.query("SELECT * FROM settings")}
        defaults = Settings()
        values: dict[str, Any] = {}
        for item in fields(Settings):
            if item.name not in stored:
                continue
            try:
                value = json.loads(stored[item.name])
            except ValueError:
                continue
            if item.name == "themes" and isinstance(value, list):
                value = tuple(str(v) for v in value)
            if item.name == "own_days":
                value = _own_days_from_json(value)
            default = getattr(defaults, item.name)
            if isinstance(default, bool) != isinstance(value, bool):
                continue
            if isinstance(value, type(default)):
                values[item.name] = value
        return _valid_settings(values)

    def save_settings(self, settings: Settings) -> None:
        require_transaction(self.store)
        old = self.load_settings()
        at = now()
        for item in fields(Settings):
            value = getattr(settings, item.name)
            if value == getattr(old, item.name):
                continue
            encoded = json.dumps(_jsonable(value))
            self.store.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (item.name, encoded),
            )
            self.record(
                advice_id=None,
                entity="settings",
                entity_id=None,
                action="updated",
                field=item.name,
                old=json.dumps(_jsonable(getattr(old, item.name))),
                new=encoded,
                at=at,
            )


def _valid_settings(values: dict[str, Any]) -> Settings:
    """The settings of ``values``; a field whose value the settings refuse (written by another
    version of the program, or by hand) gets its default, so the register still opens and the
    other settings stay as they were."""
    try:
        return Settings(**values)
    except ValidationError as exc:
        refused = {error.field for error in exc.errors}
        kept = {name: value for name, value in values.items() if name not in refused}
    except ValueError:
        return Settings()
    try:
        return Settings(**kept)
    except (ValidationError, ValueError):
        return Settings()


def _jsonable(value: Any) -> Any:
    from adviesraad_app.domain.holidays import OwnDay

    if isinstance(value, OwnDay):
        return {"date": value.date.isoformat(), "name": value.name}
    return [_jsonable(v) for v in value] if isinstance(value, tuple) else value


def _own_days_from_json(value: Any) -> tuple[OwnDay, ...] | None:
    """The council's own days as stored (a list of ``{"date", "name"}``); ``None`` when the
    stored value is not such a list (the default applies)."""
    if not isinstance(value, list):
        return None
    if not value:
        return ()
    from adviesraad_app.domain.holidays import OwnDay

    try:
        return tuple(
            OwnDay(date.fromisoformat(str(item["date"])), str(item["name"])) for item in value
        )
    except (TypeError, KeyError, ValueError):
        return None
