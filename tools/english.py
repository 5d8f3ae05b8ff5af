"""Fill the English catalogue from the Dutch-to-English data file ``tools/english.json``.

The Dutch source strings live in the code; ``pyside6-lupdate`` (through
``tools/update_translations.py``) collects them in ``resources/translations/adviesraad_en.ts``.
The English lives in ``tools/english.json`` (context -> Dutch -> English), so it survives a
regenerated catalogue and a merge: apply it again and only new strings are left to translate.

After a merge (or any new Dutch text):

    python tools/update_translations.py   # lupdate: new strings land in the .ts, unfinished
    python tools/english.py               # apply english.json to the .ts, list what is missing
    python tools/english.py --missing > todo.json   # ... fill in the English, then:
    python tools/english.py --add todo.json         # merge it into english.json and apply
    python tools/english.py --harvest     # copy translations made in Qt Linguist into english.json
    python tools/english.py --prune       # drop entries for Dutch the code no longer has
    python tools/update_translations.py   # then compile the .qm

A string without an entry in its own context takes the English of the same Dutch text in
another context, so a new message that repeats a known string needs no work. A string that
only gained or changed its ``&`` mnemonic gets the known English with a mnemonic on its first
letter; those are listed to be checked (the tests fail on a clash within a menu or form).
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "adviesraad_en.ts"
DATA = Path(__file__).resolve().parent / "english.json"

Data = dict[str, dict[str, str]]


def load_data() -> Data:
    data: Data = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return data


def save_data(data: Data) -> None:
    ordered = {context: dict(data[context]) for context in sorted(data)}
    DATA.write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def messages(root: ET.Element) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append((name, message.findtext("source") or "", translation))
    return found


def unfinished(translation: ET.Element) -> bool:
    return translation.get("type") == "unfinished" or not translation.text


def write_ts(root: ET.Element) -> None:
    body = ET.tostring(root, encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def plain(text: str) -> str:
    """The text without its mnemonic: ``Dossier &openen`` -> ``Dossier openen``."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def has_mnemonic(text: str) -> bool:
    return plain(text) != text.replace("&&", "")


def with_mnemonic(english: str) -> str:
    """Put a mnemonic on the first letter of the English (the tests catch a clash)."""
    english = plain(english)
    for i, char in enumerate(english):
        if char.isalpha():
            return english[:i] + "&" + english[i:]
    return english


class Lookup:
    """The English for a message: its own context first, then the same Dutch elsewhere, then
    the same Dutch with another (or no) mnemonic, whose English mnemonic is then a guess."""

    def __init__(self, data: Data) -> None:
        self.data = data
        self.anywhere: dict[str, str] = {}
        self.unmarked: dict[tuple[str, str], str] = {}
        for context, entries in data.items():
            for source, english in entries.items():
                self.anywhere.setdefault(source, english)
                self.unmarked.setdefault((context, plain(source)), english)
                self.unmarked.setdefault(("", plain(source)), english)

    def __call__(self, context: str, source: str) -> tuple[str | None, bool]:
        english = self.data.get(context, {}).get(source) or self.anywhere.get(source)
        if english:
            return english, False
        english = self.unmarked.get((context, plain(source))) or self.unmarked.get(
            ("", plain(source))
        )
        if not english:
            return None, False
        return (with_mnemonic(english) if has_mnemonic(source) else plain(english)), True


def apply(data: Data) -> int:
    lookup = Lookup(data)
    root = ET.parse(TS).getroot()
    filled = 0
    missing = []
    guessed = []
    for context, source, translation in messages(root):
        english, guess = lookup(context, source)
        if english:
            if unfinished(translation) or translation.text != english:
                filled += 1
            translation.text = english
            translation.attrib.pop("type", None)
            if guess:
                guessed.append((context, source, english))
        elif unfinished(translation):
            missing.append((context, source))
    if filled:
        write_ts(root)  # tools/update_translations.py then rewrites it the way lupdate does
    print(f"{filled} strings translated or updated")
    if guessed:
        print(f"{len(guessed)} strings differ only in their mnemonic; check these and add them:")
        for context, source, english in guessed:
            print(f"  [{context}] {source!r}: {english!r}")
    if missing:
        print(f"{len(missing)} strings still untranslated (add them to {DATA.name}):")
        for context, source in missing:
            print(f"  [{context}] {source!r}")
    return 1 if missing else 0


def add(path: Path, data: Data) -> None:
    """Merge a filled-in ``--missing`` file (empty values are skipped) into the data file."""
    new: Data = json.loads(path.read_text(encoding="utf-8"))
    added = 0
    for context, entries in new.items():
        for source, english in entries.items():
            if english:
                data.setdefault(context, {})[source] = english
                added += 1
    save_data(data)
    print(f"{added} translations added to {DATA.name}")


def missing_json(data: Data) -> None:
    todo: Data = {}
    for context, source, translation in messages(ET.parse(TS).getroot()):
        if unfinished(translation) and source not in data.get(context, {}):
            todo.setdefault(context, {})[source] = ""
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()


def harvest(data: Data) -> None:
    added = 0
    for context, source, translation in messages(ET.parse(TS).getroot()):
        if not unfinished(translation) and data.get(context, {}).get(source) != translation.text:
            data.setdefault(context, {})[source] = translation.text or ""
            added += 1
    save_data(data)
    print(f"{added} translations copied into {DATA.name}")


def prune(data: Data) -> None:
    """Drop entries whose Dutch is no longer in the catalogue (after the final merge)."""
    present = {(context, source) for context, source, _ in messages(ET.parse(TS).getroot())}
    kept: Data = {}
    for context, entries in data.items():
        for source, english in entries.items():
            if (context, source) in present:
                kept.setdefault(context, {})[source] = english
    dropped = sum(map(len, data.values())) - sum(map(len, kept.values()))
    save_data(kept)
    print(f"{dropped} entries no longer in the catalogue dropped from {DATA.name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--missing", action="store_true", help="print untranslated strings as JSON")
    group.add_argument("--harvest", action="store_true", help="copy the .ts translations in")
    group.add_argument("--add", type=Path, metavar="FILE", help="merge a filled-in --missing file")
    group.add_argument("--prune", action="store_true", help="drop entries the code no longer has")
    args = parser.parse_args()
    data = load_data()
    if args.missing:
        missing_json(data)
        return 0
    if args.harvest:
        harvest(data)
        return 0
    if args.prune:
        prune(data)
        return 0
    if args.add:
        add(args.add, data)
        data = load_data()
    return apply(data)


if __name__ == "__main__":
    sys.exit(main())
