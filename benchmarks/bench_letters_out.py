"""Letters out (issue 16): how long one letter takes, from an open register to the file.
Prints JSON.

For each kind and format the median of ``--repeat`` runs of ``write_letter`` (the dossier
read, the Word template filled in with docxtpl, for a PDF read back and set with reportlab).
Baselines measured in the same run: ``python-docx`` opening and saving the default template
(the least any .docx letter costs) and a one-paragraph reportlab PDF with the same fonts.

    python benchmarks/bench_letters_out.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adviesraad_app.domain.advices import Advice, Recommendation
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.domain.reminders import LetterKind
from adviesraad_app.reports.letter import write_letter
from adviesraad_app.services.letters.fields import LetterRequest
from adviesraad_app.services.letters.writing import default_template
from adviesraad_app.services.register import RegisterService


def _median(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 1)


def _bare_docx() -> None:
    from docx import Document

    Document(str(default_template(LetterKind.HERINNERING))).save(io.BytesIO())


def _bare_pdf() -> None:
    from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
    from reportlab.platypus import Paragraph, SimpleDocTemplate  # type: ignore[import-untyped]

    from adviesraad_app.reports.fonts import REGULAR, register_fonts

    register_fonts()
    doc = SimpleDocTemplate(io.BytesIO())
    doc.build([Paragraph("Geacht college,", ParagraphStyle("b", fontName=REGULAR))])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    folder = Path(tempfile.mkdtemp())
    service = RegisterService.open(folder / "bench.sqlite3")
    advice = service.create_advice(
        Advice(
            kind=AdviceKind.GEVRAAGD,
            title="Integrale ketenaanpak maatschappelijke opvang",
            request_received=date(2024, 6, 3),
            sent_date=date(2024, 7, 8),
            summary="Samenvatting. " * 40,
            recommendations=tuple(Recommendation(i, f"Aanbeveling {i}. " * 8) for i in range(1, 9)),
        )
    )
    assert advice.id is not None
    on = date(2024, 10, 1)
    results: dict[str, object] = {
        "baseline_docx_open_save_ms": _median(_bare_docx, repeat),
        "baseline_pdf_one_paragraph_ms": _median(_bare_pdf, repeat),
    }
    for kind in LetterKind:
        for suffix in (".docx", ".pdf"):
            target = folder / f"{kind.value}{suffix}"
            request = LetterRequest(kind, advice.id, on)
            results[f"{kind.value}{suffix}_ms"] = _median(
                lambda request=request, target=target: write_letter(service, request, target),
                repeat,
            )
    service.close()
    print(json.dumps({"repeat": repeat, "median_ms": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
