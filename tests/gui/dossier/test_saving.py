"""gui/dossier/saving.py: what Ctrl+Z and Ctrl+Y do after the dossier saved: a new advice goes
to the waste basket and comes back; a save is undone to the advice and reply as they were (a
reply the save registered goes away) and redone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.replies import Reply
from adviesraad_app.gui.dossier.saving import record_created, record_saved


def test_undo_of_a_new_advice_moves_it_to_the_waste_basket(window: Any) -> None:
    service, ops = window.service, window.ops
    advice = service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Nieuw"))
    record_created(ops, service, advice.id)
    assert ops.undo_stack.undoText() == "Advies registreren"
    ops.undo_stack.undo()
    assert service.count() == 0
    ops.undo_stack.redo()
    assert service.count() == 1 and service.get_advice(advice.id).title == "Nieuw"


def test_undo_of_a_save_puts_back_advice_and_reply_as_they_were(window: Any) -> None:
    service, ops = window.service, window.ops
    advice = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Oud", sent_date=date(2026, 9, 7))
    )
    before = service.dossier(advice.id)
    changed, reply = service.save_dossier(
        replace(before.advice, title="Nieuw"),
        Reply(advice_id=advice.id, date=date(2026, 10, 5), subject="Reactie"),
    )
    assert reply is not None and reply.id is not None
    record_saved(ops, service, before, changed, reply)
    assert ops.undo_stack.undoText() == "Dossier opslaan"

    ops.undo_stack.undo()
    after_undo = service.dossier(advice.id)
    assert after_undo.advice.title == "Oud"
    assert after_undo.reply is None  # the reply this save registered went away

    ops.undo_stack.redo()
    after_redo = service.dossier(advice.id)
    assert after_redo.advice.title == "Nieuw"
    assert after_redo.reply is not None and after_redo.reply.id == reply.id


def test_undo_of_a_save_keeps_a_reply_that_was_there_before(window: Any) -> None:
    service, ops = window.service, window.ops
    advice = service.create_advice(
        Advice(kind=AdviceKind.ONGEVRAAGD, title="Met reactie", sent_date=date(2026, 9, 7))
    )
    service.save_reply(Reply(advice_id=advice.id, date=date(2026, 10, 5), subject="Eerst"))
    before = service.dossier(advice.id)
    assert before.reply is not None
    changed, reply = service.save_dossier(before.advice, replace(before.reply, subject="Later"))
    record_saved(ops, service, before, changed, reply)
    ops.undo_stack.undo()
    again = service.dossier(advice.id)
    assert again.reply is not None and again.reply.subject == "Eerst"
