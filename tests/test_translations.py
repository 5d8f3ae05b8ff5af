"""All user text goes through Qt's translation machinery, so a translation can follow."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "adviesraad_app"


def _calls(tree: ast.AST) -> list[ast.Call]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else (func.attr if isinstance(func, ast.Attribute) else "")
            )
            if name in ("translate", "tr", "_tr"):  # _tr: a wrapper lupdate cannot see
                found.append(node)
    return found


def test_translation_calls_use_literal_strings() -> None:
    """lupdate can only extract literals: translate("Context", "Tekst"), self.tr("Tekst")."""
    bad = []
    for path in PACKAGE.rglob("*.py"):
        if "forms" in path.parts:
            continue
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            args = call.args
            if not args:
                continue
            literal_args = args[:2] if getattr(call.func, "id", "") == "translate" else args[:1]
            if isinstance(call.func, ast.Attribute) and call.func.attr == "translate":
                literal_args = args[:2]
            if any(
                not (isinstance(a, ast.Constant) and isinstance(a.value, str)) for a in literal_args
            ):
                # helper wrappers pass their parameter through; those are the definitions
                if isinstance(args[0], ast.Name) and args[0].id in ("text", "message"):
                    continue
                if len(args) > 1 and isinstance(args[1], ast.Name) and args[1].id == "text":
                    continue
                bad.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert bad == []


def test_no_translation_wrappers() -> None:
    """lupdate only sees translate("Context", "literal"): a helper that passes its parameter on
    hides every string from the translation file."""
    wrappers = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in PACKAGE.rglob("*.py")
        if "forms" not in path.parts
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef)
        and node.name in ("_tr", "tr_", "_")
        and any(
            isinstance(c, ast.Call) and getattr(c.func, "id", "") == "translate"
            for c in ast.walk(node)
        )
    ]
    assert wrappers == []


def test_translation_file_has_every_string() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_speaks_english_when_asked(tmp_path: Path) -> None:
    env = {**os.environ, "ADVIESRAAD_LANG": "en", "ADVIESRAAD_DB": str(tmp_path / "r.sqlite3")}
    subprocess.run(
        [sys.executable, "-m", "adviesraad_app", "init"], env=env, check=True, capture_output=True
    )
    result = subprocess.run(
        [sys.executable, "-m", "adviesraad_app", "list"], env=env, capture_output=True, text=True
    )
    assert result.stdout.strip() == "No advices found."
    dutch = subprocess.run(
        [sys.executable, "-m", "adviesraad_app", "list"],
        env={**env, "ADVIESRAAD_LANG": "nl"},
        capture_output=True,
        text=True,
    )
    assert dutch.stdout.strip() == "Geen adviezen gevonden."


@pytest.mark.gui
def test_gui_loads_the_english_translation(tmp_path: Path) -> None:
    code = (
        "import os\n"
        "from pathlib import Path\n"
        "from adviesraad_app.gui.app import create_application\n"
        "from adviesraad_app.gui.main_window import MainWindow\n"
        "from adviesraad_app.services.register import RegisterService\n"
        "app = create_application()\n"
        f"s = RegisterService.open(Path({str(tmp_path / 'g.sqlite3')!r}))\n"
        "w = MainWindow(s, restore_state=False, install_features=False)\n"
        "print(w.menuFile.title(), w.navigation.item(0).text(), sep='|')\n"
    )
    env = {
        **os.environ,
        "ADVIESRAAD_LANG": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "&File|Deadlines"


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)\w|%[srnvm]")


def _mnemonic(text: str) -> bool:
    """True when the text has an Alt+letter mnemonic (an ``&`` that is not ``&&``)."""
    return bool(re.search(r"&[^&\s]", text.replace("&&", "")))


def test_english_catalogue_is_complete_and_keeps_what_the_code_needs() -> None:
    """Every message is translated, and no translation loses a placeholder the code fills in
    or an Alt+letter mnemonic the Dutch has."""
    root = ET.parse(ROOT / "resources" / "translations" / "adviesraad_en.ts").getroot()
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            if element is not None and element.get("type") in ("vanished", "obsolete"):
                continue
            english = element.text if element is not None else None
            where = f"[{name}] {source!r}"
            if element is None or element.get("type") == "unfinished" or not english:
                problems.append(f"{where}: not translated")
                continue
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english)):
                problems.append(f"{where}: placeholders differ in {english!r}")
            if _mnemonic(source) and not _mnemonic(english):
                problems.append(f"{where}: mnemonic lost in {english!r}")
    assert problems == [], "\n".join(problems[:20]) + f"\n({len(problems)} problems)"


def _english_catalogue() -> dict[tuple[str, str], str]:
    root = ET.parse(ROOT / "resources" / "translations" / "adviesraad_en.ts").getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): (
            message.findtext("translation") or ""
        )
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _mnemonic_letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(groups: dict[str, list[str]]) -> list[str]:
    clashes = []
    for group, texts in groups.items():
        seen: dict[str, str] = {}
        for text in texts:
            letter = _mnemonic_letter(text)
            if letter is None:
                continue
            if letter in seen:
                clashes.append(f"{group}: {seen[letter]!r} and {text!r} both use Alt+{letter}")
            seen[letter] = text
    return clashes


def _form_groups(path: Path) -> dict[str, list[str]]:
    """The strings of a form that share one set of Alt+letters: the whole form, except that
    each page of a tab widget is a group of its own (a hidden page's mnemonics do not fire);
    the tab titles belong to the form."""
    root = ET.parse(path).getroot()
    form = root.findtext("class") or path.stem
    groups: dict[str, list[str]] = {}

    def walk(element: ET.Element, group: str) -> None:
        for child in element:
            if child.tag == "widget" and element.get("class") == "QTabWidget":
                for title in child.findall("attribute[@name='title']/string"):
                    groups.setdefault(group, []).append(title.text or "")  # the tab bar
                page = ET.Element("page", child.attrib)
                page.extend(c for c in child if c.tag != "attribute")
                walk(page, f"{group}/{child.get('name')}")
                continue
            if child.tag == "string" and child.text:
                groups.setdefault(group, []).append(child.text)
            walk(child, group)

    walk(root, form)
    return groups


def test_english_forms_have_no_clashing_mnemonics() -> None:
    catalogue = _english_catalogue()
    clashes = []
    for path in sorted((ROOT / "ui").glob("*.ui")):
        if path.name == "main_window.ui":  # menus: see the test below
            continue
        form = ET.parse(path).getroot().findtext("class") or path.stem
        groups = {
            group: [catalogue.get((form, text), text) for text in texts]
            for group, texts in _form_groups(path).items()
        }
        clashes += _clashes(groups)
    assert clashes == []


@pytest.mark.gui
def test_english_menus_have_no_clashing_mnemonics(tmp_path: Path) -> None:
    code = (
        "import json\n"
        "from pathlib import Path\n"
        "from adviesraad_app.gui.app import create_application\n"
        "from adviesraad_app.gui.main_window import MainWindow\n"
        "from adviesraad_app.services.register import RegisterService\n"
        "app = create_application()\n"
        f"s = RegisterService.open(Path({str(tmp_path / 'm.sqlite3')!r}))\n"
        "w = MainWindow(s, restore_state=False)\n"
        "menus = {'menu bar': [a.text() for a in w.menuBar().actions()]}\n"
        "todo = [a.menu() for a in w.menuBar().actions()]\n"
        "while todo:\n"
        "    menu = todo.pop()\n"
        "    menus[menu.title()] = [a.text() for a in menu.actions() if not a.isSeparator()]\n"
        "    todo += [a.menu() for a in menu.actions() if a.menu()]\n"
        "print(json.dumps(menus))\n"
    )
    env = {
        **os.environ,
        "ADVIESRAAD_LANG": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    menus = json.loads(result.stdout)
    assert menus["menu bar"] == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    assert _clashes(menus) == []


def test_english_data_file_holds_every_translation() -> None:
    """tools/english.json is where the English lives: a catalogue regenerated after a merge
    gets all of it back from there (python tools/english.py)."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import english
    finally:
        sys.path.remove(str(ROOT / "tools"))
    lookup = english.Lookup(english.load_data())
    catalogue = _english_catalogue()
    differ = [
        f"[{context}] {source!r}: .ts {text!r}, english.json {lookup(context, source)[0]!r}"
        for (context, source), text in catalogue.items()
        if lookup(context, source) != (text, False)
    ]
    assert differ == [], "Run: python tools/english.py --harvest\n" + "\n".join(differ[:20])
