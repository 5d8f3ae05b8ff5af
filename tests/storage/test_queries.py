"""storage/queries.py: the register's lists as the views and exports ask for them: the
selection (year, kind, open, theme, confidential, deleted, ids), the order (statuses in their
own order, empty dates last), counts that follow changes, search ranking, and the
commitments list."""

from __future__ import annotations

from datetime import date

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.filters import STATUS_OPEN, RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.kinds import AdviceKind, AdviceStatus, CommitmentStatus
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.queries import Queries
from tests.support.internals import queries_of


def _advice(service: RegisterService, title: str, **fields: object) -> int:
    fields.setdefault("kind", AdviceKind.ONGEVRAAGD)
    saved = service.create_advice(Advice(title=title, **fields))  # type: ignore[arg-type]
    assert saved.id is not None
    return saved.id


@pytest.fixture
def queries(service: RegisterService) -> Queries:
    return queries_of(service)


@pytest.fixture
def register(service: RegisterService) -> dict[str, int]:
    """Five advices over two years, one confidential, one deleted."""
    ids = {
        "jeugd": _advice(
            service,
            "Inkoop jeugdhulp",
            kind=AdviceKind.GEVRAAGD,
            theme="Jeugd",
            request_received=date(2025, 3, 3),
            requested_deadline=date(2025, 5, 1),
            sent_date=date(2025, 4, 14),
        ),
        "armoede": _advice(service, "Armoedebeleid", theme="Armoede", sent_date=date(2026, 2, 2)),
        "mantelzorg": _advice(service, "Mantelzorgers ontlasten", theme="Wmo"),
        "geheim": _advice(service, "Casus gezin Jansen", theme="Jeugd", confidential=True),
        "weg": _advice(service, "Dubbel ingevoerd"),
    }
    service.delete_advice(ids["weg"])
    return ids


def _titles(service: RegisterService, queries: Queries, ids: list[int]) -> list[str]:
    rows = queries.register_rows(ids)
    return [rows[i].title for i in ids]


def test_selection_by_year_kind_theme_and_confidentiality(
    service: RegisterService, queries: Queries, register: dict[str, int]
) -> None:
    def ids(**selection: object) -> set[int]:
        return set(queries.register_ids(RegisterFilter(**selection)))  # type: ignore[arg-type]

    assert ids() == {register[k] for k in ("jeugd", "armoede", "mantelzorg", "geheim")}
    assert ids(year=2025) == {register["jeugd"]}
    assert ids(kind=AdviceKind.GEVRAAGD) == {register["jeugd"]}
    assert ids(theme="Jeugd") == {register["jeugd"], register["geheim"]}
    assert ids(theme="Jeugd", include_confidential=False) == {register["jeugd"]}
    assert ids(deleted=True) == {register["weg"]}
    assert ids(ids=(register["armoede"], register["weg"])) == {register["armoede"]}
    assert ids(ids=()) == set()


def test_open_means_every_status_not_closed(
    service: RegisterService, queries: Queries, register: dict[str, int]
) -> None:
    service.set_manual_status(register["armoede"], AdviceStatus.AFGEROND)
    open_ids = set(queries.register_ids(RegisterFilter(status=STATUS_OPEN)))
    assert register["armoede"] not in open_ids
    assert register["mantelzorg"] in open_ids
    closed = queries.register_ids(RegisterFilter(status=AdviceStatus.AFGEROND))
    assert closed == [register["armoede"]]


def test_orders_number_newest_first_status_in_its_own_order_empty_dates_last(
    service: RegisterService, queries: Queries, register: dict[str, int]
) -> None:
    by_number = queries.register_ids(RegisterFilter())
    numbers = [queries.register_rows([i])[i].number for i in by_number]
    assert numbers == sorted(numbers, reverse=True)

    by_status = queries.register_ids(RegisterFilter(), RegisterOrder(SortKey.STATUS, False))
    statuses = [queries.register_rows([i])[i].status for i in by_status]
    declared = list(AdviceStatus)
    assert [declared.index(s) for s in statuses] == sorted(declared.index(s) for s in statuses)

    for descending in (False, True):
        by_sent = queries.register_ids(RegisterFilter(), RegisterOrder(SortKey.SENT, descending))
        sent = [queries.register_rows([i])[i].sent_date for i in by_sent]
        assert sent[-2:] == [None, None]  # never sent: last, whichever way
    ascending = queries.register_ids(RegisterFilter(), RegisterOrder(SortKey.SENT, False))
    assert ascending[:2] == [register["jeugd"], register["armoede"]]

    by_title = queries.register_ids(RegisterFilter(), RegisterOrder(SortKey.TITLE, False))
    assert _titles(service, queries, by_title) == [
        "Armoedebeleid",
        "Casus gezin Jansen",
        "Inkoop jeugdhulp",
        "Mantelzorgers ontlasten",
    ]


def test_count_follows_a_change_of_the_register(
    service: RegisterService, queries: Queries, register: dict[str, int]
) -> None:
    assert queries.register_count(RegisterFilter()) == 4
    _advice(service, "Nog een")
    assert queries.register_count(RegisterFilter()) == 5
    assert len(queries.register_ids(RegisterFilter())) == 5
    service.restore_advice(register["weg"])
    assert queries.register_count(RegisterFilter()) == 6
    assert queries.register_count(RegisterFilter(deleted=True)) == 0


