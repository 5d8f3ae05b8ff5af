"""storage/counts.py: what a register file holds, the waste basket included (the register's
own lists leave those out)."""

from __future__ import annotations

from adviesraad_app.domain.advices import Advice
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.counts import stored_advices
from tests.support.internals import store_of


def test_stored_advices_counts_the_waste_basket_too(service: RegisterService) -> None:
    assert stored_advices(store_of(service)) == 0
    ids = [
        service.create_advice(Advice(kind=AdviceKind.ONGEVRAAGD, title=t)).id
        for t in ("Een", "Twee")
    ]
    assert ids[0] is not None
    service.delete_advice(ids[0])
    assert service.count() == 1
    assert stored_advices(store_of(service)) == 2
