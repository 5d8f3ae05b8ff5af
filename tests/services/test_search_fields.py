"""Where a search matched, field by field (issue 14): every searchable field of an advice, its
recommendations, the college's reply (with the reasons per recommendation), commitments and
documents, and a register larger than one SQLite question (900 advices) at once. Also the
query builder's promises for any text (quotes, a new thread)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Recommendation
from adviesraad_app.domain.commitments import Commitment
from adviesraad_app.domain.kinds import Outcome
from adviesraad_app.domain.replies import RecommendationOutcome, Reply
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.search_query import (
    all_terms_query,
    index_terms,
    word_query,
    words_query,
)
from tests.support.internals import store_of
from tests.support.register import unsolicited


def make(service: RegisterService, title: str, **kw: object) -> int:
    advice_id = unsolicited(service, title, **kw).id
    assert advice_id is not None
    return advice_id


def field(service: RegisterService, advice_id: int, text: str) -> tuple[str, str] | None:
    match = service.search_matches([advice_id], text).get(advice_id)
    return None if match is None else (match.field, match.snippet)


def test_each_field_of_an_advice_says_where_it_matched(service: RegisterService) -> None:
    advice_id = make(
        service,
        "Armoede",
        theme="Jeugd",
        reference="ASD-2024-017",
        request_reference="Z-778812",
        portfolio_holder="Wethouder Pietersen",
        civil_servant="Mevrouw Jansen",
        working_group="Werkgroep Kwetsbaren",
        summary="Samenvatting over schulden",
        recommendations=(Recommendation(number=1, text="Verruim de bijzondere bijstand"),),
    )
    number = service.get_advice(advice_id).number
    assert field(service, advice_id, number) == ("number", number)
    assert field(service, advice_id, "jeugd") == ("theme", "Jeugd")
    assert field(service, advice_id, "asd") == ("references", "ASD-2024-017 Z-778812")
    assert field(service, advice_id, "778812") == ("references", "ASD-2024-017 Z-778812")
    assert field(service, advice_id, "pietersen") == ("portfolio_holder", "Wethouder Pietersen")
    assert field(service, advice_id, "jansen") == ("civil_servant", "Mevrouw Jansen")
    assert field(service, advice_id, "kwetsbaren") == ("working_group", "Werkgroep Kwetsbaren")
    assert field(service, advice_id, "schulden")[0] == "summary"  # type: ignore[index]
    assert field(service, advice_id, "bijstand") == (
        "recommendations",
        "Verruim de bijzondere bijstand",
    )
    assert field(service, advice_id, "xxxx") is None


def test_the_reply_its_reasons_commitments_and_documents_say_where_they_matched(
    service: RegisterService, tmp_path: Path
) -> None:
    advice_id = make(
        service,
        "Werk",
        sent_date=date(2024, 8, 12),
        recommendations=(Recommendation(number=1, text="Meer banen"),),
    )
    reply = service.save_reply(
        Reply(
            advice_id=advice_id,
            date=date(2024, 9, 1),
            our_reference="UIT-24117125",
            case_number="Z24-9931",
            handled_by="Drs. Klaassen",
            signatories="Burgemeester Bosch",
            subject="Reactie",
            outcomes=(
                RecommendationOutcome(1, Outcome.NIET, reasons="Begroting laat geen ruimte"),
            ),
        )
    )
    assert reply.id is not None
    assert field(service, advice_id, "begroting") == (
        "reply",
        "Reactie Begroting laat geen ruimte UIT-24117125 Z24-9931 Drs. Klaassen Burgemeester Bosch",
    )
    for word in ("24117125", "z24", "klaassen", "bosch"):
        assert field(service, advice_id, word)[0] == "reply", word  # type: ignore[index]
    service.save_commitment(
        Commitment(reply_id=reply.id, text="Wij melden ons", note="na de zomervakantie")
    )
    assert field(service, advice_id, "zomervakantie") == (
        "commitments",
        "Wij melden ons na de zomervakantie",
    )
    source = tmp_path / "Brief wethouder.pdf"
    source.write_bytes(b"%PDF-1.4\n")
    service.add_document(advice_id, source)
    assert field(service, advice_id, "wethouder") == ("documents", "Brief wethouder.pdf")
    assert field(service, advice_id, "xxxx") is None


def test_a_reply_without_reasons_adds_nothing_to_match(service: RegisterService) -> None:
    advice_id = make(service, "Werk", sent_date=date(2024, 8, 12))
    service.save_reply(Reply(advice_id=advice_id, date=date(2024, 9, 1), subject="Reactie"))
    assert field(service, advice_id, "reactie") == ("reply", "Reactie")
    assert field(service, advice_id, "xxxx") is None


def test_where_matched_for_more_advices_than_one_question_holds(service: RegisterService) -> None:
    """The fields are read 900 advices at a time: none is left out at the edges."""
    conn = store_of(service).conn
    first = make(service, "Eerste mantelzorg")
    columns = [str(r[1]) for r in conn.execute("PRAGMA table_info(advices)")]
    copied = [c for c in columns if c not in ("id", "number", "title")]
    names = ", ".join(copied)
    with conn:  # copies of the first advice, written directly: 1,900 saves would be slow
        for n in range(1, 1901):
            conn.execute(
                f"INSERT INTO advices (number, title, {names}) "
                f"SELECT ?, ?, {names} FROM advices WHERE id = ?",
                [f"9999-{n:04d}", f"Advies {n} mantelzorg", first],
            )
    ids = [first] + [
        int(r[0]) for r in conn.execute("SELECT id FROM advices WHERE id > ?", [first])
    ]
    assert len(ids) == 1901
    matches = service.search_matches(ids, "mantelzorg")
    assert set(matches) == set(ids)
    assert all(m.field == "subject" for m in matches.values())


def test_queries_quote_any_text_safely() -> None:
    assert word_query('ab"c') == '"ab""c"*'
    assert words_query(['x"y', "z"]) == '"x""y" OR "z"'
    assert all_terms_query([]) is None
    assert all_terms_query(["zorg", ["werk", "leer"]]) == '"zorg"* AND ("werk" OR "leer")'


def test_text_is_cut_the_same_in_another_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each thread cuts text with a tokenizer of its own, in memory (no file left behind)."""
    monkeypatch.chdir(tmp_path)
    found: list[list[str]] = []
    thread = threading.Thread(target=lambda: found.append(index_terms("Één Zorg-thread 42x")))
    thread.start()
    thread.join()
    assert found == [["een", "zorg", "thread", "42x"]]
    assert index_terms("Één Zorg-thread 42x") == ["een", "zorg", "thread", "42x"]
    assert list(tmp_path.iterdir()) == []
