"""OCR engines on Dutch letters (issue 20). Prints JSON.

Renders Dutch letter pages (a header block and body text full of diacritics: cliënten,
coördinatie, geïnformeerd, café, één, reünie) as scans: blurred and turned a little, at
200 dpi, as the tests do (``tests/support/scans.py``). Then reads them with each engine
that is present:

* ``tesseract-nld``: Tesseract run as a program with its Dutch model (what the app uses);
* ``tesseract-eng``: the same with the English model, for comparison;
* ``rapidocr``: RapidOCR (``rapidocr_onnxruntime``), a pip-installable OCR that runs on
  Windows without another install (its models ship in the wheel: Chinese/English).

Per engine: ``cer`` (character error rate against the rendered text, spaces collapsed),
``diacritic_words_right`` (of the words with a diacritic, how many came out exactly),
``header_fields_right`` (date, reference, handled by, subject as the letter reader finds
them in the OCR text) and ``seconds_per_page`` (median). Run it with a Python where the
engines are installed:

    python benchmarks/bench_ocr.py [--pages 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES: list[list[str]] = [
    [
        "Gemeente Almelo",
        "",
        "Ons kenmerk: UIT-24130077",
        "Verzonden: 2-12-2024",
        "Behandeld door: L. Brinkman",
        "Betreft: Adviesaanvraag Verordening jeugdhulp 2025",
        "",
        "Geachte leden van de adviesraad,",
        "",
        "Hierbij vragen wij u om advies over de concept-Verordening jeugdhulp 2025.",
        "Wij vragen u binnen zes weken advies uit te brengen over de gevolgen",
        "voor gezinnen, de privacy van cliënten en de coördinatie met de scholen.",
        "Wij hebben de zorgaanbieders geïnformeerd over één regionale aanpak.",
        "",
        "Met vriendelijke groet,",
    ],
    [
        "Gemeente Hellendoorn",
        "",
        "Ons kenmerk: Z-2025-00412",
        "Datum: 14 maart 2025",
        "Behandeld door: mw. J. Ruïne-de Vries",
        "Onderwerp: Reactie op uw advies over het armoedebeleid",
        "",
        "Geachte leden van de adviesraad,",
        "",
        "Wij danken u voor uw advies van 3 februari 2025 over het armoedebeleid.",
        "De aanbeveling over de reünie van ervaringsdeskundigen in het café",
        "van het wijkcentrum nemen wij over; de coördinator zorgt voor één loket.",
        "Wij zullen u vóór 1 oktober informeren over de uitkomsten.",
        "",
        "Hoogachtend,",
    ],
    [
        "Gemeente Wierden",
        "",
        "Ons kenmerk: 2024/18830",
        "Datum: 5 november 2024",
        "Behandeld door: R. Ørsted",
        "Onderwerp: Reactie op ongevraagd advies Werk- en Leercentrum",
        "",
        "Geachte leden van de adviesraad,",
        "",
        "Naar aanleiding van uw ongevraagde advies hebben wij overleg gehad met Dimence.",
        "Cliënten met een psychische kwetsbaarheid behouden hun dagbesteding; de",
        "financiële bijdrage wordt geëvalueerd. Wij informeren u zodra er nieuws is.",
        "",
        "Met vriendelijke groet,",
    ],
]
EXPECTED: list[dict[str, Any]] = [
    {
        "date": date(2024, 12, 2),
        "our_reference": "UIT-24130077",
        "handled_by": "L. Brinkman",
        "subject": "Adviesaanvraag Verordening jeugdhulp 2025",
    },
    {
        "date": date(2025, 3, 14),
        "our_reference": "Z-2025-00412",
        "handled_by": "mw. J. Ruïne-de Vries",
        "subject": "Reactie op uw advies over het armoedebeleid",
    },
    {
        "date": date(2024, 11, 5),
        "our_reference": "2024/18830",
        "handled_by": "R. Ørsted",
        "subject": "Reactie op ongevraagd advies Werk- en Leercentrum",
    },
]


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _tesseract(language: str) -> Any:
    program = shutil.which("tesseract")
    if program is None:
        return None
    langs = subprocess.run(
        [program, "--list-langs"], check=False, capture_output=True, text=True
    ).stdout
    if language not in langs.split():
        return None

    def read(image: Any) -> str:
        import io

        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        result = subprocess.run(
            [program, "stdin", "stdout", "-l", language, "--psm", "3"],
            input=buffer.getvalue(),
            capture_output=True,
            check=True,
        )
        return result.stdout.decode("utf-8")

    return read


def _rapidocr() -> Any:
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:
        return None
    engine = RapidOCR()

    def read(image: Any) -> str:
        import numpy

        result, _ = engine(numpy.array(image.convert("RGB")))
        return "\n".join(item[1] for item in result or [])

    return read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=len(PAGES))
    args = parser.parse_args()
    from adviesraad_app.domain.letters import parse_letter
    from tests.support.scans import render_page

    images = [
        render_page(lines, blur=0.8, angle=(1.2 if i % 2 else -1.0))
        for i, lines in enumerate(PAGES[: args.pages])
    ]
    engines = {
        "tesseract-nld": _tesseract("nld"),
        "tesseract-eng": _tesseract("eng"),
        "rapidocr": _rapidocr(),
    }
    result: dict[str, Any] = {"pages": len(images), "engines": {}}
    for name, read in engines.items():
        if read is None:
            result["engines"][name] = None
            continue
        errors = chars = words_right = words = fields_right = fields = 0
        times: list[float] = []
        for lines, image, expected in zip(PAGES, images, EXPECTED, strict=False):
            start = time.perf_counter()
            text = read(image)
            times.append(time.perf_counter() - start)
            truth = _flat("\n".join(lines))
            errors += _distance(_flat(text), truth)
            chars += len(truth)
            got_words = set(_flat(text).split())
            for word in truth.split():
                if any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", word)):
                    words += 1
                    words_right += word in got_words
            read_fields = parse_letter(text)
            for field, value in expected.items():
                fields += 1
                fields_right += getattr(read_fields, field) == value
        result["engines"][name] = {
            "cer": round(errors / chars, 4),
            "diacritic_words_right": f"{words_right}/{words}",
            "header_fields_right": f"{fields_right}/{fields}",
            "seconds_per_page": round(statistics.median(times), 2),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
