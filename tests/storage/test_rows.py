"""The shape every table module shares (storage/rows.py, storage/history.py): insert, update,
fetch by id or by parent, soft delete with one history line; and Repository as the tables
together."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.errors import NotFoundError
from adviesraad_app.domain.extensions import Extension, TermKind
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.storage.database import Store, open_database
from adviesraad_app.storage.repository import Repository
from adviesraad_app.storage.rows import (
    chunks,
    fetch_by_id,
    fetch_live,
    fetch_live_many,
    insert_row,
    plain,
    require_transaction,
    update_row,
)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    store = open_database(db_path)
    yield store
    store.close()


def _advice(repo: Repository, title: str = "Armoedebeleid") -> Advice:
    with repo.store.write():
        return repo.insert_advice(
            Advice(number=repo.next_number(2024), kind=AdviceKind.ONGEVRAAGD, title=title)
        )


def test_writes_outside_a_transaction_are_refused(store: Store) -> None:
    with pytest.raises(RuntimeError, match="outside a transaction"):
        require_transaction(store)
    with pytest.raises(RuntimeError):
        Repository(store).insert_advice(
            Advice(number="2024-01", kind=AdviceKind.ONGEVRAAGD, title="x")
        )
    assert store.scalar("SELECT count(*) FROM advices") == 0


def test_insert_update_and_fetch_one_row(store: Store) -> None:
    repo = Repository(store)
    advice = _advice(repo)
    assert advice.id is not None
    with store.write():
        row_id = insert_row(
            store,
            "extensions",
            {
                "advice_id": advice.id,
                "term": TermKind.ADVICE.value,
                "new_date": "2024-10-01",
                "reason": "Vakantie",
                "agreed_by": "de wethouder",
                "created_at": "2024-09-01T10:00:00+02:00",
            },
        )
        update_row(store, "extensions", row_id, {"reason": "Zomerreces"})
    found = fetch_by_id(store, "extensions", row_id, repo._extension_from_row, lambda: "weg")
    assert isinstance(found, Extension) and found.reason == "Zomerreces"
    assert found.new_date == date(2024, 10, 1)
    assert fetch_live(store, "extensions", "advice_id", advice.id, repo._extension_from_row) == [
        found
    ]
    assert [row["id"] for row in fetch_live_many(store, "extensions", [advice.id])] == [row_id]
    with pytest.raises(NotFoundError, match=r"^weg$"):
        fetch_by_id(store, "extensions", row_id + 1, repo._extension_from_row, lambda: "weg")


def test_a_deleted_row_is_found_only_when_asked(store: Store) -> None:
    repo = Repository(store)
    advice = _advice(repo)
    assert advice.id is not None
    with store.write():
        repo.set_advice_deleted(advice.id, True)
    with pytest.raises(NotFoundError, match="bestaat niet"):
        repo.get_advice(advice.id)
    assert repo.get_advice(advice.id, include_deleted=True).deleted_at is not None
    assert repo.get_advices([advice.id])[0].id == advice.id  # lists include deleted ones


def test_soft_delete_leaves_one_history_line_per_change(store: Store) -> None:
    repo = Repository(store)
    advice = _advice(repo)
    assert advice.id is not None
    with store.write():
        repo.set_advice_deleted(advice.id, True)
        repo.set_advice_deleted(advice.id, True)  # already deleted: nothing happens
        repo.set_advice_deleted(advice.id, False)
        repo.set_advice_deleted(advice.id, False)
    actions = [entry.action for entry in repo.history(advice.id)]
    assert actions == ["created", "deleted", "restored"]


def test_update_records_only_what_changed(store: Store) -> None:
    repo = Repository(store)
    advice = _advice(repo)
    with store.write():
        same = repo.update_advice(advice)
        assert same.updated_at == advice.updated_at  # nothing changed, nothing written
        repo.update_advice(replace(advice, title="Armoede", confidential=True))
    assert advice.id is not None
    changes = {(e.field, e.old_value, e.new_value) for e in repo.history(advice.id)[1:]}
    assert changes == {("title", "Armoedebeleid", "Armoede"), ("confidential", "0", "1")}


def test_helpers() -> None:
    assert list(chunks(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert plain(True) == "ja" and plain(TermKind.ADVICE) == TermKind.ADVICE.value
    assert plain(date(2024, 1, 2)) == "2024-01-02" and plain(None) is None
