"""The committed application icons match their master SVG, and the .ico is well formed."""

from __future__ import annotations

import struct
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageChops

from tests.support.packaging_scripts import ROOT, packaging_module

pytestmark = pytest.mark.gui  # renders with Qt (through pytest-qt's QApplication)

ICONS = ROOT / "resources" / "icons"


@pytest.fixture
def make_icons(qapp: object) -> ModuleType:
    return packaging_module("make_icons")


def _max_difference(a: Image.Image, b: Image.Image) -> int:
    assert a.size == b.size
    extrema = ImageChops.difference(a.convert("RGBA"), b.convert("RGBA")).getextrema()
    return max(high for _, high in extrema)


def test_the_committed_icons_are_rendered_from_the_current_svg(
    make_icons: ModuleType, tmp_path: Path
) -> None:
    written = make_icons.make_icons(tmp_path)
    committed = {p.name for p in ICONS.iterdir() if p.suffix in (".png", ".ico")}
    assert {p.name for p in written} == committed, "run: python packaging/make_icons.py"
    for fresh in written:
        if fresh.suffix == ".png":
            difference = _max_difference(Image.open(fresh), Image.open(ICONS / fresh.name))
            assert difference <= 2, f"{fresh.name} is stale: run python packaging/make_icons.py"
    fresh_ico = Image.open(tmp_path / "adviesraad.ico")
    old_ico = Image.open(ICONS / "adviesraad.ico")
    assert fresh_ico.ico.sizes() == old_ico.ico.sizes()
    for size in fresh_ico.ico.sizes():
        assert _max_difference(fresh_ico.ico.getimage(size), old_ico.ico.getimage(size)) <= 2


def test_the_ico_has_every_size_windows_asks_for() -> None:
    ico = Image.open(ICONS / "adviesraad.ico")
    sizes = sorted(ico.ico.sizes())
    assert sizes == [(s, s) for s in (16, 20, 24, 32, 40, 48, 64, 256)]
    for size in sizes:
        image = ico.ico.getimage(size).convert("RGBA")
        corner, centre = image.getpixel((0, 0)), image.getpixel((size[0] // 2, size[1] // 2))
        assert corner[3] == 0, "the rounded corner is transparent"
        assert centre[3] == 255, "the document in the middle is opaque"


def test_ico_layout_bitmaps_for_small_sizes_png_for_256(make_icons: ModuleType) -> None:
    svg = ICONS / "adviesraad.svg"
    images = [make_icons.render(svg, s) for s in (16, 256)]
    data = make_icons.ico_bytes(images)

    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, 2)
    entries = [struct.unpack_from("<BBBBHHII", data, 6 + 16 * i) for i in range(count)]
    (w16, h16, _, _, planes, bits, size16, offset16), (w256, h256, *_, size256, offset256) = entries
    assert (w16, h16, planes, bits) == (16, 16, 1, 32)
    assert (w256, h256) == (0, 0)  # 0 stands for 256
    assert offset16 == 6 + 32 and offset256 == offset16 + size16
    assert len(data) == offset256 + size256
    assert struct.unpack_from("<I", data, offset16)[0] == 40  # BITMAPINFOHEADER
    # 40 header + 16*16*4 pixels + 16 rows of AND mask (4 bytes each)
    assert size16 == 40 + 16 * 16 * 4 + 16 * 4
    assert data[offset256 : offset256 + 8] == b"\x89PNG\r\n\x1a\n"


def test_non_square_or_oversized_images_are_refused(make_icons: ModuleType) -> None:
    from PySide6.QtGui import QImage

    with pytest.raises(ValueError):
        make_icons.ico_bytes([QImage(16, 8, QImage.Format.Format_ARGB32)])
    with pytest.raises(ValueError):
        make_icons.ico_bytes([QImage(512, 512, QImage.Format.Format_ARGB32)])
