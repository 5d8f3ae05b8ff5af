"""One GUI route for changes and their errors: ``gui/common/operations.py``.

No other GUI module catches ``UserError`` (or a subclass that stands for a failed action:
``StorageError``, ``NotFoundError``, ...) by hand; they go through ``window.ops`` or an
``Op``, whose failure is shown in Dutch by one function (``show_failure``). Input validation
is the exception, by design: a ``ValidationError`` or ``DateParseError`` is about the fields
of the form being filled in, and is shown beside those fields, not as a failed action.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

import adviesraad_app
from adviesraad_app.domain.errors import (
    DateParseError,
    FieldError,
    NotFoundError,
    UserError,
    ValidationError,
)
from adviesraad_app.gui.common import operations
from adviesraad_app.gui.common.operations import Op, Operations, attempt, read_or
from adviesraad_app.storage.errors import StorageError

GUI = Path(adviesraad_app.__file__).parent / "gui"
ROUTE = GUI / "common" / "operations.py"
#: Errors about the form's own fields, shown beside them (not a failed action).
FIELD_ERRORS = {ValidationError, DateParseError, FieldError}


def _user_errors() -> set[type[UserError]]:
    """Every UserError subclass the program defines (services, storage and domain)."""
    for package in ("adviesraad_app.services", "adviesraad_app.storage"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, package + "."):
            importlib.import_module(info.name)
    found: set[type[UserError]] = set()
    todo: list[type[UserError]] = [UserError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo.extend(cls.__subclasses__())
    return found


def _caught_names(handler: ast.ExceptHandler) -> list[str]:
    nodes = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    names = []
    for node in nodes:
        if isinstance(node, ast.Name):
            names.append(node.id)
        elif isinstance(node, ast.Attribute):
            names.append(node.attr)
    return names


def test_no_gui_module_but_operations_catches_user_errors() -> None:
    forbidden = {cls.__name__ for cls in _user_errors() - FIELD_ERRORS}
    assert {"UserError", "StorageError", "NotFoundError"} <= forbidden
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        if path == ROUTE or "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ExceptHandler) and node.type is not None:
                caught = set(_caught_names(node)) & forbidden
                if caught:
                    where = f"{path.relative_to(GUI.parent)}:{node.lineno}"
                    offenders.append(f"{where} catches {', '.join(sorted(caught))}")
    assert offenders == [], "route these through gui/common/operations.py:\n" + "\n".join(offenders)


# -- the route itself --------------------------------------------------------------------------


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str | None]]:
    messages: list[tuple[str, str | None]] = []
    monkeypatch.setattr(
        operations, "show_error", lambda parent, text, title=None: messages.append((text, title))
    )
    return messages


def _fail(error: Exception) -> object:
    raise error


def test_an_op_shows_the_dutch_message_and_calls_back(
    qtbot, shown: list[tuple[str, str | None]]
) -> None:  # type: ignore[no-untyped-def]
    failures: list[UserError] = []
    results: list[object] = []
    op = Op(None, lambda: _fail(UserError("Dat kan niet."))).failure(failures.append)
    assert not op.success(results.append).run()
    assert shown == [("Dat kan niet.", None)]
    assert [e.message for e in failures] == ["Dat kan niet."]
    assert results == []
    assert Op(None, lambda: 42).success(results.append).run()
    assert results == [42]


def test_a_storage_problem_is_titled_and_a_title_can_be_given(
    shown: list[tuple[str, str | None]],
) -> None:
    Op(None, lambda: _fail(StorageError("De database is vergrendeld."))).run()
    Op(None, lambda: _fail(NotFoundError("Weg."))).titled("Back-up mislukt").run()
    assert shown == [
        ("De database is vergrendeld.", "Probleem met de database"),
        ("Weg.", "Back-up mislukt"),
    ]


def test_an_environment_error_is_a_dutch_message_not_a_crash(
    tmp_path: Path, shown: list[tuple[str, str | None]]
) -> None:
    missing = tmp_path / "weg" / "bestand.txt"
    assert attempt(missing.read_text, parent=None) is None
    assert len(shown) == 1
    text, title = shown[0]
    assert title == "Adviesraad"  # a file, not the database
    assert "bestand.txt" in text
    assert "FileNotFoundError" not in text and "No such file" not in text


def test_tell_quiet_and_invalid_keep_the_message_box_away(
    qtbot, shown: list[tuple[str, str | None]]
) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    assert not Op(None, lambda: _fail(UserError("Vul de datum in."))).tell(label.setText).run()
    assert label.text() == "Vul de datum in."
    invalid: list[ValidationError] = []
    error = ValidationError([FieldError("title", "Vul het onderwerp in.")])
    Op(None, lambda: _fail(error)).invalid(invalid.append).run()
    assert invalid == [error]
    assert read_or("", lambda: _fail(StorageError("Beschadigd."))) == ""
    assert read_or("", lambda: "Adviesraad Sociaal Domein") == "Adviesraad Sociaal Domein"
    assert shown == []


def test_a_bug_is_not_swallowed(shown: list[tuple[str, str | None]]) -> None:
    with pytest.raises(KeyError):
        Op(None, lambda: _fail(KeyError("bug"))).run()
    assert shown == []


def test_operations_announce_a_change_before_its_success_callback(
    qtbot, shown: list[tuple[str, str | None]]
) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    ops = Operations(widget)
    order: list[str] = []
    ops.changed.connect(lambda: order.append("changed"))
    assert ops.op(lambda: order.append("work")).success(lambda _r: order.append("then")).run()
    assert order == ["work", "changed", "then"]
    assert not ops.run(lambda: _fail(UserError("Nee.")))
    assert order == ["work", "changed", "then"]  # a failure announces nothing
    assert shown == [("Nee.", None)]
