"""The figures of one year, for the jaaroverzicht (and any screen that wants them).

:func:`compute_year_statistics` is pure: dossiers in, figures out. :func:`year_statistics`
gathers the dossiers of a year from the register (privacy by default: confidential advices
are left out unless asked for, and counted as left out).

Which year an advice belongs to is the year of its number (``2024-07`` is 2024), as the
register files it. A reply that arrives in January still counts for the advice's year.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from adviesraad_app.domain.dossier import Dossier
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, Outcome
from adviesraad_app.services.register import RegisterService


@dataclass(frozen=True, slots=True)
class YearSubject:
    """One advice of the year, as the list of subjects shows it."""

    advice_id: int
    number: str
    title: str
    kind: AdviceKind
    theme: str
    sent_date: date | None
    confidential: bool


@dataclass(frozen=True, slots=True)
class YearStatistics:
    year: int
    today: date  # reference date: a reply term still running on this date is "pending"
    subjects: tuple[YearSubject, ...]
    solicited: int
    unsolicited: int
    signals: int
    replies_on_time: int
    replies_late: int
    replies_missing: int  # term passed, no reply
    replies_pending: int  # no reply yet, term still running
    average_reply_days: float | None  # from sending the advice to the reply
    longest_reply_days: int | None
    longest_reply_number: str | None
    average_days_late: float | None  # over the late replies only
    adopted: int
    partly: int
    not_adopted: int
    noted: int
    without_outcome: int  # recommendations the college has not (yet) answered
    left_out_confidential: int = 0

    @property
    def total(self) -> int:
        return len(self.subjects)

    @property
    def replies_expected(self) -> int:
        """Advices with a reply term (sent, not a signal, not withdrawn)."""
        return (
            self.replies_on_time + self.replies_late + self.replies_missing + self.replies_pending
        )

    @property
    def replies_received(self) -> int:
        return self.replies_on_time + self.replies_late

    @property
    def recommendations(self) -> int:
        return self.adopted + self.partly + self.not_adopted + self.noted + self.without_outcome

    def outcome_counts(self) -> list[tuple[Outcome | None, int]]:
        """Recommendations per outcome, in the order the jaarverslag lists them."""
        return [
            (Outcome.OVERGENOMEN, self.adopted),
            (Outcome.DEELS, self.partly),
            (Outcome.NIET, self.not_adopted),
            (Outcome.KENNISGENOMEN, self.noted),
            (None, self.without_outcome),
        ]


def compute_year_statistics(
    year: int, dossiers: list[Dossier], today: date, left_out_confidential: int = 0
) -> YearStatistics:
    """The figures of ``year`` from the dossiers of its advices."""
    kinds = Counter(d.advice.kind for d in dossiers)
    on_time = late = missing = pending = 0
    reply_days: list[tuple[int, str]] = []
    days_late: list[int] = []
    outcomes: Counter[Outcome | None] = Counter()
    for dossier in dossiers:
        advice = dossier.advice
        if dossier.reply_term is not None and dossier.status != AdviceStatus.VERVALLEN:
            if dossier.reply is not None:
                if dossier.reply_days_late:
                    late += 1
                    days_late.append(dossier.reply_days_late)
                else:
                    on_time += 1
            elif dossier.reply_term.due < today:
                missing += 1
            else:
                pending += 1
        if dossier.reply_time_days is not None:
            reply_days.append((dossier.reply_time_days, advice.number))
        for recommendation in advice.recommendations:
            outcomes[_recommendation_outcome(dossier, recommendation.number)] += 1
    longest = max(reply_days, default=None)
    subjects = tuple(
        YearSubject(
            advice_id=d.advice.id or 0,
            number=d.advice.number,
            title=d.advice.title,
            kind=d.advice.kind,
            theme=d.advice.theme,
            sent_date=d.advice.sent_date,
            confidential=d.advice.confidential,
        )
        for d in dossiers
    )
    return YearStatistics(
        year=year,
        today=today,
        subjects=subjects,
        solicited=kinds[AdviceKind.GEVRAAGD],
        unsolicited=kinds[AdviceKind.ONGEVRAAGD],
        signals=kinds[AdviceKind.SIGNAAL],
        replies_on_time=on_time,
        replies_late=late,
        replies_missing=missing,
        replies_pending=pending,
        average_reply_days=(
            round(sum(d for d, _ in reply_days) / len(reply_days), 1) if reply_days else None
        ),
        longest_reply_days=longest[0] if longest else None,
        longest_reply_number=longest[1] if longest else None,
        average_days_late=round(sum(days_late) / len(days_late), 1) if days_late else None,
        adopted=outcomes[Outcome.OVERGENOMEN],
        partly=outcomes[Outcome.DEELS],
        not_adopted=outcomes[Outcome.NIET],
        noted=outcomes[Outcome.KENNISGENOMEN],
        without_outcome=outcomes[None],
        left_out_confidential=left_out_confidential,
    )


def _recommendation_outcome(dossier: Dossier, number: int) -> Outcome | None:
    """The college's answer to one recommendation; the reply's outcome for the advice as a
    whole when it gave none per recommendation."""
    if dossier.reply is None:
        return None
    answer = dossier.reply.outcome_for(number)
    if answer is not None:
        return answer.outcome
    return dossier.reply.general_outcome


def year_statistics(
    service: RegisterService,
    year: int,
    today: date | None = None,
    *,
    include_confidential: bool = False,
) -> YearStatistics:
    """The figures of ``year`` in the register (confidential advices only when asked)."""
    selection = RegisterFilter(year=year, include_confidential=include_confidential)
    order = RegisterOrder(SortKey.NUMBER, descending=False)
    ids = service.register_ids(selection, order)
    left_out = 0
    if not include_confidential:
        left_out = service.count(RegisterFilter(year=year, include_confidential=True)) - len(ids)
    return compute_year_statistics(
        year, service.dossiers(ids), today or date.today(), left_out_confidential=left_out
    )
