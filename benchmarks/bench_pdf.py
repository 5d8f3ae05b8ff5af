"""PDF benchmarks (issue 4). Prints JSON.

* ``overzicht``: the whole register of 1,000 and of 10,000 advices as the landscape overzicht
  (targets: < 2 s and < 15 s), from an open register to the file on disk.
* ``jaaroverzicht``: one year of the 10,000-advice register (400 advices; target < 1 s).
* ``libreoffice``: the secretary's alternative today, measured in the same run on the same
  rows: the register written as a spreadsheet with openpyxl (same columns, same order, header
  row repeated, landscape, fit to width) and converted with
  ``libreoffice --headless --convert-to pdf``. ``ratio`` is LibreOffice's time over ours
  (above 1: we are faster). LibreOffice gets its own profile folder and one warm-up run, so the
  figure is a warm conversion, not the first start of the office suite. ``tagged`` says
  whether a PDF has a structure tree: ours does (every cell a TD, headers TH); LibreOffice's
  default conversion does not.

Every figure is the median of ``--repeat`` runs (the 10,000 case and LibreOffice: fewer).

    python benchmarks/bench_pdf.py [--sizes 1000,10000] [--repeat 3] [--no-libreoffice]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from datagen import dataset

from adviesraad_app.domain.dates import format_short
from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.reports.export import export_pdf
from adviesraad_app.services.pdf.export import URGENCY_FIRST
from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.text.present import (
    outcome_text,
    reply_delay_text,
    reply_received_text,
    status_text,
)

TODAY = date(2026, 11, 22)  # the date benchmarks/datagen.py writes its registers for
TARGETS = {1000: 2.0, 10000: 15.0}
YEAR_TARGET = 1.0


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median seconds of ``repeat`` runs, and the last result."""
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 3), result


def pdf_facts(path: Path) -> dict[str, Any]:
    """Pages, size and whether the file is a tagged PDF (has a structure tree)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    root = reader.trailer["/Root"]
    return {
        "pages": len(reader.pages),
        "size_mb": round(path.stat().st_size / 1024 / 1024, 2),
        "tagged": "/StructTreeRoot" in root,
    }


def write_spreadsheet(service: RegisterService, path: Path) -> int:
    """The register as a secretary would print it from Excel: same columns and order."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    rows = service.register(RegisterFilter(include_confidential=False), URGENCY_FIRST)
    book = Workbook()
    sheet = book.active
    sheet.title = "Register"
    headers = [
        "Nr.",
        "Onderwerp",
        "Soort",
        "Status",
        "Advies uiterlijk",
        "Verzonden",
        "Reactie uiterlijk",
        "Reactie ontvangen",
        "Dagen te laat",
        "Uitkomst",
    ]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(
            [
                row.number,
                row.title,
                row.kind.value,
                status_text(row, TODAY),
                format_short(row.advice_due),
                format_short(row.sent_date),
                format_short(row.reply_due),
                reply_received_text(row),
                reply_delay_text(row, TODAY),
                outcome_text(row.outcome) if row.reply_date else "",
            ]
        )
    for letter, width in zip("ABCDEFGHIJ", (9, 55, 11, 18, 11, 11, 11, 11, 15, 16), strict=True):
        sheet.column_dimensions[letter].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for cell in sheet["B"]:
        cell.alignment = wrap
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.save(path)
    return len(rows)


def libreoffice_convert(source: Path, outdir: Path, profile: Path) -> Path:
    subprocess.run(
        [
            "libreoffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    return outdir / (source.stem + ".pdf")


def libreoffice_version() -> str | None:
    if shutil.which("libreoffice") is None:
        return None
    result = subprocess.run(
        ["libreoffice", "--version"], check=False, capture_output=True, text=True
    )
    return result.stdout.strip() or None


def bench_overview(count: int, repeat: int, work: Path, libreoffice: bool) -> dict[str, Any]:
    service = RegisterService.open(dataset(count), create=False)
    target = work / f"overzicht-{count}.pdf"
    runs = repeat if count <= 1000 else max(1, repeat - 1)
    seconds, _ = timed(lambda: export_pdf(service, "overzicht", target, today=TODAY), runs)
    entry: dict[str, Any] = {
        "advices": count,
        "overzicht_s": seconds,
        **pdf_facts(target),
        "target_s": TARGETS.get(count),
        "target_met": seconds < TARGETS[count] if count in TARGETS else None,
    }
    if libreoffice:
        profile = work / "lo-profile"
        sheet = work / f"register-{count}.xlsx"
        write_s, _ = timed(lambda: write_spreadsheet(service, sheet), 1)
        libreoffice_convert(sheet, work / "warm-up", profile)  # first start fills the profile
        convert_s, produced = timed(
            lambda: libreoffice_convert(sheet, work, profile), 1 if count > 1000 else 2
        )
        total = round(write_s + convert_s, 3)
        entry["libreoffice"] = {
            "xlsx_write_s": write_s,
            "convert_s": convert_s,
            "total_s": total,
            **pdf_facts(produced),
        }
        entry["ratio_libreoffice_over_ours"] = round(total / seconds, 2)
        entry["ratio_convert_only_over_ours"] = round(convert_s / seconds, 2)
    service.close()
    return entry


def bench_year(count: int, repeat: int, work: Path) -> dict[str, Any]:
    service = RegisterService.open(dataset(count), create=False)
    years = service.years()
    year = years[1] if len(years) > 1 else years[0]  # a complete year, not the current one
    target = work / f"jaaroverzicht-{year}.pdf"
    seconds, result = timed(
        lambda: export_pdf(service, "jaaroverzicht", target, year=year, today=TODAY), repeat
    )
    service.close()
    return {
        "register_advices": count,
        "year": year,
        "advices_in_year": result.count,
        "jaaroverzicht_s": seconds,
        "pages": result.pages,
        "target_s": YEAR_TARGET,
        "target_met": seconds < YEAR_TARGET,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-libreoffice", action="store_true")
    args = parser.parse_args()
    import reportlab

    version = libreoffice_version()
    use_libreoffice = version is not None and not args.no_libreoffice
    sizes = [int(n) for n in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as folder:
        work = Path(folder)
        (work / "warm-up").mkdir()
        # fonts and reportlab load once per process: measured apart, not in every figure
        start = time.perf_counter()
        from adviesraad_app.reports.fonts import register_fonts

        register_fonts()
        warm_up_s = round(time.perf_counter() - start, 3)
        overviews = [bench_overview(n, args.repeat, work, use_libreoffice) for n in sizes]
        year = bench_year(max(sizes), args.repeat, work)
    print(
        json.dumps(
            {
                "benchmark": "pdf",
                "python": sys.version.split()[0],
                "reportlab": reportlab.Version,
                "libreoffice": version if use_libreoffice else None,
                "load_reportlab_and_fonts_s": warm_up_s,
                "overzicht": overviews,
                "jaaroverzicht": year,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
