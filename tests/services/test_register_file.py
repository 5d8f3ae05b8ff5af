"""services/register_file.py: the register as a file: a write marks it changed (all or
nothing), another program's change moves the data version, and while the file is let go every
use is refused in Dutch until it is reconnected."""

from __future__ import annotations

import pytest

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.errors import UserError
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService


def test_a_write_marks_the_register_changed(service: RegisterService) -> None:
    assert service.changed is False
    service.count()  # a read is no change
    assert service.changed is False
    with service.all_or_nothing():
        service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Heel"))
    assert service.changed is True and service.count() == 1


def test_all_or_nothing_that_fails_halfway_leaves_nothing(service: RegisterService) -> None:
    with pytest.raises(KeyError), service.all_or_nothing():
        service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Een"))
        service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Twee"))
        raise KeyError("halverwege")
    assert service.count() == 0


def test_the_data_version_moves_when_another_program_writes(service: RegisterService) -> None:
    before = service.data_version()
    assert service.data_version() == before
    other = RegisterService.open(service.path)
    try:
        other.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Van elders"))
    finally:
        other.close()
    assert service.data_version() != before
    assert service.changed is False  # not by this program


def test_while_released_every_use_is_refused_in_dutch(service: RegisterService) -> None:
    service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title="Er was er een"))
    with service.releasing():
        assert service.released
        with pytest.raises(UserError) as caught:
            service.count()
        assert "wordt op dit moment teruggezet of hersteld" in str(caught.value)
        assert "Error" not in str(caught.value)
    assert not service.released
    assert service.count() == 1


def test_a_new_register_is_verified_and_readable(service: RegisterService) -> None:
    assert service.verified
    assert not service.readonly
    assert service.path.is_file()
