"""No import circles in the GUI: every ``import`` counts, also one inside a function or under
``TYPE_CHECKING`` (a circle there is still two modules that cannot be understood apart).

Feature modules know the main window as ``gui/common/window_api.FeatureWindow``; the dossier's
keyboard rules know the dossier as its form (``Ui_DossierDialog``); file choosers live in
``gui/common/file_choosers.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import adviesraad_app

PACKAGE = Path(adviesraad_app.__file__).parent


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    target = f"{node.module}.{alias.name}"
                    if target in modules:
                        graph[name].add(target)
                    elif node.module in modules:
                        graph[name].add(node.module)
            elif isinstance(node, ast.Import):
                graph[name].update(a.name for a in node.names if a.name in modules)
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    circles.append(sorted(component))
    return circles


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circles(graph) == [["a", "b", "c"]]


def test_no_import_circle_touches_the_gui() -> None:
    circles = [
        circle
        for circle in _circles(_graph(_modules()))
        if any(name.startswith("adviesraad_app.gui") for name in circle)
    ]
    assert circles == []


def test_features_do_not_import_the_main_window() -> None:
    graph = _graph(_modules())
    importers = sorted(
        name for name, targets in graph.items() if "adviesraad_app.gui.main_window" in targets
    )
    # the start-up (which builds the window) and tests only
    assert importers == ["adviesraad_app.gui.app"]


def test_no_circle_between_the_rooms_of_the_gui() -> None:
    """The rooms (common, dossier, io, pdf, safety, ... and the modules beside them) import
    each other one way only; the generated forms use common's widgets by design."""
    prefix = "adviesraad_app.gui."
    rooms: dict[str, set[str]] = {}
    for name, targets in _graph(_modules()).items():
        if not name.startswith(prefix):
            continue
        room = name[len(prefix) :].split(".")[0]
        if room == "forms":
            continue
        edges = rooms.setdefault(room, set())
        for target in targets:
            if target.startswith(prefix):
                other = target[len(prefix) :].split(".")[0]
                if other != room:
                    edges.add(other)
    for edges in rooms.values():
        edges.intersection_update(rooms)
    assert _circles(rooms) == []
