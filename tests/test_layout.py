"""tests/ mirrors the package: every test folder is named for a folder of adviesraad_app,
apart from the few with a job of their own."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
PACKAGE = ROOT / "adviesraad_app"
# flows: end-to-end user flows; support: shared helpers and fixtures; fixtures: files;
# packaging: the scripts in packaging/ (beside the package, not in it)
OWN_JOB = {"flows", "support", "fixtures", "packaging"}


def test_every_test_folder_mirrors_a_package_folder() -> None:
    stray = []
    for folder in sorted(TESTS.rglob("*")):
        if not folder.is_dir() or "__pycache__" in folder.parts:
            continue
        relative = folder.relative_to(TESTS)
        if relative.parts[0] in OWN_JOB:
            continue
        if not (PACKAGE / relative).is_dir():
            stray.append(str(relative))
    assert stray == [], f"test folders without a package folder: {stray}"


def test_every_test_folder_is_a_package() -> None:
    """Test modules of the same name in two folders stay apart (tests.x.test_y)."""
    missing = [
        str(folder.relative_to(TESTS))
        for folder in TESTS.rglob("*")
        if folder.is_dir()
        and "__pycache__" not in folder.parts
        and "fixtures" not in folder.parts
        and any(folder.glob("*.py"))
        and not (folder / "__init__.py").is_file()
    ]
    assert missing == []
