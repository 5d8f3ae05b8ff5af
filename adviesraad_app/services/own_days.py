"""The council's own non-working days (a municipal closing day).

Own days live in the settings (they travel with the register) and count like holidays under
the Algemene termijnenwet: saving them recomputes every cached deadline in one transaction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from adviesraad_app.domain.holidays import OwnDay, with_own_day, without_own_day
from adviesraad_app.services.register import RegisterService


def add_own_day(service: RegisterService, day: date, name: str) -> OwnDay:
    """Add an own day; refused (nothing changed) as :func:`with_own_day` says."""
    settings = service.settings
    days = with_own_day(settings.own_days, day, name)
    service.save_settings(replace(settings, own_days=days))
    return next(d for d in days if d.date == day)


def remove_own_day(service: RegisterService, day: date) -> OwnDay:
    """Remove an own day; refused when ``day`` is not one."""
    settings = service.settings
    found = next((d for d in settings.own_days if d.date == day), None)
    service.save_settings(replace(settings, own_days=without_own_day(settings.own_days, day)))
    assert found is not None
    return found
