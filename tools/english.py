"""Fill the English catalogue from the Dutch-to-English data file ``tools/english.json``.

The Dutch source strings live in the code; ``pyside6-lupdate`` (through
``tools/update_translations.py``) collects them in ``resources/translations/adviesraad_en.ts``.
The English lives in ``tools/english.json`` (context -> Dutch -> English), so it survives a
regenerated catalogue and a merge: apply it again and only new strings are left to translate.

    python tools/english.py               # apply english.json to the .ts, list what is missing
    python tools/english.py --missing     # print the untranslated strings as JSON to fill in
    python tools/english.py --harvest     # copy translations made in Qt Linguist into english.json
    python tools/update_translations.py   # then compile the .qm

A string without an entry in its own context takes the English of the same Dutch text in
another context, so a new message that repeats a known string needs no work.
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


def messages(tree: ET.ElementTree) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append((name, message.findtext("source") or "", translation))
    return found


def unfinished(translation: ET.Element) -> bool:
    return translation.get("type") == "unfinished" or not translation.text


def write_ts(tree: ET.ElementTree) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def apply(data: Data) -> int:
    anywhere: dict[str, str] = {}
    for entries in data.values():
        for source, english in entries.items():
            anywhere.setdefault(source, english)
    tree = ET.parse(TS)
    filled = 0
    missing = []
    for context, source, translation in messages(tree):
        english = data.get(context, {}).get(source) or anywhere.get(source)
        if english:
            if unfinished(translation) or translation.text != english:
                filled += 1
            translation.text = english
            translation.attrib.pop("type", None)
        elif unfinished(translation):
            missing.append((context, source))
    write_ts(tree)
    print(f"{filled} strings translated or updated")
    if missing:
        print(f"{len(missing)} strings still untranslated (add them to {DATA.name}):")
        for context, source in missing:
            print(f"  [{context}] {source!r}")
    return 1 if missing else 0


def missing_json(data: Data) -> None:
    todo: Data = {}
    for context, source, translation in messages(ET.parse(TS)):
        if unfinished(translation) and source not in data.get(context, {}):
            todo.setdefault(context, {})[source] = ""
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()


def harvest(data: Data) -> None:
    added = 0
    for context, source, translation in messages(ET.parse(TS)):
        if not unfinished(translation) and data.get(context, {}).get(source) != translation.text:
            data.setdefault(context, {})[source] = translation.text or ""
            added += 1
    save_data(data)
    print(f"{added} translations copied into {DATA.name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--missing", action="store_true", help="print untranslated strings as JSON")
    group.add_argument("--harvest", action="store_true", help="copy the .ts translations in")
    args = parser.parse_args()
    data = load_data()
    if args.missing:
        missing_json(data)
        return 0
    if args.harvest:
        harvest(data)
        return 0
    return apply(data)


if __name__ == "__main__":
    sys.exit(main())
