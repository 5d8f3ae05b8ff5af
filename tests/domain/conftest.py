"""Every domain test starts with empty caches, so a test never passes on what another one
computed (and mutation testing sees which tests use which rules)."""

from __future__ import annotations

import pytest

from adviesraad_app.domain import deadlines, holidays


@pytest.fixture(autouse=True)
def _fresh_holiday_caches() -> None:
    holidays.statutory_holidays.cache_clear()
    holidays.decreed_days.cache_clear()
    deadlines.calendar_for.cache_clear()
