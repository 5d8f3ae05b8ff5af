"""What other features use instead of the register's insides (issue 15): one all-or-nothing
write for checked advices (the register import), history lines for meetings, lookups by id,
and the file's state for the safety features."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.replies import Reply
from adviesraad_app.services.advice_numbers import NumberInUse
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.sheets.register_import import (
    ImportRefused,
    apply_import,
    prepare_import,
)
from tests.support.internals import store_of

REPLIED = date(2024, 11, 5)


def _advice(number: str, title: str) -> Advice:
    return Advice(
        kind=AdviceKind.ONGEVRAAGD, number=number, title=title, sent_date=date(2024, 8, 12)
    )


def test_checked_advices_go_in_with_their_replies_and_mark_the_register_changed(
    service: RegisterService,
) -> None:
    progress: list[tuple[int, int]] = []
    saved = service.add_checked_advices(
        [
            (
                _advice("2024-07", "Werk- en Leercentrum"),
                Reply(advice_id=0, date=date(2024, 11, 5)),
            ),
            (_advice("2024-08", "Mantelzorg"), None),
        ],
        progress=lambda done, total: progress.append((done, total)),
    )
    assert [a.number for a in saved] == ["2024-07", "2024-08"]
    assert progress == [(1, 2), (2, 2)]
    assert service.changed
    first = saved[0].id
    assert first is not None
    assert service.dossier(first).reply is not None
    assert service.find_advice_by_number("2024-08") == saved[1].id
    assert [a.title for a in service.get_advices([a.id for a in saved if a.id])] == [
        "Werk- en Leercentrum",
        "Mantelzorg",
    ]


def test_a_number_taken_meanwhile_saves_none_of_them(service: RegisterService) -> None:
    service.create_advice(_advice("2024-08", "Er al"))
    with pytest.raises(NumberInUse) as refused:
        service.add_checked_advices(
            [(_advice("2024-07", "Eerste"), None), (_advice("2024-08", "Tweede"), None)]
        )
    assert refused.value.index == 1 and "2024-08" in str(refused.value)
    assert service.count() == 1  # the first row is gone again


def test_the_import_names_the_row_whose_number_was_taken_after_the_dry_run(
    tmp_path: Path, service: RegisterService
) -> None:
    path = tmp_path / "register.csv"
    path.write_text(
        "Nr.;Onderwerp;Soort (advies)\r\n2024-07;Werk- en Leercentrum;Ongevraagd advies\r\n",
        encoding="utf-8-sig",
    )
    plan = prepare_import(service, path)
    service.create_advice(_advice("2024-07", "Intussen ingevoerd"))
    with pytest.raises(ImportRefused, match=r"nummer 2024-07 \(rij 2\) is intussen in gebruik"):
        apply_import(service, plan)
    assert service.count() == 1


def test_history_lines_of_other_features_go_in_with_the_change(service: RegisterService) -> None:
    with pytest.raises(RuntimeError), service.all_or_nothing():
        service.record_history(entity="meeting", entity_id=1, action="created")
        raise RuntimeError("halfway")
    with service.all_or_nothing():
        service.record_history(entity="meeting", entity_id=2, action="created")
    assert service.changed
    rows = store_of(service).query("SELECT entity_id FROM history WHERE entity = 'meeting'")
    assert [row[0] for row in rows] == [2]


def test_the_file_can_be_let_go_and_taken_back(service: RegisterService) -> None:
    before = service.data_version()
    with service.releasing():
        assert service.released
    assert not service.released and service.count() == 0
    service.create_advice(_advice("2024-07", "Na het terugnemen"))
    assert service.data_version() != before
    assert service.stored_advice_count() == 1
