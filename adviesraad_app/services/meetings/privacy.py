"""Privacy by default for what a meeting shows: a confidential advice on the agenda or the
postlijst is named only by its number (in the agenda PDF and the Word agenda alike)."""

from __future__ import annotations

from dataclasses import replace

from adviesraad_app.i18n import translate
from adviesraad_app.services.meetings.schedule import Agenda
from adviesraad_app.services.register import RegisterService


def private_agenda(service: RegisterService, agenda: Agenda) -> Agenda:
    """The agenda with confidential advices named by number only."""
    ids = {line.item.advice_id for line in agenda.lines if line.item.advice_id is not None}
    ids |= {e.advice_id for e in agenda.post if e.advice_id is not None}
    secret = {a.id for a in service.get_advices(sorted(ids)) if a.confidential}
    if not secret:
        return agenda
    hidden = translate("Export", "(vertrouwelijk)")
    lines = [
        replace(line, title=hidden) if line.item.advice_id in secret else line
        for line in agenda.lines
    ]
    post = [replace(e, subject=hidden) if e.advice_id in secret else e for e in agenda.post]
    return replace(agenda, lines=lines, post=post)