def test_a_list_just_read_gives_its_count_without_counting_again(
    service: RegisterService, queries: Queries, register: dict[str, int]
) -> None:
    """The register page reads its list, then its count: the count is the list's length
    (the same selection as the data is now), not a second statement."""
    statements: list[str] = []
    queries.store.conn.set_trace_callback(statements.append)
    for selection in (RegisterFilter(), RegisterFilter(year=2024), RegisterFilter(deleted=True)):
        ids = queries.register_ids(selection, RegisterOrder(SortKey.TITLE, False))
        statements.clear()
        assert queries.register_count(selection) == len(ids)
        assert not [s for s in statements if "count(" in s]
    _advice(service, "Nog een")  # the data changed: counted again, and right
    statements.clear()
    assert queries.register_count(RegisterFilter()) == 5
    assert [s for s in statements if "count(" in s]
    assert queries.register_count(RegisterFilter(year=1999)) == 0  # never listed: counted


def test_search_finds_inside_words_and_puts_subject_hits_first(
    service: RegisterService, queries: Queries
) -> None:
    in_subject = _advice(service, "Mantelzorg in de wijk")
    in_summary = _advice(service, "Vervoer", summary="Steun voor mantelzorgers in de wijk.")
    unrelated = _advice(service, "Armoede")
    assert queries.search_hits("") is None
    hits = queries.search_hits("zorg")
    assert hits == {in_summary, in_subject}
    assert unrelated not in hits
    # the default order is newest first, but the older hit in the subject comes first
    listed = queries.register_ids(RegisterFilter())
    assert listed.index(in_summary) < listed.index(in_subject)
    ranked = queries.register_ids(RegisterFilter(search="mantelzorg"))
    assert ranked == [in_subject, in_summary]
    by_title = RegisterOrder(SortKey.TITLE, False)  # another order asked: no ranking
    assert queries.register_ids(RegisterFilter(search="mantelzorg"), by_title) == ranked
    assert queries.register_ids(RegisterFilter(search="zorg"), RegisterOrder()) == ranked
    assert queries.register_count(RegisterFilter(search="mantelzorg")) == 2
    assert "mantelzorgers" in queries.words_containing("zorg")


def test_search_needs_every_word(service: RegisterService, queries: Queries) -> None:
    both = _advice(service, "Mantelzorg en armoede")
    _advice(service, "Mantelzorg alleen")
    assert queries.search_hits("armoede mantelzorg") == {both}


def test_years_and_themes_of_live_advices_only(
    service: RegisterService, queries: Queries, register: dict[str, int]
) -> None:
    _advice(service, "Oud", theme="Vervoer", sent_date=date(2024, 1, 8))
    assert queries.years()[0] >= 2026
    assert 2025 in queries.years()
    assert queries.themes_in_use() == ["Armoede", "Jeugd", "Vervoer", "Wmo"]
    service.delete_advice(register["mantelzorg"])
    assert "Wmo" not in queries.themes_in_use()


def test_years_newest_first_each_once_with_gaps_and_without_deleted(
    service: RegisterService, queries: Queries
) -> None:
    assert queries.years() == []
    for number in ("2020-01", "2024-01", "2024-02", "2022-01"):
        _advice(service, f"Advies {number}", number=number)
    service.delete_advice(_advice(service, "Weg", number="2018-01"))
    assert queries.years() == [2024, 2022, 2020]


def test_commitments_earliest_due_first_and_filtered(
    service: RegisterService, queries: Queries
) -> None:
    advice = _advice(service, "Inclusie", sent_date=date(2026, 1, 5))
    secret = _advice(service, "Vertrouwelijk", sent_date=date(2026, 1, 5), confidential=True)
    reply = service.save_reply(Reply(advice_id=advice, date=date(2026, 2, 1)))
    other = service.save_reply(Reply(advice_id=secret, date=date(2026, 2, 1)))
    assert reply.id is not None and other.id is not None
    later = service.save_commitment(Commitment(reply.id, "Later", due_date=date(2026, 9, 1)))
    sooner = service.save_commitment(Commitment(reply.id, "Eerder", due_date=date(2026, 3, 1)))
    undated = service.save_commitment(Commitment(reply.id, "Zonder datum"))
    hidden = service.save_commitment(Commitment(other.id, "Geheim", due_date=date(2026, 1, 1)))
    assert undated.id is not None and later.id is not None
    service.set_commitment_status(later.id, CommitmentStatus.DONE, closed_on=date(2026, 4, 1))

    rows = queries.commitments()
    assert [r.commitment.text for r in rows] == ["Geheim", "Eerder", "Zonder datum"]
    assert rows[1].advice_id == advice and rows[1].reply_date == date(2026, 2, 1)
    assert rows[0].confidential is True
    public = queries.commitments(include_confidential=False)
    assert [r.commitment.id for r in public] == [sooner.id, undated.id]
    done = queries.commitments(CommitmentStatus.DONE)
    assert [r.commitment.id for r in done] == [later.id]
    assert len(queries.commitments(None)) == 4
    assert queries.commitments(None, advice_ids=[]) == []
    assert [r.commitment.id for r in queries.commitments(None, advice_ids=[secret])] == [hidden.id]
    service.set_manual_status(secret, AdviceStatus.VERVALLEN)  # a lapsed advice's promises
    assert hidden.id not in [r.commitment.id for r in queries.commitments(None)]


def test_open_advice_ids_are_those_with_a_running_deadline(
    service: RegisterService, queries: Queries, register: dict[str, int]
) -> None:
    waiting = register["armoede"]  # sent, the college's term runs
    assert waiting in queries.open_advice_ids()
    assert register["mantelzorg"] not in queries.open_advice_ids()  # nothing dated runs
    service.set_manual_status(waiting, AdviceStatus.AFGEROND)
    assert waiting not in queries.open_advice_ids()
