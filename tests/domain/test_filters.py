"""domain/filters.py: what a user asks of the register: an empty selection (the whole register,
or the whole waste basket) and the default order (number, newest first)."""

from __future__ import annotations

from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey


def test_an_empty_filter_is_empty_also_in_the_waste_basket() -> None:
    assert RegisterFilter().is_empty()
    assert RegisterFilter(deleted=True).is_empty()
    assert not RegisterFilter(year=2026).is_empty()
    assert not RegisterFilter(search="zorg").is_empty()
    assert not RegisterFilter(include_confidential=False).is_empty()


def test_the_default_order_is_by_number_newest_first() -> None:
    assert RegisterOrder() == RegisterOrder(SortKey.NUMBER, descending=True)
    assert SortKey("days_late") is SortKey.DAYS_LATE
