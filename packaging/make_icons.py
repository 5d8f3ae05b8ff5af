"""Render the application icon from its master SVG: ``adviesraad.ico`` and PNGs.

    python packaging/make_icons.py [OUTPUT_FOLDER]     (default: resources/icons)

``resources/icons/adviesraad.svg`` is the source of truth; the results are committed, and
``tests/packaging/test_icons.py`` fails when they no longer match the SVG. Each size is
rendered from the vector drawing (not scaled down from a large bitmap), so small icons stay
sharp. Qt renders offscreen; no display is needed.

The ``.ico`` holds 16 to 256 pixels: the sizes Windows picks from for the title bar, the
taskbar, Explorer and the Start menu at 100-200 % scaling. Sizes below 256 are stored as
32-bit bitmaps with alpha and 256 as PNG, the layout every Windows tool (the resource
compiler, the shell, Inno Setup) reads.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "adviesraad.svg"
ICO_NAME = "adviesraad.ico"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_STORED_FROM = 256  # ICO entries this size and larger are PNG, smaller ones bitmaps


def png_name(size: int) -> str:
    return f"adviesraad-{size}.png"


def _ensure_gui() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QGuiApplication.instance() is None:
        _ensure_gui.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` x ``size`` image (straight ARGB32)."""
    _ensure_gui()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs say bytes; str works
        raise OSError("Qt could not encode PNG")
    buffer.close()
    return bytes(data.data())


def _dib_bytes(image: QImage) -> bytes:
    """An ICO bitmap entry: BITMAPINFOHEADER, BGRA rows bottom-up, an all-zero AND mask."""
    width, height = image.width(), image.height()
    header = struct.pack(
        "<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, width * height * 4, 0, 0, 0, 0
    )
    # Format_ARGB32 is 0xAARRGGBB per pixel: in little-endian memory B, G, R, A as DIB wants.
    if sys.byteorder != "little":
        raise OSError("ICO bitmaps are written on little-endian machines only")
    rows = [bytes(cast(memoryview, image.constScanLine(y)))[: width * 4] for y in range(height)]
    mask_row = bytes(((width + 31) // 32) * 4)
    return header + b"".join(reversed(rows)) + mask_row * height


def ico_bytes(images: list[QImage]) -> bytes:
    """An ``.ico`` container with one entry per image (square, at most 256 pixels)."""
    entries = []
    for image in images:
        size = image.width()
        if image.height() != size or not 1 <= size <= 256:
            raise ValueError(f"icon images must be square and at most 256 px, not {size}")
        payload = png_bytes(image) if size >= PNG_STORED_FROM else _dib_bytes(image)
        entries.append((size, payload))
    offset = 6 + 16 * len(entries)
    directory = [struct.pack("<HHH", 0, 1, len(entries))]
    for size, payload in entries:
        side = 0 if size == 256 else size  # 0 means 256 in the directory
        directory.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset))
        offset += len(payload)
    return b"".join(directory) + b"".join(payload for _, payload in entries)


def make_icons(output: Path = ICONS, svg: Path = SVG) -> list[Path]:
    """Write the ``.ico`` and the PNGs into ``output``; returns the files written."""
    output.mkdir(parents=True, exist_ok=True)
    written = []
    ico = output / ICO_NAME
    ico.write_bytes(ico_bytes([render(svg, size) for size in ICO_SIZES]))
    written.append(ico)
    for size in PNG_SIZES:
        path = output / png_name(size)
        path.write_bytes(png_bytes(render(svg, size)))
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else ICONS
    for path in make_icons(output):
        print(f"geschreven: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
