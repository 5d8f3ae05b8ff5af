"""The register's fixed values: the kinds and states its rows store, with their Dutch labels.

An advice's kind and status, the manual status on top, the college's outcome of a
recommendation, a commitment's status, and a deadline's type and state. They live apart from
the classes that use them (:mod:`~adviesraad_app.domain.advices`,
:mod:`~adviesraad_app.domain.replies`, :mod:`~adviesraad_app.domain.commitments`,
:mod:`~adviesraad_app.domain.deadlines`) because the register's first rows, their filter and
the command line need the values only: showing a register does not define the dataclasses and
term rules (issue 14, start-up).
"""

from __future__ import annotations

from enum import StrEnum

from adviesraad_app.i18n import translate


class AdviceKind(StrEnum):
    GEVRAAGD = "gevraagd"
    ONGEVRAAGD = "ongevraagd"
    SIGNAAL = "signaal"

    @property
    def label(self) -> str:
        return {
            AdviceKind.GEVRAAGD: translate("Model", "gevraagd advies"),
            AdviceKind.ONGEVRAAGD: translate("Model", "ongevraagd advies"),
            AdviceKind.SIGNAAL: translate("Model", "signaal"),
        }[self]


class ManualStatus(StrEnum):
    """A status the secretary sets by hand, on top of the derived one."""

    AFGEROND = "afgerond"
    VERVALLEN = "vervallen"


class AdviceStatus(StrEnum):
    AANVRAAG_ONTVANGEN = "aanvraag_ontvangen"
    IN_VOORBEREIDING = "in_voorbereiding"
    ADVIES_VERZONDEN = "advies_verzonden"
    REACTIE_ONTVANGEN = "reactie_ontvangen"
    AFGEROND = "afgerond"
    VERVALLEN = "vervallen"

    @property
    def label(self) -> str:
        return {
            AdviceStatus.AANVRAAG_ONTVANGEN: translate("Model", "aanvraag ontvangen"),
            AdviceStatus.IN_VOORBEREIDING: translate("Model", "in voorbereiding"),
            AdviceStatus.ADVIES_VERZONDEN: translate("Model", "advies verzonden"),
            AdviceStatus.REACTIE_ONTVANGEN: translate("Model", "reactie ontvangen"),
            AdviceStatus.AFGEROND: translate("Model", "afgerond"),
            AdviceStatus.VERVALLEN: translate("Model", "vervallen"),
        }[self]

    @property
    def is_closed(self) -> bool:
        return self in (AdviceStatus.AFGEROND, AdviceStatus.VERVALLEN)


class Outcome(StrEnum):
    """The college's answer to one recommendation."""

    OVERGENOMEN = "overgenomen"
    DEELS = "deels"
    NIET = "niet"
    KENNISGENOMEN = "kennisgenomen"

    @property
    def label(self) -> str:
        return {
            Outcome.OVERGENOMEN: translate("Model", "overgenomen"),
            Outcome.DEELS: translate("Model", "deels overgenomen"),
            Outcome.NIET: translate("Model", "niet overgenomen"),
            Outcome.KENNISGENOMEN: translate("Model", "kennisgenomen"),
        }[self]

    @property
    def needs_reasons(self) -> bool:
        """The college departs from the advice and must give its reasons."""
        return self in (Outcome.DEELS, Outcome.NIET)


class CommitmentStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    LAPSED = "lapsed"

    @property
    def label(self) -> str:
        return {
            CommitmentStatus.OPEN: translate("Model", "open"),
            CommitmentStatus.DONE: translate("Model", "nagekomen"),
            CommitmentStatus.LAPSED: translate("Model", "vervallen"),
        }[self]


class DeadlineType(StrEnum):
    ADVICE_DUE = "advice_due"
    REPLY_DUE = "reply_due"
    COMMITMENT_DUE = "commitment_due"


class DeadlineState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OPEN = "open"
    NO_DATE = "no_date"  # an open commitment without a date ("zo spoedig mogelijk")
    DONE = "done"  # a term whose work is done (the advice sent, the reply received)
