"""Letter corpus benchmark (issue 20). Prints JSON.

Reads every letter of ``tests/fixtures/letters/`` (header blocks of real, public letters; see
the README there) with :func:`adviesraad_app.domain.letters.parse_letter` and compares each
field with the expected value written by hand in the ``.json`` beside it:

* ``right``: the reader's value equals the expected one (both empty counts as right);
* ``missing``: the letter has the field, the reader left it empty;
* ``wrong``: the reader gave a value the letter does not have, or another value.

Per field and in total, with ``right_pct`` over all letters and fields, and, because most
fields of most letters are rightly empty, ``present_found_pct``: of the ``present`` fields
(those the letters have), how many the reader found. Target: >= 95 % right, 0 wrong.

    python benchmarks/bench_letters.py [--details]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "letters"
FIELDS = (
    "date",
    "your_letter_date",
    "your_reference",
    "our_reference",
    "case_number",
    "handled_by",
    "subject",
    "requested_deadline",
    "from_council",
)
_QUOTES = re.compile(r"[“”„‘’\"'«»]")


def _normal(field: str, value: Any) -> Any:
    if value is None or (value is False and field != "from_council"):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str):
        text = " ".join(_QUOTES.sub("", value).split()).strip(" .").casefold()
        return text or None
    return value


def read_corpus() -> list[tuple[str, str, dict[str, Any]]]:
    """(name, text, the .json) of every corpus letter, in name order."""
    letters = []
    for path in sorted(CORPUS.glob("*.txt")):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        letters.append((path.stem, path.read_text(encoding="utf-8"), meta))
    return letters


def score_corpus() -> dict[str, Any]:
    """Right, missing and wrong per field, and the wrong and missing values themselves."""
    sys.path.insert(0, str(ROOT))
    from adviesraad_app.domain.letters import parse_letter

    counts = {f: {"right": 0, "missing": 0, "wrong": 0, "present": 0} for f in FIELDS}
    problems: list[dict[str, Any]] = []
    letters = read_corpus()
    for name, text, meta in letters:
        fields = parse_letter(text, council_name=meta.get("council_name"))
        for field in FIELDS:
            expected = _normal(field, meta["expected"].get(field))
            got = _normal(field, getattr(fields, field))
            if got == expected:
                verdict = "right"
            elif got is None or got is False:
                verdict = "missing"
            else:
                verdict = "wrong"
            counts[field][verdict] += 1
            counts[field]["present"] += expected not in (None, False)
            if verdict != "right":
                problems.append(
                    {
                        "letter": name,
                        "field": field,
                        "verdict": verdict,
                        "expected": expected,
                        "got": got,
                    }
                )
    total = {k: sum(c[k] for c in counts.values()) for k in ("right", "missing", "wrong")}
    n = sum(total.values())
    present = sum(c["present"] for c in counts.values())
    return {
        "letters": len(letters),
        "fields": counts,
        "total": total,
        "right_pct": round(100 * total["right"] / n, 1) if n else None,
        # Of the fields the letters do have: how many the reader found (the rest is missing).
        "present": present,
        "present_found_pct": round(100 * (present - total["missing"]) / present, 1)
        if present
        else None,
        "problems": problems,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--details", action="store_true", help="list every missing/wrong field")
    args = parser.parse_args()
    result = score_corpus()
    if not args.details:
        result.pop("problems")
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
