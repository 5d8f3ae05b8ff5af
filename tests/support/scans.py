"""Scanned letters made in the tests: text rendered to a page image, slightly blurred and
rotated, saved as a PDF of that image only (no text layer), like a letter from a scanner."""

from __future__ import annotations

from pathlib import Path

from adviesraad_app.resources import resource_path

DPI = 200
PAGE = (1654, 2339)  # A4 at 200 dpi


def render_page(lines: list[str], blur: float = 0.8, angle: float = 1.2, size: int = 34):
    """A grey page image of ``lines`` (DejaVu Sans), blurred by ``blur`` px, turned ``angle``
    degrees."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    font = ImageFont.truetype(str(resource_path("fonts") / "DejaVuSans.ttf"), size)
    page = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(page)
    y = 160
    for line in lines:
        draw.text((150, y), line.replace("\t", "    "), font=font, fill=20)
        y += int(size * 1.45)
    page = page.filter(ImageFilter.GaussianBlur(blur))
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)


def write_scan(path: Path, lines: list[str], black_white: bool = False, **options: float) -> Path:
    """``lines`` as a one-page scanned PDF at ``path``: grey (stored as JPEG) or, with
    ``black_white``, one bit per pixel (stored CCITT fax-coded, as office scanners do)."""
    page = render_page(lines, **options)
    (page.convert("1") if black_white else page).save(path, "PDF", resolution=DPI)
    return path
