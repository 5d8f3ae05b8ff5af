"""Every item model passes Qt's model tester."""

from __future__ import annotations

from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.domain.model import CommitmentStatus, Outcome
from adviesraad_app.gui.dossier import OutcomesModel, RecommendationsModel, RowsModel
from adviesraad_app.gui.models import CommitmentsModel, DeadlinesModel, RegisterTableModel
from tests.conftest import TODAY


def test_register_model(qtmodeltester, demo_service) -> None:  # type: ignore[no-untyped-def]
    model = RegisterTableModel(demo_service, lambda: TODAY)
    model.reload()
    qtmodeltester.check(model)
    model.set_filter(RegisterFilter(search="werk"))
    qtmodeltester.check(model)
    model.sort(7)
    qtmodeltester.check(model)


def test_deadlines_model(qtmodeltester, demo_service) -> None:  # type: ignore[no-untyped-def]
    model = DeadlinesModel(demo_service)
    model.load(TODAY)
    qtmodeltester.check(model)


def test_commitments_model(qtmodeltester, demo_service) -> None:  # type: ignore[no-untyped-def]
    model = CommitmentsModel(demo_service, lambda: TODAY)
    model.load(None)
    qtmodeltester.check(model)
    model.load(CommitmentStatus.OPEN)
    qtmodeltester.check(model)


def test_dossier_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    rows = RowsModel(["a", "b"])
    rows.set_rows([["1", "2"], ["3", "4"]], [1, 2])
    qtmodeltester.check(rows)
    recs = RecommendationsModel()
    recs.set_texts(["een", "twee"])
    qtmodeltester.check(recs)
    outcomes = OutcomesModel()
    outcomes.set_rows([(1, "een"), (2, "twee")], {1: (Outcome.NIET, "geld")})
    qtmodeltester.check(outcomes)


def test_register_model_reads_lazily(demo_service) -> None:  # type: ignore[no-untyped-def]
    model = RegisterTableModel(demo_service, lambda: TODAY)
    model.BLOCK = 4
    model.reload()
    assert model.rowCount() == 13
    assert model._rows == {}
    model.data(model.index(0, 0))
    assert 0 < len(model._rows) <= 4
