"""The non-working days of a year and the council's own days (a municipal closing day).

Own days live in the settings (they travel with the register) and count like holidays under
the Algemene termijnenwet: saving them recomputes every cached deadline in one transaction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from adviesraad_app.domain.dates import format_weekday_long
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.holidays import Holiday, HolidaySource, OwnDay, holidays
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService


def year_holidays(service: RegisterService, year: int) -> list[Holiday]:
    """Every non-working day of ``year`` other than weekends, with its source."""
    return holidays(year, service.settings.own_days)


def add_own_day(service: RegisterService, day: date, name: str) -> OwnDay:
    """Add a non-working day of the council's own; refused (nothing changed) when it is a
    weekend day, already a holiday, or already an own day."""
    name = " ".join(name.split())
    if not name:
        raise UserError(translate("OwnDays", "Geef de vrije dag een naam."))
    when = format_weekday_long(day)
    if day.weekday() >= 5:
        raise UserError(
            translate("OwnDays", "{date} valt in het weekend en telt al niet mee.").format(
                date=when
            )
        )
    existing = {h.date: h for h in year_holidays(service, day.year)}.get(day)
    if existing is not None:
        if existing.source == HolidaySource.EIGEN:
            message = translate("OwnDays", "{date} is al een eigen vrije dag: {name}.")
        else:
            message = translate("OwnDays", "{date} is al een feestdag: {name}.")
        raise UserError(message.format(date=when, name=existing.name))
    own = OwnDay(day, name)
    settings = service.settings
    days = tuple(sorted((*settings.own_days, own), key=lambda d: d.date))
    service.save_settings(replace(settings, own_days=days))
    return own


def remove_own_day(service: RegisterService, day: date) -> OwnDay:
    """Remove an own day; refused when ``day`` is not one."""
    settings = service.settings
    found = next((d for d in settings.own_days if d.date == day), None)
    if found is None:
        raise UserError(
            translate("OwnDays", "{date} is geen eigen vrije dag van de adviesraad.").format(
                date=format_weekday_long(day)
            )
        )
    remaining = tuple(d for d in settings.own_days if d.date != day)
    service.save_settings(replace(settings, own_days=remaining))
    return found
