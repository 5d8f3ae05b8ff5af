"""Reading scanned letters (a PDF of page images) with OCR: Tesseract and its Dutch model.

Why Tesseract, run as a program: it reads Dutch letters best of what could be had here,
diacritics included (``benchmarks/bench_ocr.py``; figures in docs/IMPORT_EXPORT.md), it needs
no Python package, and it is found on the machine rather than shipped: on Windows the UB
Mannheim installer of Tesseract with the Dutch model, on Linux ``tesseract-ocr-nld``. Where
it is missing, a scan gets the clear message it always got (type the fields over).

Where it is looked for: ``ADVIESRAAD_TESSERACT`` (the program), then the ``PATH``, then the
usual Windows install folders. Only the first pages are read (the header is on page 1).
Images are taken from the PDF as they are (pypdf + Pillow: no rendering library needed); a
page with several images is read image by image in order.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_OCR_PAGES = 3  # the header and the body of a letter; later pages are attachments
OCR_TIMEOUT_S = 90  # per page image
LANGUAGE = "nld"
MIN_IMAGE_SIDE = 200  # logos and signatures are not letters
_WINDOWS_FOLDERS = (
    r"C:\Program Files\Tesseract-OCR",
    r"C:\Program Files (x86)\Tesseract-OCR",
)


@dataclass(frozen=True, slots=True)
class OcrEngine:
    """A Tesseract that can read Dutch."""

    program: str
    version: str


class OcrFailed(Exception):
    """OCR ran but gave nothing usable (the caller says so in Dutch)."""


def _candidates() -> list[str]:
    found: list[str] = []
    configured = os.environ.get("ADVIESRAAD_TESSERACT")
    if configured:
        found.append(configured)
    on_path = shutil.which("tesseract")
    if on_path:
        found.append(on_path)
    local = os.environ.get("LOCALAPPDATA")
    folders = [*_WINDOWS_FOLDERS, *([str(Path(local) / "Tesseract-OCR")] if local else [])]
    found.extend(str(Path(folder) / "tesseract.exe") for folder in folders)
    return found


def _run(args: list[str], data: bytes | None = None, timeout: float = 15) -> str:
    result = subprocess.run(  # a fixed program with fixed arguments, no shell
        args,
        input=data,
        capture_output=True,
        timeout=timeout,
        check=False,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    if result.returncode != 0:
        raise OcrFailed(result.stderr.decode("utf-8", "replace")[-300:])
    return result.stdout.decode("utf-8", "replace")


def find_engine() -> OcrEngine | None:
    """The Tesseract with the Dutch model on this machine, or ``None``."""
    for program in _candidates():
        if not Path(program).is_file():
            continue
        try:
            languages = _run([program, "--list-langs"])
            version = _run([program, "--version"]).splitlines()
        except (OSError, subprocess.SubprocessError, OcrFailed):
            continue
        if LANGUAGE in {line.strip() for line in languages.splitlines()}:
            return OcrEngine(program, version[0].strip() if version else "tesseract")
    return None


def ocr_image(engine: OcrEngine, image: Any) -> str:
    """The text of one page image (a Pillow image)."""
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PNG")
    return _run(
        [engine.program, "stdin", "stdout", "-l", LANGUAGE, "--psm", "3"],
        buffer.getvalue(),
        timeout=OCR_TIMEOUT_S,
    )


def page_images(reader: Any, max_pages: int = MAX_OCR_PAGES) -> list[Any]:
    """The page images of the first ``max_pages`` pages of a pypdf reader, as Pillow images,
    leaving out small ones (logos, signatures)."""
    images: list[Any] = []
    for page in list(reader.pages)[:max_pages]:
        for embedded in page.images:
            image = embedded.image
            if image is not None and min(image.size) >= MIN_IMAGE_SIDE:
                images.append(image)
    return images


def ocr_images(engine: OcrEngine, images: list[Any]) -> str:
    """The text of a scanned PDF: its page images read one after another."""
    texts = [ocr_image(engine, image) for image in images]
    text = "\n".join(texts)
    if not text.strip():
        raise OcrFailed("no text")
    return text
