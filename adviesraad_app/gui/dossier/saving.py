"""What Ctrl+Z does after the dossier saved: the undo records of "Opslaan"."""

from __future__ import annotations

import functools

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.replies import Reply
from adviesraad_app.gui.common.operations import Operations
from adviesraad_app.i18n import translate
from adviesraad_app.services.register import RegisterService


def record_created(ops: Operations, service: RegisterService, advice_id: int) -> None:
    """Ctrl+Z after registering a new advice moves it to the waste basket."""
    ops.push_done(
        translate("Dossier", "Advies registreren"),
        functools.partial(service.restore_advice, advice_id),
        functools.partial(service.delete_advice, advice_id),
    )


def record_saved(
    ops: Operations, service: RegisterService, before: Dossier, advice: Advice, reply: Reply | None
) -> None:
    """Ctrl+Z after saving puts back the advice and reply as they were (a reply that this
    save registered goes to the waste basket); Ctrl+Y saves the new version again."""
    old_advice, old_reply = before.advice, before.reply
    new_reply = reply if old_reply is None and reply is not None else None

    def undo() -> None:
        with service.all_or_nothing():
            if new_reply is not None and new_reply.id is not None:
                service.delete_reply(new_reply.id)
            service.save_dossier(old_advice, old_reply)

    def redo() -> None:
        with service.all_or_nothing():
            if new_reply is not None and new_reply.id is not None:
                service.restore_reply(new_reply.id)
            service.save_dossier(advice, reply)

    ops.push_done(translate("Dossier", "Dossier opslaan"), redo, undo)
