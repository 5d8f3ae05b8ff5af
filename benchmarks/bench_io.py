"""Import/export benchmarks (issue 5). Prints JSON.

* ``import_xlsx_s``: import a 5,000-row register spreadsheet (read, find the header, map,
  plan, save in one transaction) into a new register. Target: < 5 s.
  ``baseline_xlsx_load_s``: openpyxl merely loading the same workbook, measured in the same
  run; ``ratio`` = import / baseline.
* ``import_csv_s``: the same register as CSV; baseline: Python's csv module reading it.
* ``export_xlsx_s`` / ``export_csv_s``: exporting the 5,000 advices again.
* ``letter_s``: reading and analysing one letter (text, header, commitments, matching against
  the 5,000-advice register), per format. Target: < 0.5 s. Baselines: reading the text with
  the bare library (pypdf plain extraction, python-docx paragraphs, ``Path.read_text``).

Each figure is the median of several runs.

    python benchmarks/bench_io.py [--rows 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adviesraad_app.services.letters.reading import analyse_letter  # noqa: E402
from adviesraad_app.services.register import RegisterService  # noqa: E402
from adviesraad_app.services.sheets.register_export import export_register  # noqa: E402
from adviesraad_app.services.sheets.register_import import apply_import, prepare_import  # noqa: E402
from tests.support.letters import (  # noqa: E402
    REGISTER_HEADER,
    reply_text,
    write_docx,
    write_pdf,
    write_txt,
)

THEMES = ["Wmo", "Jeugd", "Participatiewet", "Schuldhulpverlening", "Beschermd wonen"]
WORDS = [
    "inkoop",
    "jeugdhulp",
    "armoede",
    "mantelzorg",
    "vervoer",
    "wonen",
    "schulden",
    "werk",
    "opvang",
    "toegang",
]


def median_s(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 3)


def register_rows(count: int) -> list[list[Any]]:
    """A council's register as people keep it: a title row, Dutch names, dates."""
    rows: list[list[Any]] = [
        ["Register van adviezen"],
        [],
        list(REGISTER_HEADER),
    ]
    start = date(2000, 1, 3)
    for i in range(count):
        year = 2000 + i // 200
        received = start + timedelta(days=i * 2)
        solicited = i % 3 != 0
        sent = received + timedelta(days=30)
        replied = i % 4 != 0
        rows.append(
            [
                f"{year}-{i % 200 + 1:02d}",
                f"{WORDS[i % len(WORDS)].capitalize()} {WORDS[(i * 7) % len(WORDS)]} {i}",
                "gevraagd" if solicited else "ongevraagd",
                THEMES[i % len(THEMES)],
                "wethouder A. Hofman",
                received if solicited else None,
                sent,
                sent + timedelta(days=40) if replied else None,
                f"UIT - {i:08d}" if replied else None,
                "overgenomen" if replied else None,
                "Notitie bij het advies" if i % 10 == 0 else None,
            ]
        )
    # make the years of the numbers match the dates
    for row in rows[3:]:
        row[0] = f"{(row[5] or row[6]).year}-{int(row[0].split('-')[1]):03d}"
    seen: dict[str, int] = {}
    for row in rows[3:]:
        year = row[0].split("-")[0]
        seen[year] = seen.get(year, 0) + 1
        row[0] = f"{year}-{seen[year]:02d}"
    return rows


def write_xlsx(path: Path, rows: list[list[Any]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=4, min_col=6, max_col=8):
        for cell in row:
            cell.number_format = "DD-MM-YYYY"
    workbook.save(path)


def write_csv(path: Path, rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        for row in rows:
            writer.writerow(
                [
                    v.strftime("%d-%m-%Y") if isinstance(v, date) else ("" if v is None else v)
                    for v in row
                ]
            )


def bench(count: int, repeat: int) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="bench-io-"))
    rows = register_rows(count)
    xlsx, csv_path = work / "register.xlsx", work / "register.csv"
    write_xlsx(xlsx, rows)
    write_csv(csv_path, rows)
    runs = {"n": 0}

    def import_file(path: Path) -> int:
        runs["n"] += 1
        service = RegisterService.open(work / f"import-{runs['n']}.sqlite3")
        try:
            plan = prepare_import(service, path)
            assert plan.ok, plan.problems[:3]
            return len(apply_import(service, plan).created)
        finally:
            service.close()

    def load_xlsx() -> None:
        from openpyxl import load_workbook

        load_workbook(xlsx, data_only=True).close()

    def read_csv() -> None:
        with csv_path.open(encoding="utf-8-sig", newline="") as stream:
            list(csv.reader(stream, delimiter=";"))

    imported = import_file(xlsx)
    assert imported == count, imported
    baseline_xlsx = median_s(load_xlsx, repeat)
    import_xlsx = median_s(lambda: import_file(xlsx), repeat)
    baseline_csv = median_s(read_csv, repeat)
    import_csv = median_s(lambda: import_file(csv_path), repeat)

    service = RegisterService.open(work / "import-1.sqlite3")
    export_xlsx = median_s(lambda: export_register(service, work / "out.xlsx"), repeat)
    export_csv = median_s(lambda: export_register(service, work / "out.csv"), repeat)

    letters = {
        "txt": write_txt(work / "brief.txt", reply_text(), "cp1252"),
        "docx": write_docx(work / "brief.docx"),
        "pdf": write_pdf(work / "brief.pdf"),
    }

    def bare_read(fmt: str, path: Path) -> None:
        if fmt == "pdf":
            from pypdf import PdfReader

            for page in PdfReader(str(path)).pages:
                page.extract_text()
        elif fmt == "docx":
            import docx

            [p.text for p in docx.Document(str(path)).paragraphs]
        else:
            path.read_text(encoding="cp1252")

    letter_figures = {}
    for fmt, path in letters.items():
        analyse_letter(service, path)  # warm: imports of pypdf / docx are not per letter
        bare_read(fmt, path)
        took = median_s(lambda p=path: analyse_letter(service, p), repeat * 3)
        base = median_s(lambda f=fmt, p=path: bare_read(f, p), repeat * 3)
        letter_figures[fmt] = {
            "letter_s": took,
            "baseline_s": base,
            "ratio": round(took / base, 1) if base else None,
        }
    service.close()
    return {
        "rows": count,
        "import_xlsx_s": import_xlsx,
        "baseline_xlsx_load_s": baseline_xlsx,
        "import_xlsx_ratio": round(import_xlsx / baseline_xlsx, 1),
        "import_csv_s": import_csv,
        "baseline_csv_read_s": baseline_csv,
        "import_csv_ratio": round(import_csv / baseline_csv, 1),
        "export_xlsx_s": export_xlsx,
        "export_csv_s": export_csv,
        "letters": letter_figures,
        "targets": {"import_s": 5.0, "letter_s": 0.5},
        "within_targets": import_xlsx < 5.0
        and import_csv < 5.0
        and all(v["letter_s"] < 0.5 for v in letter_figures.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(json.dumps(bench(args.rows, args.repeat), indent=2))


if __name__ == "__main__":
    main()
