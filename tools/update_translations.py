"""Extract every user-facing string into the translation files and compile them.

    python tools/update_translations.py          # update resources/translations/*.ts and .qm
    python tools/update_translations.py --check  # exit 1 when a .ts misses strings in the code

Source strings are Dutch (the shipped language). ``adviesraad_en.ts`` is the English
translation, to be completed in Qt Linguist (``pyside6-linguist``); untranslated strings
fall back to Dutch. ``pyside6-lupdate`` reads ``translate("Context", "...")`` and ``self.tr``
calls in the package and the ``.ui`` forms; ``pyside6-lrelease`` makes the ``.qm`` the GUI
loads (the CLI reads the ``.ts`` directly, without Qt).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (requirements-dev.lock)")
    return found


def sources() -> list[str]:
    files = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "adviesraad_app").rglob("*.py")
        if "forms" not in p.parts
    )
    files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    return files


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def lupdate(target: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-source-language",
            "nl_NL",
            "-target-language",
            target.stem.split("_")[-1],
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    # lupdate takes a "#:" comment (how the code documents a constant or an attribute) for a
    # note to the translators of the next string: those notes are not ours, so they go.
    text = target.read_text(encoding="utf-8")
    target.write_text(
        re.sub(r"\n *<extracomment>.*?</extracomment>", "", text, flags=re.S), encoding="utf-8"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if args.check:
        problems = 0
        for language in LANGUAGES:
            committed = TS_DIR / f"adviesraad_{language}.ts"
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / committed.name
                lupdate(fresh)
                missing = messages(fresh) - (messages(committed) if committed.exists() else set())
            if missing:
                problems += 1
                print(f"{committed.name} misses {len(missing)} string(s), e.g.:")
                for context, source in sorted(missing)[:10]:
                    print(f"  [{context}] {source}")
        if problems:
            print("Run: python tools/update_translations.py")
        return 1 if problems else 0
    for language in LANGUAGES:
        ts = TS_DIR / f"adviesraad_{language}.ts"
        lupdate(ts)
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
