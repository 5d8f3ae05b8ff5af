#!/usr/bin/env python3
"""Build each PDF from the demo register and render its first page to ``docs/images``.

    python tools/render_pdf_samples.py [--out docs/images] [--resolution 60] [--keep DIR]

Writes ``pdf-overzicht.png``, ``pdf-dossier.png``, ``pdf-jaaroverzicht.png``, ``pdf-agenda.png`` and
``pdf-termijnen.png`` (page 1 of each, rendered by poppler's ``pdftoppm``), for the README and
for looking at what the documents look like. ``--keep DIR`` also keeps the PDFs there.
The demo data is dated as of 22 November 2026, the reference date of the tests.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adviesraad_app.reports.export import export_pdf  # noqa: E402
from adviesraad_app.services.demo import load_demo  # noqa: E402
from adviesraad_app.services.register import RegisterService  # noqa: E402

TODAY = date(2026, 11, 22)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--resolution", type=int, default=60)
    parser.add_argument("--keep", type=Path, help="also keep the PDFs in this folder")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm ontbreekt: installeer poppler-utils.", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pdf-samples-") as folder:
        work = Path(folder)
        service = RegisterService.open(work / "demo.sqlite3")
        load_demo(service, today=TODAY)
        # the seed letter's case: unsolicited advice of 12 August 2024, reply 43 days late
        seed_case = service.find_advice_by_number("2024-03")
        samples = {
            "overzicht": {},
            "dossier": {"ids": [seed_case] if seed_case else None},
            "jaaroverzicht": {"year": TODAY.year - 1},
            "termijnen": {},
            "agenda": {},  # the first meeting on or after TODAY
        }
        for kind, options in samples.items():
            pdf = work / f"{kind}.pdf"
            result = export_pdf(service, kind, pdf, today=TODAY, **options)  # type: ignore[arg-type]
            stem = work / f"pdf-{kind}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    str(args.resolution),
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    str(stem),
                ],
                check=True,
            )
            target = args.out / f"pdf-{kind}.png"
            shutil.copyfile(stem.with_suffix(".png"), target)
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(pdf, args.keep / pdf.name)
            print(f"{target}: {result.pages} page(s), {result.count} item(s)")
        service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
