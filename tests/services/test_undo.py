"""Every destructive action has an inverse that brings the dossier back (what the GUI's undo
stack calls), and both are recorded in the history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from adviesraad_app.services.text.serialize import dossier_dict
from tests.support.world import World

_VOLATILE = {"updated_at", "history"}


def comparable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items() if k not in _VOLATILE}
    if isinstance(value, list):
        return [comparable(v) for v in value]
    return value


PAIRS: dict[str, tuple[Callable[[World], object], Callable[[World, Any], object]]] = {
    "advice": (
        lambda w: w.service.delete_advice(w.advice),
        lambda w, _: w.service.restore_advice(w.advice),
    ),
    "reply": (
        lambda w: w.service.delete_reply(w.reply),
        lambda w, _: w.service.restore_reply(w.reply),
    ),
    "commitment": (
        lambda w: w.service.delete_commitment(w.commitment),
        lambda w, _: w.service.restore_commitment(w.commitment),
    ),
    "document": (
        lambda w: w.service.delete_document(w.document),
        lambda w, _: w.service.restore_document(w.document),
    ),
    "extension": (
        lambda w: w.service.delete_extension(w.extension),
        lambda w, _: w.service.restore_extension(w.extension),
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_destructive_action_can_be_undone(world: World, name: str) -> None:
    service = world.service
    advice_id = world.unreplied if name == "extension" else world.advice
    before = comparable(dossier_dict(service.dossier(advice_id, include_deleted=True)))
    rows_before = service.register_rows([advice_id])
    history_before = len(service.dossier(advice_id, include_deleted=True).history)
    do, undo = PAIRS[name]
    result = do(world)
    after_delete = comparable(dossier_dict(service.dossier(advice_id, include_deleted=True)))
    assert after_delete != before  # the action did something a user would see
    undo(world, result)
    assert comparable(dossier_dict(service.dossier(advice_id, include_deleted=True))) == before
    assert service.register_rows([advice_id]) == rows_before
    assert len(service.dossier(advice_id, include_deleted=True).history) >= history_before + 2
